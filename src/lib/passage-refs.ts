/**
 * A reference to one passage from outside its document (events, relations):
 * "<doc-id>/<passage-id>", the same two ids as in its permalink.
 */
export interface PassageRef {
  document: string;
  passage: string;
}

import { PASSAGE_REF_PATTERN } from '../schemas/ids';

export { PASSAGE_REF_PATTERN };

export function parsePassageRef(ref: string): PassageRef {
  const [document, passage] = ref.split('/');
  if (!PASSAGE_REF_PATTERN.test(ref) || !document || !passage) throw new Error(`not a passage reference: ${JSON.stringify(ref)}`);
  return { document, passage };
}

export function formatPassageRef(ref: PassageRef): string {
  return `${ref.document}/${ref.passage}`;
}

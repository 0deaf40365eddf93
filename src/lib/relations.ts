import type { RelationType, RelationsData } from '../schemas/relations';
import { parsePassageRef, type PassageRef } from './passage-refs';

/**
 * How a later passage relates to an earlier one. Stored once, on the later passage's side
 * (content/relations/<doc-id>.yaml), and shown on both.
 */
export { RELATION_TYPES, type RelationType } from '../schemas/relations';

/** How each type reads from the later passage (outgoing) and from the earlier one (incoming). */
export const RELATION_LABELS: Record<RelationType, { outgoing: string; incoming: string }> = {
  'follows-up': { outgoing: 'Follows up', incoming: 'Followed up in' },
  reaffirms: { outgoing: 'Reaffirms', incoming: 'Reaffirmed in' },
  'reports-on': { outgoing: 'Reports on', incoming: 'Reported on in' },
  'refers-to': { outgoing: 'Refers to', incoming: 'Referred to in' },
};

/** A typed link from a passage to an earlier passage it follows up, reaffirms or reports on. */
export interface Relation {
  type: RelationType;
  /** The later passage, in the document whose relations file holds the link. */
  from: PassageRef;
  /** The earlier passage. */
  to: PassageRef;
  subject: string;
  note?: string | undefined;
  /** Where it is written: the file, and its place in the file's list (from 1). */
  file: string;
  position: number;
}

/**
 * A typed link from a passage to a whole document of the record, which may be catalogued
 * without its text: clause 22 refers to the 2015 agreement on cultural cooperation.
 */
export interface DocumentRelation extends Omit<Relation, 'to'> {
  /** The id of the document it points at. */
  to: string;
}

/** The relations written in content/relations/<doc-id>.yaml whose target is a passage. */
export function toRelations(documentId: string, file: string, data: RelationsData): Relation[] {
  return written(documentId, file, data)
    .filter(({ target }) => target.includes('/'))
    .map(({ target, ...r }) => ({ ...r, to: parsePassageRef(target) }));
}

/** The relations written in content/relations/<doc-id>.yaml whose target is a whole document. */
export function toDocumentRelations(documentId: string, file: string, data: RelationsData): DocumentRelation[] {
  return written(documentId, file, data)
    .filter(({ target }) => !target.includes('/'))
    .map(({ target, ...r }) => ({ ...r, to: target }));
}

function written(documentId: string, file: string, data: RelationsData) {
  return data.relations.map((r, i) => ({
    file,
    position: i + 1,
    type: r.type,
    from: { document: documentId, passage: r.passage },
    target: r.target,
    subject: r.subject,
    ...(r.note ? { note: r.note } : {}),
  }));
}

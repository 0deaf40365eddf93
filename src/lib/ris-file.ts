import { citationItem, pinpointText } from './citations';
import type { Document } from './documents';
import type { Passage } from './passages';
import { EOL, risRecord } from './ris';

/**
 * A document's RIS file: the document's record, then one record per passage with its permalink,
 * in reading order, a blank line between records and a line break at the end.
 */
export function documentRis(document: Document, documentUrl: string, passageUrl: (passage: Passage) => string): string {
  // A passage's record says where it is in a note (N1), as its BibTeX does: "clause 12".
  const records = [citationItem(document, documentUrl), ...document.passages.map((p) => ({ ...citationItem(document, passageUrl(p), p), note: pinpointText(p) }))].map(risRecord);
  return records.join(EOL + EOL) + EOL;
}

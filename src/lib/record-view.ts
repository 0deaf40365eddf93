import { byDate } from './events';
import { eventOnTimeline, inReadingOrder, resolvePassage, type Edition, type EventOnTimeline, type PassageInDocument } from './edition';
import type { RecordDocument } from './record';
import { referencesById, type Reference } from './references';
import { RELATION_LABELS, type DocumentRelation } from './relations';

/** A passage of the edition that refers to a document of the record as a whole. */
export interface DocumentMention {
  relation: DocumentRelation;
  /** How the link reads from the document's side: "Referred to in", "Followed up in". */
  label: string;
  from: PassageInDocument;
}

/** Everything a record document's page shows besides its own fields. */
export interface RecordDocumentView {
  document: RecordDocument;
  /** Where its official text is published, the best first. */
  references: Reference[];
  statusReferences: Reference[];
  /** The passages of the edition that refer to it, follow it up or report on it, in reading order. */
  mentions: DocumentMention[];
  /** Its events on the timeline: its signing, or its own entry. */
  events: EventOnTimeline[];
}

export function recordDocumentView(edition: Edition, document: RecordDocument): RecordDocumentView {
  const order = inReadingOrder(edition.documents);
  return {
    document,
    references: referencesById(document.references, edition.references),
    statusReferences: referencesById(document.status?.references ?? [], edition.references),
    mentions: mentionsOf(edition, document.id).sort((a, b) => order(a.from, b.from)),
    events: edition.events.filter((e) => e.document === document.id).sort(byDate).map((e) => eventOnTimeline(edition, e)),
  };
}

/** The passages that point at a document as a whole. */
export function mentionsOf(edition: Pick<Edition, 'documents' | 'documentRelations'>, documentId: string): DocumentMention[] {
  return edition.documentRelations
    .filter((r) => r.to === documentId)
    .map((relation) => ({ relation, label: RELATION_LABELS[relation.type].incoming, from: resolvePassage(edition.documents, relation.from) }));
}

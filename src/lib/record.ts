import type { DocumentFrontMatter, DocumentState } from '../schemas/document';
import { formatPartialDate, type PartialDate } from './dates';
import type { Document } from './documents';
import type { Problem } from './errors';
import type { DateBasis, TimelineEvent } from './events';
import type { DocumentKind } from './kinds';
import type { PassageRef } from './passage-refs';

export { DOCUMENT_STATES, type DocumentState } from '../schemas/document';

export const DOCUMENT_STATE_LABELS: Record<DocumentState, string> = {
  signed: 'Signed',
  'in-force': 'In force',
  expired: 'Expired',
  superseded: 'Superseded',
};

/**
 * One document of the bilateral record: what every document has, whether or not the edition
 * holds its text. The record is what /documents/ lists, the timeline dates and the open data's
 * documents.json describes.
 */
export interface RecordDocument {
  /** The permanent id, from the file name; the same once its text is added. */
  id: string;
  file: string;
  title: string;
  shortTitle: string;
  kind: DocumentKind;
  /** A day, or a month or year when no more is known. */
  date: PartialDate;
  dateBasis: DateBasis;
  dateNote?: string | undefined;
  place?: { name: string; country: string } | undefined;
  parties: string[];
  signatories: string[];
  summary: string;
  status?: DocumentFrontMatter['status'];
  /** Ids in content/references/: where its official text or the report of its signing is published, the best first. */
  references: string[];
  /** Its text, when the edition has it. */
  text?: Document | undefined;
}

/** A document whose text is in the edition, as the record lists it: its text states its date. */
export function recordOfText(document: Document): RecordDocument {
  const { id, file, title, shortTitle, kind, date, dateNote, place, parties, signatories, summary, status, references } = document;
  return { id, file, title, shortTitle, kind, date, dateBasis: document.dateBasis ?? 'stated', dateNote, place, parties, signatories, summary, status, references, text: document };
}

/**
 * A catalogued document from its file: front matter only. A body would be text with no source
 * to check it against, so it is refused, with the way to add the text.
 */
export function readCatalogued(
  entry: { id: string; file?: string | undefined; data: DocumentFrontMatter; body: string; lineOffset?: number | undefined },
  kinds: ReadonlyMap<string, DocumentKind>,
): { document: RecordDocument; problems: Problem[] } {
  const problems: Problem[] = [];
  const known = kinds.get(entry.data.kind);
  if (!known) {
    const list = [...kinds.keys()].sort().join(', ');
    problems.push({ message: `kind: unknown kind "${entry.data.kind}" (kinds are the files in content/kinds/: ${list || 'none yet'}; a new kind is a new file there)` });
  }
  const firstLine = entry.body.split('\n').findIndex((line) => line.trim() !== '');
  if (firstLine >= 0) {
    problems.push({
      line: (entry.lineOffset ?? 0) + firstLine + 1,
      message:
        'a catalogued document (no `source` in its front matter) has no text: to publish its text, add `source` and put the source file in content/sources/ (docs/adding-a-document.md); otherwise remove everything after the front matter',
    });
  }
  const { data } = entry;
  const kind = known ?? { id: data.kind, file: '', label: data.kind, shortName: data.kind, citationGenre: data.kind, speakers: false, passages: { body: 'paragraph' as const } };
  return {
    document: {
      id: entry.id,
      file: entry.file ?? entry.id,
      title: data.title,
      shortTitle: data.shortTitle,
      kind,
      date: data.date,
      // The schema refuses a catalogued document without a basis; "inferred" only stands in for a refused file.
      dateBasis: data.dateBasis ?? 'inferred',
      dateNote: data.dateNote,
      place: data.place,
      parties: data.parties,
      signatories: data.signatories,
      summary: data.summary,
      status: data.status,
      references: data.references,
    },
    problems,
  };
}

/** The record in order of date, oldest first (a vaguer date as its period's start), then by id. */
export function byRecordDate(a: Pick<RecordDocument, 'date' | 'id'>, b: Pick<RecordDocument, 'date' | 'id'>): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** "Treaty of Good-Neighbourliness, Beijing, 23 December 2002", without the place when it is not known. */
export function recordCitationTitle(doc: Pick<RecordDocument, 'shortTitle' | 'place' | 'date'>): string {
  return [doc.shortTitle, doc.place?.name, formatPartialDate(doc.date)].filter(Boolean).join(', ');
}

/** The record's documents of each kind, kinds in order of label: the listing's kinds, each with its page. */
export function recordByKind(record: readonly RecordDocument[]): { kind: DocumentKind; documents: RecordDocument[] }[] {
  const kinds = new Map<string, { kind: DocumentKind; documents: RecordDocument[] }>();
  for (const doc of [...record].sort(byRecordDate)) {
    const group = kinds.get(doc.kind.id) ?? { kind: doc.kind, documents: [] };
    group.documents.push(doc);
    kinds.set(doc.kind.id, group);
  }
  return [...kinds.values()].sort((a, b) => a.kind.label.localeCompare(b.kind.label, 'en'));
}

/** How many documents the record holds, and how many of them the edition has in full. */
export function recordCounts(record: readonly RecordDocument[]): { total: number; inEdition: number } {
  return { total: record.length, inEdition: record.filter((d) => d.text).length };
}

/**
 * A document's short title with its kind, once: "Treaty of Good-Neighbourliness…" and "Joint
 * Statement of 8 June 2017" name it already; "Agreement: Cooperation Programme 2003–2008".
 */
export function namedWithKind(doc: Pick<RecordDocument, 'shortTitle' | 'kind'>): string {
  return doc.shortTitle.toLowerCase().includes(doc.kind.label.toLowerCase()) ? doc.shortTitle : `${doc.kind.label}: ${doc.shortTitle}`;
}

/** The anchor of a document's own entry on the timeline, from its permanent id. */
export const documentEventId = (documentId: string): string => `document-${documentId}`;

/**
 * A document on the timeline when no event file names it: dated, sourced and described as the
 * document is, tied to the passages that refer to it.
 */
export function eventOfDocument(doc: RecordDocument, passages: PassageRef[]): TimelineEvent {
  return {
    id: documentEventId(doc.id),
    file: doc.file,
    title: namedWithKind(doc),
    date: doc.date,
    dateBasis: doc.dateBasis,
    ...(doc.dateNote ? { dateNote: doc.dateNote } : {}),
    description: doc.summary,
    document: doc.id,
    passages,
    references: doc.references,
  };
}

import type { DocumentFrontMatter, SourceData } from '../schemas/document';
import { formatDate, yearOf, type CalendarDate } from './dates';
import { parseDocumentBody } from './document-body';
import type { Problem } from './errors';
import type { WrittenText } from './fidelity';
import type { DocumentKind } from './kinds';
import { NARRATION, excerpt, numberInId, passageText, type Passage, type Section } from './passages';

/** A document whose text is in the edition: its front matter plus the passages its body is made of. */
export interface Document extends Omit<DocumentFrontMatter, 'kind' | 'source' | 'place' | 'date'> {
  /** The permanent id, from the file name: `2023-05-17-joint-statement`. */
  id: string;
  /** The MDX file it is written in, for messages about its content. */
  file: string;
  /** Its kind, from content/kinds/: how it is named, cited and divided. */
  kind: DocumentKind;
  /** The day the text carries. */
  date: CalendarDate;
  place: { name: string; country: string };
  source: SourceData;
  sections: Section[];
  passages: Passage[];
}

/** What the content layer gives for one document file. */
export interface DocumentEntry {
  id: string;
  data: DocumentFrontMatter;
  body: string;
  /** The file, as messages should name it; defaults to the id. */
  file?: string | undefined;
  /** Lines in the file before the body (the front matter), so that problems name file lines. */
  lineOffset?: number;
}

/** Lines of a document file before its body (the front matter), so that problems name lines of the file. */
export function bodyLineOffset(raw: string, body: string): number {
  return raw.slice(0, Math.max(0, raw.indexOf(body))).split('\n').length - 1;
}

/** A document read from its file: the model, what prevents publishing it, and what the editor has still to fill in. */
export interface DocumentReading {
  document: Document;
  problems: Problem[];
  placeholders: Problem[];
  /** The text of every passage as written, for the comparison with the source. */
  texts: WrittenText[];
}

/**
 * Builds the document model from the entry of a document with its text (a `source`), with
 * every problem that prevents publishing it. The schema has checked that such a document has
 * a source, a place and a day.
 */
export function readDocument(entry: DocumentEntry, kinds: ReadonlyMap<string, DocumentKind>): DocumentReading {
  const { source, place } = entry.data;
  if (!source || !place) throw new Error(`${entry.id} has no source or place: readDocument is for documents with their text`);
  const known = kinds.get(entry.data.kind);
  const problems: Problem[] = [];
  if (!known) {
    const list = [...kinds.keys()].sort().join(', ');
    problems.push({ message: `kind: unknown kind "${entry.data.kind}" (kinds are the files in content/kinds/: ${list || 'none yet'}; a new kind is a new file there)` });
  }
  const kind = known ?? { id: entry.data.kind, file: '', label: entry.data.kind, shortName: entry.data.kind, citationGenre: entry.data.kind, speakers: false, passages: { body: 'paragraph' as const } };
  const reading = parseDocumentBody(entry.body, { lineOffset: entry.lineOffset, speakers: kind.speakers });
  const { body } = reading;
  problems.push(...reading.problems);
  problems.push(...speakerProblems(body.passages, Object.keys(entry.data.speakers)));
  if (body.passages.length === 0 && problems.length === 0) {
    problems.push({ message: 'the document has no passages' });
  }
  return { document: { ...entry.data, source, place, date: entry.data.date, kind, id: entry.id, file: entry.file ?? entry.id, ...body }, problems, placeholders: reading.placeholders, texts: reading.texts };
}

/** A passage whose speaker is neither narration nor one of the document's speakers. */
export function speakerProblems(passages: readonly Passage[], speakers: readonly string[]): Problem[] {
  const known = [...speakers, NARRATION].map((s) => `"${s}"`).join(', ');
  return passages
    .filter((p) => p.speaker && p.speaker !== NARRATION && !speakers.includes(p.speaker))
    .map((p) => ({ line: p.line, message: `${p.id}: unknown speaker "${p.speaker}" (known: ${known})` }));
}

/** "China–Kazakhstan Joint Statement, Xi'an, 17 May 2023": how a document is named in titles and citations. */
export function documentCitationTitle(doc: Pick<Document, 'shortTitle' | 'place' | 'date'>): string {
  return `${doc.shortTitle}, ${doc.place.name}, ${formatDate(doc.date)}`;
}

/** The `<title>` of a passage's own page: "Clause 12 · China–Kazakhstan Joint Statement, Xi'an, 17 May 2023". */
export function passagePageTitle(doc: Document, passage: Passage): string {
  return `${passage.label} · ${documentCitationTitle(doc)}`;
}

/** "Joint Statement, Xi'an 2023": a document named briefly, for lists that mix documents. */
export function documentShortName(doc: Pick<Document, 'kind' | 'place' | 'date'>): string {
  return `${doc.kind.shortName}, ${doc.place.name} ${yearOf(doc.date)}`;
}

/** "Clause 15 · Joint Statement, Xi'an 2023": a passage named briefly, for result lists and cross-references. */
export function passageShortTitle(doc: Pick<Document, 'kind' | 'place' | 'date'>, passage: Pick<Passage, 'label'>): string {
  return `${passage.label} · ${documentShortName(doc)}`;
}

export function passageDescription(passage: Passage): string {
  return excerpt(passageText(passage));
}

export function countPassages(documents: readonly Document[]): number {
  return documents.reduce((n, d) => n + d.passages.length, 0);
}

export function sectionOf(doc: Document, passage: Passage): Section | undefined {
  return doc.sections.find((s) => s.id === passage.sectionId);
}

/** The passages before and after, in reading order. */
export function neighbours(doc: Document, passage: Passage): { previous: Passage | undefined; next: Passage | undefined } {
  const i = doc.passages.indexOf(passage);
  return { previous: doc.passages[i - 1], next: doc.passages[i + 1] };
}

/** The name shown for a paragraph's speaker; undefined for passages that have none. */
export function speakerName(doc: Document, passage: Passage): string | undefined {
  if (!passage.speaker) return undefined;
  return passage.speaker === NARRATION ? 'Narration' : doc.speakers[passage.speaker];
}

/** A section with its passages, in reading order; passages outside any section form a group of their own. */
export interface SectionGroup {
  section?: Section | undefined;
  passages: Passage[];
}

export function groupBySection(doc: Document): SectionGroup[] {
  const groups: SectionGroup[] = [];
  for (const passage of doc.passages) {
    const last = groups.at(-1);
    if (last && (last.section?.id ?? undefined) === passage.sectionId) last.passages.push(passage);
    else groups.push({ section: doc.sections.find((s) => s.id === passage.sectionId), passages: [passage] });
  }
  return groups;
}

/** "Clauses 1–8", "¶¶ 2–4", "Signing – Signatures": what a run of passages spans, for contents lists. */
export function spanLabel(passages: readonly Passage[]): string {
  const first = passages[0];
  const last = passages.at(-1);
  if (!first || !last) return '';
  if (first === last) return first.label;
  const plural = SPAN_PREFIX[first.kind];
  const [from, to] = [numberInId(first.id), numberInId(last.id)];
  if (plural && from && to && passages.every((p) => p.kind === first.kind)) return `${plural} ${from}–${to}`;
  return `${first.label} – ${last.label}`;
}

const SPAN_PREFIX: Record<Passage['kind'], string | undefined> = {
  preamble: 'Preamble',
  clause: 'Clauses',
  paragraph: '¶¶',
  closing: undefined,
};

/** "China–Kazakhstan Joint Statement, Xi'an, 17 May 2023 · China–Kazakhstan Documents". */
export function documentPageTitle(doc: Document, siteTitle: string): string {
  return `${documentCitationTitle(doc)} · ${siteTitle}`;
}

import { documentCitationTitle, type Document } from './documents';
import type { Confidence, EditorialNote } from './notes';
import { noteMarker, placeNotes } from './notes';
import { substitute, type SpanLocation } from './note-markup';
import { passageText, type Passage } from './passages';

/**
 * The reading text: a derived view of a document in which the notes that replace their words
 * (a correction's `replaceWith`) stand in the editors' words, marked as theirs. The verbatim
 * text stays the edition's; this view is never cited, searched or exported as the text.
 */

/** One replacement: the note, its words and the text's, and where each is. */
export interface Replacement {
  note: EditorialNote;
  /** "a", "b", …: lettered in the order of the text, among the passage's replacements. */
  marker: string;
  confidence: Confidence;
  /** The text's words, and where they are in the passage's text (paragraphs joined by blank lines). */
  verbatim: string;
  start: number;
  end: number;
  /** The editors' words, and where they are in the reading text. */
  words: string;
  readingStart: number;
  readingEnd: number;
  location: SpanLocation;
}

export interface PassageReading {
  passage: Passage;
  /** The reading text: the passage's text with each replacement made, nothing else changed. */
  text: string;
  replacements: Replacement[];
  /** The passage's HTML with the replacements made and marked. */
  html: string;
}

/** The notes on a passage that replace their words, in the order of the text. */
function replacementsIn(passage: Passage, notes: readonly EditorialNote[]): Replacement[] {
  const replacing = notes.filter((n) => n.passage === passage.id && n.replaceWith !== undefined);
  const text = passageText(passage);
  let shift = 0;
  return placeNotes(passage, replacing).map((placed, i) => {
    const words = placed.note.replaceWith!;
    const readingStart = placed.start + shift;
    shift += words.length - (placed.end - placed.start);
    return {
      note: placed.note,
      marker: noteMarker(i),
      confidence: placed.note.confidence,
      verbatim: text.slice(placed.start, placed.end),
      start: placed.start,
      end: placed.end,
      words,
      readingStart,
      readingEnd: readingStart + words.length,
      location: placed.location,
    };
  });
}

/** The reading of one passage, or undefined when no note replaces any of its words. */
export function readPassage(passage: Passage, notes: readonly EditorialNote[]): PassageReading | undefined {
  const replacements = replacementsIn(passage, notes);
  if (replacements.length === 0) return undefined;
  const verbatim = passageText(passage);
  let text = '';
  let at = 0;
  for (const r of replacements) {
    text += verbatim.slice(at, r.start) + r.words;
    at = r.end;
  }
  text += verbatim.slice(at);
  const html = substitute(
    passage.html,
    replacements.map((r) => ({
      id: r.note.id,
      location: r.location,
      marker: r.marker,
      label: `The editors’ reading ${r.marker}`,
      words: r.words,
      verbatim: r.verbatim,
      confidence: r.confidence,
    })),
  );
  return { passage, text, replacements, html };
}

/** A document as a reading text: every passage, read where notes replace words, as written elsewhere. */
export interface DocumentReading {
  document: Document;
  passages: { passage: Passage; reading: PassageReading | undefined }[];
  /** How many replacements, and how many of each confidence. */
  counts: { total: number } & Record<Confidence, number>;
}

/** The reading text of a document, or undefined when none of its notes replaces words (it then has no reading page). */
export function readDocumentText(document: Document, notes: readonly EditorialNote[]): DocumentReading | undefined {
  const own = notes.filter((n) => n.document === document.id);
  const passages = document.passages.map((passage) => ({ passage, reading: readPassage(passage, own) }));
  const all = passages.flatMap((p) => p.reading?.replacements ?? []);
  if (all.length === 0) return undefined;
  return {
    document,
    passages,
    counts: {
      total: all.length,
      confirmed: all.filter((r) => r.confidence === 'confirmed').length,
      inferred: all.filter((r) => r.confidence === 'inferred').length,
    },
  };
}

/** Whether a document has a reading text: at least one of its notes replaces words. */
export function hasReadingText(document: Pick<Document, 'id'>, notes: readonly EditorialNote[]): boolean {
  return notes.some((n) => n.document === document.id && n.passage !== undefined && n.replaceWith !== undefined);
}

/** "Reading text · China–Kazakhstan Joint Statement, Xi'an, 17 May 2023": never to be taken for the text. */
export function readingPageTitle(document: Document): string {
  return `Reading text · ${documentCitationTitle(document)}`;
}

/** What link previews say of the page: the editors' reading, and how many words it replaces. */
export function readingPageDescription(reading: DocumentReading): string {
  const { total, confirmed, inferred } = reading.counts;
  return `The editors’ reading text of the ${reading.document.shortTitle}: the published text with ${total} garbled passage${total === 1 ? '' : 's'} in the editors’ words, in brackets (${confirmed} confirmed, ${inferred} inferred). Not the published text, which the edition gives verbatim.`;
}

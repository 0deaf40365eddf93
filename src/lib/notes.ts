import type { NotesData } from '../schemas/notes';
import type { Document } from './documents';
import { annotate, locateSpan, textUnits, type NoteMark, type SpanLocation } from './note-markup';
import type { Passage } from './passages';

/**
 * What a note does. A correction says what garbled words should read; a clarification says
 * what correct words refer to; a discrepancy sets the text beside what other evidence says.
 */
import type { Confidence, NoteKind } from '../schemas/notes';

export { NOTE_KINDS, type NoteKind } from '../schemas/notes';

export const NOTE_KIND_LABELS: Record<NoteKind, { name: string; reading: string }> = {
  correction: { name: 'Correction', reading: 'Read' },
  clarification: { name: 'Clarification', reading: 'That is' },
  discrepancy: { name: 'Discrepancy', reading: 'Compare' },
};

/** How sure the editors are. An inferred reading is never shown as confirmed. */
export { CONFIDENCE_LEVELS, type Confidence } from '../schemas/notes';

export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  confirmed: 'Confirmed by a source',
  inferred: 'Inferred by the editors',
};

type NoteData = NotesData['notes'][number];

/** An editorial note on a document: on a span of one passage, or on the whole text. */
export interface EditorialNote extends Omit<NoteData, 'passage' | 'span' | 'occurrence'> {
  document: string;
  /** The passage and the exact words the note is on; absent for a note on the whole text. */
  passage?: string | undefined;
  span?: string | undefined;
  occurrence?: number | undefined;
  /** Where it is written: the file, and its place in the file's list (from 1). */
  file: string;
  position: number;
}

/** The notes written in content/notes/<doc-id>.yaml. */
export function toEditorialNotes(documentId: string, file: string, data: NotesData): EditorialNote[] {
  return data.notes.map((note, i) => ({ ...note, document: documentId, file, position: i + 1 }));
}

/** The anchor of a note, on its passage's pages and on the about page. */
export const noteAnchor = (noteId: string): string => `note-${noteId}`;

/** "a", "b", … "z", "aa": a passage's notes are lettered in the order of the text. */
export function noteMarker(index: number): string {
  let n = index;
  let label = '';
  do {
    label = String.fromCharCode(97 + (n % 26)) + label;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return label;
}

/** A note placed in its passage: where its words are and the letter that marks it. */
export interface PlacedNote {
  note: EditorialNote;
  marker: string;
  location: SpanLocation;
  /** Where the words start and end in the passage's text (its paragraphs joined by blank lines). */
  start: number;
  end: number;
}

/** Where a note's span is in its passage, or why it cannot be placed. */
export function locateNote(passage: Pick<Passage, 'html'>, note: Pick<EditorialNote, 'span' | 'occurrence'>): { location: SpanLocation; start: number; end: number } | { problem: string } {
  if (!note.span) return { problem: 'the note has no span' };
  const units = textUnits(passage.html);
  const found = locateSpan(units, note.span, note.occurrence);
  if ('problem' in found) return found;
  const start = units[found.unit]!.offset + found.start;
  return { location: found, start, end: start + note.span.length };
}

/**
 * A passage's notes in the order of the text, lettered. Notes were checked when the edition
 * was loaded; one that cannot be placed here is a bug, not bad content.
 */
export function placeNotes(passage: Passage, notes: readonly EditorialNote[]): PlacedNote[] {
  return notes
    .map((note) => {
      const found = locateNote(passage, note);
      if ('problem' in found) throw new Error(`unchecked note ${note.id} on ${passage.id}: ${found.problem}`);
      return { note, ...found };
    })
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((placed, i) => ({ ...placed, marker: noteMarker(i) }));
}

/** The passage's HTML with its notes marked, and the notes in the order of their markers. */
export function annotatedPassage(passage: Passage, notes: readonly EditorialNote[]): { html: string; notes: PlacedNote[] } {
  const placed = placeNotes(passage, notes);
  const marks: NoteMark[] = placed.map((p) => ({ id: p.note.id, location: p.location, marker: p.marker, label: `Editorial note ${p.marker}` }));
  return { html: annotate(passage.html, marks), notes: placed };
}

/** Notes on the whole text of a document, in the order written. */
export function documentNotes(document: Pick<Document, 'id'>, notes: readonly EditorialNote[]): EditorialNote[] {
  return notes.filter((n) => n.document === document.id && !n.passage);
}

/** Two placed notes whose words overlap, which the markup cannot show. */
export function overlapping(placed: readonly Pick<PlacedNote, 'note' | 'start' | 'end'>[]): [EditorialNote, EditorialNote][] {
  const sorted = [...placed].sort((a, b) => a.start - b.start);
  const pairs: [EditorialNote, EditorialNote][] = [];
  for (let i = 1; i < sorted.length; i += 1) {
    if (sorted[i]!.start < sorted[i - 1]!.end) pairs.push([sorted[i - 1]!.note, sorted[i]!.note]);
  }
  return pairs;
}

/** How many notes there are, and how many of each confidence: the about page's summary. */
export function countNotes(notes: readonly Pick<EditorialNote, 'confidence'>[]): { total: number } & Record<Confidence, number> {
  return {
    total: notes.length,
    confirmed: notes.filter((n) => n.confidence === 'confirmed').length,
    inferred: notes.filter((n) => n.confidence === 'inferred').length,
  };
}

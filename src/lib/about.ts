import type { Document } from './documents';
import { allNotesOf, notesOfDocument, type DocumentNotes, type Edition } from './edition';
import { TRANSLATIONS, type Translation } from './kinds';
import { countNotes, noteAnchor, type Confidence } from './notes';
import { byPublisher, type Reference } from './references';
import { documentNotesPath, documentPath } from './urls';

/**
 * The about page at any size, and the pages it leads to. It keeps the method and summarises the
 * rest: where the texts come from (by publisher and translation), which texts have editorial
 * notes (each note lives on its text's notes page), and the sources the edition cites (on a page
 * of their own). Its anchor map leads a published /about/#<id> to the page that now holds it.
 */

/** While the edition has at most this many texts, the provenance summary names each of them. */
export const PROVENANCE_TEXTS_LISTED = 24;

type ProvenanceDocument = Pick<Document, 'id' | 'shortTitle' | 'source'>;

/** The texts of one publisher in one kind of English text. */
export interface ProvenanceGroup<D extends ProvenanceDocument = ProvenanceDocument> {
  publisher: string;
  translation: Translation;
  /** "Machine translation" */
  translationLabel: string;
  count: number;
  /** Its texts in the order given, while the edition is small enough to name them all; otherwise none. */
  documents: D[];
}

/** A number of texts of one kind of English text, in words: "2 machine translations". */
const TRANSLATION_COUNTS: Record<Translation, [one: string, many: string]> = {
  none: ['English original', 'English originals'],
  official: ['official English text', 'official English texts'],
  machine: ['machine translation', 'machine translations'],
};
export const translationCount = (translation: Translation, count: number): string => `${count} ${TRANSLATION_COUNTS[translation][count === 1 ? 0 : 1]}`;

export interface ProvenanceSummary<D extends ProvenanceDocument = ProvenanceDocument> {
  total: number;
  /** How many texts of each kind of English text ("2 machine translations"), in the order of TRANSLATIONS; kinds with none left out. */
  translations: { translation: Translation; count: number; label: string }[];
  /** By publisher and translation, the largest group first, then by publisher's name. */
  groups: ProvenanceGroup<D>[];
  /** Whether the groups name their texts. */
  listed: boolean;
}

/** Where the texts come from, summarised so that it grows with the publishers, not with the texts. */
export function provenanceSummary<D extends ProvenanceDocument>(documents: readonly D[], listAtMost = PROVENANCE_TEXTS_LISTED): ProvenanceSummary<D> {
  const listed = documents.length <= listAtMost;
  const groups = new Map<string, ProvenanceGroup<D>>();
  for (const document of documents) {
    const { publisher, translation } = document.source;
    const key = JSON.stringify([publisher, translation]);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { publisher, translation, translationLabel: TRANSLATIONS[translation], count: 0, documents: [] }));
    group.count += 1;
    if (listed) group.documents.push(document);
  }
  const translations = (Object.keys(TRANSLATIONS) as Translation[])
    .map((translation) => {
      const count = documents.filter((d) => d.source.translation === translation).length;
      return { translation, count, label: translationCount(translation, count) };
    })
    .filter((t) => t.count > 0);
  return {
    total: documents.length,
    translations,
    groups: [...groups.values()].sort((a, b) => b.count - a.count || a.publisher.localeCompare(b.publisher, 'en') || a.translationLabel.localeCompare(b.translationLabel, 'en')),
    listed,
  };
}

/** A text that has editorial notes, with how many and how sure, and its notes page. */
export interface NotedText<D extends Pick<Document, 'id'> = Document> extends Record<Confidence, number> {
  document: D;
  total: number;
  /** Its notes page, /documents/<doc-id>/notes/. */
  path: string;
}

/** The texts that have editorial notes, in the order of the edition (newest first), each with its counts. */
export function notedTexts<D extends Pick<Document, 'id'>>(edition: { documents: readonly D[]; notes: Edition['notes'] }): NotedText<D>[] {
  return edition.documents.flatMap((document) => {
    const notes = edition.notes.filter((n) => n.document === document.id);
    return notes.length > 0 ? [{ document, path: documentNotesPath(document.id), ...countNotes(notes) }] : [];
  });
}

/** The anchor the about page gave a text's provenance, and the heading of its notes in the index. */
export const provenanceAnchor = (docId: string): string => `provenance-${docId}`;
export const noteIndexAnchor = (docId: string): string => `notes-${docId}`;

/**
 * Where each anchor the about page published now lives: a note (#note-<id>) on its text's notes
 * page, a text's notes (#notes-<doc-id>) on that page, and a text's provenance
 * (#provenance-<doc-id>) on the text's own page, whose header gives it in full. Site paths.
 */
export function aboutAnchorMap(edition: { documents: readonly Pick<Document, 'id'>[]; notes: Edition['notes'] }): Record<string, string> {
  const map: Record<string, string> = {};
  for (const document of edition.documents) map[provenanceAnchor(document.id)] = documentPath(document.id);
  for (const { document, path } of notedTexts(edition)) map[noteIndexAnchor(document.id)] = path;
  for (const note of edition.notes) map[noteAnchor(note.id)] = `${documentNotesPath(note.document)}#${noteAnchor(note.id)}`;
  return map;
}

/** One publisher's references, newest first. */
export interface PublisherSources {
  publisher: string;
  references: Reference[];
}

/** The sources the edition cites, by publisher in alphabetical order: what /about/sources/ lists. */
export function sourcesByPublisher(references: readonly Reference[]): PublisherSources[] {
  const groups: PublisherSources[] = [];
  for (const reference of [...references].sort(byPublisher)) {
    const last = groups.at(-1);
    if (last?.publisher === reference.publisher) last.references.push(reference);
    else groups.push({ publisher: reference.publisher, references: [reference] });
  }
  return groups;
}

/** /about/sources/ lists every source while there are at most this many; beyond, it leads to a page for each publisher's initial. */
export const SOURCES_LISTED = 60;

/** The publishers whose names begin with one letter ("other" for a digit or another script), and their sources. */
export interface SourcesInitial {
  /** "c", or "other": its page's address. */
  key: string;
  /** "C", or "Other" */
  label: string;
  count: number;
  groups: PublisherSources[];
}

export const OTHER_INITIAL = 'other';

/** The letter a publisher is filed under. */
export function publisherInitial(publisher: string): string {
  const first = publisher.trim().charAt(0).toLowerCase();
  return /^[a-z]$/.test(first) ? first : OTHER_INITIAL;
}

/** The sources by their publisher's initial, A to Z, then the other initials. */
export function sourcesByInitial(references: readonly Reference[]): SourcesInitial[] {
  const initials = new Map<string, SourcesInitial>();
  for (const group of sourcesByPublisher(references)) {
    const key = publisherInitial(group.publisher);
    let initial = initials.get(key);
    if (!initial) initials.set(key, (initial = { key, label: key === OTHER_INITIAL ? 'Other' : key.toUpperCase(), count: 0, groups: [] }));
    initial.groups.push(group);
    initial.count += group.references.length;
  }
  return [...initials.values()].sort((a, b) => (a.key === OTHER_INITIAL ? 1 : b.key === OTHER_INITIAL ? -1 : a.key.localeCompare(b.key)));
}

/** What a text's notes page shows: its notes, how many of each confidence, its title and description. */
export interface NotesPage {
  notes: DocumentNotes;
  counts: { total: number } & Record<Confidence, number>;
  title: string;
  description: string;
}

export function notesPage(edition: Edition, document: Document): NotesPage {
  const notes = notesOfDocument(edition, document);
  const counts = countNotes(allNotesOf(notes).map((v) => v.note));
  return {
    notes,
    counts,
    title: `Editorial notes on ${document.shortTitle}`,
    description: `The editors’ ${counts.total} note${counts.total === 1 ? '' : 's'} on ${document.shortTitle}: ${counts.confirmed} confirmed by a source, ${counts.inferred} inferred, each with the words it is on and its reading.`,
  };
}

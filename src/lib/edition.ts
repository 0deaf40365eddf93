import type { Document } from './documents';
import { byDate, eventsAt, eventsByYear, type TimelineEvent } from './events';
import { entriesInPassage, namesByLanguage, passagesMentioning, type EntryName, type GlossaryEntry } from './glossary';
import { annotatedPassage, documentNotes, type EditorialNote, type PlacedNote } from './notes';
import { formatPassageRef, type PassageRef } from './passage-refs';
import type { Passage } from './passages';
import { anchorMap, byYear, yearOf, type YearGroup } from './periods';
import { referencesById, type Reference } from './references';
import type { RecordDocument } from './record';
import type { DocumentRelation, Relation } from './relations';
import { themesOf, type DocumentPassages, type Theme } from './themes';

/**
 * Everything the site publishes: the documents and the editorial layers that tie their
 * passages together. Every page derives from one Edition.
 */
export interface Edition {
  /** The documents whose text is in the edition, newest first. */
  documents: Document[];
  /** The whole bilateral record, oldest first: every document, with its text or catalogued without it. */
  record: RecordDocument[];
  themes: Theme[];
  events: TimelineEvent[];
  glossary: GlossaryEntry[];
  relations: Relation[];
  /** Links from passages to whole documents of the record. */
  documentRelations: DocumentRelation[];
  /** The editors' notes on the texts, in the order written. */
  notes: EditorialNote[];
  /** The outside sources that events, glossary entries and notes cite. */
  references: Reference[];
}

/** A passage together with the document it belongs to. */
export interface PassageInDocument {
  document: Document;
  passage: Passage;
}

export function findPassage(documents: readonly Document[], ref: PassageRef): PassageInDocument | undefined {
  const document = documents.find((d) => d.id === ref.document);
  const passage = document?.passages.find((p) => p.id === ref.passage);
  return document && passage ? { document, passage } : undefined;
}

/** Resolves references that the build has already checked; a miss here is a bug, not bad content. */
export function resolvePassage(documents: readonly Document[], ref: PassageRef): PassageInDocument {
  const found = findPassage(documents, ref);
  if (!found) throw new Error(`unchecked passage reference ${ref.document}/${ref.passage}`);
  return found;
}

/** Reading order across the edition: oldest document first, then the passage's place in its text. */
export function inReadingOrder(documents: readonly Document[]): (a: PassageInDocument, b: PassageInDocument) => number {
  return (a, b) =>
    a.document === b.document
      ? a.document.passages.indexOf(a.passage) - a.document.passages.indexOf(b.passage)
      : a.document.date.localeCompare(b.document.date) || documents.indexOf(a.document) - documents.indexOf(b.document);
}

/** A relation with both of its passages resolved. */
export interface ResolvedRelation {
  relation: Relation;
  from: PassageInDocument;
  to: PassageInDocument;
}

export function resolveRelation(documents: readonly Document[], relation: Relation): ResolvedRelation {
  return { relation, from: resolvePassage(documents, relation.from), to: resolvePassage(documents, relation.to) };
}

/** An earlier passage and what later texts said of it: a row of the follow-through page. */
export interface Commitment {
  earlier: PassageInDocument;
  later: ResolvedRelation[];
}

/** Every passage that a later text follows up, reaffirms or reports on, in reading order. */
export function followThrough(edition: Pick<Edition, 'documents' | 'relations'>): Commitment[] {
  const resolved = edition.relations.map((r) => resolveRelation(edition.documents, r));
  const byTarget = new Map<Passage, Commitment>();
  for (const r of resolved) {
    const row = byTarget.get(r.to.passage) ?? { earlier: r.to, later: [] };
    row.later.push(r);
    byTarget.set(r.to.passage, row);
  }
  const order = inReadingOrder(edition.documents);
  for (const row of byTarget.values()) row.later.sort((a, b) => order(a.from, b.from));
  return [...byTarget.values()].sort((a, b) => order(a.earlier, b.earlier));
}

/** A follow-through row's anchor, from its earlier passage: "<doc-id>-<passage-id>". */
export const commitmentAnchor = (row: Commitment): string => `${row.earlier.document.id}-${row.earlier.passage.id}`;

/** The follow-through by the year of each row's earlier text, oldest year first; each year's rows in reading order. */
export function followThroughByYear(rows: readonly Commitment[]): YearGroup<Commitment>[] {
  return byYear(rows, (row) => yearOf(row.earlier.document.date));
}

/** Where each row of the follow-through (and each year) lives: its anchor → its year's page with the anchor. */
export function followThroughAnchors(years: readonly YearGroup<Commitment>[], pageOfYear: (year: number) => string): Record<string, string> {
  return anchorMap(years, (row) => [commitmentAnchor(row)], pageOfYear);
}

/** What a passage's own page shows beside its text. */
export interface PassageConnections {
  themes: Theme[];
  events: TimelineEvent[];
  /** Earlier passages this one follows up, reaffirms or reports on. */
  outgoing: ResolvedRelation[];
  /** Later passages that follow this one up. */
  incoming: ResolvedRelation[];
  mentions: GlossaryEntry[];
  /** Whole documents of the record this passage refers to, follows up or reports on. */
  documents: { relation: DocumentRelation; document: RecordDocument }[];
}

export function passageConnections(edition: Edition, document: Document, passage: Passage): PassageConnections {
  const key = formatPassageRef({ document: document.id, passage: passage.id });
  const index = passageIndex(edition);
  const order = inReadingOrder(edition.documents);
  const resolved = (list: readonly Relation[] = []) => list.map((r) => resolveRelation(edition.documents, r));
  return {
    themes: themesOf(passage, edition.themes),
    events: [...(index.events.get(key) ?? [])].sort(byDate),
    outgoing: resolved(index.outgoing.get(key)).sort((a, b) => order(a.to, b.to)),
    incoming: resolved(index.incoming.get(key)).sort((a, b) => order(a.from, b.from)),
    mentions: entriesInPassage(passage, edition.glossary)
      .map((id) => edition.glossary.find((g) => g.id === id))
      .filter((g): g is GlossaryEntry => g !== undefined),
    documents: edition.documentRelations
      .filter((r) => r.from.document === document.id && r.from.passage === passage.id)
      .flatMap((relation) => {
        const target = edition.record.find((d) => d.id === relation.to);
        return target ? [{ relation, document: target }] : [];
      }),
  };
}

interface PassageIndex {
  events: Map<string, TimelineEvent[]>;
  outgoing: Map<string, Relation[]>;
  incoming: Map<string, Relation[]>;
  notes: Map<string, EditorialNote[]>;
}

// Every passage page asks what points at its passage: index the edition once, not per page.
const indexes = new WeakMap<Edition, PassageIndex>();

function passageIndex(edition: Edition): PassageIndex {
  let index = indexes.get(edition);
  if (index) return index;
  index = { events: new Map(), outgoing: new Map(), incoming: new Map(), notes: new Map() };
  const add = <T>(map: Map<string, T[]>, key: string, item: T) => map.set(key, [...(map.get(key) ?? []), item]);
  for (const event of edition.events) for (const ref of event.passages) add(index.events, formatPassageRef(ref), event);
  for (const relation of edition.relations) {
    add(index.outgoing, formatPassageRef(relation.from), relation);
    add(index.incoming, formatPassageRef(relation.to), relation);
  }
  for (const note of edition.notes) {
    if (note.passage) add(index.notes, formatPassageRef({ document: note.document, passage: note.passage }), note);
  }
  indexes.set(edition, index);
  return index;
}

/** The notes on one passage, in the order written. */
function notesOnPassage(edition: Edition, document: Document, passage: Passage): EditorialNote[] {
  return passageIndex(edition).notes.get(formatPassageRef({ document: document.id, passage: passage.id })) ?? [];
}

/** A note ready to show: placed in its passage (when it is on one) and with its sources resolved. */
export interface NoteView {
  note: EditorialNote;
  /** Its letter and place in the passage; absent for a note on the whole text. */
  placed?: PlacedNote | undefined;
  sources: Reference[];
}

/** A passage's text with its notes marked, and its notes in the order of their markers. */
export interface PassageWithNotes {
  html: string;
  notes: NoteView[];
}

// The document page and the passage's own page both show a passage with its notes: mark it up once.
const annotated = new WeakMap<Edition, WeakMap<Passage, PassageWithNotes>>();

export function passageWithNotes(edition: Edition, document: Document, passage: Passage): PassageWithNotes {
  let byPassage = annotated.get(edition);
  if (!byPassage) annotated.set(edition, (byPassage = new WeakMap()));
  let result = byPassage.get(passage);
  if (!result) {
    const { html, notes } = annotatedPassage(passage, notesOnPassage(edition, document, passage));
    result = { html, notes: notes.map((placed) => ({ note: placed.note, placed, sources: referencesById(placed.note.sources, edition.references) })) };
    byPassage.set(passage, result);
  }
  return result;
}

/** The notes on a document's whole text, in the order written. */
export function notesOnDocument(edition: Edition, document: Document): NoteView[] {
  return documentNotes(document, edition.notes).map((note) => ({ note, sources: referencesById(note.sources, edition.references) }));
}

/** A document's notes as its notes page lists them: on the whole text first, then in the order of the text. */
export interface DocumentNotes {
  document: Document;
  whole: NoteView[];
  passages: { passage: Passage; notes: NoteView[] }[];
}

/** One document's notes: those on the whole text, and each passage that has notes with them. */
export function notesOfDocument(edition: Edition, document: Document): DocumentNotes {
  return {
    document,
    whole: notesOnDocument(edition, document),
    passages: document.passages
      .map((passage) => ({ passage, notes: passageWithNotes(edition, document, passage).notes }))
      .filter((p) => p.notes.length > 0),
  };
}

/** Every text that has notes, with its notes, newest text first. */
export function notesByDocument(edition: Edition): DocumentNotes[] {
  return edition.documents.map((document) => notesOfDocument(edition, document)).filter((d) => d.whole.length + d.passages.length > 0);
}

/** Every note of a document, in the order its notes page shows them. */
export function allNotesOf(notes: Pick<DocumentNotes, 'whole' | 'passages'>): NoteView[] {
  return [...notes.whole, ...notes.passages.flatMap((p) => p.notes)];
}

/** An event with what it points at resolved, ready to show. */
export interface EventOnTimeline {
  event: TimelineEvent;
  /** The document of the record it is the signing or adoption of. */
  document?: RecordDocument | undefined;
  passages: PassageInDocument[];
  place?: GlossaryEntry | undefined;
  references: Reference[];
}

export function eventOnTimeline(edition: Pick<Edition, 'documents' | 'record' | 'glossary' | 'references'>, event: TimelineEvent): EventOnTimeline {
  const order = inReadingOrder(edition.documents);
  return {
    event,
    document: event.document === undefined ? undefined : edition.record.find((d) => d.id === event.document),
    passages: event.passages.map((ref) => resolvePassage(edition.documents, ref)).sort(order),
    place: edition.glossary.find((g) => g.id === event.place),
    references: referencesById(event.references, edition.references),
  };
}

/** The timeline: years that have events, oldest first, each event resolved. */
export function timeline(edition: Edition): { year: number; items: EventOnTimeline[] }[] {
  return eventsByYear(edition.events).map(({ year, events }) => ({ year, items: events.map((e) => eventOnTimeline(edition, e)) }));
}

/** The places where events happened, each with its events: what the map shows. */
export function placesWithEvents(edition: Pick<Edition, 'events' | 'glossary'>): { place: GlossaryEntry; events: TimelineEvent[] }[] {
  return edition.glossary
    .filter((g) => g.kind === 'place' && g.location)
    .map((place) => ({ place, events: eventsAt(edition.events, place.id) }))
    .filter((p) => p.events.length > 0)
    .sort((a, b) => a.place.name.localeCompare(b.place.name, 'en'));
}

/** An entry's names in one language, each with the references where that form is published. */
export interface NamesInLanguage {
  lang: string;
  label: string;
  names: (EntryName & { references: Reference[] })[];
}

/** Everything a glossary entry's page shows. */
export function glossaryEntryView(
  edition: Edition,
  entry: GlossaryEntry,
): { passages: DocumentPassages[]; events: EventOnTimeline[]; references: Reference[]; names: NamesInLanguage[] } {
  return {
    names: namesByLanguage(entry).map((group) => ({
      ...group,
      names: group.names.map((name) => ({ ...name, references: referencesById(name.sources, edition.references) })),
    })),
    passages: passagesMentioning(edition.documents, entry, edition.glossary),
    events: eventsAt(edition.events, entry.id).map((e) => eventOnTimeline(edition, e)),
    references: referencesById(entry.references, edition.references),
  };
}

/** How many passages a list of document groups holds. */
export const passageCount = (groups: readonly DocumentPassages[]): number => groups.reduce((n, g) => n + g.passages.length, 0);

/** The passages naming a glossary entry by the year of their document, oldest year first. */
export function mentionsByYear(groups: readonly DocumentPassages[]): YearGroup<DocumentPassages>[] {
  return byYear(groups, (g) => yearOf(g.document.date));
}

/** Events by the year of their date, oldest year first. */
export function eventsOnTimelineByYear(items: readonly EventOnTimeline[]): YearGroup<EventOnTimeline>[] {
  return byYear(items, (item) => yearOf(item.event.date));
}

/**
 * Where each anchor of a glossary entry's page lives once it summarises by year: each document's
 * group of passages (its id) and each year on the entry's year page, each event on the timeline.
 */
export function glossaryEntryAnchors(
  years: readonly YearGroup<DocumentPassages>[],
  events: readonly EventOnTimeline[],
  pageOfYear: (year: number) => string,
  eventPage: (event: TimelineEvent) => string,
): Record<string, string> {
  const map = anchorMap(years, (g) => [g.document.id], pageOfYear);
  for (const { event } of events) map[event.id] ??= eventPage(event);
  return map;
}

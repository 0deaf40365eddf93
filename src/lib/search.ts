import { yearOf, yearOfPartial } from './dates';
import type { Document } from './documents';
import { passageShortTitle, speakerName } from './documents';
import type { Edition } from './edition';
import { entriesInPassage, type GlossaryEntry } from './glossary';
import type { EditorialNote } from './notes';
import { NARRATION, passageText, type Passage } from './passages';
import { CATALOGUE_RESULT, PASSAGE_RESULT } from './search-match';
import type { Filter } from './search-query';
import { byTitle, type Theme } from './themes';
import { namedWithKind, recordCitationTitle, type RecordDocument } from './record';
import { documentPath, passageInContextPath } from './urls';

/**
 * Something the edition knows about a passage that its words do not say: an editor's reading
 * of garbled words, or a name of an entry the passage names, in another language or spelling.
 * It is indexed with the passage, below its words, so that a reader finds the passage in the
 * words they know; `label` tells them why it matched, since the words are not in the text.
 */
export interface SearchAlias {
  /** Why it matched: "via the editors’ note: Nurly Zhol", "names Kassym-Jomart Tokayev". */
  label: string;
  /** For a name in another language or spelling: the form, shown after the label in its language's markup. */
  name?: { text: string; lang: string } | undefined;
  /** The words indexed, as a reader would type them. */
  text: string;
}

/** One search record per passage: its verbatim words, and what the edition knows about it. */
export interface SearchRecord {
  /**
   * Where a result leads: the passage in its document, as a site path (`/documents/<doc-id>/#clause-15`).
   * The search page gives Pagefind the deployment's base, which it puts in front.
   */
  url: string;
  /** The passage's own words, verbatim. */
  text: string;
  aliases: SearchAlias[];
  meta: { title: string; document: string; date: string; result?: typeof CATALOGUE_RESULT };
  /** The reader's filters, and `result`: a passage, or a catalogue entry (counted apart on the search page). */
  filters: Record<SearchFilter | 'result', string[]>;
  sort: { date: string };
}

export type SearchFilter = Filter;

/** "Clause 15 · Joint Statement, Xi'an 2023": short enough for a result list. */
export function searchResultTitle(doc: Document, passage: Passage): string {
  return passageShortTitle(doc, passage);
}

/** What the records need of the edition. */
export type SearchEdition = Pick<Edition, 'documents' | 'notes' | 'glossary'> & Partial<Pick<Edition, 'record'>>;

/**
 * The records for every passage of every document. Sorting "by date" is newest document
 * first and, within a document, reading order: the key counts passages down so that
 * descending keeps them in order.
 */
export function searchRecords(edition: SearchEdition): SearchRecord[] {
  const notesByPassage = new Map<string, EditorialNote[]>();
  for (const note of edition.notes) {
    if (!note.passage) continue;
    const key = `${note.document}/${note.passage}`;
    notesByPassage.set(key, [...(notesByPassage.get(key) ?? []), note]);
  }
  const passages = edition.documents.flatMap((doc) =>
    doc.passages.map((passage, i) => ({
      url: passageInContextPath(doc.id, passage.id),
      text: passageText(passage),
      aliases: passageAliases(passage, notesByPassage.get(`${doc.id}/${passage.id}`) ?? [], edition.glossary),
      meta: { title: searchResultTitle(doc, passage), document: doc.title, date: doc.date },
      filters: {
        document: [doc.id],
        theme: passage.themes,
        kind: [doc.kind.id],
        year: [String(yearOf(doc.date))],
        speaker: passage.speaker ? [passage.speaker] : [],
        result: [PASSAGE_RESULT],
      },
      sort: { date: `${doc.date}:${String(99999 - i).padStart(5, '0')}` },
    })),
  );
  return [...passages, ...(edition.record ?? []).filter((doc) => !doc.text).map(catalogueRecord)];
}

/** What a result for a catalogued document says under its title: that the edition has no text of it. */
export const CATALOGUE_RESULT_LABEL = 'Catalogue entry: text not yet in the edition';

/**
 * A catalogued document is found by its title and the editors' summary, as a result of its own
 * kind that leads to its page. It has no passages, themes or speakers to filter by.
 */
function catalogueRecord(doc: RecordDocument): SearchRecord {
  return {
    url: documentPath(doc.id),
    text: `${doc.title}. ${doc.summary}`,
    aliases: doc.shortTitle === doc.title ? [] : [{ label: `its short title, ${doc.shortTitle}`, text: doc.shortTitle }],
    meta: { title: recordCitationTitle({ ...doc, shortTitle: namedWithKind(doc) }), document: CATALOGUE_RESULT_LABEL, date: doc.date, result: CATALOGUE_RESULT },
    filters: { document: [], theme: [], kind: [doc.kind.id], year: [String(yearOfPartial(doc.date))], speaker: [], result: [CATALOGUE_RESULT] },
    sort: { date: `${doc.date}:00000` },
  };
}

/**
 * A passage's aliases: the readings of the notes on its words, then, for each entry it names,
 * the entry's name and its names in other languages and spellings. A form the passage already
 * has, or that an earlier alias gave, is not repeated.
 */
export function passageAliases(passage: Passage, notes: readonly EditorialNote[], glossary: readonly GlossaryEntry[]): SearchAlias[] {
  const text = passageText(passage);
  const aliases: SearchAlias[] = notes.map((note) => ({ label: `via the editors’ note: ${note.reading}`, text: note.reading }));
  const known = new Set(aliases.map((a) => a.text.toLowerCase()));
  const lowerText = text.toLowerCase();
  for (const id of entriesInPassage(passage, glossary)) {
    const entry = glossary.find((g) => g.id === id)!;
    for (const form of [{ text: entry.name, lang: 'en' }, ...entry.names]) {
      const key = form.text.toLowerCase();
      if (known.has(key) || lowerText.includes(key)) continue;
      known.add(key);
      aliases.push({ label: `names ${entry.name}`, name: form.text === entry.name ? undefined : { text: form.text, lang: form.lang }, text: form.text });
    }
  }
  return aliases;
}

const HAN = /\p{Script=Han}/u;

/**
 * The words an alias is indexed under. Pagefind splits an English index's words at white space
 * only, and a Chinese query is not segmented in the browser either, but each query word also
 * finds longer indexed words it begins ("阿斯塔纳" finds "阿斯塔纳国际金融中心") and, failing that,
 * the longest indexed word that begins it ("习近平主席" finds "习近平"). Adding every tail of a
 * run of Chinese characters (two characters or more) makes any part of a Chinese name, typed
 * alone or run together with other words, find the name.
 */
export function aliasWords(text: string): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const tails: string[] = [];
  for (const word of words) {
    for (const run of word.split(/[^\p{L}\p{N}]+/u)) {
      if (!HAN.test(run)) continue;
      const chars = Array.from(run);
      for (let i = 1; i <= chars.length - 2; i += 1) tails.push(chars.slice(i).join(''));
    }
  }
  return [...words, ...tails];
}

/**
 * Below the passage's own words. Pagefind 1.6 still ranks a short passage found through an
 * alias above a long one that has the word (measured: "forces"), so the search page also puts
 * the passages that have the words first; the weight keeps the two close to that order.
 */
export const ALIAS_WEIGHT = 0.1;

/** What the search page needs to explain a result, carried in the record's metadata. */
export interface SearchResultMeta {
  title: string;
  document: string;
  date: string;
  /** How many words of the record's content are the passage's own (Pagefind counts words at white space). */
  words: string;
  /** JSON: [label, name or null, its language or null, word count] for each alias, in the order they follow the passage's words. */
  aliases: string;
}

/**
 * The record as the HTML page Pagefind indexes: the passage's words at full weight, each alias
 * below them at ALIAS_WEIGHT, and metadata, filters and sort key as Pagefind's attributes.
 */
export function searchRecordHtml(record: SearchRecord): string {
  const words = record.text.split(/\s+/).filter(Boolean);
  const meta: SearchResultMeta = {
    ...record.meta,
    words: String(words.length),
    aliases: JSON.stringify(record.aliases.map((a) => [a.label, a.name?.text ?? null, a.name?.lang ?? null, aliasWords(a.text).length])),
  };
  const head = [
    ...Object.entries(meta).map(([key, value]) => `<meta data-pagefind-meta="${key}[content]" content="${escapeHtml(value)}">`),
    ...Object.entries(record.filters).flatMap(([key, values]) => values.map((v) => `<meta data-pagefind-filter="${key}[content]" content="${escapeHtml(v)}">`)),
    ...Object.entries(record.sort).map(([key, value]) => `<meta data-pagefind-sort="${key}[content]" content="${escapeHtml(value)}">`),
  ];
  const aliases = record.aliases.map((a) => `<p>${escapeHtml(aliasWords(a.text).join(' '))}</p>`);
  return `<!doctype html><html lang="en"><head>${head.join('')}</head><body><p>${escapeHtml(words.join(' '))}</p>${
    aliases.length ? `<div data-pagefind-weight="${ALIAS_WEIGHT}">${aliases.join('')}</div>` : ''
  }</body></html>`;
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface FilterOption {
  value: string;
  label: string;
}

/**
 * The search form lists each text as a filter while there are at most this many: beyond, a box a
 * text would outweigh the page (500 texts, 1,000 elements), and year and kind narrow as well.
 */
export const DOCUMENT_FILTER_LIMIT = 24;

/** The values each filter can take, with their labels, for the search form. */
export function searchFilterOptions(
  documents: readonly Document[],
  themes: readonly Theme[],
  record: readonly Pick<RecordDocument, 'kind' | 'date'>[] = documents,
): Record<SearchFilter, FilterOption[]> {
  const unique = (options: FilterOption[]) => [...new Map(options.map((o) => [o.value, o])).values()];
  return {
    document: documents.length > DOCUMENT_FILTER_LIMIT ? [] : documents.map((d) => ({ value: d.id, label: `${d.shortTitle}, ${d.place.name}, ${yearOf(d.date)}` })),
    theme: [...themes].sort(byTitle).map((t) => ({ value: t.id, label: t.title })),
    // Kinds and years cover the whole record: catalogue entries are found by them too.
    kind: unique(record.map((d) => ({ value: d.kind.id, label: d.kind.label }))).sort((a, b) => a.label.localeCompare(b.label, 'en')),
    year: unique(record.map((d) => ({ value: String(yearOfPartial(d.date)), label: String(yearOfPartial(d.date)) }))).sort((a, b) =>
      b.value.localeCompare(a.value),
    ),
    speaker: unique(
      documents.flatMap((d) =>
        d.passages
          .filter((p) => p.speaker)
          .map((p) => ({ value: p.speaker!, label: p.speaker === NARRATION ? 'Narration' : (speakerName(d, p) ?? p.speaker!) })),
      ),
    ),
  };
}

import type { GlossaryData } from '../schemas/glossary';
import type { Document } from './documents';
import { excerptAround, passageText, type Passage } from './passages';
import type { DocumentPassages } from './themes';

import { GLOSSARY_KINDS, type GlossaryKind, type NameKind } from '../schemas/glossary';

export { GLOSSARY_KINDS, type GlossaryKind } from '../schemas/glossary';

export const GLOSSARY_KIND_LABELS: Record<GlossaryKind, { one: string; many: string }> = {
  person: { one: 'Person', many: 'People' },
  organisation: { one: 'Organisation', many: 'Organisations' },
  place: { one: 'Place', many: 'Places' },
  programme: { one: 'Programme', many: 'Programmes and projects' },
};

/** What a name in `names` is: the usual name in its language, or another form of it. */
export { NAME_KINDS, type NameKind } from '../schemas/glossary';

export const NAME_KIND_LABELS: Record<NameKind, string> = {
  name: 'name',
  'full-name': 'full name',
  transliteration: 'transliteration',
  'former-name': 'former name',
  abbreviation: 'abbreviation',
};

export { LANGUAGE_TAG } from '../schemas/glossary';

/** A person, organisation, place or programme the texts name. */
export interface GlossaryEntry extends GlossaryData {
  /** The permanent id: the file name in content/glossary/. */
  id: string;
  file: string;
}

/** One place in a text where an entry is named. Found by reading the text; the text is never changed. */
export interface Mention {
  entryId: string;
  /** The spelling found, exactly as in the text. */
  text: string;
  start: number;
  end: number;
}

/**
 * The entries a text names, found as whole words, case-sensitively. Where spellings overlap
 * the longest wins, so "Astana International Financial Centre" is the financial centre and
 * not also a mention of Astana.
 */
export function findMentions(text: string, entries: readonly Pick<GlossaryEntry, 'id' | 'mentions'>[]): Mention[] {
  const candidates: Mention[] = [];
  for (const entry of entries) {
    for (const spelling of entry.mentions) {
      let from = 0;
      for (let at = text.indexOf(spelling, from); at !== -1; at = text.indexOf(spelling, from)) {
        from = at + 1;
        if (isWordBoundary(text, at - 1) && isWordBoundary(text, at + spelling.length)) {
          candidates.push({ entryId: entry.id, text: spelling, start: at, end: at + spelling.length });
        }
      }
    }
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Mention[] = [];
  for (const c of candidates) {
    if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** A letter or digit on either side would make the match part of a longer word ("Xi" in "Xinghai"). */
function isWordBoundary(text: string, index: number): boolean {
  const ch = text[index];
  return ch === undefined || !/[\p{L}\p{N}]/u.test(ch);
}

/** The ids of the entries a text names, each once, in order of first mention. */
export function entriesMentioned(text: string, entries: readonly Pick<GlossaryEntry, 'id' | 'mentions'>[]): string[] {
  return [...new Set(findMentions(text, entries).map((m) => m.entryId))];
}

// Each glossary page asks of every passage which entries it names: read each passage once per glossary.
const mentionCache = new WeakMap<readonly GlossaryEntry[], WeakMap<Passage, string[]>>();

/** The ids of the entries a passage names, in order of first mention. */
export function entriesInPassage(passage: Passage, entries: readonly GlossaryEntry[]): string[] {
  let byPassage = mentionCache.get(entries);
  if (!byPassage) mentionCache.set(entries, (byPassage = new WeakMap()));
  let ids = byPassage.get(passage);
  if (!ids) byPassage.set(passage, (ids = entriesMentioned(passageText(passage), entries)));
  return ids;
}

/** Every passage that names an entry, grouped by document. */
export function passagesMentioning(documents: readonly Document[], entry: GlossaryEntry, all: readonly GlossaryEntry[]): DocumentPassages[] {
  return documents
    .map((document) => ({ document, passages: document.passages.filter((p) => entriesInPassage(p, all).includes(entry.id)) }))
    .filter((group) => group.passages.length > 0);
}

/** Grouped by kind (people first), alphabetical within each. */
export function glossaryByKind(entries: readonly GlossaryEntry[]): { kind: GlossaryKind; entries: GlossaryEntry[] }[] {
  return GLOSSARY_KINDS.map((kind) => ({
    kind,
    entries: entries.filter((e) => e.kind === kind).sort((a, b) => a.name.localeCompare(b.name, 'en')),
  })).filter((group) => group.entries.length > 0);
}

/** The words around the passage's first mention of the entry, for the entry's list of passages. */
export function mentionExcerpt(passage: Passage, entry: GlossaryEntry, all: readonly GlossaryEntry[]): string {
  const text = passageText(passage);
  const first = findMentions(text, all).find((m) => m.entryId === entry.id);
  return first ? excerptAround(text, first.start, first.end) : excerptAround(text, 0, 0);
}

/** One of an entry's names in another language or script, or another spelling of it. */
export type EntryName = GlossaryEntry['names'][number];

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** "Chinese (Simplified)"-style English name of a language tag, for labels: "zh-Hans" → "Simplified Chinese". */
export function languageName(tag: string): string {
  return languageNames.of(tag) ?? tag;
}

/**
 * An entry's names grouped by language, in the order readers of this edition most need them
 * (Chinese, Russian, Kazakh, then the other languages alphabetically), each group in the
 * order the entry lists them.
 */
export function namesByLanguage(entry: Pick<GlossaryEntry, 'names'>): { lang: string; label: string; names: EntryName[] }[] {
  const first = ['zh', 'ru', 'kk'];
  const rank = (tag: string) => {
    const i = first.indexOf(tag.split('-')[0]!);
    return i === -1 ? first.length : i;
  };
  const tags = [...new Set(entry.names.map((n) => n.lang))];
  return tags
    .sort((a, b) => rank(a) - rank(b) || languageName(a).localeCompare(languageName(b), 'en'))
    .map((lang) => ({ lang, label: languageName(lang), names: entry.names.filter((n) => n.lang === lang) }));
}

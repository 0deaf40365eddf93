/**
 * When a search finds nothing, the glossary entries whose names are close to what the reader
 * typed: a misspelling ("Tokaeyv"), a missing hyphen ("Nur Sultan"), another case or accent.
 * Pure and browser-safe; the search page gives it the entries of /data/glossary.json.
 */
import leven from 'leven';
import { foldWord } from './search-match';

/** What a suggestion needs of a glossary entry (a subset of /data/glossary.json's records). */
export interface SuggestableEntry {
  name: string;
  path: string;
  mentions: readonly string[];
  names: readonly { text: string; lang: string }[];
}

export interface NameSuggestion {
  entry: SuggestableEntry;
  /** The name, or the word of a name, that was close, and its language. */
  form: { text: string; lang: string };
  distance: number;
}

/** How many edits a query of this many letters may be from a name: none for short words, where one edit is a different word. */
export function allowedEdits(letters: number): number {
  if (letters <= 3) return 0;
  if (letters <= 6) return 1;
  return 2;
}

const fold = (text: string): string => text.split(/\s+/).map(foldWord).join('');

/**
 * The entries with a name, spelling or word of a name within `allowedEdits` of the query, once
 * each, closest first (then by name), at most `max`. Spaces, hyphens, case and accents do not count.
 */
export function suggestNames(query: string, entries: readonly SuggestableEntry[], max = 5): NameSuggestion[] {
  const q = fold(query);
  if (!q) return [];
  const limit = allowedEdits(Array.from(q).length);
  const best = new Map<SuggestableEntry, NameSuggestion>();
  for (const entry of entries) {
    const forms = [{ text: entry.name, lang: 'en' }, ...entry.mentions.map((text) => ({ text, lang: 'en' })), ...entry.names];
    for (const form of forms) {
      // The whole name, and each of its words: "Tokaeyv" is close to "Tokayev", not to "Kassym-Jomart Tokayev".
      const words = form.text.split(/\s+/);
      for (const text of words.length > 1 ? [form.text, ...words] : words) {
        const candidate = fold(text);
        if (!candidate) continue;
        const distance = leven(q, candidate, { maxDistance: limit + 1 });
        if (distance > limit) continue;
        const current = best.get(entry);
        if (!current || distance < current.distance) best.set(entry, { entry, form: { text, lang: form.lang }, distance });
      }
    }
  }
  return [...best.values()].sort((a, b) => a.distance - b.distance || a.entry.name.localeCompare(b.entry.name, 'en')).slice(0, max);
}

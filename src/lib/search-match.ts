/**
 * Reading a Pagefind result back: which of its matched words are the passage's own, why a
 * result matched when they are not, the excerpt (always the verbatim text), and whether a
 * result matched the query at all or only through Pagefind's loosest fallback. Pure and
 * browser-safe: the search page's script and the unit tests use it alike.
 */

/** The part of a result the search page reads (Pagefind's `data()`). */
export interface MatchedResult {
  /** The record's content: the passage's words, then its aliases' words. */
  content: string;
  /** The positions of the matched words in `content`, counted as Pagefind counts words. */
  locations: readonly number[];
  /** `result` is "catalogue" for a document catalogued without its text. */
  meta: { words?: string; aliases?: string; result?: string };
}

/** A run of excerpt text, marked where it matched. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** A reason a result matched: "names Kassym-Jomart Tokayev", and the form matched (Токаев, in Russian), if another. */
export interface MatchReason {
  label: string;
  name?: { text: string; lang: string } | undefined;
}

/** Words as Pagefind counts them in a record's content, for its word positions. */
export const contentWords = (content: string): string[] => content.split(/[\r\n\s]+/g);

/** A word as search compares it: lower case, without accents, marks or punctuation. */
export function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

const HAN = /\p{Script=Han}/u;

function commonPrefix(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n += 1;
  return n;
}

/**
 * Whether two folded words are one word with another ending, as Pagefind's stemming would
 * match them ("force", "forces"; "economy", "economic"): all but the last two letters of the
 * shorter, and at least four, are the same. Chinese characters take no endings.
 */
function sameStem(a: string, b: string): boolean {
  const shorter = Math.min(Array.from(a).length, Array.from(b).length);
  if (HAN.test(a)) return a === b;
  return commonPrefix(a, b) >= Math.min(shorter, Math.max(4, shorter - 2));
}

const verbatimCount = (result: MatchedResult, total: number): number => {
  const n = Number(result.meta.words);
  return Number.isInteger(n) && n >= 0 ? Math.min(n, total) : total;
};

type AliasMeta = [label: string, name: string | null, lang: string | null, words: number];

function parseAliases(result: MatchedResult): AliasMeta[] {
  try {
    const parsed = JSON.parse(result.meta.aliases ?? '[]') as unknown;
    return Array.isArray(parsed) ? (parsed as AliasMeta[]) : [];
  } catch {
    return [];
  }
}

/**
 * Why a result matched, when some of the words matched are not in the passage: the aliases
 * whose words matched, in their order, leaving out those whose matched words the passage
 * also has (then the text itself is the reason).
 */
export function matchReasons(result: MatchedResult): MatchReason[] {
  const words = contentWords(result.content);
  const own = verbatimCount(result, words.length);
  const ownMatched = result.locations.filter((l) => l < own).map((l) => foldWord(words[l] ?? ''));
  // The passage's own words answer for an alias's word that shares their stem ("Force" for "Forces").
  const inText = (word: string) => ownMatched.some((w) => sameStem(w, word));
  const aliases = parseAliases(result);
  const reasons: MatchReason[] = [];
  for (const location of [...result.locations].sort((a, b) => a - b)) {
    if (location < own || inText(foldWord(words[location] ?? ''))) continue;
    let start = own;
    for (const [label, name, lang, count] of aliases) {
      if (location < start + count) {
        const reason = { label, name: name && lang ? { text: name, lang } : undefined };
        // One reason per note or entry: the first of its forms that matched.
        if (!reasons.some((r) => r.label === label)) reasons.push(reason);
        break;
      }
      start += count;
    }
  }
  return reasons;
}

/**
 * The excerpt: about `length` words of the passage's own text, around the most matches in it,
 * the matched words marked. A result that matched only through an alias shows the passage's
 * opening, unmarked: nothing is presented as the text that is not in it.
 */
export function verbatimExcerpt(result: MatchedResult, length: number): ExcerptPart[] {
  const words = contentWords(result.content);
  const own = verbatimCount(result, words.length);
  const marked = new Set(result.locations.filter((l) => l < own));
  let best = 0;
  let bestCount = -1;
  for (let start = 0; start <= Math.max(0, own - length); start += 1) {
    let count = 0;
    for (let i = start; i < Math.min(own, start + length); i += 1) if (marked.has(i)) count += 1;
    if (count > bestCount) {
      bestCount = count;
      best = start;
    }
  }
  // Start a few words before the first match in the window, so that it reads in context.
  const firstMatch = [...marked].filter((l) => l >= best).sort((a, b) => a - b)[0];
  if (firstMatch !== undefined) best = Math.max(0, Math.min(best, firstMatch - Math.min(3, Math.floor(length / 3))));
  const end = Math.min(own, best + length);
  const parts: ExcerptPart[] = [];
  const push = (text: string, isMarked: boolean) => {
    const last = parts[parts.length - 1];
    if (last && !last.marked && !isMarked) last.text += text;
    else parts.push({ text, marked: isMarked });
  };
  for (let i = best; i < end; i += 1) {
    if (i > best) push(' ', false);
    push(words[i]!, marked.has(i));
  }
  if (best > 0) parts.unshift({ text: '… ', marked: false });
  if (end < own) push(' …', false);
  return parts;
}


/**
 * Whether the words a result matched answer every word of the query. When no indexed word
 * begins with a query word, Pagefind falls back to the longest indexed word that begins it:
 * "Tokaeyv" then finds every passage with "to". A match counts when each query word shares
 * its first four letters (two Chinese characters), or all of itself if shorter, with a
 * matched word.
 */
export function answersQuery(query: string, result: MatchedResult): boolean {
  const terms = query.split(/\s+/).map(foldWord).filter(Boolean);
  const words = contentWords(result.content);
  const matched = result.locations.map((l) => foldWord(words[l] ?? '')).filter(Boolean);
  return terms.every((term) => {
    const needed = Math.min(Array.from(term).length, HAN.test(term) ? 2 : 4);
    return matched.some((word) => commonPrefix(word, term) >= needed);
  });
}

/** A passage (not a catalogue entry) whose own words matched. */
const hasTheWords = (r: MatchedResult) => r.meta.result !== CATALOGUE_RESULT && matchReasons(r).length === 0;

/**
 * Results with the passages that have the words first, then those found only through a note
 * or a name, each group in Pagefind's order, then the catalogue entries (documents whose text
 * is not in the edition): a search is first a search of the texts. Pagefind's weights alone do
 * not keep them apart.
 */
export function textMatchesFirst<T extends MatchedResult>(results: readonly T[]): T[] {
  const catalogue = results.filter((r) => r.meta.result === CATALOGUE_RESULT);
  const passages = results.filter((r) => !catalogue.includes(r));
  const inText = passages.filter(hasTheWords);
  return [...inText, ...passages.filter((r) => !inText.includes(r)), ...catalogue];
}

/**
 * Whether the first `size` results of `textMatchesFirst` are known from `read`, the first of
 * Pagefind's results read so far: they are once `read` holds `size` passages with the words,
 * since any result read later goes after them. Reading each result costs a fetch, so the
 * search page reads no further than it must before it shows the first page.
 */
export function firstPageKnown(read: readonly MatchedResult[], size: number): boolean {
  return read.filter(hasTheWords).length >= size;
}

/** The `result` of a catalogue entry's record: its metadata, and its value in the `result` filter. */
export const CATALOGUE_RESULT = 'catalogue';

/**
 * The catalogue entries also have a small Pagefind bundle of their own, beside the whole index
 * in pagefind/: the search page counts them apart by searching it, rather than by loading the
 * whole index's filters, which makes Pagefind count every filter over every result (about 1 s a
 * search at 25,000 passages, against 50 ms).
 */
export const CATALOGUE_BUNDLE = 'pagefind-catalogue';
export const PASSAGE_RESULT = 'passage';

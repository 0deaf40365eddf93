import { describe, expect, it } from 'vitest';
import { allowedEdits, suggestNames, type SuggestableEntry } from '../../src/lib/name-suggestions';
import { CATALOGUE_RESULT, answersQuery, contentWords, firstPageKnown, foldWord, matchReasons, textMatchesFirst, verbatimExcerpt, type MatchedResult } from '../../src/lib/search-match';

// A record as Pagefind returns it: the passage's 6 words, then two aliases (3 words, then 1).
const aliases = JSON.stringify([
  ['via the editors’ note: Nurly Zhol policy', null, null, 3],
  ['names Kassym-Jomart Tokayev', 'Токаев', 'ru', 1],
]);
const result = (locations: number[]): MatchedResult => ({
  content: 'The "Bright Road" new economic policy. Nurly Zhol policy. Токаев.',
  locations,
  meta: { words: '6', aliases },
});

describe('reading a result back', () => {
  it('counts words as Pagefind does', () => {
    expect(contentWords(result([]).content)).toHaveLength(10);
  });

  it('says why a result matched when the words are not in the passage, naming the form in its language', () => {
    expect(matchReasons(result([6]))).toEqual([{ label: 'via the editors’ note: Nurly Zhol policy', name: undefined }]);
    expect(matchReasons(result([9]))).toEqual([{ label: 'names Kassym-Jomart Tokayev', name: { text: 'Токаев', lang: 'ru' } }]);
  });

  it('gives no reason when the passage has the words itself', () => {
    expect(matchReasons(result([4]))).toEqual([]);
    // "policy" is matched in the note too, but the passage has it: the text is the reason.
    expect(matchReasons(result([5, 8]))).toEqual([]);
  });

  it('shows only the passage’s own words in the excerpt, the matched ones marked', () => {
    expect(verbatimExcerpt(result([2, 6]), 36)).toEqual([
      { text: 'The "Bright ', marked: false },
      { text: 'Road"', marked: true },
      { text: ' new economic policy.', marked: false },
    ]);
    expect(verbatimExcerpt(result([6]), 36).map((p) => p.text).join('')).toBe('The "Bright Road" new economic policy.');
    expect(verbatimExcerpt(result([5]), 3).map((p) => p.text).join('')).toBe('… new economic policy.');
  });

  it('puts the passages that have the words before those found through a note or a name, keeping the order within each', () => {
    const [viaNote, inText, viaName, inTextToo] = [result([6]), result([4]), result([9]), result([5, 8])];
    expect(textMatchesFirst([viaNote, inText, viaName, inTextToo])).toEqual([inText, inTextToo, viaNote, viaName]);
  });

  it('knows the first page as soon as the results read hold a page of passages with the words, and not before', () => {
    const catalogued: MatchedResult = { ...result([4]), meta: { ...result([4]).meta, result: CATALOGUE_RESULT } };
    // Pagefind's order: with the words, through a note, catalogued, with the words, through a name, with the words.
    const all = [result([4]), result([6]), catalogued, result([5, 8]), result([9]), result([2])];
    for (let read = 0; read <= all.length; read += 1) {
      const prefix = all.slice(0, read);
      const known = firstPageKnown(prefix, 2);
      // Known means that no result read later changes the first page.
      if (known) expect(textMatchesFirst(prefix).slice(0, 2)).toEqual(textMatchesFirst(all).slice(0, 2));
      expect(known, `${read} read`).toBe(read >= 4);
    }
    expect(firstPageKnown(all, 3)).toBe(true);
    expect(firstPageKnown(all, 4)).toBe(false);
  });

  it('tells a match from Pagefind’s fallback to the first letters of an unknown word', () => {
    const r: MatchedResult = { content: 'Talks to Tokayev, in Astana.', locations: [1], meta: { words: '5' } };
    expect(answersQuery('Tokaeyv', r)).toBe(false);
    expect(answersQuery('to', r)).toBe(true);
    expect(answersQuery('Tokayev', { ...r, locations: [2] })).toBe(true);
    expect(answersQuery('tokayevs astana', { ...r, locations: [2, 4] })).toBe(true);
    expect(answersQuery('习近平主席', { content: '习近平 近平', locations: [0], meta: {} })).toBe(true);
  });

  it('folds case, accents and punctuation as a reader would not notice them', () => {
    expect(foldWord('Nur-Sultan')).toBe('nursultan');
    expect(foldWord('Тоқаев,')).toBe('тоқаев');
    expect(foldWord('Xi’an')).toBe('xian');
  });
});

describe('names close to a search that found nothing', () => {
  const entries: SuggestableEntry[] = [
    { name: 'Kassym-Jomart Tokayev', path: '/glossary/kassym-jomart-tokayev/', mentions: ['Tokayev'], names: [{ text: 'Тоқаев', lang: 'kk' }] },
    { name: 'Astana', path: '/glossary/astana/', mentions: ['Astana'], names: [{ text: 'Nur-Sultan', lang: 'en' }] },
    { name: 'Xi Jinping', path: '/glossary/xi-jinping/', mentions: ['Xi Jinping'], names: [] },
  ];

  it('finds a misspelt name, a name without its hyphen, and one in another script', () => {
    expect(suggestNames('Tokaeyv', entries).map((s) => [s.entry.name, s.form.text])).toEqual([['Kassym-Jomart Tokayev', 'Tokayev']]);
    expect(suggestNames('Nur Sultan', entries).map((s) => [s.entry.name, s.distance])).toEqual([['Astana', 0]]);
    expect(suggestNames('NurSultn', entries).map((s) => s.entry.name)).toEqual(['Astana']);
    expect(suggestNames('Токаев', entries).map((s) => s.form.lang)).toEqual(['kk']);
  });

  it('suggests nothing for a short word or a word far from every name', () => {
    expect(allowedEdits(3)).toBe(0);
    expect(suggestNames('Xu', entries)).toEqual([]);
    expect(suggestNames('uranium', entries)).toEqual([]);
    expect(suggestNames('', entries)).toEqual([]);
  });
});

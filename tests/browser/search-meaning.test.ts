// Search by meaning, against the real Pagefind index in Chromium: a passage is found through
// the editors' readings and through the names of what it names, in other languages and
// spellings. Every query and every expectation is read from the built open data, so that the
// tests hold as notes, names and documents are added.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { DocumentExport, DocumentsExport, GlossaryExport } from '../../src/lib/open-data';
import { useBrowserAndSite } from '../support/browser-site';
import { SITE_DIR } from '../support/dist';
import { textRecords } from '../support/content';

const env = useBrowserAndSite();

const json = <T,>(path: string): T => JSON.parse(readFileSync(join(SITE_DIR, 'data', path), 'utf8')) as T;
const documents = textRecords(json<DocumentsExport>('documents.json')).map((d) => json<DocumentExport>(`${d.id}.json`));
const glossary = json<GlossaryExport>('glossary.json').entries;
const passages = documents.flatMap((d) => d.passages.map((p) => ({ ...p, ref: `${d.document.id}/${p.id}`, document: d.document.id })));
const allText = passages.map((p) => p.text.toLowerCase()).join('\n');
const textWords = [...new Set(allText.split(/[^\p{L}\p{N}]+/u))];
/** A word no text has in any form: no text word shares its first five letters (search stems words). */
const inNoText = (word: string) => /^\p{L}{5,}$/u.test(word) && !textWords.some((w) => w.startsWith(word.slice(0, 5).toLowerCase()));
/** How many passages have a word, as a whole word. */
const passagesWith = (word: string) => passages.filter((p) => p.text.toLowerCase().split(/[^\p{L}\p{N}]+/u).includes(word.toLowerCase())).length;

/** The passages that name an entry: where a search for any of its names must land. */
const naming = (entryId: string) => new Set(passages.filter((p) => p.mentions.some((m) => m.entry === entryId)).map((p) => p.ref));

interface Found {
  ref: string;
  why: string | null;
}

/**
 * One tab for the searches of this file, each a fresh load of the search page in it: a new tab
 * per search would cost a new browser context and renderer process, and check nothing more.
 */
let tab: Page | undefined;

async function search(query: string, params = ''): Promise<{ page: Page; results: Found[]; status: string }> {
  const page = (tab ??= await env.browser().newPage());
  await page.goto(env.site().url(`/search/?q=${encodeURIComponent(query)}${params}`));
  await page.waitForFunction(() => {
    const text = document.getElementById('search-status')?.textContent ?? '';
    return text.length > 0 && !text.startsWith('Searching');
  });
  const results = await page.locator('#search-results > li').evaluateAll((items) =>
    items.map((li) => {
      const url = new URL(li.querySelector('h2 a')!.getAttribute('href')!, location.href);
      return { ref: `${url.pathname.split('/').filter(Boolean).pop()}/${url.hash.slice(1)}`, why: li.querySelector('.why')?.textContent ?? null };
    }),
  );
  return { page, results, status: await page.locator('#search-status').innerText() };
}

async function expectLandsOn(query: string, expected: Set<string>, params = ''): Promise<Found[]> {
  const { results } = await search(query, params);
  expect(results.length, `"${query}" found nothing`).toBeGreaterThan(0);
  expect(results.slice(0, 3).some((r) => expected.has(r.ref)), `"${query}": first results ${results.slice(0, 3).map((r) => r.ref).join(', ')}`).toBe(true);
  return results;
}

// Entries the texts name, with their names of one language and kind (a few of each, to keep the suite short).
const namesOf = (test: (n: GlossaryExport['entries'][number]['names'][number]) => boolean, max = 3) =>
  glossary
    .filter((e) => naming(e.id).size > 0)
    .flatMap((e) => e.names.filter((n) => test(n) && !allText.includes(n.text.toLowerCase())).map((n) => ({ entry: e, name: n })))
    .slice(0, max);

describe('search by meaning', () => {
  it.each([
    ['Russian', (n: { lang: string }) => n.lang === 'ru'],
    ['Kazakh', (n: { lang: string }) => n.lang === 'kk'],
    ['Chinese', (n: { lang: string }) => n.lang.startsWith('zh')],
    ['a former name', (n: { kind: string }) => n.kind === 'former-name'],
    ['a transliteration', (n: { kind: string; lang: string }) => n.kind === 'transliteration' && n.lang === 'en'],
    ['an abbreviation', (n: { kind: string }) => n.kind === 'abbreviation'],
  ])('finds the passages naming an entry by its name in %s, and says why', async (_kind, test) => {
    const cases = namesOf(test as never);
    expect(cases.length).toBeGreaterThan(0);
    for (const { entry, name } of cases) {
      const results = await expectLandsOn(name.text, naming(entry.id));
      const first = results.find((r) => naming(entry.id).has(r.ref))!;
      expect(first.why, name.text).toContain(`names ${entry.name}`);
    }
  });

  it('finds a Chinese name from any part of it, or run together with another word', async () => {
    const [chinese] = namesOf((n) => n.lang.startsWith('zh') && Array.from(n.text).length >= 4, 1);
    expect(chinese).toBeDefined();
    const chars = Array.from(chinese!.name.text);
    await expectLandsOn(chars.slice(1).join(''), naming(chinese!.entry.id));
    await expectLandsOn(`${chinese!.name.text}合作`, naming(chinese!.entry.id));
  });

  it('finds a passage through an editor’s reading of its garbled words, saying so, with the passage’s own words as the excerpt', async () => {
    // Words of a correction that no text has: the note is the only way to them.
    const cases = documents
      .flatMap((d) => d.passages.flatMap((p) => p.notes.filter((n) => n.kind === 'correction').map((n) => ({ passage: `${d.document.id}/${p.id}`, text: p.text, note: n }))))
      .map((c) => ({ ...c, word: c.note.reading.split(/\s+/).find(inNoText) }))
      .filter((c): c is typeof c & { word: string } => c.word !== undefined)
      .slice(0, 3);
    expect(cases.length).toBeGreaterThan(0);
    for (const { passage, note, word, text } of cases) {
      const { page, results } = await search(word);
      const hit = results.find((r) => r.ref === passage);
      expect(results.slice(0, 3).map((r) => r.ref), word).toContain(passage);
      expect(hit!.why).toContain(`via the editors’ note: ${note.reading}`);
      const excerpt = await page.locator('#search-results > li').nth(results.indexOf(hit!)).locator('p').first().innerText();
      expect(text.replace(/\s+/g, ' '), 'the excerpt is the passage’s own words').toContain(excerpt.replace(/^… | …$/g, ''));
    }
  });

  it('finds a name the texts garble, within one document', async () => {
    // An entry named in a document only under other spellings: its name finds it there.
    const found = glossary
      .flatMap((e) => documents.map((d) => ({ entry: e, doc: d })))
      .find(({ entry, doc }) => {
        const named = doc.passages.some((p) => p.mentions.some((m) => m.entry === entry.id));
        return named && !doc.passages.some((p) => p.text.includes(entry.name)) && /[a-z]/.test(entry.name);
      });
    expect(found).toBeDefined();
    const { entry, doc } = found!;
    const expected = new Set(doc.passages.filter((p) => p.mentions.some((m) => m.entry === entry.id)).map((p) => `${doc.document.id}/${p.id}`));
    const results = await expectLandsOn(entry.name, expected, `&document=${doc.document.id}`);
    expect(results.every((r) => r.ref.startsWith(`${doc.document.id}/`))).toBe(true);
  });

  it('ranks the passages that have the words above those found through a note or a name', async () => {
    // Words some passage has and some note's reading gives to another passage that lacks them.
    const words = [
      ...new Set(
        passages.flatMap((p) =>
          // A word of a note's reading that its passage lacks and one to three other passages have, so that all results show on one page.
          p.notes.flatMap((n) => n.reading.split(/\s+/).filter((w) => /^\p{L}{6,}$/u.test(w) && !p.text.toLowerCase().includes(w.slice(0, 5).toLowerCase()) && passagesWith(w) >= 1 && passagesWith(w) <= 3)),
        ),
      ),
    ];
    let checked = 0;
    for (const word of words) {
      const { results } = await search(word);
      // Only a list that fits on the first page shows every result.
      if (results.length >= 10 || !results.some((r) => r.why !== null)) continue;
      const firstThroughAlias = results.findIndex((r) => r.why !== null);
      const lastVerbatim = results.map((r) => r.why === null).lastIndexOf(true);
      expect(lastVerbatim, `"${word}": ${results.map((r) => `${r.ref}${r.why ? ' (via)' : ''}`).join(', ')}`).toBeLessThan(firstThroughAlias);
      if (++checked === 3) break;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('offers the glossary names close to a misspelt search, with links, asking only its own origin', async () => {
    // An entry's longest name word with two letters swapped, as a hurried reader types it.
    const target = glossary
      .flatMap((e) => e.name.split(/[\s-]+/).map((word) => ({ entry: e, word })))
      .filter(({ word }) => /^[A-Za-z]{7,}$/.test(word))
      .sort((a, b) => b.word.length - a.word.length)[0]!;
    const w = target.word;
    const typo = `${w.slice(0, 3)}${w[4]}${w[3]}${w.slice(5)}`;
    const page = await env.browser().newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(env.site().url(`/search/?q=${encodeURIComponent(typo)}`));
    await page.waitForSelector('#search-suggestions a');
    expect(await page.locator('#search-status').innerText()).toMatch(/No passage matches/);
    expect(await page.locator('#search-results > li').count()).toBe(0);
    const links = await page.locator('#search-suggestions a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(links).toContainEqual([target.entry.name, `/glossary/${target.entry.id}/`]);
    // Following the suggested search finds the passages that name it.
    await page.locator('#search-suggestions a', { hasText: 'search for' }).first().click();
    await page.waitForFunction(() => /match/.test(document.getElementById('search-status')?.textContent ?? '') && document.querySelectorAll('#search-results > li').length > 0);
    const origin = new URL(env.site().url('/')).origin;
    expect(requests.filter((u) => new URL(u).origin !== origin && !u.startsWith('data:'))).toEqual([]);
    await page.close();
  });
});

// Search against the real Pagefind index of the built site, in Chromium.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser-site';
import { builtPassages, writtenCatalogue } from '../support/content';

const env = useBrowserAndSite();
/** The passages of the built open data, by "<doc-id>/<passage-id>": what a filter or an order is checked against. */
const passages = builtPassages();
const passage = (ref: string) => {
  const found = passages.get(ref);
  if (!found) throw new Error(`a result links to ${ref}, which is no passage of the open data`);
  return found;
};

/**
 * One tab for the searches of this file, each a fresh load of the search page in it: a new tab
 * per search would cost a new browser context and renderer process, and check nothing more.
 */
let tab: Page | undefined;

async function searchPage(query: string, params = ''): Promise<Page> {
  tab ??= await env.browser().newPage({ viewport: { width: 1280, height: 900 } });
  await tab.goto(env.site().url(`/search/?q=${encodeURIComponent(query)}${params}`));
  await settled(tab);
  return tab;
}

/** Waits until the status says something other than "Searching…". */
async function settled(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const text = document.getElementById('search-status')?.textContent ?? '';
    return text.length > 0 && !text.startsWith('Searching');
  });
  return page.locator('#search-status').innerText();
}

/**
 * Types a query into the search box and submits it, in one step in the page. The page turns
 * typing that rests 200 ms into a replaceState of its own; on a loaded machine a separate
 * fill and Enter from the test can be that far apart, and the entry Enter should push is lost.
 */
const typeAndSubmit = (page: Page, query: string) =>
  page.locator('#search-q').evaluate((input: HTMLInputElement, value) => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.form!.requestSubmit();
  }, query);

const titles = (page: Page) => page.locator('#search-results h2').allInnerTexts();
/** The results as "<doc-id>/<passage-id>", from the links into the document pages. */
const refs = (page: Page) =>
  page.locator('#search-results h2 a').evaluateAll((links) =>
    links.map((a) => {
      const url = new URL(a.getAttribute('href')!, location.href);
      return `${url.pathname.split('/').filter(Boolean).pop()}/${url.hash.slice(1)}`;
    }),
  );

describe('search', () => {
  // The treaty if the record has one, else its oldest catalogued document.
  const catalogued = writtenCatalogue().find((d) => d.kind === 'treaty') ?? writtenCatalogue()[0];

  it.skipIf(!catalogued)('finds a catalogued document by its title: a catalogue entry after the passages, leading to its page', async () => {
    const page = await searchPage(catalogued!.shortTitle);
    const status = await page.locator('#search-status').innerText();
    expect(status).toMatch(/\d+ catalogue entr(y|ies) \(documents whose text is not yet in the edition\)/);
    const results = page.locator('#search-results > li');
    const entry = results.filter({ has: page.locator(`h2 a[href^="${catalogued!.path}"]`) });
    await expect.poll(() => entry.count()).toBe(1);
    expect(await entry.locator('.where').innerText()).toBe('Catalogue entry: text not yet in the edition');
    // No passage is listed after a catalogue entry.
    const kinds = await results.locator('.where').evaluateAll((els) => els.map((e) => e.classList.contains('catalogue')));
    expect(kinds).toEqual([...kinds].sort((a, b) => Number(a) - Number(b)));
    await entry.locator('h2 a').click();
    await page.waitForURL((url) => url.pathname === catalogued!.path);
    expect(await page.locator('h1').innerText()).toBe(catalogued!.title);
  });

  it.each([
    ['uranium', "Clause 15 · Joint Statement, Xi'an 2023"],
    ['visa exemption', "Clause 24 · Joint Statement, Xi'an 2023"],
    ['Sacksthan', "Signatures · Joint Statement, Xi'an 2023"],
    ['"three forces"', '¶ 7 · Talks, Astana 2024'],
    ['fighter jets', '¶ 2 · Talks, Astana 2024'],
    ['Cai Qi', '¶ 15 · Talks, Astana 2024'],
  ])('finds %s first: %s', async (query, first) => {
    const page = await searchPage(query);
    expect((await titles(page))[0]).toBe(first);
  });

  it('lands on the passage in context, with the words marked and the passage in view', async () => {
    const page = await searchPage('uranium');
    await page.locator('#search-results a').first().click();
    await page.waitForSelector('#clause-15 mark.search-highlight');
    expect(new URL(page.url()).hash).toBe('#clause-15');
    expect(await page.locator('#clause-15 mark.search-highlight').allInnerTexts()).toEqual(['uranium']);
    const box = (await page.locator('#clause-15').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(900);
  });

  it('returns both documents for a term in both, and a filter narrows to one', async () => {
    const page = await searchPage('Luban Workshop');
    const all = await titles(page);
    expect(all.some((t) => t.includes('Joint Statement'))).toBe(true);
    expect(all.some((t) => t.includes('Talks'))).toBe(true);
    await page.getByText('Filters and order').click();
    await page.getByRole('group', { name: 'Document' }).getByLabel(/Xi Jinping–Tokayev talks/).check();
    await settled(page);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('document') === '2024-07-03-astana-talks');
    const narrowed = await refs(page);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(all.length);
    expect(narrowed.filter((ref) => passage(ref).document.id !== '2024-07-03-astana-talks')).toEqual([]);
  });

  it('filters by theme: the passages filed under it, and no others', async () => {
    const filedUnder = (theme: string) => (ref: string) => passage(ref).themes.some((t) => t.id === theme);
    const page = await searchPage('rivers', '&theme=water');
    // Clause 27 is filed under water, and it speaks of transboundary rivers; so does every passage the filter lets through.
    const rivers = await refs(page);
    expect(rivers).toContain('2023-05-17-joint-statement/clause-27');
    expect(rivers.filter((ref) => !filedUnder('water')(ref))).toEqual([]);
    const energy = await searchPage('cooperation', '&theme=energy');
    const found = await refs(energy);
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((ref) => !filedUnder('energy')(ref))).toEqual([]);
  });

  it('filters by speaker and sorts by date on request', async () => {
    const page = await searchPage('trade', '&speaker=kassym-jomart-tokayev');
    // Tokayev speaks in ¶ 7 and ¶ 12 of the Astana talks, and mentions trade in both; every result is his.
    const found = await refs(page);
    expect(found).toEqual(expect.arrayContaining(['2024-07-03-astana-talks/para-7', '2024-07-03-astana-talks/para-12']));
    expect(found.filter((ref) => passage(ref).speaker?.id !== 'kassym-jomart-tokayev')).toEqual([]);
    const byDate = await searchPage('Central Asia', '&sort=date');
    // Newest first, by the dates of the documents in the open data: never rising, and more than one.
    const dates = (await refs(byDate)).map((ref) => passage(ref).document.date);
    expect(new Set(dates).size).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('lists more a page at a time, each passage once, until all it counted are shown', async () => {
    const byDocument = Map.groupBy(passages.values(), (p) => p.document.id);
    const [longest, itsPassages] = [...byDocument].sort((a, b) => b[1].length - a[1].length)[0]!;
    const page = await searchPage('', `&document=${longest}`);
    const more = page.locator('#search-more');
    expect(await refs(page)).toHaveLength(Math.min(10, itsPassages.length));
    while (await more.isVisible()) {
      const before = (await refs(page)).length;
      await more.click();
      await expect.poll(async () => (await refs(page)).length).toBeGreaterThan(before);
    }
    const listed = await refs(page);
    expect(listed.toSorted()).toEqual(itsPassages.map((p) => `${longest}/${p.id}`).toSorted());
    expect(await page.locator('#search-status').innerText()).toMatch(new RegExp(`^${itsPassages.length} passages match`));
  });

  it('keeps the search in the URL: typing updates it, back and forward restore it', async () => {
    const page = await env.browser().newPage();
    await page.goto(env.site().url('/search/'));
    expect(await settled(page)).toMatch(/Type a word/);
    await typeAndSubmit(page, 'uranium');
    await settled(page);
    expect(new URL(page.url()).searchParams.get('q')).toBe('uranium');
    await typeAndSubmit(page, 'visa');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'visa');
    await page.goBack();
    await page.waitForFunction(() => (document.getElementById('search-q') as HTMLInputElement).value === 'uranium');
    await settled(page);
    expect((await titles(page))[0]).toMatch(/^Clause 15/);
    await page.goForward();
    await page.waitForFunction(() => (document.getElementById('search-q') as HTMLInputElement).value === 'visa');
    await page.close();
  });

  it('opens from the header box on any page, and "/" focuses it', async () => {
    const page = await env.browser().newPage();
    await page.goto(env.site().url('/documents/2024-07-03-astana-talks/'));
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    await page.keyboard.type('Luban');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=Luban$/);
    await settled(page);
    expect((await titles(page)).length).toBeGreaterThan(0);
    await page.close();
  });

  /** The paths of Pagefind's files a fresh browser context requests, page and worker alike, as they are asked for. */
  async function pagefindRequests() {
    const context = await env.browser().newContext();
    const paths: string[] = [];
    context.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.includes('/pagefind')) paths.push(path);
    });
    return { context, paths };
  }
  const loadsPagefind = (paths: string[]) =>
    ['/pagefind/pagefind.js', /^\/pagefind\/wasm\.\w+\.pagefind$/, /^\/pagefind\/pagefind\.\w+\.pf_meta$/].every((file) =>
      paths.some((path) => (typeof file === 'string' ? path === file : file.test(path))),
    );

  it('starts loading Pagefind, its WebAssembly and index metadata as soon as the search page opens, before anything is typed', async () => {
    const { context, paths } = await pagefindRequests();
    const page = await context.newPage();
    await page.goto(env.site().url('/search/'));
    expect(await settled(page)).toMatch(/Type a word/);
    await expect.poll(() => loadsPagefind(paths)).toBe(true);
    // Warming up searches nothing: no index chunk is fetched until there are words to look up.
    expect(paths.filter((path) => path.endsWith('.pf_index'))).toEqual([]);
    await context.close();
  });

  it('fetches nothing of Pagefind on a page that is only read, until the header box is focused', async () => {
    const { context, paths } = await pagefindRequests();
    const page = await context.newPage();
    await page.goto(env.site().url('/documents/2024-07-03-astana-talks/'), { waitUntil: 'networkidle' });
    await page.mouse.move(1, 1);
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(300);
    expect(paths).toEqual([]);
    await page.locator('#site-search-input').focus();
    await expect.poll(() => loadsPagefind(paths)).toBe(true);
    await context.close();
  });

  it.each([
    ['an empty query', '', /Type a word or phrase/],
    ['10,000 characters', 'a'.repeat(10_000), /Only the first 200 characters of the search were used/],
    ['quotes', '"""\'\'', /Type a word|No passage matches/],
    ['emoji', '🇰🇿🤝🇨🇳', /No passage matches/],
    ['Cyrillic', 'Қазақстан Республикасы', /No passage matches/],
    ['Chinese', '中华人民共和国', /No passage matches/],
  ])('answers %s calmly', async (_name, query, answer) => {
    const page = await searchPage(query);
    expect(await page.locator('#search-status').innerText()).toMatch(answer);
  });

  it.each(['<script>window.__injected = 1</script>', '<img src=x onerror="window.__injected = 1">', '"><svg onload="window.__injected=1">'])(
    'injects nothing from q=%s',
    async (query) => {
      const page = await searchPage(query);
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
      expect(await page.locator('#search-results img, #search-results script, #search-results svg').count()).toBe(0);
      expect(await page.locator('#search-q').inputValue()).toBe(query);
    },
  );

  it('says that search needs JavaScript, and links to the documents, when it is off', async () => {
    const context = await env.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(env.site().url('/search/?q=uranium'));
    await expect.poll(() => page.getByText('Search runs in your browser and needs JavaScript').isVisible()).toBe(true);
    expect(await page.locator('#search-form').isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: 'the documents' }).getAttribute('href')).toBe('/documents/');
    await context.close();
  });
});

// Search latency in Chromium against a built site: median time from submitting a query to
// results on screen, for a first query on a cold page and for later ones, and the bytes the
// first query fetches from the index.
import type { Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { serveStatic } from '../support/server.ts';

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** Resolves, in the page, with the milliseconds from the next submit of the search form to its results on screen. */
function installTimer(page: Page): Promise<void> {
  return page.evaluate(() => {
    const form = document.getElementById('search-form') as HTMLFormElement;
    const status = document.getElementById('search-status')!;
    (window as unknown as { searchTimed: Promise<number> }).searchTimed = new Promise<number>((resolve) => {
      let start = 0;
      form.addEventListener('submit', () => (start = performance.now()), { once: true, capture: true });
      const observer = new MutationObserver(() => {
        if (start && /match/.test(status.textContent ?? '')) {
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - start));
        }
      });
      observer.observe(status, { childList: true, characterData: true, subtree: true });
    });
  });
}
const timed = (page: Page) => page.evaluate(() => (window as unknown as { searchTimed: Promise<number> }).searchTimed);

/** Submits a query at once, as a script would, and returns the milliseconds until its results are on screen. */
async function timeQuery(page: Page, query: string): Promise<number> {
  await installTimer(page);
  await page.evaluate((q) => {
    (document.getElementById('search-q') as HTMLInputElement).value = q;
    (document.getElementById('search-form') as HTMLFormElement).requestSubmit();
  }, query);
  return timed(page);
}

/** How long a reader takes between keys: a quick typist, leaving the page little time to prepare. */
const KEY_DELAY_MS = 80;

/** Types a query into the empty box key by key, as a reader does, presses Enter, and returns the milliseconds from Enter to results on screen. */
async function timeTypedQuery(page: Page, query: string): Promise<number> {
  await installTimer(page);
  await page.locator('#search-q').focus();
  await page.keyboard.type(query, { delay: KEY_DELAY_MS });
  await page.keyboard.press('Enter');
  return timed(page);
}

export interface SearchLatency {
  runs: number;
  firstQueryMs: number;
  laterQueryMs: number;
  firstQueryIndexBytes: number;
  first: number[];
  later: number[];
  files: string[];
}

/**
 * `readerPauseMs`: how long the cold page is left before a reader starts typing the first
 * query, key by key, and presses Enter (the page may load the index meanwhile, and the words'
 * parts of it as they are typed); 0, the default, submits it whole the moment the page says it
 * is ready.
 */
export async function measureSearch(siteDir: string, queries: readonly string[], runs: number, readerPauseMs = 0): Promise<SearchLatency> {
  const site = await serveStatic(siteDir);
  const browser = await launchChromium();
  try {
    const first: number[] = [];
    const bytes: number[] = [];
    let files: string[] = [];
    const later: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const context = await browser.newContext();
      // Count at the network level: the index is fetched by Pagefind's web worker as well as the page.
      const fetched: Promise<{ name: string; size: number }>[] = [];
      context.on('requestfinished', (request) => {
        const path = new URL(request.url()).pathname;
        if (path.includes('/pagefind/')) fetched.push(request.sizes().then((s) => ({ name: path.split('/pagefind/')[1]!, size: s.responseBodySize })));
      });
      const page = await context.newPage();
      await page.goto(site.url('/search/'));
      await page.waitForFunction(() => /Type a word/.test(document.getElementById('search-status')?.textContent ?? ''));
      if (readerPauseMs > 0) await page.waitForTimeout(readerPauseMs);
      const query = queries[run % queries.length]!;
      first.push(await (readerPauseMs > 0 ? timeTypedQuery(page, query) : timeQuery(page, query)));
      const sizes = await Promise.all(fetched);
      bytes.push(sizes.reduce((n, f) => n + f.size, 0));
      files = sizes.map((f) => `${f.name} ${f.size}`);
      for (const query of queries.filter((_, i) => i !== run % queries.length)) later.push(await timeQuery(page, query));
      await context.close();
    }
    return {
      runs,
      firstQueryMs: Math.round(median(first)),
      laterQueryMs: Math.round(median(later) * 10) / 10,
      firstQueryIndexBytes: median(bytes),
      first,
      later,
      files,
    };
  } finally {
    await browser.close();
    await site.close();
  }
}

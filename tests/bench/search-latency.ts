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

/** Submits a query as a reader does and returns the milliseconds until its results are on screen. */
function timeQuery(page: Page, query: string): Promise<number> {
  return page.evaluate(async (q) => {
    const form = document.getElementById('search-form') as HTMLFormElement;
    const input = document.getElementById('search-q') as HTMLInputElement;
    const status = document.getElementById('search-status')!;
    const done = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (/match/.test(status.textContent ?? '')) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(status, { childList: true, characterData: true, subtree: true });
    });
    input.value = q;
    const start = performance.now();
    form.requestSubmit();
    await done;
    await new Promise(requestAnimationFrame);
    return performance.now() - start;
  }, query);
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
 * `readerPauseMs`: how long the cold page is left before the first query, as a reader takes
 * to type one (the page may start loading the index meanwhile); 0, the default, submits it
 * the moment the page says it is ready.
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
      first.push(await timeQuery(page, queries[run % queries.length]!));
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

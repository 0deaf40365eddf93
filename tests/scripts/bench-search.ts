// Search benchmark, in Chromium against the built site: median time from submitting a query
// to rendered results (a first query on a cold page, and later ones), and the bytes the first
// query fetches from the index. Run `npm run bench:search` (it builds first).
import type { Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { serveStatic } from '../support/server.ts';

const QUERIES = ['uranium', 'visa', 'Luban Workshop', 'Trans-Caspian', 'natural gas', 'tourism', 'SCO', 'water', 'Belt and Road', 'one-China'];
const RUNS = Number(process.env.RUNS ?? 11);

const median = (xs: number[]) => {
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

const site = await serveStatic('dist');
const browser = await launchChromium();
try {
  const first: number[] = [];
  const bytes: number[] = [];
  let files: string[] = [];
  const later: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
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
    first.push(await timeQuery(page, QUERIES[run % QUERIES.length]!));
    const sizes = await Promise.all(fetched);
    bytes.push(sizes.reduce((n, f) => n + f.size, 0));
    files = sizes.map((f) => `${f.name} ${f.size}`);
    for (const query of QUERIES.filter((_, i) => i !== run % QUERIES.length)) later.push(await timeQuery(page, query));
    await context.close();
  }
  const result = {
    runs: RUNS,
    firstQueryMs: Math.round(median(first)),
    laterQueryMs: Math.round(median(later) * 10) / 10,
    firstQueryIndexBytes: median(bytes),
  };
  console.log(`first query: median ${result.firstQueryMs} ms over ${RUNS} cold pages (${first.map(Math.round).join(', ')})`);
  console.log(`later queries: median ${result.laterQueryMs} ms over ${later.length}`);
  console.log(`index fetched by a first query: ${result.firstQueryIndexBytes} bytes, as served without compression:\n  ${files.join('\n  ')}`);
  console.log(JSON.stringify(result));
} finally {
  await browser.close();
  await site.close();
}

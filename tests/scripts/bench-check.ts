// `npm run bench:check`: the budgets, checked against the figures `npm run bench` wrote to
// tests/.tmp/bench/. Not part of `npm test`: timings on a shared machine are noisy.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { OVERVIEW_BUDGET, type OverviewTemplate } from '../support/overviews.ts';

const DIR = resolve(import.meta.dirname, '../.tmp/bench');
const results = [2, 50, 500]
  .map((docs) => resolve(DIR, `result-${docs}.json`))
  .filter(existsSync)
  .map((file) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, number | null> & { overviews?: OverviewTemplate[] });
if (results.length === 0) throw new Error('no results: run `npm run bench -- --docs 2` (and 50, 500) first');

interface Budget {
  name: string;
  /** Which runs it applies to. */
  applies: (r: Record<string, number | null>) => boolean;
  value: (r: Record<string, number | null>) => number | null;
  max: number;
  unit: string;
}

const BUDGETS: Budget[] = [
  // 14 KB: what arrives in the first round trip (10 TCP segments).
  { name: 'passage page, gzip, all-in at first paint', applies: () => true, value: (r) => r.passagePageGzipBytes ?? null, max: 14 * 1024, unit: 'bytes' },
  // Reading needs no script (the no-JavaScript browser test reads every template); a passage
  // page carries two small inline ones: the "/" key and the citation panel's copy and share buttons.
  { name: 'scripts on a passage page (the inline "/" key and copy/share buttons; reading needs none)', applies: () => true, value: (r) => r.passagePageScripts ?? null, max: 2, unit: '' },
  // Cold: an empty cache, every card drawn (a new CI runner, a layout or font change).
  { name: 'cold build, as a multiple of bare Astro', applies: (r) => (r as Record<string, unknown>).cards !== false, value: (r) => r.ratio ?? null, max: 3, unit: '×' },
  // Warm: the cache kept, one passage's text and one note changed (an editor's push).
  { name: 'warm build, as a multiple of bare Astro', applies: () => true, value: (r) => r.warmRatio ?? null, max: 1.5, unit: '×' },
  { name: 'peak memory at 25,000 passage pages', applies: (r) => (r.passages ?? 0) >= 25_000, value: (r) => Math.max(r.peakMemoryMB ?? 0, r.warmPeakMemoryMB ?? 0) || null, max: 4096, unit: 'MB' },
  // As a reader makes it: typed a second after opening the search page, which warms Pagefind up meanwhile.
  { name: 'first search query at 25,000 passage pages, typed after a second (median)', applies: (r) => (r.passages ?? 0) >= 25_000, value: (r) => r.firstQueryAfterPauseMs ?? null, max: 150, unit: 'ms' },
  { name: 'later search query at 25,000 passage pages (median)', applies: (r) => (r.passages ?? 0) >= 25_000, value: (r) => r.laterQueryMs ?? null, max: 100, unit: 'ms' },
];

let failed = 0;
for (const r of results) {
  for (const b of BUDGETS.filter((b) => b.applies(r))) {
    const v = b.value(r);
    const ok = v !== null && v <= b.max;
    if (!ok) failed += 1;
    console.log(`${ok ? 'ok  ' : 'MISS'} ${String(r.docs).padStart(4)} docs  ${b.name}: ${v ?? 'not measured'}${b.unit === '×' ? '×' : ` ${b.unit}`} (budget ${b.max}${b.unit === '×' ? '×' : ` ${b.unit}`})`);
  }
}
// Every overview template's largest page, at every size.
for (const r of results) {
  if (!r.overviews) {
    console.log(`MISS ${String(r.docs).padStart(4)} docs  overview pages: not measured (run the bench again)`);
    failed += 1;
    continue;
  }
  for (const t of r.overviews) {
    const misses = [
      t.gzipBytes > OVERVIEW_BUDGET.gzipBytes && `${t.gzipBytes} B gzip (${t.gzipPage}; budget ${OVERVIEW_BUDGET.gzipBytes})`,
      t.elements > OVERVIEW_BUDGET.elements && `${t.elements} elements (${t.elementsPage}; budget ${OVERVIEW_BUDGET.elements})`,
      t.overflowAt.length > 0 && `sideways scroll at ${t.overflowAt.join(', ')} px`,
    ].filter(Boolean);
    if (misses.length) failed += 1;
    console.log(`${misses.length ? 'MISS' : 'ok  '} ${String(r.docs).padStart(4)} docs  overview ${t.template}: ${misses.length ? misses.join('; ') : `${t.gzipBytes} B gzip, ${t.elements} elements`}`);
  }
}
console.log(failed ? `${failed} budget(s) missed` : 'all budgets hold');
process.exitCode = failed ? 1 : 0;

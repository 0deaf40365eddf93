// `npm run bench -- --docs N`: builds the site from a synthetic corpus of N documents (about
// 50 passages each) and measures it against a bare Astro build of as many pages: a cold build
// (empty cache, every card drawn), then a warm one (the cache kept, one passage's text and one
// note changed). Prints the figures, then, as its last line, one JSON object; also writes it
// to tests/.tmp/bench/.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { editCorpus, writeCorpus } from '../bench/corpus.ts';
import { writeFloorProject } from '../bench/floor.ts';
import { measureSearch } from '../bench/search-latency.ts';
import { measureOverviews, overBudget, summariseOverviews } from '../support/overviews.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const docs = Number(args[args.indexOf('--docs') + 1] ?? 2);
if (!Number.isInteger(docs) || docs < 2) throw new Error('usage: npm run bench -- --docs N (N ≥ 2)');
const runs = Number(process.env.RUNS ?? 5);
// --no-cards: measure everything but the social cards, whose drawing dominates a cold build.
const cards = !args.includes('--no-cards');
const work = join(ROOT, 'tests/.tmp/bench', `docs-${docs}`);
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Runs a build and returns its wall-clock seconds, peak memory (largest process, MB) and output. */
function timed(args: string[], cwd: string, env: Record<string, string>): { seconds: number; peakMB: number | null; log: string } {
  const command = TIME ? [TIME, '-f', 'BENCH %e %M', process.execPath, ...args] : [process.execPath, ...args];
  const started = performance.now();
  const result = spawnSync(command[0]!, command.slice(1), { cwd, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`build failed in ${cwd}:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  const m = /BENCH ([\d.]+) (\d+)/.exec(result.stderr);
  return { seconds: Math.round(seconds * 10) / 10, peakMB: m ? Math.round(Number(m[2]) / 1024) : null, log: result.stdout };
}

/** Seconds the social-cards integration reports having spent drawing (0 when every card came from the cache). */
function cardsSeconds(log: string): number {
  const m = /social cards placed in \d+ ms: \d+ from the cache, \d+ drawn in (\d+) ms/.exec(log);
  return m ? Math.round(Number(m[1]) / 100) / 10 : 0;
}

const files = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f)).filter((f) => statSync(f).isFile());
const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

const corpus = writeCorpus(join(work, 'content'), docs, join(ROOT, 'content/themes'));
const dist = join(work, 'dist');
const env = {
  CONTENT_DIR: join(work, 'content'),
  OUT_DIR: dist,
  CACHE_DIR: join(work, `cache-${Date.now()}`),
  PERMALINKS: 'update',
  ...(cards ? {} : { SOCIAL_CARDS: 'skip' }),
};
const ours = timed([join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], ROOT, env);
// The warm build: the same cache, after an editor's change.
editCorpus(join(work, 'content'));
const warm = timed([join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], ROOT, env);
const html = files(dist).filter((f) => f.endsWith('.html'));

// A passage page as a first visit loads it: the HTML, and any stylesheet or script it links.
const passagePage = join(dist, 'documents', readdirSync(join(dist, 'documents')).find((d) => d.includes('synthetic'))!, 'clause-25', 'index.html');
const page = readFileSync(passagePage, 'utf8');
const linked = [...page.matchAll(/<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"/g)].map((m) => join(dist, m[1]!));
const passagePageGzip = gz(passagePage) + linked.reduce((n, f) => n + gz(f), 0);

const floorDir = join(work, 'floor');
writeFloorProject(floorDir, html.length, ROOT);
const floor = timed([join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], floorDir, {});

const QUERIES = ['energy', 'transboundary rivers', 'Luban Workshop', 'tourism', 'railway ports', 'terrorism', 'food security', 'medicine', 'e-commerce', 'green'];
const search = await measureSearch(dist, QUERIES, runs);
// A reader opens the search page and types: a second or so in which the page warms Pagefind up.
const READER_PAUSE_MS = 1000;
const searchAfterPause = await measureSearch(dist, QUERIES, runs, READER_PAUSE_MS);

const overviewPages = await measureOverviews(dist);
const overviews = summariseOverviews(overviewPages);
const overviewMisses = overBudget(overviewPages);

const result = {
  docs,
  cards,
  passages: corpus.passages,
  pages: html.length,
  buildSeconds: ours.seconds,
  peakMemoryMB: ours.peakMB,
  /** Of the cold build: drawing the cards, beside the pages. */
  cardsSeconds: cardsSeconds(ours.log),
  warmBuildSeconds: warm.seconds,
  warmPeakMemoryMB: warm.peakMB,
  indexBytes: files(join(dist, 'pagefind')).reduce((n, f) => n + statSync(f).size, 0),
  passagePageGzipBytes: passagePageGzip,
  // A JSON-LD block is data the browser never runs: it is not a script needed to read the page.
  passagePageScripts: linked.filter((f) => f.endsWith('.js')).length + (page.match(/<script(?![^>]*type="application\/ld\+json")/g) ?? []).length,
  firstQueryMs: search.firstQueryMs,
  laterQueryMs: search.laterQueryMs,
  /** The first query typed a second after the search page opened, as a reader types it. */
  firstQueryAfterPauseMs: searchAfterPause.firstQueryMs,
  floorSeconds: floor.seconds,
  floorPeakMemoryMB: floor.peakMB,
  ratio: Math.round((ours.seconds / floor.seconds) * 100) / 100,
  warmRatio: Math.round((warm.seconds / floor.seconds) * 100) / 100,
  /** Each overview template's largest page: gzip bytes with its CSS and scripts, DOM elements, sideways scroll. */
  overviews,
  overviewPagesOverBudget: overviewMisses.length,
};
writeFileSync(join(ROOT, 'tests/.tmp/bench', `result-${docs}.json`), `${JSON.stringify(result, null, 2)}\n`);
console.log(`${docs} documents, ${corpus.passages} passages, ${corpus.events} events, ${corpus.relations} relations → ${html.length} pages`);
console.log(`cold build ${ours.seconds} s (${ours.peakMB} MB peak; cards ${result.cardsSeconds} s of drawing beside the pages); warm build ${warm.seconds} s (${warm.peakMB} MB); bare Astro, same pages: ${floor.seconds} s (${floor.peakMB} MB)`);
console.log(`cold ${result.ratio}× and warm ${result.warmRatio}× bare Astro`);
for (const t of overviews) console.log(`${t.template.padEnd(28)} ${String(t.pages).padStart(5)} pages ${String(t.gzipBytes).padStart(7)} B gzip ${String(t.elements).padStart(6)} elements${t.overflowAt.length ? ` sideways at ${t.overflowAt.join(', ')} px` : ''}`);
if (overviewMisses.length) console.log(`${overviewMisses.length} overview page(s) over budget, e.g.\n${overviewMisses.slice(0, 10).join('\n')}`);
console.log(JSON.stringify(result));

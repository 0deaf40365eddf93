// Social-card renderers side by side: satori + resvg (the site's until December 2026), Takumi
// (the site's now), and @napi-rs/canvas,
// each as PNG and as JPEG, on the same cards, in one process, round-robin (each card by every
// renderer and format in turn, the order rotated from card to card), after a warm-up.
//   node tests/scripts/bench-cards.ts [--cards 100] [--out DIR] [--warmup 5]
// The cards are the site's own: cardSpecs() over the record as `npm run check:content` reads it
// (no Astro build needed), plus a few made from them with Russian and Kazakh text, which the
// content does not have yet. A renderer whose package is not installed is skipped, saying how
// to install it; the cards it would draw are written to --out for looking at.
import '../../scripts/register-ts.ts';
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

const { values: args } = parseArgs({
  options: { cards: { type: 'string', default: '100' }, out: { type: 'string', default: 'tests/.tmp/cards-bench' }, warmup: { type: 'string', default: '5' } },
});
const N = Number(args.cards);
const WARMUP = Number(args.warmup);

// After the hook above: the site's modules import each other without extensions.
const { checkContent } = await import('../../src/loaders/content-check.ts');
const { cardSpecs } = await import('../../src/lib/social-cards.ts');
const { loadCardFonts, glyphChecker } = await import('../../src/integrations/social-cards/fonts.ts');
const { createCardRenderer } = await import('../../src/integrations/social-cards/render.ts');
const { MissingPackage } = await import('./card-renderers/types.ts');
type CardSpec = import('../../src/lib/social-cards.ts').CardSpec;
type CardRenderer = import('./card-renderers/types.ts').CardRenderer;
type CardFormat = import('./card-renderers/types.ts').CardFormat;

const root = pathToFileURL(`${process.cwd()}/`);
const fonts = await loadCardFonts(root);

// --- The cards -----------------------------------------------------------------------------
const { edition, errors } = checkContent(process.env.CONTENT_DIR ?? 'content', { strict: false });
if (errors.length) throw new Error(`content has problems: run npm run check:content`);
const real = cardSpecs(edition.record);

/** Real passage cards with their words in Russian and Kazakh (the content has none yet). */
function cyrillic(base: CardSpec[]): CardSpec[] {
  const passages = base.filter((s) => s.kind === 'passage');
  const texts = [
    { heading: 'Статья 3', excerpt: 'Президент Республики Казахстан К.-Ж. Токаев и Председатель КНР Си Цзиньпин подписали Совместное заявление в Астане.' },
    { heading: 'Бап 12', excerpt: 'Қазақстан Республикасы мен Қытай Халық Республикасы арасындағы ынтымақтастық: Әділет, ғылым, өнер, ұлттық құндылықтар.' },
    { heading: 'Clause 7 · Тоқаев', excerpt: 'Signed by Қасым-Жомарт Тоқаев in Нұр-Сұлтан; witnessed in Łódź and Győr.\nӘ і ң ғ ү ұ қ ө һ — every Kazakh letter.' },
    { heading: 'Пункт 25', excerpt: 'Стороны объявили 2024 год Годом туризма Казахстана в Китае и договорились о безвизовом режиме для владельцев служебных паспортов.' },
  ];
  return texts.map((t, i) => {
    const from = passages[i % passages.length]!;
    return { ...from, ...t, path: from.path.replace(/\.png$/, `-cyrillic-${i}.png`), subheading: `${from.subheading} · Астана` };
  });
}
const extra = cyrillic(real);
// The first cards of the site as it builds them, the last few places given to the Cyrillic ones.
const cards = [...real.slice(0, Math.max(0, N - extra.length)), ...extra].slice(0, N);
const count = (kind: string) => cards.filter((c) => c.kind === kind).length;
console.log(`${cards.length} cards: ${count('site')} site, ${count('document')} document, ${count('passage')} passage (${cards.filter((c) => extra.includes(c)).length} of them with Russian/Kazakh text); ${cards.filter((c) => c.excerpt.includes('\n')).length} with line breaks in the excerpt`);

// Glyph coverage, before any renderer: a character no face has is a failure in the build.
const missingGlyphs = glyphChecker(fonts);
const uncovered = cards.flatMap((spec) => missingGlyphs(spec).map((m) => `${spec.path}: ${m.characters.join('')} in ${JSON.stringify(m.text.slice(0, 40))}`));
console.log(uncovered.length ? `glyphs no face has:\n  ${uncovered.join('\n  ')}` : 'glyph check: every character of every card has a face');

// --- The renderers -------------------------------------------------------------------------
const ADAPTERS = ['satori-resvg', 'takumi', 'canvas'] as const;
const renderers: CardRenderer[] = [];
for (const name of ADAPTERS) {
  try {
    const { createRenderer } = (await import(`./card-renderers/${name}.ts`)) as { createRenderer(f: typeof fonts): Promise<CardRenderer> };
    renderers.push(await createRenderer(fonts));
  } catch (error) {
    if (error instanceof MissingPackage) console.log(`skipped ${name}: ${error.message}`);
    else throw error;
  }
}
for (const r of renderers) console.log(`${r.name}: ${Object.entries(r.versions).map(([p, v]) => `${p} ${v}`).join(', ')}`);

// The Takumi adapter must draw what the build draws: the same PNG bytes.
const takumiAdapter = renderers.find((r) => r.name === 'takumi');
if (takumiAdapter) {
  const [a, b] = [await takumiAdapter.render(cards[0]!, 'png'), await (await createCardRenderer(fonts))(cards[0]!)];
  console.log(`takumi adapter vs the build: ${a.data.equals(b.image) ? 'the same PNG bytes' : 'DIFFERENT PNG bytes'}`);
}

const FORMATS: CardFormat[] = ['png', 'jpeg'];
const runs = renderers.flatMap((renderer) => FORMATS.map((format) => ({ renderer, format, ms: [] as number[], cpu: [] as number[], bytes: [] as number[], lines: [] as number[] })));

// --- Warm-up, then the measured rounds -------------------------------------------------------
for (const spec of cards.slice(0, WARMUP)) for (const run of runs) await run.renderer.render(spec, run.format);

const load = loadavg()[0]!.toFixed(2);
const started = performance.now();
for (const [i, spec] of cards.entries()) {
  for (let k = 0; k < runs.length; k++) {
    const run = runs[(i + k) % runs.length]!;
    const cpu = process.cpuUsage();
    const t = performance.now();
    const { data, excerptLines } = await run.renderer.render(spec, run.format);
    run.ms.push(performance.now() - t);
    const used = process.cpuUsage(cpu);
    run.cpu.push((used.user + used.system) / 1000);
    run.bytes.push(data.length);
    run.lines.push(excerptLines);
  }
}
const wall = performance.now() - started;

// --- The table -------------------------------------------------------------------------------
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const satoriLines = runs.find((r) => r.renderer.name === 'satori+resvg' && r.format === 'png')?.lines;
const rows = runs.map((r) => ({
  renderer: r.renderer.name,
  format: r.format,
  'median ms': median(r.ms).toFixed(1),
  'mean ms': mean(r.ms).toFixed(1),
  'p90 ms': [...r.ms].sort((a, b) => a - b)[Math.floor(r.ms.length * 0.9)]!.toFixed(1),
  'mean CPU ms': mean(r.cpu).toFixed(1),
  'mean bytes': Math.round(mean(r.bytes)),
  'fit ≠ satori': satoriLines ? r.lines.filter((l, i) => l !== satoriLines[i]).length : '-',
}));
console.log(`\n${cards.length} cards × ${runs.length} renderer/format pairs, one at a time, round-robin after ${WARMUP} warm-up cards; ${(wall / 1000).toFixed(1)} s`);
console.log(`node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'}), load average ${load} at the start, ${loadavg()[0]!.toFixed(2)} at the end; JPEG quality 85`);
console.table(rows);
const widths = Object.keys(rows[0] ?? {}).map((k) => Math.max(k.length, ...rows.map((r) => String(r[k as keyof typeof r]).length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
if (rows[0]) {
  console.log(line(Object.keys(rows[0])));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(Object.values(r).map(String)));
}

// --- Cards to look at: a passage, a document, the site; one with line breaks, one in Kazakh, one clamped ---
const shots: [string, CardSpec | undefined][] = [
  ['1-passage', cards.find((c) => c.kind === 'passage')],
  ['2-document', cards.find((c) => c.kind === 'document')],
  ['3-site', cards.find((c) => c.kind === 'site')],
  ['4-lines', cards.find((c) => c.excerpt.includes('\n') && !extra.includes(c))],
  ['5-kazakh', extra[2]],
  // Not timed: the fitting case of tests/unit/social-card-render.test.ts, where every text is clamped and the excerpt loses lines.
  ['6-clamped', { ...real[0]!, kind: 'document', path: '/cards/clamped.png', heading: 'A very long title '.repeat(12), subheading: 'A long place and date '.repeat(8), excerpt: 'Words of the summary '.repeat(30) }],
];
await mkdir(args.out, { recursive: true });
for (const [label, spec] of shots) {
  if (!spec) continue;
  for (const run of runs) {
    const { data } = await run.renderer.render(spec, run.format);
    await writeFile(join(args.out, `${label}.${run.renderer.name.replace('+', '-')}.${run.format === 'jpeg' ? 'jpg' : 'png'}`), data);
  }
}
console.log(`cards ${shots.filter(([, s]) => s).map(([l]) => l).join(', ')} from each renderer in ${args.out}`);

// How far each renderer's PNG is from satori's, pixel by pixel (sharp decodes them; it comes with Astro).
const { default: sharp } = (await import('sharp')) as unknown as { default: (input: string) => { raw(): { toBuffer(): Promise<Buffer> } } };
for (const [label, spec] of shots) {
  if (!spec) continue;
  const reference = await sharp(join(args.out, `${label}.satori-resvg.png`)).raw().toBuffer().catch(() => undefined);
  if (!reference || renderers.length < 2) continue;
  const diffs: string[] = [];
  for (const r of renderers.filter((r) => r.name !== 'satori+resvg')) {
    const other = await sharp(join(args.out, `${label}.${r.name}.png`)).raw().toBuffer();
    let differ = 0;
    const channels = reference.length / (1200 * 630);
    for (let p = 0; p < reference.length; p += channels) {
      if (Math.max(Math.abs(reference[p]! - other[p]!), Math.abs(reference[p + 1]! - other[p + 1]!), Math.abs(reference[p + 2]! - other[p + 2]!)) > 48) differ++;
    }
    diffs.push(`${r.name} ${((100 * differ) / (1200 * 630)).toFixed(2)}%`);
  }
  console.log(`${label}: pixels differing from satori's by more than 48 in a channel: ${diffs.join(', ')}`);
}

import { createHash } from 'node:crypto';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CARD_LAYOUT_VERSION, cardLayout } from '../../lib/card-layout';
import { cardSpecs, type CardSpec } from '../../lib/social-cards';
import { checkContent } from '../../loaders/content-check';
import { loadCardFonts, renderersDigest } from './fonts';
import { createCardRenderer } from './render';

/** What the card job is given: the project, its content and the cache it draws into. */
export interface CardJob {
  root: string;
  contentDir: string;
  cacheDir: string;
  /** As the build: in CI, placeholders are errors. */
  strict: boolean;
}

export interface CardJobResult {
  /** Every card: its site path and its file in the cache. */
  cards: { path: string; file: string }[];
  rendered: number;
  reused: number;
  /** Wall-clock milliseconds spent drawing the cards not in the cache. */
  renderMs: number;
}

/** A card's cache key: what it shows, how it is laid out, the faces and the renderers that draw it. */
export function cardKey(spec: CardSpec, renderers: string): string {
  return createHash('sha256').update(JSON.stringify([CARD_LAYOUT_VERSION, renderers, cardLayout(spec)])).digest('hex').slice(0, 32);
}

/** Runs `task` on every item, at most `limit` at a time. */
async function eachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * Draws every card of the edition into the cache, reading the content as `npm run
 * check:content` does (the same readers as the build's loaders), so that it can run beside
 * Astro from the build's start. A card whose key is cached is not drawn again; cached cards no
 * longer used are removed.
 */
export async function run({ root, contentDir, cacheDir, strict }: CardJob): Promise<CardJobResult> {
  const { errors, edition } = checkContent(contentDir, { strict });
  // The build reports these itself, naming each file and line; the cards wait for a clean edition.
  if (errors.length) throw new Error(`the content has ${errors.length} file(s) with problems; the build names them`);
  const specs = cardSpecs(edition.record);
  const fonts = await loadCardFonts(pathToFileURL(root.endsWith('/') ? root : `${root}/`));
  const renderers = renderersDigest(pathToFileURL(root.endsWith('/') ? root : `${root}/`), fonts);
  await mkdir(cacheDir, { recursive: true });
  const cached = new Set(await readdir(cacheDir));
  const cards = specs.map((spec) => ({ spec, path: spec.path, file: `${cardKey(spec, renderers)}.png` }));
  const toDraw = cards.filter((card) => !cached.has(card.file));
  const started = performance.now();
  if (toDraw.length) {
    const draw = await createCardRenderer(fonts);
    // Takumi draws on native threads. Drawing alone, two cards in flight a core kept 1.9 cores
    // busy against 1.55 for one a core; in a cold 50-document build, the cards took 29–32 s
    // against 37–41 s, done before the pages rather than after them. At 500 documents, where
    // both cores are busy either way, the build took as long (docs/scale.md).
    await eachLimited(toDraw, 2 * availableParallelism(), async ({ spec, file }) => {
      const { image: png } = await draw(spec);
      // Written aside, then renamed: another build sharing the cache never copies half a file.
      const partial = join(cacheDir, `${file}.${process.pid}.partial`);
      await writeFile(partial, png);
      await rename(partial, join(cacheDir, file));
    });
  }
  const renderMs = performance.now() - started;
  const used = new Set(cards.map((card) => card.file));
  for (const stale of [...cached].filter((f) => !used.has(f) && !f.endsWith('.partial'))) await rm(join(cacheDir, stale), { force: true });
  return { cards: cards.map(({ path, file }) => ({ path, file })), rendered: toDraw.length, reused: cards.length - toDraw.length, renderMs };
}

import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderAsync } from '@resvg/resvg-js';
import type { AstroIntegration } from 'astro';
import satori from 'satori';
import { CARD_FONTS, CARD_LAYOUT_VERSION, EXCERPT_BOX_KEY, EXCERPT_KEY, EXCERPT_LINES, cardLayout } from '../lib/card-layout';
import { CARD_HEIGHT, CARD_WIDTH, type CardSpec } from '../lib/social-cards';
import { ProjectError } from '../lib/errors';

/** Written by src/pages/social-cards.json.ts; read, rendered and removed here. */
export const CARDS_FILE = 'social-cards.json';

export interface CardFont {
  name: string;
  weight: 400 | 600;
  style: 'normal';
  data: Buffer;
}

/** The layout's faces, read from their packages as installed in the project at `root`. */
export async function loadCardFonts(root: URL): Promise<CardFont[]> {
  const require = createRequire(new URL('package.json', root));
  return Promise.all(
    CARD_FONTS.map(async (font) => {
      // The packages export only CSS: find their folder from the main entry.
      const file = join(dirname(require.resolve(font.package)), font.file);
      const data = await readFile(file).catch((error: Error) => {
        throw new Error(`social cards: cannot read the font ${file} (${error.message}); is ${font.package} installed?`);
      });
      return { name: font.name, weight: font.weight, style: font.style, data };
    }),
  );
}

/**
 * One card as PNG. The text under the heading gets as many of its lines as the box below a
 * long title or subheading holds, so that no line is cut through. Text no face can draw fails
 * the render, naming the characters: satori would otherwise leave them out without a word.
 */
export async function renderCard(spec: CardSpec, fonts: CardFont[]): Promise<{ png: Buffer; excerptLines: number }> {
  try {
    let svg: string | undefined;
    let lines = EXCERPT_LINES[spec.kind];
    for (; lines > 0; lines--) {
      const boxes = new Map<string, { top: number; height: number }>();
      const drawn = await satori(cardLayout(spec, { excerptLines: lines }) as unknown as Parameters<typeof satori>[0], {
        width: CARD_WIDTH,
        height: CARD_HEIGHT,
        fonts,
        onNodeDetected: (node) => {
          if (node.key === EXCERPT_KEY || node.key === EXCERPT_BOX_KEY) boxes.set(String(node.key), node);
        },
        loadAdditionalAsset: async (language, segment) => {
          throw new Error(`no font for ${JSON.stringify(segment)} (${language}); add a face that has it to CARD_FONTS in src/lib/card-layout.ts`);
        },
      });
      const [text, box] = [boxes.get(EXCERPT_KEY), boxes.get(EXCERPT_BOX_KEY)];
      if (!text || !box) throw new Error('the layout has no text box to fit');
      if (text.top + text.height <= box.top + box.height + 0.5) {
        svg = drawn;
        break;
      }
    }
    if (!svg) throw new Error('the heading and subheading leave no room for a line of text');
    const image = await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
    return { png: image.asPng(), excerptLines: lines };
  } catch (error) {
    throw new ProjectError(
      'SocialCardError',
      `${spec.source}: the social card ${spec.path} ("${spec.heading}") could not be rendered: ${(error as Error).message}`,
      'A card draws its passage with the faces in CARD_FONTS (src/lib/card-layout.ts): add one that has the characters named above.',
      { cause: error },
    );
  }
}

/** A card's cache key: what it shows, how it is laid out, the faces and the renderers that draw it. */
export function cardKey(spec: CardSpec, renderers: string): string {
  return createHash('sha256').update(JSON.stringify([CARD_LAYOUT_VERSION, renderers, cardLayout(spec)])).digest('hex').slice(0, 32);
}

/** The faces' bytes and the renderers' versions, once per build: a change to any renders every card again. */
function renderersDigest(root: URL, fonts: CardFont[]): string {
  const require = createRequire(new URL('package.json', root));
  const hash = createHash('sha256');
  for (const pkg of ['satori/package.json', '@resvg/resvg-js/package.json']) hash.update(`${pkg}@${(require(pkg) as { version: string }).version}\n`);
  for (const font of fonts) hash.update(font.data);
  return hash.digest('hex');
}

/** Runs `task` on every item, at most `limit` at a time. */
async function eachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

export interface CardsResult {
  rendered: number;
  reused: number;
  /** Wall-clock milliseconds spent rendering, over the cards rendered. */
  renderMs: number;
}

/**
 * Writes every card into `outDir`. A card whose key is in `cacheDir` is copied from there;
 * the others are rendered and cached. Cached cards no longer used are removed.
 */
export async function writeCards(specs: readonly CardSpec[], { root, outDir, cacheDir }: { root: URL; outDir: string; cacheDir: string }): Promise<CardsResult> {
  const fonts = await loadCardFonts(root);
  const renderers = renderersDigest(root, fonts);
  await mkdir(cacheDir, { recursive: true });
  const cached = new Set(await readdir(cacheDir));
  const used = new Set<string>();
  const toRender: { spec: CardSpec; key: string }[] = [];
  for (const spec of specs) {
    const key = `${cardKey(spec, renderers)}.png`;
    used.add(key);
    const out = join(outDir, spec.path);
    await mkdir(dirname(out), { recursive: true });
    if (cached.has(key)) await copyFile(join(cacheDir, key), out);
    else toRender.push({ spec, key });
  }
  const started = performance.now();
  // satori lays out on the main thread while resvg draws on libuv's threads: a few at a time keep both busy.
  await eachLimited(toRender, Math.max(2, availableParallelism()), async ({ spec, key }) => {
    const { png } = await renderCard(spec, fonts);
    await writeFile(join(outDir, spec.path), png);
    // Written aside, then renamed: another build sharing the cache never copies half a file.
    const partial = join(cacheDir, `${key}.${process.pid}.partial`);
    await writeFile(partial, png);
    await rename(partial, join(cacheDir, key));
  });
  const renderMs = performance.now() - started;
  for (const stale of [...cached].filter((f) => !used.has(f))) await rm(join(cacheDir, stale), { force: true });
  return { rendered: toRender.length, reused: specs.length - toRender.length, renderMs };
}

/**
 * Renders the social cards with the site: one PNG per passage, per document and one for the
 * rest, from the specs src/pages/social-cards.json.ts wrote. A card that cannot be rendered
 * fails the build, naming it.
 */
export function socialCards(): AstroIntegration {
  let root: URL;
  let cacheDir: URL;
  return {
    name: 'social-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
        cacheDir = new URL('social-cards/', config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const specsFile = new URL(CARDS_FILE, dir);
        const specs = JSON.parse(
          await readFile(specsFile, 'utf8').catch(() => {
            throw new Error(`social cards: ${fileURLToPath(specsFile)} was not written; src/pages/social-cards.json.ts makes it`);
          }),
        ) as CardSpec[];
        // For benchmarks of everything but the cards (`npm run bench -- --no-cards`): never in a published build.
        if (process.env.SOCIAL_CARDS === 'skip') {
          await rm(specsFile);
          logger.warn(`SOCIAL_CARDS=skip: ${specs.length} social cards not drawn; this build is not for publishing`);
          return;
        }
        const { rendered, reused, renderMs } = await writeCards(specs, { root, outDir: fileURLToPath(dir), cacheDir: fileURLToPath(cacheDir) });
        await rm(specsFile);
        const cost = rendered ? `, ${rendered} rendered in ${Math.round(renderMs)} ms (${(renderMs / rendered).toFixed(1)} ms a card)` : '';
        logger.info(`${specs.length} social cards in ${Math.round(performance.now() - started)} ms: ${reused} from the cache${cost}`);
      },
    },
  };
}

import { copyFile, link, mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { CardJob, CardJobResult } from './social-cards/job';
import { contentFolder, runInWorker } from './worker/run';

/** A card from the cache into the site: a hard link where the two share a file system, else a copy. */
async function place(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') await rm(to, { force: true });
    await link(from, to).catch(() => copyFile(from, to));
  }
}

/**
 * Draws the social cards with the site: one PNG per passage, per document and one for the
 * rest. The drawing starts with the build, in a worker thread that reads the content itself,
 * and the cards are placed in the site when its pages are written. A card that cannot be
 * drawn fails the build, naming its file and line.
 */
export function socialCards({ contentDir }: { contentDir: string }): AstroIntegration {
  let root: string;
  let cacheDir: string;
  let drawing: Promise<CardJobResult> | undefined;
  // For benchmarks of everything but the cards (`npm run bench -- --no-cards`): never in a published build.
  const skip = process.env.SOCIAL_CARDS === 'skip';
  return {
    name: 'social-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(new URL('social-cards/', config.cacheDir));
      },
      'astro:build:start': () => {
        if (skip) return;
        const job: CardJob = { root, contentDir: contentFolder(root, contentDir), cacheDir, strict: Boolean(process.env.CI) };
        drawing = runInWorker<CardJobResult>(new URL('./social-cards/job.ts', import.meta.url), job);
        // Reported when the pages are written; a failure before then must not go unhandled.
        drawing.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (skip || !drawing) {
          logger.warn('SOCIAL_CARDS=skip: no social cards drawn; this build is not for publishing');
          return;
        }
        const started = performance.now();
        const { cards, rendered, reused, renderMs } = await drawing;
        const out = fileURLToPath(dir);
        await Promise.all([...new Set(cards.map((card) => dirname(join(out, card.path))))].map((folder) => mkdir(folder, { recursive: true })));
        for (const card of cards) await place(join(cacheDir, card.file), join(out, card.path));
        const cost = rendered ? `, ${rendered} drawn in ${Math.round(renderMs)} ms beside the pages (${(renderMs / rendered).toFixed(1)} ms a card)` : '';
        logger.info(`${cards.length} social cards placed in ${Math.round(performance.now() - started)} ms: ${reused} from the cache${cost}`);
      },
    },
  };
}

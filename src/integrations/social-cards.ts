import { copyFile, link, mkdir, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { ProjectError } from '../lib/errors';
import type { CardJob, CardJobResult } from './social-cards/job';

/** Starts the card job in a worker thread: it draws while Astro renders pages on the other core. */
function startCardJob(job: CardJob): Promise<CardJobResult> {
  return new Promise((done, fail) => {
    const worker = new Worker(new URL('./social-cards/worker.ts', import.meta.url), { workerData: job });
    worker.once('message', (message: { result?: CardJobResult; error?: { name: string; message: string; hint?: string } }) => {
      if (message.result) done(message.result);
      else fail(new ProjectError(message.error!.name, message.error!.message, message.error!.hint ?? ''));
    });
    worker.once('error', fail);
    worker.once('exit', (code) => fail(new Error(`social cards: the card worker stopped (exit code ${code}) before it was done`)));
  });
}

/** A card from the cache into the site: a hard link where the two share a file system, else a copy. */
async function place(from: string, to: string): Promise<void> {
  await rm(to, { force: true });
  await link(from, to).catch(() => copyFile(from, to));
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
  let job: Promise<CardJobResult> | undefined;
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
        const started = startCardJob({ root, contentDir: resolve(root, contentDir), cacheDir, strict: Boolean(process.env.CI) });
        // Reported when the pages are written; a failure before then must not go unhandled.
        started.catch(() => undefined);
        job = started;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (skip || !job) {
          logger.warn('SOCIAL_CARDS=skip: no social cards drawn; this build is not for publishing');
          return;
        }
        const started = performance.now();
        const { cards, rendered, reused, renderMs } = await job;
        const out = fileURLToPath(dir);
        await Promise.all([...new Set(cards.map((card) => dirname(join(out, card.path))))].map((folder) => mkdir(folder, { recursive: true })));
        for (const card of cards) await place(join(cacheDir, card.file), join(out, card.path));
        const cost = rendered ? `, ${rendered} drawn in ${Math.round(renderMs)} ms beside the pages (${(renderMs / rendered).toFixed(1)} ms a card)` : '';
        logger.info(`${cards.length} social cards placed in ${Math.round(performance.now() - started)} ms: ${reused} from the cache${cost}`);
      },
    },
  };
}

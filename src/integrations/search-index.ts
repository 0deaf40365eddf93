import { cp, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CATALOGUE_BUNDLE } from '../lib/search-match';
import type { SearchIndexJob, SearchIndexResult } from './search-index/job';
import { contentFolder, runInWorker } from './worker/run';

/** A bundle into the site: renamed where the two share a file system, else copied. */
async function move(from: string, to: string): Promise<void> {
  await rm(to, { recursive: true, force: true });
  await rename(from, to).catch(async () => {
    await cp(from, to, { recursive: true });
    await rm(from, { recursive: true, force: true });
  });
}

/**
 * Builds the Pagefind index with the site (src/integrations/search-index/job.ts): it starts
 * with the build, in a worker thread, and the bundles are moved into the site when its pages
 * are written. Any error Pagefind reports fails the build.
 */
export function searchIndex({ contentDir }: { contentDir: string }): AstroIntegration {
  let root: string;
  let stagingDir: string;
  let indexing: Promise<SearchIndexResult> | undefined;
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        // Per process: two builds sharing a cache folder never write into each other's bundles.
        stagingDir = fileURLToPath(new URL(`search-index-${process.pid}/`, config.cacheDir));
      },
      'astro:build:start': () => {
        const job: SearchIndexJob = { contentDir: contentFolder(root, contentDir), strict: Boolean(process.env.CI), stagingDir };
        indexing = runInWorker<SearchIndexResult>(new URL('./search-index/job.ts', import.meta.url), job);
        // Reported when the pages are written; a failure before then must not go unhandled.
        indexing.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { bundles, records, catalogue } = await indexing!;
        for (const bundle of bundles) await move(join(stagingDir, bundle), join(fileURLToPath(dir), bundle));
        await rm(stagingDir, { recursive: true, force: true });
        logger.info(`indexed ${records} records beside the pages${catalogue ? `, and the ${catalogue} catalogue entries apart in ${CATALOGUE_BUNDLE}/` : ''}`);
      },
    },
  };
}

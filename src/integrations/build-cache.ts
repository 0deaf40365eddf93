import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { PERSISTED_STORES, buildStore, savedStoreName } from '../lib/build-store';

/**
 * Keeps the build stores named in PERSISTED_STORES (src/lib/build-store.ts) in Astro's cache
 * folder from one build to the next: what the pages computed from content that has not changed
 * is not computed again. An unreadable file is an empty store: the cache only saves time.
 */
export function buildCache(): AstroIntegration {
  let dir: string;
  const file = (name: string) => join(dir, `${name}.json`);
  return {
    name: 'build-cache',
    hooks: {
      'astro:config:done': ({ config }) => {
        dir = fileURLToPath(new URL('build-stores/', config.cacheDir));
      },
      'astro:build:start': async () => {
        for (const name of PERSISTED_STORES) {
          const saved = await readFile(file(name), 'utf8').then((text) => JSON.parse(text) as [string, unknown][], () => []);
          const store = buildStore(savedStoreName(name));
          for (const [key, value] of saved) store.set(key, value);
        }
      },
      'astro:build:done': async () => {
        await mkdir(dir, { recursive: true });
        for (const name of PERSISTED_STORES) {
          // Only what this build used: entries of content since changed or removed do not pile up.
          const used = buildStore(name);
          const partial = `${file(name)}.${process.pid}.partial`;
          await writeFile(partial, JSON.stringify([...used]));
          await rename(partial, file(name));
        }
      },
    },
  };
}

import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const TMP = resolve(ROOT, 'tests/.tmp');

export interface BuildResult {
  status: number | null;
  /** stdout and stderr together, without colour codes. */
  output: string;
  outDir: string;
}

/**
 * The environment without what Vitest sets for itself: a child build that inherits
 * NODE_ENV=test and BASE_URL=/ ignores the configured base path.
 */
export function buildEnvironment(): NodeJS.ProcessEnv {
  const vitestOwn = /^(VITEST|VITE_|NODE_ENV$|BASE_URL$|MODE$|DEV$|PROD$|SSR$|TEST$)/;
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !vitestOwn.test(key)));
}

/**
 * Runs the real `astro build` of this project, on the given content folder, into its
 * own output and cache folders; the registry is only checked, never written.
 */
export function buildSite({ contentDir, outDir, env = {} }: { contentDir: string; outDir: string; env?: Record<string, string> }): BuildResult {
  const result = spawnSync(process.execPath, [resolve(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...buildEnvironment(),
      CONTENT_DIR: contentDir,
      OUT_DIR: outDir,
      CACHE_DIR: `${outDir}-cache`,
      PERMALINKS: 'check',
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ...env,
    },
  });
  // eslint-disable-next-line no-control-regex
  const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  return { status: result.status, output, outDir };
}

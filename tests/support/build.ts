import { spawn, spawnSync } from 'node:child_process';
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
export function buildSite({ contentDir, outDir, env = {} }: BuildOptions): BuildResult {
  const once = (): BuildResult => {
    const result = spawnSync(process.execPath, ASTRO_BUILD, { cwd: ROOT, encoding: 'utf8', env: buildEnv({ contentDir, outDir, env }) });
    return { status: result.status, output: plain(result.stdout, result.stderr), outDir };
  };
  const first = once();
  return lostAstroRace(first) ? once() : first;
}

/**
 * Builds of one project share its .astro/ folder, and Astro writes content-assets.mjs there
 * through a temporary file of a fixed name: two builds syncing content at the same moment can
 * rename it from under each other (ENOENT). The tests run builds side by side, so a build that
 * failed on that alone, before anything of the site was built, is run again once.
 */
function lostAstroRace(result: BuildResult): boolean {
  return result.status !== 0 && /UnknownFilesystemError[\s\S]*rename '[^']*\.astro\/content-assets\.mjs\.tmp'/.test(result.output);
}

interface BuildOptions {
  contentDir: string;
  outDir: string;
  env?: Record<string, string>;
}

const ASTRO_BUILD = [resolve(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'];

function buildEnv({ contentDir, outDir, env = {} }: BuildOptions): NodeJS.ProcessEnv {
  return {
    ...buildEnvironment(),
    CONTENT_DIR: contentDir,
    OUT_DIR: outDir,
    CACHE_DIR: `${outDir}-cache`,
    PERMALINKS: 'check',
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    ...env,
  };
}

/** stdout and stderr together, without colour codes. */
function plain(stdout: string, stderr: string): string {
  // eslint-disable-next-line no-control-regex
  return `${stdout}\n${stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
}

/** How many of the builds started with `buildSiteAsync` run at once; the rest wait their turn. */
const CONCURRENT_BUILDS = 2;
let running = 0;
const waiting: (() => void)[] = [];

/**
 * The same real `astro build` as `buildSite`, without blocking: a test file starts all its
 * builds when it is collected and awaits each where it asserts on it, so that independent
 * builds run side by side (two at a time) instead of one after another.
 */
export async function buildSiteAsync(options: BuildOptions): Promise<BuildResult> {
  const first = await buildOnce(options);
  return lostAstroRace(first) ? buildOnce(options) : first;
}

async function buildOnce(options: BuildOptions): Promise<BuildResult> {
  if (running >= CONCURRENT_BUILDS) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await new Promise<BuildResult>((resolve, reject) => {
      const child = spawn(process.execPath, ASTRO_BUILD, { cwd: ROOT, env: buildEnv(options) });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      child.on('error', reject);
      child.on('close', (status) => resolve({ status, output: plain(stdout, stderr), outDir: options.outDir }));
    });
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { TMP, buildSite } from './build';

/** Builds the site once, from the real content, for every test that reads the built pages. */
export default function setup(): void {
  const outDir = resolve(TMP, 'site');
  rmSync(outDir, { recursive: true, force: true });
  const result = buildSite({ contentDir: 'content', outDir });
  if (result.status !== 0) throw new Error(`the site does not build:\n${result.output}`);
}

import { join } from 'node:path';

/** The origin the test builds are configured with (astro.config.mjs's default SITE_URL). */
export const SITE_ORIGIN = 'https://china-kazakhstan.example';

/** The file a full address of the site is served from, or undefined when it is not under the site's root. */
export function fileOf(url: string, dir: string, root: string): string | undefined {
  if (!url.startsWith(root)) return undefined;
  const path = `/${url.slice(root.length)}`;
  return path.endsWith('/') ? join(dir, path, 'index.html') : join(dir, path);
}

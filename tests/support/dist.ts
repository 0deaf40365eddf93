import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { TMP } from './build';

/** The site built by the global setup. */
export const SITE_DIR = resolve(TMP, 'site');

/** Every HTML file of a built site, as its site path ("/documents/x/" for documents/x/index.html). */
export function htmlPages(dir = SITE_DIR): { path: string; file: string }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => {
      const file = join(d.parentPath, d.name);
      const rel = relative(dir, file).split('\\').join('/');
      const path = `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
      return { path, file };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

const cache = new Map<string, Root>();

/** The parsed HTML of a built page, by site path. */
export function page(path: string, dir = SITE_DIR): Root {
  const file = path.endsWith('.html') ? join(dir, path) : join(dir, path, 'index.html');
  let tree = cache.get(file);
  if (!tree) {
    tree = fromHtml(readFileSync(file, 'utf8'));
    cache.set(file, tree);
  }
  return tree;
}

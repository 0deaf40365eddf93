// The Pagefind index is built with the site, from one record per passage.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { writtenCatalogue, writtenPassages } from '../support/content';
import { SITE_DIR } from '../support/dist';

/** The address a Pagefind fragment records: the file is gzipped, its text a signature then JSON. */
function fragmentUrl(file: string): string {
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
}

describe('search index', () => {
  it('is written by the build, with its scripts, for the search page and the highlight', () => {
    for (const file of ['pagefind.js', 'pagefind-highlight.js', 'pagefind-entry.json']) expect(existsSync(join(SITE_DIR, 'pagefind', file)), file).toBe(true);
  });

  it('holds one fragment per passage that the content writes, leading to the passage in its document, and one per catalogued document, leading to its page', () => {
    const dir = join(SITE_DIR, 'pagefind', 'fragment');
    const urls = readdirSync(dir).map((f) => fragmentUrl(join(dir, f)));
    const passages = writtenPassages().map((p) => `/documents/${p.document}/#${p.id}`);
    expect(passages.length).toBeGreaterThan(0);
    expect(urls.sort()).toEqual([...passages, ...writtenCatalogue().map((d) => d.path)].sort());
  });

  it('removes its intermediate records file from the site', () => {
    expect(existsSync(join(SITE_DIR, 'search-records.json'))).toBe(false);
  });
});

// The Pagefind index is built with the site, from one record per passage.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_DIR } from '../support/dist';

describe('search index', () => {
  it('is written by the build, with its scripts, for the search page and the highlight', () => {
    for (const file of ['pagefind.js', 'pagefind-highlight.js', 'pagefind-entry.json']) expect(existsSync(join(SITE_DIR, 'pagefind', file)), file).toBe(true);
  });

  it('holds one fragment per passage: 49 statement passages and 15 readout paragraphs', () => {
    expect(readdirSync(join(SITE_DIR, 'pagefind', 'fragment'))).toHaveLength(64);
  });

  it('removes its intermediate records file from the site', () => {
    expect(existsSync(join(SITE_DIR, 'search-records.json'))).toBe(false);
  });
});

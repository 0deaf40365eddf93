// The data page: every open data file is linked from it, with its true size, and it is reached
// from every page's footer, from /about/ and from each document's downloads.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { formatSize } from '../../src/lib/data-catalogue';
import { writtenDocuments } from '../support/content';
import { SITE_DIR, htmlPages, page } from '../support/dist';

const DATA = join(SITE_DIR, 'data');
const files = readdirSync(DATA, { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile() && d.name !== 'index.html')
  .map((d) => `/${join(d.parentPath, d.name).slice(SITE_DIR.length + 1)}`);
const dataPage = page('/data/');
const links = selectAll('main a[href]', dataPage).map((a) => ({ href: String(a.properties.href), text: toText(a) }));

describe('the data page', () => {
  it('links every open data file the build writes, and each document’s five files', () => {
    const linked = new Set(links.map((l) => l.href));
    expect(files.filter((f) => !linked.has(f))).toEqual([]);
    for (const { id } of writtenDocuments()) for (const ext of ['json', 'md', 'txt', 'xml', 'ris']) expect(linked, `${id}.${ext}`).toContain(`/data/${id}.${ext}`);
  });

  it('gives each document file its true size', () => {
    for (const link of links.filter((l) => /^\/data\/[^/]+\.(json|md|txt|xml|ris)$/.test(l.href) && /\d (B|kB)/.test(l.text))) {
      const size = statSync(join(SITE_DIR, link.href)).size;
      expect(link.text, link.href).toContain(formatSize(size));
    }
  });

  it('is linked from every page’s footer, from the about page and from each document’s downloads', () => {
    for (const { path } of htmlPages().filter((p) => p.path !== '/data/')) {
      expect(select('.site-footer a[href="/data/"]', page(path)), path).toBeTruthy();
    }
    expect(select('main a[href="/data/"]', page('/about/'))).toBeTruthy();
    for (const { path } of writtenDocuments()) expect(select('.downloads a[href="/data/"]', page(path)), path).toBeTruthy();
  });
});

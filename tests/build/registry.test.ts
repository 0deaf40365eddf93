// The committed permalink registry holds: every registered URL is still built (or redirected),
// and every permanent page and open data file that is built is registered.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRegistered, registrySchema } from '../../src/lib/permalinks';
import { writtenDocuments } from '../support/content';
import { SITE_DIR, htmlPages } from '../support/dist';

const documents = writtenDocuments();
const registry = registrySchema.parse(JSON.parse(readFileSync('content/permalinks.json', 'utf8')));
/** A page is served from its index.html; an open data file is the file itself. */
const built = (path: string) => existsSync(path.endsWith('/') ? join(SITE_DIR, path, 'index.html') : join(SITE_DIR, path));

describe('permalink registry', () => {
  it('lists every document and passage page', () => {
    expect(registry.urls).toContain('/documents/2023-05-17-joint-statement/clause-12/');
    expect(registry.urls).toContain('/documents/2024-07-03-astana-talks/para-15/');
    // The documents list, and each document and passage that content/documents writes.
    const expected = ['/documents/', ...documents.flatMap((d) => [d.path, ...d.passages.map((p) => p.path)])];
    expect(expected.filter((url) => !registry.urls.includes(url))).toEqual([]);
  });

  it('lists every open data file', () => {
    expect(registry.urls).toEqual(
      expect.arrayContaining([
        '/data/documents.json',
        '/data/schema/documents.schema.json',
        '/data/schema/document.schema.json',
        '/data/',
        ...documents.flatMap((d) => ['json', 'md', 'txt', 'xml', 'ris'].map((ext) => `/data/${d.id}.${ext}`)),
      ]),
    );
  });

  it('still builds every registered URL', () => {
    const lost = registry.urls.filter((url) => !built(url) && !Object.hasOwn(registry.redirects, url));
    expect(lost).toEqual([]);
  });

  it('builds every redirect, leading to a page that exists', () => {
    for (const [from, to] of Object.entries(registry.redirects)) {
      expect(built(from), from).toBe(true);
      expect(built(to), to).toBe(true);
    }
  });

  it('registers every permanent page and data file that is built', () => {
    const known = new Set([...registry.urls, ...Object.keys(registry.redirects)]);
    const dataFiles = readdirSync(join(SITE_DIR, 'data'), { recursive: true, withFileTypes: true })
      // The data page itself is an HTML page, registered as /data/ with the others.
      .filter((d) => d.isFile() && d.name !== 'index.html')
      .map((d) => `/${relative(SITE_DIR, join(d.parentPath, d.name))}`);
    const unregistered = [...htmlPages().map((p) => p.path), ...dataFiles].filter((p) => isRegistered(p) && !known.has(p));
    expect(dataFiles.length).toBeGreaterThan(0);
    expect(unregistered).toEqual([]);
  });
});

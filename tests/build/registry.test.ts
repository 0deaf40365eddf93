// The committed permalink registry holds: every registered URL is still built (or redirected),
// and every permanent page that is built is registered.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registrySchema } from '../../src/lib/permalinks';
import { SITE_DIR, htmlPages } from '../support/dist';

const registry = registrySchema.parse(JSON.parse(readFileSync('content/permalinks.json', 'utf8')));
const built = (path: string) => existsSync(join(SITE_DIR, path, 'index.html'));

describe('permalink registry', () => {
  it('lists every document and passage page', () => {
    expect(registry.urls).toContain('/documents/2023-05-17-joint-statement/clause-12/');
    expect(registry.urls).toContain('/documents/2024-07-03-astana-talks/para-15/');
    // The documents list, two documents, 49 statement passages (50 source paragraphs: the two signature lines are one passage), 15 readout paragraphs.
    expect(registry.urls.length).toBeGreaterThanOrEqual(1 + 2 + 49 + 15);
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

  it('registers every permanent page that is built', () => {
    const known = new Set([...registry.urls, ...Object.keys(registry.redirects)]);
    const unregistered = htmlPages()
      .map((p) => p.path)
      .filter((p) => p.startsWith('/documents/') && !known.has(p));
    expect(unregistered).toEqual([]);
  });
});

// Every internal link and #fragment in the built site leads somewhere that exists.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { SITE_DIR, htmlPages, page } from '../support/dist';

function idsOf(path: string): Set<string> {
  return new Set(selectAll('[id]', page(path)).map((e) => String(e.properties.id)));
}

/** The built page a site path is served from, if any. */
function target(path: string): string | undefined {
  if (path.endsWith('/')) return existsSync(join(SITE_DIR, path, 'index.html')) ? path : undefined;
  return existsSync(join(SITE_DIR, path)) ? path : undefined;
}

describe('internal links', () => {
  const pages = htmlPages();
  const links = pages.flatMap(({ path }) =>
    selectAll('a[href], link[href]', page(path)).map((a) => ({ from: path, href: String(a.properties.href) })),
  );
  const internal = links.filter((l) => !/^[a-z]+:/i.test(l.href));

  it('finds links to check', () => {
    expect(internal.length).toBeGreaterThan(500);
  });

  it('resolves every internal href to a built file', () => {
    const broken = internal
      .map(({ from, href }) => ({ from, href, path: new URL(href, `http://site${from}`).pathname }))
      .filter(({ path }) => !target(decodeURIComponent(path)));
    expect(broken).toEqual([]);
  });

  it('resolves every #fragment to an id on its page', () => {
    const broken = internal.filter(({ from, href }) => {
      const url = new URL(href, `http://site${from}`);
      if (!url.hash) return false;
      const path = target(decodeURIComponent(url.pathname));
      return !path || !idsOf(path.endsWith('.html') ? path : path).has(decodeURIComponent(url.hash.slice(1)));
    });
    expect(broken).toEqual([]);
  });

  it('gives no page two elements with the same id', () => {
    for (const { path } of pages) {
      const ids = selectAll('[id]', page(path)).map((e) => String(e.properties.id));
      expect(ids.length, path).toBe(new Set(ids).size);
    }
  });
});

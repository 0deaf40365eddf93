// Every full address the site writes about itself (canonical links, the sitemap, robots.txt, the
// feed, the open data's permalinks) comes from the one configured site URL, and they agree.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentExport, DocumentsExport } from '../../src/lib/open-data';
import { SITE_ORIGIN, publishedAddresses } from '../support/addresses';
import { textRecords, writtenCatalogue, writtenDocuments } from '../support/content';
import { SITE_DIR } from '../support/dist';

const ROOT = `${SITE_ORIGIN}/`;
const site = publishedAddresses(SITE_DIR, ROOT);
const canonical = new Set(site.canonicals.map((c) => c.href));
const readJson = <T>(path: string) => JSON.parse(readFileSync(join(SITE_DIR, path), 'utf8')) as T;
const index = readJson<DocumentsExport>('data/documents.json');
const exports = textRecords(index).map((d) => readJson<DocumentExport>(`data/${d.id}.json`));
const documents = writtenDocuments();

describe('sitemap, robots.txt and feed', () => {
  it('lists in the sitemap every canonical URL of the site, and nothing else', () => {
    expect(site.sitemaps).toEqual([`${ROOT}sitemap-0.xml`]);
    expect([...site.sitemapUrls].sort()).toEqual([...canonical].sort());
    expect(site.sitemapUrls).not.toContain(`${ROOT}404.html`);
    expect(site.sitemapUrls.filter((u) => !u.endsWith('/'))).toEqual([]);
  });

  it('points robots.txt at the sitemap index, by its full address', () => {
    expect(site.robots).toMatch(/^User-agent: \*$/m);
    expect(site.sitemapIndexUrl).toBe(`${ROOT}sitemap-index.xml`);
  });

  it('lists every document in the feed, newest first, each item its page by its full address', () => {
    const items = site.feed.item;
    expect(items.map((i) => i.link)).toEqual(index.documents.map((d) => d.urls.page));
    // Every document of content/documents once, each dated as its front matter dates it (a month or year
    // at its first day), the dates never rising.
    const record = [...documents, ...writtenCatalogue()];
    expect(items.map((i) => i.link).sort()).toEqual(record.map((d) => `${SITE_ORIGIN}${d.path}`).sort());
    const dates = items.map((i) => new Date(i.pubDate).toISOString().slice(0, 10));
    expect(dates).toEqual(items.map((i) => record.find((d) => `${SITE_ORIGIN}${d.path}` === i.link)!.date.padEnd(10, '-01').slice(0, 10)));
    expect(dates).toEqual([...dates].sort().reverse());
    for (const item of items) {
      expect(item.guid['#text']).toBe(item.link);
      expect(item.description.length).toBeGreaterThan(0);
    }
    expect(site.feed['atom:link']['@_href']).toBe(`${ROOT}feed.xml`);
  });

  it('advertises the feed and the sitemap in every page’s head', () => {
    const home = readFileSync(join(SITE_DIR, 'index.html'), 'utf8');
    expect(home).toMatch(/<link rel="alternate" type="application\/rss\+xml" title="[^"]+" href="\/feed\.xml">/);
    expect(home).toMatch(/<link rel="sitemap" type="application\/xml" href="\/sitemap-index\.xml">/);
  });
});

describe('one configured site URL', () => {
  const everyAddress = [
    ...canonical,
    ...site.sitemaps,
    ...site.sitemapUrls,
    site.sitemapIndexUrl,
    site.feed.link,
    site.feed['atom:link']['@_href'],
    ...site.feed.item.map((i) => i.link),
    index.$schema,
    index.site,
    ...index.documents.flatMap((d) => Object.values(d.urls)),
    ...exports.flatMap((e) => [e.$schema, ...e.passages.map((p) => p.permalink)]),
    ...readdirSync(join(SITE_DIR, 'data/schema')).map((f) => readJson<{ $id: string }>(`data/schema/${f}`).$id),
  ];

  it('builds every address from it', () => {
    expect(everyAddress.length).toBeGreaterThan(200);
    expect(everyAddress.filter((a) => !a.startsWith(ROOT))).toEqual([]);
  });

  it('names each page by the same address in its canonical link, the sitemap, the feed and the open data', () => {
    for (const link of site.feed.item.map((i) => i.link)) expect(canonical, link).toContain(link);
    expect(site.feed.link).toBe(index.site);
    expect(canonical).toContain(index.site);
    for (const data of exports) {
      expect(canonical).toContain(data.document.urls.page);
      for (const passage of data.passages) {
        const page = site.canonicals.find((c) => c.path === passage.path);
        expect(page?.href, passage.path).toBe(passage.permalink);
      }
    }
  });
});

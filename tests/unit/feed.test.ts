import { describe, expect, it } from 'vitest';
import { robotsTxt } from '../../src/lib/crawlers';
import { documentFeed } from '../../src/lib/feed';
import type { Deployment } from '../../src/lib/urls';
import { readCatalogued } from '../../src/lib/record';
import { KINDS } from '../support/kinds';
import { frontMatter } from '../support/front-matter';
import { smallEdition } from '../support/edition';

const where: Deployment = { site: new URL('https://example.org'), base: '/sub/' };

describe('the feed of documents', () => {
  const { record, documents } = smallEdition();
  const feed = documentFeed(record, where);

  it('lists the documents newest first, each its page by its full address under the base', () => {
    expect(feed.items.map((i) => i.link)).toEqual(['https://example.org/sub/documents/2024-07-03-astana-talks/', 'https://example.org/sub/documents/2023-05-17-joint-statement/']);
    expect(feed.site).toBe('https://example.org/sub/');
    expect(feed.customData).toContain('<atom:link href="https://example.org/sub/feed.xml" rel="self"');
  });

  it('dates each item by the day of its document, whatever the time zone', () => {
    expect(feed.items.map((i) => i.pubDate.toUTCString())).toEqual(['Wed, 03 Jul 2024 00:00:00 GMT', 'Wed, 17 May 2023 00:00:00 GMT']);
  });

  it('describes each item by the document’s summary', () => {
    expect(feed.items[0]).toMatchObject({ title: documents[0]!.title, description: documents[0]!.summary, categories: ['Talks readout'] });
  });
});

describe('robots.txt', () => {
  it('allows everything and names the sitemap index by its full address, base included', () => {
    expect(robotsTxt(where)).toBe('User-agent: *\nDisallow:\n\nSitemap: https://example.org/sub/sitemap-index.xml\n');
  });
});

describe('the feed, for a document catalogued without its text', () => {
  const { source: _, ...data } = frontMatter({ date: '2015', dateBasis: 'confirmed', references: ['a-reference'], kind: 'joint-statement' });
  const { document: catalogued } = readCatalogued({ id: '2015-agreement', data, body: '' }, KINDS);
  const [item] = documentFeed([catalogued], where).items;

  it('dates a year to its first day and says that the text is not in the edition', () => {
    expect(item!.pubDate.toUTCString()).toBe('Thu, 01 Jan 2015 00:00:00 GMT');
    expect(item!.description).toBe('Catalogue entry: text not yet in the edition. A summary.');
    expect(item!.link).toBe('https://example.org/sub/documents/2015-agreement/');
  });
});

// Link previews and structured data on the built site: every page names a card that exists at
// 1200 × 630, with the Open Graph and X tags; documents and passages carry schema.org JSON-LD.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { writtenCatalogue, writtenDocuments, isDocumentPage, isPassagePage } from '../support/content';
import { SITE_DIR, htmlPages, page } from '../support/dist';
import { pngSize } from '../support/png';
import { parse } from 'yaml';

const SITE = 'https://china-kazakhstan.example';
const pages = htmlPages();
const PASSAGE = /^\/documents\/([^/]+)\/([^/]+)\/$/;
const OWN_PAGE = /^\/documents\/[^/]+\/(reading|notes)\/$/;
const documents = writtenDocuments();
const catalogue = writtenCatalogue();
const sorted = (paths: string[]) => [...paths].sort();

const meta = (path: string, key: string): string | undefined => {
  const el = select(`meta[property="${key}"], meta[name="${key}"]`, page(path));
  return el ? String(el.properties.content) : undefined;
};
const canonical = (path: string) => {
  const link = select('link[rel=canonical]', page(path));
  return link ? String(link.properties.href) : undefined;
};
const jsonLd = (path: string) => selectAll('script[type="application/ld+json"]', page(path)).map((s) => JSON.parse(toText(s)) as Record<string, unknown>);
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The built file an absolute URL of this site names. */
const fileOf = (url: string) => {
  expect(url.startsWith(`${SITE}/`), url).toBe(true);
  return join(SITE_DIR, decodeURI(new URL(url).pathname));
};

describe('social cards', () => {
  it('are built for the site, each document and each passage: one PNG of 1200 × 630 each, and no other', () => {
    const cards = readdirSync(join(SITE_DIR, 'cards'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.png'));
    const expected = ['site.png', ...documents.flatMap((d) => [`${d.id}.png`, ...d.passages.map((p) => `${d.id}/${p.id}.png`)]), ...catalogue.map((d) => `${d.id}.png`)];
    expect(sorted(cards.map((c) => c.split('\\').join('/')))).toEqual(sorted(expected));
    for (const card of cards) expect(pngSize(readFileSync(join(SITE_DIR, 'cards', card))), card).toEqual({ width: 1200, height: 630 });
  });

  it('leave no intermediate file in the site', () => {
    expect(readdirSync(SITE_DIR)).not.toContain('social-cards.json');
  });
});

describe('link previews', () => {
  it('on every page: og:image names a 1200 × 630 PNG that exists, with its size and description', () => {
    for (const { path } of pages) {
      const image = meta(path, 'og:image');
      expect(image, path).toBeDefined();
      const size = pngSize(readFileSync(fileOf(image!)));
      expect(size, path).toEqual({ width: 1200, height: 630 });
      expect([meta(path, 'og:image:width'), meta(path, 'og:image:height')], path).toEqual(['1200', '630']);
      expect(meta(path, 'og:image:alt')?.length, path).toBeGreaterThan(20);
    }
  });

  it('on every page: the Open Graph and X tags a preview needs, og:url the canonical address', () => {
    for (const { path } of pages) {
      for (const key of ['og:title', 'og:description', 'og:site_name', 'og:type']) expect(meta(path, key), `${path} ${key}`).toBeTruthy();
      expect(meta(path, 'og:title'), path).toBe(toText(select('title', page(path))!));
      expect(meta(path, 'og:site_name')).toBe('China–Kazakhstan Documents');
      expect(meta(path, 'twitter:card'), path).toBe('summary_large_image');
      expect(meta(path, 'og:url'), path).toBe(canonical(path));
    }
    expect(meta('/404.html', 'og:url')).toBeUndefined();
  });

  it('shows a passage its own card, a document its own, every other page the site card', () => {
    for (const { path } of pages) {
      const passage = isPassagePage(path) ? PASSAGE.exec(path) : null;
      // A document's own pages (itself, its reading text, its notes) show the document's card.
      const [card, type] = passage
        ? [`/cards/${passage[1]}/${passage[2]}.png`, 'article']
        : isDocumentPage(path) || OWN_PAGE.test(path)
          ? [`/cards/${path.split('/')[2]}.png`, 'article']
          : ['/cards/site.png', 'website'];
      expect(meta(path, 'og:image'), path).toBe(`${SITE}${card}`);
      expect(meta(path, 'og:type'), path).toBe(type);
    }
    expect(meta('/documents/2023-05-17-joint-statement/clause-12/', 'og:image:alt')).toBe("Clause 12 of the China–Kazakhstan Joint Statement, Xi'an, 17 May 2023, with its opening words");
  });
});

describe('structured data (JSON-LD)', () => {
  const passagePages = pages.filter((p) => isPassagePage(p.path));
  // The documents whose text is in the edition: a catalogued document's page has no passages to list.
  const documentPages = pages.filter((p) => isDocumentPage(p.path) && !catalogue.some((d) => d.path === p.path));

  it('describes each passage: its label, its text as the page shows it, its document', () => {
    expect(sorted(passagePages.map((p) => p.path))).toEqual(sorted(documents.flatMap((d) => d.passages.map((p) => p.path))));
    for (const { path } of passagePages) {
      const [data, ...more] = jsonLd(path);
      expect(more, path).toEqual([]);
      const url = `${SITE}${path}`;
      expect(data, path).toMatchObject({ '@context': 'https://schema.org', '@type': 'CreativeWork', '@id': url, url, inLanguage: 'en' });
      expect(data!.name, path).toBe(toText(select('h1', page(path))!));
      expect(flat(String(data!.text)), path).toBe(flat(toText(select('.passage-text', page(path))!)));
      expect(data!.isPartOf, path).toMatchObject({ '@id': `${SITE}/documents/${PASSAGE.exec(path)![1]}/` });
      expect(data!.image, path).toMatchObject({ url: meta(path, 'og:image') });
    }
    expect(jsonLd('/documents/2024-07-03-astana-talks/para-10/')[0]).toMatchObject({ name: '¶ 10', position: 10 });
  });

  it('describes each catalogued document as the work, its page as its url and where it is published as sameAs', () => {
    for (const entry of catalogue) {
      const [data, ...more] = jsonLd(entry.path);
      expect(more, entry.path).toEqual([]);
      const url = `${SITE}${entry.path}`;
      expect(data, entry.path).toMatchObject({ '@type': 'CreativeWork', '@id': url, url, name: entry.title, alternateName: entry.shortTitle, dateCreated: entry.date });
      const published = entry.references.map((id) => (parse(readFileSync(`content/references/${id}.yaml`, 'utf8')) as { url: string }).url);
      expect(data!.sameAs, entry.path).toEqual(published);
      expect(data!.image, entry.path).toMatchObject({ url: meta(entry.path, 'og:image') });
    }
  });

  it('describes each document, listing its passages by their permalinks', () => {
    expect(sorted(documentPages.map((p) => p.path))).toEqual(sorted(documents.map((d) => d.path)));
    for (const { path } of documentPages) {
      const [data, ...more] = jsonLd(path);
      expect(more, path).toEqual([]);
      const url = `${SITE}${path}`;
      expect(data, path).toMatchObject({ '@type': 'CreativeWork', '@id': url, url, name: toText(select('h1', page(path))!), inLanguage: 'en' });
      const parts = (data!.hasPart as { '@id': string }[]).map((p) => p['@id']);
      const passages = selectAll('.passage', page(path)).map((p: Element) => `${url}${p.properties.id}/`);
      expect(parts, path).toEqual(passages);
      expect(parts, path).toEqual(documents.find((d) => d.path === path)!.passages.map((p) => `${SITE}${p.path}`));
    }
    expect(jsonLd('/documents/2023-05-17-joint-statement/')[0]).toMatchObject({
      alternateName: 'China–Kazakhstan Joint Statement',
      genre: 'Joint statement',
      dateCreated: '2023-05-17',
      locationCreated: { name: "Xi'an" },
      translationOfWork: { inLanguage: { name: 'Chinese' } },
    });
  });

  it('is on documents and passages only', () => {
    for (const { path } of pages.filter((p) => !isPassagePage(p.path) && !isDocumentPage(p.path))) expect(jsonLd(path), path).toEqual([]);
  });
});

// The record filtered without JavaScript: /documents/ links a page per kind and per year, each
// listing exactly its documents; the published anchors of /documents/ still land. Expectations
// come from the content's files, so that adding a document changes no test.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { OVERVIEW_LIMITS } from '../../src/lib/periods';
import { writtenKinds, writtenRecord, type WrittenRecordEntry } from '../support/content';
import { SITE_DIR, htmlPages, page } from '../support/dist';

const record = writtenRecord();
const kinds = writtenKinds();
const years = [...new Set(record.map((d) => d.year))].sort((a, b) => a - b);
const decades = [...new Set(years.map((y) => Math.floor(y / 10) * 10))];
const kindIds = [...new Set(record.map((d) => d.kind))].sort();
const whole = record.length <= OVERVIEW_LIMITS.documents.whole;

const hrefs = (tree: Root, selector: string) => selectAll(selector, tree).map((a) => String(a.properties.href));
/** The documents a page lists, in its order: the link of each line's title. */
const listed = (tree: Root) => hrefs(tree, '.record > li .title a');
const paths = (docs: readonly WrittenRecordEntry[]) => docs.map((d) => d.path);
const count = (text: string) => Number(/\((\d+)(?: documents?)?\)/.exec(text)?.[1]);

describe('/documents/', () => {
  const index = page('/documents/');

  it('links the page of every kind that has documents, with its label and how many', () => {
    const links = selectAll('nav[aria-labelledby="kinds"] li', index).map((li) => ({ href: String(select('a', li)!.properties.href), label: toText(select('a', li)!), count: count(toText(li)) }));
    expect(links.map((l) => l.href).sort()).toEqual(kindIds.map((k) => `/documents/kinds/${k}/`).sort());
    for (const link of links) {
      const kind = /\/kinds\/([^/]+)\/$/.exec(link.href)![1]!;
      expect(link.label, kind).toBe(kinds.get(kind));
      expect(link.count, kind).toBe(record.filter((d) => d.kind === kind).length);
    }
  });

  it('links the page of every year that has documents, by decade, each with how many', () => {
    const nav = select('nav[aria-label="Documents by year"]', index)!;
    expect(selectAll('dt', nav).map((dt) => toText(dt))).toEqual(decades.map((d) => `${d}s`));
    const links = selectAll('li', nav).map((li) => ({ href: String(select('a', li)!.properties.href), count: count(toText(li)) }));
    expect(links.map((l) => l.href)).toEqual(years.map((y) => `/documents/${y}/`));
    expect(links.map((l) => l.count)).toEqual(years.map((y) => record.filter((d) => d.year === y).length));
  });

  it('keeps the published #decade-… anchors on the decade headings, and gives each year heading #year-…', () => {
    for (const decade of decades) {
      const target = select(`#decade-${decade}`, index);
      expect(target, `#decade-${decade}`).toBeTruthy();
      if (whole) expect(target!.tagName, `#decade-${decade}`).toBe('h2');
    }
    if (whole) {
      for (const year of years) expect(select(`#year-${year}`, index)?.tagName, `#year-${year}`).toBe('h3');
      // Each year heading's section lists that year's documents, and nothing else.
      for (const year of years) {
        const heading = select(`#year-${year}`, index)!;
        const section = selectAll('section', index).find((s) => s.children.includes(heading))!;
        const after = section.children.slice(section.children.indexOf(heading) + 1).find((n) => n.type === 'element' && n.tagName === 'ol')!;
        expect(hrefs(after as never, '.title a'), String(year)).toEqual(paths(record.filter((d) => d.year === year)));
      }
    }
  });

  it('leads each year’s anchor to the year’s page through its anchor map', () => {
    const map = JSON.parse(readFileSync(join(SITE_DIR, 'documents/anchors.json'), 'utf8')) as Record<string, string>;
    expect(map).toEqual(Object.fromEntries(years.map((y) => [`year-${y}`, `/documents/${y}/`])));
  });
});

describe('a page per year', () => {
  it('is built for every year with documents, and no other four-digit page sits beside the documents', () => {
    const built = htmlPages()
      .map((p) => /^\/documents\/(\d{4})\/$/.exec(p.path)?.[1])
      .filter(Boolean)
      .map(Number);
    expect(built).toEqual(years);
  });

  it('lists exactly that year’s documents, oldest first, with the years before and after and the way back', () => {
    for (const [i, year] of years.entries()) {
      const tree = page(`/documents/${year}/`);
      expect(listed(tree), String(year)).toEqual(paths(record.filter((d) => d.year === year)));
      expect(toText(select('h1', tree)!)).toBe(`Documents of ${year}`);
      expect(hrefs(tree, 'nav[aria-label="Breadcrumb"] a')).toEqual(['/', '/documents/']);
      expect(hrefs(tree, 'a[rel=prev]'), String(year)).toEqual(i > 0 ? [`/documents/${years[i - 1]}/`] : []);
      expect(hrefs(tree, 'a[rel=next]'), String(year)).toEqual(i < years.length - 1 ? [`/documents/${years[i + 1]}/`] : []);
    }
  });
});

describe('a page per kind', () => {
  it('is built for every kind with documents, and none for a kind without', () => {
    const built = htmlPages()
      .map((p) => /^\/documents\/kinds\/([^/]+)\/$/.exec(p.path)?.[1])
      .filter(Boolean)
      .sort();
    expect(built).toEqual(kindIds);
    for (const kind of kinds.keys()) if (!kindIds.includes(kind)) expect(existsSync(join(SITE_DIR, 'documents/kinds', kind))).toBe(false);
  });

  it('lists exactly the documents of that kind, by year, or each year with how many when they are too many', () => {
    for (const kind of kindIds) {
      const tree = page(`/documents/kinds/${kind}/`);
      const mine = record.filter((d) => d.kind === kind);
      expect(toText(select('h1', tree)!)).toBe(kinds.get(kind));
      if (mine.length <= OVERVIEW_LIMITS.documents.whole) {
        expect(listed(tree), kind).toEqual(paths(mine));
        expect(selectAll('h2[id^="year-"]', tree).map((h) => toText(h).trim())).toEqual([...new Set(mine.map((d) => String(d.year)))]);
      } else {
        expect(listed(tree), kind).toEqual([]);
        const counts = selectAll('nav li', tree).map((li) => [String(select('a', li)!.properties.href), count(toText(li))]);
        expect(counts).toEqual([...new Set(mine.map((d) => d.year))].map((y) => [`/documents/${y}/`, mine.filter((d) => d.year === y).length]));
      }
    }
  });
});

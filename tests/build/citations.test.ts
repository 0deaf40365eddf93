// "Cite this passage" on every passage page and "Cite this document" on every document page:
// each citation carries the page's permalink, and a passage's its pinpoint.
import { readFileSync } from 'node:fs';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { writtenCatalogue, writtenPassages, isDocumentPage, isPassagePage } from '../support/content';
import { htmlPages, page } from '../support/dist';
import { readAsZotero } from '../support/zotero';
import { parse } from 'yaml';

const passagePages = htmlPages().filter((p) => isPassagePage(p.path));
const catalogue = writtenCatalogue();
const cataloguePaths = new Set(catalogue.map((d) => d.path));
const documentPages = htmlPages().filter((p) => isDocumentPage(p.path) && !cataloguePaths.has(p.path));
const cataloguePages = htmlPages().filter((p) => cataloguePaths.has(p.path));
/** Where a catalogued document is published: the first of its references, as the content writes it. */
const publicationOf = (path: string) => {
  const id = catalogue.find((d) => d.path === path)!.references[0]!;
  return parse(readFileSync(`content/references/${id}.yaml`, 'utf8')) as { url: string; publisher: string };
};
const canonical = (path: string) => String(select('link[rel=canonical]', page(path))!.properties.href);
const panel = (path: string) => select('.citation-panel', page(path))!;
const entries = (path: string) =>
  Object.fromEntries(
    selectAll('.entry', panel(path)).map((e, i, all) => {
      const style = toText(select('.style-name', e) ?? select('.style-name', all.slice(0, i + 1).reverse().find((x) => select('.style-name', x))!)!);
      return [`${style.split(' (')[0]} ${toText(select('.entry-label', e)!)}`, toText(select('.citation', e)!)];
    }),
  );

describe('citations', () => {
  it('are on every passage page, in Chicago, APA and MLA, each reference carrying the permalink', () => {
    expect(passagePages.map((p) => p.path).sort()).toEqual(writtenPassages().map((p) => p.path).sort());
    for (const { path } of passagePages) {
      const url = canonical(path);
      const e = entries(path);
      expect(Object.keys(e), path).toEqual([
        'Chicago Note',
        'Chicago Short note',
        'Chicago Bibliography',
        'APA Reference',
        'APA In-text citation',
        'MLA Works cited',
        'MLA In-text citation',
      ]);
      for (const key of ['Chicago Note', 'Chicago Bibliography', 'APA Reference', 'MLA Works cited']) expect(e[key], `${path} ${key}`).toContain(url);
      expect(toText(select('.permalink code', panel(path))!)).toBe(url);
    }
  });

  it('pinpoint the passage: clause, paragraph or preamble number', () => {
    const e = entries('/documents/2023-05-17-joint-statement/clause-12/');
    expect(e['Chicago Note']).toContain(', cl. 12, ');
    expect(e['APA In-text citation']).toMatch(/, 2023, cl\. 12\)$/);
    expect(e['MLA In-text citation']).toMatch(/, cl\. 12\)$/);
    expect(entries('/documents/2024-07-03-astana-talks/para-10/')['APA In-text citation']).toMatch(/^\(Ministry of Foreign Affairs of the People’s Republic of China, 2024, para\. 10\)$/);
    expect(entries('/documents/2023-05-17-joint-statement/preamble-1/')['Chicago Short note']).toMatch(/pmbl\. 1\.$/);
  });

  it('say that the statement is a machine translation', () => {
    expect(entries('/documents/2023-05-17-joint-statement/clause-12/')['APA Reference']).toContain('[Joint statement, English machine translation]');
    expect(entries('/documents/2024-07-03-astana-talks/para-10/')['APA Reference']).toContain('[Talks readout, official English text]');
  });

  it('offer BibTeX, RIS and CSL-JSON with the permalink', () => {
    for (const { path } of passagePages) {
      const [bibtex, ris, csl] = selectAll('.citation-panel details pre', page(path)).map((p) => toText(p));
      expect(bibtex, path).toContain(`url = {${canonical(path)}}`);
      expect(ris, path).toMatch(new RegExp(`^TY {2}- ELEC\n[\\s\\S]*^UR {2}- ${canonical(path).replace(/[.?]/g, '\\$&')}$[\\s\\S]*^ER {2}- ?$`, 'm'));
      const items = JSON.parse(csl!) as { URL: string; type: string }[];
      expect(items, path).toHaveLength(1);
      expect(items[0]!.URL, path).toBe(canonical(path));
    }
  });

  it('cite each document on its page, with the document\'s permalink and no pinpoint', () => {
    for (const { path } of documentPages.filter((p) => p.path !== '/documents/')) {
      const e = entries(path);
      expect(e['Chicago Bibliography'], path).toContain(canonical(path));
      expect(e['APA In-text citation'], path).toMatch(/, 20\d\d\)$/);
    }
  });

  it('cite a catalogued document by where it is published, never by this site’s page, which stays its permalink', () => {
    expect(cataloguePages.map((p) => p.path).sort()).toEqual([...cataloguePaths].sort());
    for (const { path } of cataloguePages) {
      const e = entries(path);
      const { url, publisher } = publicationOf(path);
      for (const key of ['Chicago Note', 'Chicago Bibliography', 'APA Reference', 'MLA Works cited']) {
        expect(e[key], `${path} ${key}`).toContain(url);
        // CSL typesets a straight apostrophe as a curly one.
        expect(e[key]!.replaceAll('’', "'"), `${path} ${key}`).toContain(publisher.replaceAll('’', "'"));
        expect(e[key], `${path} ${key}`).not.toContain(canonical(path));
      }
      expect(toText(select('.permalink code', panel(path))!)).toBe(canonical(path));
    }
  });

  it('keep the copy and share buttons hidden until a script finds the browser able to use them', () => {
    for (const { path } of [...passagePages.slice(0, 3), ...documentPages.slice(1)]) {
      const actions = select('.citation-panel [data-share-actions]', page(path))!;
      expect(actions.properties.hidden, path).toBe(true);
      const others = selectAll('.citation-panel button', page(path)).filter((b) => !selectAll('button', actions).includes(b));
      expect(others.length, path).toBeGreaterThan(0);
      for (const button of others) expect(button.properties.hidden, path).toBe(true);
    }
  });

  it('give reference managers, in Highwire Press and Dublin Core tags, what the citation item says', () => {
    for (const { path } of [...passagePages, ...documentPages, ...cataloguePages]) {
      const tree = page(path);
      const catalogued = cataloguePaths.has(path);
      const tags = selectAll('meta[name^="citation_"], meta[name^="DC."]', tree).map((m) => ({ name: String(m.properties.name), content: String(m.properties.content) }));
      const csl = selectAll('.citation-panel details.data', tree).find((d) => toText(select('summary', d)!) === 'CSL-JSON')!;
      const [item] = JSON.parse(toText(select('pre', csl)!)) as [{ title: string; author: { literal: string }[]; issued: { 'date-parts': number[][] }; URL: string; 'container-title'?: string; publisher?: string }];
      const read = readAsZotero(tags);
      const passage = isPassagePage(path);
      expect(read.title, path).toBe(passage ? `${toText(select('h1', tree)!)}, ${item.title}` : item.title);
      expect(read.creators, path).toEqual(item.author.map((a) => a.literal));
      expect(read.date, path).toBe(item.issued['date-parts'][0]!.map((n, i) => (i ? String(n).padStart(2, '0') : String(n))).join('-'));
      expect(read.url, path).toBe(item.URL);
      // A catalogued document is read as published by its publisher, at its address there.
      expect(read.url, path).toBe(catalogued ? publicationOf(path).url : canonical(path));
      expect(read.publisher, path).toBe(catalogued ? publicationOf(path).publisher : item['container-title']);
      expect(read.bookTitle, path).toBe(passage ? item.title : undefined);
      expect(read.language, path).toBe('en');
    }
  });
});

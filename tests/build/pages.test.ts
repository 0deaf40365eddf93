// One permanent page per passage, each with a unique title, its description and a canonical link.
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { writtenCatalogue, writtenDocuments } from '../support/content';
import { htmlPages, page } from '../support/dist';
import { TEMPLATES } from '../support/templates';

const SITE = 'https://china-kazakhstan.example';
const documents = writtenDocuments();
const docIds = documents.map((d) => d.id);
const title = (path: string) => toText(select('title', page(path))!);
const attr = (path: string, selector: string, name: string) => String(select(selector, page(path))?.properties[name] ?? '');

describe('pages', () => {
  const pages = htmlPages();

  it('builds the lists, every document and the 404 page', () => {
    const paths = pages.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['/', '/documents/', '/search/', '/404.html', ...docIds.map((id) => `/documents/${id}/`)]));
  });

  it('builds every page the checks on each template visit, so that none checks the 404 page instead', () => {
    const paths = new Set(pages.map((p) => p.path));
    // '/no-such-page/' is there to see the 404 page itself.
    for (const template of TEMPLATES.filter((t) => t !== '/no-such-page/')) expect(paths, template).toContain(new URL(template, SITE).pathname);
  });

  it('lists the whole record by date, oldest first, saying which documents the edition has in full', () => {
    const record = [...documents, ...writtenCatalogue()];
    const byDate = selectAll('section .record > li', page('/documents/'));
    const listed = byDate.map((li) => String(select('.title a', li)!.properties.href));
    // Each document once; the dates of the list, read from the content's front matter, never fall.
    expect([...listed].sort()).toEqual(record.map((d) => d.path).sort());
    const dates = listed.map((path) => record.find((d) => d.path === path)!.date);
    expect(dates).toEqual([...dates].sort());
    const inFull = byDate.filter((li) => /· Full text, \d+ passages$/.test(toText(select('.facts', li)!).trim())).map((li) => String(select('.title a', li)!.properties.href));
    expect(inFull.sort()).toEqual(documents.map((d) => d.path).sort());
    expect(byDate.filter((li) => toText(select('.facts', li)!).trim().endsWith('· Catalogue entry')).length).toBe(record.length - documents.length);
  });

  it('gives every document its passages, in the order and with the ids the content writes', () => {
    for (const document of documents) {
      const ids = selectAll('.passage', page(document.path)).map((p) => String(p.properties.id));
      expect(document.passages.length, document.id).toBeGreaterThan(0);
      expect(ids, document.id).toEqual(document.passages.map((p) => p.id));
    }
  });

  it('gives every passage on a document page a visible label that is its permalink', () => {
    for (const doc of docIds) {
      for (const passage of selectAll('.passage', page(`/documents/${doc}/`))) {
        const link = select('.label a', passage)!;
        expect(String(link.properties.href)).toBe(`/documents/${doc}/${passage.properties.id}/`);
        expect(toText(link)).toMatch(/^(Clause \d+|¶ \d+|Preamble \d+|Signing|Signatures)$/);
      }
    }
  });

  it('builds one page per passage, with the passage, its document, section and neighbours', () => {
    for (const doc of docIds) {
      for (const passage of selectAll('.passage', page(`/documents/${doc}/`))) {
        const path = `/documents/${doc}/${passage.properties.id}/`;
        const tree = page(path);
        expect(toText(select('.passage-text', tree)!)).toBe(toText(select('.passage-text', passage)!));
        expect(selectAll(`a[href="/documents/${doc}/#${passage.properties.id}"]`, tree).length, path).toBeGreaterThan(0);
      }
    }
    const clause12 = page('/documents/2023-05-17-joint-statement/clause-12/');
    expect(toText(select('h1', clause12)!)).toBe('Clause 12');
    expect(toText(select('.eyebrow', clause12)!)).toBe('Joint statement · Section II');
    expect(String(select('a[rel=prev]', clause12)!.properties.href)).toBe('/documents/2023-05-17-joint-statement/clause-11/');
    expect(String(select('a[rel=next]', clause12)!.properties.href)).toBe('/documents/2023-05-17-joint-statement/clause-13/');
    const para10 = page('/documents/2024-07-03-astana-talks/para-10/');
    expect(toText(select('.speaker', para10)!)).toBe('Speaker: Xi Jinping');
  });

  it('titles every page uniquely, as "label · document, place, date" for passages', () => {
    const titles = pages.map((p) => title(p.path));
    expect(new Set(titles).size).toBe(titles.length);
    expect(title('/documents/2023-05-17-joint-statement/clause-12/')).toBe("Clause 12 · China–Kazakhstan Joint Statement, Xi'an, 17 May 2023");
    expect(title('/documents/2024-07-03-astana-talks/para-10/')).toBe('¶ 10 · Xi Jinping–Tokayev talks, Astana, 3 July 2024');
  });

  it('describes each passage page with the opening of its text', () => {
    const description = attr('/documents/2023-05-17-joint-statement/clause-15/', 'meta[name=description]', 'content');
    expect(description).toMatch(/^The two sides agreed to take measures to ensure the long-term safe and stable operation/);
    expect(description.length).toBeLessThanOrEqual(160);
  });

  it('gives every page but the 404 a canonical link to its own address', () => {
    for (const { path } of pages) {
      const canonical = attr(path, 'link[rel=canonical]', 'href');
      if (path === '/404.html') expect(canonical).toBe('');
      else expect(canonical, path).toBe(`${SITE}${path}`);
    }
  });

  it('uses scripts only to enhance: modules, no inline event handlers', () => {
    for (const { path } of pages) {
      for (const script of selectAll('script', page(path))) {
        // A JSON-LD block is data the browser never runs; it must be JSON and nothing else.
        if (script.properties.type === 'application/ld+json') expect(() => JSON.parse(toText(script)), path).not.toThrow();
        else expect(script.properties.type, path).toBe('module');
      }
      const handlers = selectAll('*', page(path)).filter((e) => Object.keys(e.properties).some((k) => /^on[a-z]/i.test(k)));
      expect(handlers, path).toEqual([]);
    }
  });

  it('puts the search box in every page header', () => {
    for (const { path } of pages) {
      const form = select('header form[role=search]', page(path));
      expect(form?.properties.action, path).toBe('/search/');
    }
  });
});

// The follow-through and the glossary entries by year: every row and every passage on the page of
// its year, and the anchor maps that lead a published link to it. Expectations are read from
// content/ and the open data, not repeated here.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { writtenDocuments } from '../support/content';
import { SITE_DIR, htmlPages, page } from '../support/dist';

const hrefs = (root: Element | Root, selector = 'a') => selectAll(selector, root).map((a) => String(a.properties.href));
const json = <T>(path: string): T => JSON.parse(readFileSync(join(SITE_DIR, path), 'utf8')) as T;
const passagePath = (ref: string) => `/documents/${ref}/`;
const documents = writtenDocuments();
const yearOfDocument = (docId: string) => Number(documents.find((d) => d.id === docId)!.date.slice(0, 4));
/** The page and the element an anchor map's target names: "/follow-through/2023/#x". */
function target(link: string): { path: string; id: string | undefined } {
  const [path, id] = link.split('#');
  return { path: path!, id };
}
const holds = (link: string) => {
  const { path, id } = target(link);
  expect(existsSync(join(SITE_DIR, path, 'index.html')), link).toBe(true);
  if (id) expect(select(`[id="${id}"]`, page(path)), link).toBeDefined();
};

describe('follow-through by year', () => {
  // Each content/relations/<doc-id>.yaml links passages of that document to earlier passages ("<doc-id>/<passage-id>").
  const links = readdirSync('content/relations')
    .map((f) => f.replace(/\.yaml$/, ''))
    .flatMap((doc) =>
      (parse(readFileSync(`content/relations/${doc}.yaml`, 'utf8')) as { relations: { passage: string; target: string }[] }).relations
        .filter((r) => r.target.includes('/'))
        .map((r) => ({ from: `${doc}/${r.passage}`, to: r.target })),
    );
  const rows = [...new Set(links.map((l) => l.to))].map((to) => {
    const [doc, passage] = to.split('/') as [string, string];
    return { to, id: `${doc}-${passage}`, year: yearOfDocument(doc), from: links.filter((l) => l.to === to).map((l) => l.from) };
  });
  const years = [...new Set(rows.map((r) => r.year))].sort();

  it('are read from the content', () => {
    expect(rows.length).toBeGreaterThan(0);
  });

  it('puts each row on the page of its earlier text’s year, with its id, beside what was said of it', () => {
    for (const { to, id, year, from } of rows) {
      const row = select(`ol.rows > li[id="${id}"]`, page(`/follow-through/${year}/`));
      expect(row, `${to} on /follow-through/${year}/`).toBeDefined();
      expect(hrefs(row!, 'a.earlier'), to).toEqual([passagePath(to)]);
      expect(hrefs(row!, '.later a').sort(), to).toEqual(from.map(passagePath).sort());
    }
  });

  it('has a page for exactly the years of the earlier texts, each linked from /follow-through/ and to its neighbours', () => {
    const built = htmlPages()
      .map((p) => p.path)
      .filter((p) => /^\/follow-through\/\d{4}\/$/.test(p));
    expect(built.sort()).toEqual(years.map((y) => `/follow-through/${y}/`));
    const overview = hrefs(page('/follow-through/'));
    for (const path of built) expect(overview, path).toContain(path);
    for (const [i, year] of years.entries()) {
      const pager = hrefs(page(`/follow-through/${year}/`), 'nav.pager a');
      expect(pager.sort()).toEqual([years[i - 1], years[i + 1]].filter((y) => y !== undefined).map((y) => `/follow-through/${y}/`).sort());
    }
  });

  it('maps every row’s id and every year to a page that holds it in /follow-through/anchors.json', () => {
    const map = json<Record<string, string>>('follow-through/anchors.json');
    for (const { id, year } of rows) {
      expect(map[id], id).toBe(`/follow-through/${year}/#${id}`);
      holds(map[id]!);
    }
    for (const year of years) expect(map[`year-${year}`]).toBe(`/follow-through/${year}/`);
    expect(Object.keys(map)).toHaveLength(rows.length + years.length);
  });

  it('keeps every row id that /follow-through/ shows, or leads it to its year through the anchor map', () => {
    const overview = page('/follow-through/');
    const shown = selectAll('ol.rows > li', overview).map((li) => String(li.properties.id));
    const redirect = select('[data-anchor-map]', overview);
    // Whole, the page holds every row; summarised, it carries the map that finds them.
    if (shown.length > 0) expect(shown.sort()).toEqual(rows.map((r) => r.id).sort());
    else expect(redirect?.properties.dataAnchorMap).toBe('/follow-through/anchors.json');
  });
});

interface DocumentData {
  document: { id: string };
  passages: { id: string; mentions: { entry: string }[] }[];
}

describe('glossary entries by year', () => {
  // Where each passage names an entry, as the open data publishes it.
  const named = documents.flatMap((d) =>
    json<DocumentData>(`data/${d.id}.json`).passages.flatMap((p) =>
      [...new Set(p.mentions.map((m) => m.entry))].map((entry) => ({ entry, doc: d.id, path: passagePath(`${d.id}/${p.id}`), year: yearOfDocument(d.id) })),
    ),
  );
  const entries = readdirSync('content/glossary').map((f) => f.replace(/\.yaml$/, ''));

  it('are read from the content', () => {
    expect(named.length).toBeGreaterThan(0);
  });

  it('hold, on an entry’s year pages together, every passage naming it, each on its text’s year', () => {
    for (const entry of entries) {
      const mine = named.filter((n) => n.entry === entry);
      const years = [...new Set(mine.map((n) => n.year))].sort();
      const built = htmlPages()
        .map((p) => p.path)
        .filter((p) => p.startsWith(`/glossary/${entry}/`) && p !== `/glossary/${entry}/`);
      expect(built.sort(), entry).toEqual(years.map((y) => `/glossary/${entry}/${y}/`));
      for (const year of years) {
        const shown = hrefs(page(`/glossary/${entry}/${year}/`), '.passages a');
        expect(shown.sort(), `${entry} ${year}`).toEqual(mine.filter((n) => n.year === year).map((n) => n.path).sort());
      }
      const overview = hrefs(page(`/glossary/${entry}/`));
      for (const path of built) expect(overview, path).toContain(path);
    }
  });

  it('maps each text’s passages, each year and each event in the entry’s anchors.json to a page that holds it', () => {
    for (const entry of entries) {
      const map = json<Record<string, string>>(`glossary/${entry}/anchors.json`);
      const mine = named.filter((n) => n.entry === entry);
      for (const { doc, year } of mine) {
        expect(map[doc], `${entry}: ${doc}`).toBe(`/glossary/${entry}/${year}/#${doc}`);
        holds(map[doc]!);
      }
      for (const year of new Set(mine.map((n) => n.year))) expect(map[`year-${year}`]).toBe(`/glossary/${entry}/${year}/`);
      // Every event the entry's page lists is mapped to its place on the timeline.
      for (const li of selectAll('li.event[id], .event-lines li[id]', page(`/glossary/${entry}/`))) {
        const id = String(li.properties.id);
        expect(map[id], `${entry}: ${id}`).toMatch(new RegExp(`^/timeline/\\d{4}/#${id}$`));
      }
    }
  });
});

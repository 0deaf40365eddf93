// The pages that tie the texts together: themes, timeline, follow-through, glossary, and
// what each passage page shows of them. Expectations are read from content/, not repeated here.
import { readFileSync, readdirSync } from 'node:fs';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CHART_DOCUMENT_COLUMNS } from '../../src/lib/theme-overview';
import { eventPath } from '../../src/lib/urls';
import { writtenDocuments, writtenPassages, isPassagePage } from '../support/content';
import { htmlPages, page } from '../support/dist';

const ids = (folder: string) => readdirSync(`content/${folder}`).map((f) => f.replace(/\.(yaml|mdx)$/, '')).sort();
const hrefs = (root: Element | ReturnType<typeof page>, selector = 'a') => selectAll(selector, root).map((a) => String(a.properties.href));
const yaml = (path: string) => readFileSync(path, 'utf8');
/** The "<doc-id>/<passage-id>" list items of a YAML file's `passages:`. */
const passageRefs = (text: string) => [...text.matchAll(/^\s+-\s+"?([a-z0-9-]+\/[a-z0-9-]+)"?\s*$/gm)].map((m) => m[1]!);
const passagePath = (ref: string) => `/documents/${ref}/`;

describe('themes', () => {
  const themes = ids('themes');

  it('lists every theme, with its chart as a picture and as a table', () => {
    const index = page('/themes/');
    for (const id of themes) expect(hrefs(index), id).toContain(`/themes/${id}/`);
    // One table that is also the chart: a row per theme, a column per text (per year or decade once
    // the texts are many), each count drawn as a static SVG bar beside its number, leading to its passages.
    const documents = writtenDocuments();
    const columns = selectAll('.matrix table thead th', index).length - 1;
    if (documents.length <= CHART_DOCUMENT_COLUMNS) expect(hrefs(index, '.matrix table thead th a').sort()).toEqual(documents.map((d) => d.path).sort());
    const rows = selectAll('.matrix table tbody tr', index);
    expect(rows).toHaveLength(themes.length);
    for (const row of rows) {
      const theme = hrefs(row, 'th a')[0]!;
      const cells = selectAll('td', row);
      expect(cells.length).toBe(columns);
      for (const cell of cells) {
        const count = Number(toText(cell).trim());
        expect(selectAll('svg rect.bar', cell)).toHaveLength(count > 0 ? 1 : 0);
        const target = hrefs(cell)[0];
        if (count === 0) expect(target).toBeUndefined();
        else expect(target?.startsWith(theme), `${theme}: ${target}`).toBe(true);
      }
    }
  });

  it('leads each count of the chart to as many passages on that theme', () => {
    const index = page('/themes/');
    for (const cell of selectAll('.matrix table tbody td', index)) {
      const target = hrefs(cell)[0];
      if (!target) continue;
      const [path, hash] = target.split('#');
      const passages = hash ? select(`[id="${hash}"]`, page(path!)) : page(path!);
      expect(passages, target).toBeDefined();
      expect(hrefs(passages!, '.passages a').filter((h) => h.startsWith('/documents/')), target).toHaveLength(Number(toText(cell).trim()));
    }
  });

  /** A theme's pages: its own and its years'. */
  const themePages = (id: string) => htmlPages().filter((p) => p.path.startsWith(`/themes/${id}/`)).map((p) => page(p.path));

  it('files every clause and every paragraph under a theme whose pages link to it', () => {
    const linked = new Set(themes.flatMap((id) => themePages(id).flatMap((p) => hrefs(p))));
    const built = new Set(htmlPages().map((p) => p.path));
    const passages = writtenPassages()
      .filter((p) => p.kind === 'clause' || p.kind === 'paragraph')
      .map((p) => p.path);
    expect(passages.length).toBeGreaterThan(0);
    for (const path of passages) {
      expect(built.has(path), path).toBe(true);
      expect(linked.has(path), path).toBe(true);
    }
  });

  it('shows its themes on each passage page, and the themes agree with the theme pages', () => {
    const clause = page('/documents/2023-05-17-joint-statement/clause-27/');
    const themeLinks = hrefs(clause, '.connections a[href^="/themes/"]');
    expect(themeLinks).toContain('/themes/water/');
    for (const link of themeLinks) expect(hrefs(page(`${link}2023/`))).toContain('/documents/2023-05-17-joint-statement/clause-27/');
  });
});

describe('timeline', () => {
  const events = ids('events');
  const timeline = page('/timeline/');
  /** Each year's page, where the entries are in full. */
  const years = htmlPages()
    .filter((p) => /^\/timeline\/\d{4}\/$/.test(p.path))
    .map((p) => page(p.path));
  const entry = (id: string) => years.map((y) => select(`li.event[id="${id}"]`, y)).find(Boolean);
  const dateOf = (id: string) => /^date:\s*"?([\d-]+)"?/m.exec(yaml(`content/events/${id}.yaml`))![1]!;

  it('has every event, in an ordered list by year, linked to each passage that mentions it', () => {
    expect(events.length).toBeGreaterThanOrEqual(20);
    for (const id of events) {
      const item = entry(id);
      expect(item, id).toBeDefined();
      for (const ref of passageRefs(yaml(`content/events/${id}.yaml`))) expect(hrefs(item!), `${id} → ${ref}`).toContain(passagePath(ref));
    }
    const order = selectAll('ol > li[id^="year-"]', timeline).map((li) => Number(String(li.properties.id).slice('year-'.length)));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('says how each date is known', () => {
    for (const item of years.flatMap((y) => selectAll('li.event', y))) {
      expect(toText(item)).toMatch(/Date (stated in the text|confirmed by an outside source|inferred by the editors)/);
    }
  });

  it('lists the events on the pages of the passages that mention them', () => {
    for (const id of events) {
      for (const ref of passageRefs(yaml(`content/events/${id}.yaml`))) {
        expect(hrefs(page(passagePath(ref)), '.connections a'), `${ref} → ${id}`).toContain(eventPath({ id, date: dateOf(id) }));
      }
    }
  });

  it('draws a map from real geographic data, each place leading to its page', () => {
    const map = select('figure svg', timeline)!;
    expect(selectAll('path', map).length).toBeGreaterThan(5);
    const places = hrefs(map);
    expect(places).toEqual(expect.arrayContaining(['/glossary/astana/', '/glossary/xian/', '/glossary/beijing/']));
    for (const place of places) expect(htmlPages().map((p) => p.path)).toContain(place);
  });
});

describe('cross-references', () => {
  // Each content/relations/<doc-id>.yaml links passages of that document to earlier passages.
  const written = ids('relations').flatMap((doc) =>
    (parse(yaml(`content/relations/${doc}.yaml`)) as { relations: { passage: string; type: string; target: string }[] }).relations.map((r) => ({
      from: `${doc}/${r.passage}`,
      type: r.type,
      to: r.target,
    })),
  );
  // A target is a passage ("<doc-id>/<passage-id>") or a whole document of the record ("<doc-id>").
  const pairs = written.filter((r) => r.to.includes('/'));
  const toDocuments = written.filter((r) => !r.to.includes('/'));

  it('are read from the content', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(10);
  });

  it('show a link to a whole document on both sides: on the passage, and on the document’s page', () => {
    for (const { from, to } of toDocuments) {
      expect(hrefs(page(passagePath(from)), '.connections a'), `${from} → ${to}`).toContain(`/documents/${to}/`);
      expect(hrefs(page(`/documents/${to}/`)), `${to} ← ${from}`).toContain(passagePath(from));
    }
  });

  it('show on both passages: "Follows up…" on the later, "Followed up in…" on the earlier', () => {
    for (const { from, to } of pairs) {
      expect(hrefs(page(passagePath(from)), '.connections a'), `${from} → ${to}`).toContain(passagePath(to));
      expect(hrefs(page(passagePath(to)), '.connections a'), `${to} ← ${from}`).toContain(passagePath(from));
    }
    const tourism = toText(select('.connections', page('/documents/2023-05-17-joint-statement/clause-25/'))!);
    expect(tourism).toMatch(/Followed up in/);
  });

  it('set each earlier passage beside what was said of it on the follow-through page', () => {
    const rows = selectAll('ol.rows > li', page('/follow-through/'));
    for (const { from, to } of pairs) {
      const row = rows.find((r) => hrefs(r, 'a.earlier').includes(passagePath(to)));
      expect(row, to).toBeDefined();
      expect(hrefs(row!, '.later a'), `${to} ← ${from}`).toContain(passagePath(from));
    }
  });
});

describe('glossary', () => {
  const entries = ids('glossary');

  it('gives every entry a page, listed on the glossary', () => {
    const index = hrefs(page('/glossary/'));
    for (const id of entries) expect(index, id).toContain(`/glossary/${id}/`);
  });

  it('lists on an entry page exactly the passages that name it, and never alters the text', () => {
    const xi = page('/glossary/xi-jinping/');
    const named = hrefs(xi, '.passages a');
    const expected = htmlPages()
      .map((p) => p.path)
      .filter((p) => isPassagePage(p))
      .filter((p) => toText(select('.text', page(p))!).includes('Xi Jinping'));
    expect(named.sort()).toEqual(expected.sort());
    // The passage's own page shows the name as plain text, not rewritten into a link.
    expect(select('.text a:not(.note-marker)', page(expected[0]!))).toBeUndefined();
  });
});

describe('home page', () => {
  const home = page('/');

  it('leads into the timeline by year and the themes by chart', () => {
    const links = hrefs(home);
    expect(links.some((h) => /^\/timeline\/\d{4}\/$/.test(h))).toBe(true);
    expect(links.filter((h) => /^\/themes\/[a-z-]+\/$/.test(h)).length).toBeGreaterThanOrEqual(ids('themes').length);
    expect(links).toEqual(expect.arrayContaining(['/timeline/', '/themes/']));
  });
});

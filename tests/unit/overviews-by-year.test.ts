import { describe, expect, it } from 'vitest';
import {
  commitmentAnchor,
  eventsOnTimelineByYear,
  followThrough,
  followThroughAnchors,
  followThroughByYear,
  glossaryEntryAnchors,
  glossaryEntryView,
  mentionsByYear,
  passageCount,
  type Edition,
} from '../../src/lib/edition';
import { OVERVIEW_LIMITS, overviewMode } from '../../src/lib/periods';
import { toRelations } from '../../src/lib/relations';
import { smallEdition } from '../support/edition';

/** The small edition with one more link, inside the 2024 readout, so that the follow-through spans two years. */
function twoYears(): Edition {
  const edition = smallEdition();
  const extra = toRelations('2024-07-03-astana-talks', 'content/relations/2024-07-03-astana-talks.yaml', {
    relations: [{ passage: 'para-2', type: 'follows-up', target: '2024-07-03-astana-talks/para-1', subject: 'The arrival' }],
  });
  return { ...edition, relations: [...edition.relations, ...extra] };
}
const page = (year: number) => `/follow-through/${year}/`;

describe('the follow-through by year', () => {
  const rows = followThrough(twoYears());
  const years = followThroughByYear(rows);

  it('files each row under the year of its earlier text, oldest year first, keeping reading order', () => {
    expect(years.map((y) => y.year)).toEqual([2023, 2024]);
    expect(years.flatMap((y) => y.items)).toEqual(rows);
    for (const { year, items } of years) for (const row of items) expect(row.earlier.document.date.startsWith(String(year))).toBe(true);
    expect(years[1]!.items.map(commitmentAnchor)).toEqual(['2024-07-03-astana-talks-para-1']);
  });

  it('anchors each row by its earlier passage, as the page always has', () => {
    expect(rows.map(commitmentAnchor)).toEqual(rows.map((r) => `${r.earlier.document.id}-${r.earlier.passage.id}`));
  });

  it('maps every row and every year to the page that holds it', () => {
    const map = followThroughAnchors(years, page);
    for (const { year, items } of years) {
      expect(map[`year-${year}`]).toBe(page(year));
      for (const row of items) expect(map[commitmentAnchor(row)]).toBe(`${page(year)}#${commitmentAnchor(row)}`);
    }
    expect(Object.keys(map)).toHaveLength(rows.length + years.length);
  });
});

describe('a glossary entry by year', () => {
  const edition = smallEdition();
  const astana = edition.glossary.find((g) => g.id === 'astana')!;
  const view = glossaryEntryView(edition, astana);

  it('files the passages naming it under the year of their text', () => {
    const years = mentionsByYear(view.passages);
    expect(years.map((y) => y.year)).toEqual([...new Set(view.passages.map((g) => Number(g.document.date.slice(0, 4))))].sort());
    expect(years.reduce((n, y) => n + passageCount(y.items), 0)).toBe(passageCount(view.passages));
    for (const { year, items } of years) for (const g of items) expect(g.document.date.startsWith(String(year))).toBe(true);
  });

  it('counts passages across documents', () => {
    expect(passageCount([])).toBe(0);
    expect(passageCount(view.passages)).toBe(view.passages.flatMap((g) => g.passages).length);
  });

  it('maps each text’s passages and each year to the year page, and each event to the timeline', () => {
    const years = mentionsByYear(view.passages);
    const map = glossaryEntryAnchors(years, view.events, (y) => `/glossary/astana/${y}/`, (e) => `/timeline/${e.date.slice(0, 4)}/#${e.id}`);
    for (const { year, items } of years) {
      expect(map[`year-${year}`]).toBe(`/glossary/astana/${year}/`);
      for (const g of items) expect(map[g.document.id]).toBe(`/glossary/astana/${year}/#${g.document.id}`);
    }
    expect(view.events.length).toBeGreaterThan(0);
    for (const { event } of view.events) expect(map[event.id]).toBe(`/timeline/${event.date.slice(0, 4)}/#${event.id}`);
  });

  it('files events under the year of their date, partial dates included', () => {
    const all = edition.events.map((event) => ({ event, passages: [], references: [] }));
    const years = eventsOnTimelineByYear(all);
    expect(years.map((y) => y.year)).toEqual([2024]);
    expect(years[0]!.items).toHaveLength(2);
  });

  it('shows its events whole, one line each, or by year, by how many there are', () => {
    const { whole, titles } = OVERVIEW_LIMITS.glossaryEvents;
    expect(overviewMode(whole, OVERVIEW_LIMITS.glossaryEvents)).toBe('whole');
    expect(overviewMode(whole + 1, OVERVIEW_LIMITS.glossaryEvents)).toBe('titles');
    expect(overviewMode(titles + 1, OVERVIEW_LIMITS.glossaryEvents)).toBe('years');
  });
});

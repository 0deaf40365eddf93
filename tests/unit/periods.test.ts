import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/lib/documents';
import { OVERVIEW_LIMITS, anchorMap, byDecade, byYear, neighbours, overviewMode, periodIndex, yearOf } from '../../src/lib/periods';
import { CHART_DOCUMENT_COLUMNS, CHART_YEAR_COLUMNS, cellTarget, chartColumns, themeOverview } from '../../src/lib/theme-overview';
import { smallEdition } from '../support/edition';

describe('periods', () => {
  const items = [{ d: '2024-07-03' }, { d: '1992-01' }, { d: '2023-05-17' }, { d: '1998' }, { d: '2024-01-01' }];
  const years = byYear(items, (i) => yearOf(i.d));

  it('groups by year, oldest first, keeping each year’s order', () => {
    expect(years.map((y) => [y.year, y.items.map((i) => i.d)])).toEqual([
      [1992, ['1992-01']],
      [1998, ['1998']],
      [2023, ['2023-05-17']],
      [2024, ['2024-07-03', '2024-01-01']],
    ]);
  });

  it('groups years by decade', () => {
    expect(byDecade(years).map((d) => [d.label, d.years.map((y) => y.year)])).toEqual([
      ['1990s', [1992, 1998]],
      ['2020s', [2023, 2024]],
    ]);
    expect(periodIndex(years, (y) => `/t/${y}/`)[1]!.years).toEqual([
      { year: 2023, href: '/t/2023/', count: 1 },
      { year: 2024, href: '/t/2024/', count: 2 },
    ]);
  });

  it('shows an overview whole up to its limit, then one line an item, then by year', () => {
    const limits = { whole: 2, titles: 4 };
    expect([0, 2, 3, 4, 5].map((n) => overviewMode(n, limits))).toEqual(['whole', 'whole', 'titles', 'titles', 'years']);
    expect(overviewMode(OVERVIEW_LIMITS.followThrough.whole + 1, OVERVIEW_LIMITS.followThrough)).toBe('years');
  });

  it('finds a year page’s neighbours among the years that have items', () => {
    expect(neighbours([1992, 1998, 2023], 1998)).toEqual({ previous: 1992, next: 2023 });
    expect(neighbours([1992, 1998, 2023], 1992)).toEqual({ next: 1998 });
    expect(neighbours([1992], 1992)).toEqual({});
  });

  it('maps every item’s anchor, and every year’s, to the year page that holds it', () => {
    const map = anchorMap(years, (i) => [`e-${i.d}`], (y) => `/timeline/${y}/`);
    for (const { year, items: list } of years) {
      expect(map[`year-${year}`]).toBe(`/timeline/${year}/`);
      for (const i of list) expect(map[`e-${i.d}`]).toBe(`/timeline/${year}/#e-${i.d}`);
    }
  });
});

describe('the themes chart’s columns', () => {
  const { documents } = smallEdition();
  const at = (date: string, n: number): Document => ({ ...documents[0]!, id: `${date}-text-${n}`, date });
  const paths = { theme: (id: string) => `/themes/${id}/`, themeYear: (id: string, y: number) => `/themes/${id}/${y}/` };

  it('gives each text a column while they are few, and leads a cell to that text on its year’s page', () => {
    const few = Array.from({ length: CHART_DOCUMENT_COLUMNS }, (_, i) => at(`${2020 + i}-01-01`, i));
    const columns = chartColumns(few);
    expect(columns.map((c) => c.kind)).toEqual(few.map(() => 'document'));
    expect(cellTarget(columns[1]!, 'trade', paths)).toBe(`/themes/trade/2021/#${few[1]!.id}`);
  });

  it('then a column a year, then a column a decade, oldest first, counting every text once', () => {
    const inYears = Array.from({ length: CHART_DOCUMENT_COLUMNS + 3 }, (_, i) => at(`${2020 + (i % CHART_YEAR_COLUMNS)}-0${(i % 9) + 1}-01`, i));
    const byYears = chartColumns(inYears);
    expect(byYears.every((c) => c.kind === 'year')).toBe(true);
    expect(byYears.map((c) => c.key)).toEqual([...byYears.map((c) => c.key)].sort());
    expect(byYears.flatMap((c) => c.documents)).toHaveLength(inYears.length);
    expect(cellTarget(byYears[0]!, 'trade', paths)).toBe(`/themes/trade/${byYears[0]!.key}/`);

    const long = Array.from({ length: CHART_YEAR_COLUMNS + 1 }, (_, i) => at(`${1992 + i * 2}-01-01`, i));
    const byDecades = chartColumns(long);
    expect(byDecades.map((c) => c.label)).toEqual(['1990s', '2000s', '2010s']);
    expect(byDecades.flatMap((c) => c.documents)).toHaveLength(long.length);
    expect(cellTarget(byDecades[0]!, 'trade', paths)).toBe('/themes/trade/#decade-1990');
  });
});

describe('a theme’s overview', () => {
  const edition = smallEdition();
  const tourism = edition.themes.find((t) => t.id === 'tourism')!;

  it('lists its passages by year, newest first, whole while they fit', () => {
    const overview = themeOverview(tourism, edition.documents);
    expect(overview.mode).toBe('whole');
    expect(overview.years.map((y) => y.year)).toEqual([2024, 2023]);
    expect(overview.count).toBe(2);
  });

  it('summarises by year once its passages pass the limit', () => {
    const many = Array.from({ length: OVERVIEW_LIMITS.themePassages.whole + 1 }, (_, i) => ({ ...edition.documents[1]!, id: `x-${i}` }));
    expect(themeOverview(tourism, many).mode).toBe('years');
  });
});

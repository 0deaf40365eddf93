/**
 * Overviews at any size. An overview (the timeline, a theme, the follow-through, a glossary
 * entry, the documents) shows all its items on one page while they fit the page budget (about
 * 14 kB gzip and 1,400 elements, measured by `npm run bench`), and otherwise summarises them by
 * year, each year on a page of its own. The year pages exist at every size, so their addresses
 * never depend on how large the edition has grown.
 */

/** How an overview shows its items: all of them, one line each, or only how many fall in each year. */
export type OverviewMode = 'whole' | 'titles' | 'years';

/**
 * The most items each overview shows whole (and, for the timeline, as one line each), before it
 * summarises by year. Set from what one item costs in bytes and elements on its page, so that the
 * page stays within budget: `npm run bench -- --docs 500` and tests/build/overviews.test.ts check it.
 */
export const OVERVIEW_LIMITS = {
  /**
   * A full entry costs about 400 B gzip and 15–25 elements in the real texts, a one-line entry
   * about 55 B and 3 elements, over a page of about 9.5 kB with the map.
   */
  timeline: { whole: 10, titles: 80 },
  /**
   * A row of an earlier passage and one later passage costs 9 elements (5 more for each further
   * later passage, 2 for an editors' note) and, in the real texts, about 120 B gzip.
   */
  followThrough: { whole: 60 },
  /** A passage with its label and excerpt costs about 5 elements and 110 B gzip in the real texts, over a page of about 5 kB. */
  themePassages: { whole: 70 },
  /** The same passages, on a page that may also hold the entry's events and names. */
  glossaryMentions: { whole: 50 },
  /**
   * The events at a glossary entry's place: whole (about 15–25 elements and 400 B each) up to 15,
   * one line each (3 elements) up to 60, beyond that only how many fall in each year, each year
   * linked to its page on the timeline.
   */
  glossaryEvents: { whole: 15, titles: 60 },
  /** A document's line in the record costs about 5 elements and 40 B gzip. */
  documents: { whole: 150 },
} as const satisfies Record<string, { whole: number; titles?: number }>;

export function overviewMode(count: number, limits: { whole: number; titles?: number }): OverviewMode {
  if (count <= limits.whole) return 'whole';
  if (limits.titles !== undefined && count <= limits.titles) return 'titles';
  return 'years';
}

export interface YearGroup<T> {
  year: number;
  items: T[];
}

/** The year of an ISO date, full or partial ("2023-05-17", "2023-05", "2023"). */
export const yearOf = (date: string): number => Number(date.slice(0, 4));

/** Items by year, oldest year first, each year's items in the order given. */
export function byYear<T>(items: readonly T[], year: (item: T) => number): YearGroup<T>[] {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const y = year(item);
    groups.set(y, [...(groups.get(y) ?? []), item]);
  }
  return [...groups.entries()].sort(([a], [b]) => a - b).map(([y, list]) => ({ year: y, items: list }));
}

export interface DecadeGroup<T> {
  decade: number;
  /** "1990s" */
  label: string;
  years: YearGroup<T>[];
}

/** Year groups by decade, oldest first. */
export function byDecade<T>(years: readonly YearGroup<T>[]): DecadeGroup<T>[] {
  const decades = new Map<number, YearGroup<T>[]>();
  for (const y of years) {
    const d = Math.floor(y.year / 10) * 10;
    decades.set(d, [...(decades.get(d) ?? []), y]);
  }
  return [...decades.entries()].sort(([a], [b]) => a - b).map(([decade, list]) => ({ decade, label: `${decade}s`, years: list }));
}

/** The year before and after `year` among those that have items: a year page's neighbours. */
export function neighbours(years: readonly number[], year: number): { previous?: number; next?: number } {
  const sorted = [...years].sort((a, b) => a - b);
  const i = sorted.indexOf(year);
  return { ...(i > 0 ? { previous: sorted[i - 1] } : {}), ...(i >= 0 && i < sorted.length - 1 ? { next: sorted[i + 1] } : {}) };
}

/** The anchor of a year's heading on an overview that shows its items whole: "year-2023". */
export const yearAnchor = (year: number): string => `year-${year}`;

/** The anchor of a decade's heading: "decade-1990" (as /documents/ published it). */
export const decadeAnchor = (decade: number): string => `decade-${decade}`;

/**
 * Where each anchor of an overview now lives, for a page that no longer holds them all: anchor →
 * the page (with the anchor) that has it. A published link such as /timeline/#<event-id> keeps
 * landing on its item through this map.
 */
export function anchorMap<T>(years: readonly YearGroup<T>[], anchorsOf: (item: T) => string[], pageOfYear: (year: number) => string): Record<string, string> {
  const map: Record<string, string> = {};
  for (const { year, items } of years) {
    map[yearAnchor(year)] = pageOfYear(year);
    for (const item of items) for (const anchor of anchorsOf(item)) map[anchor] ??= `${pageOfYear(year)}#${anchor}`;
  }
  return map;
}

/** One year in an overview's index: its page and how many items it holds. */
export interface PeriodLink {
  year: number;
  href: string;
  count: number;
}

export interface DecadeIndex {
  decade: number;
  label: string;
  years: PeriodLink[];
}

/** The years of an overview by decade, each with its page and count: what `PeriodIndex` shows. */
export function periodIndex<T>(years: readonly YearGroup<T>[], hrefOf: (year: number) => string, count: (items: T[]) => number = (items) => items.length): DecadeIndex[] {
  return byDecade(years).map(({ decade, label, years: list }) => ({
    decade,
    label,
    years: list.map(({ year, items }) => ({ year, href: hrefOf(year), count: count(items) })),
  }));
}

/**
 * Themes at any size: the chart's columns (documents while few, then years, then decades), and
 * a theme's passages by year, whole on its page while they fit, otherwise on a page per year.
 */
import { documentShortName, type Document } from './documents';
import { OVERVIEW_LIMITS, byYear, decadeAnchor, overviewMode, yearOf, type OverviewMode, type YearGroup } from './periods';
import { byTitle, passagesOnTheme, type DocumentPassages, type Theme } from './themes';

/** The chart gives each text a column while there are at most this many… */
export const CHART_DOCUMENT_COLUMNS = 4;
/** …then each year while the texts span at most this many years (the chart scrolls within itself on a phone), then each decade. */
export const CHART_YEAR_COLUMNS = 12;

export type ChartColumnKind = 'document' | 'year' | 'decade';

/** A column of the themes chart: the texts it counts, and where its heading leads. */
export interface ChartColumn {
  kind: ChartColumnKind;
  /** A document's id, "2023" or "1990s". */
  key: string;
  label: string;
  documents: Document[];
}

/** The chart's columns for these texts, oldest first. */
export function chartColumns(documents: readonly Document[]): ChartColumn[] {
  const oldestFirst = [...documents].sort((a, b) => a.date.localeCompare(b.date));
  const years = byYear(oldestFirst, (d) => yearOf(d.date));
  if (oldestFirst.length <= CHART_DOCUMENT_COLUMNS) return oldestFirst.map((d) => ({ kind: 'document', key: d.id, label: documentShortName(d), documents: [d] }));
  if (years.length <= CHART_YEAR_COLUMNS) return years.map(({ year, items }) => ({ kind: 'year', key: String(year), label: String(year), documents: items }));
  const decades = byYear(oldestFirst, (d) => Math.floor(yearOf(d.date) / 10) * 10);
  return decades.map(({ year: decade, items }) => ({ kind: 'decade', key: `${decade}s`, label: `${decade}s`, documents: items }));
}

/** Where a chart cell leads: the theme's passages of that column's document, year or decade. */
export function cellTarget(column: ChartColumn, themeId: string, paths: { theme: (id: string) => string; themeYear: (id: string, year: number) => string }): string {
  if (column.kind === 'year') return paths.themeYear(themeId, Number(column.key));
  if (column.kind === 'document') return `${paths.themeYear(themeId, yearOf(column.documents[0]!.date))}#${column.key}`;
  return `${paths.theme(themeId)}#${decadeAnchor(Number(column.key.slice(0, 4)))}`;
}

/** A theme's passages by year, newest year first, each year's documents newest first. */
export interface ThemeOverview {
  theme: Theme;
  mode: Exclude<OverviewMode, 'titles'>;
  count: number;
  documents: number;
  years: YearGroup<DocumentPassages>[];
}

export function themeOverview(theme: Theme, documents: readonly Document[]): ThemeOverview {
  const groups = passagesOnTheme(documents, theme.id);
  const count = groups.reduce((n, g) => n + g.passages.length, 0);
  const years = byYear(groups, (g) => yearOf(g.document.date))
    .reverse()
    .map(({ year, items }) => ({ year, items: [...items].sort((a, b) => b.document.date.localeCompare(a.document.date)) }));
  return { theme, mode: overviewMode(count, OVERVIEW_LIMITS.themePassages) === 'whole' ? 'whole' : 'years', count, documents: groups.length, years };
}

/** The passages on a theme in one year, or undefined when it has none. */
export function themeYear(overview: ThemeOverview, year: number): YearGroup<DocumentPassages> | undefined {
  return overview.years.find((y) => y.year === year);
}

/** How a theme's passages spread over the texts, in a line that stays short at any size. */
export function themeSpread(overview: Pick<ThemeOverview, 'count' | 'documents' | 'years'>): string {
  const passages = `${overview.count} ${overview.count === 1 ? 'passage' : 'passages'}`;
  if (overview.count === 0) return 'No passage is filed under this theme yet.';
  const docs = `${overview.documents} ${overview.documents === 1 ? 'text' : 'texts'}`;
  const years = overview.years.map((y) => y.year);
  const span = years.length === 1 ? `${years[0]}` : `${Math.min(...years)}–${Math.max(...years)}`;
  return `${passages} in ${docs}, ${span}`;
}

/** The themes index: every theme, alphabetical, with how its passages spread. */
export function themeIndex(themes: readonly Theme[], documents: readonly Document[]): { theme: Theme; spread: string }[] {
  return [...themes].sort(byTitle).map((theme) => ({ theme, spread: themeSpread(themeOverview(theme, documents)) }));
}

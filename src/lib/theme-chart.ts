/**
 * The themes chart: themes × documents while the texts are few, then × years or decades. It is a table whose cells carry a static SVG bar beside
 * the number: one thing that is both a chart to take in at a glance and a table to read,
 * whose text stays full size on a phone (text inside a scaled SVG would shrink with it).
 */
export interface ThemeChartInput {
  themes: { id: string; title: string; href: string }[];
  /** A text, a year or a decade; its heading links when it is a text. */
  columns: { id: string; label: string; href?: string | undefined }[];
  /** What a column is, for the caption: "document", "year", "decade". */
  per: string;
  /** counts[t][c]: passages of themes[t] in columns[c]. */
  counts: number[][];
  /** hrefs[t][c]: where a cell leads, the theme's passages of that column. */
  hrefs: string[][];
}

export interface ThemeChartLayout {
  columns: { id: string; label: string; href?: string | undefined }[];
  per: string;
  rows: { id: string; title: string; href: string; cells: { count: number; href: string; /** 0–100, of the largest count */ bar: number }[]; total: number }[];
  max: number;
}

export function themeChart(input: ThemeChartInput): ThemeChartLayout {
  const max = Math.max(0, ...input.counts.flat());
  return {
    columns: input.columns,
    per: input.per,
    rows: input.themes.map((theme, t) => {
      const counts = input.columns.map((_, c) => input.counts[t]?.[c] ?? 0);
      return {
        ...theme,
        cells: counts.map((count, c) => ({ count, href: input.hrefs[t]?.[c] ?? theme.href, bar: max === 0 ? 0 : Math.round((count / max) * 1000) / 10 })),
        total: counts.reduce((a, b) => a + b, 0),
      };
    }),
    max,
  };
}

/**
 * The themes × documents chart. It is a table whose cells carry a static SVG bar beside
 * the number: one thing that is both a chart to take in at a glance and a table to read,
 * whose text stays full size on a phone (text inside a scaled SVG would shrink with it).
 */
export interface ThemeChartInput {
  themes: { id: string; title: string; href: string }[];
  documents: { id: string; label: string; href: string }[];
  /** counts[t][d]: passages of documents[d] on themes[t]. */
  counts: number[][];
}

export interface ThemeChartLayout {
  columns: { id: string; label: string; href: string }[];
  rows: { id: string; title: string; href: string; cells: { count: number; /** 0–100, of the largest count */ bar: number }[]; total: number }[];
  max: number;
}

export function themeChart(input: ThemeChartInput): ThemeChartLayout {
  const max = Math.max(0, ...input.counts.flat());
  return {
    columns: input.documents,
    rows: input.themes.map((theme, t) => {
      const counts = input.documents.map((_, d) => input.counts[t]?.[d] ?? 0);
      return {
        ...theme,
        cells: counts.map((count) => ({ count, bar: max === 0 ? 0 : Math.round((count / max) * 1000) / 10 })),
        total: counts.reduce((a, b) => a + b, 0),
      };
    }),
    max,
  };
}

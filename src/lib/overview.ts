import type { ThemeChartInput } from './theme-chart';
import type { TimelineStripInput } from './timeline-strip';
import { cellTarget, chartColumns } from './theme-overview';
import type { Edition } from './edition';
import { eventsByYear } from './events';
import { byTitle, themeCounts } from './themes';
import { documentPath, href, themePath, themeYearPath, timelineYearPath } from './urls';

/** The home page lists the latest texts, never every one. */
export const HOME_LATEST_TEXTS = 3;

/** The themes chart: every theme, alphabetical, with its passages in each text, year or decade (oldest first). */
export function themeChartInput(edition: Pick<Edition, 'themes' | 'documents'>): ThemeChartInput {
  const themes = [...edition.themes].sort(byTitle);
  const columns = chartColumns(edition.documents);
  const paths = { theme: themePath, themeYear: themeYearPath };
  return {
    themes: themes.map((t) => ({ id: t.id, title: t.title, href: href(themePath(t.id)) })),
    columns: columns.map((c) => ({ id: c.key, label: c.label, href: c.kind === 'document' ? href(documentPath(c.key)) : undefined })),
    per: columns[0]?.kind ?? 'document',
    counts: themes.map((t) => columns.map((c) => themeCounts([t], c.documents)[0]!.reduce((a, b) => a + b, 0))),
    hrefs: themes.map((t) => columns.map((c) => href(cellTarget(c, t.id, paths)))),
  };
}

/** The home page's strip: the years that have events, each leading to its place on the timeline. */
export function timelineStripInput(edition: Pick<Edition, 'events'>): TimelineStripInput {
  return {
    years: eventsByYear(edition.events).map(({ year, events }) => ({
      year,
      href: href(timelineYearPath(year)),
      events: events.map((e) => ({ title: e.title })),
    })),
  };
}

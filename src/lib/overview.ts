import type { ThemeChartInput } from './theme-chart';
import type { TimelineStripInput } from './timeline-strip';
import { documentShortName } from './documents';
import type { Edition } from './edition';
import { eventsByYear } from './events';
import { byTitle, themeCounts } from './themes';
import { documentPath, href, themePath, timelineYearPath } from './urls';

/** The themes × documents chart: every theme, alphabetical, with its passages in each document (oldest first). */
export function themeChartInput(edition: Pick<Edition, 'themes' | 'documents'>): ThemeChartInput {
  const themes = [...edition.themes].sort(byTitle);
  const documents = [...edition.documents].reverse();
  return {
    themes: themes.map((t) => ({ id: t.id, title: t.title, href: href(themePath(t.id)) })),
    documents: documents.map((d) => ({ id: d.id, label: documentShortName(d), href: href(documentPath(d.id)) })),
    counts: themeCounts(themes, documents),
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

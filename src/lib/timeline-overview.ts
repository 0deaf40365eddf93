/** The timeline at any size: whole while short, one line an entry while that fits, else years only. */
import { timeline, type EventOnTimeline } from './edition';
import type { Edition } from './edition';
import { OVERVIEW_LIMITS, overviewMode, type OverviewMode, type YearGroup } from './periods';

export interface TimelineOverview {
  mode: OverviewMode;
  /** Entries: events and documents' signings. */
  count: number;
  years: YearGroup<EventOnTimeline>[];
}

export function timelineOverview(edition: Edition): TimelineOverview {
  const years = timeline(edition);
  const count = years.reduce((n, y) => n + y.items.length, 0);
  return { mode: overviewMode(count, OVERVIEW_LIMITS.timeline), count, years };
}

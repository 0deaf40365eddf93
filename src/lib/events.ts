import type { DateBasis } from '../schemas/dates';
import type { EventData } from '../schemas/event';
import { formatDateSpan, yearOfPartial } from './dates';
import { parsePassageRef, type PassageRef } from './passage-refs';

export { DATE_BASES, type DateBasis } from '../schemas/dates';

export const DATE_BASIS_LABELS: Record<DateBasis, string> = {
  stated: 'Date stated in the text',
  confirmed: 'Date confirmed by an outside source',
  inferred: 'Date inferred by the editors',
};

/** Something that happened, dated as precisely as the evidence allows, tied to the passages that mention it. */
export interface TimelineEvent extends Omit<EventData, 'passages'> {
  /** The permanent id: the file name in content/events/, and the event's anchor on the timeline. */
  id: string;
  file: string;
  passages: PassageRef[];
}

export function toTimelineEvent(id: string, file: string, data: EventData): TimelineEvent {
  return { ...data, id, file, passages: data.passages.map(parsePassageRef) };
}

/** "3 January 1992", "2–4 July 2024", "July 2023 – July 2024". */
export function eventDateLabel(event: Pick<TimelineEvent, 'date' | 'end'>): string {
  return formatDateSpan(event.date, event.end);
}

/**
 * Chronological: by start, a year before a month before a day within the same period
 * (the vaguer date is read as the period's beginning), then the shorter span, then id.
 */
export function byDate(a: TimelineEvent, b: TimelineEvent): number {
  return compare(a.date, b.date) || compare(a.end ?? a.date, b.end ?? b.date) || compare(a.id, b.id);
}

const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

export interface TimelineYear {
  year: number;
  events: TimelineEvent[];
}

/** The events grouped by the year they start in, oldest first. */
export function eventsByYear(events: readonly TimelineEvent[]): TimelineYear[] {
  const years = new Map<number, TimelineEvent[]>();
  for (const event of [...events].sort(byDate)) {
    const year = yearOfPartial(event.date);
    years.set(year, [...(years.get(year) ?? []), event]);
  }
  return [...years].map(([year, list]) => ({ year, events: list }));
}

/** The events at a place, oldest first. */
export function eventsAt(events: readonly TimelineEvent[], placeId: string): TimelineEvent[] {
  return events.filter((e) => e.place === placeId).sort(byDate);
}

/** The anchor of a year on the timeline page. Event ids start with their date, so they never collide. */
export { yearAnchor } from './periods';

import { PARTIAL_DATE, isCalendarDate, isPartialDate } from '../schemas/dates';

export { isCalendarDate, isPartialDate };

/** A calendar date written as in the content, `YYYY-MM-DD`. Kept as text so it never shifts with time zones. */
export type CalendarDate = string;

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

function parts(date: CalendarDate): [number, number, number] {
  if (!isCalendarDate(date)) throw new Error(`not a calendar date: ${JSON.stringify(date)}`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

/** "17 May 2023": the form used throughout the site, unambiguous for every reader. */
export function formatDate(date: CalendarDate): string {
  const [y, m, d] = parts(date);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

export function yearOf(date: CalendarDate): number {
  return parts(date)[0];
}

/** Newest first; ties keep their order. */
export function byDateDescending<T extends { date: CalendarDate }>(a: T, b: T): number {
  return a.date < b.date ? 1 : a.date > b.date ? -1 : 0;
}

/**
 * A date known to the day, the month or only the year: "1992-01-03", "2014-11", "2015".
 * Timeline events carry the precision their evidence allows, never more.
 */
export type PartialDate = string;
export type DatePrecision = 'day' | 'month' | 'year';

export function precisionOf(date: PartialDate): DatePrecision {
  const m = PARTIAL_DATE.exec(date);
  if (!m || !isPartialDate(date)) throw new Error(`not a date: ${JSON.stringify(date)}`);
  return m[3] !== undefined ? 'day' : m[2] !== undefined ? 'month' : 'year';
}

/** "3 January 1992", "November 2014", "2015". */
export function formatPartialDate(date: PartialDate): string {
  const precision = precisionOf(date);
  if (precision === 'day') return formatDate(date);
  const [y, m] = date.split('-');
  return precision === 'month' ? `${MONTHS[Number(m) - 1]} ${y}` : `${y}`;
}

/**
 * A span written as briefly as it reads: "2–4 July 2024", "12 October – 3 November 2021",
 * "July 2023 – July 2024", "2012–2022". Without an end, the date alone.
 */
export function formatDateSpan(start: PartialDate, end?: PartialDate): string {
  if (!end) return formatPartialDate(start);
  const [p, q] = [precisionOf(start), precisionOf(end)];
  const [sy, sm, sd] = start.split('-');
  const [ey, em, ed] = end.split('-');
  if (p === 'day' && q === 'day' && sy === ey) {
    if (sm === em) return `${Number(sd)}–${Number(ed)} ${MONTHS[Number(em) - 1]} ${ey}`;
    return `${Number(sd)} ${MONTHS[Number(sm) - 1]} – ${Number(ed)} ${MONTHS[Number(em) - 1]} ${ey}`;
  }
  if (p === 'year' && q === 'year') return `${sy}–${ey}`;
  return `${formatPartialDate(start)} – ${formatPartialDate(end)}`;
}

/** The year a partial date falls in. */
export function yearOfPartial(date: PartialDate): number {
  return Number(date.slice(0, 4));
}

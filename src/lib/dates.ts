/** A calendar date written as in the content, `YYYY-MM-DD`. Kept as text so it never shifts with time zones. */
export type CalendarDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** True when `value` is `YYYY-MM-DD` and names a day that exists (no 30 February). */
export function isCalendarDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

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

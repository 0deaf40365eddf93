/**
 * How the content writes dates, and how their basis is known: shared by the schemas, and by
 * src/lib/dates.ts, which formats them. Plain checks, no zod, so that any module may read them.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is `YYYY-MM-DD` and names a day that exists (no 30 February). */
export function isCalendarDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isPartialDate(value: string): boolean {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return false;
  if (m[3] !== undefined) return isCalendarDate(value);
  return m[2] === undefined || (Number(m[2]) >= 1 && Number(m[2]) <= 12);
}

/** How a date is known: stated in the texts, confirmed by a reference, or inferred. An inferred date is never shown as confirmed. */
export const DATE_BASES = ['stated', 'confirmed', 'inferred'] as const;
export type DateBasis = (typeof DATE_BASES)[number];

import { z } from 'astro/zod';
import { isCalendarDate, isPartialDate } from './dates';
import { ID_PATTERN, PASSAGE_REF_PATTERN } from './ids';

/** Field types shared by the content schemas. */

/**
 * A day written "YYYY-MM-DD" in quotes. YAML reads an unquoted date as a timestamp and
 * rolls an impossible one over (2023-02-30 becomes 2 March), so only quoted text is taken.
 */
export const calendarDate = z.unknown().transform((value, ctx) => {
  if (typeof value === 'string' && isCalendarDate(value)) return value;
  const message =
    value === undefined
      ? 'a date is required, written "YYYY-MM-DD"'
      : value instanceof Date
        ? `write the date in quotes, "${Number.isNaN(value.getTime()) ? 'YYYY-MM-DD' : value.toISOString().slice(0, 10)}": unquoted dates are read as timestamps and an impossible day rolls over silently`
        : `${JSON.stringify(value)} is not a date that exists, written "YYYY-MM-DD"`;
  ctx.addIssue({ code: 'custom', message });
  return z.NEVER;
});

export const text = z.string().trim().min(1);
export const slug = z.string().regex(ID_PATTERN, 'lower-case letters and digits joined by hyphens');

/** A day, a month or a year, in quotes: "1992-01-03", "2014-11", "2015". */
export const partialDate = z.unknown().transform((value, ctx) => {
  if (typeof value === 'string' && isPartialDate(value)) return value;
  ctx.addIssue({
    code: 'custom',
    message:
      value instanceof Date
        ? 'write the date in quotes ("YYYY-MM-DD", "YYYY-MM" or "YYYY"): unquoted dates are read as timestamps'
        : typeof value === 'string' && /^\d{4}-\d{2}(-\d{2})?$/.test(value)
          ? `${JSON.stringify(value)} is not a date that exists, written "YYYY-MM-DD" (or "YYYY-MM", "YYYY" when only that is known)`
          : `${JSON.stringify(value)} is not a date: write "YYYY-MM-DD", "YYYY-MM" or "YYYY", in quotes`,
  });
  return z.NEVER;
});

export const passageRef = z
  .string()
  .regex(PASSAGE_REF_PATTERN, 'a passage is written "<doc-id>/<passage-id>", e.g. "2023-05-17-joint-statement/clause-9"');

/** Other collections cite a reference by its id (its file name in content/references/). */
export const referenceIds = z.array(slug).default([]);


import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { documentsLoader } from './loaders/documents';
import { isCalendarDate } from './lib/dates';
import { documentKindIds, translationIds } from './lib/kinds';
import { ID_PATTERN } from './lib/passages';

/** Where content lives; tests point it at fixture folders. */
const contentDir = process.env.CONTENT_DIR ?? 'content';

/**
 * A day written "YYYY-MM-DD" in quotes. YAML reads an unquoted date as a timestamp and
 * rolls an impossible one over (2023-02-30 becomes 2 March), so only quoted text is taken.
 */
const calendarDate = z.unknown().transform((value, ctx) => {
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

const text = z.string().trim().min(1);
const slug = z.string().regex(ID_PATTERN, 'lower-case letters and digits joined by hyphens');

export const documentSchema = z.strictObject({
  /** The title as the source gives it. */
  title: text,
  /** The name used in page titles and citations, before place and date. */
  shortTitle: text,
  kind: z.enum(documentKindIds),
  /** The day of the event the text records (talks held, statement signed). */
  date: calendarDate,
  place: z.strictObject({ name: text, country: text }),
  parties: z.array(text).min(1),
  /** Who speaks in the text, for documents whose paragraphs are attributed. */
  speakers: z.record(slug, text).default({}),
  /** The editors' summary, in their own words. */
  summary: text,
  /** The editors' account of how the text is divided into sections and numbered. */
  structure: text.optional(),
  source: z.strictObject({
    /** The reference text in content/sources/, which the passages must match exactly. */
    file: z.string().regex(/^[\w.-]+\.txt$/, 'a file name in content/sources/, ending .txt'),
    description: text,
    publisher: text,
    url: z.url().optional(),
    originalLanguage: text,
    translation: z.enum(translationIds),
    /** The date the copy carries (its publication or repost date). */
    date: calendarDate,
  }),
});

export type DocumentFrontMatter = z.output<typeof documentSchema>;

export const collections = {
  documents: defineCollection({
    loader: documentsLoader({ contentDir }),
    schema: documentSchema,
  }),
};

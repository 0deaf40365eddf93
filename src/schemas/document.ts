import { z } from 'astro/zod';
import { translationIds } from '../lib/kinds';
import { calendarDate, slug, text } from './fields';

export const documentSchema = z.strictObject({
  /** The title as the source gives it. */
  title: text,
  /** The name used in page titles and citations, before place and date. */
  shortTitle: text,
  /** A kind of document: a file in content/kinds/. */
  kind: slug,
  /** The day of the event the text records (talks held, statement signed). */
  date: calendarDate,
  place: z.strictObject({ name: text, country: text }),
  parties: z.array(text).min(1),
  /** Who issued the text, as citations name its author; the parties when omitted. */
  issuedBy: z.array(text).min(1).optional(),
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

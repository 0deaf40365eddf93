import { z } from 'astro/zod';
import { calendarDate, text } from './fields';

/**
 * A published source outside the texts that gives a date or a fact: content/references/<id>.yaml.
 * Events, glossary entries and editorial notes cite it by its id, so that it is written once.
 */
export const referenceSchema = z.strictObject({
  title: text,
  publisher: text,
  url: z.url(),
  /** The date the reference carries. */
  date: calendarDate.optional(),
  /** What a reader should know about the copy, e.g. that it reposts another publisher's text. */
  note: text.optional(),
});

export type ReferenceData = z.output<typeof referenceSchema>;

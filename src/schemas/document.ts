import { z } from 'astro/zod';
import { DATE_BASES } from './dates';
import { calendarDate, partialDate, referenceIds, slug, text } from './fields';

/** How the text was put into English: English is the original, the government's official English, or an unrevised machine translation. */
export const translationIds = ['none', 'official', 'machine'] as const;
export type Translation = (typeof translationIds)[number];

/** Where a catalogued document stands, where a source says. */
export const DOCUMENT_STATES = ['signed', 'in-force', 'expired', 'superseded'] as const;
export type DocumentState = (typeof DOCUMENT_STATES)[number];

/** Where the edition's copy of a document's text comes from. */
const sourceSchema = z.strictObject({
  /** The reference text in content/sources/, which the passages must match exactly. */
  file: z.string().regex(/^[\w.-]+\.txt$/, 'a file name in content/sources/, ending .txt'),
  description: text,
  publisher: text,
  url: z.url().optional(),
  originalLanguage: text,
  translation: z.enum(translationIds),
  /** The date the copy carries (its publication or repost date). */
  date: calendarDate,
});

/**
 * A document of the bilateral record: content/documents/<doc-id>.mdx. With a `source` and
 * passages, its text is in the edition; without, it is catalogued (its facts and where its
 * official text is published), and adding its text later keeps its id and address.
 */
export const documentSchema = z
  .strictObject({
    /** The title as the source gives it. */
    title: text,
    /** The name used in page titles and citations, before place and date. */
    shortTitle: text,
    /** A kind of document: a file in content/kinds/. */
    kind: slug,
    /** The day it was signed or adopted (talks held, statement signed); a month or year for a catalogued document known only so far. */
    date: partialDate,
    /** How the date is known; a document whose text is in the edition states its own date. */
    dateBasis: z.enum(DATE_BASES).optional(),
    /** The editors' account of the date: required when it is inferred or when sources disagree. */
    dateNote: text.optional(),
    /** Where it was signed or adopted; a catalogued document may not know. */
    place: z.strictObject({ name: text, country: text }).optional(),
    parties: z.array(text).min(1),
    /** Who signed it, where known. */
    signatories: z.array(text).default([]),
    /** Who issued the text, as citations name its author; the parties when omitted. */
    issuedBy: z.array(text).min(1).optional(),
    /** Who speaks in the text, for documents whose paragraphs are attributed. */
    speakers: z.record(slug, text).default({}),
    /** The editors' summary, in their own words. */
    summary: text,
    /** The editors' account of how the text is divided into sections and numbered. */
    structure: text.optional(),
    /** Whether it is signed, in force, expired or superseded, and since when, where a source says. */
    status: z
      .strictObject({
        state: z.enum(DOCUMENT_STATES),
        since: partialDate.optional(),
        references: z.array(slug).min(1, 'a status needs the reference that states it'),
      })
      .optional(),
    /** Where its official text (or the official report of its signing) is published: files in content/references/, the best first. */
    references: referenceIds,
    source: sourceSchema.optional(),
  })
  .superRefine((doc, ctx) => {
    if (doc.source) {
      // The edition's texts are cited to the day and place they carry.
      if (!/^\d{4}-\d{2}-\d{2}$/.test(doc.date)) {
        ctx.addIssue({ code: 'custom', path: ['date'], message: `a document with its text is dated to the day, "YYYY-MM-DD" (it has "${doc.date}")` });
      }
      if (!doc.place) ctx.addIssue({ code: 'custom', path: ['place'], message: 'missing: a document with its text names its place (name and country)' });
      return;
    }
    // A catalogued document: every fact about it carries a source.
    if (!doc.dateBasis) {
      ctx.addIssue({
        code: 'custom',
        path: ['dateBasis'],
        message: 'missing: a catalogued document (no `source`) says how its date is known: "stated" (by a text of the edition), "confirmed" (by its references) or "inferred" (with a dateNote)',
      });
    }
    if (doc.references.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['references'], message: 'missing: a catalogued document (no `source`) cites at least one reference where it is published or reported' });
    }
    if (doc.dateBasis === 'inferred' && !doc.dateNote) {
      ctx.addIssue({ code: 'custom', path: ['dateNote'], message: 'missing: an inferred date needs a dateNote saying how it was inferred' });
    }
  });

export type DocumentFrontMatter = z.output<typeof documentSchema>;
export type SourceData = z.output<typeof sourceSchema>;

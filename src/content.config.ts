import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { documentsLoader } from './loaders/documents';
import { isCalendarDate, isPartialDate } from './lib/dates';
import { documentKindIds, translationIds } from './lib/kinds';
import { DATE_BASES } from './lib/events';
import { GLOSSARY_KINDS, LANGUAGE_TAG, NAME_KINDS } from './lib/glossary';
import { ID_PATTERN } from './lib/passages';
import { PASSAGE_REF_PATTERN } from './lib/passage-refs';
import { CONFIDENCE_LEVELS, NOTE_KINDS } from './lib/notes';
import { RELATION_TYPES } from './lib/relations';

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

/** A theme: content/themes/<theme-id>.yaml. Passages name it in their `themes` attribute. */
export const themeSchema = z.strictObject({
  title: text,
  /** One paragraph, in the editors' words: what the theme covers. */
  description: text,
});

/** A day, a month or a year, in quotes: "1992-01-03", "2014-11", "2015". */
const partialDate = z.unknown().transform((value, ctx) => {
  if (typeof value === 'string' && isPartialDate(value)) return value;
  ctx.addIssue({
    code: 'custom',
    message:
      value instanceof Date
        ? 'write the date in quotes ("YYYY-MM-DD", "YYYY-MM" or "YYYY"): unquoted dates are read as timestamps'
        : `${JSON.stringify(value)} is not a date: write "YYYY-MM-DD", "YYYY-MM" or "YYYY", in quotes`,
  });
  return z.NEVER;
});

const passageRef = z
  .string()
  .regex(PASSAGE_REF_PATTERN, 'a passage is written "<doc-id>/<passage-id>", e.g. "2023-05-17-joint-statement/clause-9"');

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

/** Other collections cite a reference by its id (its file name in content/references/). */
const referenceIds = z.array(slug).default([]);

/** A timeline event: content/events/<event-id>.yaml. */
export const eventSchema = z
  .strictObject({
    title: text,
    /** The day, month or year it happened (its start, for a span). */
    date: partialDate,
    /** The last day, month or year, for an event that spans time. */
    end: partialDate.optional(),
    /** How the date is known: stated in the texts, confirmed by a reference, or inferred. */
    dateBasis: z.enum(DATE_BASES),
    /** The editors' account of the date, required when it is inferred. */
    dateNote: text.optional(),
    description: text,
    /** A place in the glossary, for the map. */
    place: slug.optional(),
    /** The passages that mention or imply the event. */
    passages: z.array(passageRef).min(1, 'an event is on the timeline because a passage mentions it: list at least one'),
    references: referenceIds,
  })
  .superRefine((event, ctx) => {
    if (event.dateBasis === 'confirmed' && event.references.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['references'], message: 'a confirmed date needs the reference that confirms it' });
    }
    if (event.dateBasis === 'inferred' && !event.dateNote) {
      ctx.addIssue({ code: 'custom', path: ['dateNote'], message: 'an inferred date needs a dateNote saying how it was inferred' });
    }
    if (event.end && event.end <= event.date) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `end ${event.end} is not after date ${event.date}` });
    }
  });

/** A person, organisation, place or programme the texts name: content/glossary/<entry-id>.yaml. */
export const glossarySchema = z
  .strictObject({
    name: text,
    kind: z.enum(GLOSSARY_KINDS),
    description: text,
    /**
     * The exact spellings that count as a mention in the texts, the garbled ones included
     * ("Kasemal Tokayev"). Matching is case-sensitive and on whole words. A place the texts
     * never name, shown on the map for its events, has none.
     */
    mentions: z.array(text).default([]),
    /** Where a place is, for the map. */
    location: z.strictObject({ longitude: z.number().min(-180).max(180), latitude: z.number().min(-90).max(90) }).optional(),
    references: referenceIds,
    /**
     * The entry's names in other languages and scripts, and its other spellings (transliterations,
     * former names, abbreviations), for readers and for search. Each is a fact about the world:
     * its language tag and the sources where that exact form is published are required.
     */
    names: z
      .array(
        z.strictObject({
          text,
          /** A BCP 47 tag: "zh-Hans", "ru", "kk", "en", "de"… Pages mark the name up with it. */
          lang: z.string({ error: 'give the name\'s language as a BCP 47 tag (lang: "zh-Hans", "ru", "kk", "en", …)' }).regex(LANGUAGE_TAG, 'a BCP 47 language tag such as "zh-Hans", "ru", "kk" or "en"'),
          kind: z.enum(NAME_KINDS).default('name'),
          /** What a reader should know about the form, e.g. the years a former name was in use. */
          note: text.optional(),
          /** References (ids in content/references/) where this exact form is published. */
          sources: z.array(slug, { error: 'list the references where this form of the name is published (sources: [<reference-id>])' }).min(1, 'list at least one reference where this form of the name is published'),
        }),
      )
      .default([]),
  })
  .superRefine((entry, ctx) => {
    if (entry.kind !== 'place' && entry.mentions.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['mentions'], message: 'list the spellings the texts use; only a place (shown for its events) may have none' });
    }
    if (entry.kind === 'place' && !entry.location) {
      ctx.addIssue({ code: 'custom', path: ['location'], message: 'a place needs its location { longitude, latitude } for the map' });
    }
  });

/**
 * The cross-references from one document's passages to earlier texts:
 * content/relations/<doc-id>.yaml, stored once and shown on both sides.
 */
export const relationsSchema = z.strictObject({
  relations: z
    .array(
      z.strictObject({
        /** A passage of this file's document. */
        passage: slug,
        type: z.enum(RELATION_TYPES),
        /** The earlier passage it relates to. */
        target: passageRef,
        /** What the two passages share, in a few words: "Tourism years". */
        subject: text,
        /** The editors' account of the link, when it needs one. */
        note: text.optional(),
      }),
    )
    .min(1),
});

/**
 * The editors' notes on one document's text: content/notes/<doc-id>.yaml. A note is attached
 * to the exact words it is about (a span of one passage), or to the whole text; it never
 * changes a character of the text.
 */
export const notesSchema = z.strictObject({
  notes: z
    .array(
      z
        .strictObject({
          /** The permanent id, unique in the edition: the note's anchor, #note-<id>. */
          id: slug,
          /** The passage the note is on; omitted for a note on the whole text. */
          passage: slug.optional(),
          /** The exact words of the passage the note is about, as the text gives them. */
          span: z.string().min(1).optional(),
          /** Which occurrence of the span, from 1, when the words occur more than once in the passage. */
          occurrence: z.number().int().min(1).optional(),
          kind: z.enum(NOTE_KINDS),
          /** The editorial reading: what the words should read, refer to, or what other evidence says. */
          reading: text,
          /** How the editors know, in their own words. */
          evidence: text,
          confidence: z.enum(CONFIDENCE_LEVELS),
          /** References (ids in content/references/) that support the reading. */
          sources: referenceIds,
        })
        .superRefine((note, ctx) => {
          if (note.passage && !note.span) ctx.addIssue({ code: 'custom', path: ['span'], message: `note "${note.id}" is on ${note.passage}: give the exact words it is about as span` });
          if (!note.passage && note.span) ctx.addIssue({ code: 'custom', path: ['passage'], message: `note "${note.id}" has a span: name the passage it is in` });
          if (note.occurrence && !note.span) ctx.addIssue({ code: 'custom', path: ['occurrence'], message: 'occurrence counts occurrences of the span: give the span' });
          if (note.confidence === 'confirmed' && note.sources.length === 0) {
            ctx.addIssue({ code: 'custom', path: ['sources'], message: `note "${note.id}" is confirmed: list the sources that confirm it` });
          }
        }),
    )
    .min(1),
});

export type ThemeData = z.output<typeof themeSchema>;
export type EventData = z.output<typeof eventSchema>;
export type GlossaryData = z.output<typeof glossarySchema>;
export type RelationsData = z.output<typeof relationsSchema>;
export type ReferenceData = z.output<typeof referenceSchema>;
export type NotesData = z.output<typeof notesSchema>;

const yamlFiles = (folder: string) => glob({ base: `${contentDir}/${folder}`, pattern: '*.yaml' });

export const collections = {
  documents: defineCollection({
    loader: documentsLoader({ contentDir }),
    schema: documentSchema,
  }),
  themes: defineCollection({ loader: yamlFiles('themes'), schema: themeSchema }),
  events: defineCollection({ loader: yamlFiles('events'), schema: eventSchema }),
  glossary: defineCollection({ loader: yamlFiles('glossary'), schema: glossarySchema }),
  relations: defineCollection({ loader: yamlFiles('relations'), schema: relationsSchema }),
  references: defineCollection({ loader: yamlFiles('references'), schema: referenceSchema }),
  notes: defineCollection({ loader: yamlFiles('notes'), schema: notesSchema }),
};

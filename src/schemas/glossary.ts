import { z } from 'astro/zod';
import { referenceIds, slug, text } from './fields';

export const GLOSSARY_KINDS = ['person', 'organisation', 'place', 'programme'] as const;
export type GlossaryKind = (typeof GLOSSARY_KINDS)[number];

/** What a name in another language or spelling is: the name, a full name, a transliteration… */
export const NAME_KINDS = ['name', 'full-name', 'transliteration', 'former-name', 'abbreviation'] as const;
export type NameKind = (typeof NAME_KINDS)[number];

/** A BCP 47 tag of the forms this edition uses: language, optional script, optional region ("zh-Hans", "kk", "en-GB"). */
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-(?:[A-Z]{2}|\d{3}))?$/;


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

export type GlossaryData = z.output<typeof glossarySchema>;

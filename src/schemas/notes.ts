import { z } from 'astro/zod';
import { referenceIds, slug, text } from './fields';

/** What a note says of its words: they should read…, they refer to…, or other evidence differs. */
export const NOTE_KINDS = ['correction', 'clarification', 'discrepancy'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/** How sure the editors are: a source states the reading, or they inferred it. */
export const CONFIDENCE_LEVELS = ['confirmed', 'inferred'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

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
          /**
           * The exact words the reading text puts in place of the span, when the editors read the
           * passage that way: a correction's drop-in. Absent, the reading text keeps the words.
           */
          replaceWith: z.string().trim().min(1, 'give the words the reading text puts in place of the span, or leave replaceWith out').optional(),
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
          if (note.replaceWith !== undefined && !note.span) {
            ctx.addIssue({ code: 'custom', path: ['replaceWith'], message: `note "${note.id}" is on the whole text: only words of a passage (a span) can be replaced` });
          }
          if (note.replaceWith !== undefined && note.kind !== 'correction') {
            ctx.addIssue({ code: 'custom', path: ['replaceWith'], message: `note "${note.id}" is a ${note.kind}: only a correction replaces its words in the reading text; a ${note.kind} leaves them standing` });
          }
          if (note.confidence === 'confirmed' && note.sources.length === 0) {
            ctx.addIssue({ code: 'custom', path: ['sources'], message: `note "${note.id}" is confirmed: list the sources that confirm it` });
          }
        }),
    )
    .min(1),
});

export type NotesData = z.output<typeof notesSchema>;

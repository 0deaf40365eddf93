import { z } from 'astro/zod';
import { slug, text } from './fields';
import { RELATION_TARGET_PATTERN } from './ids';

/**
 * How a later passage relates to an earlier passage or document. Stored once, on the later
 * passage's side, and shown on both.
 */
export const RELATION_TYPES = ['follows-up', 'reaffirms', 'reports-on', 'refers-to'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

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
        /** The earlier passage it relates to ("<doc-id>/<passage-id>"), or a whole document of the record ("<doc-id>"). */
        target: z
          .string()
          .regex(RELATION_TARGET_PATTERN, 'a passage "<doc-id>/<passage-id>" (e.g. "2023-05-17-joint-statement/clause-9") or a whole document "<doc-id>"'),
        /** What the two passages share, in a few words: "Tourism years". */
        subject: text,
        /** The editors' account of the link, when it needs one. */
        note: text.optional(),
      }),
    )
    .min(1),
});

export type RelationsData = z.output<typeof relationsSchema>;

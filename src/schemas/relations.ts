import { z } from 'astro/zod';
import { RELATION_TYPES } from '../lib/relations';
import { passageRef, slug, text } from './fields';

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

export type RelationsData = z.output<typeof relationsSchema>;

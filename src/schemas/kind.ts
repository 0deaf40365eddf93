import { z } from 'astro/zod';
import { text } from './fields';

/** The passage kinds a kind of document may be divided into when a source is scaffolded. */
const SCAFFOLD_PASSAGES = ['preamble', 'clause', 'paragraph'] as const;

/**
 * A kind of document (joint statement, talks readout, press release…): content/kinds/<kind-id>.yaml.
 * Documents name it in their `kind`; a new kind is a new file.
 */
export const kindSchema = z.strictObject({
  /** "Joint statement": how pages and lists name the kind. */
  label: text,
  /** "Joint Statement": the kind in short titles, "Joint Statement, Xi'an 2023". */
  shortName: text,
  /** The genre citations give, before the translation: "Joint statement, English machine translation". */
  citationGenre: text,
  /** Whether each paragraph says who speaks (a `speaker` on every `<Paragraph>`). */
  speakers: z.boolean(),
  /**
   * How the scaffolder divides a source into passages: `body` is the passage each paragraph
   * becomes; with `lead`, the paragraphs before the first numbered one ("1. …") become that
   * kind instead (a statement's preamble).
   */
  passages: z.strictObject({
    lead: z.enum(SCAFFOLD_PASSAGES).optional(),
    body: z.enum(SCAFFOLD_PASSAGES),
  }),
});

export type KindData = z.output<typeof kindSchema>;

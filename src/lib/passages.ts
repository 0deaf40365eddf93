/** The parts a document is made of. Each has an id written in its MDX file, never derived. */
export type PassageKind = 'preamble' | 'clause' | 'paragraph' | 'closing';

/** How the start of a section is known (the joint statement's section numerals were mostly lost). */
export type SectionBoundary = 'in-text' | 'confirmed' | 'inferred';

export interface Section {
  id: string;
  title: string;
  boundary?: SectionBoundary;
  /** The editors' account of how the boundary is known. */
  note?: string;
}

export interface Passage {
  id: string;
  kind: PassageKind;
  /** What a reader sees and cites: "Clause 12", "¶ 10", "Signatures". */
  label: string;
  sectionId?: string;
  /** For talks paragraphs: a key of the document's `speakers`, or `narration`. */
  speaker?: string;
  /** Theme ids (files in content/themes/), written in the passage's `themes` attribute. */
  themes: string[];
  /** The verbatim text, one entry per paragraph (or table row) of the source. */
  blocks: string[];
  /** The text rendered to HTML (paragraphs, tables), without the passage's own wrapper. */
  html: string;
  /** Line of the passage's opening tag in its MDX file. */
  line: number;
}

export const NARRATION = 'narration';

/** The MDX element that writes each kind of passage, and how its label is made. */
export const PASSAGE_ELEMENTS = {
  Preamble: { kind: 'preamble', labelPrefix: 'Preamble', attributes: ['id', 'themes'] },
  Clause: { kind: 'clause', labelPrefix: 'Clause', attributes: ['id', 'themes'] },
  Paragraph: { kind: 'paragraph', labelPrefix: '¶', attributes: ['id', 'speaker', 'themes'] },
  Closing: { kind: 'closing', labelPrefix: undefined, attributes: ['id', 'label', 'themes'] },
} as const satisfies Record<
  string,
  { kind: PassageKind; labelPrefix: string | undefined; attributes: readonly string[] }
>;

/**
 * How many themes a passage carries. Clauses and paragraphs are the substance of a text and
 * each is filed under at least one theme; a preamble or closing may carry none.
 */
export const THEMES_PER_PASSAGE = { min: { preamble: 0, clause: 1, paragraph: 1, closing: 0 }, max: 3 } as const;

export type PassageElement = keyof typeof PASSAGE_ELEMENTS;

export function isPassageElement(name: string | null | undefined): name is PassageElement {
  return name != null && Object.hasOwn(PASSAGE_ELEMENTS, name);
}

/** Passage and section ids: lower-case words joined by hyphens, as they appear in URLs. */
export { ID_PATTERN } from '../schemas/ids';

/** Ids the page layout uses itself; a passage or section may not take them. */
export const RESERVED_ID_PREFIX = 'site-';

/** Passage ids that are pages of their document's own: /documents/<doc-id>/reading/ and /documents/<doc-id>/notes/. */
export const RESERVED_PASSAGE_IDS = ['reading', 'notes'];

/** The number a numbered passage carries at the end of its id: `clause-12` → "12". */
export function numberInId(id: string): string | undefined {
  return /-(\d+)$/.exec(id)?.[1];
}

/** Text of a passage as one string, its paragraphs separated by blank lines. */
export function passageText(passage: Pick<Passage, 'blocks'>): string {
  return passage.blocks.join('\n\n');
}

/** A description of at most `max` characters, cut at a word boundary. */
export function excerpt(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** About `max` characters of `text` around [start, end), cut at word boundaries: "…met twice in Xi'an and Beijing…". */
export function excerptAround(text: string, start: number, end: number, max = 160): string {
  if (text.length <= max) return excerpt(text, max);
  const room = Math.max(0, max - (end - start));
  let from = Math.max(0, start - Math.floor(room / 2));
  let to = Math.min(text.length, from + max);
  from = Math.max(0, to - max);
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  if (to < text.length) to = text.lastIndexOf(' ', to) > end ? text.lastIndexOf(' ', to) : to;
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}

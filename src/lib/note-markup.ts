import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

/**
 * Where editorial notes sit in a passage's rendered text. The text is never changed: a note
 * wraps the words it is about and adds a marker after them whose label is drawn by CSS, so
 * the passage's text content, its copy and its search record stay exactly the source's.
 */

/** A paragraph or table cell of a passage: the units a span may not cross. */
export interface TextUnit {
  text: string;
  /** Where the unit starts in the passage's text (paragraphs joined by a blank line, cells by a space). */
  offset: number;
}

export interface SpanLocation {
  unit: number;
  /** Character offsets within the unit. */
  start: number;
  end: number;
}

const UNIT_ELEMENTS = new Set(['p', 'th', 'td']);

/** The paragraphs and table cells of a passage's HTML, in reading order. */
export function textUnits(html: string): TextUnit[] {
  return unitElements(fromHtml(html, { fragment: true })).map(({ text, offset }) => ({ text, offset }));
}

interface UnitElement extends TextUnit {
  element: Element;
}

function unitElements(tree: Root): UnitElement[] {
  const units: UnitElement[] = [];
  let offset = 0;
  let rowStarted = false;
  const visit = (node: Root | RootContent) => {
    if (node.type === 'element' && node.tagName === 'tr') {
      rowStarted = false;
    }
    if (node.type === 'element' && UNIT_ELEMENTS.has(node.tagName)) {
      // Paragraphs and rows are separated by a blank line in the passage's text, cells by a space.
      if (units.length > 0) offset += node.tagName === 'p' || !rowStarted ? 2 : 1;
      if (node.tagName !== 'p') rowStarted = true;
      const text = textOf(node);
      units.push({ element: node, text, offset });
      offset += text.length;
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return units;
}

function textOf(node: ElementContent | Root): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map((c) => textOf(c as ElementContent)).join('');
  return '';
}

/**
 * Finds the `occurrence`-th place (from 1) where `span` occurs within one unit. Returns the
 * location, or a sentence saying why the span cannot be placed.
 */
export function locateSpan(units: readonly TextUnit[], span: string, occurrence?: number): SpanLocation | { problem: string } {
  const found: SpanLocation[] = [];
  units.forEach((unit, i) => {
    for (let at = unit.text.indexOf(span); at !== -1; at = unit.text.indexOf(span, at + 1)) {
      found.push({ unit: i, start: at, end: at + span.length });
    }
  });
  if (found.length === 0) {
    return { problem: `the words "${span}" are not in the passage (a span is copied exactly from one paragraph or table cell)` };
  }
  if (occurrence === undefined) {
    if (found.length > 1) return { problem: `the words "${span}" occur ${found.length} times in the passage: add occurrence (1 to ${found.length})` };
    return found[0]!;
  }
  const location = found[occurrence - 1];
  if (!location) return { problem: `occurrence ${occurrence} of "${span}" does not exist: the words occur ${found.length} time(s)` };
  return location;
}

/** A note placed in the text: its location and the marker drawn after it. */
export interface NoteMark {
  id: string;
  location: SpanLocation;
  /** "a", "b", …: the marker's visible label, drawn by CSS. */
  marker: string;
  /** The marker's accessible name: "Editorial note a". */
  label: string;
}

/**
 * The passage's HTML with each noted span wrapped in `<span class="noted">` and followed by a
 * marker link to its note. Spans must not overlap (the content checks say so first).
 */
export function annotate(html: string, marks: readonly NoteMark[]): string {
  return applyMarks(html, marks, wrapRange);
}

/** Applies each mark to its paragraph or cell of the passage's HTML. */
function applyMarks<M extends Pick<NoteMark, 'id' | 'location'>>(html: string, marks: readonly M[], apply: (element: Element, mark: M) => void): string {
  if (marks.length === 0) return html;
  const tree = fromHtml(html, { fragment: true });
  const units = unitElements(tree);
  // Right to left within a unit, so that earlier offsets stay valid while later ones are changed.
  const ordered = [...marks].sort((a, b) => a.location.unit - b.location.unit || b.location.start - a.location.start);
  for (const mark of ordered) {
    const unit = units[mark.location.unit];
    if (!unit) throw new Error(`note ${mark.id}: no paragraph or cell ${mark.location.unit + 1} in the passage`);
    apply(unit.element, mark);
  }
  return toHtml(tree);
}

/**
 * Puts, in place of each piece of the characters [start, end) of an element's text (which may
 * span several text nodes), what `middle` makes of it; returns where the last of it went.
 */
function spliceRange(
  element: Element,
  start: number,
  end: number,
  middle: (piece: string, first: boolean) => ElementContent[],
): { parent: Element; index: number } | undefined {
  let position = 0;
  let last: { parent: Element; index: number } | undefined;
  const walk = (parent: Element) => {
    for (let i = 0; i < parent.children.length; i += 1) {
      const child = parent.children[i]!;
      if (child.type === 'element') {
        walk(child);
        continue;
      }
      if (child.type !== 'text') continue;
      const from = position;
      const to = position + child.value.length;
      position = to;
      if (to <= start || from >= end) continue;
      const a = Math.max(start, from) - from;
      const b = Math.min(end, to) - from;
      const made = middle(child.value.slice(a, b), last === undefined);
      const pieces: ElementContent[] = [...(a > 0 ? [text(child.value.slice(0, a))] : []), ...made];
      if (b < child.value.length) pieces.push(text(child.value.slice(b)));
      parent.children.splice(i, 1, ...pieces);
      last = { parent, index: i + (a > 0 ? 1 : 0) + made.length - 1 };
      i += pieces.length - 1;
    }
  };
  walk(element);
  return last;
}

/** Wraps the characters [start, end) of an element's text and sets the marker after them. */
function wrapRange(element: Element, mark: NoteMark): void {
  const last = spliceRange(element, mark.location.start, mark.location.end, (piece) => [span('noted', [text(piece)], { dataNote: mark.id })]);
  if (!last) throw new Error(`note ${mark.id}: characters ${mark.location.start}–${mark.location.end} are not in the text`);
  last.parent.children.splice(last.index + 1, 0, marker(`#note-${mark.id}`, `note-ref-${mark.id}`, mark));
}

const marker = (href: string, id: string, mark: NoteMark): Element => ({
  type: 'element',
  tagName: 'a',
  properties: { className: ['note-marker'], href, id, dataMarker: mark.marker, ariaLabel: mark.label },
  children: [],
});

const text = (value: string): Text => ({ type: 'text', value });

/** A replacement in the reading text: the editors' words in place of the span, and its marker. */
export interface ReplacementMark extends NoteMark {
  /** The editors' words. */
  words: string;
  /** The words of the text they stand for, for the accessible name of the replacement. */
  verbatim: string;
  confidence: string;
}

/**
 * The passage's HTML as the editors read it: each replaced span gives way to the editors'
 * words in brackets, followed by a marker to the replacement's entry, where the text's own
 * words are. Screen readers hear the text's words at the replacement too.
 */
export function substitute(html: string, marks: readonly ReplacementMark[]): string {
  return applyMarks(html, marks, replaceRange);
}

const span = (className: string, children: ElementContent[], more: Record<string, string | boolean> = {}): Element => ({
  type: 'element',
  tagName: 'span',
  properties: { className: [className], ...more },
  children,
});

/** Puts the mark's words, in brackets and with their marker, in place of the characters [start, end). */
function replaceRange(element: Element, mark: ReplacementMark): void {
  // The brackets are text, so that a copied reading text keeps them; screen readers skip them
  // and hear, after the editors' words, the words of the text.
  const replacement = span(
    'replaced',
    [
      span('bracket', [text('[')], { ariaHidden: 'true' }),
      span('reading-words', [text(mark.words)]),
      span('bracket', [text(']')], { ariaHidden: 'true' }),
      span('visually-hidden', [text(` (the editors’ reading; the text reads “${mark.verbatim}”)`)]),
    ],
    { dataNote: mark.id, dataConfidence: mark.confidence },
  );
  const last = spliceRange(element, mark.location.start, mark.location.end, (_, first) =>
    first ? [replacement, marker(`#reading-note-${mark.id}`, `reading-ref-${mark.id}`, mark)] : [],
  );
  if (!last) throw new Error(`note ${mark.id}: characters ${mark.location.start}–${mark.location.end} are not in the text`);
}

import { CARD_HEIGHT, CARD_WIDTH, type CardKind, type CardSpec } from './social-cards';

/**
 * The layout of a social card, as an element tree laid out with flexbox (the shape of a React
 * element, without React). Pure: the social-cards integration draws it with Takumi.
 */
export interface CardElement {
  type: 'div';
  /** Names the boxes the renderer measures to fit the text. */
  key?: string;
  props: { style: Record<string, string | number>; children?: string | CardElement[] };
}

/**
 * Bumped when the drawing changes in a way the element tree does not show (the renderer's
 * options, the fitting of the text): cached PNGs of an older version are not reused.
 */
export const CARD_LAYOUT_VERSION = 1;

/** The site's light palette (src/styles/global.css). */
const COLOURS = { bg: '#fbfaf6', text: '#1d1c1a', muted: '#57534c', rule: '#d6d0c3', accent: '#1d4e89' } as const;

const SERIF = 'Noto Serif';
const SANS = 'Noto Sans';

/** The character sets the cards draw, each a file of its own in the @fontsource packages. */
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'] as const;

/**
 * Each subset's file is registered as a family of its own ("Noto Serif cyrillic"), and the
 * layout names them all, in order, as a fallback stack.
 */
const family = (name: string, subset: (typeof SUBSETS)[number]) => (subset === 'latin' ? name : `${name} ${subset}`);
const stack = (name: string) => SUBSETS.map((subset) => family(name, subset)).join(', ');

/**
 * The faces the layout uses, from the @fontsource packages (their WOFF files, which the
 * renderer and the glyph check both read). Latin-ext covers the accented letters of names a later text may carry, and
 * Cyrillic with its extension the Russian and Kazakh ones (Қ, ә, ң…); a character no face has
 * fails the render rather than vanishing from the card.
 */
export const CARD_FONTS = [SERIF, SANS].flatMap((name) =>
  ([400, 600] as const).flatMap((weight) =>
    SUBSETS.map((subset) => {
      const slug = name.toLowerCase().replace(' ', '-');
      return { name: family(name, subset), weight, style: 'normal' as const, package: `@fontsource/${slug}`, file: `files/${slug}-${subset}-${weight}-normal.woff` };
    }),
  ),
);

/** Sizes for each kind: a passage label is a few characters and can be big; a title needs lines. */
const HEADING: Record<CardKind, { size: number; lines: number }> = {
  passage: { size: 92, lines: 1 },
  document: { size: 54, lines: 3 },
  site: { size: 68, lines: 2 },
};
/** The text under the heading, at most this many lines; fewer when the lines above take the room. */
export const EXCERPT_LINES: Record<CardKind, number> = { passage: 4, document: 3, site: 3 };
const EXCERPT_SIZE: Record<CardKind, number> = { passage: 34, document: 30, site: 32 };

/** The keys of the text under the heading and of the box it must fit in. */
export const EXCERPT_KEY = 'excerpt';
export const EXCERPT_BOX_KEY = 'excerpt-box';

const div = (style: Record<string, string | number>, children?: string | CardElement[], key?: string): CardElement => ({
  type: 'div',
  ...(key ? { key } : {}),
  props: children === undefined ? { style } : { style, children },
});

/** A text that keeps to `lines` lines, ending with an ellipsis if it would run longer. */
const clamped = (lines: number, style: Record<string, string | number>, text: string, key?: string): CardElement =>
  div({ display: 'block', lineClamp: lines, ...(lines === 1 ? { whiteSpace: 'nowrap', textOverflow: 'ellipsis', overflow: 'hidden' } : {}), ...style }, text, key);

/**
 * The element tree of one card: eyebrow, heading, subheading, the text, then the footer.
 * `excerptLines` lowers the text's line limit when the lines above leave less room.
 */
export function cardLayout(spec: CardSpec, { excerptLines = EXCERPT_LINES[spec.kind] }: { excerptLines?: number } = {}): CardElement {
  const heading = HEADING[spec.kind];
  return div(
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      // As in browsers, sizes are of the content box unless told otherwise.
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      padding: '56px 72px 44px',
      backgroundColor: COLOURS.bg,
      color: COLOURS.text,
      fontFamily: stack(SERIF),
      borderTop: `12px solid ${COLOURS.accent}`,
    },
    [
      clamped(1, { flexShrink: 0, fontFamily: stack(SANS), fontWeight: 600, fontSize: 26, letterSpacing: 1, textTransform: 'uppercase', color: COLOURS.muted }, spec.eyebrow),
      clamped(heading.lines, { flexShrink: 0, fontWeight: 600, fontSize: heading.size, lineHeight: 1.18, marginTop: 8 }, spec.heading),
      clamped(2, { flexShrink: 0, fontFamily: stack(SANS), fontSize: 30, lineHeight: 1.3, color: COLOURS.accent, marginTop: 14 }, spec.subheading),
      div(
        {
          display: 'flex',
          // The text keeps its own height, so that the renderer can see whether the box holds it.
          alignItems: 'flex-start',
          flexShrink: 1,
          minHeight: 0,
          marginTop: 30,
          overflow: 'hidden',
          // A passage's words are quoted as its page shows them, beside an accent rule; a summary is not a quotation.
          ...(spec.kind === 'passage' ? { paddingLeft: 28, borderLeft: `6px solid ${COLOURS.accent}` } : {}),
        },
        // pre-line keeps the line breaks between a table's rows.
        [clamped(excerptLines, { fontSize: EXCERPT_SIZE[spec.kind], lineHeight: 1.42, whiteSpace: 'pre-line' }, spec.excerpt, EXCERPT_KEY)],
        EXCERPT_BOX_KEY,
      ),
      // Takes the room left, so that the footer sits at the bottom whatever the text's length.
      div({ flexGrow: 1, minHeight: 24 }),
      div(
        {
          display: 'flex',
          flexShrink: 0,
          justifyContent: 'space-between',
          alignItems: 'baseline',
          paddingTop: 18,
          borderTop: `2px solid ${COLOURS.rule}`,
          fontFamily: stack(SANS),
          fontSize: 24,
          color: COLOURS.muted,
        },
        [div({ fontWeight: 600, color: COLOURS.text }, spec.footer), ...(spec.note ? [div({}, spec.note)] : [])],
      ),
    ],
  );
}

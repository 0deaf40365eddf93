// @napi-rs/canvas (Skia), laid out by hand: the same boxes as the element tree of
// src/lib/card-layout.ts, read from its styles (sizes, line heights, margins, colours, faces),
// with measureText for the wrapping and the clamping. It knows only this layout's shape:
// eyebrow, heading, subheading, the excerpt in its box, a spacer, the footer.
import type { CardElement } from '../../../src/lib/card-layout.ts';
import { EXCERPT_LINES, cardLayout } from '../../../src/lib/card-layout.ts';
import { CARD_HEIGHT, CARD_WIDTH, type CardSpec } from '../../../src/lib/social-cards.ts';
import type { CardFont } from '../../../src/integrations/social-cards/fonts.ts';
import { JPEG_QUALITY, optionalImport, packageVersion, type CardFormat, type CardRenderer } from './types.ts';

// The little of the package's API used here, declared so that the project type-checks without it.
interface Metrics {
  width: number;
  fontBoundingBoxAscent: number;
  fontBoundingBoxDescent: number;
}
interface Context {
  font: string;
  fillStyle: string;
  letterSpacing: string;
  textBaseline: string;
  textAlign: string;
  fillRect(x: number, y: number, w: number, h: number): void;
  fillText(text: string, x: number, y: number): void;
  measureText(text: string): Metrics;
}
interface Canvas {
  getContext(kind: '2d'): Context;
  encode(format: 'png'): Promise<Buffer>;
  encode(format: 'jpeg', quality: number): Promise<Buffer>;
}
interface NapiCanvas {
  createCanvas(width: number, height: number): Canvas;
  GlobalFonts: { register(data: Buffer, alias: string): unknown };
}

type Style = Record<string, string | number>;
const px = (value: string | number | undefined, fallback = 0): number => {
  const n = typeof value === 'number' ? value : Number.parseFloat(value ?? '');
  return Number.isFinite(n) ? n : fallback;
};
/** CSS box sides: "56px 72px 44px" → top, right, bottom, left. */
function sides(value: string | number | undefined): [number, number, number, number] {
  const v = String(value ?? 0).split(/\s+/).map((part) => px(part));
  const [t = 0, r = t, b = t, l = r] = v;
  return [t, r, b, l];
}
/** "12px solid #1d4e89" → width and colour. */
function border(value: string | number | undefined): { width: number; colour: string } {
  const [width = '0', , colour = 'transparent'] = String(value ?? '').split(/\s+/);
  return { width: px(width), colour };
}

interface TextBlock {
  font: string;
  letterSpacing: number;
  lineHeight: number | 'normal';
  colour: string;
  lines: number;
  preLine: boolean;
  upper: boolean;
}

export async function createRenderer(fonts: CardFont[]): Promise<CardRenderer> {
  const { createCanvas, GlobalFonts } = await optionalImport<NapiCanvas>('@napi-rs/canvas');
  // Each subset under the family name the layout's stack gives it; the weight is read from the face.
  for (const font of fonts) GlobalFonts.register(font.data, font.name);

  const fontOf = (style: Style, inherited: Style): string => {
    const stack = String(style.fontFamily ?? inherited.fontFamily)
      .split(',')
      .map((name) => `"${name.trim()}"`)
      .join(', ');
    return `${style.fontWeight ?? 400} ${px(style.fontSize ?? inherited.fontSize, 16)}px ${stack}`;
  };
  const block = (el: CardElement, inherited: Style): TextBlock => {
    const s = el.props.style;
    return {
      font: fontOf(s, inherited),
      letterSpacing: px(s.letterSpacing),
      lineHeight: s.lineHeight === undefined ? 'normal' : Number(s.lineHeight),
      colour: String(s.color ?? inherited.color),
      lines: Number(s.lineClamp ?? Infinity),
      preLine: s.whiteSpace === 'pre-line',
      upper: s.textTransform === 'uppercase',
    };
  };

  const measure = (ctx: Context, b: TextBlock, text: string) => {
    ctx.font = b.font;
    ctx.letterSpacing = `${b.letterSpacing}px`;
    return ctx.measureText(text).width;
  };
  /** Line height in pixels and the baseline's offset in a line, half the leading above the face's ascent. */
  const metrics = (ctx: Context, b: TextBlock) => {
    ctx.font = b.font;
    const m = ctx.measureText('Hg');
    const content = m.fontBoundingBoxAscent + m.fontBoundingBoxDescent;
    const size = px(/(\d+(?:\.\d+)?)px/.exec(b.font)?.[1]);
    const height = b.lineHeight === 'normal' ? content : b.lineHeight * size;
    return { height, baseline: (height - content) / 2 + m.fontBoundingBoxAscent };
  };

  /** Greedy wrapping at spaces and after dashes, pre-line keeping the text's own breaks; clamped with an ellipsis. */
  function wrap(ctx: Context, b: TextBlock, raw: string, width: number, maxLines: number, nowrap = false): string[] {
    const text = b.upper ? raw.toUpperCase() : raw;
    const paragraphs = (b.preLine ? text.split('\n') : [text]).map((p) => p.replace(/\s+/g, ' ').trim());
    const lines: string[] = [];
    for (const paragraph of paragraphs) {
      if (nowrap) {
        lines.push(paragraph);
        continue;
      }
      let line = '';
      for (const token of paragraph.split(/(?<= )|(?<=[-–—/](?=\S))/)) {
        const candidate = line + token;
        if (!line || measure(ctx, b, candidate.trimEnd()) <= width) line = candidate;
        else {
          lines.push(line.trimEnd());
          line = token;
        }
      }
      lines.push(line.trimEnd());
    }
    const clamped = nowrap ? lines.slice(0, 1) : lines.slice(0, maxLines);
    const last = clamped.length - 1;
    const cut = lines.length > clamped.length || (nowrap && measure(ctx, b, clamped[last]!) > width);
    if (cut) {
      let chars = [...clamped[last]!];
      while (chars.length && measure(ctx, b, `${chars.join('').trimEnd()}…`) > width) chars = chars.slice(0, -1);
      clamped[last] = `${chars.join('').trimEnd()}…`;
    }
    return clamped;
  }

  function draw(ctx: Context, b: TextBlock, lines: string[], x: number, top: number, align: 'left' | 'right' = 'left') {
    const { height, baseline } = metrics(ctx, b);
    ctx.font = b.font;
    ctx.letterSpacing = `${b.letterSpacing}px`;
    ctx.fillStyle = b.colour;
    ctx.textAlign = align;
    lines.forEach((line, i) => ctx.fillText(line, x, top + i * height + baseline));
    ctx.textAlign = 'left';
  }

  return {
    name: 'canvas',
    versions: { '@napi-rs/canvas': await packageVersion('@napi-rs/canvas') },
    async render(spec: CardSpec, format: CardFormat) {
      const root = cardLayout(spec);
      const rs = root.props.style;
      const [eyebrowEl, headingEl, subheadingEl, boxEl, spacerEl, footerEl] = root.props.children as CardElement[];
      const excerptEl = (boxEl!.props.children as CardElement[])[0]!;
      const footerItems = footerEl!.props.children as CardElement[];
      const canvas = createCanvas(CARD_WIDTH, CARD_HEIGHT);
      const ctx = canvas.getContext('2d');
      ctx.textBaseline = 'alphabetic';

      ctx.fillStyle = String(rs.backgroundColor);
      ctx.fillRect(0, 0, CARD_WIDTH, CARD_HEIGHT);
      const topRule = border(rs.borderTop);
      ctx.fillStyle = topRule.colour;
      ctx.fillRect(0, 0, CARD_WIDTH, topRule.width);
      const [pt, pr, pb, pl] = sides(rs.padding);
      const left = pl;
      const width = CARD_WIDTH - pl - pr;
      const bottom = CARD_HEIGHT - pb;
      let y = topRule.width + pt;

      // Eyebrow, heading and subheading: each as many lines as it takes, up to its clamp.
      for (const [el, text] of [
        [eyebrowEl!, spec.eyebrow],
        [headingEl!, spec.heading],
        [subheadingEl!, spec.subheading],
      ] as const) {
        const b = block(el, rs);
        const nowrap = el.props.style.whiteSpace === 'nowrap';
        const lines = wrap(ctx, b, text, width, b.lines, nowrap);
        y += px(el.props.style.marginTop);
        draw(ctx, b, lines, left, y);
        y += lines.length * metrics(ctx, b).height;
      }

      // The footer, from the bottom up: its rule, padding and one line.
      const fs = footerEl!.props.style;
      const footerBlock = block(footerEl!, rs);
      const footerRule = border(fs.borderTop);
      const footerTop = bottom - metrics(ctx, footerBlock).height - px(fs.paddingTop) - footerRule.width;
      ctx.fillStyle = footerRule.colour;
      ctx.fillRect(left, footerTop, width, footerRule.width);
      const lineTop = footerTop + footerRule.width + px(fs.paddingTop);
      const [main, note] = footerItems.map((item) => block(item, { ...rs, ...fs }));
      draw(ctx, main!, [String(footerItems[0]!.props.children)], left, lineTop);
      if (note && footerItems[1]) draw(ctx, note, [String(footerItems[1].props.children)], left + width, lineTop, 'right');

      // The excerpt gets the lines its box holds above the spacer's least height, as renderCard fits it.
      const bs = boxEl!.props.style;
      const boxTop = y + px(bs.marginTop);
      const room = footerTop - px(spacerEl!.props.style.minHeight) - boxTop;
      const eb = block(excerptEl, rs);
      const lineHeight = metrics(ctx, eb).height;
      const excerptLines = Math.min(EXCERPT_LINES[spec.kind], Math.floor((room + 0.5) / lineHeight));
      if (excerptLines < 1) throw new Error(`${spec.path}: the heading and subheading leave no room for a line of text`);
      const rule = border(bs.borderLeft);
      const textLeft = left + rule.width + px(bs.paddingLeft);
      const lines = wrap(ctx, eb, spec.excerpt, width - (textLeft - left), excerptLines);
      if (rule.width) {
        ctx.fillStyle = rule.colour;
        ctx.fillRect(left, boxTop, rule.width, lines.length * lineHeight);
      }
      draw(ctx, eb, lines, textLeft, boxTop);

      const data = format === 'png' ? await canvas.encode('png') : await canvas.encode('jpeg', JPEG_QUALITY);
      return { data, excerptLines };
    },
  };
}

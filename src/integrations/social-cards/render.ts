import { Renderer } from '@takumi-rs/core';
import { fromJsx } from '@takumi-rs/helpers/jsx';
import { EXCERPT_BOX_KEY, EXCERPT_KEY, EXCERPT_LINES, cardLayout, type CardElement } from '../../lib/card-layout';
import { ProjectError } from '../../lib/errors';
import { CARD_HEIGHT, CARD_WIDTH, type CardSpec } from '../../lib/social-cards';
import { glyphChecker, type CardFont } from './fonts';

/** One card as drawn: the image (PNG unless asked otherwise), and how many lines of its text the card held. */
export interface DrawnCard {
  image: Buffer;
  excerptLines: number;
}

/** PNG for the site; JPEG only for the renderer comparison (tests/scripts/bench-cards.ts). */
export type CardEncoding = { format: 'png' } | { format: 'jpeg'; quality: number };

interface Measured {
  height: number;
  children: Measured[];
}

/** The path of child indexes to the element with `key`: Takumi's nodes keep no keys. */
function pathTo(tree: CardElement, key: string): number[] | undefined {
  if (tree.key === key) return [];
  if (!Array.isArray(tree.props.children)) return undefined;
  for (const [i, child] of tree.props.children.entries()) {
    const path = pathTo(child, key);
    if (path) return [i, ...path];
  }
  return undefined;
}

const SIZE = { width: CARD_WIDTH, height: CARD_HEIGHT };

/**
 * Draws cards with Takumi, which lays out the element tree of card-layout.ts and encodes the
 * PNG in one native step (the comparison with satori + resvg and @napi-rs/canvas is in
 * docs/scale.md). The text under the heading gets as many of its lines as the box below a
 * long title or subheading holds, so that no line is cut through. Text no face can draw fails,
 * naming the card's file and line and the characters.
 */
export async function createCardRenderer(fonts: readonly CardFont[], encoding: CardEncoding = { format: 'png' }): Promise<(spec: CardSpec) => Promise<DrawnCard>> {
  const renderer = new Renderer();
  // Each subset is a family of its own ("Noto Serif cyrillic"): the layout's stacks name them in order.
  for (const font of fonts) await renderer.registerFont({ name: font.name, data: font.data, weight: font.weight, style: font.style });
  const missingGlyphs = glyphChecker(fonts);

  async function draw(spec: CardSpec): Promise<DrawnCard> {
    const missing = missingGlyphs(spec);
    if (missing.length) {
      throw new Error(missing.map((m) => `no face has ${m.characters.map((c) => JSON.stringify(c)).join(', ')} (in ${JSON.stringify(m.text)})`).join('; '));
    }
    for (let lines = EXCERPT_LINES[spec.kind]; lines > 0; lines--) {
      const layout = cardLayout(spec, { excerptLines: lines });
      const { node } = await fromJsx(layout as never);
      const measured = (await renderer.measure(node, SIZE)) as Measured;
      const at = (key: string) => pathTo(layout, key)?.reduce<Measured | undefined>((n, i) => n?.children[i], measured);
      const [text, box] = [at(EXCERPT_KEY), at(EXCERPT_BOX_KEY)];
      if (!text || !box) throw new Error('the layout has no text box to fit');
      // The text sits at the top of its box: it fits when it is no taller.
      if (text.height <= box.height + 0.5) return { image: await renderer.render(node, { ...SIZE, ...encoding }), excerptLines: lines };
    }
    throw new Error('the heading and subheading leave no room for a line of text');
  }

  return async (spec) => {
    try {
      return await draw(spec);
    } catch (error) {
      throw new ProjectError(
        'SocialCardError',
        `${spec.source}: the social card ${spec.path} ("${spec.heading}") could not be rendered: ${(error as Error).message}`,
        'A card draws its passage with the faces in CARD_FONTS (src/lib/card-layout.ts): add one that has the characters named above.',
        { cause: error },
      );
    }
  };
}

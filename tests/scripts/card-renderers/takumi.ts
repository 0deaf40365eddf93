// Takumi (@takumi-rs/core): one Rust engine lays the card out and encodes PNG or JPEG itself.
// The layout's element tree goes in through @takumi-rs/helpers' fromJsx, which takes it as
// it is (type 'div', props.style, props.children); each WOFF face is registered under the
// family name the layout's stack uses, so the stack falls back across subsets as in satori.
// The excerpt is fitted as renderCard fits it, with Takumi's measure() instead of satori's
// onNodeDetected (fromJsx drops keys: the boxes are found by their place in the tree).
import { EXCERPT_BOX_KEY, EXCERPT_KEY, EXCERPT_LINES, cardLayout } from '../../../src/lib/card-layout.ts';
import { CARD_HEIGHT, CARD_WIDTH, type CardSpec } from '../../../src/lib/social-cards.ts';
import type { CardFont } from '../../../src/integrations/social-cards.ts';
import { JPEG_QUALITY, optionalImport, packageVersion, pathToKey, type CardFormat, type CardRenderer } from './types.ts';

// The little of the packages' API used here, declared so that the project type-checks without them.
type TakumiNode = object;
interface Measured {
  width: number;
  height: number;
  children: Measured[];
}
interface RenderOptions {
  width: number;
  height: number;
  format?: 'png' | 'jpeg' | 'webp';
  quality?: number;
}
interface TakumiRenderer {
  registerFont(font: { name: string; data: Buffer; weight: number; style: string }): Promise<unknown>;
  render(node: TakumiNode, options: RenderOptions): Promise<Buffer>;
  measure(node: TakumiNode, options: RenderOptions): Promise<Measured>;
}
interface Core {
  Renderer: new () => TakumiRenderer;
}
interface Jsx {
  fromJsx(element: unknown): Promise<{ node: TakumiNode; css: string[] }>;
}

const PACKAGES = ['@takumi-rs/core', '@takumi-rs/helpers'];

export async function createRenderer(fonts: CardFont[]): Promise<CardRenderer> {
  const { Renderer } = await optionalImport<Core>('@takumi-rs/core', PACKAGES);
  const { fromJsx } = await optionalImport<Jsx>('@takumi-rs/helpers/jsx', PACKAGES);
  const renderer = new Renderer();
  for (const font of fonts) await renderer.registerFont({ name: font.name, data: font.data, weight: font.weight, style: font.style });
  const size = { width: CARD_WIDTH, height: CARD_HEIGHT };
  const at = (node: Measured, path: number[]) => path.reduce<Measured | undefined>((n, i) => n?.children[i], node);

  /** The node tree with the excerpt's line limit fitted, as renderCard fits it. */
  async function fitted(spec: CardSpec): Promise<{ node: TakumiNode; excerptLines: number }> {
    for (let lines = EXCERPT_LINES[spec.kind]; lines > 0; lines--) {
      const layout = cardLayout(spec, { excerptLines: lines });
      const { node } = await fromJsx(layout);
      const [textPath, boxPath] = [pathToKey(layout, EXCERPT_KEY), pathToKey(layout, EXCERPT_BOX_KEY)];
      const measured = await renderer.measure(node, size);
      const [text, box] = [textPath && at(measured, textPath), boxPath && at(measured, boxPath)];
      if (!text || !box) throw new Error('the layout has no text box to fit');
      // The text is the box's only child, at its top: it fits if it is no taller than the box.
      if (text.height <= box.height + 0.5) return { node, excerptLines: lines };
    }
    throw new Error(`${spec.path}: the heading and subheading leave no room for a line of text`);
  }

  return {
    name: 'takumi',
    versions: { '@takumi-rs/core': await packageVersion('@takumi-rs/core'), '@takumi-rs/helpers': await packageVersion('@takumi-rs/helpers') },
    async render(spec: CardSpec, format: CardFormat) {
      const { node, excerptLines } = await fitted(spec);
      const data = await renderer.render(node, format === 'png' ? { ...size, format: 'png' } : { ...size, format: 'jpeg', quality: JPEG_QUALITY });
      return { data, excerptLines };
    },
  };
}

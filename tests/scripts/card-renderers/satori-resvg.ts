// The renderer the site used until December 2026: satori lays the card out as SVG, refitting
// the excerpt to its box, and resvg rasterises it (install both with --no-save to compare). resvg writes only PNG: the
// JPEG is resvg's pixels encoded by sharp (libvips, already installed with Astro).
import { EXCERPT_BOX_KEY, EXCERPT_KEY, EXCERPT_LINES, cardLayout } from '../../../src/lib/card-layout.ts';
import { CARD_HEIGHT, CARD_WIDTH, type CardSpec } from '../../../src/lib/social-cards.ts';
import type { CardFont } from '../../../src/integrations/social-cards/fonts.ts';
import { JPEG_QUALITY, optionalImport, packageVersion, type CardFormat, type CardRenderer } from './types.ts';

// The little of the packages' API used here, declared so that the project type-checks without them.
type Satori = (element: unknown, options: { width: number; height: number; fonts: CardFont[]; onNodeDetected(node: { key?: unknown; top: number; height: number }): void; loadAdditionalAsset(language: string, segment: string): Promise<never> }) => Promise<string>;
type RenderAsync = (svg: string, options: object) => Promise<{ asPng(): Buffer; pixels: Buffer; width: number; height: number }>;

interface Sharp {
  (input: Buffer, options: { raw: { width: number; height: number; channels: 4 } }): { jpeg(o: { quality: number }): { toBuffer(): Promise<Buffer> } };
}

/** The card as SVG, with the excerpt's line limit fitted as the build fitted it. */
async function satoriSvg(satori: Satori, spec: CardSpec, fonts: CardFont[]): Promise<{ svg: string; excerptLines: number }> {
  for (let lines = EXCERPT_LINES[spec.kind]; lines > 0; lines--) {
    const boxes = new Map<string, { top: number; height: number }>();
    const svg = await satori(cardLayout(spec, { excerptLines: lines }), {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      fonts,
      onNodeDetected: (node) => {
        if (node.key === EXCERPT_KEY || node.key === EXCERPT_BOX_KEY) boxes.set(String(node.key), node);
      },
      loadAdditionalAsset: async (language, segment) => {
        throw new Error(`no font for ${JSON.stringify(segment)} (${language})`);
      },
    });
    const [text, box] = [boxes.get(EXCERPT_KEY), boxes.get(EXCERPT_BOX_KEY)];
    if (!text || !box) throw new Error('the layout has no text box to fit');
    if (text.top + text.height <= box.top + box.height + 0.5) return { svg, excerptLines: lines };
  }
  throw new Error(`${spec.path}: the heading and subheading leave no room for a line of text`);
}

export async function createRenderer(fonts: CardFont[]): Promise<CardRenderer> {
  const satori = (await optionalImport<{ default: Satori }>('satori', ['satori', '@resvg/resvg-js'])).default;
  const { renderAsync } = await optionalImport<{ renderAsync: RenderAsync }>('@resvg/resvg-js', ['satori', '@resvg/resvg-js']);
  const sharp = (await optionalImport<{ default: Sharp }>('sharp')).default;
  return {
    name: 'satori+resvg',
    versions: { satori: await packageVersion('satori'), '@resvg/resvg-js': await packageVersion('@resvg/resvg-js'), sharp: await packageVersion('sharp') },
    async render(spec: CardSpec, format: CardFormat) {
      const { svg, excerptLines } = await satoriSvg(satori, spec, fonts);
      const image = await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
      if (format === 'png') return { data: image.asPng(), excerptLines };
      const data = await sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } }).jpeg({ quality: JPEG_QUALITY }).toBuffer();
      return { data, excerptLines };
    },
  };
}

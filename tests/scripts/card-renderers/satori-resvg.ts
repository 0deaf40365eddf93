// Today's renderer: satori lays the card out as SVG, refitting the excerpt as renderCard in
// src/integrations/social-cards.ts does, and resvg rasterises it. resvg writes only PNG: the
// JPEG is resvg's pixels encoded by sharp (libvips, already installed with Astro).
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import { EXCERPT_BOX_KEY, EXCERPT_KEY, EXCERPT_LINES, cardLayout } from '../../../src/lib/card-layout.ts';
import { CARD_HEIGHT, CARD_WIDTH, type CardSpec } from '../../../src/lib/social-cards.ts';
import type { CardFont } from '../../../src/integrations/social-cards.ts';
import { JPEG_QUALITY, optionalImport, packageVersion, type CardFormat, type CardRenderer } from './types.ts';

interface Sharp {
  (input: Buffer, options: { raw: { width: number; height: number; channels: 4 } }): { jpeg(o: { quality: number }): { toBuffer(): Promise<Buffer> } };
}

/** The card as SVG, with the excerpt's line limit fitted: the loop of renderCard, unchanged. */
export async function satoriSvg(spec: CardSpec, fonts: CardFont[]): Promise<{ svg: string; excerptLines: number }> {
  for (let lines = EXCERPT_LINES[spec.kind]; lines > 0; lines--) {
    const boxes = new Map<string, { top: number; height: number }>();
    const svg = await satori(cardLayout(spec, { excerptLines: lines }) as unknown as Parameters<typeof satori>[0], {
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
  const sharp = (await optionalImport<{ default: Sharp }>('sharp')).default;
  return {
    name: 'satori+resvg',
    versions: { satori: await packageVersion('satori'), '@resvg/resvg-js': await packageVersion('@resvg/resvg-js'), sharp: await packageVersion('sharp') },
    async render(spec: CardSpec, format: CardFormat) {
      const { svg, excerptLines } = await satoriSvg(spec, fonts);
      const image = await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
      if (format === 'png') return { data: image.asPng(), excerptLines };
      const data = await sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } }).jpeg({ quality: JPEG_QUALITY }).toBuffer();
      return { data, excerptLines };
    },
  };
}

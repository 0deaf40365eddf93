// Takumi (@takumi-rs/core), as the build draws with it (src/integrations/social-cards/render.ts):
// the layout's element tree through @takumi-rs/helpers' fromJsx, fitted with measure(), then
// encoded by Takumi itself as PNG or JPEG.
import { createCardRenderer } from '../../../src/integrations/social-cards/render.ts';
import type { CardFont } from '../../../src/integrations/social-cards/fonts.ts';
import type { CardSpec } from '../../../src/lib/social-cards.ts';
import { JPEG_QUALITY, packageVersion, type CardFormat, type CardRenderer } from './types.ts';

export async function createRenderer(fonts: CardFont[]): Promise<CardRenderer> {
  const png = await createCardRenderer(fonts);
  const jpeg = await createCardRenderer(fonts, { format: 'jpeg', quality: JPEG_QUALITY });
  return {
    name: 'takumi',
    versions: { '@takumi-rs/core': await packageVersion('@takumi-rs/core'), '@takumi-rs/helpers': await packageVersion('@takumi-rs/helpers') },
    async render(spec: CardSpec, format: CardFormat) {
      const { image, excerptLines } = await (format === 'png' ? png : jpeg)(spec);
      return { data: image, excerptLines };
    },
  };
}

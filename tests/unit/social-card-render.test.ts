// Drawing one card with Takumi, as the build does: a PNG of the right size, or an error naming
// the card. Nothing here is drawn from the network or the system's fonts.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCardFonts } from '../../src/integrations/social-cards/fonts';
import { cardKey } from '../../src/integrations/social-cards/job';
import { createCardRenderer } from '../../src/integrations/social-cards/render';
import { EXCERPT_LINES } from '../../src/lib/card-layout';
import { siteCard, type CardSpec } from '../../src/lib/social-cards';
import { pngSize } from '../support/png';

const root = pathToFileURL(fileURLToPath(new URL('../../', import.meta.url)));
const fonts = await loadCardFonts(root);
const draw = await createCardRenderer(fonts);
const spec: CardSpec = {
  kind: 'passage',
  path: '/cards/2023-05-17-joint-statement/clause-25.png',
  eyebrow: 'Joint statement · Section III or IV',
  heading: 'Clause 25',
  subheading: "China–Kazakhstan Joint Statement · Xi'an, 17 May 2023",
  excerpt: 'The two heads of state declared 2024 the year of tourism in Kazakhstan in China.',
  footer: 'China–Kazakhstan Documents',
  note: 'Machine translation, verbatim',
  alt: 'Clause 25',
  source: 'content/documents/2023-05-17-joint-statement.mdx:160',
};

describe('rendering a card', () => {
  it('makes a 1200 × 630 PNG', async () => {
    const { image: png, excerptLines } = await draw(spec);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(excerptLines).toBe(EXCERPT_LINES.passage);
  });

  it('fits a long title, subheading and text into the card instead of cutting a line through', async () => {
    const long = { ...siteCard(), kind: 'document' as const, heading: 'A very long title '.repeat(12), subheading: 'A long place and date '.repeat(8), excerpt: 'Words of the summary '.repeat(30) };
    const { image: png, excerptLines } = await draw(long);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(excerptLines).toBeGreaterThan(0);
    expect(excerptLines).toBeLessThan(EXCERPT_LINES.document);
  });

  it('draws the names a reader of Russian or Kazakh, or of a Latin script with accents, would meet', async () => {
    // Each character set is a family of the stack; a character none has would fail the card.
    for (const excerpt of ['Тоқаев met Xi in Астана; Қазақстан–Россия.', 'Łódź, Győr, Türkiye, Čačak.', 'Ә і ң ғ ү ұ қ ө һ']) {
      const { image: png } = await draw({ ...spec, heading: 'Clause 25 Ә', excerpt });
      expect(pngSize(png), excerpt).toEqual({ width: 1200, height: 630 });
    }
  });

  it('fails, naming the card and the characters, when no face can draw them', async () => {
    await expect(draw({ ...spec, excerpt: 'Signed in 西安 by both sides.' })).rejects.toThrow(
      /^content\/documents\/2023-05-17-joint-statement\.mdx:160: the social card \/cards\/2023-05-17-joint-statement\/clause-25\.png \("Clause 25"\) could not be rendered: no face has "西", "安"/,
    );
  });

  it('keys the cache by what the card shows and what draws it', () => {
    expect(cardKey(spec, 'fonts-a')).toBe(cardKey({ ...spec }, 'fonts-a'));
    expect(cardKey({ ...spec, excerpt: `${spec.excerpt} More.` }, 'fonts-a')).not.toBe(cardKey(spec, 'fonts-a'));
    expect(cardKey(spec, 'fonts-b')).not.toBe(cardKey(spec, 'fonts-a'));
    // The alt text is in the page, not in the image: changing it renders nothing again.
    expect(cardKey({ ...spec, alt: 'Another description' }, 'fonts-a')).toBe(cardKey(spec, 'fonts-a'));
  });
});

// Which characters of a card no face can draw, whatever renders it: every text of the layout
// (src/lib/card-layout.ts) is checked against the faces of its own font-family stack, read
// with fontkitten (fontkit's small fork, already installed with Astro: WOFF, WOFF2, TTF, OTF).
// Satori fails on such a character; Takumi draws a tofu box; canvas takes a system font.
//   node --import ./scripts/register-ts.ts tests/scripts/card-renderers/glyphs.ts   (self-check)
import { create } from 'fontkitten';
import { cardLayout, type CardElement } from '../../../src/lib/card-layout.ts';
import type { CardSpec } from '../../../src/lib/social-cards.ts';

interface Face {
  name: string;
  data: Buffer;
}
export interface Missing {
  /** The text as the layout draws it (upper-cased where it is). */
  text: string;
  family: string;
  characters: string[];
}

export function glyphChecker(fonts: readonly Face[]) {
  // Each face parsed once; the faces of one family name (its weights) listed together.
  const byName = new Map<string, ((cp: number) => boolean)[]>();
  for (const font of fonts) {
    const face = create(font.data) as { hasGlyphForCodePoint(cp: number): boolean };
    byName.set(font.name, [...(byName.get(font.name) ?? []), (cp) => face.hasGlyphForCodePoint(cp)]);
  }

  /** Characters of `text` that no face of `stack` (CSS font-family; all faces if none) has. Spaces and line breaks need none. */
  function missing(text: string, stack?: string): string[] {
    const names = stack ? stack.split(',').map((name) => name.trim().replace(/^["']|["']$/g, '')) : [...byName.keys()];
    const has = names.flatMap((name) => byName.get(name) ?? []);
    const out = new Set<string>();
    for (const char of text) {
      if (/\s/u.test(char)) continue;
      if (!has.some((h) => h(char.codePointAt(0)!))) out.add(char);
    }
    return [...out];
  }

  /** Every text of the card's layout that has characters its stack cannot draw. */
  function missingInSpec(spec: CardSpec): Missing[] {
    const found: Missing[] = [];
    const walk = (el: CardElement, family: string) => {
      const style = el.props.style;
      const stack = String(style.fontFamily ?? family);
      const children = el.props.children;
      if (typeof children === 'string') {
        const text = style.textTransform === 'uppercase' ? children.toUpperCase() : children;
        const characters = missing(text, stack);
        if (characters.length) found.push({ text, family: stack.split(',')[0]!, characters });
      } else for (const child of children ?? []) walk(child, stack);
    };
    walk(cardLayout(spec), '');
    return found;
  }

  return { missing, missingInSpec };
}

/** The two cases of the unit test of renderCard: Chinese is missing, Kazakh and accented Latin are not. */
export function selfCheck(check: ReturnType<typeof glyphChecker>): string[] {
  const problems: string[] = [];
  const expect = (text: string, want: string[]) => {
    for (const stack of ['Noto Serif, Noto Serif latin-ext, Noto Serif cyrillic, Noto Serif cyrillic-ext', undefined]) {
      const got = check.missing(text, stack);
      if (got.join('') !== want.join('')) problems.push(`${JSON.stringify(text)} (${stack ?? 'all faces'}): missing ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
    }
  };
  expect('Signed in 西安', ['西', '安']);
  expect('Тоқаев, Łódź, Ә і ң ғ ү ұ қ ө һ', []);
  return problems;
}

if (import.meta.main) {
  const { pathToFileURL } = await import('node:url');
  const { loadCardFonts } = await import('../../../src/integrations/social-cards.ts');
  const fonts = await loadCardFonts(pathToFileURL(`${process.cwd()}/`));
  const check = glyphChecker(fonts);
  for (const text of ['Signed in 西安', 'Тоқаев, Łódź, Ә і ң ғ ү ұ қ ө һ']) console.log(`${JSON.stringify(text)}: missing ${JSON.stringify(check.missing(text))}`);
  const problems = selfCheck(check);
  console.log(problems.length ? problems.join('\n') : 'glyph check: as expected');
  process.exitCode = problems.length ? 1 : 0;
}

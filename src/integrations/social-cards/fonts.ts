import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create } from 'fontkitten';
import { CARD_FONTS, cardLayout, type CardElement } from '../../lib/card-layout';
import type { CardSpec } from '../../lib/social-cards';

export interface CardFont {
  name: string;
  weight: 400 | 600;
  style: 'normal';
  data: Buffer;
}

/** The layout's faces, read from their packages as installed in the project at `root`. */
export async function loadCardFonts(root: URL): Promise<CardFont[]> {
  const require = createRequire(new URL('package.json', root));
  return Promise.all(
    CARD_FONTS.map(async (font) => {
      // The packages export only CSS: find their folder from the main entry.
      const file = join(dirname(require.resolve(font.package)), font.file);
      const data = await readFile(file).catch((error: Error) => {
        throw new Error(`social cards: cannot read the font ${file} (${error.message}); is ${font.package} installed?`);
      });
      return { name: font.name, weight: font.weight, style: font.style, data };
    }),
  );
}

/** The packages that draw the cards: a new version of any draws every card again. */
const RENDERER_PACKAGES = ['@takumi-rs/core', '@takumi-rs/helpers', 'fontkitten'] as const;

/** An installed package's version, from the package.json above its entry (not every package exports it). */
function packageVersion(require: NodeJS.Require, name: string): string {
  for (let dir = dirname(require.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === name && pkg.version) return pkg.version;
    } catch {
      // No package.json here: look further up.
    }
  }
  throw new Error(`social cards: cannot find the version of ${name}; is it installed?`);
}

/** The faces' bytes and the renderers' versions: a change to any renders every card again. */
export function renderersDigest(root: URL, fonts: readonly CardFont[]): string {
  const require = createRequire(new URL('package.json', root));
  const hash = createHash('sha256');
  for (const pkg of RENDERER_PACKAGES) hash.update(`${pkg}@${packageVersion(require, pkg)}\n`);
  for (const font of fonts) hash.update(font.data);
  return hash.digest('hex');
}

/** A text of a card that its faces cannot draw, and the characters they lack. */
export interface MissingGlyphs {
  text: string;
  characters: string[];
}

/**
 * Finds the characters of a card that no face of their font stack has. The renderer would
 * draw an empty box for each without a word, so the build fails instead, naming them.
 */
export function glyphChecker(fonts: readonly CardFont[]): (spec: CardSpec) => MissingGlyphs[] {
  const faces = new Map<string, ((codePoint: number) => boolean)[]>();
  for (const font of fonts) {
    const face = create(font.data) as { hasGlyphForCodePoint(codePoint: number): boolean };
    faces.set(font.name, [...(faces.get(font.name) ?? []), (codePoint) => face.hasGlyphForCodePoint(codePoint)]);
  }
  // Each character is looked up once per stack: a card's texts repeat most of them.
  const known = new Map<string, boolean>();
  const drawable = (char: string, stack: string) => {
    const key = `${stack}\u0000${char}`;
    let found = known.get(key);
    if (found === undefined) {
      const names = stack.split(',').map((name) => name.trim());
      found = names.some((name) => (faces.get(name) ?? []).some((has) => has(char.codePointAt(0)!)));
      known.set(key, found);
    }
    return found;
  };
  return (spec) => {
    const missing: MissingGlyphs[] = [];
    const walk = (element: CardElement, inherited: string) => {
      const { style, children } = element.props;
      const stack = String(style.fontFamily ?? inherited);
      if (typeof children === 'string') {
        const text = style.textTransform === 'uppercase' ? children.toUpperCase() : children;
        const characters = [...new Set([...text].filter((char) => !/\s/u.test(char) && !drawable(char, stack)))];
        if (characters.length) missing.push({ text: children, characters });
      } else for (const child of children ?? []) walk(child, stack);
    };
    walk(cardLayout(spec), '');
    return missing;
  };
}

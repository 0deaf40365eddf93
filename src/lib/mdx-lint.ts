import type { Problem } from './errors';
import { PASSAGE_ELEMENTS } from './passages';

const ELEMENTS = ['Section', ...Object.keys(PASSAGE_ELEMENTS)].join('|');
// A passage or section tag, with quoted attributes: what a document's lines may hold besides text.
const TAG = new RegExp(`</?(?:${ELEMENTS})(?:\\s+[\\w-]+="[^"]*")*\\s*/?>`, 'g');
const COMMENT = /\{\/\*[\s\S]*?\*\/\}/g;

const FIXES: Record<string, string> = {
  '{': '`{` starts an MDX expression: write `\\{`',
  '}': '`}` closes an MDX expression: write `\\}`',
  '<': '`<` starts an MDX tag: write `\\<`',
};

/**
 * The characters in a document's text that MDX would read as code, each reported with its
 * line and fix, and the body with them escaped, so that the rest of the checks can still run
 * (MDX stops at the first one). Tags of passages and sections, and comments, are not text.
 */
export function lintMdxText(body: string, lineOffset = 0): { body: string; problems: Problem[] } {
  const problems: Problem[] = [];
  // Blank out comments and tags, keeping every other character where it is.
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  const text = body.replace(COMMENT, blank).replace(TAG, blank);
  const lines = body.split('\n');
  const textLines = text.split('\n');
  const fixed = lines.map((line, n) => {
    const scan = textLines[n] ?? '';
    // A line that still starts with a tag is structure (an unknown element, an attribute written
    // as an expression): the structural checks say what is wrong with it.
    if (/^\s*<[A-Za-z/]/.test(scan)) return line;
    const inserts: number[] = [];
    for (let i = 0; i < scan.length; i += 1) {
      const c = scan[i]!;
      if (c === '\\') {
        i += 1; // an escape covers the next character
        continue;
      }
      if (c in FIXES) {
        inserts.push(i);
        problems.push({ line: n + 1 + lineOffset, message: `column ${i + 1}: ${FIXES[c]}` });
      }
    }
    let out = line;
    for (const i of inserts.reverse()) out = `${out.slice(0, i)}\\${out.slice(i)}`;
    return out;
  });
  return { body: fixed.join('\n'), problems };
}

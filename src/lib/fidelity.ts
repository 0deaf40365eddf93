import { diffArrays } from 'diff';
import type { Problem } from './errors';
import type { SourceText } from './sources';

/** The text of one passage as written in a document, in order; also for passages that have other problems. */
export interface WrittenText {
  /** How messages name it: its id, or "<Clause> on line 12" when it has none. */
  name: string;
  line: number | undefined;
  blocks: string[];
}

/**
 * Checks that the passages, read in order, are the source's paragraphs exactly: same
 * characters, same order, none missing or added. Every difference is reported, each where
 * it is, with the fix when the cause is plain (a character Markdown read as syntax).
 */
export function compareWithSource(texts: readonly WrittenText[], source: SourceText, sourceFile: string): Problem[] {
  const blocks = texts.flatMap((t) => t.blocks.map((text, i) => ({ text, where: t.blocks.length > 1 ? `${t.name} (paragraph ${i + 1} of its text)` : t.name, owner: t })));
  const paragraphs = source.paragraphs;
  const problems: Problem[] = [];
  let si = 0;
  let bi = 0;
  let removed: number[] = [];
  let added: number[] = [];

  // A run of changes between two agreeing paragraphs: pair what was changed, then what is missing or extra.
  const flush = () => {
    const pairs = Math.min(removed.length, added.length);
    for (let k = 0; k < pairs; k += 1) {
      const block = blocks[added[k]!]!;
      const expected = paragraphs[removed[k]!]!;
      problems.push({ line: block.owner.line, message: `${block.where} does not match paragraph ${removed[k]! + 1} of ${sourceFile}: ${difference(block.text, expected)}` });
    }
    // The paragraphs left over come after the pairs: they belong after the last paired passage.
    const before = pairs > 0 ? blocks[added[pairs - 1]!] : blocks[(added[0] ?? bi) - 1];
    const after = blocks[added.at(-1) !== undefined ? added.at(-1)! + 1 : bi];
    for (const k of removed.slice(pairs)) {
      const between = before && after ? `between ${before.owner.name} and ${after.owner.name}` : after ? `before ${after.owner.name}` : before ? `after ${before.owner.name}` : 'in no passage';
      problems.push({
        line: (after ?? before)?.owner.line,
        message: `paragraph ${k + 1} of ${sourceFile} ("${clip(paragraphs[k]!, 0, 60)}") is missing: it belongs ${between}`,
      });
    }
    for (const b of added.slice(pairs)) {
      const block = blocks[b]!;
      problems.push({ line: block.owner.line, message: `${block.where} ("${clip(block.text, 0, 60)}") is not in ${sourceFile}: remove it, or correct the source if it lacks the paragraph` });
    }
    removed = [];
    added = [];
  };

  for (const change of diffArrays(paragraphs, blocks.map((b) => b.text))) {
    if (change.removed) {
      for (let k = 0; k < change.count; k += 1) removed.push(si++);
    } else if (change.added) {
      for (let k = 0; k < change.count; k += 1) added.push(bi++);
    } else {
      flush();
      si += change.count;
      bi += change.count;
    }
  }
  flush();
  return problems;
}

/** Where two texts first differ, with the fix when a Markdown or MDX character explains it. */
function difference(actual: string, expected: string): string {
  let i = 0;
  while (i < actual.length && i < expected.length && actual[i] === expected[i]) i += 1;
  const where = `at character ${i + 1} the passage has "${clip(actual, i)}" where the source has "${clip(expected, i)}"`;
  const fix = fixFor(actual, expected, i);
  return fix ? `${where}: ${fix}` : where;
}

const SYNTAX = new Set(['*', '_', '`', '[', ']', '<', '>', '|', '~', '\\', '{', '}', '#']);

function fixFor(actual: string, expected: string, i: number): string | undefined {
  const e = expected[i];
  if (e === undefined) return undefined;
  if (SYNTAX.has(e)) return `the source's "${e}" was read as Markdown or MDX syntax: write it "\\${e}"`;
  if (expected.slice(0, i).endsWith('&') || (e === '&' && actual[i] !== '&')) return 'a "&" before a name or number is read as a character reference: write "\\&"';
  const spaced = (t: string) => t.replace(/\s+/g, ' ');
  if (spaced(actual) === spaced(expected)) return 'only the spacing differs: copy the source line exactly (a line break inside a paragraph counts)';
  return undefined;
}

function clip(text: string, at: number, after = 30): string {
  const start = Math.max(0, at - 20);
  const piece = text.slice(start, at + after);
  return `${start > 0 ? '…' : ''}${piece}${at + after < text.length ? '…' : ''}`;
}

import type { Problem } from './errors';
import type { Passage } from './passages';
import type { SourceText } from './sources';

/**
 * Checks that the passages, read in order, are the source's paragraphs exactly: same
 * characters, same order, none missing or added. Returns what differs, or nothing.
 */
export function compareWithSource(passages: readonly Passage[], source: SourceText, sourceFile: string): Problem[] {
  const blocks = passages.flatMap((p) => p.blocks.map((text, i) => ({ passage: p, i, text })));
  const paragraphs = source.paragraphs;
  const problems: Problem[] = [];
  const n = Math.min(blocks.length, paragraphs.length);
  for (let k = 0; k < n; k += 1) {
    const block = blocks[k]!;
    const expected = paragraphs[k]!;
    if (block.text !== expected) {
      const where = block.passage.blocks.length > 1 ? `${block.passage.id} (line ${block.i + 1} of its text)` : block.passage.id;
      problems.push({
        line: block.passage.line,
        message: `${where} does not match paragraph ${k + 1} of ${sourceFile}: ${firstDifference(block.text, expected)}`,
      });
      // After one mismatch the rest is usually shifted; one message says what to fix.
      return problems;
    }
  }
  if (blocks.length !== paragraphs.length) {
    const extra = blocks.length > paragraphs.length;
    const first = extra ? blocks[n]!.passage.id : `paragraph ${n + 1} ("${clip(paragraphs[n]!, 0)}")`;
    problems.push({
      message: `the passages hold ${blocks.length} paragraphs of text, ${sourceFile} has ${paragraphs.length}: ${extra ? `${first} has no source paragraph` : `${first} of the source is not published`}`,
    });
  }
  return problems;
}

function firstDifference(actual: string, expected: string): string {
  let i = 0;
  while (i < actual.length && i < expected.length && actual[i] === expected[i]) i += 1;
  return `at character ${i + 1} the passage has "${clip(actual, i)}" where the source has "${clip(expected, i)}"`;
}

function clip(text: string, at: number): string {
  const start = Math.max(0, at - 20);
  const piece = text.slice(start, at + 30);
  return `${start > 0 ? '…' : ''}${piece}${at + 30 < text.length ? '…' : ''}`;
}

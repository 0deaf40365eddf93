/**
 * The scaffolder's promise, tested by properties: a paragraph of a source text, written into a
 * passage with `escapeMdx`, reads back through `parseDocumentBody` as exactly the same characters.
 *
 * Generators (fast-check):
 * - `token`: a word (Latin, with digits and apostrophes); one of the Markdown/MDX-significant
 *   characters * _ ` # < > { } [ ] ( ) | ! ~ \ & : = + - . (also doubled and tripled, and a few
 *   lookalikes: "{/* *\/}", "<Clause>", "](x)"); a URL ("https://example.org/a_b?c=1&d=2",
 *   "www.example.org", "a@b.cd" and variants); an HTML entity written literally ("&amp;",
 *   "&#32;", "&copy;"); a word of a non-Latin script (中华人民共和国, Қазақстан, the Kazakh letters
 *   ә і ң ғ ү ұ қ ө һ); an emoji (👍🏽, 🇰🇿); an invisible or control character (form feed,
 *   vertical tab, NEL, U+2028, zero-width space, BOM, soft hyphen, ideographic space); or one to
 *   three random printable graphemes.
 * - `gap`: what stands between tokens: nothing, one or two spaces, a tab, or non-breaking space.
 * - `line`: an optional block opener ("1.", "1)", "-", "+", ">", "#", "=", "***", "```", "|", ":-",
 *   "import ", "export ", …), possibly after spaces or a tab, then tokens joined by gaps.
 * - `paragraph`: one to five lines joined by single "\n", or (one arm in four) a fully random
 *   `fc.string({ unit: 'grapheme' })` or `'grapheme-ascii'` string; in both cases normalised the way
 *   `parseSourceText` reads a source (trimmed), and a case is skipped unless
 *   `parseSourceText(p).paragraphs` is exactly [p] (no blank line inside, no date header).
 * - `source`: two to six paragraphs joined by "\n\n", each written in its own <Clause>; and,
 *   through the scaffolder itself, one to six paragraphs (half with a "1." paragraph) written
 *   into a whole document file of each kind and read back as the build reads a file.
 * Each property runs NUM_RUNS (500) cases; the file takes a few seconds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocumentBody } from '../../src/lib/document-body';
import { escapeMdx } from '../../src/lib/markdown-escape';
import { readDocumentFile } from '../../src/loaders/read-documents';
import { scaffoldDocument } from '../../src/lib/scaffold';
import { parseSourceText } from '../../src/lib/sources';
import { KINDS } from '../support/kinds';

const NUM_RUNS = 500;

const clause = (n: number, text: string) => `<Clause id="clause-${n}" themes="t">\n${escapeMdx(text)}\n</Clause>\n`;

/** The passages' text as the site reads it back, with the problems it reports. */
function roundTrip(paragraphs: string[]) {
  const body = paragraphs.map((p, i) => clause(i + 1, p)).join('\n');
  const { body: parsed, problems } = parseDocumentBody(body);
  return { problems, blocks: parsed.passages.map((p) => p.blocks) };
}

/** Whether the source reader would give back exactly these paragraphs. */
const isSource = (paragraphs: string[]) => {
  const read = parseSourceText(paragraphs.join('\n\n')).paragraphs;
  return read.length === paragraphs.length && read.every((p, i) => p === paragraphs[i]);
};

const SYNTAX = [...'*_`#<>{}[]()|!~\\&:=+-.'];

const word = fc.constantFrom('the', 'Parties', 'agree', 'Article', '2023', "Xi'an", 'a_b', 'x', 'A1', 'http', 'www', 'mailto', 'import', 'export');
const syntax = fc.oneof(
  fc.constantFrom(...SYNTAX),
  fc.constantFrom(...SYNTAX).map((c) => c.repeat(2)),
  fc.constantFrom(...SYNTAX).map((c) => c.repeat(3)),
  fc.constantFrom('{/* note */}', '<Clause>', '</Clause>', '](x)', '![a](b)', '[^1]', '<https://x.y>', '\\*', '`code`', '**b**', '~~s~~', '$x$'),
);
const url = fc.constantFrom(
  'https://example.org/a_b?c=1&d=2',
  'http://example.org',
  'HTTPS://EXAMPLE.ORG/x_y',
  'www.example.org',
  'WWW.example.org/a_b',
  'a@b.cd',
  'a.b-c+d@e-f.gh',
  'mailto:a@b.cd',
  'xmpp:a@b.cd/x',
);
const entity = fc.constantFrom('&amp;', '&#32;', '&copy;', '&#x41;', '&nbsp;', '&lt;', '&#9;', '&;', '&#;');
const script = fc.constantFrom('中华人民共和国', 'Қазақстан', 'ә', 'і', 'ң', 'ғ', 'ү', 'ұ', 'қ', 'ө', 'һ', 'Әә', 'Ұлы', '«ә»', '“a”', '—', '…');
const emoji = fc.constantFrom('👍🏽', '🇰🇿', '👨‍👩‍👧', '❤️');
// Invisible and control characters a copied text may carry. Not U+0000: Markdown reads it, even
// written as "&#0;", as U+FFFD (CommonMark, "Insecure characters"), so no escaping can keep it.
// Not "\r": parseSourceText turns it into a line break, so no source paragraph holds one.
const invisible = fc.constantFrom('\f', '\v', '\u0085', '\u2028', '\u2029', '\u200b', '\ufeff', '\u00ad', '\u001b', '\u3000');
const token = fc.oneof(
  { arbitrary: word, weight: 4 },
  { arbitrary: syntax, weight: 4 },
  { arbitrary: url, weight: 1 },
  { arbitrary: entity, weight: 1 },
  { arbitrary: script, weight: 2 },
  { arbitrary: emoji, weight: 1 },
  { arbitrary: invisible, weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }), weight: 1 },
);
const gap = fc.constantFrom('', ' ', ' ', ' ', '  ', '\t', '\u00a0');
const opener = fc.constantFrom('', '', '', '1.', '1)', '12.', '-', '+', '>', '#', '##', '=', '===', '---', '***', '___', '```', '~~~', '|', '* ', '- [ ] ', ':-', '-:', ':-:', 'import ', 'export ');
const indent = fc.constantFrom('', '', '', ' ', '  ', '    ', '\t', ' \t');

const line = fc
  .tuple(indent, opener, gap, fc.array(fc.tuple(token, gap), { minLength: 0, maxLength: 8 }))
  .map(([i, o, g, parts]) => i + o + g + parts.map(([t, s]) => t + s).join(''));

const composed = fc.array(line, { minLength: 1, maxLength: 5 }).map((lines) => lines.join('\n').trim());
const random = fc.oneof(fc.string({ unit: 'grapheme', minLength: 1 }), fc.string({ unit: 'grapheme-ascii', minLength: 1 })).map((s) => s.trim());

const paragraph = fc.oneof({ arbitrary: composed, weight: 3 }, { arbitrary: random, weight: 1 });

describe('a source paragraph written with escapeMdx reads back as itself', () => {
  it('one paragraph in one passage', () => {
    fc.assert(
      fc.property(paragraph, (p) => {
        fc.pre(isSource([p]));
        const { problems, blocks } = roundTrip([p]);
        expect(problems).toEqual([]);
        expect(blocks).toEqual([[p]]);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('a whole source, each paragraph in its own passage', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 2, maxLength: 6 }), (paragraphs) => {
        fc.pre(isSource(paragraphs));
        const { problems, blocks } = roundTrip(paragraphs);
        expect(problems).toEqual([]);
        expect(blocks).toEqual(paragraphs.map((p) => [p]));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

/**
 * Counter-examples the properties found, shrunk by fast-check, kept as plain cases. Each is a
 * source's paragraphs; the first few are smaller forms of the same faults, found by hand.
 */
const REGRESSIONS: string[][] = [
  // A line ":-" under a line of text was a one-column GFM table: ":" at a line's start is escaped.
  ['https://example.org/a_b?c=1&d=2\n:-', '中华人民共和国'],
  ['a\n:-'],
  // GFM links "www." after "_" too, and shows the escapes in the link as written ("a\\_b").
  ['___WWW.example.org/a_b', 'the', '*'],
  ['_www.example.org/a_b'],
  // A line starting "import " or "export " was read as JavaScript (an MDX syntax error).
  ['export *'],
  ['export 中华人民共和国'],
  ['export **', '!'],
  ['export **', 'the'],
  ['export the', '!'],
  ['export {/* note */}', '!'],
  ['import the', '&amp;'],
  ['import the', '!'],
  ['import x'],
  ['export x'],
];

describe('a source scaffolded into a document file reads back as itself', () => {
  // The scaffolder's own output, read as the build reads a file: front matter, numbering, escapes.
  it.each(['joint-statement', 'talks-readout'])('as a %s', (kindId) => {
    const kind = KINDS.get(kindId)!;
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 6 }), fc.boolean(), (paragraphs, numbered) => {
        // Half the sources have a numbered paragraph, where a statement's clauses start.
        const text = numbered && paragraphs.length > 1 ? [paragraphs[0]!, `1. ${paragraphs[1]!}`, ...paragraphs.slice(2)] : paragraphs;
        fc.pre(isSource(text));
        const raw = scaffoldDocument({
          id: '2020-01-01-x',
          kind,
          title: 'A "title": with {braces} & <brackets>',
          date: '2020-01-01',
          place: { name: "Xi'an", country: 'China' },
          sourceFile: 'x.txt',
          source: { paragraphs: text },
          translation: 'machine',
          sourceDate: '2020-01-02',
        });
        const read = readDocumentFile({ id: '2020-01-01-x', file: 'x.mdx', raw, contentDir: '.', kinds: KINDS, readSource: () => text.join('\n\n') });
        expect(read.problems).toEqual([]);
        expect(read.document!.title).toBe('A "title": with {braces} & <brackets>');
        expect(read.document!.passages.flatMap((p) => p.blocks)).toEqual(text);
      }),
      { numRuns: NUM_RUNS / 5 },
    );
  });
});

describe('counter-examples found by the properties', () => {
  it.each(REGRESSIONS.map((ps) => [JSON.stringify(ps), ps] as const))('%s reads back as itself', (_, paragraphs) => {
    expect(isSource(paragraphs)).toBe(true);
    const { problems, blocks } = roundTrip(paragraphs);
    expect(problems).toEqual([]);
    expect(blocks).toEqual(paragraphs.map((p) => [p]));
  });
});

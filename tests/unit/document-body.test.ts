import { describe, expect, it } from 'vitest';
import { parseDocumentBody } from '../../src/lib/document-body';

const messages = (body: string) => parseDocumentBody(body).problems.map((p) => `${p.line ?? '-'}: ${p.message}`);

describe('document body', () => {
  it('reads sections and passages with their written ids, labels and speakers', () => {
    const { body, problems } = parseDocumentBody(`
<Section id="lead" title="Lead" boundary="inferred" note="Placed by the editors.">
<Paragraph id="para-1" speaker="narration" themes="t">
On the morning of July 3.
</Paragraph>
</Section>

<Clause id="clause-12" themes="t">
12\\. The two sides \\<> agreed.
</Clause>

<Closing id="signatures" label="Signatures">
| A | B |
| --- | --- |
| C | D |
</Closing>
`);
    expect(problems).toEqual([]);
    expect(body.sections).toEqual([{ id: 'lead', title: 'Lead', boundary: 'inferred', note: 'Placed by the editors.' }]);
    expect(body.passages.map((p) => [p.id, p.kind, p.label, p.sectionId, p.speaker])).toEqual([
      ['para-1', 'paragraph', '¶ 1', 'lead', 'narration'],
      ['clause-12', 'clause', 'Clause 12', undefined, undefined],
      ['signatures', 'closing', 'Signatures', undefined, undefined],
    ]);
    // Escapes are Markdown's, not the text's: the blocks hold the source characters.
    expect(body.passages[1]!.blocks).toEqual(['12. The two sides <> agreed.']);
    expect(body.passages[1]!.html).toBe('<p>12. The two sides &#x3C;> agreed.</p>');
    // Each table row is one line of the source, its cells separated by a space.
    expect(body.passages[2]!.blocks).toEqual(['A B', 'C D']);
    expect(body.passages[2]!.html).toContain('<table>');
  });

  it('reports a duplicate id with both lines', () => {
    expect(messages('<Clause id="clause-1" themes="t">\nA.\n</Clause>\n\n<Clause id="clause-1" themes="t">\nB.\n</Clause>')).toEqual([
      '5: duplicate id "clause-1" (first used on line 1)',
    ]);
  });

  it('reports a passage without id, and ids that are not URL words', () => {
    expect(messages('<Clause>\nA.\n</Clause>')).toEqual(['1: <Clause> has no id: write one, e.g. <Clause id="clause-1">']);
    expect(messages('<Clause id="Clause 1">\nA.\n</Clause>')[0]).toMatch(/lower-case letters and digits joined by hyphens/);
    expect(messages('<Clause id="site-main">\nA.\n</Clause>')[0]).toMatch(/reserved for the page layout/);
  });

  it('reports what a passage needs: a number in its id, a label, a speaker, some text', () => {
    expect(messages('<Clause id="clause-one">\nA.\n</Clause>')[0]).toMatch(/ends in its number/);
    expect(messages('<Closing id="signing">\nA.\n</Closing>')[0]).toMatch(/needs a label/);
    // A kind whose paragraphs are attributed (a talks readout) needs a speaker on each.
    expect(parseDocumentBody('<Paragraph id="para-1" themes="t">\nA.\n</Paragraph>', { speakers: true }).problems[0]!.message).toMatch(/needs a speaker/);
    expect(parseDocumentBody('<Paragraph id="para-1" themes="t">\nA.\n</Paragraph>').problems).toEqual([]);
    expect(messages('<Clause id="clause-1" themes="t">\n</Clause>')[0]).toMatch(/has no text/);
  });

  it('never drops content: text outside passages and unknown elements are errors', () => {
    expect(messages('A stray paragraph.\n\n<Clause id="clause-1" themes="t">\nA.\n</Clause>')[0]).toMatch(
      /^1: text \("A stray paragraph\."\) outside any passage/,
    );
    expect(messages('<Article id="article-1">\nA.\n</Article>')[0]).toMatch(/<Article> outside any passage/);
    expect(messages('<Clause id="clause-1" themes="t">\nA.\n\n# Heading\n</Clause>')[0]).toMatch(/a heading inside <Clause id="clause-1">/);
    expect(messages('<Section id="s" title="S">\nLoose text.\n</Section>')).toEqual([
      '2: text ("Loose text.") inside <Section id="s">: a section holds only passages (<Preamble>, <Clause>, <Paragraph>, <Closing>)',
      '1: <Section id="s"> has no passages',
    ]);
  });

  it('checks attributes: unknown names, expressions, section boundaries', () => {
    expect(messages('<Clause id="clause-1" speakr="x">\nA.\n</Clause>')[0]).toMatch(/unknown attribute "speakr"/);
    expect(messages('<Clause id={"clause-1"}>\nA.\n</Clause>')[0]).toMatch(/must be a quoted string/);
    expect(messages('<Section id="s" title="S" boundary="likely" note="n">\n<Clause id="clause-1" themes="t">\nA.\n</Clause>\n</Section>')[0]).toMatch(
      /boundary must be one of in-text, confirmed, inferred/,
    );
    expect(messages('<Section id="s" title="S" boundary="inferred">\n<Clause id="clause-1" themes="t">\nA.\n</Clause>\n</Section>')[0]).toMatch(
      /a boundary needs a note/,
    );
  });

  it('refuses formatting Markdown would read into the text, though the text reads the same', () => {
    expect(messages('<Clause id="clause-1" themes="t">\nTrade *doubled*, see [the plan](x).\n</Clause>')).toEqual([
      '2: column 7: Markdown read "*doubled*" as emphasis (italics): a passage is the source\'s plain text; write each mark the source has with a backslash ("\\*", "\\_", "\\[", "\\`")',
      '2: column 22: Markdown read "[the plan](x)" as a link: a passage is the source\'s plain text; write each mark the source has with a backslash ("\\*", "\\_", "\\[", "\\`")',
    ]);
  });

  it('allows MDX comments and reports syntax errors with their line', () => {
    expect(messages('{/* editors: checked against the source */}\n<Clause id="clause-1" themes="t">\nA.\n</Clause>')).toEqual([]);
    expect(messages('<Clause id="clause-1" themes="t">\nA <> b.\n</Clause>')).toEqual(['2: column 3: `<` starts an MDX tag: write `\\<`']);
    expect(messages('<Clause id="clause-1" themes="t">\nA {b} c.\n</Clause>')).toEqual([
      '2: column 3: `{` starts an MDX expression: write `\\{`',
      '2: column 5: `}` closes an MDX expression: write `\\}`',
    ]);
    expect(messages('<Clause id="clause-1" themes="t">\n</Clause\n')[0]).toMatch(/^\d+: MDX syntax error/);
  });
});

describe('themes on passages', () => {
  it('reads theme ids in the order written', () => {
    const { body } = parseDocumentBody('<Clause id="clause-1" themes="energy  trade-investment">\nA.\n</Clause>');
    expect(body.passages[0]!.themes).toEqual(['energy', 'trade-investment']);
  });

  it('files every clause and paragraph under one to three themes; a preamble or closing may have none', () => {
    expect(messages('<Clause id="clause-1">\nA.\n</Clause>')).toEqual([
      '1: <Clause id="clause-1"> needs a theme: write themes="…" with one to 3 ids from content/themes/',
    ]);
    expect(messages('<Paragraph id="para-1" speaker="narration" themes="a b c d">\nA.\n</Paragraph>')).toEqual([
      '1: <Paragraph id="para-1"> has 4 themes; a passage carries at most 3',
    ]);
    expect(messages('<Preamble id="preamble-1">\nA.\n</Preamble>')).toEqual([]);
  });

  it('reports theme ids that are not ids, and a theme given twice', () => {
    expect(messages('<Clause id="clause-1" themes="Energy">\nA.\n</Clause>')[0]).toMatch(/"Energy" is not a theme id/);
    expect(messages('<Clause id="clause-1" themes="energy energy">\nA.\n</Clause>')[0]).toMatch(/theme "energy" is given twice/);
  });
});

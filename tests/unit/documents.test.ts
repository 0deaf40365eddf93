import { describe, expect, it } from 'vitest';
import { KINDS } from '../support/kinds';
import {
  documentCitationTitle,
  groupBySection,
  neighbours,
  passageDescription,
  passagePageTitle,
  readDocument,
  spanLabel,
  speakerName,
} from '../../src/lib/documents';
import { frontMatter } from '../support/front-matter';

const data = frontMatter();

const body = `
<Section id="preamble" title="Preamble">
<Preamble id="preamble-1">
First.
</Preamble>
<Preamble id="preamble-2">
Second.
</Preamble>
</Section>

<Section id="section-i" title="Section I">
<Clause id="clause-1" themes="t">
Third.
</Clause>
<Clause id="clause-2" themes="t">
Fourth.
</Clause>
</Section>

<Paragraph id="para-9" speaker="xi-jinping" themes="t">
Fifth.
</Paragraph>

<Paragraph id="para-10" speaker="narration" themes="t">
Sixth.
</Paragraph>
`;

describe('documents', () => {
  const { document, problems } = readDocument({ id: '2023-05-17-joint-statement', data, body }, KINDS);

  it('builds the model from the front matter and the body', () => {
    expect(problems).toEqual([]);
    expect(document.id).toBe('2023-05-17-joint-statement');
    expect(document.passages.map((p) => p.id)).toEqual(['preamble-1', 'preamble-2', 'clause-1', 'clause-2', 'para-9', 'para-10']);
  });

  it('names documents and passages for titles and citations', () => {
    expect(documentCitationTitle(document)).toBe("China–Kazakhstan Joint Statement, Xi'an, 17 May 2023");
    expect(passagePageTitle(document, document.passages[2]!)).toBe("Clause 1 · China–Kazakhstan Joint Statement, Xi'an, 17 May 2023");
    expect(passageDescription(document.passages[0]!)).toBe('First.');
  });

  it('groups passages by section in reading order, and says what each spans', () => {
    const groups = groupBySection(document);
    expect(groups.map((g) => [g.section?.id, spanLabel(g.passages)])).toEqual([
      ['preamble', 'Preamble 1–2'],
      ['section-i', 'Clauses 1–2'],
      [undefined, '¶¶ 9–10'],
    ]);
  });

  it('gives each passage its neighbours and its speaker', () => {
    const [first, , , , para9, para10] = document.passages;
    expect(neighbours(document, first!)).toEqual({ previous: undefined, next: document.passages[1] });
    expect(neighbours(document, para10!).next).toBeUndefined();
    expect(speakerName(document, para9!)).toBe('Xi Jinping');
    expect(speakerName(document, para10!)).toBe('Narration');
    expect(speakerName(document, first!)).toBeUndefined();
  });

  it('reports a speaker the front matter does not declare', () => {
    const result = readDocument({ id: 'x', data, body: '<Paragraph id="para-1" speaker="tokayev" themes="t">\nA.\n</Paragraph>' }, KINDS);
    expect(result.problems.map((p) => p.message)).toEqual(['para-1: unknown speaker "tokayev" (known: "xi-jinping", "narration")']);
  });

  it('reports an empty document', () => {
    expect(readDocument({ id: 'x', data, body: '' }, KINDS).problems.map((p) => p.message)).toEqual(['the document has no passages']);
  });
});

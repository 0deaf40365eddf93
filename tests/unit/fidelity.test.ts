import { describe, expect, it } from 'vitest';
import { parseDocumentBody } from '../../src/lib/document-body';
import { compareWithSource } from '../../src/lib/fidelity';

const texts = (body: string) => parseDocumentBody(body).texts;
const source = (...paragraphs: string[]) => ({ paragraphs });
const clauses = (...paragraphs: string[]) => paragraphs.map((p, i) => `<Clause id="clause-${i + 1}" themes="t">\n${p}\n</Clause>`).join('\n\n');
const body = clauses('The two sides \\<> agreed.', 'Signed on May 2023, 5.');
const messages = (b: string, ...paragraphs: string[]) => compareWithSource(texts(b), source(...paragraphs), 's.txt').map((p) => p.message);

describe('fidelity to the source', () => {
  it('holds when every paragraph is published, in order, character for character', () => {
    expect(messages(body, 'The two sides <> agreed.', 'Signed on May 2023, 5.')).toEqual([]);
  });

  it('names the passage, the paragraph and the first character that differs', () => {
    expect(messages(body, 'The two sides <> agreed.', 'Signed on 17 May 2023.')).toEqual([
      'clause-2 does not match paragraph 2 of s.txt: at character 11 the passage has "Signed on May 2023, 5." where the source has "Signed on 17 May 2023."',
    ]);
  });

  it('treats a corrected garble as a mismatch: corrections belong in notes', () => {
    expect(messages(clauses('The two sides agreed.', 'Signed on May 2023, 5.'), 'The two sides <> agreed.', 'Signed on May 2023, 5.')).toHaveLength(1);
  });

  it('reports every mismatch, not only the first', () => {
    const found = messages(clauses('One.', 'Two!', 'Three.', 'Four!'), 'One.', 'Two.', 'Three.', 'Four.');
    expect(found.map((m) => m.split(' ')[0])).toEqual(['clause-2', 'clause-4']);
  });

  it('places a paragraph left out between the passages around it, and names one added', () => {
    expect(messages(clauses('One.', 'Three.', 'Four.'), 'One.', 'Two.', 'Three.', 'Four.')).toEqual([
      'paragraph 2 of s.txt ("Two.") is missing: it belongs between clause-1 and clause-2',
    ]);
    expect(messages(body, 'The two sides <> agreed.')).toEqual([
      'clause-2 ("Signed on May 2023, 5.") is not in s.txt: remove it, or correct the source if it lacks the paragraph',
    ]);
  });

  it('says how to write a character that Markdown read as syntax', () => {
    const [emphasis] = messages(clauses('A *firm* stand.'), 'A *firm* stand.');
    expect(emphasis).toMatch(/the source's "\*" was read as Markdown or MDX syntax: write it "\\\*"$/);
  });

  it('checks the text of a passage that has other problems too', () => {
    const noId = '<Clause themes="t">\nOne?\n</Clause>';
    expect(messages(noId, 'One.')).toEqual([expect.stringMatching(/^<Clause> on line 1 does not match paragraph 1/)]);
  });

  it('counts each table row as one source paragraph', () => {
    const sig = '<Closing id="signatures" label="Signatures">\n| A B | C |\n| --- | --- |\n| D | E F |\n</Closing>';
    expect(messages(sig, 'A B C', 'D E F')).toEqual([]);
  });
});

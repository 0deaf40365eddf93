import { describe, expect, it } from 'vitest';
import { parseDocumentBody } from '../../src/lib/document-body';
import { compareWithSource } from '../../src/lib/fidelity';

const passages = (body: string) => parseDocumentBody(body).body.passages;
const source = (...paragraphs: string[]) => ({ paragraphs });
const body = '<Clause id="clause-1" themes="t">\nThe two sides \\<> agreed.\n</Clause>\n\n<Clause id="clause-2" themes="t">\nSigned on May 2023, 5.\n</Clause>';

describe('fidelity to the source', () => {
  it('holds when every paragraph is published, in order, character for character', () => {
    expect(compareWithSource(passages(body), source('The two sides <> agreed.', 'Signed on May 2023, 5.'), 's.txt')).toEqual([]);
  });

  it('names the passage, the paragraph and the first character that differs', () => {
    const [problem] = compareWithSource(passages(body), source('The two sides <> agreed.', 'Signed on 17 May 2023.'), 's.txt');
    expect(problem!.message).toBe(
      'clause-2 does not match paragraph 2 of s.txt: at character 11 the passage has "Signed on May 2023, 5." where the source has "Signed on 17 May 2023."',
    );
  });

  it('treats a corrected garble as a mismatch: corrections belong in notes', () => {
    const corrected = '<Clause id="clause-1" themes="t">\nThe two sides agreed.\n</Clause>\n\n<Clause id="clause-2" themes="t">\nSigned on May 2023, 5.\n</Clause>';
    expect(compareWithSource(passages(corrected), source('The two sides <> agreed.', 'Signed on May 2023, 5.'), 's.txt')).toHaveLength(1);
  });

  it('notices a paragraph left out and a paragraph added', () => {
    expect(compareWithSource(passages(body), source('The two sides <> agreed.', 'Signed on May 2023, 5.', 'Third.'), 's.txt')[0]!.message).toMatch(
      /hold 2 paragraphs of text, s.txt has 3: paragraph 3 \("Third\."\) of the source is not published/,
    );
    expect(compareWithSource(passages(body), source('The two sides <> agreed.'), 's.txt')[0]!.message).toMatch(
      /clause-2 has no source paragraph/,
    );
  });

  it('counts each table row as one source paragraph', () => {
    const sig = '<Closing id="signatures" label="Signatures">\n| A B | C |\n| --- | --- |\n| D | E F |\n</Closing>';
    expect(compareWithSource(passages(sig), source('A B C', 'D E F'), 's.txt')).toEqual([]);
  });
});

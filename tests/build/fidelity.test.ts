// The published text is the source text: every paragraph of content/sources/*.txt appears,
// in order, exactly once, as the text of one passage on its document page.
import { readFileSync, readdirSync } from 'node:fs';
import type { Element } from 'hast';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { writtenDocuments } from '../support/content';
import { page } from '../support/dist';

/** Whitespace runs and typographic quotes are presentation; every other character counts. */
const normalise = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

/** The source's paragraphs, read independently of the site's own parser. */
function sourceParagraphs(file: string): string[] {
  const raw = readFileSync(`content/sources/${file}`, 'utf8').replace(/^\s*date \d{4}-\d{2}-\d{2}\s+/, '');
  return raw.split(/\n\s*\n/).map(normalise).filter(Boolean);
}

/** The published passages, in page order, each with the blocks of text it shows (paragraphs, table rows). */
function publishedPassages(docId: string): { id: string; blocks: string[] }[] {
  return selectAll('.passage', page(`/documents/${docId}/`)).map((passage) => ({
    id: String(passage.properties.id),
    blocks: selectAll('.passage-text p, .passage-text tr', passage).map((block: Element) =>
      block.tagName === 'tr' ? selectAll('th, td', block).map((cell) => normalise(toText(cell))).join(' ') : normalise(toText(block)),
    ),
  }));
}

const documents = writtenDocuments().map(({ id, sourceFile }) => ({ id, sourceFile }));

describe('fidelity of the published text', () => {
  it('covers every text: each source file of content/sources is the source of one document', () => {
    const sources = readdirSync('content/sources').filter((f) => f.endsWith('.txt'));
    expect(sources.length).toBeGreaterThan(0);
    expect(documents.map((d) => d.sourceFile).sort()).toEqual(sources.sort());
  });

  describe.each(documents)('$id', ({ id, sourceFile }) => {
    const source = sourceParagraphs(sourceFile);
    const passages = publishedPassages(id);

    it('publishes every source paragraph, in order, exactly once', () => {
      expect(passages.flatMap((p) => p.blocks)).toEqual(source);
    });

    it('keeps each source paragraph whole within one passage', () => {
      for (const passage of passages) {
        expect(passage.blocks.length, passage.id).toBeGreaterThan(0);
        for (const block of passage.blocks) expect(source.filter((s) => s === block), `${passage.id}: "${block.slice(0, 40)}…"`).toHaveLength(1);
      }
    });
  });

  it('keeps the garbles of the machine translation', () => {
    const text = publishedPassages('2023-05-17-joint-statement').flatMap((p) => p.blocks).join('\n');
    for (const garble of ['2023th National Congress', 'Republic of Sacksthan', "signed in Xi'an on May 2023, 5", 'past <> years', '2013. President Xi Jinping']) {
      expect(text).toContain(garble);
    }
  });

  it('leaves the date of the copy out of the readout', () => {
    const [first] = publishedPassages('2024-07-03-astana-talks');
    expect(first!.blocks[0]).toMatch(/^On the morning of July 3, 2024/);
  });
});

// Citations are formatted by citeproc-js with the official CSL styles (no mock): the tests read
// what a reader would paste into a paper.
import { describe, expect, it } from 'vitest';
import { citationItem, citationsFor, directCitations, directRecords, pinpoint } from '../../src/lib/citations';
import { smallEdition } from '../support/edition';

const edition = smallEdition();
const statement = edition.documents.find((d) => d.id === '2023-05-17-joint-statement')!;
const talks = edition.documents.find((d) => d.id === '2024-07-03-astana-talks')!;
const clause = statement.passages.find((p) => p.id === 'clause-2')!;
const url = 'https://china-kazakhstan.example/documents/2023-05-17-joint-statement/clause-2/';

const entry = (c: ReturnType<typeof citationsFor>, style: string, label: string) =>
  c.styles.find((s) => s.id === style)!.entries.find((e) => e.label === label)!;

describe('citations', () => {
  it('pinpoints clauses, paragraphs and preambles with CSL locators, and closings by their permalink only', () => {
    expect(pinpoint({ id: 'clause-12', kind: 'clause' })).toEqual({ locator: '12', label: 'clause' });
    expect(pinpoint({ id: 'para-10', kind: 'paragraph' })).toEqual({ locator: '10', label: 'paragraph' });
    expect(pinpoint({ id: 'preamble-1', kind: 'preamble' })).toEqual({ locator: '1', label: 'preamble' });
    expect(pinpoint({ id: 'signing', kind: 'closing' })).toBeUndefined();
  });

  it('cites a clause in Chicago, APA and MLA with its pinpoint and its permalink', () => {
    const c = citationsFor(statement, url, clause);
    expect(entry(c, 'chicago', 'Note').text).toContain('cl. 2');
    expect(entry(c, 'chicago', 'Note').text).toContain(url);
    expect(entry(c, 'chicago', 'Bibliography').text).toContain(url);
    expect(entry(c, 'apa', 'Reference').text).toContain(url);
    expect(entry(c, 'apa', 'In-text citation').text).toMatch(/\(.*2023, cl\. 2\)/);
    expect(entry(c, 'mla', 'Works cited').text).toContain(url);
    expect(entry(c, 'mla', 'In-text citation').text).toContain('cl. 2');
    expect(c.bibtex).toMatch(/^@misc\{/);
    expect(c.bibtex).toContain(`url = {${url}}`);
    expect(JSON.parse(c.cslJson)).toEqual([citationItem(statement, url, clause)]);
  });

  it('cites a talks paragraph as "para. 2" in every style, with a space after the label', () => {
    const para = talks.passages[1]!;
    const c = citationsFor(talks, 'https://china-kazakhstan.example/documents/2024-07-03-astana-talks/para-2/', para);
    expect(entry(c, 'mla', 'In-text citation').text).toMatch(/, para\. 2\)$/);
    expect(entry(c, 'apa', 'In-text citation').text).toMatch(/, 2024, para\. 2\)$/);
    expect(entry(c, 'chicago', 'Short note').text).toMatch(/ para\. 2\.$/);
  });

  it('writes BibTeX that BibTeX and biblatex read: a numeric month without a day, the pinpoint in the note', () => {
    const c = citationsFor(statement, url, clause);
    expect(c.bibtex).toContain('month = {5}');
    expect(c.bibtex).toContain('note = {clause 2}');
  });

  it('names the translation in the citation, so that nobody mistakes a machine translation for an official text', () => {
    const c = citationsFor(statement, url, clause);
    expect(entry(c, 'apa', 'Reference').text).toContain('[Joint statement, English machine translation]');
  });

  it('gives the same output as formatting each passage directly', () => {
    for (const [doc, passage] of [[statement, clause], [statement, statement.passages[0]!], [talks, talks.passages[1]!]] as const) {
      const permalink = `https://china-kazakhstan.example/documents/${doc.id}/${passage.id}/`;
      const made = citationsFor(doc, permalink, passage);
      expect(made.styles).toEqual(directCitations(doc, permalink, passage));
      expect({ bibtex: made.bibtex, ris: made.ris }).toEqual(directRecords(doc, permalink, passage));
    }
    const page = `https://china-kazakhstan.example/documents/${talks.id}/`;
    const { bibtex, ris } = citationsFor(talks, page);
    expect({ bibtex, ris }).toEqual(directRecords(talks, page));
  });
});

import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/lib/documents';
import { toEditorialNotes } from '../../src/lib/notes';
import { hasReadingText, readDocumentText, readPassage } from '../../src/lib/reading-text';
import { notesSchema } from '../../src/schemas/notes';
import { frontMatter } from '../support/front-matter';
import { KINDS } from '../support/kinds';

const body = [
  '<Preamble id="preamble-1">\nPresident Kasemal Tokayev visited from May 2023 to 5, 17.\n</Preamble>',
  '<Clause id="clause-1" themes="t">\nThe two sides agreed.\n</Clause>',
  '<Closing id="signatures" label="Signatures">\n| President of China | President of Sacksthan |\n| --- | --- |\n| Xi Jinping | Kasemjomart Tokayev |\n</Closing>',
].join('\n\n');
const { document } = readDocument({ id: 'doc', data: frontMatter(), body }, KINDS);
const note = (id: string, passage: string, span: string, replaceWith?: string, confidence: 'confirmed' | 'inferred' = 'confirmed') => ({
  id, passage, span, kind: 'correction' as const, reading: replaceWith ?? 'a reading', ...(replaceWith ? { replaceWith } : {}), evidence: 'e', confidence, sources: [],
});
const notes = toEditorialNotes('doc', 'notes/doc.yaml', {
  notes: [
    note('tokayev', 'preamble-1', 'Kasemal Tokayev', 'Kassym-Jomart Tokayev'),
    note('dates', 'preamble-1', 'from May 2023 to 5, 17', 'beginning on 17 May 2023', 'inferred'),
    note('no-drop-in', 'clause-1', 'agreed', undefined),
    note('sacksthan', 'signatures', 'Sacksthan', 'Kazakhstan'),
    note('signature', 'signatures', 'Kasemjomart Tokayev', 'Kassym-Jomart Tokayev'),
  ],
});
const passage = (id: string) => document.passages.find((p) => p.id === id)!;

/** The reading as a reader sees it, without the marks the page adds: brackets, markers, words for screen readers. */
function shown(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  for (const node of selectAll('.bracket, .note-marker, .visually-hidden', tree)) node.children = [];
  return toText(tree).trim();
}

describe('the reading text', () => {
  it('is the verbatim with exactly the replaced words exchanged, each with its offsets in both texts', () => {
    const reading = readPassage(passage('preamble-1'), notes)!;
    expect(reading.text).toBe('President Kassym-Jomart Tokayev visited beginning on 17 May 2023.');
    expect(reading.replacements.map((r) => [r.note.id, r.marker, r.verbatim, r.words])).toEqual([
      ['tokayev', 'a', 'Kasemal Tokayev', 'Kassym-Jomart Tokayev'],
      ['dates', 'b', 'from May 2023 to 5, 17', 'beginning on 17 May 2023'],
    ]);
    for (const r of reading.replacements) {
      expect(reading.text.slice(r.readingStart, r.readingEnd)).toBe(r.words);
      expect('President Kasemal Tokayev visited from May 2023 to 5, 17.'.slice(r.start, r.end)).toBe(r.verbatim);
    }
  });

  it('marks each replacement as the editors’ words, in brackets, with the text’s words for screen readers and a marker to its entry', () => {
    const { html } = readPassage(passage('preamble-1'), notes)!;
    const tree = fromHtml(html, { fragment: true });
    const replaced = selectAll('.replaced', tree);
    expect(replaced.map((r) => [r.properties.dataNote, r.properties.dataConfidence])).toEqual([
      ['tokayev', 'confirmed'],
      ['dates', 'inferred'],
    ]);
    expect(toText(replaced[0]!)).toBe('[Kassym-Jomart Tokayev] (the editors’ reading; the text reads “Kasemal Tokayev”)');
    expect(selectAll('.bracket', tree).every((b) => b.properties.ariaHidden === 'true')).toBe(true);
    expect(selectAll('.note-marker', tree).map((m) => [m.properties.href, m.properties.dataMarker])).toEqual([
      ['#reading-note-tokayev', 'a'],
      ['#reading-note-dates', 'b'],
    ]);
    expect(shown(html)).toBe('President Kassym-Jomart Tokayev visited beginning on 17 May 2023.');
  });

  it('replaces words in table cells, keeping the table', () => {
    const reading = readPassage(passage('signatures'), notes)!;
    expect(reading.text).toBe('President of China President of Kazakhstan\n\nXi Jinping Kassym-Jomart Tokayev');
    expect(reading.html).toContain('<table>');
    expect(shown(reading.html).replace(/\s+/g, ' ')).toBe('President of China President of Kazakhstan Xi Jinping Kassym-Jomart Tokayev');
  });

  it('leaves a passage whose notes replace nothing as it is, and gives a document with no replacement no reading text', () => {
    expect(readPassage(passage('clause-1'), notes)).toBeUndefined();
    const reading = readDocumentText(document, notes)!;
    expect(reading.counts).toEqual({ total: 4, confirmed: 3, inferred: 1 });
    expect(reading.passages.map((p) => [p.passage.id, p.reading?.replacements.length ?? 0])).toEqual([
      ['preamble-1', 2],
      ['clause-1', 0],
      ['signatures', 2],
    ]);
    const none = notes.filter((n) => n.replaceWith === undefined);
    expect(readDocumentText(document, none)).toBeUndefined();
    expect(hasReadingText(document, none)).toBe(false);
    expect(hasReadingText(document, notes)).toBe(true);
  });
});

describe('a note that replaces its words', () => {
  const parse = (extra: Record<string, unknown>) =>
    notesSchema.safeParse({ notes: [{ id: 'n', passage: 'clause-1', span: 'agreed', kind: 'correction', reading: 'r', evidence: 'e', confidence: 'inferred', ...extra }] });
  const messages = (extra: Record<string, unknown>) => {
    const result = parse(extra);
    return result.success ? [] : result.error.issues.map((i) => i.message);
  };

  it('is a correction on words of a passage, with words to put in their place', () => {
    expect(parse({ replaceWith: 'consented' }).success).toBe(true);
    expect(messages({ replaceWith: '  ' })).toEqual(['give the words the reading text puts in place of the span, or leave replaceWith out']);
    expect(messages({ replaceWith: 'x', kind: 'clarification' })).toEqual([
      'note "n" is a clarification: only a correction replaces its words in the reading text; a clarification leaves them standing',
    ]);
    expect(messages({ replaceWith: 'x', passage: undefined, span: undefined })).toContain('note "n" is on the whole text: only words of a passage (a span) can be replaced');
  });
});

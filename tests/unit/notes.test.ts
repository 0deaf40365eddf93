import { fromHtml } from 'hast-util-from-html';
import { KINDS } from '../support/kinds';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { checkCrossReferences } from '../../src/lib/cross-references';
import { readDocument } from '../../src/lib/documents';
import { passageWithNotes } from '../../src/lib/edition';
import { annotate, locateSpan, textUnits } from '../../src/lib/note-markup';
import { countNotes, noteMarker, overlapping, placeNotes, toEditorialNotes, type EditorialNote } from '../../src/lib/notes';
import { passageText } from '../../src/lib/passages';
import { smallEdition } from '../support/edition';
import { frontMatter } from '../support/front-matter';

const body = [
  '<Preamble id="preamble-1">\nThe visit ran from May 2023 to 5, 17. The visit was a success.\n</Preamble>',
  '<Clause id="clause-1" themes="t">\nFirst paragraph of the clause.\n\nSecond paragraph, signed in \\<>.\n</Clause>',
  '<Closing id="signatures" label="Signatures">\n| President of A | President of the Republic of Sacksthan |\n| --- | --- |\n| Xi | Kasemjomart Tokayev |\n</Closing>',
].join('\n\n');
const { document } = readDocument({ id: 'doc', data: frontMatter(), body }, KINDS);
const [preamble, clause, signatures] = document.passages as [typeof document.passages[0], typeof document.passages[0], typeof document.passages[0]];

const note = (over: Partial<EditorialNote>): EditorialNote => ({
  id: 'n',
  document: 'doc',
  kind: 'correction',
  reading: 'r',
  evidence: 'e',
  confidence: 'inferred',
  sources: [],
  file: 'content/notes/doc.yaml',
  position: 1,
  ...over,
});

describe('where notes sit in a passage', () => {
  it('reads a passage as paragraphs and table cells whose offsets are those of its text', () => {
    for (const passage of [preamble, clause, signatures]) {
      const text = passageText(passage);
      for (const unit of textUnits(passage.html)) expect(text.slice(unit.offset, unit.offset + unit.text.length)).toBe(unit.text);
    }
    expect(textUnits(signatures.html).map((u) => u.text)).toEqual(['President of A', 'President of the Republic of Sacksthan', 'Xi', 'Kasemjomart Tokayev']);
  });

  it('finds words once, says when they are missing or ambiguous, and takes an occurrence', () => {
    const units = textUnits(preamble.html);
    expect(locateSpan(units, 'from May 2023 to 5, 17')).toEqual({ unit: 0, start: 14, end: 36 });
    expect(locateSpan(units, 'The visit')).toEqual({ problem: 'the words "The visit" occur 2 times in the passage: add occurrence (1 to 2)' });
    expect(locateSpan(units, 'The visit', 2)).toMatchObject({ unit: 0, start: 38 });
    expect(locateSpan(units, 'The visit', 3)).toEqual({ problem: 'occurrence 3 of "The visit" does not exist: the words occur 2 time(s)' });
    expect(locateSpan(units, 'May 17')).toHaveProperty('problem');
    // Words across two cells are not one span.
    expect(locateSpan(textUnits(signatures.html), 'Xi Kasemjomart')).toHaveProperty('problem');
  });

  it('marks the words without changing a character of the text', () => {
    const html = annotate(clause.html, [{ id: 'brackets', location: { unit: 1, start: 28, end: 30 }, marker: 'a', label: 'Editorial note a' }]);
    expect(toText(fromHtml(html, { fragment: true }))).toBe(toText(fromHtml(clause.html, { fragment: true })));
    expect(html).toContain('signed in <span class="noted" data-note="brackets">&#x3C;></span><a class="note-marker" href="#note-brackets" id="note-ref-brackets" data-marker="a" aria-label="Editorial note a"></a>.');
  });

  it('marks words that run across inline elements', () => {
    const html = annotate('<p>A <em>garbled</em> date.</p>', [{ id: 'x', location: { unit: 0, start: 2, end: 14 }, marker: 'a', label: 'Editorial note a' }]);
    expect(html).toBe('<p>A <em><span class="noted" data-note="x">garbled</span></em><span class="noted" data-note="x"> date</span><a class="note-marker" href="#note-x" id="note-ref-x" data-marker="a" aria-label="Editorial note a"></a>.</p>');
  });

  it('letters a passage\'s notes in the order of the text, whatever order they are written in', () => {
    const placed = placeNotes(preamble, [note({ id: 'later', span: 'a success' }), note({ id: 'earlier', span: '5, 17' })]);
    expect(placed.map((p) => [p.note.id, p.marker])).toEqual([['earlier', 'a'], ['later', 'b']]);
    expect(passageText(preamble).slice(placed[0]!.start, placed[0]!.end)).toBe('5, 17');
    expect([0, 1, 25, 26, 27].map(noteMarker)).toEqual(['a', 'b', 'z', 'aa', 'ab']);
  });

  it('finds notes on overlapping words', () => {
    const placed = placeNotes(preamble, [note({ id: 'one', span: 'May 2023 to' }), note({ id: 'two', span: 'to 5' }), note({ id: 'three', span: 'success' })]);
    expect(overlapping(placed).map(([a, b]) => [a.id, b.id])).toEqual([['one', 'two']]);
  });

  it('counts notes by confidence', () => {
    expect(countNotes([note({ confidence: 'confirmed' }), note({}), note({})])).toEqual({ total: 3, confirmed: 1, inferred: 2 });
  });
});

describe('notes in the edition', () => {
  it('are placed on their passage and resolve their sources', () => {
    const edition = smallEdition();
    const statement = edition.documents.find((d) => d.id === '2023-05-17-joint-statement')!;
    const { html, notes } = passageWithNotes(edition, statement, statement.passages[0]!);
    expect(notes.map((n) => [n.note.id, n.placed?.marker, n.sources.map((s) => s.id)])).toEqual([['kasemal-tokayev', 'a', ['kazinform-2023-05-17']]]);
    expect(html).toContain('<span class="noted" data-note="kasemal-tokayev">Kasemal Tokayev</span>');
  });

  it('are checked: words in the passage, ids unique, sources that exist, passages that exist', () => {
    const edition = smallEdition();
    expect(checkCrossReferences(edition)).toEqual([]);
    edition.notes.push(
      ...toEditorialNotes('2023-05-17-joint-statement', 'content/notes/2023-05-17-joint-statement.yaml', {
        notes: [
          { id: 'kasemal-tokayev', passage: 'clause-1', span: 'expand trade', kind: 'correction', reading: 'r', evidence: 'e', confidence: 'inferred', sources: [] },
          { id: 'missing-words', passage: 'clause-1', span: 'shrink trade', kind: 'correction', reading: 'r', evidence: 'e', confidence: 'inferred', sources: ['nowhere'] },
          { id: 'missing-passage', passage: 'clause-9', span: 'x', kind: 'correction', reading: 'r', evidence: 'e', confidence: 'inferred', sources: [] },
        ],
      }),
    );
    const message = checkCrossReferences(edition).map((e) => e.message).join('\n');
    expect(message).toContain('notes[1] (kasemal-tokayev): the note id "kasemal-tokayev" is already used');
    expect(message).toContain('notes[2] (missing-words): sources: "nowhere" is not in content/references/');
    expect(message).toContain('notes[2] (missing-words) on clause-1: the words "shrink trade" are not in the passage');
    expect(message).toContain('notes[3] (missing-passage): content/documents/2023-05-17-joint-statement.mdx has no passage "clause-9"');
  });
});

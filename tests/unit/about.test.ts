import { describe, expect, it } from 'vitest';
import { aboutAnchorMap, notedTexts, notesPage, provenanceSummary, sourcesByInitial, sourcesByPublisher, translationCount } from '../../src/lib/about';
import { readDocument } from '../../src/lib/documents';
import { allNotesOf, notesOfDocument } from '../../src/lib/edition';
import { ContentError } from '../../src/lib/errors';
import type { Reference } from '../../src/lib/references';
import { smallEdition } from '../support/edition';
import { frontMatter } from '../support/front-matter';
import { KINDS } from '../support/kinds';

const source = (publisher: string, translation: 'none' | 'official' | 'machine') => ({ file: 'x.txt', description: 'A text.', publisher, originalLanguage: 'Chinese', translation, date: '2023-05-17' });
const text = (id: string, publisher: string, translation: 'none' | 'official' | 'machine') => ({ id, shortTitle: `Text ${id}`, source: source(publisher, translation) });

describe('the provenance summary', () => {
  const texts = [text('a', 'Xinhua', 'machine'), text('b', 'Akorda', 'official'), text('c', 'Xinhua', 'machine'), text('d', 'Xinhua', 'official'), text('e', 'Akorda', 'official')];

  it('groups the texts by publisher and kind of English text, the largest group first, and counts each kind', () => {
    const summary = provenanceSummary(texts);
    expect(summary.total).toBe(texts.length);
    expect(summary.groups.map((g) => [g.publisher, g.translationLabel, g.count])).toEqual([
      ['Akorda', 'Official English text', 2],
      ['Xinhua', 'Machine translation', 2],
      ['Xinhua', 'Official English text', 1],
    ]);
    expect(summary.groups.reduce((n, g) => n + g.count, 0)).toBe(texts.length);
    expect(summary.translations.map((t) => t.label)).toEqual(['3 official English texts', '2 machine translations']);
  });

  it('names each text while the edition is small, and only counts them once it is not', () => {
    const small = provenanceSummary(texts);
    expect(small.listed).toBe(true);
    expect(small.groups.flatMap((g) => g.documents.map((d) => d.id)).sort()).toEqual(texts.map((t) => t.id));
    const large = provenanceSummary(texts, texts.length - 1);
    expect(large.listed).toBe(false);
    expect(large.groups.flatMap((g) => g.documents)).toEqual([]);
    expect(large.groups.map((g) => g.count)).toEqual(small.groups.map((g) => g.count));
  });

  it('says a count of texts in words, one or many', () => {
    expect(translationCount('none', 1)).toBe('1 English original');
    expect(translationCount('official', 2)).toBe('2 official English texts');
    expect(translationCount('machine', 1)).toBe('1 machine translation');
  });
});

describe('the texts with notes and their notes pages', () => {
  const edition = smallEdition();
  const statement = edition.documents.find((d) => d.id === '2023-05-17-joint-statement')!;

  it('lists only the texts that have notes, each with its counts and its notes page', () => {
    const noted = notedTexts(edition);
    const withNotes = new Set(edition.notes.map((n) => n.document));
    expect(noted.map((t) => t.document.id)).toEqual(edition.documents.filter((d) => withNotes.has(d.id)).map((d) => d.id));
    for (const t of noted) {
      const mine = edition.notes.filter((n) => n.document === t.document.id);
      expect(t.total).toBe(mine.length);
      expect(t.confirmed).toBe(mine.filter((n) => n.confidence === 'confirmed').length);
      expect(t.confirmed + t.inferred).toBe(t.total);
      expect(t.path).toBe(`/documents/${t.document.id}/notes/`);
    }
  });

  it('gives a notes page every note of its text: on the whole text, then on each passage', () => {
    const page = notesPage(edition, statement);
    const mine = edition.notes.filter((n) => n.document === statement.id);
    expect(allNotesOf(page.notes).map((v) => v.note.id).sort()).toEqual(mine.map((n) => n.id).sort());
    expect(page.notes.whole.map((v) => v.note.id)).toEqual(mine.filter((n) => !n.passage).map((n) => n.id));
    expect(page.notes.passages.every((p) => p.notes.length > 0)).toBe(true);
    expect(page.counts.total).toBe(mine.length);
    expect(page.title).toBe(`Editorial notes on ${statement.shortTitle}`);
    expect(notesOfDocument(edition, edition.documents.find((d) => d.id !== statement.id)!)).toMatchObject({ whole: [], passages: [] });
  });
});

describe('the about page’s anchor map', () => {
  const edition = smallEdition();
  const map = aboutAnchorMap(edition);

  it('leads every note to its text’s notes page, at its anchor', () => {
    for (const note of edition.notes) expect(map[`note-${note.id}`]).toBe(`/documents/${note.document}/notes/#note-${note.id}`);
  });

  it('leads a text’s provenance to its page, and its notes heading to its notes page', () => {
    for (const document of edition.documents) expect(map[`provenance-${document.id}`]).toBe(`/documents/${document.id}/`);
    for (const document of new Set(edition.notes.map((n) => n.document))) expect(map[`notes-${document}`]).toBe(`/documents/${document}/notes/`);
  });

  it('never maps an anchor the about page still holds', () => {
    for (const kept of ['provenance', 'record', 'method', 'reading-text', 'notes', 'sources']) expect(map).not.toHaveProperty(kept);
  });
});

describe('the sources by publisher', () => {
  const ref = (id: string, publisher: string, date?: string): Reference => ({ id, title: `Title ${id}`, publisher, url: `https://example.org/${id}`, file: `content/references/${id}.yaml`, ...(date ? { date } : {}) });
  const references = [ref('a', 'Xinhua', '2023-01-02'), ref('b', 'Akorda', '2024-05-06'), ref('c', 'Xinhua', '2024-03-04'), ref('d', 'Akorda')];

  it('groups each reference once under its publisher, publishers alphabetically, each newest first', () => {
    const groups = sourcesByPublisher(references);
    expect(groups.map((g) => [g.publisher, g.references.map((r) => r.id)])).toEqual([
      ['Akorda', ['b', 'd']],
      ['Xinhua', ['c', 'a']],
    ]);
    expect(groups.flatMap((g) => g.references).length).toBe(references.length);
  });

  it('files publishers under their initial, A to Z, a digit or another script last', () => {
    const initials = sourcesByInitial([...references, ref('e', '110.com'), ref('f', 'Агентство'), ref('g', 'akipress')]);
    expect(initials.map((i) => [i.label, i.count, i.groups.map((g) => g.publisher)])).toEqual([
      ['A', 3, ['akipress', 'Akorda']],
      ['X', 2, ['Xinhua']],
      ['Other', 2, ['110.com', 'Агентство']],
    ]);
  });
});

describe('the passage id "notes"', () => {
  it('is reserved for the notes page, and the error names the file, the line and what to do', () => {
    const file = 'content/documents/2023-05-17-joint-statement.mdx';
    const { problems } = readDocument({ id: '2023-05-17-joint-statement', data: frontMatter(), body: '<Clause id="clause-1" themes="t">\nA.\n</Clause>\n\n<Clause id="notes" themes="t">\nB.\n</Clause>', file, lineOffset: 10 }, KINDS);
    const message = new ContentError(file, problems).message;
    expect(message).toContain(`${file}:15:`);
    expect(message).toContain('"notes" is the address of a page of the document itself (/documents/<doc-id>/notes/); choose another id');
  });
});

// Editorial notes stand beside the text and never change it: each is attached to words that
// are in its passage, marked there, listed under the passage, and listed on its text's notes page.
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { sourceParagraphs, writtenDocuments } from '../support/content';
import { page } from '../support/dist';
import { writtenNotes } from '../support/notes';

const notes = writtenNotes();
const documents = writtenDocuments();
const onPassages = notes.filter((n) => n.passage);
const passagePage = (n: { document: string; passage?: string }) => `/documents/${n.document}/${n.passage}/`;

describe('editorial notes', () => {
  it('exist, each on a document of content/documents', () => {
    expect(onPassages.length).toBeGreaterThan(40);
    const ids = new Set(documents.map((d) => d.id));
    expect([...new Set(notes.map((n) => n.document))].filter((doc) => !ids.has(doc))).toEqual([]);
  });

  it('are each on words that the source text has, in a passage the document writes', () => {
    const sources = new Map(documents.map((d) => [d.id, sourceParagraphs(d).join('\n')]));
    for (const note of onPassages) {
      expect(sources.get(note.document), note.id).toContain(note.span);
      expect(documents.find((d) => d.id === note.document)?.passages.map((p) => p.id), note.id).toContain(note.passage);
    }
  });

  it('mark exactly their words in the passage, on its own page and on the document page, with a marker that leads to the note', () => {
    for (const note of onPassages) {
      for (const path of [passagePage(note), `/documents/${note.document}/`]) {
        const tree = page(path);
        const scope = path.endsWith(`${note.passage}/`) ? tree : select(`#${note.passage}`, tree)!;
        const marked = selectAll(`.passage-text .noted[data-note="${note.id}"]`, scope);
        expect(marked.map((m) => toText(m)).join(''), `${note.id} on ${path}`).toBe(note.span);
        const marker = select(`.passage-text a.note-marker[href="#note-${note.id}"]`, scope);
        expect(marker, `${note.id} marker on ${path}`).toBeTruthy();
        expect(String(marker!.properties.ariaLabel)).toMatch(/^Editorial note [a-z]+$/);
        expect(select(`li#note-${note.id}`, tree), `${note.id} on ${path}`).toBeTruthy();
      }
    }
  });

  it('add no character to the text: the marker letter is drawn by CSS, not written in the page', () => {
    for (const note of onPassages) {
      const marker = select(`a.note-marker[href="#note-${note.id}"]`, page(passagePage(note)))!;
      expect(toText(marker)).toBe('');
      expect(String(marker.properties.dataMarker)).toMatch(/^[a-z]+$/);
    }
  });

  it('give their reading, their confidence in words, and a way back to the text', () => {
    for (const note of onPassages) {
      const item = select(`li#note-${note.id}`, page(passagePage(note)))!;
      const text = toText(item);
      expect(text, note.id).toContain(note.reading);
      expect(text, note.id).toContain(note.confidence === 'confirmed' ? 'Confirmed by a source' : 'Inferred by the editors');
      expect(select(`a[href="#note-ref-${note.id}"]`, item), note.id).toBeTruthy();
      expect(selectAll('.references li', item).length, note.id).toBe(note.sources?.length ?? 0);
    }
  });

  it('letter each passage\'s notes a, b, c… in the order of the text', () => {
    for (const path of new Set(onPassages.map(passagePage))) {
      const letters = selectAll('.passage-text a.note-marker', page(path)).map((m) => String(m.properties.dataMarker));
      expect(letters, path).toEqual(letters.map((_, i) => String.fromCharCode(97 + i)));
    }
  });

  it('are all listed on their text’s notes page, each linking to its place beside the text', () => {
    for (const note of notes) {
      const notesPage = page(`/documents/${note.document}/notes/`);
      expect(select(`li#note-${note.id}`, notesPage), note.id).toBeTruthy();
      if (note.passage) expect(select(`a[href="${passagePage(note)}#note-${note.id}"]`, notesPage), note.id).toBeTruthy();
    }
  });

  it('show notes on a whole text in the document\'s header', () => {
    for (const note of notes.filter((n) => !n.passage)) {
      expect(select(`header li#note-${note.id}`, page(`/documents/${note.document}/`)), note.id).toBeTruthy();
    }
  });
});

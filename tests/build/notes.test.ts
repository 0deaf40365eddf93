// Editorial notes stand beside the text and never change it: each is attached to words that
// are in its passage, marked there, listed under the passage, and listed on the about page.
import { readFileSync } from 'node:fs';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { parseSourceText } from '../../src/lib/sources';
import { page } from '../support/dist';
import { writtenNotes } from '../support/notes';

const notes = writtenNotes();
const onPassages = notes.filter((n) => n.passage);
const passagePage = (n: { document: string; passage?: string }) => `/documents/${n.document}/${n.passage}/`;

describe('editorial notes', () => {
  it('exist on both texts', () => {
    expect(new Set(notes.map((n) => n.document))).toEqual(new Set(['2023-05-17-joint-statement', '2024-07-03-astana-talks']));
    expect(onPassages.length).toBeGreaterThan(40);
  });

  it('are each on words that the source text has', () => {
    const sources = {
      '2023-05-17-joint-statement': parseSourceText(readFileSync('content/sources/2023-05-joint-statement.txt', 'utf8')).paragraphs.join('\n'),
      '2024-07-03-astana-talks': parseSourceText(readFileSync('content/sources/2024-07-03-astana-talks.txt', 'utf8')).paragraphs.join('\n'),
    } as Record<string, string>;
    for (const note of onPassages) expect(sources[note.document], note.id).toContain(note.span);
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

  it('are all listed on the about page, each linking to its place beside the text', () => {
    const about = page('/about/');
    for (const note of notes) {
      const entry = select(`li#note-${note.id}`, about);
      expect(entry, note.id).toBeTruthy();
      const link = note.passage ? `${passagePage(note)}#note-${note.id}` : `#note-${note.id}`;
      expect(select(`a[href="${link}"]`, about), note.id).toBeTruthy();
    }
    const summary = toText(select('#notes + p', about)!);
    expect(summary).toContain(`${notes.length} notes`);
    expect(summary).toContain(`${notes.filter((n) => n.confidence === 'confirmed').length} confirmed`);
  });

  it('show notes on a whole text in the document\'s header', () => {
    for (const note of notes.filter((n) => !n.passage)) {
      expect(select(`header li#note-${note.id}`, page(`/documents/${note.document}/`)), note.id).toBeTruthy();
    }
  });
});

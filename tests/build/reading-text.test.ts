// The editors' reading text: a marked, derived view. Its text is the verbatim with exactly the
// replacing notes' words exchanged, each marked and linked to its note, the text's words kept
// for screen readers; the verbatim pages, the open data's text and the search stay the text.
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { builtDocuments } from '../support/content';
import { htmlPages, page } from '../support/dist';
import { writtenNotes } from '../support/notes';

const SITE = 'https://china-kazakhstan.example';
const documents = builtDocuments();
const replacing = writtenNotes().filter((n) => n.replaceWith !== undefined);
const withReading = documents.filter((d) => replacing.some((n) => n.document === d.document.id));
const readingPath = (id: string) => `/documents/${id}/reading/`;
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text a reader sees in a reading passage, without brackets, markers and the words for screen readers. */
function shown(element: Element): string {
  const copy = structuredClone(element);
  for (const node of selectAll('.bracket, .note-marker, .visually-hidden', copy)) node.children = [];
  return flat(toText(copy));
}

/** The verbatim with each replacing note's words put in place of its span, as written in content/notes. */
function expectedReading(documentId: string, passage: (typeof documents)[number]['passages'][number]): string {
  const notes = passage.notes
    .filter((n) => replacing.some((r) => r.document === documentId && r.id === n.id))
    .sort((a, b) => a.start - b.start);
  let text = '';
  let at = 0;
  for (const note of notes) {
    text += passage.text.slice(at, note.start) + replacing.find((r) => r.id === note.id)!.replaceWith;
    at = note.end;
  }
  return text + passage.text.slice(at);
}

describe('the reading text', () => {
  it('exists for each document with a note that replaces words, and only for those; each links to it from its pages', () => {
    expect(withReading.length).toBeGreaterThan(0);
    const built = new Set(htmlPages().map((p) => p.path));
    for (const { document, passages } of documents) {
      const has = withReading.some((d) => d.document.id === document.id);
      expect(built.has(readingPath(document.id)), document.id).toBe(has);
      const links = selectAll(`a[href="${readingPath(document.id)}"]`, page(`/documents/${document.id}/`));
      expect(links.length > 0, document.id).toBe(has);
      const passageLink = select(`a[href="${readingPath(document.id)}#${passages[0]!.id}"]`, page(`/documents/${document.id}/${passages[0]!.id}/`));
      expect(Boolean(passageLink), document.id).toBe(has);
    }
  });

  it('is, for every passage, the verbatim with exactly the replaced words exchanged and nothing else changed', () => {
    for (const { document, passages } of withReading) {
      const tree = page(readingPath(document.id));
      for (const passage of passages) {
        const element = select(`#${passage.id} .passage-text`, tree)!;
        const expected = expectedReading(document.id, passage);
        expect(shown(element), `${document.id}/${passage.id}`).toBe(flat(expected));
        // The open data carries the same reading, or null where nothing is replaced.
        expect(passage.reading?.text ?? passage.text, `${document.id}/${passage.id}`).toBe(expected);
      }
    }
  });

  it('marks every replacement as the editors’, linked to its entry and note, with the text’s words reachable', () => {
    for (const { document, passages } of withReading) {
      const tree = page(readingPath(document.id));
      for (const passage of passages) {
        for (const note of passage.notes.filter((n) => n.replaceWith !== null)) {
          const where = `${document.id}/${passage.id} ${note.id}`;
          const replaced = select(`#${passage.id} .replaced[data-note="${note.id}"]`, tree)!;
          expect(replaced, where).toBeTruthy();
          expect(toText(select('.reading-words', replaced)!), where).toBe(note.replaceWith);
          expect(replaced.properties.dataConfidence, where).toBe(note.confidence);
          // For screen readers, at the replacement; for every reader, in its entry below the passage.
          expect(toText(select('.visually-hidden', replaced)!), where).toContain(`“${note.span}”`);
          expect(select(`#${passage.id} a.note-marker[href="#reading-note-${note.id}"]`, tree), where).toBeTruthy();
          const entry = select(`li#reading-note-${note.id}`, tree)!;
          expect(toText(select('.verbatim', entry)!), where).toBe(note.span);
          expect(select(`a[href="/documents/${document.id}/${passage.id}/#note-${note.id}"]`, entry), where).toBeTruthy();
        }
      }
    }
  });

  it('says what it is, in the page and in its link previews, and points to the verbatim', () => {
    for (const { document } of withReading) {
      const tree = page(readingPath(document.id));
      expect(toText(select('.what-this-is', tree)!)).toMatch(/This is the editors’ reading, not the published text\./);
      expect(select(`.what-this-is a[href="/documents/${document.id}/"]`, tree)).toBeTruthy();
      expect(select('link[rel=canonical]', tree)!.properties.href).toBe(`${SITE}${readingPath(document.id)}`);
      expect(String(select('meta[property="og:title"]', tree)!.properties.content)).toMatch(/^Reading text · /);
      expect(String(select('meta[name=description]', tree)!.properties.content)).toMatch(/^The editors’ reading text of .* Not the published text/);
    }
  });
});

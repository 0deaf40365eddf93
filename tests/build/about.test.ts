// The about page at scale: it keeps the method and its section ids, summarises the texts' provenance,
// names the texts with notes (each note lives on its text's notes page), sends the sources to a
// page of their own, and leads every anchor it used to hold to the page that now holds it.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { writtenDocuments } from '../support/content';
import { SITE_DIR, htmlPages, page } from '../support/dist';
import { writtenNotes } from '../support/notes';

const notes = writtenNotes();
const documents = writtenDocuments();
const notesPage = (docId: string) => `/documents/${docId}/notes/`;
const noted = documents.filter((d) => notes.some((n) => n.document === d.id));
const anchors = JSON.parse(readFileSync(join(SITE_DIR, 'about/anchors.json'), 'utf8')) as Record<string, string>;

/** The site path and anchor of a link in the anchor map: "/documents/x/notes/#note-y" → ["/documents/x/notes/", "note-y"]. */
function target(link: string): [string, string | undefined] {
  const [path, hash] = link.split('#');
  return [path!, hash];
}

describe('the notes page of each text', () => {
  it('exists for every text with notes, and for no other', () => {
    expect(noted.length).toBeGreaterThan(0);
    for (const document of documents) {
      expect(existsSync(join(SITE_DIR, notesPage(document.id), 'index.html')), document.id).toBe(noted.includes(document));
    }
  });

  it('holds every note of its text at its anchor, a note on words linking to its place beside the text', () => {
    for (const note of notes) {
      const tree = page(notesPage(note.document));
      const entry = select(`#note-${note.id}`, tree);
      expect(entry, note.id).toBeTruthy();
      expect(toText(entry!), note.id).toContain(note.reading);
      if (note.passage) {
        expect(select(`a[href="/documents/${note.document}/${note.passage}/#note-${note.id}"]`, entry!), note.id).toBeTruthy();
        expect(toText(entry!), note.id).toContain(note.span);
      }
    }
  });

  it('holds only its own text’s notes, and counts them', () => {
    for (const document of noted) {
      const mine = notes.filter((n) => n.document === document.id);
      const tree = page(notesPage(document.id));
      expect(selectAll('[id^="note-"]', tree).map((e) => String(e.properties.id)).sort(), document.id).toEqual(mine.map((n) => `note-${n.id}`).sort());
      const summary = toText(select('main header', tree)!);
      expect(summary).toContain(`${mine.length} note${mine.length === 1 ? '' : 's'}`);
      expect(summary).toContain(`${mine.filter((n) => n.confidence === 'confirmed').length} confirmed`);
    }
  });

  it('is linked, with its count, from its text’s page', () => {
    for (const document of noted) {
      const link = select(`main a[href="${notesPage(document.id)}"]`, page(document.path));
      expect(link, document.id).toBeTruthy();
      expect(toText(link!)).toContain(String(notes.filter((n) => n.document === document.id).length));
    }
  });
});

describe('the about page', () => {
  const about = page('/about/');

  it('keeps the section ids published links point to', () => {
    for (const id of ['provenance', 'record', 'method', 'reading-text', 'notes', 'sources']) expect(select(`#${id}`, about), id).toBeTruthy();
  });

  it('counts the notes and links each text with notes to its notes page, with its count', () => {
    const summary = toText(select('#notes + p', about)!);
    expect(summary).toContain(`${notes.length} notes`);
    expect(summary).toContain(`${notes.filter((n) => n.confidence === 'confirmed').length} confirmed`);
    expect(summary).toContain(`${notes.filter((n) => n.confidence === 'inferred').length} inferred`);
    for (const document of noted) {
      const item = select(`li:has(> a[href="${notesPage(document.id)}"])`, about);
      expect(item, document.id).toBeTruthy();
      expect(toText(item!)).toContain(`${notes.filter((n) => n.document === document.id).length} note`);
    }
  });

  it('no longer lists the notes themselves, nor the sources', () => {
    expect(selectAll('[id^="note-"]', about)).toEqual([]);
    expect(select('main a[href="/about/sources/"]', about)).toBeTruthy();
    expect(selectAll('main a[rel~="external"]', about)).toEqual([]);
  });

  it('summarises where the texts come from, each text linking to its page, where its provenance is in full', () => {
    const provenance = toText(select('#provenance + p', about)!);
    expect(provenance).toContain(`full text of ${documents.length} document`);
    for (const document of documents) {
      expect(select(`main a[href="${document.path}"]`, about), document.id).toBeTruthy();
      expect(select('main dl', page(document.path)), document.id).toBeTruthy();
    }
  });

  it('says, without JavaScript, that the notes now live on each text’s notes page', () => {
    const moved = select('[data-anchor-map="/about/anchors.json"]', about);
    expect(moved).toBeTruthy();
    expect(toText(moved!)).toMatch(/notes now live on each text’s notes page/);
  });
});

describe('the about page’s anchor map', () => {
  it('leads every note’s anchor to a page that holds it', () => {
    for (const note of notes) {
      const link = anchors[`note-${note.id}`];
      expect(link, note.id).toBe(`${notesPage(note.document)}#note-${note.id}`);
      const [path, hash] = target(link!);
      expect(select(`#${hash}`, page(path)), note.id).toBeTruthy();
    }
  });

  it('leads each text’s former provenance and notes anchors to pages that exist', () => {
    for (const document of documents) expect(anchors[`provenance-${document.id}`]).toBe(document.path);
    for (const link of Object.values(anchors)) {
      const [path, hash] = target(link);
      expect(existsSync(join(SITE_DIR, path, 'index.html')), link).toBe(true);
      if (hash) expect(select(`#${hash}`, page(path)), link).toBeTruthy();
    }
  });

  it('never maps an anchor the about page still holds', () => {
    const ids = selectAll('[id]', page('/about/')).map((e) => String(e.properties.id));
    expect(Object.keys(anchors).filter((a) => ids.includes(a))).toEqual([]);
  });
});

describe('the sources page', () => {
  const references = readdirSync('content/references')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => parse(readFileSync(join('content/references', f), 'utf8')) as { title: string; publisher: string; url: string });
  /** The sources page and, once it leads to them, the page of each publisher's initial. */
  const sourcePages = [page('/about/sources/'), ...htmlPages().filter((p) => /^\/about\/sources\/[^/]+\/$/.test(p.path)).map((p) => page(p.path))];

  it('lists every reference of the edition once, under its publisher, on one page or by initial', () => {
    const links = sourcePages.flatMap((sources) => selectAll('main a[rel~="external"]', sources).map((a) => String(a.properties.href)));
    expect(links.length).toBe(references.length);
    expect(new Set(links)).toEqual(new Set(references.map((r) => r.url)));
    const publishers = sourcePages.flatMap((sources) => selectAll('main h2', sources).map((h) => toText(h)));
    expect(new Set(publishers)).toEqual(new Set(references.map((r) => r.publisher)));
    expect(publishers.length).toBe(new Set(publishers).size);
  });

  it('is linked from the about page’s sources section', () => {
    expect(select('#sources ~ p a[href="/about/sources/"]', page('/about/'))).toBeTruthy();
  });
});

// The TEI export: every document of the built site has /data/<id>.xml, a well-formed TEI file
// whose passages carry their permanent ids and, read with the sic of every choice and without
// the editors' notes, give each passage's text exactly as the JSON open data gives it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { builtDocuments } from '../support/content';
import { SITE_DIR } from '../support/dist';

const documents = builtDocuments();
const fileOf = (id: string) => join(SITE_DIR, 'data', `${id}.xml`);
const teiOf = (id: string) => readFileSync(fileOf(id), 'utf8');

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescape = (xml: string) =>
  xml.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) =>
    e.startsWith('#x') || e.startsWith('#X') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : ENTITIES[e]!,
  );

/** The inner XML of each innermost div (a passage's), by its xml:id. */
function passageDivs(xml: string): Map<string, string> {
  const divs = new Map<string, string>();
  for (const m of xml.matchAll(/<div\b([^>]*)>((?:(?!<div\b)[\s\S])*?)<\/div>/g)) {
    const id = /\bxml:id="([^"]*)"/.exec(m[1]!)?.[1];
    if (id && !/\btype="section"/.test(m[1]!)) divs.set(id, m[2]!);
  }
  return divs;
}

/** The text as the source gives it: each paragraph with the sic of every choice and no note, paragraphs separated by a blank line. */
const sicBranch = (div: string) =>
  [...div.matchAll(/<p>([\s\S]*?)<\/p>/g)]
    .map((m) => unescape(m[1]!.replace(/<(corr|note)\b[^>]*>[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, '')))
    .join('\n\n');

const xmlIds = (xml: string) => [...xml.matchAll(/\bxml:id="([^"]*)"/g)].map((m) => m[1]!);

describe('the TEI files', () => {
  it('the site has documents to check', () => {
    expect(documents.length).toBeGreaterThan(0);
  });

  for (const { document, passages } of documents) {
    describe(`/data/${document.id}.xml`, () => {
      it('exists and is well-formed TEI', () => {
        expect(existsSync(fileOf(document.id))).toBe(true);
        const xml = teiOf(document.id);
        expect(XMLValidator.validate(xml)).toBe(true);
        expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<TEI xmlns="http:\/\/www\.tei-c\.org\/ns\/1\.0" xml:lang="en">/);
        expect(xml).toContain(`<idno type="URI">${document.urls.page}</idno>`);
      });

      it('gives every passage its id as its xml:id, and no xml:id twice', () => {
        const ids = xmlIds(teiOf(document.id));
        expect(new Set(ids).size).toBe(ids.length);
        for (const passage of passages) expect(ids, passage.id).toContain(passage.id);
        expect([...passageDivs(teiOf(document.id)).keys()]).toEqual(passages.map((p) => p.id));
      });

      it('keeps each passage’s text: the sic branch is the JSON’s text, character for character', () => {
        const divs = passageDivs(teiOf(document.id));
        for (const passage of passages) expect(sicBranch(divs.get(passage.id)!), passage.id).toBe(passage.text);
      });

      it('carries every editorial note on a passage: a correction as a choice, any other note as a seg and a note pointing to it', () => {
        const xml = teiOf(document.id);
        const notes = passages.flatMap((p) => p.notes);
        expect(xml.match(/<choice>/g) ?? []).toHaveLength(notes.filter((n) => n.kind === 'correction').length);
        for (const note of notes.filter((n) => n.kind !== 'correction')) {
          expect(xml).toContain(`<seg xml:id="seg-${note.id}">`);
          expect(xml).toContain(`<note type="${note.kind}" target="#seg-${note.id}"`);
        }
      });

      it('points every name to a glossary entry page the site has', () => {
        for (const m of teiOf(document.id).matchAll(/<(?:persName|placeName|orgName|name)\b[^>]*\bref="([^"]+)"/g)) {
          const path = new URL(m[1]!).pathname;
          expect(existsSync(join(SITE_DIR, path, 'index.html')), path).toBe(true);
        }
      });
    });
  }
});

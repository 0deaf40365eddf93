// The TEI export: every document of the built site has /data/<id>.xml, a well-formed TEI file
// whose passages carry their permanent ids and, read with the sic of every choice and without
// the editors' notes, give each passage's text exactly as the JSON open data gives it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { passageDivs, sicBranch, xmlIds } from '../support/tei';
import { describe, expect, it } from 'vitest';
import { builtDocuments } from '../support/content';
import { SITE_DIR } from '../support/dist';

const documents = builtDocuments();
const fileOf = (id: string) => join(SITE_DIR, 'data', `${id}.xml`);
const teiOf = (id: string) => readFileSync(fileOf(id), 'utf8');

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

// RIS records are made by Citation.js's RIS plugin (no mock) and read back with the same
// plugin's parser, as a reference manager would import them.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { citationItem } from '../../src/lib/citations';
import type { CslItem } from '../../src/lib/csl';
import type { Document } from '../../src/lib/documents';
import { risRecord } from '../../src/lib/ris';
import { documentRis } from '../../src/lib/ris-file';
import { smallEdition } from '../support/edition';

const edition = smallEdition();
const statement = edition.documents.find((d) => d.id === '2023-05-17-joint-statement')!;
const talks = edition.documents.find((d) => d.id === '2024-07-03-astana-talks')!;
const clause = statement.passages.find((p) => p.id === 'clause-2')!;
const site = 'https://china-kazakhstan.example';
const documentUrl = (d: Document) => `${site}/documents/${d.id}/`;
const passageUrl = (d: Document) => (p: Document['passages'][number]) => `${site}/documents/${d.id}/${p.id}/`;
const ministry = "Ministry of Foreign Affairs of the People's Republic of China";
const issuedByMinistry: Document = { ...talks, issuedBy: [ministry] };

/** The CSL items Citation.js reads from a RIS text. */
const parsed = (ris: string): CslItem[] => (new Cite(ris) as unknown as { data: CslItem[] }).data;

/** Each record's tags as [tag, value] pairs, in order. */
const records = (ris: string): [string, string][][] =>
  ris
    .replace(/\n$/, '')
    .split('\n\n')
    .map((record) => record.split('\n').map((line) => [line.slice(0, 2), line.slice(6)] as [string, string]));
const values = (record: [string, string][], tag: string) => record.filter(([t]) => t === tag).map(([, v]) => v);

describe('risRecord', () => {
  const item = citationItem(statement, `${site}/documents/${statement.id}/clause-2/`, clause);
  const ris = risRecord(item);
  const [tags] = records(ris) as [[string, string][]];

  it('writes one record from TY to ER, one line per tag, without breaking long values', () => {
    expect(ris.startsWith('TY  - ELEC\n')).toBe(true);
    expect(ris.endsWith('\nER  - ')).toBe(true);
    expect(ris.match(/^TY {2}- /gm)).toHaveLength(1);
    for (const line of ris.split('\n')) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    expect(ris).not.toContain('\r');
  });

  it('carries the title, each party, the date, the permalink, the edition and the genre', () => {
    expect(values(tags, 'TI')).toEqual([item.title]);
    expect(values(tags, 'AU')).toEqual(["People's Republic of China", 'Republic of Kazakhstan']);
    expect(values(tags, 'DA')).toEqual(['2023/5/17/']);
    expect(values(tags, 'PY')).toEqual(['2023']);
    expect(values(tags, 'UR')).toEqual([item.URL]);
    expect(values(tags, 'T2')).toEqual(['China–Kazakhstan Documents']);
    expect(values(tags, 'M3')).toEqual(['Joint statement, English machine translation']);
    // Not the CSL id cut to 20 characters, which every passage of a document would share.
    expect(values(tags, 'ID')).toEqual([]);
  });

  it('reads back as the CSL item, field by field', () => {
    const [back, ...more] = parsed(ris);
    expect(more).toEqual([]);
    expect(back!.type).toBe(item.type);
    expect(back!.title).toBe(item.title);
    expect(back!.author).toEqual(item.author);
    expect(back!.issued).toEqual(item.issued);
    expect(back!.URL).toBe(item.URL);
    // For a web page (ELEC), Citation.js reads T2 as the collection title and M3 as the medium.
    expect(back!['collection-title']).toBe(item['container-title']);
    expect(back!.medium).toBe(item.genre);
  });

  it('keeps an institution one name, not a family name and a given name', () => {
    const item = citationItem(issuedByMinistry, documentUrl(talks));
    const ris = risRecord(item);
    expect(ris).toContain(`\nAU  - ${ministry}\n`);
    expect(ris.match(/^AU {2}- /gm)).toHaveLength(1);
    expect(parsed(ris)[0]!.author).toEqual([{ literal: ministry }]);
  });
});

describe('documentRis', () => {
  for (const document of [statement, talks, issuedByMinistry]) {
    const ris = documentRis(document, documentUrl(document), passageUrl(document));

    it(`holds ${document.id}'s record, then one per passage with its permalink, in reading order`, () => {
      const expected = [citationItem(document, documentUrl(document)), ...document.passages.map((p) => citationItem(document, passageUrl(document)(p), p))];
      const back = parsed(ris);
      expect(back).toHaveLength(1 + document.passages.length);
      expect(back.map((b) => b.URL)).toEqual([documentUrl(document), ...document.passages.map(passageUrl(document))]);
      back.forEach((b, i) => {
        const item = expected[i]!;
        expect(b.title).toBe(item.title);
        expect(b.author).toEqual(item.author);
        expect(b.issued).toEqual(item.issued);
        expect(b.URL).toBe(item.URL);
        expect(b['collection-title']).toBe(item['container-title']);
        expect(b.medium).toBe(item.genre);
      });
    });

    it(`separates ${document.id}'s records by a blank line and ends with a line break`, () => {
      expect(ris.endsWith('ER  - \n')).toBe(true);
      expect(ris.endsWith('\n\n')).toBe(false);
      const parts = ris.slice(0, -1).split('\n\n');
      expect(parts).toHaveLength(1 + document.passages.length);
      for (const part of parts) expect(part).toMatch(/^TY {2}- ELEC\n(?:[A-Z][A-Z0-9] {2}- .*\n)+ER {2}- $/);
    });

    it(`names ${document.id}'s authors as whole institutions in every record`, () => {
      for (const record of records(ris)) {
        expect(values(record, 'AU')).toEqual((document.issuedBy ?? document.parties).map(String));
      }
    });
  }
});

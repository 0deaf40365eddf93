import { describe, expect, it } from 'vitest';
import { readDocumentFile } from '../../src/loaders/read-documents';
import { OVERVIEW_LIMITS } from '../../src/lib/periods';
import { readCatalogued, type RecordDocument } from '../../src/lib/record';
import { LATEST_DOCUMENTS, documentIdProblems, recordAnchorMap, recordIndex, recordKindPage, recordKinds, recordYearPage, recordYears } from '../../src/lib/record-listing';
import { documentSchema } from '../../src/schemas/document';
import { frontMatter } from '../support/front-matter';
import { KINDS } from '../support/kinds';

/** A catalogued document of the record, as its file would give it. */
function catalogued(id: string, date: string, kind = 'treaty'): RecordDocument {
  const { source: _source, ...data } = frontMatter();
  const parsed = documentSchema.parse({ ...data, kind, date, dateBasis: 'confirmed', references: ['r'] });
  const { document, problems } = readCatalogued({ id, data: parsed, body: '' }, KINDS);
  if (problems.length) throw new Error(problems.map((p) => p.message).join('\n'));
  return document;
}

/** A record of `n` documents, two a year from 1992, alternating treaty and joint statement, given newest first. */
function record(n: number): RecordDocument[] {
  return Array.from({ length: n }, (_, i) => {
    const year = 1992 + Math.floor(i / 2);
    return catalogued(`${year}-0${1 + (i % 2)}-doc-${i}`, `${year}-0${1 + (i % 2)}`, i % 2 ? 'joint-statement' : 'treaty');
  }).reverse();
}

const ids = (docs: readonly RecordDocument[]) => docs.map((d) => d.id);

describe('the listing of the record', () => {
  it('lists a record that fits whole, by decade and year, oldest first, with its kinds and years as filters', () => {
    const listing = recordIndex(record(6));
    expect(listing.mode).toBe('whole');
    expect(listing.counts).toEqual({ total: 6, inEdition: 0 });
    expect(listing.decades.map((d) => [d.decade, d.years.map((y) => [y.year, ids(y.items)])])).toEqual([
      [
        1990,
        [
          [1992, ['1992-01-doc-0', '1992-02-doc-1']],
          [1993, ['1993-01-doc-2', '1993-02-doc-3']],
          [1994, ['1994-01-doc-4', '1994-02-doc-5']],
        ],
      ],
    ]);
    expect(listing.latest).toEqual([]);
    expect(listing.kinds.map((k) => [k.kind.id, k.href, k.count])).toEqual([
      ['joint-statement', '/documents/kinds/joint-statement/', 3],
      ['treaty', '/documents/kinds/treaty/', 3],
    ]);
    expect(listing.years).toEqual([
      {
        decade: 1990,
        label: '1990s',
        years: [1992, 1993, 1994].map((year) => ({ year, href: `/documents/${year}/`, count: 2 })),
      },
    ]);
  });

  it('only counts a record too large for one page, and shows its newest documents', () => {
    const size = OVERVIEW_LIMITS.documents.whole + 1;
    const listing = recordIndex(record(size));
    expect(listing.mode).toBe('years');
    expect(listing.decades).toEqual([]);
    expect(listing.latest).toHaveLength(LATEST_DOCUMENTS);
    expect(ids(listing.latest)).toEqual(ids(record(size)).slice(0, LATEST_DOCUMENTS));
    expect(listing.years.flatMap((d) => d.years).reduce((n, y) => n + y.count, 0)).toBe(size);
    expect(listing.kinds.reduce((n, k) => n + k.count, 0)).toBe(size);
    // The largest record still lists every document at the limit.
    expect(recordIndex(record(size - 1)).mode).toBe('whole');
  });

  it('applies the deployment’s links to every address it gives', () => {
    const link = (path: string) => `/sub${path}`;
    const listing = recordIndex(record(2), link);
    expect(listing.kinds[0]!.href).toBe('/sub/documents/kinds/joint-statement/');
    expect(listing.years[0]!.years[0]!.href).toBe('/sub/documents/1992/');
    expect(recordYearPage(record(6), 1993, link).next).toEqual({ year: 1994, href: '/sub/documents/1994/' });
    expect(recordAnchorMap(record(2), link)).toEqual({ 'year-1992': '/sub/documents/1992/' });
  });

  it('gives each year with documents a page, with the years before and after that have documents', () => {
    const docs = [...record(2), catalogued('2001-05-treaty', '2001-05'), catalogued('2001-treaty', '2001')];
    expect(recordYears(docs)).toEqual([1992, 2001]);
    const first = recordYearPage(docs, 1992);
    expect(ids(first.documents)).toEqual(['1992-01-doc-0', '1992-02-doc-1']);
    expect(first.previous).toBeUndefined();
    expect(first.next).toEqual({ year: 2001, href: '/documents/2001/' });
    const last = recordYearPage(docs, 2001);
    // A vaguer date as its period's start: the year before the month.
    expect(ids(last.documents)).toEqual(['2001-treaty', '2001-05-treaty']);
    expect(last).toMatchObject({ previous: { year: 1992, href: '/documents/1992/' }, inEdition: 0 });
    expect(last.next).toBeUndefined();
  });

  it('gives each kind with documents a page listing exactly its documents by year, or its years when they are too many', () => {
    const docs = record(6);
    expect(recordKinds(docs).map((k) => k.id)).toEqual(['joint-statement', 'treaty']);
    const treaty = recordKindPage(docs, KINDS.get('treaty')!);
    expect(treaty).toMatchObject({ count: 3, mode: 'whole', index: [] });
    expect(treaty.years.map((y) => [y.year, ids(y.items)])).toEqual([
      [1992, ['1992-01-doc-0']],
      [1993, ['1993-01-doc-2']],
      [1994, ['1994-01-doc-4']],
    ]);
    const many = record(2 * (OVERVIEW_LIMITS.documents.whole + 1));
    const large = recordKindPage(many, KINDS.get('treaty')!);
    expect(large).toMatchObject({ count: OVERVIEW_LIMITS.documents.whole + 1, mode: 'years', years: [] });
    expect(large.index.flatMap((d) => d.years).every((y) => y.count === 1 && y.href === `/documents/${y.year}/`)).toBe(true);
  });

  it('maps each year’s anchor on /documents/ to the year’s page', () => {
    expect(recordAnchorMap(record(4))).toEqual({ 'year-1992': '/documents/1992/', 'year-1993': '/documents/1993/' });
  });
});

describe('a document id that takes an address of the listing', () => {
  it('is refused when it is a year or "kinds", naming the address and the fix', () => {
    expect(documentIdProblems('2023-05-17-joint-statement')).toEqual([]);
    expect(documentIdProblems('20230')).toEqual([]);
    expect(documentIdProblems('2023')).toEqual([{ message: expect.stringMatching(/^the file name gives the document the id "2023", but \/documents\/2023\/ is the page of the record's documents of 2023; rename the file .*2023-joint-statement\.mdx/) }]);
    expect(documentIdProblems('kinds')).toEqual([{ message: expect.stringMatching(/"kinds", but \/documents\/kinds\/ is where the pages of each kind/) }]);
  });

  it('is a problem of the document file, as the build and check:content report it', () => {
    const { source: _source, place: _place, ...data } = frontMatter();
    const raw = `---\n${Object.entries({ ...data, kind: 'treaty', date: '2002', dateBasis: 'confirmed', references: ['r'] })
      .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
      .join('\n')}\n---\n`;
    const read = (id: string) => readDocumentFile({ id, file: `content/documents/${id}.mdx`, raw, contentDir: '.', kinds: KINDS });
    expect(read('2002-treaty').problems).toEqual([]);
    expect(read('2002').problems.map((p) => p.message)).toEqual([expect.stringContaining('/documents/2002/ is the page of the record')]);
  });
});

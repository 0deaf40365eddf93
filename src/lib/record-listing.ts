import type { DocumentKind } from './kinds';
import type { Problem } from './errors';
import { OVERVIEW_LIMITS, anchorMap, byDecade, byYear, neighbours, overviewMode, periodIndex, yearOf, type DecadeGroup, type DecadeIndex, type OverviewMode, type YearGroup } from './periods';
import { byRecordDate, recordByKind, recordCounts, type RecordDocument } from './record';
import { documentsKindPath, documentsYearPath } from './urls';

/**
 * What the record's listing shows: /documents/, a page per year (/documents/<year>/) and a page
 * per kind (/documents/kinds/<kind>/), filters that work without JavaScript. /documents/ lists
 * every document while the record fits the page budget (OVERVIEW_LIMITS.documents) and
 * otherwise only counts them, by kind and by year; the year and kind pages exist at every size.
 *
 * Links are site paths passed through `link`: a page gives `href`, a test leaves them as they are.
 */
type Link = (path: string) => string;
const asIs: Link = (path) => path;

/** How many of the newest documents /documents/ still shows when it only counts the rest. */
export const LATEST_DOCUMENTS = 5;

/** A kind of document as a filter: its page and how many documents of the record are of it. */
export interface KindLink {
  kind: DocumentKind;
  href: string;
  count: number;
}

export interface RecordIndex {
  counts: { total: number; inEdition: number };
  /** `whole`: every document, by decade and year; `years`: the counts, the filters and the latest documents. */
  mode: Exclude<OverviewMode, 'titles'>;
  /** Kinds in order of label. */
  kinds: KindLink[];
  /** Every year with documents, by decade, each with its page and count. */
  years: DecadeIndex[];
  /** The whole record by decade and year, oldest first; empty when the page only counts. */
  decades: DecadeGroup<RecordDocument>[];
  /** The newest documents, newest first; empty when the page lists them all. */
  latest: RecordDocument[];
}

/** The record by year, oldest first, each year's documents in order of date. */
export function recordByYear(record: readonly RecordDocument[]): YearGroup<RecordDocument>[] {
  return byYear([...record].sort(byRecordDate), (doc) => yearOf(doc.date));
}

/** The kinds of the record as filters, in order of label. */
export function recordKindLinks(record: readonly RecordDocument[], link: Link = asIs): KindLink[] {
  return recordByKind(record).map(({ kind, documents }) => ({ kind, href: link(documentsKindPath(kind.id)), count: documents.length }));
}

/** The mode an overview of the record takes for `count` documents: whole, or by year. */
const listingMode = (count: number): RecordIndex['mode'] => (overviewMode(count, OVERVIEW_LIMITS.documents) === 'whole' ? 'whole' : 'years');

/** What /documents/ shows. */
export function recordIndex(record: readonly RecordDocument[], link: Link = asIs): RecordIndex {
  const years = recordByYear(record);
  const mode = listingMode(record.length);
  return {
    counts: recordCounts(record),
    mode,
    kinds: recordKindLinks(record, link),
    years: periodIndex(years, (year) => link(documentsYearPath(year))),
    decades: mode === 'whole' ? byDecade(years) : [],
    latest: mode === 'whole' ? [] : [...record].sort(byRecordDate).reverse().slice(0, LATEST_DOCUMENTS),
  };
}

/**
 * /documents/anchors.json: where each year's anchor on /documents/ (#year-1992, published while
 * the page listed every document) now leads, the year's own page. Written at every size, so the
 * map's address never depends on the record's.
 */
export function recordAnchorMap(record: readonly RecordDocument[], link: Link = asIs): Record<string, string> {
  return anchorMap(recordByYear(record), () => [], (year) => link(documentsYearPath(year)));
}

/** The years that have documents, oldest first: one page each. */
export function recordYears(record: readonly RecordDocument[]): number[] {
  return recordByYear(record).map((y) => y.year);
}

export interface RecordYearPage {
  year: number;
  documents: RecordDocument[];
  inEdition: number;
  previous?: { year: number; href: string } | undefined;
  next?: { year: number; href: string } | undefined;
}

/** /documents/<year>/: that year's documents in order of date, and the years before and after that have documents. */
export function recordYearPage(record: readonly RecordDocument[], year: number, link: Link = asIs): RecordYearPage {
  const years = recordByYear(record);
  const documents = years.find((y) => y.year === year)?.items ?? [];
  const { previous, next } = neighbours(
    years.map((y) => y.year),
    year,
  );
  const to = (y: number | undefined) => (y === undefined ? undefined : { year: y, href: link(documentsYearPath(y)) });
  return { year, documents, inEdition: documents.filter((d) => d.text).length, previous: to(previous), next: to(next) };
}

export interface RecordKindPage {
  kind: DocumentKind;
  count: number;
  /** `whole`: every document, by year; `years`: how many in each year, each a link to its year's page. */
  mode: RecordIndex['mode'];
  /** The kind's documents by year, oldest first (whole). */
  years: YearGroup<RecordDocument>[];
  /** The kind's years by decade, each with its count and the year's page of the whole record (years). */
  index: DecadeIndex[];
}

/** /documents/kinds/<kind>/: the documents of one kind, by year. */
export function recordKindPage(record: readonly RecordDocument[], kind: DocumentKind, link: Link = asIs): RecordKindPage {
  const years = recordByYear(record.filter((d) => d.kind.id === kind.id));
  const count = years.reduce((n, y) => n + y.items.length, 0);
  const mode = listingMode(count);
  return { kind, count, mode, years: mode === 'whole' ? years : [], index: mode === 'whole' ? [] : periodIndex(years, (year) => link(documentsYearPath(year))) };
}

/** The kinds that have documents in the record: one page each. */
export function recordKinds(record: readonly RecordDocument[]): DocumentKind[] {
  return recordByKind(record).map((g) => g.kind);
}

/**
 * Addresses under /documents/ that the listing takes for itself: a document whose id is one of
 * them would be served at a year's or the kinds' address.
 */
export function reservedDocumentId(id: string): { address: string; reason: string } | undefined {
  if (/^\d{4}$/.test(id)) return { address: documentsYearPath(Number(id)), reason: `the page of the record's documents of ${id}` };
  if (id === 'kinds') return { address: '/documents/kinds/', reason: 'where the pages of each kind of document live (/documents/kinds/<kind>/)' };
  return undefined;
}

/** The problem with a document file whose name (its id) takes one of the listing's addresses, with the fix. */
export function documentIdProblems(id: string): Problem[] {
  const reserved = reservedDocumentId(id);
  if (!reserved) return [];
  return [
    {
      message: `the file name gives the document the id "${id}", but ${reserved.address} is ${reserved.reason}; rename the file to a date and a name, e.g. ${/^\d{4}$/.test(id) ? `${id}-joint-statement` : '2023-05-17-joint-statement'}.mdx (docs/adding-a-document.md)`,
    },
  ];
}

import { yearOf } from './dates';
import type { Document } from './documents';
import { passageShortTitle, speakerName } from './documents';
import { kindLabel } from './kinds';
import { NARRATION, passageText, type Passage } from './passages';
import type { Filter } from './search-query';
import { byTitle, type Theme } from './themes';
import { passageInContextPath } from './urls';

/** One search record per passage, in the shape Pagefind's `addCustomRecord` takes. */
export interface SearchRecord {
  /**
   * Where a result leads: the passage in its document, as a site path (`/documents/<doc-id>/#clause-15`).
   * The search page gives Pagefind the deployment's base, which it puts in front.
   */
  url: string;
  content: string;
  language: 'en';
  meta: { title: string; document: string; date: string };
  filters: Record<SearchFilter, string[]>;
  sort: { date: string };
}

export type SearchFilter = Filter;

/** "Clause 15 · Joint Statement, Xi'an 2023": short enough for a result list. */
export function searchResultTitle(doc: Document, passage: Passage): string {
  return passageShortTitle(doc, passage);
}

/**
 * The records for every passage of every document. Sorting "by date" is newest document
 * first and, within a document, reading order: the key counts passages down so that
 * descending keeps them in order.
 */
export function searchRecords(documents: readonly Document[]): SearchRecord[] {
  return documents.flatMap((doc) =>
    doc.passages.map((passage, i) => ({
      url: passageInContextPath(doc.id, passage.id),
      content: passageText(passage),
      language: 'en' as const,
      meta: { title: searchResultTitle(doc, passage), document: doc.title, date: doc.date },
      filters: {
        document: [doc.id],
        theme: passage.themes,
        kind: [doc.kind],
        year: [String(yearOf(doc.date))],
        speaker: passage.speaker ? [passage.speaker] : [],
      },
      sort: { date: `${doc.date}:${String(99999 - i).padStart(5, '0')}` },
    })),
  );
}

export interface FilterOption {
  value: string;
  label: string;
}

/** The values each filter can take, with their labels, for the search form. */
export function searchFilterOptions(documents: readonly Document[], themes: readonly Theme[]): Record<SearchFilter, FilterOption[]> {
  const unique = (options: FilterOption[]) => [...new Map(options.map((o) => [o.value, o])).values()];
  return {
    document: documents.map((d) => ({ value: d.id, label: `${d.shortTitle}, ${d.place.name}, ${yearOf(d.date)}` })),
    theme: [...themes].sort(byTitle).map((t) => ({ value: t.id, label: t.title })),
    kind: unique(documents.map((d) => ({ value: d.kind, label: kindLabel(d.kind) }))),
    year: unique(documents.map((d) => ({ value: String(yearOf(d.date)), label: String(yearOf(d.date)) }))).sort((a, b) =>
      b.value.localeCompare(a.value),
    ),
    speaker: unique(
      documents.flatMap((d) =>
        d.passages
          .filter((p) => p.speaker)
          .map((p) => ({ value: p.speaker!, label: p.speaker === NARRATION ? 'Narration' : (speakerName(d, p) ?? p.speaker!) })),
      ),
    ),
  };
}

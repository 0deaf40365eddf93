import type { ReferenceData } from '../schemas/reference';

/** A published source outside the texts, cited by events, glossary entries and editorial notes. */
export interface Reference extends ReferenceData {
  /** The permanent id: the file name in content/references/. */
  id: string;
  file: string;
}

/** The references with these ids, in the order given. The ids were checked when the edition was loaded. */
export function referencesById(ids: readonly string[], all: readonly Reference[]): Reference[] {
  return ids.map((id) => all.find((r) => r.id === id)).filter((r): r is Reference => r !== undefined);
}

/** Alphabetical by publisher, then newest first: how a list of sources consulted reads. */
export function byPublisher(a: Reference, b: Reference): number {
  return a.publisher.localeCompare(b.publisher, 'en') || (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title, 'en');
}

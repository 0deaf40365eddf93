import type { ThemeData } from '../schemas/theme';
import type { Document } from './documents';
import type { Passage } from './passages';

/** A subject the texts return to. Passages name their themes; a theme page gathers them. */
export interface Theme extends ThemeData {
  /** The permanent id: the file name in content/themes/. */
  id: string;
  file: string;
}

/** The passages of one document, in reading order: how theme, glossary and event pages list them. */
export interface DocumentPassages {
  document: Document;
  passages: Passage[];
}

/** Every passage on a theme, grouped by document (in the order the documents are given). */
export function passagesOnTheme(documents: readonly Document[], themeId: string): DocumentPassages[] {
  return documents
    .map((document) => ({ document, passages: document.passages.filter((p) => p.themes.includes(themeId)) }))
    .filter((group) => group.passages.length > 0);
}

/** counts[t][d]: how many passages of documents[d] carry themes[t]. */
export function themeCounts(themes: readonly Theme[], documents: readonly Document[]): number[][] {
  return themes.map((theme) => documents.map((doc) => doc.passages.filter((p) => p.themes.includes(theme.id)).length));
}

/** A passage's themes, in the order the passage lists them. */
export function themesOf(passage: Pick<Passage, 'themes'>, themes: readonly Theme[]): Theme[] {
  return passage.themes.map((id) => themes.find((t) => t.id === id)).filter((t): t is Theme => t !== undefined);
}

/** Alphabetical by title, as the themes index lists them. */
export function byTitle(a: Pick<Theme, 'title'>, b: Pick<Theme, 'title'>): number {
  return a.title.localeCompare(b.title, 'en');
}

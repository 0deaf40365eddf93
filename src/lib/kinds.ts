import type { Translation } from '../schemas/document';
import type { KindData } from '../schemas/kind';

/** A kind of document, from content/kinds/<id>.yaml: how it is named, cited and divided. */
export interface DocumentKind extends KindData {
  id: string;
  file: string;
}

/**
 * How the text was put into English: `none` when English is the original language,
 * `official` when the issuing government published the English, `machine` when it is
 * an unrevised machine translation.
 */
export const TRANSLATIONS: Record<Translation, string> = {
  none: 'English original',
  official: 'Official English text',
  machine: 'Machine translation',
};

export { translationIds, type Translation } from '../schemas/document';

/** The kinds of document the edition publishes. A new kind is one entry here. */
export const DOCUMENT_KINDS = {
  'joint-statement': { label: 'Joint statement', shortName: 'Joint Statement' },
  'talks-readout': { label: 'Talks readout', shortName: 'Talks' },
} as const;

export type DocumentKind = keyof typeof DOCUMENT_KINDS;

export const documentKindIds = Object.keys(DOCUMENT_KINDS) as [DocumentKind, ...DocumentKind[]];

export function kindLabel(kind: DocumentKind): string {
  return DOCUMENT_KINDS[kind].label;
}

/**
 * How the text was put into English: `none` when English is the original language,
 * `official` when the issuing government published the English, `machine` when it is
 * an unrevised machine translation.
 */
export const TRANSLATIONS = {
  none: 'English original',
  official: 'Official English text',
  machine: 'Machine translation',
} as const;

export type Translation = keyof typeof TRANSLATIONS;

export const translationIds = Object.keys(TRANSLATIONS) as [Translation, ...Translation[]];

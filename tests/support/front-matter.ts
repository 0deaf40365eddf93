import type { DocumentFrontMatter, SourceData } from '../../src/schemas/document';

/** Valid front matter for unit tests, with the fields a test cares about overridden. */
export function frontMatter(overrides: Partial<DocumentFrontMatter> & { source?: SourceData } = {}): DocumentFrontMatter & { source: SourceData } {
  return {
    title: 'Joint Statement between the People’s Republic of China and the Republic of Kazakhstan',
    shortTitle: 'China–Kazakhstan Joint Statement',
    kind: 'joint-statement',
    date: '2023-05-17',
    place: { name: "Xi'an", country: 'China' },
    parties: ["People's Republic of China", 'Republic of Kazakhstan'],
    signatories: [],
    references: [],
    speakers: { 'xi-jinping': 'Xi Jinping' },
    summary: 'A summary.',
    source: { file: 'x.txt', description: 'A text.', publisher: 'A publisher', originalLanguage: 'Chinese', translation: 'machine', date: '2023-05-17' },
    ...overrides,
  };
}

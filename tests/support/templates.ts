import { writtenCatalogue, writtenDocuments, writtenRecord } from './content';

/**
 * A document page and its first passage's page for each kind of document that the pages chosen
 * below do not show, so that a document of a new kind is checked as soon as it is added.
 */
function pagesOfOtherKinds(chosen: readonly string[]): string[] {
  const documents = writtenDocuments();
  const shown = new Set(documents.filter((d) => chosen.some((path) => path.startsWith(d.path))).map((d) => d.kind));
  return [...new Set(documents.map((d) => d.kind))]
    .filter((kind) => !shown.has(kind))
    .flatMap((kind) => {
      const newest = documents.find((d) => d.kind === kind)!;
      return [newest.path, ...newest.passages.slice(0, 1).map((p) => p.path)];
    });
}

const DOCUMENT_PAGES = [
  '/documents/2023-05-17-joint-statement/',
  '/documents/2023-05-17-joint-statement/clause-25/',
  '/documents/2023-05-17-joint-statement/signatures/',
  '/documents/2024-07-03-astana-talks/',
  '/documents/2024-07-03-astana-talks/para-7/',
  // The editors' reading text, with replacements confirmed and inferred.
  '/documents/2023-05-17-joint-statement/reading/',
  // A text's editorial notes: on the whole text, and by passage.
  '/documents/2023-05-17-joint-statement/notes/',
];

/** One page of each template, for the checks that run on every kind of page. */
export const TEMPLATES: readonly string[] = [
  '/',
  '/documents/',
  // The record filtered: the oldest document's year and kind.
  ...writtenRecord()
    .slice(0, 1)
    .flatMap((d) => [`/documents/${d.year}/`, `/documents/kinds/${d.kind}/`]),
  ...DOCUMENT_PAGES,
  ...pagesOfOtherKinds(DOCUMENT_PAGES),
  // A document of the record catalogued without its text, when the record has one.
  ...writtenCatalogue().slice(0, 1).map((d) => d.path),
  '/search/?q=energy',
  // A match through a name in another script ("why it matched"), and a misspelling (names suggested).
  '/search/?q=%D0%A2%D0%BE%D0%BA%D0%B0%D0%B5%D0%B2',
  '/search/?q=Tokaeyv',
  '/themes/',
  '/themes/culture-education-tourism/',
  '/themes/culture-education-tourism/2023/',
  '/timeline/',
  '/timeline/2024/',
  '/follow-through/',
  // A year's page of an overview that summarises by year at scale.
  '/follow-through/2023/',
  '/glossary/',
  '/glossary/astana/',
  '/glossary/astana/2024/',
  '/about/',
  '/about/sources/',
  '/data/',
  '/no-such-page/',
];

/** The pages a reader reads: they must work in full without JavaScript. */
export const READING_TEMPLATES = TEMPLATES.filter((path) => !path.startsWith('/search/'));

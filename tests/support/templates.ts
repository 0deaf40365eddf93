/** One page of each template, for the checks that run on every kind of page. */
export const TEMPLATES = [
  '/',
  '/documents/',
  '/documents/2023-05-17-joint-statement/',
  '/documents/2023-05-17-joint-statement/clause-25/',
  '/documents/2023-05-17-joint-statement/signatures/',
  '/documents/2024-07-03-astana-talks/',
  '/documents/2024-07-03-astana-talks/para-7/',
  '/search/?q=energy',
  // A match through a name in another script ("why it matched"), and a misspelling (names suggested).
  '/search/?q=%D0%A2%D0%BE%D0%BA%D0%B0%D0%B5%D0%B2',
  '/search/?q=Tokaeyv',
  '/themes/',
  '/themes/culture-education-tourism/',
  '/timeline/',
  '/follow-through/',
  '/glossary/',
  '/glossary/astana/',
  '/about/',
  '/no-such-page/',
] as const;

/** The pages a reader reads: they must work in full without JavaScript. */
export const READING_TEMPLATES = TEMPLATES.filter((path) => !path.startsWith('/search/'));

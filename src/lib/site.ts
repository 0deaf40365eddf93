/** The edition's name and one-line description, shown in the header and in page metadata. */
export const SITE_TITLE = 'China–Kazakhstan Documents';
export const SITE_DESCRIPTION =
  'A reference edition of the official texts between the People’s Republic of China and the Republic of Kazakhstan: every clause and paragraph verbatim, with a permanent link.';

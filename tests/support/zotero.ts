import type { MetaTag } from '../../src/lib/citation-meta';

/**
 * The tags read back field by field, as Zotero's "Embedded Metadata" import reads them: the
 * Highwire `citation_*` tags first, Dublin Core where they say nothing.
 */
export function readAsZotero(tags: MetaTag[]) {
  const all = (name: string) => tags.filter((t) => t.name === name).map((t) => t.content);
  const one = (...names: string[]) => names.map((n) => all(n)[0]).find(Boolean);
  return {
    title: one('citation_title', 'DC.title'),
    creators: all('citation_author').length ? all('citation_author') : all('DC.creator'),
    date: one('citation_date', 'citation_publication_date', 'DC.date')?.replaceAll('/', '-'),
    publisher: one('citation_publisher', 'DC.publisher'),
    bookTitle: one('citation_inbook_title'),
    url: one('citation_public_url', 'DC.identifier'),
    language: one('citation_language', 'DC.language'),
  };
}

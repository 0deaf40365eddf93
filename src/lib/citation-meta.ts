import type { CslItem } from './csl';

/**
 * The tags reference managers and scholarly search engines read from a page: Highwire Press
 * (`citation_*`, read by Zotero's connector and Google Scholar) and Dublin Core (`DC.*`), made
 * from the same CSL-JSON item the page's citations are formatted from, so that they agree.
 */
export interface MetaTag {
  name: string;
  content: string;
}

/** What a passage page adds: the passage's label; its document is then the container. */
export interface CitedPart {
  label: string;
}

/** "2023/05/17": Highwire's date form, which Zotero and Google Scholar both read. */
function highwireDate(item: CslItem): string | undefined {
  const parts = item.issued?.['date-parts'][0];
  if (!parts?.length) return undefined;
  return parts.map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join('/');
}

function isoDate(item: CslItem): string | undefined {
  return highwireDate(item)?.replaceAll('/', '-');
}

const authors = (item: CslItem): string[] => (item.author ?? []).map((a) => a.literal);

/** The tags for a document's page, or, given `part`, for one passage of it. */
export function citationMetaTags(item: CslItem, language: string, part?: CitedPart): MetaTag[] {
  const title = part ? `${part.label}, ${item.title}` : item.title;
  const container = part ? item.title : item['container-title'];
  const date = highwireDate(item);
  // This site publishes the texts it holds; a catalogued document's item names its own publisher.
  const publisher = item.publisher ?? item['container-title'];
  const tags: [string, string | undefined][] = [
    ['citation_title', title],
    ...authors(item).map((a): [string, string] => ['citation_author', a]),
    ['citation_date', date],
    ['citation_publication_date', date],
    ['citation_publisher', publisher],
    // A passage is part of its document: Zotero files it as a section of that work.
    ['citation_inbook_title', part ? container : undefined],
    ['citation_public_url', item.URL],
    ['citation_abstract_html_url', item.URL],
    ['citation_language', language],
    ['DC.title', title],
    ...authors(item).map((a): [string, string] => ['DC.creator', a]),
    ['DC.date', isoDate(item)],
    ['DC.publisher', publisher],
    ['DC.type', item.genre ? `Text (${item.genre})` : 'Text'],
    ['DC.identifier', item.URL],
    ['DC.language', language],
    ['DC.relation.isPartOf', container],
  ];
  return tags.filter((t): t is [string, string] => Boolean(t[1])).map(([name, content]) => ({ name, content }));
}

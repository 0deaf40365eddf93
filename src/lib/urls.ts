import { noteAnchor } from './notes';

/**
 * The site's permanent paths, without the deployment's base path. Every link is made
 * here, so that a URL scheme is written once.
 */
export const homePath = (): string => '/';
export const documentsPath = (): string => '/documents/';
export const documentPath = (docId: string): string => `/documents/${docId}/`;
export const passagePath = (docId: string, passageId: string): string => `/documents/${docId}/${passageId}/`;
/** The passage in its document: the "read in context" link. */
export const passageInContextPath = (docId: string, passageId: string): string => `${documentPath(docId)}#${passageId}`;
/** The editors' reading text of a document, and a passage's place in it. */
export const readingPath = (docId: string): string => `${documentPath(docId)}reading/`;
export const passageInReadingPath = (docId: string, passageId: string): string => `${readingPath(docId)}#${passageId}`;

/** Prefixes a site path with the base the site is deployed under ("/" or "/sub/path/"). */
export function withBase(path: string, base: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\//, '')}`;
}

/** A site path as a link in this deployment. */
export function href(path: string): string {
  return withBase(path, import.meta.env.BASE_URL);
}

/** The full address of a site path, for canonical links and permalinks; undefined without a configured site. */
export function absoluteUrl(path: string, site: URL): string;
export function absoluteUrl(path: string, site: URL | undefined): string | undefined;
export function absoluteUrl(path: string, site: URL | undefined): string | undefined {
  return site ? deployedUrl(path, { site, base: import.meta.env.BASE_URL }) : undefined;
}

/** Where a build is published: the configured origin (SITE_URL) and base path (BASE_PATH). */
export interface Deployment {
  site: URL;
  base: string;
}

/** The full address of a site path in a deployment: canonical links, the sitemap, the feed and the open data all use it. */
export function deployedUrl(path: string, { site, base }: Deployment): string {
  return new URL(withBase(path, base), site).href;
}

/** This build's deployment, for routes that write full addresses into files. */
export function deployment(site: URL | undefined): Deployment {
  if (!site) throw new Error('astro.config.mjs has no `site`: set SITE_URL, the origin that permalinks and open data name');
  return { site, base: import.meta.env.BASE_URL };
}

export const searchPath = (): string => '/search/';
/** The edition's provenance, method and every editorial note. */
export const aboutPath = (): string => '/about/';
/** An editorial note on its passage's own page. */
export const notePath = (docId: string, passageId: string, noteId: string): string => `${passagePath(docId, passageId)}#${noteAnchor(noteId)}`;

export const themesPath = (): string => '/themes/';
export const themePath = (themeId: string): string => `/themes/${themeId}/`;
/**
 * Overviews summarise by year at scale: each has a page per year (they exist at every size, so
 * their addresses never depend on the edition's size) and an anchor map, anchors.json, that
 * leads a published /<overview>/#<id> to the year page holding it.
 */
export const anchorMapPath = (overviewPath: string): string => `${overviewPath}anchors.json`;
export const themeYearPath = (themeId: string, year: number): string => `${themePath(themeId)}${year}/`;
export const timelinePath = (): string => '/timeline/';
export const timelineYearPath = (year: number): string => `/timeline/${year}/`;
/** An entry on the timeline, on its year's page; its id is its anchor. */
export const eventPath = (event: { id: string; date: string }): string => `${timelineYearPath(Number(event.date.slice(0, 4)))}#${event.id}`;
export const followThroughPath = (): string => '/follow-through/';
export const followThroughYearPath = (year: number): string => `/follow-through/${year}/`;
export const glossaryPath = (): string => '/glossary/';
export const glossaryEntryPath = (entryId: string): string => `/glossary/${entryId}/`;
export const glossaryEntryYearPath = (entryId: string, year: number): string => `${glossaryEntryPath(entryId)}${year}/`;
/** The record filtered without JavaScript: one page per year and one per kind. */
export const documentsYearPath = (year: number): string => `/documents/${year}/`;
export const documentsKindPath = (kindId: string): string => `/documents/kinds/${kindId}/`;
/** Every editorial note on a text, with the passage each is on. */
export const documentNotesPath = (docId: string): string => `${documentPath(docId)}notes/`;
/** The published sources the apparatus cites. */
export const sourcesPath = (): string => '/about/sources/';
/** The sources whose publisher's name begins with one letter ("other" for the rest). */
export const sourcesInitialPath = (initial: string): string => `${sourcesPath()}${initial}/`;

/** The open data: every document, one file per document and format, and their JSON Schemas. */
export type DocumentFileFormat = 'json' | 'txt' | 'md' | 'xml' | 'ris';
/** The page that describes the open data. */
export const dataPagePath = (): string => '/data/';
export const documentsDataPath = (): string => '/data/documents.json';
export const documentDataPath = (docId: string, format: DocumentFileFormat): string => `/data/${docId}.${format}`;
export const glossaryDataPath = (): string => '/data/glossary.json';
export type DataSchemaName = 'documents' | 'document' | 'glossary';
export const dataSchemaPath = (name: DataSchemaName): string => `/data/schema/${name}.schema.json`;

/** For feed readers and crawlers. The sitemap index is the name @astrojs/sitemap writes. */
export const feedPath = (): string => '/feed.xml';
export const sitemapPath = (): string => '/sitemap-index.xml';

/** Social cards: build-time PNGs that link previews show, one per passage, one per document, one for the rest. */
export const siteCardPath = (): string => '/cards/site.png';
export const documentCardPath = (docId: string): string => `/cards/${docId}.png`;
export const passageCardPath = (docId: string, passageId: string): string => `/cards/${docId}/${passageId}.png`;

import { yearAnchor } from './events';

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
  return site ? new URL(href(path), site).href : undefined;
}

export const searchPath = (): string => '/search/';

export const themesPath = (): string => '/themes/';
export const themePath = (themeId: string): string => `/themes/${themeId}/`;
export const timelinePath = (): string => '/timeline/';
/** An event on the timeline; its id is its anchor. */
export const eventPath = (eventId: string): string => `/timeline/#${eventId}`;
export const timelineYearPath = (year: number): string => `/timeline/#${yearAnchor(year)}`;
export const followThroughPath = (): string => '/follow-through/';
export const glossaryPath = (): string => '/glossary/';
export const glossaryEntryPath = (entryId: string): string => `/glossary/${entryId}/`;

/** Social cards: build-time PNGs that link previews show, one per passage, one per document, one for the rest. */
export const siteCardPath = (): string => '/cards/site.png';
export const documentCardPath = (docId: string): string => `/cards/${docId}.png`;
export const passageCardPath = (docId: string, passageId: string): string => `/cards/${docId}/${passageId}.png`;

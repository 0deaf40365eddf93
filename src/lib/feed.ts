import { CATALOGUE_RESULT_LABEL } from './search';
import { byRecordDate, type RecordDocument } from './record';
import { SITE_DESCRIPTION, SITE_TITLE } from './site';
import { deployedUrl, documentPath, feedPath, homePath, type Deployment } from './urls';

/** An item of the feed: a document's page. */
export interface FeedItem {
  title: string;
  link: string;
  /** The document's date, at midnight UTC: the day of the text, never shifted by a time zone. */
  pubDate: Date;
  description: string;
  categories: string[];
}

/** The RSS feed of the record's documents, newest first, in the shape @astrojs/rss takes. */
export function documentFeed(documents: readonly RecordDocument[], where: Deployment) {
  const self = deployedUrl(feedPath(), where);
  return {
    title: SITE_TITLE,
    description: SITE_DESCRIPTION,
    site: deployedUrl(homePath(), where),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // The feed names its own address, as RSS validators ask.
    customData: `<language>en</language><atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
    // Newest first, in exactly the reverse of the record's order, as /data/documents.json lists it.
    items: [...documents].sort(byRecordDate).reverse().map(
      (d): FeedItem => ({
        title: d.title,
        link: deployedUrl(documentPath(d.id), where),
        // A month or a year is dated to its first day: RSS has no vaguer date.
        pubDate: new Date(`${d.date.padEnd(10, '-01').slice(0, 10)}T00:00:00Z`),
        description: d.text ? d.summary : `${CATALOGUE_RESULT_LABEL}. ${d.summary}`,
        categories: [d.kind.label],
      }),
    ),
  };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

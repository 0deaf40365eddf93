import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { select } from 'hast-util-select';
import { htmlPages, page } from './dist';

/** The origin the test builds are configured with (astro.config.mjs's default SITE_URL). */
export const SITE_ORIGIN = 'https://china-kazakhstan.example';

/** Parses an XML file of a built site, failing with the parser's message if it is not well-formed. */
export function readXml(file: string): Record<string, unknown> {
  const xml = readFileSync(file, 'utf8');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`${file} is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  // Lists stay lists even with one element, so that a site of one page reads like one of many.
  return new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'sitemap', 'item'].includes(name) }).parse(xml) as Record<string, unknown>;
}

/** The file a full address of the site is served from, or undefined when it is not under the site's root. */
export function fileOf(url: string, dir: string, root: string): string | undefined {
  if (!url.startsWith(root)) return undefined;
  const path = `/${url.slice(root.length)}`;
  return path.endsWith('/') ? join(dir, path, 'index.html') : join(dir, path);
}

/** Every full address a built site publishes about itself, gathered from each place that writes one. */
export function publishedAddresses(dir: string, root: string) {
  const canonicals = htmlPages(dir).flatMap(({ path }) => {
    const href = select('link[rel=canonical]', page(path, dir))?.properties.href;
    return href ? [{ path, href: String(href) }] : [];
  });
  const robots = readFileSync(join(dir, 'robots.txt'), 'utf8');
  const sitemapIndexUrl = /^Sitemap: (.+)$/m.exec(robots)?.[1] ?? '';
  const sitemapIndexFile = fileOf(sitemapIndexUrl, dir, root);
  const sitemapIndex = sitemapIndexFile && existsSync(sitemapIndexFile) ? readXml(sitemapIndexFile) : {};
  const sitemaps = ((sitemapIndex.sitemapindex as { sitemap?: { loc: string }[] } | undefined)?.sitemap ?? []).map((s) => s.loc);
  const sitemapUrls = sitemaps.flatMap((loc) => {
    const file = fileOf(loc, dir, root);
    return file && existsSync(file) ? ((readXml(file).urlset as { url: { loc: string }[] }).url ?? []).map((u) => u.loc) : [];
  });
  const feed = readXml(join(dir, 'feed.xml')).rss as { channel: { link: string; 'atom:link': { '@_href': string }; item: { title: string; link: string; guid: { '#text': string }; pubDate: string; description: string }[] } };
  return { canonicals, robots, sitemapIndexUrl, sitemaps, sitemapUrls, feed: feed.channel };
}

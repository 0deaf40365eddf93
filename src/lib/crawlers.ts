import { deployedUrl, sitemapPath, type Deployment } from './urls';

/**
 * robots.txt: everything may be crawled, and the sitemap is named by its full address. Under a
 * base path the file is written at the base, where crawlers do not look; the host's own
 * robots.txt should then name the sitemap.
 */
export function robotsTxt(where: Deployment): string {
  return `User-agent: *\nDisallow:\n\nSitemap: ${deployedUrl(sitemapPath(), where)}\n`;
}

// A site deployed under a sub-path: the fixture site built with BASE_PATH, served only under
// that path, browsed and searched in Chromium without a single failed request.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser-site';
import { ROOT, TMP, buildSite } from '../support/build';
import { fixture } from '../support/fixtures';
import { SITE_ORIGIN, fileOf, publishedAddresses } from '../support/addresses';
import type { DocumentExport, DocumentsExport } from '../../src/lib/open-data';

const BASE = '/sub/path/';
const DIR = join(TMP, 'fixture-builds', 'subpath');
const env = useBrowserAndSite(() => {
  const dir = DIR;
  const result = buildSite({ contentDir: relative(ROOT, fixture('subpath')), outDir: dir, env: { BASE_PATH: BASE, PERMALINKS: 'update' } });
  if (result.status !== 0) throw new Error(result.output);
  return { dir, base: BASE };
});

describe(`a site served under ${BASE}`, () => {
  it('is browsed from home to a passage and back to its context, every request answered', async () => {
    const page = await env.browser().newPage();
    const failures: string[] = [];
    page.on('response', (r) => r.status() >= 400 && failures.push(`${r.status()} ${r.url()}`));
    page.on('pageerror', (e) => failures.push(e.message));
    await page.goto(env.site().url('/'));
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Documents' }).click();
    await page.getByRole('link', { name: 'Test Joint Statement' }).click();
    await page.getByRole('link', { name: 'Clause 2', exact: true }).click();
    expect(new URL(page.url()).pathname).toBe(`${BASE}documents/2020-01-01-test-statement/clause-2/`);
    await page.getByRole('link', { name: 'Clause 2 in the full text' }).click();
    expect(new URL(page.url()).pathname).toBe(`${BASE}documents/2020-01-01-test-statement/`);
    expect(failures).toEqual([]);
    await page.close();
  });

  it('searches and lands on the passage under the sub-path', async () => {
    const page = await env.browser().newPage();
    const failures: string[] = [];
    page.on('response', (r) => r.status() >= 400 && failures.push(`${r.status()} ${r.url()}`));
    await page.goto(env.site().url('/'));
    await page.locator('#site-search-input').fill('historic');
    await page.locator('#site-search-input').press('Enter');
    await page.locator('#search-results a').first().click();
    await page.waitForSelector('#para-3 mark.search-highlight');
    expect(new URL(page.url()).pathname).toBe(`${BASE}documents/2021-02-02-test-talks/`);
    expect(failures).toEqual([]);
    await page.close();
  });

  it('names itself under the sub-path everywhere: canonical links, sitemap, robots.txt, feed and open data', () => {
    const root = `${SITE_ORIGIN}${BASE}`;
    const site = publishedAddresses(DIR, root);
    const index = JSON.parse(readFileSync(join(DIR, 'data/documents.json'), 'utf8')) as DocumentsExport;
    const statement = JSON.parse(readFileSync(join(DIR, 'data/2020-01-01-test-statement.json'), 'utf8')) as DocumentExport;
    expect(site.sitemapIndexUrl).toBe(`${root}sitemap-index.xml`);
    expect([...site.sitemapUrls].sort()).toEqual(site.canonicals.map((c) => c.href).sort());
    expect(site.feed.item.map((i) => i.link)).toEqual(index.documents.map((d) => d.urls.page));
    expect(statement.passages[0]!.permalink).toBe(`${root}documents/2020-01-01-test-statement/preamble-1/`);
    const addresses = [...site.sitemapUrls, ...site.sitemaps, site.feed.link, index.$schema, ...index.documents.flatMap((d) => Object.values(d.urls)), ...statement.passages.map((p) => p.permalink)];
    expect(addresses.filter((a) => !a.startsWith(root))).toEqual([]);
    for (const address of addresses) expect(existsSync(fileOf(address, DIR, root)!), address).toBe(true);
  });

  it('points link previews at cards under the sub-path, which the host serves as PNGs', async () => {
    const page = await env.browser().newPage();
    await page.goto(env.site().url('/documents/2020-01-01-test-statement/clause-2/'));
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(new URL(image!).pathname).toBe(`${BASE}cards/2020-01-01-test-statement/clause-2.png`);
    const response = await page.request.get(env.site().url(new URL(image!).pathname.slice(BASE.length)));
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as { '@id': string };
    expect(new URL(ld['@id']).pathname).toBe(`${BASE}documents/2020-01-01-test-statement/clause-2/`);
    await page.close();
  });
});

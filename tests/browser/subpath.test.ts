// A site deployed under a sub-path: the fixture site built with BASE_PATH, served only under
// that path, browsed and searched in Chromium without a single failed request.
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser-site';
import { ROOT, TMP, buildSite } from '../support/build';
import { fixture } from '../support/fixtures';

const BASE = '/sub/path/';
const env = useBrowserAndSite(() => {
  const dir = join(TMP, 'fixture-builds', 'subpath');
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
    await page.getByRole('link', { name: 'Joint Statement of the First Republic and the Second Republic' }).click();
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

// Privacy and security in a real browser: no page asks another origin for anything, and the
// Content-Security-Policy lets every page (search included, with its WebAssembly) work.
import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser-site';
import { TEMPLATES } from '../support/templates';

const env = useBrowserAndSite();

describe('privacy and security', () => {
  it('makes no request to another origin and violates no policy, on any template', async () => {
    const page = await env.browser().newPage();
    const origin = new URL(env.site().url('/')).origin;
    const requests: string[] = [];
    const violations: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    for (const path of TEMPLATES) {
      await page.goto(env.site().url(path));
      await page.waitForLoadState('networkidle');
    }
    // The search page ran a query: Pagefind's script, WebAssembly and index were all fetched.
    expect(requests.some((url) => url.includes('/pagefind/') && url.endsWith('.pf_meta'))).toBe(true);
    expect(requests.filter((url) => new URL(url).origin !== origin && !url.startsWith('data:'))).toEqual([]);
    expect(violations).toEqual([]);
    console.log(`privacy: ${TEMPLATES.length} templates, ${requests.length} requests, all to ${origin}`);
    await page.close();
  });

  it('sets the policy on every page: the site itself, no inline handlers, WebAssembly for search only by its own origin', async () => {
    const page = await env.browser().newPage();
    for (const path of TEMPLATES) {
      await page.goto(env.site().url(path));
      const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(policy, path).toMatch(/default-src 'self'/);
      expect(policy, path).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')*;/);
      expect(policy, path).not.toMatch(/unsafe-inline|unsafe-eval'(?<!wasm-unsafe-eval')/);
      const handlers = await page.evaluate(() =>
        [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName} ${a.name}`)),
      );
      expect(handlers, path).toEqual([]);
    }
    await page.close();
  });

  it('reads the JSON-LD of documents and passages as data, under the policy and without a violation', async () => {
    const page = await env.browser().newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    for (const path of ['/documents/2023-05-17-joint-statement/', '/documents/2023-05-17-joint-statement/signatures/', '/documents/2024-07-03-astana-talks/para-7/']) {
      await page.goto(env.site().url(path));
      await page.waitForLoadState('networkidle');
      const types = await page.evaluate(() => [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => (JSON.parse(s.textContent ?? '') as { '@type': string })['@type']));
      expect(types, path).toEqual(['CreativeWork']);
    }
    expect(violations).toEqual([]);
    await page.close();
  });
});

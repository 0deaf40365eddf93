// The reading text in Chromium: its letters lead to the text's own words without JavaScript,
// a screen reader hears the text's words at each replacement, and it prints with them.
import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser-site';

const env = useBrowserAndSite();
const READING = '/documents/2023-05-17-joint-statement/reading/';

describe('the reading text in the browser', () => {
  it('leads from a replacement’s letter to the text’s own words without JavaScript, and back', async () => {
    const context = await env.browser().newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(env.site().url(READING));
    const marker = page.locator('#clause-5 a.note-marker').first();
    expect(await marker.evaluate((el) => getComputedStyle(el, '::after').content)).toBe('"a"');
    await marker.click();
    const entry = page.locator('li:target');
    expect(await entry.locator('.verbatim').innerText()).toBe('2023th National Congress');
    expect(await entry.isVisible()).toBe(true);
    await entry.getByRole('link', { name: /Back to reading a/ }).click();
    expect(new URL(page.url()).hash).toBe('#reading-ref-twentieth-party-congress');
    await context.close();
  });

  it('gives a screen reader the text’s words at each replacement, and not the brackets', async () => {
    const page = await env.browser().newPage();
    await page.goto(env.site().url(READING));
    const snapshot = await page.locator('#clause-5 .passage-text').ariaSnapshot();
    expect(snapshot).toContain('20th National Congress (the editors’ reading; the text reads “2023th National Congress”)');
    expect(snapshot).not.toContain('[20th');
    await page.close();
  });

  it('prints with its brackets, letters and the list of the text’s words', async () => {
    const page = await env.browser().newPage();
    await page.goto(env.site().url(READING));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#clause-5 .bracket').first().isVisible()).toBe(true);
    expect(await page.locator('#clause-5 .replacements li').first().isVisible()).toBe(true);
    expect(await page.locator('.what-this-is').isVisible()).toBe(true);
    await page.close();
  });
});

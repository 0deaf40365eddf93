// The reading pages in a real Chromium: usable at 320 px, readable with JavaScript off,
// and the skip link is the first stop for a keyboard.
import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser-site';
import { writtenDocuments } from '../support/content';
import { READING_TEMPLATES, TEMPLATES } from '../support/templates';


const env = useBrowserAndSite();

describe('reading in Chromium', () => {
  it.each(['light', 'dark'] as const)('fits a 320 px screen without sideways scrolling (%s)', async (colorScheme) => {
    const page = await env.browser().newPage({ viewport: { width: 320, height: 640 }, colorScheme });
    for (const path of TEMPLATES) {
      await page.goto(env.site().url(path));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.close();
  });

  it('shows every reading page in full with JavaScript disabled: its content and its navigation', async () => {
    const context = await env.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of READING_TEMPLATES) {
      await page.goto(env.site().url(path));
      await expect.poll(() => page.locator('main h1').isVisible(), { message: path }).toBe(true);
      expect(await page.getByRole('navigation', { name: 'Site' }).getByRole('link').count(), path).toBe(7);
      const text = await page.locator('main').innerText();
      expect(text.length, path).toBeGreaterThan(150);
    }
    await context.close();
  });

  it('shows the whole text with JavaScript disabled', async () => {
    const context = await env.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    // Every passage the content writes, down to the last.
    for (const document of writtenDocuments()) {
      await page.goto(env.site().url(document.path));
      expect(await page.locator('.passage').count(), document.id).toBe(document.passages.length);
      await expect.poll(() => page.locator(`[id="${document.passages.at(-1)!.id}"]`).isVisible(), { message: document.id }).toBe(true);
    }
    await page.goto(env.site().url('/documents/2023-05-17-joint-statement/clause-12/'));
    expect(await page.locator('.passage-text').innerText()).toMatch(/^In order to expand and deepen cooperation/);
    await context.close();
  });

  it('lands on a passage from its "read in context" link', async () => {
    const page = await env.browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(env.site().url('/documents/2023-05-17-joint-statement/clause-30/'));
    await page.getByRole('link', { name: 'Clause 30 in the full text' }).click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).hash).toBe('#clause-30');
    // The browser scrolls to the fragment once the page has loaded.
    await expect.poll(async () => (await page.locator('#clause-30').boundingBox())!.y).toBeGreaterThanOrEqual(0);
    await expect.poll(async () => (await page.locator('#clause-30').boundingBox())!.y).toBeLessThan(800);
    await page.close();
  });

  it('offers the skip link first, visibly focused, and it moves focus to the content', async () => {
    const page = await env.browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(env.site().url('/documents/2024-07-03-astana-talks/'));
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
    expect((await skip.boundingBox())!.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('site-main');
    await page.close();
  });
});

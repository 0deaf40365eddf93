// The pages that tie the texts together, as a browser and assistive technology see them.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser-site';
import { timelineEntryCount } from '../support/content';

const env = useBrowserAndSite();
const eventCount = timelineEntryCount();

describe('themes, timeline and map in Chromium', () => {
  it('gives the timeline to assistive technology as an ordered list of years, each a list of its entries', async () => {
    const page = await env.browser().newPage();
    await page.goto(env.site().url('/timeline/'));
    const timeline = page.locator('main ol:has(> li[id^="year-"])');
    expect(await timeline.evaluate((el) => el.tagName)).toBe('OL');
    const years = timeline.locator(':scope > li');
    expect(await years.count()).toBeGreaterThan(5);
    // Each year is a list item holding its heading and its own list of entries.
    const snapshot = await timeline.ariaSnapshot();
    expect(snapshot.startsWith('- list:')).toBe(true);
    expect(await timeline.locator(':scope > li > ol > li').count()).toBe(eventCount);
    await page.close();
  });

  it('lets a keyboard reach every place on the map, with visible focus, each leading to its page', async () => {
    const page = await env.browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(env.site().url('/timeline/'));
    const map = page.getByRole('group', { name: 'Places of the events on the timeline' });
    const places = map.getByRole('link');
    const count = await places.count();
    expect(count).toBeGreaterThanOrEqual(4);
    for (let i = 0; i < count; i += 1) {
      const place = places.nth(i);
      await place.focus();
      expect(await place.evaluate((el) => el === document.activeElement)).toBe(true);
      // The focused marker's ring is drawn in the focus colour.
      const ring = await place.locator('circle').evaluate((el) => getComputedStyle(el).strokeWidth);
      expect(ring).toBe('4px');
    }
    await places.filter({ hasText: 'Astana' }).click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).toMatch(/\/glossary\/astana\/$/);
    expect(await page.locator('li.event').count()).toBeGreaterThan(3);
    await page.close();
  });

  it('shows themes, timeline and follow-through in full with JavaScript off', async () => {
    const context = await env.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    // Every entry in full on its year's page, each year reached from the timeline.
    await page.goto(env.site().url('/timeline/'));
    const years = await page.locator('main h2 a[href^="/timeline/"]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    let entries = 0;
    for (const year of years) {
      await page.goto(year);
      entries += await page.locator('li.event').count();
    }
    expect(entries).toBe(eventCount);
    await page.goto(env.site().url('/themes/'));
    expect(await page.locator('.matrix tbody tr').count()).toBe(readdirSync('content/themes').length);
    await page.goto(env.site().url('/follow-through/'));
    expect(await page.locator('ol.rows > li').count()).toBeGreaterThan(10);
    await context.close();
  });

  it('leads from a year on the home page strip to that year on the timeline', async () => {
    const page = await env.browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(env.site().url('/'));
    await page.getByRole('navigation', { name: 'Years on the timeline' }).getByRole('link', { name: /^2023: \d+ events$/ }).click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).toBe('/timeline/2023/');
    expect(await page.locator('main h1').innerText()).toBe('2023');
    await page.close();
  });
});

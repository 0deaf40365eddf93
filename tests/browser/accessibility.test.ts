// WCAG 2.2 A and AA, checked by axe-core in Chromium on every template, in light and dark,
// on a phone and a desktop; and a keyboard-only walk through the parts a reader uses.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser-site';
import { TEMPLATES } from '../support/templates';

const env = useBrowserAndSite();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * axe on the page itself, every WCAG 2.2 A and AA rule. `axe.run` in the page ("legacy mode")
 * gives the same results as the default, which runs each frame apart and then opens a blank
 * page to merge them: the site has no frames, and its policy allows none from another origin,
 * the only kind legacy mode leaves out. Only the violations are asserted on, so axe lists only
 * their nodes (every rule still runs, on every node).
 */
const axe = (page: Page) => new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(TAGS).setLegacyMode();

describe('accessibility', () => {
  const cases = (['light', 'dark'] as const).flatMap((colorScheme) => ([320, 1280] as const).map((width) => ({ colorScheme, width })));

  // The four variants run at once, each in a context of its own: while one page waits for the
  // network to go quiet, another is checked. Sharing the machine, each gets a longer timeout:
  // about 10 s a template, with room for the full suite running beside it.
  it.concurrent.for(cases)('has no axe violations at $width px, $colorScheme', { timeout: 480_000 }, async ({ colorScheme, width }, { expect }) => {
    // A context of its own gives the page its width and colour scheme.
    const context = await env.browser().newContext({ viewport: { width, height: 900 }, colorScheme });
    const page = await context.newPage();
    const found: string[] = [];
    for (const path of TEMPLATES) {
      await page.goto(env.site().url(path));
      await page.waitForLoadState('networkidle');
      const { violations } = await axe(page).analyze();
      for (const v of violations) found.push(`${path} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
    }
    expect(found).toEqual([]);
    await context.close();
  });

  it('lets a keyboard reach the skip link, the search box, the site navigation and the permalinks, in that order, with visible focus', async () => {
    const page = await env.browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(env.site().url('/documents/2023-05-17-joint-statement/'));
    const stops: { name: string; outline: string }[] = [];
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      stops.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const style = getComputedStyle(el);
          // Astro's scoping classes (astro-…) say nothing of what the element is.
          const own = String(el.className).split(' ').filter((c) => c && !c.startsWith('astro-'));
          return { name: `${el.tagName.toLowerCase()}${own.length ? `.${own[0]}` : ''} ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}`, outline: style.outlineStyle };
        }),
      );
    }
    const names = stops.map((s) => s.name);
    const at = (pattern: RegExp) => names.findIndex((n) => pattern.test(n));
    expect(at(/skip/i)).toBe(0);
    expect(at(/^input/)).toBeGreaterThan(at(/skip/i));
    expect(at(/^a Documents$/)).toBeGreaterThan(at(/^input/));
    expect(at(/^a Search$/)).toBeGreaterThan(at(/^a Documents$/));
    expect(at(/Preamble 1/), names.join('\n')).toBeGreaterThan(at(/^a Search$/));
    for (const stop of stops) expect(stop.outline, stop.name).not.toBe('none');
    await page.close();
  });
});

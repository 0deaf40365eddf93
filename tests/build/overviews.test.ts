// Overviews at any size. A generated corpus with as many documents, events and years as the
// overviews need to summarise by year (few passages each, and no social cards, keep its build
// short) must keep every overview page within budget; and on it and on the real site, every
// published anchor of an overview (/timeline/#<entry>, /themes/<id>/#<text>…) still lands on its
// item: on the page itself or, through the page's anchor map, on the year page that holds it.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OVERVIEW_LIMITS } from '../../src/lib/periods';
import { writeCorpus } from '../bench/corpus';
import { launchChromium } from '../support/browser';
import { ROOT, TMP, buildSiteAsync } from '../support/build';
import { SITE_DIR } from '../support/dist';
import { measureOverviews, overBudget } from '../support/overviews';
import { serveStatic, type StaticSite } from '../support/server';

const DIR = resolve(TMP, 'overviews');
const OUT = join(DIR, 'dist');
// A document a fortnight: 160 documents span seven years, each as dense as the bench's 500.
const corpus = writeCorpus(join(DIR, 'content'), 160, join(ROOT, 'content/themes'), 6);
/** A build of 1,300 pages on a busy 2-core machine can take minutes. */
const BUILD_WAIT = 600_000;
const built = buildSiteAsync({ contentDir: join(DIR, 'content'), outDir: OUT, env: { SOCIAL_CARDS: 'skip', PERMALINKS: 'update' } });

const html = (dir: string, path: string): string | undefined => {
  const file = join(dir, path.split('#')[0]!, 'index.html');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
};
const holds = (page: string | undefined, id: string) => page !== undefined && page.includes(` id="${id}"`);

/** Every anchor map a site publishes: the overview's path, and anchor → where it lives. */
function anchorMaps(dir: string): { overview: string; map: Record<string, string> }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f === 'anchors.json' || f.endsWith('/anchors.json'))
    .map((f) => ({ overview: `/${f.slice(0, -'anchors.json'.length)}`, map: JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, string> }));
}

/** Anchors whose item is neither on the overview page nor where its map says. */
function lostAnchors(dir: string): string[] {
  return anchorMaps(dir).flatMap(({ overview, map }) =>
    Object.entries(map).flatMap(([anchor, target]) => {
      if (holds(html(dir, overview), anchor)) return [];
      const [path, hash] = target.split('#');
      const page = html(dir, path!);
      return page !== undefined && (hash === undefined || holds(page, hash)) ? [] : [`${overview}#${anchor} → ${target}`];
    }),
  );
}

describe('overviews at scale', () => {
  it('builds the generated corpus', async () => {
    const result = await built;
    expect(result.status, result.output.slice(-3000)).toBe(0);
  }, BUILD_WAIT);

  it('is large enough that every overview summarises by year', () => {
    const timelineEntries = corpus.events + corpus.documents;
    expect(timelineEntries).toBeGreaterThan(OVERVIEW_LIMITS.timeline.titles);
    expect(corpus.relations).toBeGreaterThan(OVERVIEW_LIMITS.followThrough.whole);
    expect((corpus.passages * 1.5) / 15).toBeGreaterThan(OVERVIEW_LIMITS.themePassages.whole);
  });

  it('keeps every overview page within 14 kB gzip and 1,400 elements, without sideways scroll at 320, 390 and 1,280 px', async () => {
    expect((await built).status).toBe(0);
    const pages = await measureOverviews(OUT);
    expect(pages.length).toBeGreaterThan(20);
    expect(overBudget(pages)).toEqual([]);
  }, BUILD_WAIT);

  it('keeps every anchor of every overview: each is on its page or where the anchor map leads', async () => {
    expect((await built).status).toBe(0);
    const maps = anchorMaps(OUT);
    const timeline = maps.find((m) => m.overview === '/timeline/')!;
    // Every entry: each event file and each document's signing.
    const entries = readdirSync(join(DIR, 'content/events')).length + corpus.documents;
    expect(Object.keys(timeline.map).filter((a) => !a.startsWith('year-'))).toHaveLength(entries);
    expect(lostAnchors(OUT)).toEqual([]);
  }, BUILD_WAIT);
});

describe('anchors of the edition’s overviews', () => {
  it('lands every published anchor on its item', () => {
    expect(anchorMaps(SITE_DIR).map((m) => m.overview)).toContain('/timeline/');
    expect(lostAnchors(SITE_DIR)).toEqual([]);
  });
});

describe('an anchor that moved to a year page, in Chromium', () => {
  let browser: Browser;
  let site: StaticSite;
  beforeAll(async () => {
    expect((await built).status).toBe(0);
    [browser, site] = await Promise.all([launchChromium(), serveStatic(OUT)]);
  }, BUILD_WAIT);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('is followed to its year page', async () => {
    const tab = await browser.newPage();
    for (const { overview, map } of anchorMaps(OUT).filter((m) => m.overview === '/timeline/' || m.overview.startsWith('/themes/')).slice(0, 3)) {
      const [anchor, target] = Object.entries(map).filter(([a]) => !a.startsWith('year-')).at(-1)!;
      await tab.goto(site.url(`${overview}#${anchor}`));
      await tab.waitForURL((url) => url.pathname === target.split('#')[0]);
      expect(await tab.evaluate((id) => document.getElementById(id) !== null, anchor), `${overview}#${anchor}`).toBe(true);
    }
    await tab.close();
  });

  it('searches an edition whose record catalogues nothing: no catalogue bundle, and results all the same', async () => {
    expect(existsSync(join(OUT, 'pagefind-catalogue'))).toBe(false);
    const tab = await browser.newPage();
    await tab.goto(site.url('/search/?q=energy'));
    await expect.poll(() => tab.locator('#search-status').innerText(), { timeout: 30_000 }).toMatch(/\d+ passages? match/);
    await tab.close();
  });

  it('without JavaScript, says where to look and links every year', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(site.url('/timeline/#no-such-entry'));
    await expect.poll(() => tab.locator('[data-anchor-map]').isVisible()).toBe(true);
    const years = new Set(readdirSync(join(DIR, 'content/events')).map((f) => f.slice(0, 4)));
    const linked = await tab.getByRole('navigation', { name: 'Years on the timeline' }).getByRole('link').allInnerTexts();
    expect(new Set(linked)).toEqual(years);
    await context.close();
  });
});

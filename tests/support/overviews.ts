// The overview pages and their budgets: every page that summarises the edition rather than
// showing one passage or document. Shared by `npm run bench` (which reports them at 2, 50 and
// 500 documents) and the scale build test (which fails when one passes a budget).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { launchChromium } from './browser.ts';
import { serveStatic } from './server.ts';

/** 14 kB: what arrives in the first round trip (10 TCP segments); Lighthouse warns above 1,400 elements. */
export const OVERVIEW_BUDGET = { gzipBytes: 14 * 1024, elements: 1400, widths: [320, 390, 1280] } as const;

/** Each overview template, and how its built pages are found (paths relative to the site's root, without index.html). */
export const OVERVIEW_TEMPLATES: { name: string; match: (path: string) => boolean }[] = [
  { name: 'home', match: (p) => p === '' },
  { name: '/documents/', match: (p) => p === 'documents/' },
  { name: '/documents/<year>/', match: (p) => /^documents\/\d{4}\/$/.test(p) },
  { name: '/documents/kinds/<kind>/', match: (p) => /^documents\/kinds\/[^/]+\/$/.test(p) },
  { name: '/documents/<doc>/notes/', match: (p) => /^documents\/[^/]+\/notes\/$/.test(p) },
  { name: '/themes/', match: (p) => p === 'themes/' },
  { name: '/themes/<theme>/', match: (p) => /^themes\/[^/]+\/$/.test(p) },
  { name: '/themes/<theme>/<period>/', match: (p) => /^themes\/[^/]+\/[^/]+\/$/.test(p) },
  { name: '/timeline/', match: (p) => p === 'timeline/' },
  { name: '/timeline/<period>/', match: (p) => /^timeline\/[^/]+\/$/.test(p) },
  { name: '/follow-through/', match: (p) => p === 'follow-through/' },
  { name: '/follow-through/<period>/', match: (p) => /^follow-through\/[^/]+\/$/.test(p) },
  { name: '/glossary/', match: (p) => p === 'glossary/' },
  { name: '/glossary/<entry>/', match: (p) => /^glossary\/[^/]+\/$/.test(p) },
  { name: '/glossary/<entry>/<period>/', match: (p) => /^glossary\/[^/]+\/[^/]+\/$/.test(p) },
  { name: '/about/', match: (p) => p === 'about/' },
  { name: '/about/sources/', match: (p) => p === 'about/sources/' },
  { name: '/about/sources/<initial>/', match: (p) => /^about\/sources\/[^/]+\/$/.test(p) },
  { name: '/search/', match: (p) => p === 'search/' },
];

export interface OverviewPage {
  template: string;
  path: string;
  /** The HTML and every stylesheet and script it links, each gzipped. */
  gzipBytes: number;
  /** Elements in the DOM, as Lighthouse counts them: the page parsed as a browser parses it (the pages build no DOM by script). */
  elements: number;
  /** Widths (px) at which the page scrolls sideways, in Chromium: measured on each template's largest pages, empty on the others. */
  overflowAt: number[];
}

export interface OverviewTemplate {
  template: string;
  pages: number;
  /** The template's largest page by each measure. */
  gzipBytes: number;
  gzipPage: string;
  elements: number;
  elementsPage: string;
  overflowAt: number[];
}

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The built pages of every overview template, as site paths ("themes/energy/"). */
export function overviewPages(dist: string): { template: string; path: string }[] {
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f === 'index.html' || f.endsWith('/index.html'))
    .map((f) => f.slice(0, -'index.html'.length))
    .filter((p) => statSync(join(dist, p, 'index.html')).isFile());
  return pages.flatMap((path) => {
    const template = OVERVIEW_TEMPLATES.find((t) => t.match(path));
    return template ? [{ template: template.name, path }] : [];
  });
}

/** The first-visit weight of a page: its HTML and what it links, gzipped. */
export function firstVisitGzip(dist: string, path: string): number {
  const file = join(dist, path, 'index.html');
  const html = readFileSync(file, 'utf8');
  const linked = [...html.matchAll(/<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"/g)].map((m) => join(dist, m[1]!));
  return gz(file) + linked.reduce((n, f) => n + gz(f), 0);
}

function countElements(node: Nodes): number {
  return (node.type === 'element' ? 1 : 0) + ('children' in node ? node.children.reduce((n, c) => n + countElements(c), 0) : 0);
}

/** How many of each template's pages, the largest first, are laid out in Chromium to look for sideways scroll. */
const LAID_OUT_PER_TEMPLATE = 3;

/**
 * Measures every overview page of a built site: bytes and elements of every page, and sideways
 * scroll in Chromium for each template's largest pages (by elements, then by bytes), where a
 * long line or a wide table would show first.
 */
export async function measureOverviews(dist: string): Promise<OverviewPage[]> {
  const out: OverviewPage[] = overviewPages(dist).map(({ template, path }) => ({
    template,
    path: `/${path}`,
    gzipBytes: firstVisitGzip(dist, path),
    elements: countElements(fromHtml(readFileSync(join(dist, path, 'index.html'), 'utf8'))),
    overflowAt: [],
  }));
  const laidOut = OVERVIEW_TEMPLATES.flatMap(({ name }) => {
    const mine = out.filter((p) => p.template === name);
    const largest = [...mine].sort((a, b) => b.elements - a.elements).slice(0, LAID_OUT_PER_TEMPLATE - 1);
    const heaviest = [...mine].sort((a, b) => b.gzipBytes - a.gzipBytes).find((p) => !largest.includes(p));
    return heaviest ? [...largest, heaviest] : largest;
  });
  const site = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage();
    for (const page of laidOut) {
      await tab.setViewportSize({ width: OVERVIEW_BUDGET.widths[0], height: 800 });
      await tab.goto(site.url(page.path), { waitUntil: 'load' });
      for (const width of OVERVIEW_BUDGET.widths) {
        await tab.setViewportSize({ width, height: 800 });
        if (await tab.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)) page.overflowAt.push(width);
      }
    }
    return out;
  } finally {
    await browser.close();
    await site.close();
  }
}

/** Each template's largest page by bytes and by elements, and every width at which one of its pages scrolls sideways. */
export function summariseOverviews(pages: readonly OverviewPage[]): OverviewTemplate[] {
  return OVERVIEW_TEMPLATES.flatMap(({ name }) => {
    const mine = pages.filter((p) => p.template === name);
    if (mine.length === 0) return [];
    const byBytes = mine.reduce((a, b) => (b.gzipBytes > a.gzipBytes ? b : a));
    const byElements = mine.reduce((a, b) => (b.elements > a.elements ? b : a));
    return [
      {
        template: name,
        pages: mine.length,
        gzipBytes: byBytes.gzipBytes,
        gzipPage: byBytes.path,
        elements: byElements.elements,
        elementsPage: byElements.path,
        overflowAt: [...new Set(mine.flatMap((p) => p.overflowAt))].sort((a, b) => a - b),
      },
    ];
  });
}

/** The pages that pass a budget, each with what it passes. */
export function overBudget(pages: readonly OverviewPage[]): string[] {
  return pages.flatMap((p) => {
    const misses = [
      p.gzipBytes > OVERVIEW_BUDGET.gzipBytes && `${p.gzipBytes} B gzip (budget ${OVERVIEW_BUDGET.gzipBytes})`,
      p.elements > OVERVIEW_BUDGET.elements && `${p.elements} elements (budget ${OVERVIEW_BUDGET.elements})`,
      p.overflowAt.length > 0 && `scrolls sideways at ${p.overflowAt.join(', ')} px`,
    ].filter(Boolean);
    return misses.length ? [`${p.path}: ${misses.join('; ')}`] : [];
  });
}

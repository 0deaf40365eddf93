// `npm run audit`: Lighthouse on the main templates of the built site, in Debian's Chromium.
// A report, not a test: scores vary from run to run. Prints a Markdown table for docs/quality.md.
import lighthouse from 'lighthouse';
import { launchChromium } from '../support/browser.ts';
import { serveStatic } from '../support/server.ts';

const PORT = 9333;
const TEMPLATES = [
  '/',
  '/documents/2023-05-17-joint-statement/',
  '/documents/2023-05-17-joint-statement/clause-12/',
  '/documents/2024-07-03-astana-talks/para-10/',
  '/search/?q=energy',
  '/themes/',
  '/timeline/',
  '/follow-through/',
  '/glossary/astana/',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const site = await serveStatic('dist');
const browser = await launchChromium([`--remote-debugging-port=${PORT}`]);
const rows: string[] = [];
try {
  for (const path of TEMPLATES) {
    const result = await lighthouse(site.url(path), { port: PORT, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    const categories = result?.lhr.categories ?? {};
    const scores = CATEGORIES.map((c) => Math.round((categories[c]?.score ?? 0) * 100));
    const failing = Object.values(result?.lhr.audits ?? {})
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    rows.push(`| \`${path}\` | ${scores.join(' | ')} |${failing.length ? ` ${failing.join(', ')}` : ''}`);
    console.error(`${path}: ${scores.join(' ')}${failing.length ? ` (below 1: ${failing.join(', ')})` : ''}`);
  }
} finally {
  await browser.close();
  await site.close();
}
console.log(`| page | ${CATEGORIES.join(' | ')} |\n| --- | ${CATEGORIES.map(() => '---').join(' | ')} |\n${rows.join('\n')}`);

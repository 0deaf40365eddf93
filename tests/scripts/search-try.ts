// Tries queries as a reader would, on the built site's search page in Chromium, and prints
// each one's first results and why they matched. `npm run search:try -- "Nurly Zhol" Токаев`
// (build first: `npm run build`). With no queries, it tries the set in QUERIES.
import { launchChromium } from '../support/browser.ts';
import { serveStatic } from '../support/server.ts';

const QUERIES = [
  'Nurly Zhol',
  'Almaty',
  '20th National Congress',
  'China-Europe Railway Express',
  'Kassym-Jomart Tokayev&document=2023-05-17-joint-statement',
  'Tokaev',
  'Nur-Sultan',
  'Токаев',
  'Тоқаев',
  '阿斯塔纳',
  '习近平',
  'Tokaeyv',
];

const queries = process.argv.slice(2).length ? process.argv.slice(2) : QUERIES;
const site = await serveStatic('dist');
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  for (const raw of queries) {
    const [q, ...params] = raw.split('&');
    await page.goto(site.url(`/search/?q=${encodeURIComponent(q!)}${params.length ? `&${params.join('&')}` : ''}`));
    await page.waitForFunction(() => {
      const text = document.getElementById('search-status')?.textContent ?? '';
      return text.length > 0 && !text.startsWith('Searching');
    });
    const items = await page.locator('#search-results > li').evaluateAll((lis) =>
      lis.slice(0, 3).map((li) => [li.querySelector('h2')?.textContent, li.querySelector('.why')?.textContent].filter(Boolean).join(' — ')),
    );
    const suggestions = await page.locator('#search-suggestions a').allInnerTexts().catch(() => []);
    console.log(`${raw}\n  ${items.length ? items.join('\n  ') : `(nothing)${suggestions.length ? ` suggests: ${suggestions.join('; ')}` : ''}`}`);
  }
} finally {
  await browser.close();
  await site.close();
}

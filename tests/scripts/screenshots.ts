// Screenshots of the built site, for looking at it as a reader does:
// desktop (1280 px) and phone (320 px), light and dark. Run `npm run screenshots [path…]`.
import { mkdirSync } from 'node:fs';
import { launchChromium } from '../support/browser.ts';
import { serveStatic } from '../support/server.ts';

const out = process.env.SCREENSHOT_DIR ?? 'tests/.tmp/screenshots';
const paths = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['/', '/documents/', '/documents/2023-05-17-joint-statement/', '/documents/2023-05-17-joint-statement/clause-12/', '/documents/2024-07-03-astana-talks/', '/documents/2024-07-03-astana-talks/para-10/', '/no-such-page/'];

mkdirSync(out, { recursive: true });
// SITE_DIR: another build to look at, e.g. a fixture's.
const site = await serveStatic(process.env.SITE_DIR ?? 'dist');
const browser = await launchChromium();
try {
  for (const [width, height] of [[1280, 900], [320, 720]] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height }, colorScheme });
      for (const path of paths) {
        await page.goto(site.url(path));
        const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}-${colorScheme}.png`;
        await page.screenshot({ path: `${out}/${name}`, fullPage: process.env.FULL === '1' });
        console.log(`${out}/${name}`);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await site.close();
}

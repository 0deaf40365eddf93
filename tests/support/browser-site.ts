import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser';
import { SITE_DIR } from './dist';
import { serveStatic, type StaticSite } from './server';

/**
 * Chromium and a built site served on loopback, for the tests of one file. By default the
 * site built by the global setup; `prepare` may build another and say where it is and under
 * which base path to serve it.
 */
export function useBrowserAndSite(prepare: () => { dir: string; base?: string } = () => ({ dir: SITE_DIR })): {
  browser: () => Browser;
  site: () => StaticSite;
} {
  let browser: Browser | undefined;
  let site: StaticSite | undefined;
  beforeAll(async () => {
    const { dir, base } = prepare();
    [browser, site] = await Promise.all([launchChromium(), serveStatic(dir, base)]);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return { browser: () => browser!, site: () => site! };
}

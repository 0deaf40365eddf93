import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser';
import { SITE_DIR } from './dist';
import { serveStatic, type StaticSite } from './server';

/** Chromium and the built site served on loopback, for the tests of one file. */
export function useBrowserAndSite(): { browser: () => Browser; site: () => StaticSite } {
  let browser: Browser | undefined;
  let site: StaticSite | undefined;
  beforeAll(async () => {
    [browser, site] = await Promise.all([launchChromium(), serveStatic(SITE_DIR)]);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return { browser: () => browser!, site: () => site! };
}

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    reporters: ['default', './tests/support/summary-reporter.ts'],
    // Fixture builds run the real `astro build`; give them room on a 2-core machine.
    testTimeout: 120_000,
    // Vitest's default on 2 cores is one worker, files one after another; two keep both cores
    // busy while a file waits on Chromium or a build. Three oversubscribe them.
    maxWorkers: 2,
    hookTimeout: 180_000,
    // A poll asks Chromium for the page's state; with an axe run or a build on the other core,
    // one answer can take longer than Vitest's default second. A true failure still fails.
    expect: { poll: { timeout: 10_000 } },
  },
});

import { defineConfig } from 'vitest/config';

/** The pure unit tests alone, without building the site first: `npm run test:unit`. */
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/unit/**/*.test.ts'],
  },
});

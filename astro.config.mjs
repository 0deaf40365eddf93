// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { permalinkRegistry } from './src/integrations/permalink-registry.ts';
import { buildCache } from './src/integrations/build-cache.ts';
import { outputFolder } from './src/integrations/output-folder.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { socialCards } from './src/integrations/social-cards.ts';
import { rehypePlugins, remarkPlugins } from './src/lib/markdown.ts';

// One configured origin for canonical URLs; set SITE_URL when deploying elsewhere.
const site = process.env.SITE_URL ?? 'https://china-kazakhstan.example';
const contentDir = process.env.CONTENT_DIR ?? 'content';

export default defineConfig({
  site,
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  // Four pages in hand at once: one renders while the others' files are written. A warm build
  // of 50 documents measured 25–28 s against 29–40 s one page at a time, with the same output
  // and memory (docs/scale.md).
  build: { concurrency: 4 },
  // Scoped styles by class, not by a data attribute on every element: lighter pages (about 300 B gzip on an overview).
  scopedStyleStrategy: 'class',
  outDir: process.env.OUT_DIR ?? './dist',
  // Separate caches let test builds of fixture content run without touching the site's.
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  security: {
    // Only the site's own origin. Astro hashes the inline styles and scripts it writes; Pagefind
    // compiles its WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    // The dev server watches the project for changes. What builds, benchmarks and tests write
    // is never an input, and a benchmark's output alone is hundreds of thousands of files:
    // watching it took a minute and ran out of the system's watchers. The tests' fixture
    // content (tests/.tmp/fixtures) is an input, and stays watched.
    server: { watch: { ignored: (path) => /\/dist(\/|$)/.test(path) || /\/tests\/\.tmp\/(?!fixtures(\/|$))/.test(path) } },
  },
  markdown: {
    // SmartyPants off: the texts are verbatim, straight quotes included.
    processor: unified({ remarkPlugins, rehypePlugins, smartypants: false }),
    // The texts hold no code; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
  },
  integrations: [
    outputFolder(),
    mdx(),
    sitemap(),
    permalinkRegistry({
      file: `${contentDir}/permalinks.json`,
      // Local builds record new URLs; CI only checks, so the committed file is the truth.
      update: (process.env.PERMALINKS ?? (process.env.CI ? 'check' : 'update')) === 'update',
    }),
    buildCache(),
    searchIndex({ contentDir }),
    socialCards({ contentDir }),
    securityHeaders(),
  ],
});

// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { rehypePlugins, remarkPlugins } from './src/lib/markdown.ts';

// One configured origin for canonical URLs; set SITE_URL when deploying elsewhere.
const site = process.env.SITE_URL ?? 'https://china-kazakhstan.example';

export default defineConfig({
  site,
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  markdown: {
    // SmartyPants off: the texts are verbatim, straight quotes included.
    processor: unified({ remarkPlugins, rehypePlugins, smartypants: false }),
  },
  integrations: [mdx()],
});

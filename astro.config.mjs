// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeBlockAnchors from './src/plugins/rehype-block-anchors.ts';

export default defineConfig({
  // Where the site is served from; override for a sub-path deployment (see README).
  // The public origin, e.g. https://shufa.example.gov.cn; canonical links are emitted only when it is set.
  site: process.env.SHUFA_SITE,
  base: process.env.SHUFA_BASE ?? '/',
  outDir: process.env.SHUFA_OUT_DIR ?? './dist',
  // Separate caches let fixture builds run beside the real one (tests/unit/content-fixtures.test.ts).
  cacheDir: process.env.SHUFA_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    // SmartyPants off: report text is verbatim and already uses Chinese quotes.
    processor: unified({ remarkPlugins: [remarkGfm], rehypePlugins: [rehypeBlockAnchors], gfm: false, smartypants: false }),
  },
  // Never inline scripts: the site runs under a Content-Security-Policy without 'unsafe-inline'.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});

// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeBlockAnchors from './src/build/rehype-block-anchors.ts';
import { config } from './src/build/config.ts';

export default defineConfig({
  // Every setting from the environment is documented in src/build/config.ts and the README.
  site: config.site,
  base: config.base,
  outDir: config.outDir,
  cacheDir: config.cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    // SmartyPants off: report text is verbatim and already uses Chinese quotes.
    processor: unified({ remarkPlugins: [remarkGfm], rehypePlugins: [rehypeBlockAnchors], gfm: false, smartypants: false }),
  },
  // Never inline scripts: the site runs under a Content-Security-Policy without 'unsafe-inline'.
  // Workers as ES modules, so the 批量体检 worker loads the annotating code and `docx` only when asked (import()).
  vite: { build: { assetsInlineLimit: 0 }, worker: { format: 'es' } },
  devToolbar: { enabled: false },
});

/**
 * npm run build: checks every content file, builds the site and its search index into a fresh
 * folder, and replaces the output folder (SHUFA_OUT_DIR, default dist) only when both are complete.
 * On failure the previous site is left untouched; exit 1. The work is in src/build/site-build.ts.
 *
 *   node scripts/build.ts
 */
import { buildSite } from '../src/build/site-build.ts';
import { config } from '../src/build/config.ts';

process.exitCode = await buildSite({
  root: process.cwd(),
  outDir: config.outDir,
  contentDir: config.contentDir,
  log: (text) => console.log(text),
});

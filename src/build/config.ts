/**
 * Every environment variable the project reads, in one place, each with its default and why it
 * exists. astro.config.mjs, content.config.ts, the CLIs, the benchmarks and the Playwright
 * config import this module; nothing else reads process.env for these. The README lists them.
 *
 * Paths are as given (relative ones resolve against the working directory, the project root).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const env = (name: string): string | undefined => {
  const v = process.env[name];
  return v === undefined || v === '' ? undefined : v;
};

/** The project root: the folder that holds package.json. */
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const config = {
  /** SHUFA_SITE: the public origin, e.g. https://shufa.example.gov.cn; canonical links are emitted only when set. */
  site: env('SHUFA_SITE'),
  /** SHUFA_BASE: the sub-path the site is served from, e.g. /shufa/ (default /). */
  base: env('SHUFA_BASE') ?? '/',
  /** SHUFA_OUT_DIR: where the build writes the site and the indexer reads it (default dist). */
  outDir: env('SHUFA_OUT_DIR') ?? 'dist',
  /** SHUFA_CACHE_DIR: Astro's cache; separate caches let a benchmark build run beside the real one. */
  cacheDir: env('SHUFA_CACHE_DIR') ?? 'node_modules/.astro',
  /** SHUFA_CONTENT_DIR: the content root; the scale benchmark points it at a copy with synthetic reports. */
  contentDir: env('SHUFA_CONTENT_DIR') ?? 'src/content',
  /** SHUFA_SEEDS_DIR: the raw sample reports that `npm run import:seeds` re-imports (default ../shared/seeds). */
  seedsDir: env('SHUFA_SEEDS_DIR') ?? path.resolve(projectRoot, '../shared/seeds'),
  /** E2E_PORT: the port the end-to-end tests serve the built site on (default 4399). */
  e2ePort: Number(env('E2E_PORT') ?? 4399),
  /** E2E_DIST: the built site the end-to-end tests serve (default: the build's output folder). */
  e2eDist: env('E2E_DIST') ?? env('SHUFA_OUT_DIR') ?? 'dist',
  /** INIT_CWD: set by npm to the folder `npm run …` was typed in (npm runs the script in the project root); the CLIs resolve path arguments against it. */
  invokedFrom: env('INIT_CWD'),
  /** CI: set by the CI runner; only the reporters read it. */
  ci: env('CI') !== undefined,
} as const;

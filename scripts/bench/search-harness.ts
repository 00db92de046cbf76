/**
 * The search engine as the benchmark runs it in Chromium: bundled by bench-search.ts into one
 * script that exposes the same functions the search page uses on globalThis.__bench.
 */
import '../../src/shared/search/t2s-install.ts';
import { exactSearch, PAGE_SIZE } from '../../src/shared/search/engine.ts';
import { parseQuery } from '../../src/shared/search/query.ts';
import { httpStore } from '../../src/browser/search/http-store.ts';

(globalThis as unknown as { __bench: unknown }).__bench = { exactSearch, httpStore, parseQuery, PAGE_SIZE };

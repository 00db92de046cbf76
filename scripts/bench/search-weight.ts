/**
 * What a reader downloads for a search, gzip-compressed as nginx `gzip on` serves it: a cold
 * first query (empty cache, the search page opened with ?q=) and then a query with no exact
 * match (until its 相近结果 are shown), beside plain Pagefind's own UI (pagefind-ui.js on the
 * plain index, which bench-search.ts writes) asked the same two queries. The site is served in-process, so every request is
 * counted, including those of Pagefind's Web Worker, which page-level network events miss.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from './browser.ts';

/** Content types of the files a search loads (scripts/serve.ts has the full list). */
const typeOf = (file: string) =>
  ({ '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml', '.wasm': 'application/wasm' })[
    path.extname(file)
  ] ?? 'application/octet-stream';

export interface Transfer {
  requests: number;
  bytes: number;
  /** Of which under /pagefind*, /pagefind-plain, /pagefind-passages. */
  indexRequests: number;
  indexBytes: number;
  urls: string[];
  sizes: number[];
}

const empty = (): Transfer => ({ requests: 0, bytes: 0, indexRequests: 0, indexBytes: 0, urls: [], sizes: [] });

/** The plain Pagefind UI page, served from memory at /__plain/ (never written to the site). */
const PLAIN_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>plain</title>
<link rel="stylesheet" href="/pagefind-plain/pagefind-ui.css"><script src="/pagefind-plain/pagefind-ui.js"></script></head>
<body><div id="search"></div><script>window.ui = new PagefindUI({ element: '#search', bundlePath: '/pagefind-plain/', showImages: false });</script></body></html>`;

/** Serves `site` gzip'd and counts each response's bytes on the wire into `meter.current`. */
async function serve(site: string, meter: { current: Transfer }): Promise<{ server: Server; base: string }> {
  const server = createServer(async (req, res) => {
    // The bench page asks for nothing else; a favicon request comes from the browser, not the page.
    if (req.url === '/favicon.ico') return void res.writeHead(404).end();
    const url = new URL(req.url ?? '/', 'http://localhost');
    let body: Buffer;
    let type: string;
    if (url.pathname === '/__plain/') {
      body = Buffer.from(PLAIN_PAGE);
      type = typeOf('x.html');
    } else {
      let file = path.join(site, decodeURIComponent(url.pathname));
      try {
        if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
        body = await readFile(file);
      } catch {
        res.writeHead(404).end();
        return;
      }
      type = typeOf(file);
    }
    // Pagefind's own index files are gzip'd already; text is compressed as nginx would.
    const gzip = /^(text|application\/(json|wasm)|image\/svg)/.test(type);
    const out = gzip ? gzipSync(body) : body;
    const t = meter.current;
    t.requests++;
    t.bytes += out.length;
    t.urls.push(url.pathname);
    t.sizes.push(out.length);
    if (/^\/pagefind(-plain|-passages)?\//.test(url.pathname)) {
      t.indexRequests++;
      t.indexBytes += out.length;
    }
    res.writeHead(200, { 'Content-Type': type, ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
    res.end(out);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { server, base: `http://127.0.0.1:${port}` };
}

export interface SearchWeights {
  ours: { first: Transfer; noMatch: Transfer };
  plain: { first: Transfer; noMatch: Transfer };
  /** The cold first query without the page around it: the HTML document and the assets every page loads (as /about/ does). */
  oursSearchOnly: Transfer;
}

/** The requests of `t` that are not in `shared`. */
function without(t: Transfer, shared: Set<string>): Transfer {
  const out = empty();
  // Sizes per URL are not kept; recount from the list with the sizes recorded alongside.
  t.urls.forEach((u, i) => {
    if (shared.has(u)) return;
    out.requests++;
    out.bytes += t.sizes[i];
    out.urls.push(u);
    out.sizes.push(t.sizes[i]);
    if (/^\/pagefind(-plain|-passages)?\//.test(u)) {
      out.indexRequests++;
      out.indexBytes += t.sizes[i];
    }
  });
  return out;
}

export async function measureSearchWeight(site: string, query: string, noMatch: string): Promise<SearchWeights> {
  const meter = { current: empty() };
  const { server, base } = await serve(path.resolve(site), meter);
  const browser = await launch();
  try {
    // What every page loads: /about/, cold.
    const actx = await browser.newContext();
    meter.current = empty();
    await (await actx.newPage()).goto(`${base}/about/`, { waitUntil: 'networkidle' });
    const shared = new Set(meter.current.urls.filter((u) => u !== '/about/'));
    await actx.close();

    // Ours: the search page opened with the query, then the no-match query typed into its form.
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    meter.current = empty();
    await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`);
    await page.locator('[data-search-results][data-search-state="done"]').waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
    const first = meter.current;
    meter.current = empty();
    await page.locator('[data-search-input]').fill(noMatch);
    await page.locator('[data-search-input]').press('Enter');
    await page.locator('[data-search-near][data-search-near-state="done"]').waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
    const noMatchOurs = meter.current;
    await ctx.close();

    // Plain Pagefind's default UI on the plain index: the same two queries.
    const pctx = await browser.newContext();
    const ppage = await pctx.newPage();
    meter.current = empty();
    await ppage.goto(`${base}/__plain/`);
    await ppage.evaluate((q) => (window as unknown as { ui: { triggerSearch(q: string): void } }).ui.triggerSearch(q), query);
    await ppage.locator('.pagefind-ui__result').first().waitFor();
    await ppage.waitForLoadState('networkidle');
    const plainFirst = meter.current;
    meter.current = empty();
    await ppage.evaluate((q) => (window as unknown as { ui: { triggerSearch(q: string): void } }).ui.triggerSearch(q), noMatch);
    await ppage.locator('.pagefind-ui__message', { hasText: noMatch }).first().waitFor();
    await ppage.waitForLoadState('networkidle');
    const plainNoMatch = meter.current;
    await pctx.close();
    return {
      ours: { first, noMatch: noMatchOurs },
      plain: { first: plainFirst, noMatch: plainNoMatch },
      oursSearchOnly: without(first, new Set([...shared, '/search/'])),
    };
  } finally {
    await browser.close();
    server.close();
  }
}

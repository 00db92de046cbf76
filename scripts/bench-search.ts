/**
 * npm run bench:search — exact passage search versus plain Pagefind, same built site, same run.
 *
 * Queries (fixed seed): every phrase-bank text (templates: the fixed part before the first 〔…〕
 * slot, when it has ≥ 2 characters), every section heading of the built pages, and 300+ random
 * 2–8-character substrings of indexed passage text. Ground truth: a normalised substring scan
 * of exactly the passages the indexer indexes (src/build/search/extract.ts).
 *
 * Both systems run in Chromium against dist/ served by scripts/serve.ts, with the real
 * pagefind.js: a fresh Pagefind instance per query (HTTP cache off), so every query pays for
 * its own index chunks and fragments. What a visit fetches once, before its first query (Pagefind's
 * metadata; our passage table), is loaded before the clock starts. Latency is from search() to
 * the first page of results being ready (ours: count + first 20 verified passages; plain: its
 * result list + the fragments of its first 5 pages, as its default UI shows). Bytes are the
 * response bytes of index, filter, fragment, page and word-filter files fetched in that window. Scoring then
 * maps every result of both systems to passage URLs.
 *
 *   npm run build && npm run bench:search [-- --random 300 --seed 20240601 --port 4460]
 */
import '../src/shared/search/t2s-install.ts';
import { spawn } from 'node:child_process';
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { BLOCK_BREAK, normalize, SLOT } from '../src/shared/normalize.ts';
import { fold } from '../src/shared/search/fold.ts';
import { parseQuery } from '../src/shared/search/query.ts';
import { sitePassages, writePlainIndex } from '../src/build/search-index.ts';
import { measureSearchWeight, type Transfer } from './bench/search-weight.ts';
import { PAGE_FILES, PASSAGES_DIR, TABLE_FILE, passageUrl, type PageFile, type TableFile } from '../src/shared/search/passage-table.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4460' },
    dir: { type: 'string', default: 'dist' },
    random: { type: 'string', default: '300' },
    seed: { type: 'string', default: '20240601' },
    out: { type: 'string', default: 'bench/results/search.md' },
    // The scale benchmark runs only the site's own search: --systems ours
    systems: { type: 'string', default: 'ours,plain' },
  },
});
const site = path.resolve(values.dir!);
const port = Number(values.port);
const origin = `http://127.0.0.1:${port}`;

// ---- Query set -------------------------------------------------------------------------
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const passages = await sitePassages(site);
const normTexts = passages.map((p) => fold(p.text));

interface Query { q: string; source: 'phrase' | 'heading' | 'random' }
const queries: Query[] = [];
const seen = new Set<string>();
const add = (q: string, source: Query['source']) => {
  const key = q.trim();
  if (!key || seen.has(key) || parseQuery(key).terms.length === 0) return;
  seen.add(key);
  queries.push({ q: key, source });
};
const phraseDir = 'src/content/phrases';
for (const file of (await readdir(phraseDir).catch(() => [])).filter((f) => f.endsWith('.yaml')).sort()) {
  const list = parseYaml(await readFile(path.join(phraseDir, file), 'utf8')) as Array<{ text?: string }>;
  for (const entry of list ?? []) {
    if (typeof entry?.text !== 'string') continue;
    const fixed = entry.text.split(SLOT)[0];
    if (Array.from(normalize(fixed)).length >= 2) add(fixed, 'phrase');
  }
}
for (const p of passages) if (p.heading) add(p.text, 'heading');
const rand = mulberry32(Number(values.seed));
const wanted = Number(values.random);
for (let tries = 0, n = 0; n < wanted && tries < wanted * 50; tries++) {
  const p = passages[Math.floor(rand() * passages.length)];
  const chars = Array.from(p.text);
  const len = 2 + Math.floor(rand() * 7);
  if (chars.length < len) continue;
  const start = Math.floor(rand() * (chars.length - len + 1));
  const piece = chars.slice(start, start + len).join('');
  // What a user copies is text from one block, never the join of two.
  if (piece.includes(BLOCK_BREAK)) continue;
  const before = queries.length;
  add(piece.replace(/\s+/g, ''), 'random');
  if (queries.length > before) n++;
}

/** Hit id (`record id:passage index`) → passage URL, read from the passage table and page files. */
const hitUrls = new Map<string, string>();
{
  const dir = path.join(site, PASSAGES_DIR);
  const table = (JSON.parse(await readFile(path.join(dir, TABLE_FILE), 'utf8')) as TableFile).records;
  for (const [id, [file]] of Object.entries(table)) {
    const page = JSON.parse(await readFile(path.join(dir, PAGE_FILES, `${file}.json`), 'utf8')) as PageFile;
    page.passages.forEach(([anchor], k) => hitUrls.set(`${id}:${k}`, passageUrl(page.url, anchor)));
  }
}

const truthFor = (q: string) => {
  const { terms } = parseQuery(q);
  const urls = new Set<string>();
  normTexts.forEach((t, i) => {
    if (terms.every((term) => t.includes(term))) urls.add(passages[i].url);
  });
  return urls;
};

// ---- Browser harness -------------------------------------------------------------------
const engineBundle = (
  await build({
    entryPoints: ['scripts/bench/search-harness.ts'],
    bundle: true,
    format: 'iife',
    write: false,
    define: { 'import.meta.env': '{"BASE_URL":"/"}' },
  })
).outputFiles[0].text;

// The baseline: Pagefind's own page-level index of the same built pages (not part of the site).
if (values.systems!.includes('plain')) console.log(`plain Pagefind index: ${await writePlainIndex(site)} pages`);
const server = spawn(process.execPath, ['scripts/serve.ts', '--port', String(port), '--dir', site], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise<void>((resolve) => server.stdout!.once('data', () => resolve()));
// Also when a query throws: a server left running keeps the scale benchmark waiting for this process's output to end.
process.on('exit', () => server.kill());

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'] });
const page = await browser.newPage();
const cdp = await page.context().newCDPSession(page);
await cdp.send('Network.enable');
await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
let counting = false;
let bytes = 0;
const urls = new Map<string, string>();
cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
cdp.on('Network.loadingFinished', (e) => {
  if (counting && /\/(pagefind(-plain)?\/(index|filter|fragment)|pagefind-passages\/(p|w-[^/]+))\//.test(urls.get(e.requestId) ?? '')) bytes += e.encodedDataLength;
});
const errors: string[] = [];
page.on('pageerror', (e) => errors.push(e.message));
/**
 * Loads the engine and Pagefind's scripts into a fresh page. Run again every RELOAD_EVERY
 * queries: each query's fresh Pagefind instance keeps some wasm memory, and after about 2,000 of
 * them in one page Pagefind's init fails (“RuntimeError: unreachable”).
 */
async function openPage() {
  await page.goto(`${origin}/about/`);
  await page.evaluate(engineBundle);
  await page.evaluate(async (plain) => {
    const w = globalThis as any;
    w.__ours = await import(/* @vite-ignore */ '/pagefind/pagefind.js' as string);
    if (plain) w.__plain = await import(/* @vite-ignore */ '/pagefind-plain/pagefind.js' as string);
  }, values.systems!.includes('plain'));
}
const RELOAD_EVERY = 500;
await openPage();

/** A new Pagefind instance of one index (loaded, nothing cached), so each query pays for its own chunks. */
const freshInstance = (module: '__ours' | '__plain', basePath: string) =>
  page.evaluate(
    async ([module, basePath]) => {
      const w = globalThis as any;
      w.__inst = w[module].createInstance({ basePath, noWorker: true });
      await w.__inst.options({ baseUrl: '/' });
      await w.__inst.search('');
      // A new passage store with its table loaded: per visit, like Pagefind's metadata above.
      w.__store = w.__bench.httpStore('/');
      if (module === '__ours') await w.__store.records();
    },
    [module, basePath] as const,
  );

interface Run { latency: number; bytes: number; first: string[]; all: string[]; pages: string[] }
async function runOurs(q: string): Promise<Run> {
  await freshInstance('__ours', '/pagefind/');
  bytes = 0;
  counting = true;
  const r = await page.evaluate(async (q) => {
    const w = globalThis as any;
    const { terms } = w.__bench.parseQuery(q);
    const t0 = performance.now();
    const res = await w.__bench.exactSearch(w.__inst, w.__store, terms, {});
    const first = await res.load(0, w.__bench.PAGE_SIZE);
    const latency = performance.now() - t0;
    await w.__inst.destroy();
    return { latency, first: first.map((h: any) => h.url), total: res.total, ids: res.ids as string[] };
  }, q);
  counting = false;
  const b = bytes;
  // Every hit, mapped to its URL from the page files on disk: scoring loads nothing more in the
  // browser, so it stays fast when a query matches tens of thousands of passages.
  const all = r.ids.map((id) => hitUrls.get(id) ?? `unknown:${id}`);
  return { latency: r.latency, bytes: b, first: r.first, all, pages: [...new Set(all.map((u: string) => u.split('#')[0]))] as string[] };
}

async function runPlain(q: string): Promise<Run> {
  await freshInstance('__plain', '/pagefind-plain/');
  bytes = 0;
  counting = true;
  const r = await page.evaluate(async (q) => {
    const w = globalThis as any;
    const t0 = performance.now();
    const res = await w.__inst.search(q);
    const shown = await Promise.all(res.results.slice(0, 5).map((x: any) => x.data()));
    const latency = performance.now() - t0;
    w.__res = res;
    return { latency, first: shown.flatMap((f: any) => f.sub_results.map((s: any) => s.url)) };
  }, q);
  counting = false;
  const b = bytes;
  const all = await page.evaluate(async () => {
    const w = globalThis as any;
    const frags = await Promise.all(w.__res.results.map((x: any) => x.data()));
    await w.__inst.destroy();
    return frags.map((f: any) => ({ url: f.url, subs: f.sub_results.map((s: any) => s.url) }));
  });
  return { latency: r.latency, bytes: b, first: r.first, all: all.flatMap((f) => f.subs), pages: all.map((f) => f.url) };
}

// ---- Scoring ---------------------------------------------------------------------------
interface Score { recall: number[]; precision: number[]; exact: number[]; rprec: number[]; latency: number[]; bytes: number[] }
const empty = (): Score => ({ recall: [], precision: [], exact: [], rprec: [], latency: [], bytes: [] });
const strip = (u: string) => decodeURI(u.replace(/^https?:\/\/[^/]+/, '').replace(/\?[^#]*/, ''));
function score(s: Score, ranked: string[], truth: Set<string>) {
  const got = [...new Set(ranked.map(strip))];
  const hit = got.filter((u) => truth.has(u)).length;
  if (truth.size) s.recall.push(hit / truth.size);
  s.precision.push(got.length ? hit / got.length : truth.size ? 0 : 1);
  s.exact.push(got.length === truth.size && hit === truth.size ? 1 : 0);
  if (truth.size) s.rprec.push(got.slice(0, truth.size).filter((u) => truth.has(u)).length / truth.size);
}
const systems = { ours: { passage: empty(), page: empty() }, plain: { passage: empty(), page: empty() } };
const failures: string[] = [];

let i = 0;
for (const { q } of queries) {
  if (i > 0 && i % RELOAD_EVERY === 0) await openPage();
  const truth = truthFor(q);
  const truthPages = new Set([...truth].map((u) => u.split('#')[0]));
  const ours = await runOurs(q);
  const runs: (readonly ['ours' | 'plain', Run])[] = [['ours', ours]];
  if (values.systems!.includes('plain')) runs.push(['plain', await runPlain(q)]);
  for (const [name, run] of runs) {
    const s = systems[name];
    score(s.passage, run.all, truth);
    score(s.page, run.pages, truthPages);
    s.passage.latency.push(run.latency);
    s.passage.bytes.push(run.bytes);
  }
  const got = new Set(ours.all.map(strip));
  if (got.size !== truth.size || [...truth].some((u) => !got.has(u))) failures.push(`${q}: expected ${truth.size}, got ${got.size}`);
  if (++i % 100 === 0) console.log(`${i}/${queries.length} queries`);
}
await browser.close();
server.kill();

// ---- What a reader downloads -----------------------------------------------------------
const FIRST_QUERY = '四个亲自';
const NO_MATCH_QUERY = '法治政府建设述职评议考核办法';
// Only beside plain Pagefind (the scale benchmark runs --systems ours on synthetic sites).
const weights = values.systems!.includes('plain') ? await measureSearchWeight(site, FIRST_QUERY, NO_MATCH_QUERY) : undefined;
const kb = (t: Transfer, what: 'bytes' | 'indexBytes' = 'bytes') => (t[what] / 1024).toFixed(1);
const weightRow = (label: string, t: Transfer, target: string) => `| ${label} | ${t.requests} | ${kb(t)} | ${t.indexRequests} | ${kb(t, 'indexBytes')} | ${target} |`;

// ---- Report ----------------------------------------------------------------------------
const mean = (a: number[]) => (a.length ? a.reduce((x, y) => x + y, 0) / a.length : NaN);
const pct = (a: number[], p: number) => {
  const s = [...a].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const f3 = (n: number) => n.toFixed(3);
const row = (label: string, s: Score, timing: Score) =>
  `| ${label} | ${f3(mean(s.recall))} | ${f3(mean(s.precision))} | ${(mean(s.exact) * 100).toFixed(1)}% | ${f3(mean(s.rprec))} | ${pct(timing.latency, 50).toFixed(1)} | ${pct(timing.latency, 95).toFixed(1)} | ${Math.round(mean(timing.bytes)).toLocaleString('en')} | ${Math.round(pct(timing.bytes, 50)).toLocaleString('en')} |`;
const counts = { phrase: 0, heading: 0, random: 0 };
for (const q of queries) counts[q.source]++;
const ratio = systems.plain.passage.latency.length ? pct(systems.ours.passage.latency, 50) / pct(systems.plain.passage.latency, 50) : NaN;
const md = `# Search benchmark

Generated by \`npm run bench:search\` (scripts/bench-search.ts) on ${new Date().toISOString().slice(0, 10)}.

- Site: ${passages.length} indexed passages on ${new Set(passages.map((p) => p.page)).size} content pages.
- Queries: ${queries.length} (phrase bank ${counts.phrase}, section headings ${counts.heading}, random 2–8-character substrings ${counts.random}; seed ${values.seed}).
- Ground truth: passages whose folded text (src/shared/search/fold.ts) contains every folded query term.
- Chromium, real pagefind.js, site served by scripts/serve.ts; a fresh Pagefind instance per query, HTTP cache off.
- Latency: search() until the first page is ready (ours: exact total count + first 20 passages; plain: result list + fragments of its first 5 pages). Bytes: index, filter, fragment and page-file responses in that window (pagefind.js, worker and wasm, the same for both, excluded). What a visit fetches once before its first query, Pagefind's metadata and our passage table, loads before the clock starts.
- Plain Pagefind: \`dist/pagefind-plain\`, Pagefind's page-level index of the same pages. Passage level uses its sub_results anchors; page level uses result pages.

| System | Recall | Precision | Exact set | R-precision | Median ms | p95 ms | Mean bytes/query | Median bytes/query |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${row('Exact passage search — passage level', systems.ours.passage, systems.ours.passage)}
${row('Exact passage search — page level', systems.ours.page, systems.ours.passage)}
${systems.plain.passage.latency.length ? `${row('Plain Pagefind — passage level (sub_results)', systems.plain.passage, systems.plain.passage)}
${row('Plain Pagefind — page level', systems.plain.page, systems.plain.passage)}` : ''}

Median latency ratio (ours / plain): ${ratio.toFixed(2)} (target ≤ 1.20).

Queries where the exact search differs from ground truth: ${failures.length}${failures.length ? `\n\n${failures.slice(0, 20).map((f) => `- ${f}`).join('\n')}` : ''}.
Page errors during the run: ${errors.length}.
${weights ? `
## What a search downloads

Measured by scripts/bench/search-weight.ts: Chromium with an empty cache against dist/ served in-process with gzip (as nginx \`gzip on\`; Pagefind's index files are gzip'd already), counting every request, the Pagefind Web Worker's too. Cold first query: the search page opened as \`/search/?q=${FIRST_QUERY}\` until its results are shown. No-match query: then \`${NO_MATCH_QUERY}\` typed into the same page, until its 相近结果 are shown (the extra requests). Plain Pagefind: its default UI (pagefind-ui.js on \`dist/pagefind-plain\`) on an empty page, asked the same two queries. “Search only” leaves out the HTML document and the assets every page loads (those of a cold \`/about/\`); it keeps the search script.

| Load | Requests | KB | Index requests | Index KB | Target |
| --- | --- | --- | --- | --- | --- |
${weightRow('Ours: cold first query, whole page', weights.ours.first, '')}
${weightRow('Ours: cold first query, search only', weights.oursSearchOnly, '≤ 15 requests, ≤ 150 KB')}
${weightRow('Ours: then a no-match query (extra)', weights.ours.noMatch, '≤ 100 KB')}
${weightRow('Plain Pagefind UI: cold first query', weights.plain.first, '')}
${weightRow('Plain Pagefind UI: then the no-match query (extra)', weights.plain.noMatch, '')}

Files of the cold first query (search only): ${weights.oursSearchOnly.urls.map((u, i) => `\`${u}\` ${(weights.oursSearchOnly.sizes[i] / 1024).toFixed(1)}`).join(', ')}.

Files of the no-match query: ${weights.ours.noMatch.urls.map((u, i) => `\`${u}\` ${(weights.ours.noMatch.sizes[i] / 1024).toFixed(1)}`).join(', ')}.
` : ''}
`;
await mkdir(path.dirname(values.out!), { recursive: true });
await writeFile(values.out!, md);
console.log(md);
process.exit(failures.length ? 1 : 0);

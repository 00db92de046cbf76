/**
 * What a search downloads: the word filter spares index chunks for words that occur nowhere,
 * the 相近结果 load at most one chunk, and the fold table loads only when a query needs it.
 * (Byte budgets are measured by npm run bench:search, not here.)
 */
import { test, expect, type Page } from '@playwright/test';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { config } from '../../src/build/config.ts';
import { chunkWords } from '../../src/build/search/word-filter-files.ts';
import { CHUNKS_FILE, PASSAGES_DIR, TABLE_FILE, type TableFile } from '../../src/shared/search/passage-table.ts';
import { chunkOf, mayContain, probes } from '../../src/shared/search/word-filter.ts';
import { T2S_STEPS } from '../../src/shared/search/t2s-table.ts';
import { done, results } from './search-helpers.ts';

/** The paths the page requests from now on. */
function requests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => seen.push(new URL(r.url()).pathname));
  return seen;
}
const chunks = (paths: string[]) => paths.filter((p) => p.startsWith('/pagefind/index/'));

/** How many scripts the page loads from now on carry the fold table (its first code points, as stored). */
function foldTableLoads(page: Page): { count: number; settled: Promise<unknown>[] } {
  const out = { count: 0, settled: [] as Promise<unknown>[] };
  const signature = T2S_STEPS.slice(0, 40);
  page.on('response', (r) => {
    if (!r.url().endsWith('.js')) return;
    out.settled.push(r.text().then((body) => body.includes(signature) && out.count++, () => undefined));
  });
  return out;
}

test('the word filter holds every word of every index chunk, and lists the chunks in order', async () => {
  const dist = config.e2eDist;
  const { words } = JSON.parse(await readFile(path.join(dist, PASSAGES_DIR, TABLE_FILE), 'utf8')) as TableFile;
  const dir = path.join(dist, PASSAGES_DIR, words.dir);
  const partitions = await Promise.all(Array.from({ length: words.partitions }, (_, i) => readFile(path.join(dir, `${i}.bin`))));
  const indexDir = path.join(dist, 'pagefind', 'index');
  const ranges: Array<[string, string]> = [];
  let all = 0;
  const missing: string[] = [];
  for (const f of await readdir(indexDir)) {
    const list = chunkWords(await readFile(path.join(indexDir, f)));
    ranges.push([list[0], list[list.length - 1]]);
    all += list.length;
    missing.push(...list.filter((w) => !mayContain(partitions[probes(w, words.partitions).partition], w, words.partitions)));
  }
  expect(all).toBeGreaterThan(1000);
  expect(missing).toEqual([]);
  // Where each chunk starts: every word of a chunk maps to that chunk.
  const starts = JSON.parse(await readFile(path.join(dir, CHUNKS_FILE), 'utf8')) as string[];
  expect(starts.length).toBe(ranges.length);
  ranges.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  ranges.forEach(([first, last], i) => {
    expect(chunkOf(starts, first)).toBe(i);
    expect(chunkOf(starts, last)).toBe(i);
  });
});

test('a query that matches loads its chunk, not the fold table', async ({ page }) => {
  const seen = requests(page);
  const table = foldTableLoads(page);
  await page.goto('/search/?q=' + encodeURIComponent('四个亲自'));
  await done(page);
  await expect(results(page).first()).toBeVisible();
  await Promise.all(table.settled);
  expect(chunks(seen).length).toBe(1);
  expect(table.count).toBe(0);
});

test('a query with no exact match loads at most one index chunk, for its 相近结果', async ({ page }) => {
  await page.goto('/search/');
  await done(page);
  const seen = requests(page);
  await page.locator('[data-search-input]').fill('法治政府建设述职评议考核办法');
  await page.locator('[data-search-input]').press('Enter');
  await expect(page.locator('[data-search-near]')).toHaveAttribute('data-search-near-state', 'done');
  await expect(page.locator('[data-search-near] li').first()).toBeVisible();
  // 建设述职 occurs nowhere: the exact search stops at the filter; the near search adds one chunk.
  expect(chunks(seen).length).toBeLessThanOrEqual(1);
  // What it marks is what it shares with the query.
  for (const mark of await page.locator('[data-search-near] mark').allTextContents()) expect('法治政府建设述职评议考核办法').toContain(mark);
});

test('a traditional query loads the fold table and finds what the simplified one finds', async ({ page }) => {
  const table = foldTableLoads(page);
  await page.goto('/search/?q=' + encodeURIComponent('法治政府建設'));
  await done(page);
  const count = await page.locator('[data-search-count]').getAttribute('data-search-count');
  expect(Number(count)).toBeGreaterThan(0);
  await Promise.all(table.settled);
  expect(table.count).toBe(1);
  await page.goto('/search/?q=' + encodeURIComponent('法治政府建设'));
  await done(page);
  await expect(page.locator('[data-search-count]')).toHaveAttribute('data-search-count', count!);
});

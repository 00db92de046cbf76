/**
 * Builds the search indexes of the built site (run after astro build):
 *
 *  - dist/pagefind/        the passage index: one Pagefind custom record per page, whose content
 *                          is the n-gram token streams of its passages' normalised text (see
 *                          ngrams.ts; src/build/search/extract.ts has the passage contract).
 *  - dist/pagefind-passages/  the passage table and page files (passage-table.ts), which map
 *                          the word positions of a page record back to its passages.
 *  - dist/pagefind-passages/<w-hash>/  the word filter (word-filter.ts): which index words exist.
 *
 * writePlainIndex writes Pagefind's ordinary page-level index (dist/pagefind-plain/) for the
 * benchmarks, which compare the exact search with it; the site does not use it.
 *
 * The CLI is scripts/search-index.ts; the benchmarks and tests import this module.
 */
// fold() needs the traditional→simplified table (fold.ts says why it is installed, not imported).
import '../shared/search/t2s-install.ts';
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { constants, gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { fold, hasTraditional } from '../shared/search/fold.ts';
import { hasLevelSlot, levelForms } from '../shared/normalize.ts';
import { cataloguePassages, extractPassages, type Passage } from './search/extract.ts';
import { FACTS_FILE, type SearchFacts } from '../shared/search/facts.ts';
import { plainIndexHtml } from './search/plain.ts';
import { writeWordFilter } from './search/word-filter-files.ts';
import { pageTokens } from '../shared/search/ngrams.ts';
import { PAGE_FILES, PASSAGES_DIR, TABLE_FILE, tableEntry, type PageFile, type PassageEntry, type PassageTable, type TableFile } from '../shared/search/passage-table.ts';

export async function htmlFiles(dir: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(path.join(dir, rel), { withFileTypes: true })) {
    const r = path.join(rel, entry.name);
    if (entry.isDirectory()) {
      if (!rel && entry.name.startsWith('pagefind')) continue;
      out.push(...(await htmlFiles(dir, r)));
    } else if (entry.name.endsWith('.html')) out.push(r);
  }
  return out.sort();
}

/** The build's facts for search (src/shared/search/facts.ts), written into the built site by /search/facts.json. */
export async function searchFacts(site: string): Promise<SearchFacts> {
  const file = path.join(site, FACTS_FILE);
  const text = await readFile(file, 'utf8').catch(() => {
    throw new Error(`${file} is missing: the site was not built with src/pages/search/facts.json.ts`);
  });
  return JSON.parse(text) as SearchFacts;
}

/**
 * A page's passages with the build's facts attached: a phrase entry's status, which every phrase
 * passage must have (a phrase the facts do not know fails the build).
 */
export function withFacts(passages: Passage[], facts: SearchFacts): Passage[] {
  return passages.map((p) => {
    if (!p.copy) return p;
    const phrase = facts.phrases[p.id];
    if (!phrase) throw new Error(`${p.url}: 表述“${p.copy}”（${p.id}）不在表述库中，搜索结果无法标出它的状态`);
    return { ...p, phrase };
  });
}

/**
 * The passages of each built page, pages in URL order, passages in document order, read one page
 * at a time; then the catalogue of public reports, from its data (cataloguePassages), last, so its
 * hundreds of entries rank after the site's own pages.
 */
export async function* eachPage(site: string): AsyncGenerator<Passage[]> {
  const facts = await searchFacts(site);
  const catalogue = cataloguePassages(facts.catalogue);
  for (const file of await htmlFiles(site)) {
    const passages = withFacts(extractPassages(await readFile(path.join(site, file), 'utf8'), file), facts);
    if (passages[0]?.page === facts.catalogue.url) throw new Error(`${file}: 公开报告目录由目录数据建索引（src/build/search-facts.ts），页面本身不能再带 data-pagefind-body`);
    yield passages;
  }
  yield catalogue;
}

/** Every indexed passage of the built site, in the order of eachPage. */
export async function* eachPassage(site: string): AsyncGenerator<Passage> {
  for await (const passages of eachPage(site)) yield* passages;
}

/** eachPassage, collected. */
export async function sitePassages(site: string): Promise<Passage[]> {
  const passages: Passage[] = [];
  for await (const p of eachPassage(site)) passages.push(p);
  return passages;
}

/**
 * Build-time test that search understands level slots: a phrase passage whose text has a level
 * slot (全面依法治〔县〕委员会) must hold every form it stands for (全面依法治市委员会 …), so that a
 * query for any form finds the entry. Throws, failing the build, when a form is missing.
 */
export function levelFormsIndexed(p: Pick<Passage, 'url' | 'text' | 'copy'>): void {
  if (!p.copy || !hasLevelSlot(p.copy)) return;
  const text = fold(p.text);
  const missing = levelForms(p.copy).filter((f) => !text.includes(fold(f)));
  if (missing.length) throw new Error(`${p.url}: 表述“${p.copy}”的各级写法没有进入搜索段落：${missing.join('、')}`);
}

export const check = (what: string, r: { errors: string[] }) => {
  if (r.errors.length) throw new Error(`${what}: ${r.errors.join('; ')}`);
};

/**
 * A page's passage record: its indexable passages (those with text left after normalising), the
 * page's URL, title and filters, and the record's words (ngrams.ts). Null for a page with none.
 */
export function pageRecord(all: Passage[]) {
  const kept = all.map((p) => ({ p, norm: fold(p.text) })).filter((x) => x.norm);
  if (kept.length === 0) return null;
  const { page, title, filters } = kept[0].p;
  return { kept, page, title, filters, words: pageTokens(kept.map((x) => x.norm)).tokens };
}

/**
 * Language code of the passage records. Their words are n-gram codes, not Chinese, so Pagefind
 * must neither segment nor stem them: a private-use code gives an index with neither (and about
 * half the indexing time of zh-cn). The search page loads it as the site's only index language.
 */
export const TOKEN_LANGUAGE = 'x-ngram';

/**
 * Pagefind's ordinary page-level index of the built pages, written to <site>/pagefind-plain: the
 * baseline of the search benchmarks (scripts/bench-search.ts), not part of the site.
 */
export async function writePlainIndex(siteDir: string): Promise<number> {
  const site = path.resolve(siteDir);
  const plain = await pagefind.createIndex({});
  check('createIndex (plain)', plain);
  // Page by page, without page furniture (search/plain.ts), so titles and excerpts are clean.
  let pages = 0;
  // Like Pagefind's own directory walk on this site: only pages with data-pagefind-body.
  for (const file of await htmlFiles(site)) {
    const html = await readFile(path.join(site, file), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    check(`plain index ${file}`, await plain.index!.addHTMLFile({ sourcePath: file.split(path.sep).join('/'), content: plainIndexHtml(html) }));
    pages++;
  }
  await rm(path.join(site, 'pagefind-plain'), { recursive: true, force: true });
  check('write plain index', await plain.index!.writeFiles({ outputPath: path.join(site, 'pagefind-plain') }));
  await pagefind.close();
  return pages;
}

/** The URL at the start of a Pagefind fragment file (gzip'd "pagefind_dcd" + JSON with url first), without inflating the rest. */
export function fragmentUrl(gz: Buffer): string {
  const head = gunzipSync(gz.subarray(0, 4096), { finishFlush: constants.Z_SYNC_FLUSH }).toString('utf8');
  const m = /"url":("(?:[^"\\]|\\.)*")/.exec(head);
  if (!m) throw new Error('Pagefind fragment without a url at its start');
  return JSON.parse(m[1]) as string;
}

/** Writes the three indexes into the built site `siteDir`; returns the line the CLI prints. */
export async function buildSearchIndex(siteDir: string): Promise<string> {
  const site = path.resolve(siteDir);
  const passagesDir = path.join(site, PASSAGES_DIR);
  await rm(passagesDir, { recursive: true, force: true });
  await mkdir(path.join(passagesDir, PAGE_FILES), { recursive: true });

  const { index, errors } = await pagefind.createIndex({});
  check('createIndex', { errors });
  // Phase times, printed at the end: where indexing time goes as the library grows.
  const t0 = performance.now();
  const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
  let passages = 0;
  let order = 0;
  /** Table entry of each indexed page, by URL; keyed by Pagefind record id once the index is written. */
  const entries = new Map<string, PassageTable[string]>();
  // Records go to the Pagefind service with a few in flight, and pages are read one at a
  // time, so HTML parsing here overlaps indexing in the service process.
  const pending: Promise<void>[] = [];
  for await (const all of eachPage(site)) {
    order++;
    const record = pageRecord(all);
    if (!record) continue;
    const { kept, page, title, filters } = record;
    const file: PageFile = {
      url: page,
      title,
      kind: kept[0].p.kind,
      passages: kept.map(({ p }): PassageEntry => {
        const own = p.copy ?? p.label;
        if (!own) return [p.id, p.text];
        // The phrase text (or the entry title) starts the passage, then its note: stored as its length.
        if (!p.text.startsWith(own)) throw new Error(`${page}#${p.id}: the passage's title “${own}” does not start its passage`);
        if (!p.copy || !p.phrase) return [p.id, p.text, own.length];
        levelFormsIndexed(p);
        const { status, label, replacement } = p.phrase;
        return replacement ? [p.id, p.text, own.length, status, label, replacement] : [p.id, p.text, own.length, status, label];
      }),
    };
    if (kept.some(({ p }) => hasTraditional(p.text))) file.t2s = true;
    const json = JSON.stringify(file);
    const name = createHash('sha256').update(json).digest('hex').slice(0, 16);
    await writeFile(path.join(passagesDir, PAGE_FILES, `${name}.json`), json);
    entries.set(
      page,
      // A phrase entry's phrase length: an exact match of the whole phrase ranks first (engine.ts).
      tableEntry(name, order, kept.map(({ p, norm }) => ({ length: Array.from(norm).length, heading: p.heading, ...(p.copy ? { phrase: Array.from(fold(p.copy)).length } : {}) }))),
    );
    passages += kept.length;
    pending.push(
      index!
        .addCustomRecord({ url: page, content: record.words.join(' '), language: TOKEN_LANGUAGE, meta: { title }, filters })
        .then((r) => check(`record ${page}`, r)),
    );
    if (pending.length >= 16) await Promise.all(pending.splice(0, 8));
  }
  await Promise.all(pending);
  const added = seconds(t0);
  const t1 = performance.now();
  const indexDir = path.join(site, 'pagefind');
  await rm(indexDir, { recursive: true, force: true });
  check('write passage index', await index!.writeFiles({ outputPath: indexDir }));
  const written = seconds(t1);
  const t2 = performance.now();

  // Pagefind names each record by a hash (its fragment file); the table is keyed by it.
  const table: PassageTable = {};
  for (const f of await readdir(path.join(indexDir, 'fragment'))) {
    const url = fragmentUrl(await readFile(path.join(indexDir, 'fragment', f)));
    const entry = entries.get(url);
    if (!entry) throw new Error(`${f}: Pagefind wrote a record for ${url}, which the indexer did not add`);
    table[f.replace(/\.pf_fragment$/, '')] = entry;
  }
  if (Object.keys(table).length !== entries.size) throw new Error(`Pagefind wrote ${Object.keys(table).length} records for ${entries.size} pages`);
  const { words: wordCount, ...words } = await writeWordFilter(path.join(indexDir, 'index'), passagesDir);
  await writeFile(path.join(passagesDir, TABLE_FILE), JSON.stringify({ records: table, words } satisfies TableFile));
  const tabled = seconds(t2);

  await index!.deleteIndex();
  await pagefind.close();
  return `search index: ${passages} passages in ${entries.size} page records, ${wordCount} words (read and add ${added} s, write ${written} s, table and word filter ${tabled} s)`;
}

/**
 * Builds the search indexes of the built site (run after astro build):
 *
 *  - dist/pagefind/        the passage index: one Pagefind custom record per passage (see
 *                          src/scripts/search/extract.ts for the passage contract), whose content
 *                          is the n-gram token string of its normalised text (see ngrams.ts) and
 *                          whose meta holds the original text, page title, heading flag and order.
 *  - dist/pagefind-plain/  Pagefind's ordinary page-level index of the same pages, used for the
 *                          clearly labelled 相近结果 when nothing matches exactly, and by the benchmark.
 *
 *   node scripts/search-index.ts [--site dist]
 */
import { readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { normalize } from '../src/lib/normalize.ts';
import { extractPassages, type Passage } from '../src/scripts/search/extract.ts';
import { passageTokens } from '../src/scripts/search/ngrams.ts';
import { sortKey } from '../src/scripts/search/rank.ts';
import { PART_FILTER } from '../src/scripts/search/engine.ts';

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

/** Every indexed passage of the built site, pages in URL order, passages in document order, read one page at a time. */
export async function* eachPassage(site: string): AsyncGenerator<Passage> {
  for (const file of await htmlFiles(site)) yield* extractPassages(await readFile(path.join(site, file), 'utf8'), file);
}

/** eachPassage, collected. */
export async function sitePassages(site: string): Promise<Passage[]> {
  const passages: Passage[] = [];
  for await (const p of eachPassage(site)) passages.push(p);
  return passages;
}

const check = (what: string, r: { errors: string[] }) => {
  if (r.errors.length) throw new Error(`${what}: ${r.errors.join('; ')}`);
};

/**
 * Language code of the passage records. Their words are n-gram codes, not Chinese, so Pagefind
 * must neither segment nor stem them: a private-use code gives an index with neither (and about
 * half the indexing time of zh-cn). The search page loads it as the site's only index language.
 */
export const TOKEN_LANGUAGE = 'x-ngram';

/** Pagefind's ordinary page-level index of the built pages, written to <site>/pagefind-plain. */
async function plainIndex(site: string): Promise<number> {
  const plain = await pagefind.createIndex({});
  check('createIndex (plain)', plain);
  const added = await plain.index!.addDirectory({ path: site });
  check('plain index', added);
  await rm(path.join(site, 'pagefind-plain'), { recursive: true, force: true });
  check('write plain index', await plain.index!.writeFiles({ outputPath: path.join(site, 'pagefind-plain') }));
  return added.page_count;
}

async function main() {
  const { values } = parseArgs({ options: { site: { type: 'string', default: process.env.SHUFA_OUT_DIR ?? 'dist' } } });
  const site = path.resolve(values.site!);

  // The plain page index is built alongside, in the same Pagefind service, using its other core.
  const plainDone = plainIndex(site);

  const { index, errors } = await pagefind.createIndex({});
  check('createIndex', { errors });
  let records = 0;
  let order = 0;
  const pages = new Set<string>();
  // Records go to the Pagefind service with a bounded number in flight (one round trip at a
  // time is slow at scale), and pages are read one at a time, so HTML parsing here overlaps
  // indexing in the service process.
  const pending: Promise<void>[] = [];
  for await (const p of eachPassage(site)) {
    pages.add(p.page);
    const norm = normalize(p.text);
    order++;
    if (!norm) continue;
    pending.push(
      index!
        .addCustomRecord({
          url: p.url,
          content: passageTokens(norm).join(' '),
          language: TOKEN_LANGUAGE,
          meta: { title: p.title, text: p.text, h: p.heading ? '1' : '0', o: String(order) },
          filters: { ...p.filters, [PART_FILTER]: [p.heading ? 'heading' : 'body'] },
          sort: { o: sortKey(p.heading, order) },
        })
        .then((r) => check(`record ${p.url}`, r)),
    );
    records++;
    if (pending.length >= 256) await Promise.all(pending.splice(0, 128));
  }
  await Promise.all(pending);
  await rm(path.join(site, 'pagefind'), { recursive: true, force: true });
  check('write passage index', await index!.writeFiles({ outputPath: path.join(site, 'pagefind') }));
  const plainPages = await plainDone;
  await pagefind.close();
  console.log(`search index: ${records} passages from ${pages.size} pages; plain index: ${plainPages} pages`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await main();

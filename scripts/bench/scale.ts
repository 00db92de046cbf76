/**
 * Scale: N synthetic reports (scripts/bench/synthetic.ts) in a temporary copy of the content,
 * built and indexed as the real site is, then the bench:search query set run against the site's
 * own exact-phrase search. Never touches src/content or dist/.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { PASSAGES_DIR, TABLE_FILE } from '../../src/shared/search/passage-table.ts';
import { writeSynthetic } from './synthetic.ts';
import { freePort } from './serve-dist.ts';

/** Where the indexer's time goes: reading pages and adding records, Pagefind writing the index. */
export interface IndexPhases {
  add: number;
  write: number;
}

export interface ScaleRow {
  n: number;
  pages: number;
  buildSeconds: number;
  indexSeconds: number;
  /** The indexer's own phase times in seconds (see scripts/search-index.ts), when it printed them. */
  indexPhases: IndexPhases | null;
  indexBytes: number;
  indexFiles: number;
  /** Fetched once, by the first query of a visit: Pagefind's metadata and the passage table (gzip'd, as served). */
  metaBytes: number;
  queries: number;
  exactSet: string;
  recall: string;
  precision: string;
  medianMs: number;
  p95Ms: number;
  meanBytes: number;
  medianBytes: number;
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ seconds: number; output: string }> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => (code === 0 ? resolve({ seconds: (performance.now() - t0) / 1000, output }) : reject(new Error(`${cmd} ${args.join(' ')} failed (${code}):\n${output.slice(-3000)}`))));
  });
}

async function du(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const f of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!f.isFile()) continue;
    bytes += (await stat(path.join(f.parentPath, f.name))).size;
    files++;
  }
  return { bytes, files };
}

/**
 * A temporary work folder holding a copy of the content plus N synthetic reports, and the
 * environment that makes `astro build` read it and write dist/ and its cache there. The caller
 * removes `work`.
 */
export async function syntheticSite(n: number) {
  const work = await mkdtemp(path.join(tmpdir(), `shufa-scale-${n}-`));
  const content = path.join(work, 'content');
  const dist = path.join(work, 'dist');
  const cache = path.join(work, 'cache');
  await cp('src/content', content, { recursive: true });
  await writeSynthetic(content, n);
  const env = { SHUFA_CONTENT_DIR: content, SHUFA_OUT_DIR: dist, SHUFA_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1' };
  return { work, dist, cache, env };
}

/** Runs astro build on a site from syntheticSite. */
export const buildSite = (env: NodeJS.ProcessEnv) => run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], env);

/** Builds the search index of a built site, as npm run build does. */
export const indexSite = (dist: string, env: NodeJS.ProcessEnv) => run(process.execPath, ['scripts/search-index.ts', '--site', dist], env);

/**
 * repeat: build and index this many times from scratch (no Astro cache) and keep the fastest,
 * the usual guard against a noisy machine; the last run's site is measured for size and search.
 */
export async function measureScale(n: number, opts: { random: number; repeat: number }): Promise<ScaleRow> {
  const { work, dist, cache, env } = await syntheticSite(n);
  try {
    let build = Infinity;
    let index = { seconds: Infinity, output: '' };
    for (let r = 0; r < Math.max(1, opts.repeat); r++) {
      await rm(dist, { recursive: true, force: true });
      await rm(cache, { recursive: true, force: true });
      build = Math.min(build, (await buildSite(env)).seconds);
      const indexed = await indexSite(dist, env);
      if (indexed.seconds < index.seconds) index = indexed;
    }
    const pf = await du(path.join(dist, 'pagefind'));
    const passages = await du(path.join(dist, PASSAGES_DIR));
    const size = { bytes: pf.bytes + passages.bytes, files: pf.files + passages.files };
    const metaFile = (await readdir(path.join(dist, 'pagefind'))).find((f) => f.endsWith('.pf_meta'));
    const metaBytes =
      (metaFile ? (await stat(path.join(dist, 'pagefind', metaFile))).size : 0) + gzipSync(await readFile(path.join(dist, PASSAGES_DIR, TABLE_FILE))).length;
    const pages = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.html')).length;
    const out = path.join(work, 'search.md');
    const bench = await run(process.execPath, ['scripts/bench-search.ts', '--dir', dist, '--systems', 'ours', '--random', String(opts.random), '--out', out, '--port', String(await freePort())], {}).catch((e: Error) => ({ seconds: 0, output: e.message }));
    const md = await readFile(out, 'utf8').catch(() => '');
    if (!md) console.error(`bench:search failed at N=${n}:\n${bench.output.slice(-3000)}`);
    // Keep the full query report (with any queries that missed) beside the scale table.
    else await writeFile(`bench/results/scale-search-${n}.md`, md);
    const row = /\| Exact passage search — passage level \| ([\d.]+) \| ([\d.]+) \| ([\d.]+%) \| [\d.]+ \| ([\d.]+) \| ([\d.]+) \| ([\d,]+) \| ([\d,]+) \|/.exec(md);
    const queries = Number(/Queries: (\d+)/.exec(md)?.[1] ?? 0);
    const num = (s?: string) => Number((s ?? 'NaN').replace(/,/g, ''));
    return {
      n,
      pages,
      buildSeconds: build,
      indexSeconds: index.seconds,
      indexPhases: indexPhases(index.output),
      indexBytes: size.bytes,
      indexFiles: size.files,
      metaBytes,
      queries,
      recall: row?.[1] ?? 'n/a',
      precision: row?.[2] ?? 'n/a',
      exactSet: row?.[3] ?? 'n/a',
      medianMs: num(row?.[4]),
      p95Ms: num(row?.[5]),
      meanBytes: num(row?.[6]),
      medianBytes: num(row?.[7]),
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The phase times from the indexer's summary line, or null. */
export function indexPhases(output: string): IndexPhases | null {
  const m = /read and add ([\d.]+) s, write ([\d.]+) s/.exec(output);
  return m ? { add: Number(m[1]), write: Number(m[2]) } : null;
}

export const formatPhases = (p: IndexPhases | null) => (p ? `${p.add} / ${p.write}` : 'n/a');

/**
 * How each cost grows from one N to the next, beside the growth of N itself: cost grows no
 * faster than linearly when no factor in a row exceeds N's.
 */
/** How many times `from` a cost grew to `to`, as ×1.23, or n/a. */
export const factor = (to: number, from: number) => (from > 0 && Number.isFinite(to) ? `×${(to / from).toFixed(2)}` : 'n/a');

export function growthTable(rows: ScaleRow[]): string {
  if (rows.length < 2) return '';
  const lines = rows.slice(1).map((r, i) => {
    const a = rows[i];
    const phase = (k: keyof IndexPhases) => factor(r.indexPhases?.[k] ?? NaN, a.indexPhases?.[k] ?? NaN);
    return `| ${a.n} → ${r.n} | ${factor(r.n, a.n)} | ${factor(r.buildSeconds, a.buildSeconds)} | ${factor(r.indexSeconds, a.indexSeconds)} | ${phase('add')} / ${phase('write')} | ${factor(r.buildSeconds + r.indexSeconds, a.buildSeconds + a.indexSeconds)} | ${factor(r.indexBytes, a.indexBytes)} | ${factor(r.metaBytes, a.metaBytes)} | ${factor(r.medianMs, a.medianMs)} | ${factor(r.p95Ms, a.p95Ms)} | ${factor(r.meanBytes, a.meanBytes)} |`;
  });
  return `## Growth

Each cost's factor from one N to the next, beside the factor of N. Cost grows no faster than linearly when no factor in a row exceeds N's.

| N | Reports | Build | Index | Index phases (add / write) | Build + index | Index size | Meta + table | Median ms | p95 ms | Mean KB/query |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${lines.join('\n')}
`;
}

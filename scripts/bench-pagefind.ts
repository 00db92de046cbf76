/**
 * npm run bench:pagefind: how Pagefind's own work on the passage index grows with the library,
 * and which part of the records drives it. The scale bench shows that index time grows faster
 * than N, in Pagefind's write; this finds out why.
 *
 * Builds one site with the largest N synthetic reports (or takes --site), makes every page's
 * passage record as scripts/search-index.ts does, then, in a fresh Pagefind process each time,
 * adds the first K records and writes the index, for each K and for each variant: the records as
 * indexed, each n-gram stream alone, and a third of the words chosen by hash (what one of three
 * vocabulary shards would hold). A variant keeps every word position (Pagefind counts '.' as a
 * position but indexes nothing), so only the indexed words differ. Prints Pagefind's write time,
 * its CPU time and peak memory (Linux /proc), and each one's growth beside K's. A benchmark,
 * never a test.
 *
 *   npm run bench:pagefind [-- --sizes 1000,5000 --site DIR]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { FILLER } from '../src/shared/search/ngrams.ts';
import { buildSite, factor, syntheticSite } from './bench/scale.ts';
import { check, eachPage, pageRecord, TOKEN_LANGUAGE } from '../src/build/search-index.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000' },
    /** A built site with at least max(sizes) content pages; by default one is built. */
    site: { type: 'string' },
    out: { type: 'string', default: 'bench/results/pagefind-growth.md' },
  },
});
const sizes = values.sizes!.split(',').map(Number).sort((a, b) => a - b);
const largest = sizes[sizes.length - 1];

type PageRecord = NonNullable<ReturnType<typeof pageRecord>>;

/** Position kept, nothing indexed: Pagefind strips it to an empty word. */
const HOLE = '.';
/** Which third of the words a word falls in (31-multiplier string hash; the committed results used it). */
const third = (s: string) => {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return (h >>> 0) % 3;
};
/** Keeps the words of one stream (0: 4-grams, 1: bigrams, 2: characters) in place. */
const stream = (k: number) => (words: string[]) => words.map((w, i) => (Math.floor((i * 3) / words.length) === k && w !== FILLER ? w : HOLE));

const VARIANTS: Array<{ name: string; words: (w: string[]) => string[] }> = [
  { name: 'As indexed (three streams)', words: (w) => w },
  { name: '4-grams only', words: stream(0) },
  { name: 'Bigrams only', words: stream(1) },
  { name: 'Characters only', words: stream(2) },
  { name: 'A third of the words, by hash', words: (w) => w.map((x) => (x !== FILLER && third(x) === 0 ? x : HOLE)) },
];

async function records(site: string, max: number): Promise<PageRecord[]> {
  const out: PageRecord[] = [];
  for await (const all of eachPage(site)) {
    const record = pageRecord(all);
    if (record) out.push(record);
    if (out.length === max) break;
  }
  if (out.length < max) throw new Error(`${site} has ${out.length} indexable pages; --sizes asks for ${max}`);
  return out;
}

/** The Pagefind service process just started by createIndex: the newest one. Null without Linux's /proc. */
function servicePid(): number | null {
  let pid: number | null = null;
  let procs: string[];
  try {
    procs = readdirSync('/proc').filter((x) => /^\d+$/.test(x));
  } catch {
    return null;
  }
  for (const d of procs) {
    try {
      const cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8');
      if (/pagefind[^\0]*\0--service/.test(cmd) && (pid === null || Number(d) > pid)) pid = Number(d);
    } catch {
      /* the process ended */
    }
  }
  return pid;
}
const cpuSeconds = (pid: number) => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(f[11]) + Number(f[12])) / 100;
};
const peakGB = (pid: number) => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 2 ** 20;

interface Measure {
  write: number;
  cpu: number;
  peak: number;
}

async function measure(recs: PageRecord[], words: (w: string[]) => string[], out: string): Promise<Measure> {
  const { index, errors } = await pagefind.createIndex({});
  check('createIndex', { errors });
  const pid = servicePid();
  try {
    const pending: Promise<unknown>[] = [];
    for (const r of recs) {
      pending.push(
        index!
          .addCustomRecord({ url: r.page, content: words(r.words).join(' '), language: TOKEN_LANGUAGE, meta: { title: r.title }, filters: r.filters })
          .then((a) => check(`record ${r.page}`, a)),
      );
      if (pending.length >= 16) await Promise.all(pending.splice(0, 8));
    }
    await Promise.all(pending);
    const c0 = pid ? cpuSeconds(pid) : NaN;
    const t0 = performance.now();
    check('write index', await index!.writeFiles({ outputPath: out }));
    return { write: (performance.now() - t0) / 1000, cpu: pid ? cpuSeconds(pid) - c0 : NaN, peak: pid ? peakGB(pid) : NaN };
  } finally {
    await pagefind.close();
    await rm(out, { recursive: true, force: true });
  }
}

const work = await mkdtemp(path.join(tmpdir(), 'shufa-pagefind-'));
/** The synthetic site's folder, when this run built one. */
let built: string | undefined;
try {
  let site = values.site;
  if (!site) {
    const synthetic = await syntheticSite(largest);
    built = synthetic.work;
    site = synthetic.dist;
    console.log(`building ${largest} synthetic reports in ${built}`);
    await buildSite(synthetic.env);
  }
  const all = await records(site, largest);
  const results = new Map<string, Map<number, Measure>>();
  for (const v of VARIANTS) {
    results.set(v.name, new Map());
    for (const k of sizes) {
      const m = await measure(all.slice(0, k), v.words, path.join(work, 'pagefind'));
      results.get(v.name)!.set(k, m);
      console.log(`${v.name}, ${k} records: write ${m.write.toFixed(1)} s, CPU ${m.cpu.toFixed(1)} s, peak ${m.peak.toFixed(2)} GB`);
    }
  }
  const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : 'n/a');
  const rows = VARIANTS.map((v) => {
    const r = results.get(v.name)!;
    const cells = sizes.map((k) => `${f1(r.get(k)!.write)} / ${f1(r.get(k)!.cpu)} / ${Number.isFinite(r.get(k)!.peak) ? r.get(k)!.peak.toFixed(2) : 'n/a'}`);
    const growth = sizes.slice(1).map((k, i) => {
      const [a, b] = [r.get(sizes[i])!, r.get(k)!];
      return `${factor(b.write, a.write)} / ${factor(b.cpu, a.cpu)} / ${factor(b.peak, a.peak)}`;
    });
    return `| ${v.name} | ${cells.join(' | ')} | ${growth.join(' | ')} |`;
  });
  const md = `# Pagefind's write: growth by part of the record

Generated by \`npm run bench:pagefind\` on ${new Date().toISOString().slice(0, 10)} (${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}). The first K page records of one site with ${largest} synthetic reports, made as scripts/search-index.ts makes them, are added to a fresh Pagefind process, which then writes the index. Each cell: write seconds / Pagefind CPU seconds / peak memory GB. A variant keeps every word position and indexes only some words (see scripts/bench-pagefind.ts). Growth is linear when a factor does not exceed K's.

| Variant | ${sizes.map((k) => `K = ${k}`).join(' | ')} | ${sizes
    .slice(1)
    .map((k, i) => `${sizes[i]} → ${k} (K ×${(k / sizes[i]).toFixed(2)})`)
    .join(' | ')} |
| --- | ${sizes.map(() => '---').join(' | ')} | ${sizes
    .slice(1)
    .map(() => '---')
    .join(' | ')} |
${rows.join('\n')}
`;
  await mkdir(path.dirname(values.out!), { recursive: true });
  await writeFile(values.out!, md);
  console.log(md);
} finally {
  await rm(work, { recursive: true, force: true });
  if (built) await rm(built, { recursive: true, force: true });
}

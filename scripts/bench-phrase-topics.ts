/**
 * npm run bench:phrase-topics: the HTML size of every topic page (/phrases/<topic>/) and of its
 * largest move page, for the bank as it is and for a synthetic bank with every phrase file
 * multiplied (default ×2; ×2.2 gives law-enforcement its 300 entries): each entry copied, in file
 * order, with the id suffix -copy-<k> and its wording and note unchanged, so the copies weigh what
 * real entries weigh (their ids are 7 characters longer). Shows which rows each topic page can afford
 * (topicRowDetail: note, counts or bare) and proves the pages stay under TOPIC_PAGE_BUDGET as the
 * bank grows. Prints a Markdown table; a benchmark, never a timed test.
 *
 *   npm run bench:phrase-topics [-- --factor 2.2]
 */
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { buildSite, syntheticSite } from './bench/scale.ts';

const { values } = parseArgs({ options: { factor: { type: 'string', default: '2' } } });
const factor = Number(values.factor);
const kb = (b: number) => (b / 1024).toFixed(1);

/** Multiplies every phrase file of a content copy to round(n × k) entries: copies in file order, ids suffixed. */
async function multiplyPhrases(content: string, k: number) {
  const dir = path.join(content, 'phrases');
  for (const f of (await readdir(dir)).filter((x) => x.endsWith('.yaml'))) {
    const entries = parse(await readFile(path.join(dir, f), 'utf8')) as { id: string }[];
    const n = entries.length;
    const copies = Array.from({ length: Math.round(n * k) - n }, (_, i) => ({ ...entries[i % n], id: `${entries[i % n].id}-copy-${Math.floor(i / n) + 2}` }));
    await writeFile(path.join(dir, f), stringify([...entries, ...copies]));
  }
}

/** Size, row detail and entry count of each topic page, and its largest move page. */
async function measure(dist: string) {
  const root = path.join(dist, 'phrases');
  const topics = (await readdir(path.join('src/content/topics'))).map((f) => f.replace(/\.(ya?ml|md)$/, ''));
  return Promise.all(
    topics.map(async (t) => {
      const html = await readFile(path.join(root, t, 'index.html'), 'utf8');
      const detail = html.includes('class="phrase__note"') ? 'note' : html.includes('class="phrase__tags"') ? 'counts' : 'bare';
      // Rows (ol.phrase-rows > li) and term tags: the only elements of a topic page with an id on an <li>.
      const rows = (html.match(/<li(?: class="[^"]*")? id="/g) ?? []).length;
      const moves = (await readdir(path.join(root, t), { withFileTypes: true })).filter((d) => d.isDirectory() && d.name !== 'evidence');
      const moveSizes = await Promise.all(moves.map(async (m) => ({ move: m.name, bytes: (await stat(path.join(root, t, m.name, 'index.html'))).size })));
      const largest = moveSizes.sort((a, b) => b.bytes - a.bytes)[0];
      return { topic: t, bytes: Buffer.byteLength(html), detail, rows, largest };
    }),
  );
}

const { work, dist, env } = await syntheticSite(0);
try {
  await multiplyPhrases(path.join(work, 'content'), factor);
  await buildSite(env);
  const rows = (await measure(dist)).sort((a, b) => b.bytes - a.bytes);
  console.log(`# Topic pages with every phrase file ×${factor}

| Topic | Rows | Topic page KB | Rows show | Largest move page | KB |
| --- | --- | --- | --- | --- | --- |
${rows.map((r) => `| ${r.topic} | ${r.rows} | ${kb(r.bytes)} | ${r.detail} | ${r.largest?.move ?? '—'} | ${r.largest ? kb(r.largest.bytes) : '—'} |`).join('\n')}
`);
} finally {
  await rm(work, { recursive: true, force: true });
}

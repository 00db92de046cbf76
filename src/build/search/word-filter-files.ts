/**
 * Writes the word filter (src/shared/search/word-filter.ts) from the index chunks Pagefind wrote,
 * so it holds exactly the words the index holds, and where each chunk starts. cborg (pure
 * JavaScript, no native add-on to build at install) reads Pagefind's CBOR.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import { CHUNKS_FILE } from '../../shared/search/passage-table.ts';
import { addWord, createWordFilter, type WordFilterInfo } from '../../shared/search/word-filter.ts';

/** Pagefind's files are gzip'd, then start with this signature before the CBOR body. */
const SIGNATURE = 'pagefind_dcd';

/** The words of one index chunk file (a WordIndex: [[word, pages, …], …]), in Pagefind's order. */
export function chunkWords(gz: Buffer): string[] {
  const raw = gunzipSync(gz);
  if (raw.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) throw new Error('not a Pagefind index chunk (no pagefind_dcd signature)');
  const index = decode(raw.subarray(SIGNATURE.length)) as [Array<[string, ...unknown[]]>];
  if (!Array.isArray(index?.[0])) throw new Error('unexpected Pagefind index chunk layout (Pagefind version changed?)');
  return index[0].map((w) => w[0]);
}

/**
 * What chunks.json holds for chunks given as [first word, last word]: in order, the shortest
 * start of each chunk's first word that sorts after the previous chunk's last word (the first
 * chunk's is ''). chunkOf over these is chunkOf over the first words, in a fraction of the bytes
 * (16-letter words become a few letters), which matters at thousands of chunks.
 */
export function chunkStarts(ranges: Array<[string, string]>): string[] {
  const sorted = [...ranges].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return sorted.map(([first], i) => {
    if (i === 0) return '';
    const last = sorted[i - 1][1];
    let k = 0;
    while (k < first.length && first[k] === last[k]) k++;
    return first.slice(0, k + 1);
  });
}

/**
 * Reads every chunk in `indexDir` (<site>/pagefind/index), writes the filter's partitions and
 * chunks.json to <passagesDir>/w-<hash>/, and returns where they are for the passage table.
 */
export async function writeWordFilter(indexDir: string, passagesDir: string): Promise<WordFilterInfo & { words: number }> {
  const files = (await readdir(indexDir)).filter((f) => f.endsWith('.pf_index')).map((f) => path.join(indexDir, f));
  // Two passes, so that no more than one chunk's words are held at a time (millions of words at
  // 5,000 reports): the first counts them and notes each chunk's first word, the second fills the filter.
  const ranges: Array<[string, string]> = [];
  let count = 0;
  for (const f of files) {
    const words = chunkWords(await readFile(f));
    ranges.push([words[0], words[words.length - 1]]);
    count += words.length;
  }
  const partitions = createWordFilter(count);
  for (const f of files) for (const w of chunkWords(await readFile(f))) addWord(partitions, w);
  const firsts = chunkStarts(ranges);
  const hash = createHash('sha256');
  for (const p of partitions) hash.update(p);
  hash.update(JSON.stringify(firsts));
  const dir = `w-${hash.digest('hex').slice(0, 12)}`;
  await mkdir(path.join(passagesDir, dir), { recursive: true });
  await Promise.all(partitions.map((p, i) => writeFile(path.join(passagesDir, dir, `${i}.bin`), p)));
  await writeFile(path.join(passagesDir, dir, CHUNKS_FILE), JSON.stringify(firsts));
  return { dir, partitions: partitions.length, words: count };
}

/**
 * The word filter: which index words exist, answered without loading Pagefind's index chunks.
 *
 * Pagefind stores the index in chunks of about 20,000 word locations (40–55 KB gzip'd here), and
 * to answer a word it loads the chunk whose range holds it, even when the word is not there. A
 * query with no exact match usually has one n-gram that occurs nowhere, so without this filter it
 * loaded a chunk per n-gram only to find nothing. The filter is a Bloom filter of every index
 * word, split into partitions of PARTITION_BYTES by a hash of the word, so a lookup fetches one
 * small partition per word. “Absent” is certain (no false negatives); “present” is wrong for
 * about 1% of absent words, which then cost the chunk load they cost before and still match
 * nothing. The indexer (src/build/search-index.ts) builds it from the words Pagefind wrote.
 *
 * It also keeps where each index chunk starts, in order, so the 相近结果 search (near.ts)
 * can tell which words share a chunk with words already looked up.
 */

/** One partition: 8,192 bits. */
export const PARTITION_BYTES = 1024;
const PARTITION_BITS = PARTITION_BYTES * 8;
/** About 1% false positives at 10 bits per word with 7 probes. */
const BITS_PER_WORD = 10;
const PROBES = 7;

/** What the search page needs to find a word's partition; stored in the passage table. */
export interface WordFilterInfo {
  /** Folder under pagefind-passages/ holding <i>.bin; named by a hash of the filter, so it never mixes builds. */
  dir: string;
  partitions: number;
}

/** 32-bit FNV-1a over the UTF-16 units of `s`, from `seed`. */
function fnv1a(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // Final avalanche (from MurmurHash3's fmix32): FNV alone leaves the low bits of similar words close.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

/** The partition of a word, and its PROBES bit positions within it (double hashing). */
export function probes(word: string, partitions: number): { partition: number; bits: number[] } {
  const partition = fnv1a(word, 0x811c9dc5) % partitions;
  const h1 = fnv1a(word, 0x9747b28c);
  const h2 = fnv1a(word, 0x5bd1e995) | 1;
  const bits: number[] = [];
  for (let i = 0; i < PROBES; i++) bits.push(((h1 + Math.imul(i, h2)) >>> 0) % PARTITION_BITS);
  return { partition, bits };
}

/** Partitions for `count` distinct words. */
export const partitionsFor = (count: number) => Math.max(1, Math.ceil((count * BITS_PER_WORD) / PARTITION_BITS));

/** Empty partitions (each PARTITION_BYTES long) for `count` distinct words. */
export const createWordFilter = (count: number): Uint8Array[] => Array.from({ length: partitionsFor(count) }, () => new Uint8Array(PARTITION_BYTES));

/** Adds a word to the partitions. */
export function addWord(filter: Uint8Array[], word: string): void {
  const { partition, bits } = probes(word, filter.length);
  for (const b of bits) filter[partition][b >> 3] |= 1 << (b & 7);
}

/** The partitions holding every word of `words` (`count` of them, distinct). */
export function buildWordFilter(words: Iterable<string>, count: number): Uint8Array[] {
  const filter = createWordFilter(count);
  for (const word of words) addWord(filter, word);
  return filter;
}

/** Whether `word` may be in the filter, given its partition's bytes. */
export function mayContain(partition: Uint8Array, word: string, partitions: number): boolean {
  return probes(word, partitions).bits.every((b) => (partition[b >> 3] & (1 << (b & 7))) !== 0);
}

/**
 * The index chunk Pagefind loads for `word`, from where the chunks start: each chunk's first word,
 * or any start of it that sorts after the previous chunk's last word (chunks.json holds the
 * shortest). Pagefind orders words by their bytes; index words are ASCII, so string order is
 * byte order.
 */
export function chunkOf(firstWords: readonly string[], word: string): number {
  let lo = 0;
  let hi = firstWords.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (firstWords[mid] <= word) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

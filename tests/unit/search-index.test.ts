import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fragmentUrl } from '../../src/build/search-index.ts';
import { readTable, tableEntry } from '../../src/shared/search/passage-table.ts';
import { buildWordFilter, chunkOf } from '../../src/shared/search/word-filter.ts';
import { chunkStarts } from '../../src/build/search/word-filter-files.ts';
import { httpStore } from '../../src/browser/search/http-store.ts';

describe('the passage table', () => {
  it('reads a record URL from the start of a Pagefind fragment without inflating the rest', () => {
    const url = '/reports/a-"b"/';
    const body = JSON.stringify({ url, content: randomBytes(20_000).toString('hex'), word_count: 1 });
    const gz = gzipSync(Buffer.from(`pagefind_dcd${body}`));
    expect(gz.length).toBeGreaterThan(4096);
    expect(fragmentUrl(gz)).toBe(url);
    expect(() => fragmentUrl(gzipSync(Buffer.from('pagefind_dcd{"content":"x"}')))).toThrow(/without a url/);
  });
  it('stores heading passages as negative lengths and reads back the layout', () => {
    const entry = tableEntry('f1', 7, [
      { length: 5, heading: true },
      { length: 12, heading: false },
      { length: 1, heading: false },
    ]);
    expect(entry).toEqual(['f1', 7, -5, 12, 1]);
    const info = readTable({ rec: entry }).get('rec')!;
    expect(info).toEqual({ file: 'f1', order: 7, headings: [true, false, false], phrases: [0, 0, 0], layout: { starts: [0, 6, 19], lengths: [5, 12, 1], slots: 20 } });
  });
  it('stores a phrase entry with its phrase length, for the exact-match ranking', () => {
    const entry = tableEntry('f1', 2, [
      { length: 3, heading: true },
      { length: 20, heading: false, phrase: 4 },
    ]);
    expect(entry).toEqual(['f1', 2, -3, [20, 4]]);
    expect(readTable({ rec: entry }).get('rec')).toMatchObject({ headings: [true, false], phrases: [0, 4], layout: { starts: [0, 4], lengths: [3, 20] } });
  });
  describe('httpStore', () => {
    afterEach(() => vi.unstubAllGlobals());
    it('loads the table once per visit, and tries again after a failed load', async () => {
      const table = { records: { rec: tableEntry('f1', 1, [{ length: 2, heading: false }]) }, words: { dir: 'w-x', partitions: 1 } };
      const fetchMock = vi
        .fn()
        .mockResolvedValueOnce(new Response('busy', { status: 503 }))
        .mockImplementation(async () => new Response(JSON.stringify(table)));
      vi.stubGlobal('fetch', fetchMock);
      const store = httpStore('/base/');
      await expect(store.records()).rejects.toThrow('/base/pagefind-passages/table.json: HTTP 503');
      expect((await store.records()).get('rec')?.file).toBe('f1');
      await store.records();
      expect(fetchMock).toHaveBeenCalledTimes(2);
    });
    it('answers word lookups from the filter partitions, each fetched once', async () => {
      const words = ['zzaaaa', 'zybbbbcccc', 'abcdabcdabcdabcd'];
      const partitions = buildWordFilter(words, words.length);
      const table = { records: {}, words: { dir: 'w-abc', partitions: partitions.length } };
      const fetchMock = vi.fn(async (url: string) =>
        url.endsWith('table.json') ? new Response(JSON.stringify(table)) : new Response(partitions[Number(/(\d+)\.bin$/.exec(url)![1])].buffer as ArrayBuffer),
      );
      vi.stubGlobal('fetch', fetchMock);
      const store = httpStore('/base/');
      expect(await store.mayHave([...words, 'zzzzzz'])).toEqual([true, true, true, false]);
      expect(await store.mayHave(words)).toEqual([true, true, true]);
      const bins = fetchMock.mock.calls.map(([u]) => u).filter((u) => u.endsWith('.bin'));
      expect(bins.every((u) => u.startsWith('/base/pagefind-passages/w-abc/'))).toBe(true);
      expect(new Set(bins).size).toBe(bins.length);
    });
  });
});

describe('chunkStarts (chunks.json)', () => {
  it('keeps the shortest start of each chunk that sorts after the previous chunk, and every word of a chunk maps to it', () => {
    const ranges: Array<[string, string]> = [
      ['bfqpbweb', 'bivsbiwl'],
      ['aaaa', 'bfqpazzz'],
      ['bivsbiwm', 'zyzz'],
    ];
    const starts = chunkStarts(ranges);
    expect(starts).toEqual(['', 'bfqpb', 'bivsbiwm']);
    // Every word inside a chunk's range maps to that chunk (a word between two chunks is in neither,
    // and the word filter keeps absent words from being looked up).
    const inside: Array<[string, number]> = [['aaaa', 0], ['abc', 0], ['bfqpazzz', 0], ['bfqpbweb', 1], ['bhhh', 1], ['bivsbiwl', 1], ['bivsbiwm', 2], ['zyzz', 2]];
    for (const [w, chunk] of inside) expect(chunkOf(starts, w), w).toBe(chunk);
  });
});

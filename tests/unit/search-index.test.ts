import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fragmentUrl } from '../../scripts/search-index.ts';
import { readTable, tableEntry } from '../../src/scripts/search/passage-table.ts';

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
    expect(info).toEqual({ file: 'f1', order: 7, headings: [true, false, false], layout: { starts: [0, 6, 19], lengths: [5, 12, 1], slots: 20 } });
  });
});

/**
 * Combined static facet pages (src/build/facets.ts), used by the report index and the catalogue of
 * public reports: paths in fixed order, counts for the current view, only non-empty values, every
 * non-empty selection a page; and phrase chips (src/build/chips.ts) merging contained phrases.
 */
import { describe, expect, test } from 'vitest';
import { FacetIndex, facetPath, pagePath, restParam, type Facet } from '../../src/build/facets.ts';
import { mergeContained } from '../../src/build/chips.ts';

interface Item { type: string; level: string; year: number }
const items: Item[] = [
  { type: 'a', level: 'town', year: 2024 },
  { type: 'a', level: 'town', year: 2023 },
  { type: 'a', level: 'county', year: 2024 },
  { type: 'b', level: 'town', year: 2024 },
  { type: 'b', level: 'city', year: 2022 },
];
type K = 'type' | 'level' | 'year';
const facets: Facet<Item, K>[] = [
  { key: 'type', label: '类型', values: ['a', 'b', 'c'].map((t) => ({ slug: t, label: t.toUpperCase(), match: (x: Item) => x.type === t })) },
  { key: 'level', label: '层级', values: ['city', 'county', 'town'].map((l) => ({ slug: l, label: l, match: (x: Item) => x.level === l })) },
  { key: 'year', label: '年度', values: [2024, 2023, 2022].map((y) => ({ slug: String(y), label: `${y}年度`, match: (x: Item) => x.year === y })) },
];
const index = new FacetIndex('/list/', items, facets);

describe('facet paths', () => {
  test('chosen facets in fixed order, the others left out; pages after the first under page/<n>/', () => {
    expect(facetPath('/list/', ['type', 'level', 'year'], { year: '2024', type: 'a' })).toBe('/list/type/a/year/2024/');
    expect(index.path({})).toBe('/list/');
    expect(pagePath('/list/level/town/', 1)).toBe('/list/level/town/');
    expect(pagePath('/list/level/town/', 3)).toBe('/list/level/town/page/3/');
    expect(restParam('/list/', '/list/level/town/page/3/')).toBe('level/town/page/3');
    expect(restParam('/list/', '/list/')).toBeUndefined();
  });
});

describe('views', () => {
  test('counts are for the current view and values with no item are left out', () => {
    const v = index.view({ type: 'a' });
    expect(v.shown).toEqual(items.slice(0, 3));
    expect(v.chosen).toEqual(['A']);
    const group = (k: K) => v.groups.find((g) => g.key === k)!;
    // Type keeps its other values with counts of the other facets' view (none chosen): a 3, b 2, no c.
    expect(group('type').values.map((x) => [x.slug, x.count, x.active, x.path])).toEqual([
      ['a', 3, true, '/list/type/a/'],
      ['b', 2, false, '/list/type/b/'],
    ]);
    expect(group('type').clearPath).toBe('/list/');
    expect(group('type').clearCount).toBe(5);
    // Level counts only type a: no city.
    expect(group('level').values.map((x) => [x.slug, x.count, x.path])).toEqual([
      ['county', 1, '/list/type/a/level/county/'],
      ['town', 2, '/list/type/a/level/town/'],
    ]);
    expect(group('level').clearPath).toBeUndefined();
  });

  test('two facets combined list exactly the items with both values', () => {
    const v = index.view({ type: 'b', level: 'town' });
    expect(v.shown).toEqual([items[3]]);
    expect(v.groups.find((g) => g.key === 'year')!.values.map((x) => [x.slug, x.count])).toEqual([['2024', 1]]);
    expect(v.groups.find((g) => g.key === 'level')!.clearPath).toBe('/list/type/b/');
  });

  test('every selection that lists an item is a page, and no other', () => {
    const paths = index.selections().map((s) => index.path(s)).sort();
    const expected = new Set<string>();
    for (const x of items) {
      for (let m = 1; m < 8; m++) {
        expected.add(index.path({ ...(m & 1 ? { type: x.type } : {}), ...(m & 2 ? { level: x.level } : {}), ...(m & 4 ? { year: String(x.year) } : {}) }));
      }
    }
    expect(paths).toEqual([...expected].sort());
    for (const s of index.selections()) expect(index.view(s).shown.length).toBeGreaterThan(0);
  });
});

describe('phrase chips', () => {
  const text = (s: string) => s;
  test('a phrase another contains goes under the longest that contains it; order of the heads kept', () => {
    const phrases = ['尊法学法守法用法', '法治建设第一责任人', '学法守法用法', '带头尊法学法守法用法', '述法', '年终述法', '依法行政能力'];
    expect(mergeContained(phrases, text)).toEqual([
      { head: '法治建设第一责任人', parts: [] },
      { head: '带头尊法学法守法用法', parts: ['尊法学法守法用法', '学法守法用法'] },
      { head: '年终述法', parts: ['述法'] },
      { head: '依法行政能力', parts: [] },
    ]);
  });

  test('containment ignores punctuation, as matching does', () => {
    expect(mergeContained(['同部署、同推进、同督促', '与业务工作同部署、同推进、同督促、同考核、同奖惩', '同部署同推进同督促同考核'], text)).toEqual([
      { head: '与业务工作同部署、同推进、同督促、同考核、同奖惩', parts: ['同部署同推进同督促同考核', '同部署、同推进、同督促'] },
    ]);
  });
});

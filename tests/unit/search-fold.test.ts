import { describe, expect, it, vi } from 'vitest';
import { fold, foldChar, foldWithMap } from '../../src/shared/search/fold.ts';
import { correctedQuery, CONFUSIONS } from '../../src/shared/search/confusions.ts';
import { parseQuery } from '../../src/shared/search/query.ts';
import { matchRanges, verify } from '../../src/shared/search/verify.ts';
import { t2sPairs, t2sTableSource } from '../../scripts/lib/t2s-table.ts';
import { readFile } from 'node:fs/promises';

describe('fold', () => {
  it('folds traditional characters to simplified', () => {
    expect(fold('法治政府建設')).toBe('法治政府建设');
    expect(fold('依法執政、嚴格執法')).toBe('依法执政严格执法');
    expect(parseQuery('法治政府建設').terms).toEqual(parseQuery('法治政府建设').terms);
  });
  it('leaves simplified text as normalize() leaves it', () => {
    expect(fold('“八五”普法，ＡＢＣ１２３')).toBe('八五普法abc123');
  });
  it('drops invisible and formatting characters: Cf, soft hyphen, variation selectors', () => {
    for (const ch of ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u200e', '\ufe0f', '\ufe00', '\u{e0100}']) {
      expect(fold(`法${ch}治`), JSON.stringify(ch)).toBe('法治');
    }
    expect(parseQuery('法\u200b治').terms).toEqual(['法治']);
  });
  it('keeps the block break, so no match runs across blocks', () => {
    expect(fold('法\u2029治')).toBe('法\u2029治');
  });
  it('maps every folded character back to its offset in the original', () => {
    const text = '“法\u200b治”政府建設';
    const { norm, map } = foldWithMap(text);
    expect(norm).toBe('法治政府建设');
    expect(map).toEqual([1, 3, 5, 6, 7, 8]);
    expect(matchRanges(text, ['政府建设'])).toEqual([[5, 9]]);
    expect(verify('法治政府建設', ['法治政府建设'])).toBe(1);
  });
  it('is the committed table generated from OpenCC’s TSCharacters (rerun scripts/search-t2s-table.ts when this fails)', async () => {
    const committed = await readFile('src/shared/search/t2s-table.ts', 'utf8');
    const pairs = await t2sPairs();
    expect(committed).toBe(t2sTableSource(pairs));
    expect(pairs.length).toBeGreaterThan(2900);
    // Every pair decodes back: fold maps each traditional character to OpenCC's first candidate.
    for (const [from, to] of pairs) expect(foldChar(from), from).toBe(to);
  });
});

describe('correctedQuery', () => {
  it('corrects the known confusions, word by word', () => {
    expect(correctedQuery('法制政府')).toBe('法治政府');
    expect(correctedQuery('人民当家做主')).toBe('人民当家作主');
    expect(correctedQuery('法制政府 当家做主')).toBe('法治政府 当家作主');
    expect(correctedQuery('法\u200b制政府')).toBe('法治政府');
  });
  it('returns null when nothing is confused, keeping the query as typed', () => {
    expect(correctedQuery('法治政府')).toBeNull();
    expect(correctedQuery('亲自督办 法治')).toBeNull();
  });
  it('offers a correction for correct words too: the page shows it only when the typed query has no result', () => {
    // 法制审核 is a correct word; the page checks that it has no exact result before offering 法治审核.
    expect(correctedQuery('法制审核')).toBe('法治审核');
  });
  it('keeps each confusion with its basis', () => {
    for (const c of CONFUSIONS) expect(c.basis).toMatch(/official-phrases\.md/);
  });
});


describe('the fold table is installed, not imported', () => {
  it('folding without it throws, unless the caller deferred it; installing it completes the folding', async () => {
    vi.resetModules();
    const fresh = await import('../../src/shared/search/fold.ts');
    expect(() => fresh.fold('法治政府建設')).toThrow(/t2s-install/);
    fresh.deferT2S();
    expect(fresh.fold('法治\u200b政府建設')).toBe('法治政府建設');
    expect(fresh.t2sInstalled()).toBe(false);
    const { T2S_STEPS, T2S_OFFSETS } = await import('../../src/shared/search/t2s-table.ts');
    fresh.installT2S(T2S_STEPS, T2S_OFFSETS);
    expect(fresh.fold('法治政府建設')).toBe('法治政府建设');
    expect(fresh.hasTraditional('法治政府建設')).toBe(true);
    expect(fresh.hasTraditional('法治政府建设')).toBe(false);
  });
});

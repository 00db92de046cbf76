import { describe, expect, it } from 'vitest';
import { encodeChar, pageTokens, passageAt, passageLayout, termPlan } from '../../src/shared/search/ngrams.ts';

/** The query words of one term, as the engine sends them to Pagefind. */
const termTokens = (term: string) => termPlan(term).map((p) => p.token);
import { BLOCK_BREAK, normalize } from '../../src/shared/normalize.ts';

/** The tokens of a page with one passage. */
const passageTokens = (norm: string) => pageTokens([norm]).tokens;

/** Pagefind matches every query word as a prefix of indexed words; AND across words. */
const pagefindMatches = (indexTokens: string[], query: string[]) => query.every((q) => indexTokens.some((t) => t.startsWith(q)));

function rng(seed: number) {
  return () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

describe('n-gram tokens', () => {
  it('encodes each character as four lower-case Latin letters, one-to-one', () => {
    const chars = ['法', '治', 'a', '1', '八', '𠀀', '😀', 'Ａ'];
    const codes = chars.map(encodeChar);
    for (const c of codes) expect(c).toMatch(/^[a-z]{4}$/);
    expect(new Set(codes).size).toBe(chars.length);
  });

  it('clamps code points above U+3FFFF to one shared code, so no code starts with a stream marker', () => {
    expect(encodeChar('\u{E0061}')).toBe(encodeChar('\u{10FFFF}'));
    for (const c of ['法', 'a', '1', '𠀀', '😀', '\u{3FFFF}', '\u{10FFFF}']) expect(encodeChar(c)).toMatch(/^[a-o]/);
  });

  it('indexes three streams, one word per character each: 4-grams, zy bigrams, zz unigrams, with zx filler at the end', () => {
    const t = passageTokens('八五普法');
    const [ba, wu, pu, fa] = ['八', '五', '普', '法'].map(encodeChar);
    expect(t).toEqual([ba + wu + pu + fa, 'zx', 'zx', 'zx', 'zy' + ba + wu, 'zy' + wu + pu, 'zy' + pu + fa, 'zx', ...[ba, wu, pu, fa].map((c) => 'zz' + c)]);
    expect(passageTokens('法')).toEqual(['zx', 'zx', 'zz' + fa]);
    expect(passageTokens('')).toEqual([]);
  });

  it('lays passages out with one empty slot between them, where every stream holds the filler', () => {
    const [fa, zhi, jian] = ['法', '治', '建'].map(encodeChar);
    const { tokens, slots } = pageTokens(['法治', '建']);
    expect(slots).toBe(4);
    expect(tokens).toEqual(['zx', 'zx', 'zx', 'zx', 'zy' + fa + zhi, 'zx', 'zx', 'zx', 'zz' + fa, 'zz' + zhi, 'zx', 'zz' + jian]);
    const layout = passageLayout([2, 1]);
    expect(layout).toEqual({ starts: [0, 3], lengths: [2, 1], slots: 4 });
    expect([0, 1, 2, 3].map((s) => passageAt(layout, s))).toEqual([0, 0, -1, 1]);
    expect(passageAt(passageLayout([]), 0)).toBe(-1);
  });

  it('treats a block break inside a passage as an empty slot, so no n-gram spans it', () => {
    const [fa, zhi, jian] = ['法', '治', '建'].map(encodeChar);
    const { tokens, slots } = pageTokens([`法治${BLOCK_BREAK}建`]);
    expect(slots).toBe(4);
    expect(tokens).toEqual(['zx', 'zx', 'zx', 'zx', 'zy' + fa + zhi, 'zx', 'zx', 'zx', 'zz' + fa, 'zz' + zhi, 'zx', 'zz' + jian]);
    expect(normalize(`法治，${BLOCK_BREAK}“建”`)).toBe(`法治${BLOCK_BREAK}建`);
    expect(pagefindMatches(tokens, termTokens('治建'))).toBe(false);
  });

  it('plans a zz unigram for one character, zy bigrams for two or three, else 4-grams at offsets 0, 4, 8 … plus the last', () => {
    expect(termPlan('法')).toEqual([{ token: 'zz' + encodeChar('法'), stream: 2, offset: 0 }]);
    expect(termPlan('普法')).toEqual([{ token: 'zy' + encodeChar('普') + encodeChar('法'), stream: 1, offset: 0 }]);
    expect(termPlan('八五普').map((p) => p.offset)).toEqual([0, 1]);
    expect(termPlan('八五普法')).toEqual([{ token: ['八', '五', '普', '法'].map(encodeChar).join(''), stream: 0, offset: 0 }]);
    expect(termPlan('依法治国理').map((p) => p.offset)).toEqual([0, 1]);
    expect(termPlan('学法守法用法').map((p) => p.offset)).toEqual([0, 2]);
    expect(termPlan('学法守法用法学法').map((p) => p.offset)).toEqual([0, 4]);
    expect(termPlan('学法守法用法学法守').map((p) => p.offset)).toEqual([0, 4, 5]);
    expect(termPlan('')).toEqual([]);
  });

  it('never plans the filler, and no query word is a prefix of another stream (Pagefind prefix-matches and falls back to prefixes)', () => {
    const words = ['法', '普法', '八五普', '八五普法', '学法守法用法学法守'].flatMap((t) => termPlan(t).map((p) => p.token));
    const index = passageTokens('学法守法用法八五普法');
    for (const w of words) {
      expect(w).not.toBe('zx');
      // An indexed word that starts with a query word is that word itself.
      for (const x of index) if (x.startsWith(w)) expect(x).toBe(w);
      // No indexed word is a proper prefix of a query word.
      for (const x of index) if (w.startsWith(x)) expect(x).toBe(w);
    }
  });

  it('recall is 1 by construction: every substring of a passage finds that passage', () => {
    const random = rng(7);
    const alphabet = Array.from('法治建设依法行政普八五学守用a1Ｂ，。“”');
    for (let n = 0; n < 200; n++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 30) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const norm = normalize(text);
      const tokens = passageTokens(norm);
      const chars = Array.from(norm);
      for (let i = 0; i < chars.length; i++) {
        for (let j = i + 1; j <= Math.min(chars.length, i + 10); j++) {
          expect(pagefindMatches(tokens, termTokens(chars.slice(i, j).join('')))).toBe(true);
        }
      }
    }
  });

  it('one- and two-character terms match exactly (no false positives)', () => {
    const tokens = passageTokens(normalize('依法治国，法治政府'));
    expect(pagefindMatches(tokens, termTokens('治国'))).toBe(true);
    expect(pagefindMatches(tokens, termTokens('国法'))).toBe(true);
    expect(pagefindMatches(tokens, termTokens('法国'))).toBe(false);
    expect(pagefindMatches(tokens, termTokens('府'))).toBe(true);
    expect(pagefindMatches(tokens, termTokens('党'))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { encodeChar, passageTokens, termPlan } from '../../src/scripts/search/ngrams.ts';

/** The query words of one term, as the engine sends them to Pagefind. */
const termTokens = (term: string) => termPlan(term).map((p) => p.token);
import { normalize } from '../../src/lib/normalize.ts';

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

  it('clamps code points beyond the 4-letter range to one shared code (false positives only)', () => {
    expect(encodeChar('\u{E0061}')).toBe('zzzz');
    expect(encodeChar('\u{10FFFF}')).toBe('zzzz');
  });

  it('indexes one token per character (bigrams, then the last unigram), then every character as a zz unigram word', () => {
    const t = passageTokens('八五普法');
    expect(t).toHaveLength(8);
    expect(t[0]).toBe(encodeChar('八') + encodeChar('五'));
    expect(t[3]).toBe(encodeChar('法'));
    expect(t.slice(4)).toEqual(['八', '五', '普', '法'].map((c) => 'zz' + encodeChar(c)));
    // No bigram or unigram code of ordinary text starts with the unigram marker.
    for (const c of ['法', 'a', '1', '𠀀', '😀']) expect(encodeChar(c).startsWith('zz')).toBe(false);
    expect(passageTokens('')).toEqual([]);
  });

  it('plans the zz unigram for one character, otherwise bigrams at offsets 0, 2, 4 … plus the last', () => {
    expect(termPlan('法')).toEqual([{ token: 'zz' + encodeChar('法'), offset: 0 }]);
    expect(termPlan('普法')).toEqual([{ token: encodeChar('普') + encodeChar('法'), offset: 0 }]);
    expect(termPlan('学法守法用法').map((p) => p.offset)).toEqual([0, 2, 4]);
    expect(termPlan('依法治国理政').map((p) => p.offset)).toEqual([0, 2, 4]);
    expect(termPlan('依法治国理').map((p) => p.offset)).toEqual([0, 2, 3]);
    expect(termPlan('')).toEqual([]);
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

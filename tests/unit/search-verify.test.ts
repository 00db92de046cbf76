import { describe, expect, it } from 'vitest';
import { countOccurrences, excerptSegments, matchRanges, verify } from '../../src/shared/search/verify.ts';

describe('verify', () => {
  it('matches across punctuation and quotes', () => {
    expect(verify('持续抓好“八五”普法宣传', ['八五普法'])).toBe(1);
    expect(verify('带头学法、守法、用法', ['学法守法用法'])).toBe(1);
    expect(verify('八五 普法', ['八五普法'])).toBe(1);
    expect(verify('八五计划，普及法律', ['八五普法'])).toBe(0);
  });
  it('requires every term', () => {
    expect(verify('依法行政，依法治国', ['依法', '治国'])).toBe(3);
    expect(verify('依法行政', ['依法', '治国'])).toBe(0);
    expect(verify('依法行政', [])).toBe(0);
  });
  it('counts non-overlapping occurrences', () => {
    expect(countOccurrences('法法法', '法法')).toBe(1);
    expect(countOccurrences('法治法治', '法治')).toBe(2);
    expect(countOccurrences('abc', '')).toBe(0);
  });
});

describe('matchRanges', () => {
  it('maps normalised matches back to the original text', () => {
    const text = '持续抓好“八五”普法宣传';
    const [[a, b]] = matchRanges(text, ['八五普法']);
    expect(text.slice(a, b)).toBe('八五”普法');
  });
  it('merges overlapping ranges and handles astral characters', () => {
    const text = '𠀀依法治国';
    const ranges = matchRanges(text, ['依法', '法治']);
    expect(ranges).toHaveLength(1);
    expect(text.slice(...ranges[0])).toBe('依法治');
    expect(text.slice(...matchRanges(text, ['𠀀依'])[0])).toBe('𠀀依');
  });
  it('matches full-width Latin', () => {
    const text = '推行ＡＢＣ模式';
    expect(text.slice(...matchRanges(text, ['abc'])[0])).toBe('ＡＢＣ');
  });
});

describe('excerptSegments', () => {
  it('keeps short text whole and marks the matches', () => {
    const text = '持续抓好“八五”普法宣传';
    const segs = excerptSegments(text, matchRanges(text, ['八五普法']));
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.filter((s) => s.mark).map((s) => s.text)).toEqual(['八五”普法']);
  });
  it('windows long text around the first match', () => {
    const text = `${'甲'.repeat(300)}亲自督办${'乙'.repeat(300)}`;
    const segs = excerptSegments(text, matchRanges(text, ['亲自督办']), 100);
    expect(segs[0].text).toBe('…');
    expect(segs[segs.length - 1].text).toBe('…');
    expect(segs.some((s) => s.mark && s.text === '亲自督办')).toBe(true);
    expect(segs.map((s) => s.text).join('').length).toBeLessThanOrEqual(103);
  });
  it('never cuts into a phrase entry’s phrase: the window starts at it or after it', () => {
    const phrase = `对法治建设${'重要工作亲自部署'.repeat(6)}`;
    const text = `${phrase}\u2029说明${'丙'.repeat(300)}`;
    const joined = (terms: string[], whole: number) => excerptSegments(text, matchRanges(text, terms), 100, whole).map((s) => s.text).join('');
    // A match late in the phrase: without `whole` the window starts inside it.
    expect(joined(['说明'], 0).startsWith('…')).toBe(true);
    expect(joined(['说明'], 0).startsWith(`…${phrase}`)).toBe(false);
    // With it, from the phrase's start, and still reaching the match.
    expect(joined(['说明'], phrase.length).startsWith(phrase)).toBe(true);
    expect(joined(['说明'], phrase.length)).toContain('说明');
    // A match far into the note: after the phrase, never inside it.
    const far = `${phrase}\u2029${'丙'.repeat(200)}亲自督办${'丁'.repeat(200)}`;
    const segs = excerptSegments(far, matchRanges(far, ['亲自督办']), 100, phrase.length).map((s) => s.text).join('');
    expect(segs).toContain('亲自督办');
    expect(segs.slice(1).startsWith(far.slice(phrase.length, phrase.length + 5)) || segs.includes(`…${'丙'.repeat(5)}`)).toBe(true);
    expect(segs).not.toContain('部署');
  });
});

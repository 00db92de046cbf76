/**
 * Exact verification of a candidate passage, and the ranges to highlight.
 * Matching is on fold()ed text (fold.ts), the same function the index and the benchmark use.
 */
import { fold, foldWithMap } from './fold.ts';

/** Non-overlapping occurrences of `term` in `norm`. */
export function countOccurrences(norm: string, term: string): number {
  if (!term) return 0;
  let n = 0;
  for (let i = norm.indexOf(term); i !== -1; i = norm.indexOf(term, i + term.length)) n++;
  return n;
}

/** Occurrences of all terms when the passage contains every term, else 0. */
export function verify(text: string, terms: string[]): number {
  if (terms.length === 0) return 0;
  const norm = fold(text);
  let total = 0;
  for (const term of terms) {
    const n = countOccurrences(norm, term);
    if (n === 0) return 0;
    total += n;
  }
  return total;
}

/**
 * Where the terms occur in the original text, as merged, sorted [start, end) UTF-16 ranges,
 * so “八五”普法 yields the range covering 八五”普法 for the term 八五普法.
 */
export function matchRanges(text: string, terms: string[]): Array<[number, number]> {
  const { norm, map } = foldWithMap(text);
  // foldWithMap maps code points; index it by UTF-16 unit like String#indexOf.
  const unitMap: number[] = [];
  Array.from(norm).forEach((c, k) => {
    for (let u = 0; u < c.length; u++) unitMap.push(map[k]);
  });
  const ranges: Array<[number, number]> = [];
  for (const term of terms) {
    const len = term.length;
    if (!len) continue;
    for (let i = norm.indexOf(term); i !== -1; i = norm.indexOf(term, i + 1)) {
      const last = unitMap[i + len - 1];
      const cp = text.codePointAt(last) ?? 0;
      ranges.push([unitMap[i], last + (cp > 0xffff ? 2 : 1)]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const prev = merged[merged.length - 1];
    if (prev && r[0] <= prev[1]) prev[1] = Math.max(prev[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * An excerpt of `text` as plain/marked segments: the whole text when short, otherwise a window
 * of about `max` characters starting a little before the first match, with … at cut ends. The
 * first `whole` characters (a phrase entry's phrase) are never cut into: the window starts at 0
 * or after them, and one that starts at 0 reaches at least to the first match.
 */
export function excerptSegments(text: string, ranges: Array<[number, number]>, max = 160, whole = 0): Segment[] {
  let start = 0;
  let end = text.length;
  if (text.length > max) {
    const [first, firstEnd] = ranges[0] ?? [0, 0];
    start = Math.max(0, Math.min(first - 30, text.length - max));
    // Inside the phrase: from its start when the first match then still shows (or is in the phrase), else just after it.
    if (start > 0 && start < whole) start = first < whole || firstEnd + 30 <= max ? 0 : whole;
    end = Math.min(text.length, Math.max(start + max, firstEnd + 30));
    // Never cut inside a surrogate pair.
    if (start > 0 && /[\uDC00-\uDFFF]/.test(text[start])) start--;
    if (end < text.length && /[\uDC00-\uDFFF]/.test(text[end])) end++;
  }
  const segments: Segment[] = [];
  const push = (s: string, mark: boolean) => {
    if (s) segments.push({ text: s, mark });
  };
  if (start > 0) push('…', false);
  let pos = start;
  for (const [a, b] of ranges) {
    if (b <= start || a >= end) continue;
    const s = Math.max(a, start);
    const e = Math.min(b, end);
    push(text.slice(pos, s), false);
    push(text.slice(s, e), true);
    pos = e;
  }
  push(text.slice(pos, end), false);
  if (end < text.length) push('…', false);
  return segments;
}

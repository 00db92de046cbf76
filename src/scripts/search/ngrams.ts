/**
 * N-gram tokens for the passage index.
 *
 * Pagefind tokenises on whitespace and runs its own Chinese word segmentation, which would
 * split and merge Chinese n-grams unpredictably. So every character of normalised text is
 * encoded as four lower-case Latin letters (its code point in base 26), a string Pagefind keeps
 * whole: no segmentation (ASCII), no stemming (the zh-cn index has no stemmer), no splitting
 * (no digits, capitals or punctuation inside a token).
 *
 * A passage is indexed as one token per character position: the bigram starting there, or the
 * unigram for the last character. Pagefind matches every query word as a prefix, so a unigram
 * query token finds every position where that character starts a token, i.e. every occurrence
 * of the character, and a bigram query token finds exactly that bigram. A term therefore can
 * only occur in a passage whose tokens include all of the term's query tokens: recall is 1 by
 * construction; verification against the passage text removes the false positives.
 */

const WIDTH = 4;
const A = 97;
/** 26^4 − 1: code points above it (unassigned planes, tags, private use) share one code. */
const MAX = 26 ** WIDTH - 1;

export function encodeChar(ch: string): string {
  let cp = Math.min(ch.codePointAt(0) ?? 0, MAX);
  let s = '';
  for (let i = 0; i < WIDTH; i++) {
    s = String.fromCharCode(A + (cp % 26)) + s;
    cp = Math.floor(cp / 26);
  }
  return s;
}

/**
 * Marks a unigram word. Pagefind expands a query word to only a limited number of indexed words
 * that start with it, so a one-character query must not rely on prefix-matching the bigrams:
 * each character is also indexed as its own word, 'zz' + code, which no bigram starts with
 * (a code starting 'zz' needs a code point above U+6F000, outside any text this site holds).
 */
export const UNIGRAM = 'zz';

/**
 * Index tokens of a normalised passage. Words 0 … n−1: one per character position, the bigram
 * starting there (the unigram code for the last character), so word positions are character
 * positions. Words n … 2n−1: each character as a 'zz' unigram word, for one-character queries.
 */
export function passageTokens(norm: string): string[] {
  const chars = Array.from(norm).map(encodeChar);
  return [...chars.map((c, i) => (i + 1 < chars.length ? c + chars[i + 1] : c)), ...chars.map((c) => UNIGRAM + c)];
}

/**
 * The tokens that pin down a term exactly, with their offsets in the term: the unigram for a
 * one-character term, otherwise bigrams at offsets 0, 2, 4 … plus the last one, which together
 * cover every character. A passage contains the term at position p exactly when, for every
 * (token, offset), Pagefind reports that token at word position p + offset (one word per
 * character: see passageTokens). So matching needs only index chunks, never fragments.
 */
export function termPlan(normTerm: string): { token: string; offset: number }[] {
  const chars = Array.from(normTerm).map(encodeChar);
  if (chars.length === 0) return [];
  if (chars.length === 1) return [{ token: UNIGRAM + chars[0], offset: 0 }];
  const plan: { token: string; offset: number }[] = [];
  for (let i = 0; i + 1 < chars.length; i += 2) plan.push({ token: chars[i] + chars[i + 1], offset: i });
  const last = chars.length - 2;
  if (plan[plan.length - 1].offset !== last) plan.push({ token: chars[last] + chars[last + 1], offset: last });
  return plan;
}

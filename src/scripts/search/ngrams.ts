/**
 * N-gram tokens for the passage index.
 *
 * Pagefind tokenises on whitespace and runs its own Chinese word segmentation, which would
 * split and merge Chinese n-grams unpredictably. So every character of normalised text is
 * encoded as four lower-case Latin letters (its code point in base 26), a string Pagefind keeps
 * whole: no segmentation (ASCII), no stemming (the zh-cn index has no stemmer), no splitting
 * (no digits, capitals or punctuation inside a token).
 *
 * A passage of n characters is indexed as three streams of n words each, one word per character
 * position, so that within a stream word positions are character positions:
 *
 *   words 0 … n−1     the 4-gram starting at each position (long terms: few, rare tokens);
 *   words n … 2n−1    'zy' + the bigram starting there (two- and three-character terms);
 *   words 2n … 3n−1   'zz' + the character itself (one-character terms).
 *
 * Where a stream runs out of characters at the end of the passage, the position holds the filler
 * word 'zx'. No query ever asks for it, and it is never a prefix of a query word. That matters:
 * when a query word matches nothing, Pagefind falls back to the longest indexed word that is a
 * prefix of it, so a shorter n-gram here would turn an absent term into false hits.
 *
 * Why 4-grams: Pagefind's cost for one query word grows with the square of the number of
 * passages holding it (it scans the word's postings for each result). A 4-gram is far rarer than
 * a bigram, and a long term needs a quarter of its length in 4-grams rather than half in bigrams.
 */

const WIDTH = 4;
const A = 97;
/**
 * Code points above U+3FFFF (unassigned planes, tags, private use) share one code, so every
 * character code starts with a letter from a to o and never with the stream markers below.
 */
const MAX = 0x3ffff;

export function encodeChar(ch: string): string {
  let cp = Math.min(ch.codePointAt(0) ?? 0, MAX);
  let s = '';
  for (let i = 0; i < WIDTH; i++) {
    s = String.fromCharCode(A + (cp % 26)) + s;
    cp = Math.floor(cp / 26);
  }
  return s;
}

/** Stream markers: no character code starts with 'z' (see MAX). */
export const BIGRAM = 'zy';
export const UNIGRAM = 'zz';
/** Fills the stream positions where the n-gram would run past the end of the passage. */
export const FILLER = 'zx';
/** Length of the long n-grams in the first stream. */
export const LONG = 4;

/** The n-gram of `size` codes starting at each position, or FILLER where it would run past the end. */
const stream = (codes: string[], size: number, prefix = '') =>
  codes.map((_, i) => (i + size <= codes.length ? prefix + codes.slice(i, i + size).join('') : FILLER));

/** Index tokens of a normalised passage: the 4-gram, bigram and unigram streams (see above). */
export function passageTokens(norm: string): string[] {
  const codes = Array.from(norm).map(encodeChar);
  return [...stream(codes, LONG), ...stream(codes, 2, BIGRAM), ...codes.map((c) => UNIGRAM + c)];
}

export interface PlannedToken {
  token: string;
  /** Character offset of the token within the term. */
  offset: number;
}

/**
 * The tokens that pin down a term exactly, with their offsets in the term. One character: its
 * unigram. Two or three: the bigrams at offsets 0 and L−2. Four or more: 4-grams at offsets
 * 0, 4, 8 … plus the last one at L−4, which together cover every character. All tokens of a term
 * come from one stream, so a passage contains the term at position p exactly when, for every
 * (token, offset), Pagefind reports that token at word position p + offset. Matching therefore
 * needs only index chunks, never fragments.
 */
export function termPlan(normTerm: string): PlannedToken[] {
  const codes = Array.from(normTerm).map(encodeChar);
  const n = codes.length;
  if (n === 0) return [];
  if (n === 1) return [{ token: UNIGRAM + codes[0], offset: 0 }];
  const size = n < LONG ? 2 : LONG;
  const prefix = size === 2 ? BIGRAM : '';
  const offsets: number[] = [];
  for (let i = 0; i + size <= n; i += size) offsets.push(i);
  if (offsets[offsets.length - 1] !== n - size) offsets.push(n - size);
  return offsets.map((offset) => ({ token: prefix + codes.slice(offset, offset + size).join(''), offset }));
}

/**
 * N-gram tokens for the passage index.
 *
 * Pagefind tokenises on whitespace and runs its own Chinese word segmentation, which would
 * split and merge Chinese n-grams unpredictably. So every character of normalised text is
 * encoded as four lower-case Latin letters (its code point in base 26), a string Pagefind keeps
 * whole: no segmentation (ASCII), no stemming (private language code), no splitting
 * (no digits, capitals or punctuation inside a token).
 *
 * One record holds one page. Its passages' normalised texts are laid out one after another with
 * one empty slot between passages, and the record is indexed as three streams of `slots` words
 * each, one word per slot, so that within a stream word positions are slot positions:
 *
 *   words 0 … s−1      the 4-gram starting at each slot (long terms: few, rare tokens);
 *   words s … 2s−1     'zy' + the bigram starting there (two- and three-character terms);
 *   words 2s … 3s−1    'zz' + the character itself (one-character terms).
 *
 * Where an n-gram would cross the empty slot between passages or run past the end of the page,
 * the position holds the filler word 'zx'. So no token spans two passages, and a match maps to
 * one passage (passageLayout). A BLOCK_BREAK inside a passage is an empty slot too, so no token
 * spans two blocks of one passage either. No query ever asks for the filler, and it is never a
 * prefix of a query word. That matters: when a query word matches nothing, Pagefind falls back
 * to the longest indexed word that is a prefix of it, so a shorter n-gram here would turn an
 * absent term into false hits.
 *
 * Why pages and 4-grams: Pagefind's work for one query word grows with the square of the number
 * of records holding it (it scans the word's postings once per result). Records per page bound
 * that by the number of pages, not passages; and a 4-gram is far rarer than a bigram, and a long
 * term needs a quarter of its length in 4-grams rather than half in bigrams.
 */

import { BLOCK_BREAK } from '../normalize.ts';

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

/**
 * The n-gram of `size` codes starting at each slot, or FILLER where it would cross an empty slot
 * (null) or run past the end.
 */
function stream(codes: (string | null)[], size: number, prefix = ''): string[] {
  return codes.map((_, i) => {
    if (i + size > codes.length) return FILLER;
    const gram = codes.slice(i, i + size);
    return gram.includes(null) ? FILLER : prefix + gram.join('');
  });
}

/** Index tokens of a page from its passages' normalised texts: the three streams (see above). */
export function pageTokens(passages: string[]): { tokens: string[]; slots: number } {
  const codes: (string | null)[] = [];
  passages.forEach((text, i) => {
    if (i > 0) codes.push(null);
    for (const ch of text) codes.push(ch === BLOCK_BREAK ? null : encodeChar(ch));
  });
  return { tokens: [...stream(codes, LONG), ...stream(codes, 2, BIGRAM), ...stream(codes, 1, UNIGRAM)], slots: codes.length };
}

/** Where a record's passages sit in each stream, from their lengths in characters. */
export interface PassageLayout {
  /** First slot of each passage. */
  starts: number[];
  lengths: number[];
  /** Slots per stream: the characters plus one empty slot between passages. */
  slots: number;
}

export function passageLayout(lengths: number[]): PassageLayout {
  const starts: number[] = [];
  let slot = 0;
  for (const n of lengths) {
    starts.push(slot);
    slot += n + 1;
  }
  return { starts, lengths, slots: Math.max(0, slot - 1) };
}

/** The passage holding a slot, or −1 for an empty slot. */
export function passageAt(layout: PassageLayout, slot: number): number {
  let lo = 0;
  let hi = layout.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (layout.starts[mid] <= slot) lo = mid;
    else hi = mid - 1;
  }
  return slot >= layout.starts[lo] && slot < layout.starts[lo] + layout.lengths[lo] ? lo : -1;
}

export interface PlannedToken {
  token: string;
  /** Stream of the token: 0 for 4-grams, 1 for bigrams, 2 for unigrams. */
  stream: number;
  /** Character offset of the token within the term. */
  offset: number;
}

/**
 * The tokens that pin down a term exactly, with their offsets in the term. One character: its
 * unigram. Two or three: the bigrams at offsets 0 and L−2. Four or more: 4-grams at offsets
 * 0, 4, 8 … plus the last one at L−4, which together cover every character. All tokens of a term
 * come from one stream, so a page holds the term at slot p exactly when, for every
 * (token, offset), Pagefind reports that token at word position stream × slots + p + offset.
 * Matching therefore needs only index chunks and the passage table, never fragments.
 */
export function termPlan(normTerm: string): PlannedToken[] {
  const codes = Array.from(normTerm).map(encodeChar);
  const n = codes.length;
  if (n === 0) return [];
  if (n === 1) return [{ token: UNIGRAM + codes[0], stream: 2, offset: 0 }];
  const size = n < LONG ? 2 : LONG;
  const prefix = size === 2 ? BIGRAM : '';
  const offsets: number[] = [];
  for (let i = 0; i + size <= n; i += size) offsets.push(i);
  if (offsets[offsets.length - 1] !== n - size) offsets.push(n - size);
  const stream = size === 2 ? 1 : 0;
  return offsets.map((offset) => ({ token: prefix + codes.slice(offset, offset + size).join(''), stream, offset }));
}

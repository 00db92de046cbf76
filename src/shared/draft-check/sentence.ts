/**
 * The sentence around an offset, shared by the checks that judge a figure or a year by the words
 * beside it. Each check chooses which characters end a sentence: some read ；！？ as ends too.
 */

/** 。 and a line break: the ends every check agrees on. */
export const SENTENCE_STOPS = /[。\n]/;

export interface SentenceOptions {
  /** The end of the span the sentence must contain; the start by default. */
  end?: number;
  /** The characters that end a sentence (tested one at a time). */
  stops?: RegExp;
  /**
   * How far past `end` to look for a stop: a guard for drafts with no punctuation for pages. When
   * none is found within it the sentence runs to the end of the text.
   */
  ahead?: number;
  /** How far before `start` to look for a stop, the same guard backwards: without one the sentence starts there. */
  behind?: number;
}

/** Where the sentence (or clause, with clause stops) holding an offset starts: just after the previous stop, or `behind` before it. */
export function startBefore(text: string, at: number, stops: RegExp = SENTENCE_STOPS, behind = Infinity): number {
  const limit = Math.max(0, at - behind);
  let s = at;
  while (s > limit && !stops.test(text[s - 1]!)) s--;
  return s;
}

/** The sentence (back to the previous stop, on to the next) around [start, end), with where it starts. */
export function sentenceAround(text: string, start: number, options: SentenceOptions = {}): { start: number; text: string } {
  const { end = start, stops = SENTENCE_STOPS, ahead = Infinity, behind = Infinity } = options;
  const s = startBefore(text, start, stops, behind);
  const limit = Math.min(text.length, end + ahead);
  let e = end;
  while (e < limit && !stops.test(text[e]!)) e++;
  return { start: s, text: text.slice(s, e < limit ? e : text.length) };
}

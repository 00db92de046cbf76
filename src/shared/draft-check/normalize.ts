/**
 * Normalisation for matching. Drafts come from Word, PDF conversions and 范文 sites:
 * spaces inside sentences, full-width Latin letters and digits, zero-width characters.
 * Literal patterns are matched on a normalised copy; `map` takes every normalised
 * offset back to the original so findings point at the text as the writer gave it.
 */

export interface Normalised {
  text: string;
  /** map[i] = original offset of normalised char i; map[text.length] = original length. */
  map: number[];
}

/** Characters dropped before matching: whitespace other than newlines, and zero-width marks. */
const DROP = /[ \t\u00a0\u3000\u200b-\u200d\u2060\ufeff\r]/;

/** Quotation marks writers mix: curly, straight, single, corner. All match alike (“两个确立” = "两个确立" = ‘两个确立’). */
const QUOTES = /["'“”‘’「」『』＂＇]/;

/** Fold one character: full-width ASCII (！ to ～) to half-width, so ＸＸ and XX match alike; every quotation mark to ". */
export function foldChar(c: string): string {
  if (QUOTES.test(c)) return '"';
  const code = c.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xfee0); // ０-９
  if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) return String.fromCharCode(code - 0xfee0); // Ａ-Ｚ ａ-ｚ
  return c;
}

/** Normalise a pattern the same way as the text, so both sides agree. */
export function normalisePattern(p: string): string {
  let out = '';
  for (const c of p) if (!DROP.test(c)) out += foldChar(c);
  return out;
}

export function normalise(original: string): Normalised {
  const chars: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const c = original[i]!;
    if (DROP.test(c)) continue;
    chars.push(foldChar(c));
    map.push(i);
  }
  map.push(original.length);
  return { text: chars.join(''), map };
}

/** Original [start, end) for a normalised [start, end): end maps to one past the last kept char. */
export function toOriginal(n: Normalised, start: number, end: number): [number, number] {
  const s = n.map[start]!;
  const e = end > start ? n.map[end - 1]! + 1 : s;
  return [s, e];
}

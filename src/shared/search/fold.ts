/**
 * Search folding: what search compares, for queries and indexed text alike.
 *
 * fold(text) = normalize(text) (src/shared/normalize.ts: width, case, whitespace, punctuation and
 * symbols), then, character by character:
 *  - invisible and formatting characters are dropped: Unicode category Cf (zero-width space and
 *    joiners, soft hyphen, BOM, bidi marks …), variation selectors (FE00–FE0F, E0100–E01EF),
 *    the combining grapheme joiner and the Hangul fillers, which render as nothing;
 *  - traditional characters become simplified (t2s-table.ts, generated from OpenCC).
 * Each step maps one character to at most one, so a match in folded text maps back to the
 * original text (foldWithMap) for highlighting.
 *
 * It is search-specific on purpose: phrase grounding and the draft check keep normalize().
 */
import { normalize, normalizeWithMap } from '../normalize.ts';
import { T2S_OFFSETS, T2S_STEPS } from './t2s-table.ts';

const INVISIBLE = /^[\p{Cf}\u034f\u115f\u1160\u3164\uffa0\ufe00-\ufe0f\u{e0100}-\u{e01ef}]$/u;

let table: Map<string, string> | undefined;
function t2s(): Map<string, string> {
  if (!table) {
    table = new Map();
    const steps = T2S_STEPS.split(',');
    const offsets = T2S_OFFSETS.split(',');
    let cp = 0;
    steps.forEach((step, i) => {
      cp += parseInt(step, 36);
      table!.set(String.fromCodePoint(cp), String.fromCodePoint(cp + parseInt(offsets[i], 36)));
    });
  }
  return table;
}

/** One normalised character folded: '' for an invisible one, else its simplified form. */
export function foldChar(c: string): string {
  if (INVISIBLE.test(c)) return '';
  return t2s().get(c) ?? c;
}

/** Like normalizeWithMap: the folded text and, per folded code point, its UTF-16 offset in `text`. */
export function foldWithMap(text: string): { norm: string; map: number[] } {
  const n = normalizeWithMap(text);
  let norm = '';
  const map: number[] = [];
  Array.from(n.norm).forEach((c, k) => {
    const f = foldChar(c);
    if (!f) return;
    norm += f;
    map.push(n.map[k]);
  });
  return { norm, map };
}

/** The folded text (as foldWithMap(text).norm, without the map). */
export function fold(text: string): string {
  let out = '';
  for (const c of normalize(text)) out += foldChar(c);
  return out;
}

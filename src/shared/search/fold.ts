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
 *
 * The conversion table is 8 KB of the search page's download, and most queries and passages
 * have no traditional character. So this module does not import it: Node code imports
 * t2s-install.ts once, which installs it; the search page calls deferT2S() and installs the
 * table only when a query or a page file needs it (src/browser/search/t2s.ts). Folding without
 * the table, and without deferT2S(), throws rather than quietly folding less.
 */
import { normalize, normalizeWithMap } from '../normalize.ts';

const INVISIBLE = /^[\p{Cf}\u034f\u115f\u1160\u3164\uffa0\ufe00-\ufe0f\u{e0100}-\u{e01ef}]$/u;

let table: Map<string, string> | undefined;
let deferred = false;
const NONE = new Map<string, string>();

/** Installs the table from t2s-table.ts's two lists (t2s-install.ts passes them). */
export function installT2S(stepList: string, offsetList: string): void {
  const map = new Map<string, string>();
  const offsets = offsetList.split(',');
  let cp = 0;
  stepList.split(',').forEach((step, i) => {
    cp += parseInt(step, 36);
    map.set(String.fromCodePoint(cp), String.fromCodePoint(cp + parseInt(offsets[i], 36)));
  });
  table = map;
}

/** For the search page: fold without the table until it is installed; the page re-folds then. */
export function deferT2S(): void {
  deferred = true;
}

export const t2sInstalled = (): boolean => table !== undefined;

function t2s(): Map<string, string> {
  if (table) return table;
  if (deferred) return NONE;
  throw new Error('fold(): the traditional→simplified table is not installed; import src/shared/search/t2s-install.ts first');
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

/** Whether the text holds a character the table converts (the indexer flags such page files). */
export function hasTraditional(text: string): boolean {
  const map = t2s();
  for (const c of normalize(text)) if (map.has(c)) return true;
  return false;
}

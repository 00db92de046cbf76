/**
 * Text normalisation shared by search, phrase grounding and concordances.
 * Two strings "match" when their normalised forms match: width folded (NFKC),
 * Latin lower-cased, and all whitespace, punctuation and symbols (quotes, 、，。《》“” …) removed,
 * except BLOCK_BREAK.
 * So 八五普法 matches “八五”普法, and 学法守法用法 matches 学法、守法、用法.
 */
const DROP = /(?!\u2029)[\s\p{P}\p{S}]/gu;

/**
 * Marks where one block (paragraph, list item) ends and the next begins inside one search
 * passage. normalize() keeps it, and a query can never contain it (queries split on
 * whitespace, which includes it), so no match runs from one block into the next.
 */
export const BLOCK_BREAK = '\u2029';

export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(DROP, '');
}

/**
 * Normalises and keeps, for every kept character, its offset in the original string,
 * so a match found in normalised text can be highlighted in the original.
 */
export function normalizeWithMap(text: string): { norm: string; map: number[] } {
  let norm = '';
  const map: number[] = [];
  let offset = 0;
  for (const ch of text) {
    const folded = ch.normalize('NFKC').toLowerCase().replace(DROP, '');
    for (const c of folded) {
      norm += c;
      map.push(offset);
    }
    offset += ch.length;
  }
  return { norm, map };
}

/** Slot marker of a 句式模板: 〔次数〕. */
export const SLOT = /〔[^〕]*〕/g;

/**
 * Turns a template such as 全年开展法治宣传活动〔次数〕次 into a regular expression over
 * normalised text: each slot matches 1–20 characters, the fixed parts match literally.
 */
export function templateToRegExp(template: string): RegExp {
  const parts = template.split(SLOT).map((p) => normalize(p).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(parts.join('.{1,20}?'), 'u');
}

export const isTemplate = (text: string) => /〔[^〕]*〕/.test(text);

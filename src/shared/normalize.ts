/**
 * Text normalisation shared by search, phrase grounding and concordances.
 * Two strings "match" when their normalised forms match: width folded (NFKC),
 * Latin lower-cased, and all whitespace, punctuation and symbols (quotes, 、，。《》“” …) removed,
 * except BLOCK_BREAK.
 * So 八五普法 matches “八五”普法, and 学法守法用法 matches 学法、守法、用法.
 */
import { escapeRegExp } from './escape-regexp.ts';

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
 * Level slots: a slot that stands for the level or organ in a name that varies by level, so one
 * entry covers every form. 全面依法治〔县〕委员会 matches 全面依法治省委员会, 全面依法治市委员会,
 * 全面依法治县委员会, 全面依法治区委员会 … and nothing else (not 全面依法治国委员会): a level slot
 * matches exactly one of its forms, where any other slot matches 1–20 characters. Grounding, the
 * 标出规范表述 marks (src/shared/phrase-spans.ts), the draft checker (literal patterns, one per
 * form) and search (each phrase entry lists its forms in its search passage, src/components/phrases/PhraseEntry.astro)
 * all read this one table.
 */
export const LEVEL_SLOTS: Readonly<Record<string, readonly string[]>> = {
  /** A level of local government, town included: 全面依法治县/市/区/镇. */
  '〔县〕': ['省', '市', '州', '盟', '县', '区', '旗', '镇', '乡'],
  /** The township level: 镇、乡、街道. */
  '〔镇〕': ['镇', '乡', '街道'],
  /** A department's own short name: 局党组, 委党组, 厅党组 … */
  '〔局〕': ['局', '委', '办', '厅', '院', '署', '中心'],
};

export const isLevelSlot = (slot: string) => Object.hasOwn(LEVEL_SLOTS, slot);

/** Whether a wording has a level slot such as 〔县〕. */
export const hasLevelSlot = (text: string) => [...text.matchAll(SLOT)].some((m) => isLevelSlot(m[0]));

/**
 * Every form a wording with level slots stands for, in table order: 全面依法治〔县〕委员会 →
 * 全面依法治省委员会, 全面依法治市委员会, … Two level slots vary together when they are the same
 * slot (〔县〕委全面依法治〔县〕办 → 县委全面依法治县办, not 县委全面依法治市办). Other slots are
 * kept as written. A wording without level slots is its only form.
 */
export function levelForms(text: string): string[] {
  const slots = [...new Set([...text.matchAll(SLOT)].map((m) => m[0]).filter(isLevelSlot))];
  let forms = [text];
  for (const slot of slots) forms = forms.flatMap((f) => LEVEL_SLOTS[slot].map((form) => f.replaceAll(slot, form)));
  return forms;
}

/**
 * The regular-expression source of one slot over normalised text: a level slot is an
 * alternation of its forms (longest first), any other slot 1–20 characters.
 */
export function slotSource(slot: string, max = 20): string {
  const forms = LEVEL_SLOTS[slot];
  if (!forms) return `.{1,${max}}?`;
  return `(?:${[...forms].sort((a, b) => b.length - a.length).map((f) => escapeRegExp(normalize(f))).join('|')})`;
}

/**
 * Turns a template such as 全年开展法治宣传活动〔次数〕次 into a regular expression over
 * normalised text: each slot matches 1–20 characters (a level slot one of its forms), the fixed
 * parts match literally.
 */
export function templateToRegExp(template: string): RegExp {
  const slots = [...template.matchAll(SLOT)].map((m) => m[0]);
  const parts = template.split(SLOT).map((p) => escapeRegExp(normalize(p)));
  return new RegExp(parts.map((p, i) => (i === 0 ? p : slotSource(slots[i - 1]) + p)).join(''), 'u');
}

export const isTemplate = (text: string) => /〔[^〕]*〕/.test(text);

/**
 * A count granted before 但 (旁听庭审虽已组织12人次，但…; 尽管开展普法活动40场，但…): the problems section concedes work
 * already told, so the count refers back to it and names no new doer or measure of its own.
 */
import { SENTENCE_BREAK } from './checks/figures.ts';

/** The concession word and what may follow it before the count (虽已, 尽管共). */
export const CONCEDED = /(?:虽然?|尽管)(?:已经|已|共|累计)?/u;

/** Whether the words before a count concede it and the sentence goes on to 但. */
export function grantedBeforeBut(text: string, clauseBefore: string, end: number): boolean {
  if (!CONCEDED.test(clauseBefore)) return false;
  const stop = text.slice(end).search(SENTENCE_BREAK);
  return text.slice(end, stop < 0 ? text.length : end + stop).includes('但');
}

/**
 * A count that ends its clause right before ，但 (三是全年开展专题学法12次，但学用转化还不够): granted without 虽 (round 56,
 * v57c-number-mismatch-04), the 但 alone conceding it. Only where the draft looks back on its year; the caller checks that.
 */
export const grantedByBut = (text: string, end: number): boolean => /^[，,]\s*但(?!是否)/u.test(text.slice(end));

/**
 * A figure the plans section stands on (在调解成功率93.6%的基础上进一步提升, 在本年度集体学法7次的基础上, 在已实行告知承诺制的
 * 30项证明事项基础上扩大范围): the year's own figure looked back on, not a target, so it must agree with the body. The
 * clause holds 在 before the figure and closes with 基础上 after it, with no target word in it (力争在…的基础上).
 */
import { CLAUSE_BREAK } from './checks/figures.ts';
import { startBefore } from './sentence.ts';
import { TARGET } from './restated-measures.ts';

/** 基础上 closing the clause within a few words after the figure (…现场述法经验的基础上). */
const BASE_AFTER = /^[^，。；,;\n]{0,16}?基础上/u;
/** Words making the figure a new step rather than the base (新增, 再, 扩大到). */
const STEP = /新增|增加|再|扩大到|提高到|提升到/u;

export function isPlanBaseline(text: string, start: number, end: number): boolean {
  const base = BASE_AFTER.exec(text.slice(end));
  if (!base) return false;
  // The figure's own words count too: a rate's name may open with 在 (在调解成功率93.6%).
  const clause = text.slice(startBefore(text, start, CLAUSE_BREAK), end);
  if (!clause.includes('在')) return false;
  // A target anywhere in the clause (力争在…的基础上) makes the base a plan's too.
  const span = clause + base[0];
  return !TARGET.test(span.replace(/达到/u, '')) && !STEP.test(span);
}

/**
 * The report's own data cut-off set at the end of an earlier year (本报告数据统计截至2023年12月31日, 统计时间截止到2023年底,
 * in a report on 2024): a report is on the year just ended (requirements.md 二), so its figures run to that year's end
 * or later, never to the end of a year before it. Only the cut-off of the data or statistics themselves (数据, 统计 right
 * before 截至); a baseline told in a clause of its own (截至2023年底，全县累计…, 据统计，截至…) stays silent.
 */
import type { YearScope } from './last-year-work.ts';
import { sentenceAround } from './sentence.ts';

/** 数据 or 统计, a few words of the same clause, 截至 or 截止, then an earlier year's end (12月31日, 12月底, 底, 末). */
const DATA_CUTOFF = /(?:数据|统计)[^。；，,、\n]{0,8}?(?:截至|截止(?:到|至|于|日期为|时间为|日为)?)[^\S\n]*((?:19|20)\d{2})\s*年(?:\s*12\s*月(?:\s*31\s*日|底|末)?|底|末)/gu;

/** Offsets of cut-off years before the reported year. */
export function earlierDataCutoffs({ year, text, skipped }: Pick<YearScope, 'year' | 'text' | 'skipped'>): number[] {
  const found: number[] = [];
  for (const m of text.matchAll(DATA_CUTOFF)) {
    if (Number(m[1]) >= year) continue;
    const at = m.index + m[0].lastIndexOf(m[1]!);
    if (!skipped(at)) found.push(at);
  }
  return found;
}

/** A plan's words: a cut-off the work is to be done by, not when the year's work was counted. */
const PLANNED = /将|拟|计划|力争|预计|争取|确保/u;

/** A claim of the report's own year (今年以来, 本年度, 全年) before a cut-off of 截至 (or 截止到) a year and month. */
const OWN_YEAR_CUTOFF = /(?:今年以来|本年度|今年|全年)[^。；\n]{0,12}?(?:截至|截止(?:到|至)?)[^\S\n]*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月/gu;

/**
 * Round 54: the year's own account cut off in another year (今年以来，截至2027年12月底已完成年度目标任务, in a report on
 * 2026). The year's count runs to a date within that year or, for data counted while the report is written, a date of
 * the next year before the 落款 (截至2027年1月15日 in a report signed in March stays silent). `signed` is the 落款's
 * month (year × 12 + month), or undefined when there is none: then a cut-off in the next year's second half.
 */
export function ownYearCutoffsElsewhere({ year, text, skipped }: Pick<YearScope, 'year' | 'text' | 'skipped'>, signed: number | undefined): number[] {
  const found: number[] = [];
  for (const m of text.matchAll(OWN_YEAR_CUTOFF)) {
    const y = Number(m[1]);
    const month = y * 12 + Number(m[2]);
    const pastSigning = y > year && (signed !== undefined ? month > signed : Number(m[2]) > 6);
    if (!pastSigning) continue;
    const at = m.index + m[0].lastIndexOf(m[1]!);
    if (!skipped(at) && !PLANNED.test(sentenceAround(text, at).text)) found.push(at);
  }
  return found;
}

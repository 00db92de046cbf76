/**
 * The report's own data cut-off set at the end of an earlier year (本报告数据统计截至2023年12月31日, 统计时间截止到2023年底,
 * in a report on 2024): a report is on the year just ended (requirements.md 二), so its figures run to that year's end
 * or later, never to the end of a year before it. Only the cut-off of the data or statistics themselves (数据, 统计 right
 * before 截至); a baseline told in a clause of its own (截至2023年底，全县累计…, 据统计，截至…) stays silent.
 */
import type { YearScope } from './last-year-work.ts';

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

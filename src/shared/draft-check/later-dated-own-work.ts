/**
 * Round 42: the report's own work of its year dated in a month of the next year by which the report was long written
 * (2025年6月，乡政府召开专题会议部署本年度矛盾纠纷排查 in a report on 2024): the sentence claims the report's year for the
 * work (本年度, 今年, 全年) while its date lies months after that year, so one of the two is a slip. A cut-off after the year
 * (截至2025年3月，本年度受理的案件已全部办结), a plan (将, 计划) or a sentence naming another year is left alone.
 */
import { sentenceAround } from './sentence.ts';

/** A year and month (2025年6月, 2025年6月10日), the year and month captured. */
const YEAR_MONTH = /(?<![\d—–\-~～至到])(\d{4})\s*年\s*(\d{1,2})\s*月/gu;
/** Words that claim the report's own year for the sentence's work; 全年目标 or 全年任务 is a plan's word. */
const CLAIMS_REPORT_YEAR = /本年度|今年|(?<![年度])全年(?!(?:的)?(?:目标|任务|计划|指标))/u;
/** A cut-off or a span: the date is when the year's work was counted or how long it ran, not when it was done. */
const CUT_OFF_OR_SPAN = /(?:截至|截止|至|到|—|–|-|～|~)\s*$/u;

/**
 * Offsets of the years of such dates. `from` is the first month of the next year that no report on the year is still
 * being written in; `future` the words of a plan; `skipped` the title and signoff lines and the plan sections.
 */
export function laterDatedOwnWork(text: string, year: number, from: number, future: RegExp, skipped: (at: number) => boolean): number[] {
  const found: number[] = [];
  for (const m of text.matchAll(YEAR_MONTH)) {
    if (Number(m[1]) !== year + 1 || Number(m[2]) < from || Number(m[2]) > 12) continue;
    const { start, text: sentence } = sentenceAround(text, m.index);
    if (CUT_OFF_OR_SPAN.test(sentence.slice(0, m.index - start))) continue;
    const years = [...sentence.matchAll(/(?<!\d)(\d{4})\s*年/gu)].filter((y) => Number(y[1]) !== year + 1);
    if (years.length || !CLAIMS_REPORT_YEAR.test(sentence) || future.test(sentence) || skipped(m.index)) continue;
    found.push(m.index);
  }
  return found;
}

/**
 * Results of a year after the reported one held up as already won: 在巩固2027年工作成果的基础上 among the plans of a
 * report on 2026 (round 44). A report is written when its year has just ended, so what it consolidates, keeps or
 * builds on is the reported year's or an earlier year's; a later year's results do not exist yet. Only a verb of
 * keeping straight before the year, and results, gains or experience in the same clause.
 */
import type { YearScope } from './last-year-work.ts';

const KEPT_LATER_RESULTS = /(?:巩固|保持|延续|巩固拓展|巩固提升|用好|放大)(?:好|住)?\s*((?:19|20)\d{2})\s*年度?(?![—–\-~～至到])[^，,。；\n\d]{0,10}?(?:成果|成效|成绩|经验|态势)/gu;

/** Offsets of the later years whose results a report says it consolidates. */
export function laterYearConsolidated({ year, text, skipped }: Pick<YearScope, 'year' | 'text' | 'skipped'>): number[] {
  const found: number[] = [];
  for (const m of text.matchAll(KEPT_LATER_RESULTS)) {
    const at = m.index + m[0].indexOf(m[1]!);
    if (Number(m[1]) > year && !skipped(at)) found.push(at);
  }
  return found;
}

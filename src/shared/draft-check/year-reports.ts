/**
 * A year's own report, 述法 or assessment told as done before that year closed. A report on a year is written and
 * filed after it (requirements.md 二: the annual report is on 上一年度, filed by 3月1日 or 4月1日 of the next year), so
 * a year's report published within that year or earlier (于2025年3月发布2025年度…年度报告), or one on a year after the
 * reported year told as done (已发布2026年度…年度报告 in a report on 2025, written while 2026 had barely begun), cannot
 * be. The shape is read, not matched against a list of reports: a verb of issuing, a year, and a report's name.
 */
import { sentenceAround } from './sentence.ts';
import type { YearScope } from './last-year-work.ts';

/** A year's report issued, filed or made public: 发布2025年度政府信息公开工作年度报告, 报送《2025年度…情况报告》. */
const YEARS_REPORT_ISSUED = /(?:发布|公布|公开|印发|报送|上报|提交|呈报|形成|完成|撰写)了?\s*《?\s*(\d{4})\s*年度?(?![—–\-~～至到\d])[^。；，,\n\d《》]{0,24}?(?:年度报告|工作报告|年报|情况报告|述法报告|自查报告)/gu;

/** A later year's 述法 or assessment taken part in: 参加2026年度述法评议 in a report on 2025 (开展…考核 is read by current-year). */
const LATER_YEARS_REVIEW = /(?:参加|接受|完成|通过)了?\s*(\d{4})\s*年度?(?![—–\-~～至到\d])[^。；，,\n\d《》]{0,12}?(?:述法|考核|评议|述职)/gu;

/**
 * The reports the reference dates after their year (requirements.md 二): the 法治政府建设 report on 上一年度. A 述法 or
 * 自查 report may be written at the year's end (年终述职述法), so only these are wrong when issued within their own year.
 */
const FILED_NEXT_YEAR = /法治政府建设|法治建设|政府信息公开|政务公开/;

/** Words of a plan or a deadline ahead: the act is still to come. */
const AHEAD = /将|拟|计划|力争|争取|确保|预计|准备|打算|应当|需要/;

/** Headings of sections where later years are expected: plans. */
const PLANS_SECTION = /打算|安排|计划|思路|展望|下一步|今后|改进/;

/** An explicit year dating the act, before the verb in the sentence: 于2025年3月, 2025年1月31日前, 2025年. */
const ACT_DATED = /(?<![\d《（(—–\-~～至到])(\d{4})\s*年(?!度)(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?(?:[底末]|上旬|中旬|下旬)?前?(?![—–\-~～至到]|以来)/gu;

/** Offsets of the years of reports, 述法 or assessments that could not yet have been done when told as done. */
export function reportsBeforeYearClosed({ year, text, skipped, section }: Omit<YearScope, 'plansWithinYear'>): number[] {
  const found: number[] = [];
  const read = (m: RegExpMatchArray, laterOnly: boolean) => {
    const x = Number(m[1]);
    const at = m.index! + m[0].lastIndexOf(m[1]!);
    if (skipped(at) || x < year - 3 || x > year + 2) return;
    const { start, text: sentence } = sentenceAround(text, at);
    const before = sentence.slice(0, m.index! - start);
    // The act's own date, the last one before the verb (已于2026年1月31日前发布…; 2026年2月，区政府报送…): the year it was done in.
    const actYear = [...before.matchAll(ACT_DATED)].map((d) => Number(d[1])).at(-1);
    const doneInOwnYear = !laterOnly && actYear !== undefined && (actYear < x || (actYear === x && FILED_NEXT_YEAR.test(m[0]) && !/述法|自查/.test(m[0])));
    const later = x > year && !AHEAD.test(before) && !PLANS_SECTION.test(section(text.lastIndexOf('\n', at)));
    if (doneInOwnYear || later) found.push(at);
  };
  for (const m of text.matchAll(YEARS_REPORT_ISSUED)) read(m, false);
  for (const m of text.matchAll(LATER_YEARS_REVIEW)) read(m, true);
  return found;
}

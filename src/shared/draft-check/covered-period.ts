/**
 * The part of the reported year a report says it covers, in its title or opening paragraph: 关于2025年1月至10月法治建设
 * 专项督察的自查报告, 对2025年1—9月工作逐项自查, 2025年上半年, 前三季度. A report on part of a year may be signed as soon
 * as that part is over, so the hint on reports signed before the year ends (signoffBeforeYearEnd) is only for reports
 * that cover the whole year (issue 25, round 29). Round 34: a stated cut-off (今年以来（截至2025年10月31日）, 截至10月底的
 * 工作情况) and a span or part with the year left to the report (今年1—10月, 今年前三季度) say the same.
 */
import { foldDates } from './date-reader.ts';
import { sentenceAround } from './sentence.ts';

/** Clause ends: a cut-off speaks for its own clause only. */
const CLAUSE_STOPS = /[，,。；\n]/;

/**
 * 2025年1月至10月, 2025年1—10月, 2025年1月1日至10月31日, 2025年1月—2025年10月, and with the year left to the report's
 * (今年1—10月, 1月至9月): the end month of a span inside one year. A year-less span must open on 1月, the year's start.
 */
const MONTH_SPAN = /(?:(\d{4})\s*年|(?<!\d)(?=1\s*月?\s*(?:\d{1,2}\s*日\s*)?[至到—–\-－~～]))\s*\d{1,2}\s*月?\s*(?:\d{1,2}\s*日\s*)?(?:至|到|—|–|-|－|~|～)\s*(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月(?:\s*\d{1,2}\s*日)?/gu;
/** 2025年上半年, 2025年前三季度, 今年前三季度, 2025年一季度: parts of a year and the month each ends with. */
const YEAR_PART = /(?:(\d{4})\s*年(?:度)?|今年|本年度?)\s*(上半年|前三季度|第?[一1]季度|前两个季度)/gu;
/**
 * A stated cut-off: 截至2025年10月31日, 截止到10月底, 今年以来（截至10月31日）. It bounds what the report covers only in a
 * clause on the report itself (its 自查, 工作, 情况, 以来…), or in brackets after 以来: 截至2025年10月底，全县已建成… is a
 * stock counted on a day, not the report's period.
 */
const CUT_OFF = /截[至止](?:到|至)?\s*(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(?:\d{1,2}\s*日|底|末|份)?/gu;
const ABOUT_THE_REPORT = /自查|自评|报告|工作|情况|以来|期间/;
const PART_END: Record<string, number> = { 上半年: 6, 前三季度: 9, 前两个季度: 6 };

/** The opening of a draft: its title and first paragraph, where a report states what it covers. */
function opening(text: string): string {
  return text.split('\n').filter((l) => l.trim()).slice(0, 2).join('\n');
}

/**
 * Round 39: a sentence anywhere in the body that states the period the report itself covers (本次自查范围为2024年1月至9月
 * 工作, 自查时段为1—10月, 本次自查截至2025年10月31日, 本报告数据统计截至10月底; v38c). Only these words of the report's
 * own scope: 自查期间，组织… dates nothing, and a cut-off in a clause on a stock (截至10月底，全县已建成…) is left out.
 */
const OWN_SCOPE = /(?:本次)?自查(?:工作)?的?(?:统计)?(?:范围|时段|时间段?|期间|区间)(?:为|是|：|:)|本次自查(?:涵盖|覆盖|包括|截至|截止)|本报告(?:所列|所述|中的?)?(?:数据|情况)(?:统计)?(?:时段|区间|范围)?(?:为|截至|截止)/gu;

/** The end month, before December, of a span, a part of the year or (when `anyCutOff`) a cut-off in `head`. */
function partEndIn(head: string, year: number, anyCutOff: boolean): number | null {
  const sameYear = (y: string | undefined) => y === undefined || Number(y) === year;
  for (const m of head.matchAll(MONTH_SPAN)) {
    const month = Number(m[3]);
    if (sameYear(m[1]) && sameYear(m[2]) && month < 12) return month;
  }
  for (const m of head.matchAll(YEAR_PART)) if (sameYear(m[1])) return PART_END[m[2]!] ?? 3;
  for (const m of head.matchAll(CUT_OFF)) {
    const month = Number(m[2]);
    if (!sameYear(m[1]) || month < 1 || month >= 12) continue;
    if (anyCutOff) return month;
    const bracketed = /以来\s*[（(]\s*$/.test(head.slice(0, m.index));
    if (bracketed || ABOUT_THE_REPORT.test(sentenceAround(head, m.index, { end: m.index + m[0].length, stops: CLAUSE_STOPS }).text)) return month;
  }
  return null;
}

/** The last month of the reported year the report says it covers in its opening, when that is before December; else null. */
export const coveredPartEndMonth = (text: string, year: number): number | null => partEndIn(foldDates(opening(text)), year, false);

/** The same month from a sentence in the body on the report's own scope (OWN_SCOPE); for self-inspections. */
export function statedScopeEndMonth(text: string, year: number): number | null {
  const body = foldDates(text);
  for (const m of body.matchAll(OWN_SCOPE)) {
    const rest = sentenceAround(body, m.index, { end: m.index + m[0].length, stops: /[。；\n]/ });
    const month = partEndIn(body.slice(m.index, rest.start + rest.text.length), year, true);
    if (month !== null) return month;
  }
  return null;
}

/**
 * A self-inspection that says it reviews the year so far, not the whole year: 截至目前的自查情况, 本次为年中专项自查, 按照…
 * 专项督察的部署. Such a report may be signed in the year it covers (v31c-clean-065/066, round 32). Only these explicit
 * words: a bare 今年以来 or 2025年以来 opening a whole-year self-inspection signed in June or December is labelled a
 * slip in v4, v19, v20 and v23 (round 30), so it gives no leave.
 */
const YEAR_SO_FAR = /截[至止](?:目前|当前|现在|本月|发文之日|报告之日)|年中(?:专项)?自查|专项督察|中期督察/u;

/** Whether the opening says the report covers the year so far only. */
export const reviewsYearSoFar = (text: string): boolean => YEAR_SO_FAR.test(opening(text));

/**
 * Round 43: a self-inspection signed in December of the year it checks is no slip in itself. requirements.md C: no central
 * text fixes what a 自查报告 covers or when; it follows a 督察 or 考核 notice, and year-end 考核 notices ask for it in
 * December (v42d-clean: eleven such reports, e-clean-26/46, d-clean-28). It stays a hint only when the report itself says
 * it checks the year's work as a whole (对全年工作进行自查, 对2024年度法治建设情况开展了自查; not 对照2024年度考核指标) or counts its work up to the year's last day
 * (截至2023年12月31日, 截至年底): then the 落款 comes before the end of what it reports.
 */
const WHOLE_YEAR_CHECKED = /(?<!针)对(?!照|标|表)[^。；，,]{0,8}?(?:全年|\d{4}\s*年度?)(?![^。；，,]{0,12}?(?:指标|细则|标准|通知|要求|部署|安排))[^。；]{0,16}?(?:进行|开展)?[^。；]{0,4}?自查|截[至止](?:到|至)?\s*(?:\d{4}\s*年\s*)?(?:12\s*月\s*31\s*日|年底|年末)/u;

/** Whether a December 落款 of a self-inspection still comes before what it reports: see WHOLE_YEAR_CHECKED. */
export const checksWholeYearToItsEnd = (text: string): boolean => WHOLE_YEAR_CHECKED.test(foldDates(text));

/**
 * Dates and years against the calendar and the reporting year: dates that do not exist
 * (2027年2月30日, 2026年13月5日), a 落款 dated outside the time a report on that year can be
 * signed, and body sentences that call another year "this year" (今年（2025年）, or a
 * sentence opening “2025年以来，” in a report on 2026). Comparisons with earlier years,
 * multi-year reviews and next year's plans say nothing about the current year and stay silent.
 */
import { escapeRegExp } from '../../escape-regexp.ts';
import { checksWholeYearToItsEnd, coveredPartEndMonth, reviewsYearSoFar, statedScopeEndMonth } from '../covered-period.ts';
import { headingsAbove, isNextStepsHeading, PLAN_SECTION } from '../plan-section.ts';
import { otherYearYardsticks } from '../other-year-yardstick.ts';
import { laterYearConsolidated } from '../later-year-consolidated.ts';
import { elidedPlanLabels } from '../plan-milestone-year.ts';
import { foldDraft, readDates, type DateMention } from '../date-reader.ts';
import type { Ctx, Mark } from '../context.ts';
import type { ConsistencyRule } from '../types.ts';
import { sentenceAround } from '../sentence.ts';
import { lastYearWork, otherReportPeriods, pastPlans } from '../last-year-work.ts';
import { clauseDatedWork } from '../clause-dated-work.ts';
import { ownYearReviewRectified } from '../own-year-review.ts';
import { earlierDataCutoffs, ownYearCutoffsElsewhere } from '../own-data-cutoff.ts';
import { reportsBeforeYearClosed } from '../year-reports.ts';
import { otherYearResults } from '../other-year-results.ts';
import { workYearAt } from '../expired-citations.ts';
import { clauseSubjectYear } from '../clause-subject-year.ts';
import { lawMilestoneYears } from '../law-milestone-years.ts';
import { openingClauseYears } from '../opening-clause-year.ts';
import { openingYearSummaries } from '../opening-year-summary.ts';
import { earlierYearOwnAccount } from '../own-account-year.ts';
import { yearSpanEnds } from '../year-spans.ts';
import { otherYearLabels } from '../other-year-label.ts';
import { statedRelativeYears, yearMeantBy } from '../stated-relative-year.ts';
import { laterDatedOwnWork } from '../later-dated-own-work.ts';
import { laterYearOwnAccount } from '../later-year-own-account.ts';
import { ownYearTasksDated } from '../own-year-tasks-dated.ts';
import { ownPlaces, ownUnitDatedWork } from '../own-unit-dated-work.ts';


/** Whether a year has a 29 February. */
const leap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);

function daysIn(month: number, year?: number): number {
  if (month === 2) return year === undefined || leap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Why a date cannot exist, or null when it can. Without a year (its own or its sentence's), 2月29日 is allowed. */
export function impossibility(d: DateMention): string | null {
  if (!(d.month >= 1 && d.month <= 12)) return `没有${d.month}月，月份只能是1月至12月`;
  if (d.day === undefined) return null;
  const year = d.year ?? d.contextYear;
  const max = daysIn(d.month, year);
  if (d.day >= 1 && d.day <= max) return null;
  const which = d.month === 2 && year !== undefined ? `${year}年2月` : `${d.month}月`;
  return `${which}只有${max}天，没有${d.day}日`;
}

/** A range of days in one month whose second day is written without its month: 2026年4月29日至31日, 6月28—31日. */
const DAY_RANGE = /(?<![\d.．])(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*\d{1,2}\s*[日号]?\s*(?:至|到|—|–|－|-|～|~)\s*(\d{1,2})\s*[日号]/gu;

/**
 * A month no calendar has, written alone (于13月前完成, 0月份): a month needs no year or day to be impossible. Not a
 * count of months (近13月, 连续13月, 第13月, 13个月) and not a month the date reader reads with its year or day.
 */
const BARE_IMPOSSIBLE_MONTH = /(?<![\d.．年第近共每满逾超个余连续历时约])(0|1[3-9]|[2-9]\d)\s*月(?!\s*\d{1,2}\s*[日号])/gu;

export function impossibleDates(ctx: Ctx): Mark[] {
  const marks: Mark[] = readDates(ctx.text, 0, foldDraft(ctx)).flatMap((d) => {
    // 2月29日 with no year of its own falls in the reported year or early the next (the report's own writing): when
    // neither is a leap year, the day does not exist whichever is meant.
    // A recurring day (每年2月29日（闰年）) has no one year.
    const once = () => !/每年|闰年|每逢|历年/.test(sentenceAround(ctx.text, d.start).text);
    const year = d.year ?? d.contextYear ?? (ctx.year && d.month === 2 && d.day === 29 && !leap(ctx.year) && !leap(ctx.year + 1) && once() ? ctx.year : undefined);
    const why = impossibility(year === undefined ? d : { ...d, contextYear: year });
    return why ? [{ start: d.start, end: d.end, fix: `${why}，核对日期` }] : [];
  });
  for (const m of foldDraft(ctx).matchAll(BARE_IMPOSSIBLE_MONTH)) {
    if (!marks.some((x) => x.start <= m.index && m.index < x.end)) marks.push({ start: m.index, end: m.index + m[0].length, fix: `没有${m[1]}月，月份只能是1月至12月，核对日期` });
  }
  for (const m of foldDraft(ctx).matchAll(DAY_RANGE)) {
    const end: DateMention = { start: 0, end: 0, month: Number(m[2]), day: Number(m[3]), ...(m[1] ? { year: Number(m[1]) } : {}) };
    const why = end.month >= 1 && end.month <= 12 ? impossibility(end) : null;
    const at = m.index + m[0].lastIndexOf(m[3]!);
    if (why && !marks.some((x) => x.start <= at && at < x.end)) marks.push({ start: at, end: m.index + m[0].length, fix: `${why}，核对日期` });
  }
  return marks;
}

/** The month from which a report on a year can be signed in that same year (year-end 述职 in November happens). */
export const SIGNOFF_EARLIEST_MONTH = 11;
/** A 自查报告 follows a notice at any time of the year, but not in its first quarter: by then there is no year's work to check. */
export const SELF_INSPECTION_EARLIEST_MONTH = 4;

/**
 * The first month of the reported year in which the 落款 is no error. The 法治政府建设年度报告 reports
 * on the year just ended (requirements.md 二: filed by 3月1日/4月1日 on 上一年度), so no month of
 * the year itself; a 述法报告 may be given at a year-end meeting (left to the hint below); a
 * 自查报告 follows a notice.
 */
function earliestSignoffMonth(type: Ctx['type']): number {
  if (type === 'self-inspection-report') return SELF_INSPECTION_EARLIEST_MONTH;
  if (type === 'law-based-government-annual-report') return 13;
  return SIGNOFF_EARLIEST_MONTH;
}

/**
 * The lines of the 落款. The layout finds them when the date opens its line in ASCII digits; a date
 * in full-width digits (２０２６年１２月１日) or after other words (落款日期：…) is read here too: the last
 * short lines, the first of them from the end that holds a full date and the few short lines above it.
 */
/** A line holding only a date (after a label such as 日期：) and a full stop. */
const DATE_ONLY_STOPPED = /^(?:[\u4e00-\u9fff]{0,6}[：:])?\s*(?:\d{4}|[０-９]{4}|[〇○零一二三四五六七八九]{4})\s*年[^。；，]{1,14}[日号]。$/u;
/** A line holding only a year and month (after a label such as 日期：), a 落款 date written without its day. */
const DATE_ONLY_MONTH = /^(?:[\u4e00-\u9fff]{0,6}[：:])?\s*(?:\d{4}|[０-９]{4}|[〇○零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[０-９]{1,2}|[一二三四五六七八九十元]{1,2})\s*月。?$/u;
const AFTER_SIGNOFF = /^(?:抄送|抄报|分送|主送|印发|附件|主题词|联系人|联系电话|[（(]此件|[（(]联系人)/;
export function signoffLines(ctx: Ctx): { text: string; start: number }[] {
  if (ctx.layout.signoff.length) return ctx.layout.signoff.map((i) => ctx.layout.lines[i]!);
  const lines = ctx.layout.lines;
  const out: { text: string; start: number }[] = [];
  for (let i = lines.length - 1; i >= 0 && out.length < 4; i--) {
    const t = lines[i]!.text.trim();
    if (!t) continue;
    // The 版记 after the 落款 (抄送：…，…。 and 印发 lines: a page of its own, gbt9704-layout.md) and a 附注 such as
    // （此件公开发布） are no part of it, whatever their length.
    if (!out.length && AFTER_SIGNOFF.test(t)) continue;
    // A date line closed by a full stop (2026年12月20日。) is still the 落款's date, not a sentence.
    const core = DATE_ONLY_STOPPED.test(t) ? t.slice(0, -1) : t;
    if (core.length > 30 || /[。；]/.test(core) || ctx.layout.headings.some((h) => h.line === i)) break;
    out.unshift(lines[i]!);
  }
  // A line that is nothing but a date, after a label at most (日期：2026年10月), is the 落款's date even without its
  // day: a sentence of the body never stands so alone, and a month is enough to date the report.
  const dateLine = (t: string) => DATE_ONLY_MONTH.test(t.trim()) && readDates(t).some((d) => d.year !== undefined);
  return out.some((l) => dateLine(l.text) || readDates(l.text).some((d) => d.year !== undefined && d.day !== undefined)) ? out : [];
}

/**
 * A report dated in the year it reports on, before that year is over, where this is no error: a 述法报告
 * (or one of unknown type) in November or December (year-end 述职 meetings happen), and a 自查报告 from
 * April on (it follows a notice, but a report on a whole year written before the year ends cannot count
 * the whole year: issue 25, round 7). The months before are the error rule's (signoffYear).
 */
export function signoffBeforeYearEnd(ctx: Ctx): Mark[] {
  const year = ctx.year;
  if (!year || ctx.type === 'law-based-government-annual-report') return [];
  const self = ctx.type === 'self-inspection-report';
  const from = self ? SELF_INSPECTION_EARLIEST_MONTH : SIGNOFF_EARLIEST_MONTH;
  // A report on part of the year (关于2025年1月至10月…的自查报告) may be signed once that part is over.
  // Round 39: a self-inspection may state its period in the body instead (本次自查范围为2024年1月至9月工作).
  const partEnd = coveredPartEndMonth(ctx.text, year) ?? (self ? statedScopeEndMonth(ctx.text, year) : null);
  // One that says it reviews the year so far (截至目前, 年中自查) may be signed at any time; a stated part (1月至10月) rules first.
  if (self && partEnd === null && reviewsYearSoFar(ctx.text)) return [];
  // Round 43: a self-inspection signed in December answers a year-end 考核 or 督察 notice; silent unless it says it
  // checks the whole year to its end (checksWholeYearToItsEnd).
  const decemberAllowed = self && !checksWholeYearToItsEnd(ctx.text);
  return signoffLines(ctx).flatMap((l) => readDates(l.text, l.start)
    .filter((d) => d.year === year && d.month >= from && !impossibility(d) && !(partEnd !== null && d.month > partEnd))
    .filter((d) => !(decemberAllowed && d.month === 12))
    .map((d) => ({
      start: d.start,
      end: d.end,
      ...(self ? { message: `落款日期在报告年度结束之前：${year}年${d.month}月成文的自查报告，写不全${year}年全年的情况。按上级通知年中自查的，核对标题和文中的“全年”“年度”说法。` } : {}),
      fix: `核对落款日期：报告${year}年全年情况的，一般在${year + 1}年年初成文`,
    })));
}

/** The month of the next year from which a 法治政府建设年度报告 is late: it is made public before 4月1日 (督察工作规定第二十四条, requirements.md 二). */
export const ANNUAL_REPORT_PUBLIC_BY_MONTH = 4;

/**
 * A 法治政府建设年度报告 dated in the next year on or after 4月1日, when it should already have been reported
 * (3月1日, 4月1日 for a province) and made public. A hint: a report may be dated when it was written, late or not.
 */
export function signoffAfterDeadline(ctx: Ctx): Mark[] {
  const year = ctx.year;
  if (!year || ctx.type !== 'law-based-government-annual-report') return [];
  return signoffLines(ctx).flatMap((l) => readDates(l.text, l.start)
    .filter((d) => d.year === year + 1 && d.month >= ANNUAL_REPORT_PUBLIC_BY_MONTH && !impossibility(d))
    .map((d) => ({ start: d.start, end: d.end, fix: `核对落款日期：报告${year}年度情况的年度报告，${year + 1}年3月1日前报送（省级4月1日前），4月1日前向社会公开` })));
}

/**
 * Round 36: the body dating the report's own adoption (本报告已经2026年2月6日县委常委会会议审议, 本报告于2026年2月3日经局党组会议研究通过; a date without its year is not read)
 * after its 落款 date: the 落款 is when the report was made, so it cannot come before the meeting that adopted it. The
 * date must come before the verb of adopting in the same clause, with nothing of sending between (审议后于2月10日报送 dates
 * the sending). No reference line: a hint of internal consistency.
 */
const OWN_REPORT = /本报告|本述法报告|本年度报告|本自查报告|此报告|该报告|报告(?:稿|文稿)?(?:已|已经)?经/u;
/** A meeting, then its verb of adopting (县委常委会会议审议, 局党组会议研究通过): 前通过政府网站公开 names no meeting. */
const ADOPTED_AFTER_DATE = /^[^。；，,]{0,24}?(?:会议|常委会|党组会?|常务会|办公会|全体会)[^。；，,]{0,6}?(?:审议|审定|审核通过|研究通过|讨论通过|研究同意|通过)/u;
/** Sending or publishing (审议后于2月10日报送), or a step still to come (将于, 拟于): not the adoption. */
const SENT = /报送|印发|公开|发布|上报|将|拟/u;
export function signoffBeforeReview(ctx: Ctx): Mark[] {
  const signed = signoffLines(ctx).flatMap((l) => readDates(l.text, l.start)).find((d) => d.year !== undefined && d.day !== undefined);
  if (!signed) return [];
  const signoffStart = ctx.layout.lines[ctx.layout.signoff[0] ?? ctx.layout.lines.length]?.start ?? signed.start;
  const body = ctx.text.slice(0, Math.min(signoffStart, signed.start));
  const key = (d: { year?: number; month: number; day?: number }) => d.year! * 10000 + d.month * 100 + (d.day ?? 0);
  for (const d of readDates(body)) {
    if (d.year === undefined || d.day === undefined || key(d) <= key(signed)) continue;
    const sentence = sentenceAround(body, d.start, { end: d.end, stops: /[。；！？\n]/ });
    const before = sentence.text.slice(0, d.start - sentence.start);
    if (!OWN_REPORT.test(before) || SENT.test(before)) continue;
    const after = ADOPTED_AFTER_DATE.exec(body.slice(d.end));
    if (!after || SENT.test(after[0])) continue;
    const when = ctx.text.slice(d.start, d.end);
    return [{
      start: signed.start,
      end: signed.end,
      message: `正文说本报告${when}才经会议审议，落款日期却在这之前；落款是报告的成文日期，不会早于审议通过的日期。`,
      fix: `落款日期不早于${when}，或核对正文的审议日期`,
    }];
  }
  return [];
}

/**
 * The 落款 date against the reporting year: a report on a year is signed at that year's end or
 * in the next year. A 自查报告 follows a notice at any time of the year after its first quarter.
 * Impossible dates are left to the impossible-date rule: one mistake, one finding.
 */
export function signoffYear(ctx: Ctx): Mark[] {
  const year = ctx.year;
  if (!year) return [];
  const marks: Mark[] = [];
  for (const l of signoffLines(ctx)) {
    const dates = readDates(l.text, l.start).filter((d) => d.year !== undefined && !impossibility(d));
    for (const d of dates) {
      if (d.year! < year || d.year! > year + 1) {
        marks.push({ start: d.yearStart!, end: d.yearStart! + 4, fix: `报告${year}年度的情况，成文日期应在${year}年年末或${year + 1}年` });
      } else if (d.year === year && d.month < earliestSignoffMonth(ctx.type)) {
        marks.push({
          start: d.start,
          end: d.end,
          message: `落款日期早于报告年度结束：${year}年${d.month}月还谈不上报告${year}年全年的情况。`,
          fix: `报告${year}年度的情况，成文日期应在${year}年年末或${year + 1}年，核对落款日期或报告年度`,
        });
      }
    }
  }
  return marks;
}

/** Words saying a sentence covers more than one year, so an earlier year in it is no slip. */
const MULTI_YEAR = /累计|连续|历年|逐年|先后|至今|[近两二三四五六七八九十几多]年(?:来|间|以来)|近[两二三四五几]年|同比|较上年|比上年|今年|本年/;

/** Words of a sentence about what is yet to be done (将, 力争…前完成): a later year in it is a plan, not a result. */
const FUTURE = /将|力争|确保|预计|目标|计划|打算|拟|争取|前完成|之前/;

/** Words of a result already counted (共办理, 下降12%): the next year written so is claimed as done. */
const DONE = /共|累计|完成了|已经|下降|增长|同比|办结|\d+(?:件|次|人|%)/;
/** A target told as reached (实现…的年度目标, 完成…目标) is a result, not a plan: 目标 there says nothing of the future. */
const withoutTargetsMet = (sentence: string): string => sentence.replace(/(?:实现|完成|达到|达成)[^。；，,]{0,16}?目标/g, '');

/**
 * A year as the date of a result: 2025年度共, 2025年，全镇共 (a subject may come first), 2025年下半年，全镇共 (a part of that
 * year is still that year), or 截至2025年底，我局共, the
 * 共 within a few characters. 截至2025年底，全县共有… is a baseline (a stock, not work done) and is left alone. A year after 较, 比, 与, 至 or a dash is a comparison or a span; after 起 or 以来 a history.
 */
const LAST_YEARS_RESULT = /(?<![较比与和同于至到\d—–\-~～])(?:(?:截至|截止)(?:到|至)?\s*)?(\d{4})\s*年(?:度|年?底|年?末|12\s*月份?\s*(?:底|末|31\s*日)?|度?[上下]半年|度?第?[一二三四]季度)?[，,]?[^\d年。；，,\n]{0,6}?共(?:计)?(?!计?有)[^\d。；\n]{0,16}?\d+/gu;

/** Words of a sentence on more than the reported year, on last year as such, or on a text named by its year (2025年度…报告). */
const NOT_THIS_YEARS_RESULT = /上年|今年|本年|当年|增至|降至|减至|去年|同比|较|相比|比上|以来|分别|从|回顾|累计|连续|历年|先后|逐年|至今|此前|以前|起|整改|反馈|报告|考核|述法|评议|规划|要点|方案|通知|名单|[近两二三四五六七八九十几多]年/;

/** A completed count: a number with a unit of things done. */
const COUNTED = /\d+\s*(?:次|件|项|场|个|人次|人|名|篇|份|起|期|批|家|条|部|所|户|宗|万|元)/;

/** Headings of a section on problems: last year's figures are compared there. */
/** The months after a part of the year, named before 全年: the whole year is the part plus them. */
const REST_OF_YEAR_ADDED = /(?<!\d)12\s*月|下半年|四季度/;
const PROBLEM_SECTION = /问题|不足|短板|差距|困难/;

/** A cut-off as writers word it: 截至, 截止, 截止到, 截至到. */
const CUT_OFF = '(?:截至|截止)(?:到|至)?';
/** A year's end after its number: 年底, 年末, 年年底, 年度末, 年12月底, 年12月份底, 年12月31日. */
const YEAR_END = '年(?:年?(?:底|末)|度末|12\\s*月份?\\s*(?:底|末|31\\s*日))';
/** 截至2025年底 and its variants, the year captured. */
const CUT_OFF_AT_YEAR_END = new RegExp(`${CUT_OFF}\\s*(\\d{4})\\s*${YEAR_END}`, 'gu');
/** 截至2025年6月底 and its variants, the year and the month captured. */
const CUT_OFF_AT_MONTH = new RegExp(`${CUT_OFF}\\s*(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月份?(?:底|末|\\s*\\d{1,2}\\s*日)?`, 'gu');

/** What may follow a compared year without making it that whole year: a span (2025—2026年, 2025年以来) or a part of it (上半年, 一季度, 1—6月). */
const NOT_THE_WHOLE_YEAR = '(?!度?[—–\\-~～至到]|以来|度?\\s*(?:[上下]半年|前三季度|第?[一二三四]季度|\\d{1,2}\\s*月))';
/**
 * A year compared with: the comparing word before it (较2025年, 同比2025年, 相较于2025年) or after it (与2025年相比, 同2025年
 * 同期相比, 和2025年度比较, 跟2025年比增加). The year is captured in the first or the second group.
 */
const COMPARED_WITH_YEAR = new RegExp(
  `(?:较|比|同比|相较于?|相比于?|对比)\\s*(\\d{4})\\s*年${NOT_THE_WHOLE_YEAR}|(?:与|同|和|跟)\\s*(\\d{4})\\s*年${NOT_THE_WHOLE_YEAR}度?(?:同期|全年)?[^。；，,\\n\\d]{0,2}?(?:相比|比较|对比|相较|比(?=增|减|多|少|下降|上升|提高|降低))`,
  'gu',
);

/** The sentence (up to 。 or a line break) around an offset. */
const sentenceAt = (text: string, at: number): string => sentenceAround(text, at).text;


/**
 * Sentences that call another year the current one: 今年（2025年）, 2025年（今年）, and outside the
 * opening (where consistency-opening-year speaks) a sentence opening 2025年以来 in a report on 2026,
 * unless it reviews several years, sits in a section on that year (反馈问题整改) or on plans.
 */
/** What names a recalled year as another than the reported one: its label (…开局之年, …元年) or a base built on since. */
const LABELLED_PAST_YEAR = /之年|元年|基础|起点|起步|为起|以来|逐年|历年/u;
/**
 * Round 57 (v58b: 本年度报告将于2027年4月1日前…向社会公开 in a report on 2026, seven clean items): the report's own
 * publication or submission deadline falls in the next year (requirements.md: 每年4月1日前公开); 本年度 there names the
 * report, not the date. A deadline word (公开, 报送, 公布, 上报, 发布, 提交) and 前 in the clause.
 */
function isPublicationDeadline(text: string, from: number): boolean {
  const clause = text.slice(from).split(/[。；;\n]/u, 1)[0]!;
  return /前/u.test(clause) && /公开|报送|公布|上报|发布|提交/u.test(clause);
}
/** The words after an offset to the end of their clause. */
const clauseAfter = (text: string, from: number) => text.slice(from).split(/[，,。；;！？\n]/u, 1)[0]!;

export function currentYear(ctx: Ctx): Mark[] {
  const year = ctx.year;
  if (!year) return [];
  const text = foldDraft(ctx);
  // Headings need no skipping: a year after a heading marker does not open a sentence, and a
  // heading's words stop at its first 。, so “（一）加强领导。2025年以来，……” is body text.
  const skipLines = new Set([ctx.layout.titleLine, ...ctx.layout.signoff]);
  const inSkippedLine = (at: number) => ctx.layout.lines.some((l, i) => skipLines.has(i) && at >= l.start && at <= l.end);
  const marks: Mark[] = [];
  const mark = (at: number) => marks.push({ start: at, end: at + 4, fix: `报告年度是${year}年，这里说的是当年，核对年份（是${year}年吗）` });
  // 今年（2025年）, 今年（即2025年）, 今年以来（2023年）, 今年，即2025年; 明年（2026年） and 去年（2024年） likewise, one year on or back.
  // 新的一年（2026年） is the year after the one reported on, as 明年: a report is written after its year ends.
  // 全年（2025年1月至12月） too, unless a year or 上年 already names the year (2025年全年（…）, 上年全年（…）).
  // 今年1至12月（2025年）and 过去一年（2024年）say the same: the months between and a longer word for the year change nothing;
  // so does the year's end (截至今年底（2024年12月31日）).
  // A part of the year with no year before it (上半年（2025年1月至6月）, 第三季度（2025年7—9月）) is the reported year's part.
  const RELATIVE = /(今年|本年度?|(?<![年度])全年|过去的?一年|这一年|一年来|明年|来年|新的?一年|下一?年度?|去年|上一?年度?|(?<![年度])(?:[上下]半年|第?[一二三四]季度))(?:以来|内|年?底|年?末)?(?:\s*\d{1,2}\s*月?\s*(?:至|到|—|–|-|－|~|～)\s*\d{1,2}\s*月(?:份)?)?\s*(?:[（(]\s*即?|[，,]?\s*即)\s*(\d{4})\s*年?度?/gu;
  for (const m of text.matchAll(RELATIVE)) {
    if (Number(m[2]) !== yearMeantBy(m[1]!, year)) mark(m.index + m[0].lastIndexOf(m[2]!));
  }
  // Round 53: the same words stating the year outright (今年是2025年，…, 本年度为2025年度。) in a report on 2026.
  for (const at of statedRelativeYears(text, year)) if (!inSkippedLine(at)) mark(at);
  // 截至2025年底，本年度共…: the sentence's own words say it is the report's year.
  for (const m of text.matchAll(CUT_OFF_AT_YEAR_END)) {
    const at = m.index + m[0].indexOf(m[1]!);
    const sentenceEnd = text.slice(at).search(/[。\n]/);
    const sentence = text.slice(at + 4, sentenceEnd === -1 ? undefined : at + sentenceEnd);
    if (Number(m[1]) !== year && /本年度|今年|全年/.test(sentence) && !/同比|较上年|比上年|基础|\d{4}\s*年/.test(sentence)) { mark(at); continue; }
    // 全年共收到…24件，截至2025年底已全部办结 in a report on 2026: the year's count, then a cut-off a year early.
    // Only the previous year: an older year-end with the year's words is more likely a comparison written loosely.
    const before = text.slice(0, m.index);
    const lead = before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n')) + 1);
    const otherYear = [...lead.matchAll(/(?<!\d)(\d{4})\s*年/gu)].some((y) => Number(y[1]) !== year);
    if (Number(m[1]) === year - 1 && /(?:本年度|今年|全年)(?!(?:的)?(?:目标|任务|计划|指标))/.test(lead) && !/同比|上年|去年|[较比]/.test(lead) && !otherYear
      && !inSkippedLine(at) && !PLAN_SECTION.test(headingsAbove(ctx, at))) mark(at);
  }
  // 截至2025年6月底，全年共办理…: a cut-off inside the report's year cannot give the whole year's figure.
  for (const m of text.matchAll(CUT_OFF_AT_MONTH)) {
    const at = m.index + m[0].indexOf(m[1]!);
    const sentence = sentenceAt(text, at);
    const month = Number(m[2]);
    // 截至2027年6月30日，全年共办理… in a report on 2026: the year's total is counted at its end, not months into the next.
    // 截至2027年1月底，全年受理的案件已全部办结 tells of the year's cases later on, with no total of the year, and is left alone.
    if (Number(m[1]) === year + 1 && /全年(?:共|累计|合计)/.test(sentence) && !FUTURE.test(sentence) && !inSkippedLine(at) && !PLAN_SECTION.test(headingsAbove(ctx, at))) { mark(at); continue; }
    if (Number(m[1]) === year && month >= 1 && month <= 11 && /全年(?!(?:的)?(?:目标|任务|计划|指标))/.test(sentence) && !/上年|去年|同比/.test(sentence) && !FUTURE.test(sentence) && !inSkippedLine(at) && !PLAN_SECTION.test(headingsAbove(ctx, at))) {
      marks.push({ start: m.index, end: m.index + m[0].length, message: `截至${year}年${month}月的数字不是全年的数字，这句却说“全年”。`, fix: `全年的数字截至${year}年12月底；只统计到${month}月的，不要写“全年”` });
    }
  }
  // 2026年1—9月、今年1至6月、上半年、前三季度，全年共…: a part of the year called the whole year.
  // Spaces and tabs only, never line breaks: a pattern that may start on any run of blank lines must not rescan it.
  const PART_OF_YEAR = /(?:(\d{4})[ \t]*年|今年|本年度?)?(?<!\d)1[ \t]*(?:—|–|-|－|~|～|至|到)[ \t]*(\d{1,2})[ \t]*月(?:份)?|(?:截至|截止到?)?[ \t]*(?:\d{4}[ \t]*年)?(上半年|前三季度|前两季度|一季度|第一季度)/gu;
  for (const m of text.matchAll(PART_OF_YEAR)) {
    if (m[1] && Number(m[1]) !== year) continue;
    const month = m[2] ? Number(m[2]) : 0;
    if (m[2] && !(month >= 1 && month <= 11)) continue;
    const sentence = sentenceAt(text, m.index);
    const rest = sentence.slice(sentence.indexOf(m[0]) + m[0].length);
    // 第一季度至第四季度分别… counts the four quarters, the whole year.
    if (/一季度/.test(m[3] ?? '') && /四季度/.test(rest)) continue;
    // 2026年1－11月…；12月…，全年合计…: the rest of the year added, so 全年 is the sum, not the part.
    const beforeWholeYear = rest.split(/全年/, 1)[0]!;
    if (REST_OF_YEAR_ADDED.test(beforeWholeYear)) continue;
    // 2025年1—11月，共立案27件；全年累计立案30件: the part has its own count (or a new clause of ；begins) before 全年,
    // so 全年 is a second figure for the whole year, not the part's figure called the year's.
    if (COUNTED.test(beforeWholeYear) || /[；;]/.test(beforeWholeYear)) continue;
    if (!/全年(?!(?:的)?(?:目标|任务|计划|指标))/.test(rest) || /上年|去年|同比/.test(sentence) || FUTURE.test(sentence) || inSkippedLine(m.index) || PLAN_SECTION.test(headingsAbove(ctx, m.index))) continue;
    const start = m.index + (m[0].length - m[0].trimStart().length);
    marks.push({ start, end: m.index + m[0].length, message: `“${m[0].trim()}”只是一年的一部分，这句却说“全年”。`, fix: '全年的数字要统计到12月底；只统计到年中的，不要写“全年”' });
  }
  // 截至2026年12月底，全年累计… in a report on 2025: a later year-end cannot have been counted yet.
  for (const m of text.matchAll(CUT_OFF_AT_YEAR_END)) {
    if (text[m.index + m[0].length] === '前') continue;
    const at = m.index + m[0].indexOf(m[1]!);
    const sentence = sentenceAt(text, at);
    if (Number(m[1]) > year && !FUTURE.test(sentence) && !inSkippedLine(at) && !PLAN_SECTION.test(headingsAbove(ctx, at))) mark(at);
  }
  // 2023年全年… in a report on 2024, the sentence naming no other year: the year's total from last year's draft. And
  // 2025年全年… in a report on 2024, anywhere outside the plans: a whole year that had not begun when the year was reported.
  // A comparison (较2023年全年, 与2023年全年相比, 2023年全年…今年…, 2023年全年…2024年全年…, 较上年增加) is left alone.
  for (const m of text.matchAll(/(?<![较比与和同于至到—–\-~～\d])(\d{4})\s*年度?全年/gu)) {
    const y = Number(m[1]);
    if (y !== year - 1 && y !== year + 1) continue;
    const sentence = sentenceAt(text, m.index);
    const otherYears = [...sentence.matchAll(/(?<!\d)(\d{4})\s*年/gu)].filter((o) => Number(o[1]) !== y);
    // Round 42: a later year's whole-year count told as done in its own clause (今年以来，紧扣…目标，2026年全年共受理…件)
    // cannot be history or a plan whatever the other clauses say (今年, a 目标 pursued); the clause alone is read.
    const clause = clauseAfter(text, m.index);
    const laterYearDone = y === year + 1 && COUNTED.test(clause) && /共|累计|合计|已/.test(clause) && !FUTURE.test(clause);
    if (otherYears.length || (!laterYearDone && FUTURE.test(sentence)) || inSkippedLine(m.index) || PLAN_SECTION.test(headingsAbove(ctx, m.index))) continue;
    // An earlier year compared with the year before it (2024年全年…，较上年有所下降) stays a history, as ruled before.
    const words = laterYearDone ? sentence.replace(/今年|本年|当年/g, '') : sentence;
    if (/相比|比较|上年|去年|今年|本年|当年|分别/.test(words)) continue;
    mark(m.index);
  }
  // 较2025年增长9% in a report on 2025: a year compared with itself; the base is an earlier year. A later year
  // (较2026年增加300名) cannot be a base at all: its figures did not exist when the report was written.
  for (const m of text.matchAll(COMPARED_WITH_YEAR)) {
    const compared = m[1] ?? m[2]!;
    const at = m.index + m[0].indexOf(compared);
    const sentence = sentenceAt(text, at);
    const others = [...sentence.matchAll(/(?<!\d)(\d{4})\s*年/gu)].filter((o) => Number(o[1]) !== year);
    if ((Number(compared) === year || Number(compared) === year + 1) && others.every((o) => Number(o[1]) === Number(compared)) && !FUTURE.test(sentence) && !inSkippedLine(at) && !PLAN_SECTION.test(headingsAbove(ctx, at))) mark(at);
  }
  for (const m of text.matchAll(/(?<!\d)(\d{4})\s*年度?\s*[（(]\s*(?:今年|本年度?)\s*[）)]/gu)) {
    if (Number(m[1]) !== year) mark(m.index);
  }
  // 过去的2024年 in a report on 2025: the year just past that a report looks back on is the reported year.
  for (const m of text.matchAll(/(?:刚刚|已经)?过去的\s*(\d{4})\s*年(?!以来|[—–\-~～至到])/gu)) {
    const at = m.index + m[0].indexOf(m[1]!);
    if (Number(m[1]) !== year && !inSkippedLine(at) && !sentenceAt(text, at).includes(`${year}年`)) mark(at);
  }
  // 开展2025年度法治建设考核（自查、述法）: the assessment a report answers is of its own year; one on an
  // earlier year's feedback (整改, 反馈) is another matter.
  // The notice that called for it (按照…关于2025年度法治建设考核的通知要求) names the same year; its results do not.
  // So does the object put first: 对2025年度法治建设工作开展了自查.
  for (const m of text.matchAll(/(?:开展|组织开展|进行)\s*(\d{4})\s*年度?[^。；，,\n]{0,16}?(?:考核|自查|述法)|关于\s*(\d{4})\s*年度?[^。；，,\n]{0,16}?(?:考核|自查|述法)[^。；，,\n]{0,6}?通知|对\s*(\d{4})\s*年度?[^。；，,\n\d]{0,16}?(?:开展|进行|组织)了?(?:全面|认真|深入)?自查/gu)) {
    const ys = m[1] ?? m[2] ?? m[3]!;
    const at = m.index + m[0].indexOf(ys);
    const sentenceEnd = text.slice(at).search(/[。\n]/);
    const sentence = text.slice(at, sentenceEnd === -1 ? undefined : at + sentenceEnd);
    if (Number(ys) !== year && !/整改|反馈|评议意见|结果|通报/.test(sentence) && !inSkippedLine(at)) mark(at);
  }
  // 回顾2025年，…: the review a report opens its summary with is of the report's year.
  for (const m of text.matchAll(/(?:^|[。；！？\n])[^\S\n]*回顾\s*(\d{4})\s*年(?!以来|[—–\-~～至到])/gu)) {
    const at = m.index + m[0].indexOf(m[1]!);
    // 回顾2025年，…；2026年起持续巩固: the sentence names the report's year too, so the earlier one is history.
    // Round 40: 回顾2023年全面贯彻党的二十大精神开局之年的工作基础: the year is given its own label or made the base the
    // years since built on, history recalled, not the year reported (planYear and eventYears check the label itself).
    if (LABELLED_PAST_YEAR.test(clauseAfter(text, at + m[1]!.length))) continue;
    if (Number(m[1]) !== year && !/整改|反馈|打算|安排|计划|思路|展望/.test(headingsAbove(ctx, at)) && !sentenceAt(text, at).includes(`${year}年`)) mark(at);
  }
  // 本年度，县政府于2024年3月出台…: the clause calls its own date the report's year.
  for (const m of text.matchAll(/(?:本年度|今年)(?:以来|内|中)?[，,]?[^。；，,\n]{0,12}?(?:于|在)\s*(\d{4})\s*年(?!以来|[—–\-~～至到])/gu)) {
    const at = m.index + m[0].lastIndexOf(m[1]!);
    // 在2023年全年开展…420次的基础上: the earlier year is the base the year's work builds on, however far the 基础.
    const clause = text.slice(at).split(/[。；，,\n]/, 1)[0]!;
    if (Number(m[1]) !== year && !/基础/.test(clause) && !inSkippedLine(at) && !(Number(m[1]) === year + 1 && isPublicationDeadline(text, m.index))) mark(at);
  }
  // 全年…均在2025年内完成 in a report on 2024: the report's own work said done within another year. An earlier
  // year needs the sentence to call the work this year's (全年, 本年度); plans and feedback sections are left alone.
  for (const m of text.matchAll(/(?:均|都|全部|已)?在\s*(\d{4})\s*年内(?:全部|均)?完成/gu)) {
    const y = Number(m[1]);
    const at = m.index + m[0].indexOf(m[1]!);
    const sentence = sentenceAt(text, at);
    const others = [...sentence.matchAll(/(?<!\d)(\d{4})\s*年/gu)].filter((o) => Number(o[1]) !== y);
    if (y === year || others.length || FUTURE.test(sentence) || inSkippedLine(at) || PLAN_SECTION.test(headingsAbove(ctx, at))) continue;
    if (y > year || /全年|本年度|今年/.test(sentence)) mark(at);
  }
  // Round 42: 2025年6月，…部署本年度… in a report on 2024: the year's own work dated after the report was due.
  const inPlans = (at: number) => inSkippedLine(at) || PLAN_SECTION.test(headingsAbove(ctx, at));
  for (const at of laterDatedOwnWork(text, year, ANNUAL_REPORT_PUBLIC_BY_MONTH, FUTURE, inPlans)) if (!marks.some((x) => x.start === at)) mark(at);
  // 镇政府2025年度共召开…10次, 截至2025年底，我局共梳理…236项 in a report on 2026: the year's own result
  // (共 and a count) dated a year early, with nothing in the sentence marking a comparison or history.
  for (const m of text.matchAll(LAST_YEARS_RESULT)) {
    if (Number(m[1]) !== year - 1) continue;
    const at = m.index + m[0].indexOf(m[1]!);
    if (marks.some((x) => x.start === at) || inSkippedLine(at)) continue;
    const sentence = sentenceAt(text, at);
    const otherYears = [...sentence.matchAll(/(?<!\d)(\d{4})\s*年/gu)].filter((o) => Number(o[1]) !== year - 1);
    if (otherYears.length || NOT_THIS_YEARS_RESULT.test(sentence) || FUTURE.test(withoutTargetsMet(sentence)) || !COUNTED.test(sentence)) continue;
    const section = headingsAbove(ctx, text.lastIndexOf('\n', at));
    if (section.includes(String(year - 1)) || PLAN_SECTION.test(section) || PROBLEM_SECTION.test(section)) continue;
    mark(at);
  }
  marks.push(...titleYear(ctx, text, inSkippedLine));
  // A 述法报告 signed after its year is over (in January) has no rest of the year left to plan for. A 自查报告 keeps its
  // leave (round 14): it follows a notice at any time, and its year is the one the notice names; but one signed in the
  // next year does not date its plans by the year it reviews (2025年，我校将…, round 30), whatever its deadlines say.
  const signedAfterYear = (ctx.type === 'shufa-report' || ctx.type === 'self-inspection-report') && signoffLines(ctx).some((l) => readDates(l.text).some((d) => d.year !== undefined && d.year > year));
  const selfSignedAfter = signedAfterYear && ctx.type === 'self-inspection-report';
  const scope = { year, text, skipped: inSkippedLine, section: (at: number) => headingsAbove(ctx, at), plansWithinYear: ctx.type !== 'law-based-government-annual-report' && !signedAfterYear, deadlinesWithinYear: selfSignedAfter };
  for (const at of [...lastYearWork(scope), ...clauseDatedWork(scope), ...ownYearReviewRectified(scope), ...otherYearResults(scope), ...otherReportPeriods(scope), ...reportsBeforeYearClosed(scope), ...otherYearYardsticks(scope), ...earlierYearOwnAccount(scope), ...otherYearLabels(scope), ...laterYearConsolidated(scope), ...earlierDataCutoffs(scope), ...ownYearTasksDated(scope)]) {
    if (!marks.some((x) => x.start === at)) mark(at);
  }
  // Round 54: the year's own count cut off after the 落款.
  const signedDate = signoffLines(ctx).flatMap((l) => readDates(l.text)).find((d) => d.year !== undefined);
  const signedMonth = signedDate ? signedDate.year! * 12 + signedDate.month : undefined;
  for (const at of ownYearCutoffsElsewhere(scope, signedMonth)) {
    if (!marks.some((x) => x.start === at)) mark(at);
  }
  // Round 55: 2025年，本人主持召开… in a report on 2024 signed 2025年1月: the own work under the year of the 落款.
  const signedYearMonth = signedDate ? { year: signedDate.year!, month: signedDate.month } : undefined;
  for (const at of laterYearOwnAccount(scope, signedYearMonth)) {
    if (!marks.some((x) => x.start === at)) mark(at);
  }
  // Round 60: the own work opened by another year and 我区 or the draft's own place (2022年4月28日，我区邀请…).
  const placeLines = [...(ctx.layout.titleLine >= 0 ? [ctx.layout.lines[ctx.layout.titleLine]!.text] : []), ...signoffLines(ctx).map((l) => l.text)];
  for (const at of ownUnitDatedWork(scope, ownPlaces(placeLines), signedYearMonth)) {
    if (!marks.some((x) => x.start === at)) mark(at);
  }
  for (const at of openingClauseYears(ctx, text)) {
    if (!marks.some((x) => x.start === at) && !inSkippedLine(at)) mark(at);
  }
  // Round 61: the opening's summary of the year led by another year (2025年，…在区委的坚强领导下，坚持以… in a report on 2026).
  for (const at of openingYearSummaries(ctx)) {
    if (!marks.some((x) => x.start === at) && !inSkippedLine(at)) mark(at);
  }
  for (const at of pastPlans(scope)) {
    if (!marks.some((x) => x.start === at)) marks.push({ start: at, end: at + 4, fix: `报告年度是${year}年，打算写的是${year + 1}年的工作，核对年份（是${year + 1}年吗）` });
  }
  const [openStart, openEnd] = ctx.layout.opening;
  // [^\S\n]*, not \s*, after the anchor: a line break is an anchor itself, and \s* would rescan a run of blank lines from each of them.
  // Round 39: a month of a later year too (2026年1月以来，本人主持… in a report on 2025); a month of the year before is a
  // span that runs into the reported year (2024年6月以来) and is left alone.
  for (const m of text.matchAll(/(?:^|[。；！？\n]|[一二三四五六七八九十]是)[^\S\n]*自?(\d{4})\s*年(\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?以来[，,]?/gu)) {
    const y = Number(m[1]);
    const at = m.index + m[0].indexOf(m[1]!);
    if ((y !== year - 1 && y <= year) || (m[2] !== undefined && y <= year)) continue;
    if (at >= openStart && at < openEnd) continue;
    // 2025年以来的经验表明…: the span describes a thing, it is not the time of the sentence's work.
    if (text[m.index + m[0].length] === '的') continue;
    if (inSkippedLine(at)) continue;
    const sentenceEnd = text.slice(at).search(/[。\n]/);
    const sentence = text.slice(at + 4, sentenceEnd === -1 ? undefined : at + sentenceEnd);
    // 先后 orders the acts within the span (先后主持召开专题会议4次); it says nothing of how many years the span is.
    if (/\d{4}\s*年/.test(sentence) || MULTI_YEAR.test(sentence.replace(/先后/g, ''))) continue;
    const section = headingsAbove(ctx, at);
    if (section.includes(String(y)) || PLAN_SECTION.test(section)) continue;
    mark(at);
  }
  // A sentence framed as the whole of another year: 2025年全年， 2025年1月至12月， 2025年度， 截至2025年12月31日…全年,
  // 2024年，…全年…, or a later year stated as done (2027年，全县…下降12%). Same exclusions as above.
  // [^\S\n]* after the anchor, as above: \s* would rescan a run of blank lines from each line break.
  // A list item's number may come first: （一）2024年全年，….
  const FRAME = /(?:^|[。；！？\n])[^\S\n]*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])?[^\S\n]*((?:截至|截止)(?:到|至)?)?(\d{4})\s*年(全年|1\s*月\s*(?:至|[—–\-－~～])\s*12\s*月|度|12\s*月\s*31\s*日)?\s*([，,])?/gu;
  for (const m of text.matchAll(FRAME)) {
    const [, upTo, ys, span, comma] = m;
    const y = Number(ys);
    const at = m.index + m[0].indexOf(ys!);
    if (y === year || (at >= openStart && at < openEnd) || inSkippedLine(at)) continue;
    const sentenceEnd = text.slice(at).search(/[。\n]/);
    const sentence = text.slice(at + 4, sentenceEnd === -1 ? undefined : at + sentenceEnd);
    const wholeYear = span === '全年' || (span !== undefined && span.includes('至')) || /^1\s*月\s*[—–\-－~～]/.test(span ?? '');
    // 2025年全年，…以上即本年度主要履职情况: the sentence itself calls that whole year the report's year. So does a
    // 2024年度 opening the sentence with 今年 inside one of its clauses (…社区9个，占今年社区总数的75%); a clause opened by
    // 今年 (2024年度办理80件，今年办理96件) sets the two years side by side, and a sentence on that year's assessment
    // (2024年度述法反馈的问题今年已整改) is about that year. 同比 after 本年度 is the report year's own change on its
    // year before, not a comparison with the year named first.
    const ownChangeDropped = sentence.replace(/(本年度|今年)([^，,；;。]*?)同比/g, '$1$2');
    const yearInClause = span === '度' && /[^，,；;\s]\s*(?:本年度|今年)/.test(sentence) && !/(?:^|[，,；;])\s*(?:本年度|今年)/.test(sentence)
      && !/整改|反馈|考核|评议|述法|通报|结果|表彰|命名/.test(sentence);
    const calledCurrent = (wholeYear || yearInClause) && /本年度|今年/.test(sentence) && !/同比|较|比上年|累计|连续|以来/.test(ownChangeDropped);
    // A later year has no 同比 or 累计 to excuse it: it cannot have been reported on yet.
    if (!calledCurrent && (/\d{4}\s*年/.test(sentence) || (y < year && MULTI_YEAR.test(sentence)))) continue;
    // A list item read as a heading (（一）2024年全年，…) is the sentence itself, not the section it sits in.
    const section = headingsAbove(ctx, text.lastIndexOf('\n', at));
    if (section.includes(String(y)) || PLAN_SECTION.test(section)) continue;
    const framed =
      calledCurrent ||
      (wholeYear && !upTo) ||
      (span === '度' && !!comma) ||
      (upTo && span?.includes('31') && sentence.includes('全年')) ||
      (!span && !!comma && y < year && sentence.includes('全年')) ||
      // 2025年是我局确定的“…年”，全年开展…: the year named, then what was done in it.
      (!span && !upTo && y < year && /^\s*年?\s*是/.test(sentence) && /全年|一年来/.test(sentence)) ||
      (!span && !!comma && y > year && !FUTURE.test(sentence) && (y > year + 1 || DONE.test(sentence)));
    // A year a reader above has marked (2025年是…之年，全年…: other-year-label.ts) is one finding.
    if (framed && !marks.some((x) => x.start === at)) mark(at);
  }
  // A year that ends or opens a span of years (（2016—2020年）, 2021至2025年期间) names a period, not the current year.
  const spanEnds = yearSpanEnds(text);
  return marks.filter((x) => !spanEnds.has(x.start));
}

const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A plan named with its first and last year, and how the draft names it in a message. */
interface PlanSpan {
  start: number;
  end: number;
  /** The plan as the message names it: “十四五”规划, “八五”普法规划, 《…（2021—2025年）》. */
  name: string;
}

/**
 * The plans whose first or last year a sentence may name: “十N五” (2021 + 5(N − 14) to four years on),
 * the N五 普法 plan (“八五”普法规划 2021—2025, currency-2026.md: 2021 + 5(N − 8)), and any plan with its period
 * in its title (《法治政府建设实施纲要（2021—2025年）》的收官之年, 实施的最后一年): the period is read from the title.
 */
/**
 * The words that name a year of a plan: its first, its last, its Nth (第四年, 第四个年头; 第六年 of a six-year plan), or
 * its middle (中期之年: any year strictly between the first and the last, since the reference names no one year for it).
 * 元年 is the first year as 开局 is; 第3年 in digits is 第三年. Round 60 (v62a, audit 62 cases 32, 55, 60): a bare 开局
 * (结合“十五五”开局推进, 开局谋划) names the plan's opening as a stage of work, not a year; only 开局之年 dates a year.
 */
const PLAN_WORD_BARE = '(开局|起步|开篇|起始|启动|首|元|收官(?!后|以后|之后)|收尾|决胜|最后一|中期(?:评估)?|第[一二三四五六七八九1-9])';
const PLAN_WORD = '((?:开局|起步|开篇|起始)(?=之?年|个?年|第一)|启动(?=之?年)|首(?=年)|元(?=年)|收官(?!后|以后|之后)|收尾|决胜|最后一|中期(?:评估)?(?=之?年)|第[一二三四五六七八九1-9](?=个?年))';
/**
 * What may stand between a plan's name and the word for its year: 的, 实施, 已, a verb of arriving (进入, 迎来, 步入:
 * 2024年，“八五”普法规划进入收官之年) and a word of manner (顺利, 圆满). The verb comes before 实施 as often as after
 * it (进入实施的最后一年, 实施进入最后一年).
 */
const ARRIVING = '(?:进入|迎来|步入|走进|到了)';
const PLAN_GLUE = `(?:的)?${ARRIVING}?(?:实施)?(?:的)?(?:已经?)?${ARRIVING}?(?:顺利|圆满|全面|如期|胜利)?`;

interface PlanMark { re: RegExp; span: (m: RegExpMatchArray) => PlanSpan | PlanSpan[]; sentenceEnd: RegExp }

const PLAN_MARKS: PlanMark[] = [
  {
    re: new RegExp(`十([一二三四五六七八九])五[”"’]?(?:规划|时期)?${PLAN_GLUE}${PLAN_WORD}`, 'gu'),
    span: (m) => ({ start: 2021 + 5 * (CN_DIGIT[m[1]!]! - 4), end: 2021 + 5 * (CN_DIGIT[m[1]!]! - 4) + 4, name: `“十${m[1]}五”规划` }),
    sentenceEnd: /[。；！？\n]/,
  },
  {
    re: new RegExp(`(?<!十)([五六七八])五[”"’]?普法(?:规划)?${PLAN_GLUE}${PLAN_WORD}`, 'gu'),
    span: (m) => ({ start: 2021 + 5 * (CN_DIGIT[m[1]!]! - 8), end: 2021 + 5 * (CN_DIGIT[m[1]!]! - 8) + 4, name: `“${m[1]}五”普法规划` }),
    sentenceEnd: /[。\n]/,
  },
  {
    re: new RegExp(`[（(]((?:19|20)\\d{2})\\s*[—–\\-－~～至到]\\s*((?:19|20)\\d{2})\\s*年?[）)]》?[”"’]?${PLAN_GLUE}${PLAN_WORD_BARE}(?=之?年|个年)`, 'gu'),
    span: (m) => ({ start: Number(m[1]), end: Number(m[2]), name: `这份规划（${m[1]}—${m[2]}年）` }),
    sentenceEnd: /[。\n]/,
  },
  {
    // Round 42: the plan named with its period, then named again by its short name in the next clause (对照《…纲要
    // （2021—2025年）》，纲要实施进入第四年): the short name is the plan just named.
    re: new RegExp(`[（(]((?:19|20)\\d{2})\\s*[—–\\-－~～至到]\\s*((?:19|20)\\d{2})\\s*年?[）)]》?[”"’]?[^，,。；\\n]{0,12}[，,]\\s*(?:该|这一|此|本)?(?:纲要|规划|计划|方案)${PLAN_GLUE}${PLAN_WORD_BARE}(?=之?年|个年)`, 'gu'),
    span: (m) => ({ start: Number(m[1]), end: Number(m[2]), name: `这份规划（${m[1]}—${m[2]}年）` }),
    sentenceEnd: /[。\n]/,
  },
];

/**
 * A plan's first or last year with another year in the same sentence: “十五五”开局之年 is 2026, “十四五”收官之年
 * 2025, 《…（2021—2025年）》的收官之年 2025. A range or a second year in the sentence (2025年是“十四五”收官之年，
 * 2026年是“十五五”开局之年) stays silent; 今年 or 本年度 alone stands for the report's year.
 */
/**
 * A plan named without its period (今年是法治政府建设实施纲要收官之年): the sources give the period of each plan whose
 * title carries one. Plans of one name (纲要 2015—2020 and 2021—2025) are all read; the sentence is right if any fits.
 */
function namedPlanMarks(periods: NonNullable<ConsistencyRule['periods']>): PlanMark[] {
  const byName = new Map<string, PlanSpan[]>();
  for (const p of periods) byName.set(p.name, [...(byName.get(p.name) ?? []), { start: p.start, end: p.end, name: `${p.name}（${p.start}—${p.end}年）` }]);
  return [...byName].map(([name, spans]) => ({
    re: new RegExp(`${namedPlanPattern(name)}[》”"’]?${PLAN_GLUE}${PLAN_WORD}(?=之?年|个?年|(?<=收官)[，,。；])`, 'gu'),
    span: () => spans,
    sentenceEnd: /[。\n]/,
  }));
}

/**
 * A plan's name as writers shorten it: 提升行政执法质量三年行动计划 is written 提升行政执法质量三年行动 as often, so a closing
 * 计划 after 行动 may be left out (the rest of the name still names the one plan).
 */
function namedPlanPattern(name: string): string {
  const escaped = escapeRegExp(name);
  return /行动计划$/.test(name) ? `${escaped.slice(0, -2)}(?:计划)?` : escaped;
}

/** What may open a sentence before a plan's year label: 在, 值此, 正值, 作为, a quotation mark (“十四五”收官之年，…). */
const LABEL_OPENING = /^\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*)?(?:(?:在|值此|正值|适逢|恰逢|作为)[^，,。；：:]{0,40}|[“"《]?)$/u;

/**
 * Whether a sentence that names no year opens with a plan's year label (在“十四五”规划收官之年，我县全面完成…): the
 * label then dates the sentence's own work, done in the report's year (or the next, in its section of plans).
 */
const opensWithLabel = (lead: string, after: string): boolean => LABEL_OPENING.test(lead) && /^之?年(?:里|中|内)?[，,]/.test(after);

export function planYear(ctx: Ctx, rule?: ConsistencyRule): Mark[] {
  const text = foldDraft(ctx);
  const marks: Mark[] = [];
  for (const { re, span, sentenceEnd } of [...PLAN_MARKS, ...namedPlanMarks(rule?.periods ?? [])]) {
    for (const m of text.matchAll(re)) {
      const spans = [span(m)].flat();
      // 第N年 of a five-year plan is its start + N − 1 (实施第四年 of 2021—2025 is 2024); 开局 the first, 收官 the last.
      const word = m[m.length - 1]!.replace(/\d/, (d) => '〇一二三四五六七八九'[Number(d)]!);
      const nth = /^第([一二三四五])$/.exec(word);
      const first = /开局|起步|开篇|起始|启动|首|元|第一/.test(word);
      const middle = word.startsWith('中期');
      const yearOf = (plan: PlanSpan) => (nth ? plan.start + CN_DIGIT[nth[1]!]! - 1 : first ? plan.start : middle ? Math.round((plan.start + plan.end) / 2) : plan.end);
      const { start: s, text: sentence } = sentenceAround(text, m.index, { stops: sentenceEnd });
      const after = text.slice(m.index + m[0].length);
      // 在“十四五”规划圆满收官的基础上, 收官之年之后: the year is another's, the one the sentence's work follows.
      if (/^之?年?的?(?:基础上|之后|以后|后)/.test(after)) continue;
      const years = [...sentence.matchAll(/(?<![\d—–\-~～至到])(\d{4})\s*年(?![\d—–\-~～至到]|以来)/gu)];
      // 今年是“十四五”收官之年 in a report on 2026: 今年 is the report's year. So is a sentence that opens with the
      // label (在“十四五”规划收官之年，我县…): it dates the sentence's own work, done in the report's year (or the next, in its plans).
      // 明年是“十五五”规划的第二年 (the year after the report's) and 去年是…收官之年 (the year before) name their year as the
      // subject of 是, 为 or 作为; elsewhere in a sentence those words may date something else (对上年度述法反馈的问题…).
      const thisYear = years.length === 0 && ctx.year ? /今年|本年度?/.exec(sentence) ?? /(?:明年|来年|去年)(?=是|为|将是|作为)/.exec(sentence) : null;
      const yearOfWord = thisYear ? ctx.year! + (/^(?:明|来)/.test(thisYear[0]) ? 1 : thisYear[0] === '去年' ? -1 : 0) : 0;
      const label = years.length === 0 && !thisYear && ctx.year ? opensWithLabel(sentence.slice(0, m.index - s), after) : false;
      // 今年是…收官之年 in a sentence that dates its other clauses too (按照…2024年度述法工作的安排，今年是…): the clause's subject.
      // …实施的第四年，即2025年: a year set beside the label says which year it means, whatever the clause's subject.
      const appositive = /^(?:之?年|个?年头?)?\s*[，,（(]\s*即\s*\d{4}\s*年/.test(after);
      const subject = appositive ? null : clauseSubjectYear(text, m.index, ctx.year ?? undefined);
      if (!subject && years.length !== 1 && !thisYear && !label) continue;
      // “八五”普法规划已顺利收官，今年…: a closing told as done, with 今年 only after it, dates the closing before this year.
      if (!subject && thisYear && /已/.test(m[0]) && thisYear.index > m.index - s) continue;
      const claimed = subject ? subject.year : label ? workYearAt(ctx, m.index) : thisYear ? yearOfWord : Number(years[0]![1]);
      // 第六年 of a five-year plan (“八五”普法规划实施的第六年) lies after its period: no year of the plan fits it.
      const within = (plan: PlanSpan) => yearOf(plan) <= plan.end;
      const fits = (plan: PlanSpan) => (middle ? claimed > plan.start && claimed < plan.end : yearOf(plan) === claimed && within(plan));
      if (spans.some(fits)) continue;
      // Of plans sharing a name, the message names the latest begun by the year claimed.
      const plan = spans.filter((p) => p.start <= claimed).at(-1) ?? spans[0]!;
      const meant = yearOf(plan);
      const at = subject ? subject.at : label ? m.index : thisYear ? s + thisYear.index : s + years[0]!.index;
      const len = subject ? subject.length : label ? 0 : thisYear ? thisYear[0].length : 4;
      const which = nth && !first ? `第${nth[1]}年` : first ? '第一年' : middle ? '中期' : '最后一年';
      // The mark covers the year and the plan's words, whichever comes first: the two contradict each other.
      const nthTail = nth || word === '最后一' ? (/^(?:个年头|个年|年)/.exec(text.slice(m.index + m[0].length))?.[0].length ?? 0) : 0;
      const where = subject && !/^\d/.test(subject.words) ? `（“${subject.words}”，即${subject.year}年）` : subject ? '' : thisYear ? (yearOfWord === ctx.year ? `（报告年度，“${thisYear[0]}”）` : `（“${thisYear[0]}”，报告年度${ctx.year}年${yearOfWord > ctx.year! ? '的下一年' : '的上一年'}）`) : label ? '（句子开头的这一年，即报告年度）' : '';
      // Round 52: an earlier stage of an ended plan that has no named successor (“八五”普法, a 纲要 with its period) said of a
      // year after it ended is the ended plan used to place this year: expired-plan-label.ts reports it. The 十N五 periods
      // run on (“十四五”开局之年 for “十五五”), so their stage words stay a slipped year here.
      if (claimed > plan.end && within(plan) && yearOf(plan) < plan.end && !middle && !plan.name.startsWith('“十')) continue;
      const place = { start: Math.min(at, m.index), end: Math.max(at + len, m.index + m[0].length + nthTail) };
      if (!within(plan)) marks.push({ ...place, fix: `${plan.name}到${plan.end}年期满，没有${which}；核对规划或年份`, message: `${plan.name}是${plan.start}—${plan.end}年，没有${which}，这里写的是${claimed}年${where}。` });
      else if (middle) marks.push({ ...place, fix: `${plan.name}的中期在${plan.start + 1}—${plan.end - 1}年之间，核对年份`, message: `${plan.name}是${plan.start}—${plan.end}年，${claimed}年${claimed === plan.end ? '是收官之年' : claimed === plan.start ? '是开局之年' : '不在规划期内'}，不是中期，这里写的是${claimed}年${where}。` });
      else marks.push({ ...place, fix: `${plan.name}的${which}是${meant}年，核对年份`, message: `${plan.name}的${which}是${meant}年，这里写的是${claimed}年${where}。` });
    }
  }
  // 今年是《…（2021—2025年）》实施的关键之年，也是收官之年: the label in a second clause, its subject the first's.
  for (const m of elidedPlanLabels(text, ctx.year ?? undefined)) if (!marks.some((x) => x.start < m.end && m.start < x.end)) marks.push(m);
  return marks;
}

/** A count written in Chinese numerals up to 九十九 (十, 十二, 二十) or in digits. */
function countOf(n: string): number | null {
  if (/^\d+$/.test(n)) return Number(n);
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(n);
  if (!m || (!m[2] && m[1] && m[3])) return null;
  if (!m[2]) return CN_DIGIT[m[1] ?? m[3]!] ?? null;
  return (m[1] ? CN_DIGIT[m[1]]! : 1) * 10 + (m[3] ? CN_DIGIT[m[3]]! : 0);
}

/** A count in the form the writer used: digits stay digits, Chinese numerals stay Chinese. */
function countLike(n: number, like: string): string {
  if (/^\d/.test(like)) return String(n);
  const tens = Math.floor(n / 10);
  const units = n % 10;
  const cn = (d: number) => '一二三四五六七八九'[d - 1]!;
  return `${tens > 1 ? cn(tens) : ''}${tens ? '十' : ''}${units ? cn(units) : ''}`;
}

/**
 * A current text's years counted wrong: its year of force (施行的第N年, 第N个年头) or an anniversary (印发N周年,
 * 施行N周年). The years come from the source (its date when adopted, its 施行 date when in force): 新修订的行政复议法
 * 施行的第一年 is 2024 (central-documents.md 5); 《党政主要负责人履行推进法治建设第一责任人职责规定》印发十周年 is
 * 2026 (dated 2016-12). A revised law is known by its title without the revision note and needs 新修订 or 修订后
 * before it: the bare name may mean its first text, with its own year. The year claimed is the sentence's one
 * year, or 今年 for the report's.
 */
export function lawYear(rule: ConsistencyRule, ctx: Ctx): Mark[] {
  const texts = (rule.numbered ?? []).filter((s) => s.since !== undefined);
  if (!texts.length) return [];
  const text = foldDraft(ctx);
  // The year of the law's adoption or force named outright (今年是…修订通过之年), from the same dates.
  const marks: Mark[] = lawMilestoneYears(rule, ctx);
  const N = '[一二三四五六七八九十]{1,3}|\\d{1,2}';
  for (const doc of texts) {
    const revised = /修订|修正/.test(doc.title);
    const name = escapeRegExp(doc.title.replace(/[（(][^（）()]*[）)]$/, '').replace(/^中华人民共和国/, ''));
    // 新行政复议法, 新《行政复议法》: 新 alone names the revised text as well.
    const prefix = revised ? '(?:新修订|修订后|新修正|修正后|新)的?' : '';
    const re = new RegExp(`${prefix}[《“]?(?:中华人民共和国)?${name}[》”]?(?:的)?(?:正式)?(?:修订|修正)?((?:印发|颁布|出台|发布|公布)?(?:施行|实施)?)(?:的)?(?:第(${N})(?=个?年)|(${N})周年|(首)(?=年))`, 'gu');
    for (const m of text.matchAll(re)) {
      const verb = m[1]!;
      if (!verb) continue;
      // 印发, 颁布 count from the year the text was adopted; 施行, 实施 alone from its year of force.
      const base = /印发|颁布|出台|发布|公布/.test(verb) ? doc.adopted ?? doc.since! : doc.since!;
      // 施行首年 is its first year of force, 第一年 in other words.
      const first = m[4] !== undefined;
      const written = m[2] ?? m[3] ?? '一';
      const n = countOf(written);
      if (n === null) continue;
      const nth = m[2] !== undefined || first;
      const meant = nth ? base + n - 1 : base + n;
      const { text: sentence } = sentenceAround(text, m.index, { stops: /[。；\n]/ });
      const years = [...sentence.matchAll(/(?<![\d—–\-~～至到])(\d{4})\s*年(?![\d—–\-~～至到]|以来)/gu)];
      const thisYear = years.length === 0 && ctx.year ? /今年|本年度?/.exec(sentence) : null;
      if (years.length !== 1 && !thisYear) continue;
      const claimed = thisYear ? ctx.year! : Number(years[0]![1]);
      if (claimed === meant || claimed <= base - (nth ? 1 : 0)) continue;
      const right = nth ? claimed - base + 1 : claimed - base;
      // A count far off counts from another text of the same name (政府信息公开条例施行第十八年: the 2008 text, not the
      // 2019 revision the source is); a slip is a year or two. A revised text is matched only with 新修订, 修订后 or 新
      // before it, so the writer named the revision itself: a count far off (2024年是新修订的行政处罚法施行第一年, a 2021
      // revision) takes a later year for the revision's, not another text's.
      if (!revised && Math.abs(right - n) > 2) continue;
      const plain = name.replace(/\\/g, '');
      const spanStart = m.index + m[0].indexOf(verb);
      const tail = nth ? (/^(?:个年头|个年|年)/.exec(text.slice(m.index + m[0].length))?.[0] ?? '') : '';
      const spanEnd = m.index + m[0].length + tail.length;
      const fixed = first ? `${text.slice(spanStart, m.index + m[0].length - 1)}第${countLike(right, written)}${tail}` : nth ? `${text.slice(spanStart, m.index + m[0].length - written.length)}${countLike(right, written)}${tail}` : `${text.slice(spanStart, m.index + m[0].length - written.length - 2)}${countLike(right, written)}周年`;
      const since = /印发|颁布|出台|发布|公布/.test(verb) ? `${base}年印发` : `${base}年施行`;
      marks.push({ start: spanStart, end: spanEnd, fix: `改为：${fixed}`, message: `${plain}${revised ? '（修订）' : ''}${since}，${claimed}年是${nth ? `施行的第${countLike(right, '一')}年` : `${countLike(right, '一')}周年`}。` });
    }
  }
  return marks;
}
/**
 * 瑞昌市2023年度法治建设工作自查报告 over a report whose body reviews 2024 (我市对2024年度法治建设情况开展自查): the
 * title kept last year's year. Only when the body names the report's year and never the title's, so a title year the
 * report itself also uses (a 2023年度 feedback it answers) leaves the choice to the writer. A year inside 《》, a range
 * or 以来 is not the title's own. When no year is given, the year is guessed from the title and this says nothing.
 */
/** Before a year: the words that make it the base a figure is compared with (比2024年, 较2023年度, 与2023年). */
const COMPARED_BEFORE = /(?:比|较|与|同|对比)\s*$/u;
/** After a year: the same (2024年同期, 2023年相比). */
const COMPARED_AFTER = /^\s*度?(?:同期|相比|相较|比较)/u;
const comparedWith = (text: string, at: number, length: number): boolean =>
  COMPARED_BEFORE.test(text.slice(Math.max(0, at - 4), at)) || COMPARED_AFTER.test(text.slice(at + length, at + length + 6));

function titleYear(ctx: Ctx, text: string, skipped: (at: number) => boolean): Mark[] {
  const year = ctx.year;
  if (!year || ctx.layout.titleLine < 0) return [];
  const line = ctx.layout.lines[ctx.layout.titleLine]!;
  if (!/报告|述法|总结|自查/.test(line.text)) return [];
  const own = text.slice(line.start, line.end).replace(/《[^《》]*》/g, (t) => '＿'.repeat(t.length));
  const m = /(?<![\d—–\-~～至到])(\d{4})\s*年度?(?![\d—–\-~～至到]|以来)/u.exec(own);
  if (!m || Number(m[1]) === year) return [];
  // A year named only as the base of a comparison (比2024年增加13件, 与2023年相比) is not a year the report covers: it
  // leaves the title's year unexplained.
  // Round 56 (v57d-year-contradiction-03): a later year in the section on next steps (2026年，区政府将…) is the plans' year,
  // not one the report covers: it leaves a later title year unexplained.
  const plansYear = (y: RegExpExecArray) => Number(y[1]) > year && isNextStepsHeading(headingsAbove(ctx, y.index));
  // Round 58 (v60c-year-contradiction-08): a year closing a range (《法治政府建设实施纲要（2021—2025年）》) is the plan's
  // period, not one the report covers: it leaves the title's year unexplained as well. A single year in a cited notice's
  // title (《关于开展2025年度法治建设工作自查的通知》, v57d-year-contradiction-03) does name the year reviewed, and counts.
  const bodyYears = [...text.matchAll(/(?<![\d—–\-~～至到])(\d{4})\s*年/gu)].filter((y) => !skipped(y.index) && !comparedWith(text, y.index, y[0].length) && !plansYear(y)).map((y) => Number(y[1]));
  if (!bodyYears.includes(year) || bodyYears.includes(Number(m[1]))) return [];
  const at = line.start + m.index;
  return [{ start: at, end: at + m[0].length, message: `标题写的是${m[1]}年度，正文报告的却是${year}年度的情况。`, fix: `报告年度是${year}年，核对标题里的年份` }];
}

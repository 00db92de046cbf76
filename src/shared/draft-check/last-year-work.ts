/**
 * The reported year's own work dated with an earlier year. A report on a year tells what was done in it
 * (requirements.md 二: the annual report is on 上一年度, the year just ended), so when a clause reports work
 * as this year's (本年度…, 全年…, or a result in the work section) but dates the work itself a year or two
 * earlier (均于2024年内完成, 完成2024年度学法考试, 截至2024年底…达到100%), the year was most likely left from
 * last year's draft. The clause is read, not matched against a list of phrasings: an earlier year written as
 * the time of an act, inside a sentence that claims the act for the reported year. History, baselines,
 * comparisons, feedback and plans name earlier years legitimately and keep the sentence silent.
 */
import { sentenceAround } from './sentence.ts';
import { isNextStepsHeading } from './plan-section.ts';

/** Words that make a sentence speak of the reported year itself. 年内 alone, not 2024年内. */
const THIS_YEAR = /本年|今年|全年|一年来|(?<![\d年度\s])年内/;

/**
 * Words that say an earlier year is meant as such: a comparison, a baseline (基础, 共有), history (以来, 累计,
 * 此前), a carried-over case (系2024年受理, 遗留, 结转, 未办结), last year's feedback (整改, 反馈), or a later plan.
 */
export const EARLIER_YEAR_MEANT = /较|同期|增至|降至|增长|下降|增加|减少|提高|同比|比上年|相比|对比|上年|去年|上一年|基础|以来|累计|连续|历年|先后|逐年|至今|分别|整改|反馈|回顾|此前|以前|原有|遗留|结转|(?:系|属于?)(?:在|于)?\s*\d{4}|共有|现有|尚有|仍有|未|将|力争|确保|预计|目标|计划|拟|争取/;

/** Headings of sections where other years are expected: problems, plans, last year's feedback, an overview. */
export const OTHER_YEARS_SECTION = /问题|不足|短板|差距|困难|整改|反馈|打算|安排|计划|思路|展望|下一步|今后|改进|基本情况|概况/;

/**
 * An earlier year as the time an act was done by: 于2024年内完成, 在2024年度内, 于2024年12月底前全部办结, 均在2024年完成,
 * 2024年底前全部办结.
 */
const DONE_WITHIN = /(?:(?:于|在)\s*(\d{4})\s*年(?:度内|内|年?底前?|年?末前?|\s*\d{1,2}\s*月[^。；，,\n\d]{0,4}?)?|(\d{4})\s*年(?:度内|内|年?底前|年?末前))[^。；，,\n]{0,6}?(?:完成|办结|审结|建成|投入|落实|实现|审核|审查|备案|印发|出台|公布|到位)/gu;

/**
 * An activity held within a year, dated by that year (完成2024年度学法考试, 参加2024年度网上学法, 2024年度学法考试合格率100%):
 * not the 考核, 述法, 评查 or 报告 done after a year closes.
 */
const YEARS_ACTIVITY = /(?:(?:完成|参加|参与|组织|举办|开展|通过)[^。；，,\n\d]{0,4}?)?(\d{4})\s*年度?[^。；，,\n\d]{0,10}?(?:考试|测试|测评|培训|轮训|学法|旁听庭审|普法|活动|宣传周|宣传月|专项行动|竞赛|讲座)/gu;

/** A result stated at an earlier year's end: 截至2024年底（12月、12月31日），…覆盖率达到100%. */
const RESULT_AT_YEAR_END = /(?:截至|截止)(?:到|至)?\s*(\d{4})\s*年(?:年?底|年?末|度末|12\s*月份?\s*(?:底|末|31\s*日)?(?!\s*\d))[，,]?/gu;
const RESULT = /达到|实现|完成|建成|覆盖|全部|均已|100\s*%/;

/** The unit that did the work, as a sentence names it before the year (本人2024年…, 全县2024年…, 县委2024年…). */
export const SUBJECT = '(?:本人|我[局县镇市区乡委办厅]|全[县镇市区省乡]|[县镇市区乡]政府|[县镇市区]委|本(?:单位|部门|机关)|我单位|局党[组委])';

/**
 * An earlier year as the time of a sentence in the work section, opening it (2024年度办理…58件, （一）2024年，…达到100%,
 * after the unit that did the work: 本人2024年带头学法6次, 全县2024年…) or dating its result (应诉率在2024年达到100%,
 * 出庭应诉率2024年达到100%): the year's result from last year's draft. An honour a unit received in
 * that year (获评, 被评为, 荣获) is news of that year's assessment, reported the next year, and stays silent.
 */
const SENTENCE_DATED = new RegExp(`(?:(?:^|[。；！？\\n])[^\\S\\n]*(?:[（(][一二三四五六七八九十\\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}是|\\d{1,2}[.．、])?[^\\S\\n]*${SUBJECT}?(?:在|于)?(\\d{4})\\s*年(?:度|内)?(?![\\d—–\\-~～至到]|以来|起|初|[上下]半年|年?[底末]前)|(?:(?:在|于)\\s*|(?<=率))(\\d{4})\\s*年(?:度|内)?(?=达到|实现|共|全部))`, 'gu');
/** A result the sentence reports: a count of things done, a rate, or a verb of achieving. */
const COUNTED_OR_ACHIEVED = /\d+(?:\.\d+)?\s*(?:万|亿)?\s*(?:%|件|次|项|场|个|人次|名|篇|份|起|期|批|家|条|部|宗|户)|达到|实现|办结|审结|建成/;
/** A match of SENTENCE_DATED whose year follows its subject. */
const AFTER_SUBJECT = new RegExp(`${SUBJECT}\\s*(?:在|于)?\\s*\\d{4}\\s*年(?:度|内)?$`, 'u');
/** What is done on a year after it closes: its assessment, 述法 and ranking. */
const YEAR_ASSESSED = /考核|述法|评议|评估|评查|排名|位列|考评|等次/;
/** A figure set beside another unit's. */
const COMPARED_WITH_OTHERS = /低于|高于|平均/;
/** Words of a change, which say a figure moved, not which year it is compared with. */
const CHANGE = /增至|降至|增长|下降|增加|减少|提高/g;
const HONOUR = /获评|被评|评为|荣获|命名|授予|表彰|获得/;

export interface YearScope {
  year: number;
  /** Whether plans for the rest of the reported year are no slip: a 自查报告 or 述法报告 may be written before the year is out. */
  plansWithinYear: boolean;
  /**
   * Whether a deadline within the reported year (力争2025年底前完成…) is still no slip where a plan dated by the year is
   * one: a 自查报告 signed after its year keeps round 14's leave for deadlines only (round 30).
   */
  deadlinesWithinYear?: boolean;
  /** The draft with its dates folded to ASCII digits (date-reader.ts), offsets unchanged. */
  text: string;
  /** Whether an offset lies in a line the body checks skip (the title, the 落款). */
  skipped: (at: number) => boolean;
  /** The level-1 and level-2 headings above an offset, joined. */
  section: (at: number) => string;
}

/** Offsets of the earlier years written as the time of the reported year's own work. */
export function lastYearWork({ year, text, skipped, section }: Omit<YearScope, 'plansWithinYear'>): number[] {
  const found: number[] = [];
  // A stock at an earlier year's end (截至2024年底，全区累计培育…2460名) is last year's figure however it was reached:
  // 累计 there says how the stock grew, not that the year is history.
  // A year opening its sentence (2025年，…纠错率下降到8%) is the time of the change, not its base: only a named base
  // (较, 同比, 上年) makes the sentence a comparison.
  const consider = (m: RegExpMatchArray, needsThisYear: boolean, stock = false, opensSentence = false) => {
    const ys = m[1] ?? m[2]!;
    const y = Number(ys);
    if (!(y < year && y >= year - 3)) return;
    const at = m.index! + m[0].indexOf(ys);
    if (skipped(at)) return;
    const { start, text: sentence } = sentenceAround(text, at);
    // The sentence without the matched words: 全年 or 年内 inside them is no claim on the reported year.
    const rest = sentence.slice(0, Math.max(m.index!, start) - start) + sentence.slice(m.index! + m[0].length - start);
    if (needsThisYear !== THIS_YEAR.test(rest)) return;
    // 今年以来 claims the reported year; only another 以来 tells of history.
    const own = sentence.replace(new RegExp(`(?:今|本|${year}\\s*)年度?以来`, 'g'), '');
    const read = stock ? own.replace(/累计/g, '') : opensSentence ? own.replace(CHANGE, '') : own;
    if (EARLIER_YEAR_MEANT.test(read) || /(?<!\d)\d{4}\s*年/.test(rest)) return;
    // 2024年内出台的3项制度，今年均已落实: the earlier year dates a thing the sentence goes on to speak of, not the work it
    // claims for the reported year. Without such a claim (在2024年度的学法考试中…100%) the result itself is dated so.
    const clauseEnd = text.slice(m.index! + m[0].length).search(/[。；，,\n]/);
    if (needsThisYear && text.slice(m.index! + m[0].length, clauseEnd === -1 ? undefined : m.index! + m[0].length + clauseEnd).includes('的')) return;
    const heads = section(text.lastIndexOf('\n', at));
    if (heads.includes(String(y)) || OTHER_YEARS_SECTION.test(heads)) return;
    // A stock is the year's result only under a heading of the year's work; a loose 截至…累计 line is a running total.
    if (stock && EARLIER_YEAR_MEANT.test(sentence) && !heads.trim()) return;
    found.push(at);
  };
  for (const m of text.matchAll(DONE_WITHIN)) consider(m, true);
  for (const m of text.matchAll(YEARS_ACTIVITY)) consider(m, true);
  // A year-end result needs no 本年度: in the work section it is the year's result. With 本年度 beside it, the
  // earlier year-end is a baseline the year's work is added to (current-year's own rule reads that case).
  for (const m of text.matchAll(RESULT_AT_YEAR_END)) {
    const after = text.slice(m.index + m[0].length).split(/[。；\n]/, 1)[0]!;
    if (RESULT.test(after) || COUNTED_OR_ACHIEVED.test(after)) consider(m, false, true);
  }
  for (const m of text.matchAll(SENTENCE_DATED)) {
    const { text: sentence } = sentenceAround(text, m.index! + m[0].length - 1);
    const clause = text.slice(m.index! + m[0].length).split(/[。；，,\n]/, 1)[0]!;
    // The year's assessment, 述法 or ranking is done after it closes and reported the next year (全县2025年度…考核位列第1名).
    if (YEAR_ASSESSED.test(clause)) continue;
    // After a subject the year may date a thing rather than the work (县委2025年印发的《…》共设指标36项), or a wider unit's
    // figure the sentence compares with (全市2025年…为8%，我县低于…).
    if (AFTER_SUBJECT.test(m[0]) && (clause.includes('的') || COMPARED_WITH_OTHERS.test(sentence))) continue;
    if (COUNTED_OR_ACHIEVED.test(sentence) && !HONOUR.test(sentence)) consider(m, false, false, /^[，,]/.test(text.slice(m.index! + m[0].length)));
  }
  return found;
}

/**
 * The period a report covers, written as a whole calendar year (本报告期为2025年1月1日至12月31日, 述法时间范围为…,
 * 报告期内（2025年1月至12月）): it is the reported year itself (requirements.md 二: the report is on one year), so
 * any other year there, earlier or later, is a slip.
 */
const WHOLE_YEAR = /(\d{4})\s*年\s*1\s*月(?:\s*1\s*日)?\s*(?:至|到|—|–|-|－|~|～)\s*(?:(\d{4})\s*年\s*)?12\s*月(?:\s*31\s*日)?/gu;
const PERIOD_WORDS = /报告期|自查期|考核期|时间范围|(?:述法|统计|报告|自查|考核|考评|评估|检查|述职)(?:时间|期间|时段|范围|区间|周期)/;

/**
 * Offsets of the whole-year report periods dated another year. With both years written, the one that is not the
 * reported year is the slip (2025年1月1日至2024年12月31日 in a report on 2025: the end year). A period whose end comes
 * before its start cannot be, whatever words stand around it.
 */
export function otherReportPeriods({ year, text, skipped }: Omit<YearScope, 'plansWithinYear' | 'section'>): number[] {
  const found: number[] = [];
  for (const m of text.matchAll(WHOLE_YEAR)) {
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if ((from === year && to === year) || skipped(m.index)) continue;
    // A period of two whole years (2024年1月至2025年12月) is a review of both, not one year's period.
    if (to > from) continue;
    const at = from !== year ? m.index : m.index + m[0].lastIndexOf(m[2]!);
    const { text: sentence } = sentenceAround(text, m.index);
    if (to < from || PERIOD_WORDS.test(sentence)) found.push(at);
  }
  return found;
}

/** Words of a plan: what the unit will do. */
const WILL = /将|力争|争取|确保|计划|拟|推动|继续|持续|进一步|预计|目标|准备|打算|着力|全力|加快|抓好|聚焦|重点(?=抓|推|做|围绕|加强|开展|实施|解决|健全|完善)/;
/** A plan word that is the unit's own, not a need a problem states (执法水平有待进一步提高, 仍需持续改进). */
const OWN_WILL = new RegExp(`(?<!有待|需要?|亟待)(?:${WILL.source})`, 'u');
const PLAN_WILL = '(?:将|力争|争取|拟|计划|要|继续|持续|准备|打算)';
/** The unit that plans, between the year and its plan word (2024年我局将…, 2024年全镇计划…). */
const PLANNER = '(?:我[局县镇市区乡委办厅]|全[县镇市区省乡]|[县镇市区乡]政府|[县镇市区乡]委|本(?:单位|部门|机关|人)|我单位|局党[组委]|本人|我)';
/** A word that opens a plan before its year (下一步，2024年将…; 明年，2024年…; 今后一年). */
const PLAN_LEAD = '(?:(?:下一步|今后(?:一年)?|明年|来年|新的?一年(?:里)?)[，,]?[^\\S\\n]*)';
/**
 * A completion set for a time without 前 (2023年上半年完成…, 2025年6月底建成…): a deadline all the same. Not a thing
 * made then (2025年6月建成的平台): that is a base the plan builds on.
 */
const DUE_VERB = '(?:全面)?(?:完成|实现|建成|上线|出台)(?!的)';
const DUE_NEXT = new RegExp(`^${DUE_VERB}`, 'u');
/**
 * A year dating the plan itself: opening the sentence (2024年，我局将…; 2024年将推进…, the year the subject of a plan
 * word; also with a word for the year around it, 今年（2024年）将…, 2024年（明年）将…: the written year still dates the
 * plan, whatever the word beside it says), a deadline (2025年底前, 2025年6月底前, 到2025年: a target year), or
 * 2025年内. Spaces only after a word before the year: a \s* that may start anywhere would rescan each run of blank lines.
 */
const PLAN_DATED = new RegExp(`(?:(?:^|[。；！？\\n])[^\\S\\n]*(?:[（(][一二三四五六七八九十\\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}是)?[^\\S\\n]*${PLAN_LEAD}?(?:(?:今年|本年度?|明年|下一?年度?|新的?一年)\\s*[（(]\\s*即?\\s*)?(\\d{4})\\s*年(?:度|年(?=[，,]))?(?:\\s*[（(]\\s*(?:今年|本年度?|明年|下一?年度?)\\s*[）)])?(?:[）)]\\s*)?(?:[，,]|(?=${PLANNER}?${PLAN_WILL}))|(?:(?:到|至|在|于)\\s*)?(\\d{4})\\s*年(?:度内|内|年?底前|年?末前|\\s*\\d{1,2}\\s*月(?:底|末)?前|(?:上半年|前三季度|第?[一二三]季度)(?:末|底)?前|(?:上半年|前三季度|第?[一二三]季度|年?底|年?末|\\s*\\d{1,2}\\s*月(?:底|末)?)(?=${DUE_VERB})|(?<=[到至]\\s*\\d{4}\\s*年)(?![\\d度—–\\-~～至到])))`, 'gu');
/** A deadline ending before the year does: a half, a quarter, or a month before December. */
const MID_YEAR_DEADLINE = /上半年|季度|年\s*(?:[1-9]|1[01])\s*月/u;
/** Words that date something else in the sentence: last year's feedback, a base, a comparison, history. */
const NOT_THE_PLANS_DATE = /整改|反馈|问题|述法|考核|评议|督察|基础|较|同比|比上年|以来|累计|《/;

/**
 * The plans section dated in the past: a report on a year plans for the next one, so a plan dated in the reported
 * year (2025年底前完成…, in an annual report on 2025) or before it (2024年，我局将…) was left from an older draft.
 * Plans for the rest of the year itself are no slip in a report written before the year is out (plansWithinYear).
 */
/**
 * The headings above a place, with the heading its own line opens with when the place follows it after a 。 (四、下一步
 * 打算。2025年，…将…: a run-in heading, round 51). A year inside the heading's own words is the heading-year rule's.
 */
function sectionWithRunIn(text: string, at: number, section: YearScope['section']): string {
  const lineStart = text.lastIndexOf('\n', at);
  return section(text.slice(lineStart + 1, at).includes('。') ? at : lineStart);
}

export function pastPlans({ year, text, skipped, section, plansWithinYear, deadlinesWithinYear }: YearScope): number[] {
  const found: number[] = [];
  for (const m of text.matchAll(PLAN_DATED)) {
    const ys = m[1] ?? m[2]!;
    const y = Number(ys);
    // Round 14's leave is for a deadline at the year's end (2025年底前), which a report signed early next year may still
    // meet in its count; a part of the year (2025年上半年前, 2025年6月底前) was over long before such a report was signed.
    const midYear = m[2] !== undefined && MID_YEAR_DEADLINE.test(m[0]);
    const withinYear = plansWithinYear || (m[2] !== undefined && !!deadlinesWithinYear && !midYear);
    if (y > year || (y === year && withinYear) || y < year - 3) continue;
    const at = m.index + m[0].indexOf(ys);
    // 力争到2020年基本建成法治政府 three years on: the deadline of a goal set long ago and quoted, not a plan left from
    // last year's draft; the outdated-wording rules (old-goal-kept.ts) own it, one mistake one finding (round 44, v42b).
    if (y <= year - 3 && /到\s*$/.test(text.slice(Math.max(0, at - 3), at))) continue;
    // A sentence opened by 下一步 or 明年 is a plan wherever it stands: a 述法报告 often ends on one without a heading.
    const led = m[1] !== undefined && /(?:下一步|今后|明年|来年|新的?一年)\D*$/.test(m[0].slice(0, m[0].indexOf(ys)));
    if (skipped(at) || !(led || isNextStepsHeading(sectionWithRunIn(text, at, section)))) continue;
    const { start, text: sentence } = sentenceAround(text, at);
    // A deadline (2026年底前完成…) is a plan by itself; a year opening the sentence needs a word of what will be done.
    const deadline = m[2] !== undefined && (/前$/.test(m[0]) || DUE_NEXT.test(text.slice(m.index + m[0].length)));
    // Words that date something else (考核, 反馈, 较) count only before the plan's word: after it they are what will be
    // done (2024年将把依法决策纳入村干部考核), and the year opening the sentence still dates the plan.
    // A year opening the sentence dates a plan only with the unit's own plan word after it: a problem's need (2025年，执法
    // 水平有待进一步提高) in a section on 问题与下一步 is that year's shortcoming.
    const willAt = m[1] !== undefined ? sentence.slice(at - start).search(OWN_WILL) : -1;
    if (m[1] !== undefined && willAt === -1) continue;
    const dating = willAt === -1 ? sentence : sentence.slice(0, at - start + willAt);
    if (!(WILL.test(sentence) || (deadline && !/已|均|全部完成了/.test(sentence))) || NOT_THE_PLANS_DATE.test(dating)) continue;
    // A word for the year beside it (今年（2026年）将…，2027年底前完成…) makes the written year the plan's own time; a later
    // deadline after it is the plan's next step, not a second year that makes the sentence a history.
    const called = /今年|本年|明年|下一?年|新的?一年/.test(m[0]);
    if ([...sentence.matchAll(/(?<!\d)(\d{4})\s*年/gu)].some((o) => Number(o[1]) !== y && !(called && Number(o[1]) > y))) continue;
    found.push(at);
  }
  return found;
}

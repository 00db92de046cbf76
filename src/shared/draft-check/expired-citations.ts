/**
 * The other ways drafts cite an expired or replaced 文件, derived from the sources rather than
 * listed by hand: its 文号 in the bracket shapes writers type (中发〔2021〕33号, 中发[2021]33号, 中发（2021）33号),
 * the earlier plans of a numbered series (“六五”普法 before “七五”, whose periods follow from the
 * known plan's: currency-2026.md gives “八五” as 2021—2025, five years a plan), and an older text of a
 * current law named by its year (依照1999年《行政复议法》, 《行政处罚法》（2017年修正）).
 */
import { escapeRegExp } from '../escape-regexp.ts';
import type { Ctx } from './context.ts';
import type { ExpiredPlan } from './types.ts';
import { BRACKETED_SPAN, planPeriod } from './plan-period.ts';

const BRACKETS: [string, string][] = [['〔', '〕'], ['[', ']'], ['［', '］'], ['【', '】'], ['（', '）'], ['(', ')'], ['〈', '〉']];

/** A 文号 in every bracket shape around its year. */
export function docNumberForms(docNumber: string | undefined): string[] {
  const m = docNumber ? /^(.+?)〔(\d{4})〕(.+)$/.exec(docNumber) : null;
  if (!m) return docNumber ? [docNumber] : [];
  return BRACKETS.map(([open, close]) => `${m[1]}${open}${m[2]}${close}${m[3]}`);
}

const ORDINALS = '一二三四五六七八九';
/** The ordinal of a five-year series in a plan's short name: 七 in “七五”普法规划. */
const SERIES = new RegExp(`([${ORDINALS}])五([”’"＂」']?)(普法|法治宣传教育|法制宣传教育)`);

const OTHER_QUOTES: [string, string][] = [['‘', '’'], ['"', '"'], ['＂', '＂'], ['「', '」'], ["'", "'"]];

/** The names a 普法 plan of the series goes by, after its ordinal: the short one first. */
const LONG_NAMES = ['普法', '法治宣传教育', '法制宣传教育'];

/**
 * A series plan's names in every wording writers use: each short name also with the two longer names
 * (“七五”普法规划, “七五”法治宣传教育规划, “七五”法制宣传教育规划), and the title's own ordinal form
 * (第七个五年法治宣传教育规划, 第七个五年普法规划). Other names pass unchanged.
 */
export function withSeriesNames(aliases: string[]): string[] {
  const out = new Set(aliases);
  for (const a of aliases) {
    const n = SERIES.exec(a);
    if (!n) continue;
    for (const w of LONG_NAMES) out.add(a.replace(SERIES, (_, o, q) => `${o}五${q}${w}`));
    // The ordinal in the other quotation marks writers type (‘八五’, "八五", ＂八五＂, 「八五」): the quote rule corrects the marks, this one reads the plan.
    if (a.startsWith('“')) for (const [open, close] of OTHER_QUOTES) for (const x of [...out]) if (x.startsWith('“')) out.add(x.replace(/^“(.五)”/, `${open}$1${close}`));
    if (a.endsWith('规划')) for (const w of ['法治宣传教育', '普法']) out.add(`第${n[1]}个五年${w}规划`);
  }
  return [...out];
}

/**
 * The earlier plans of a series a known plan belongs to (“七五”普法规划, 2016—2020, gives “六五” 2011—2015 …
 * “一五” 1986—1990), each named with the known plan's own short names, ordinal changed; replaced by the next.
 */
export function earlierInSeries(plans: ExpiredPlan[]): ExpiredPlan[] {
  const out: ExpiredPlan[] = [];
  for (const plan of plans) {
    const n = plan.aliases.map((a) => SERIES.exec(a)).find(Boolean);
    if (!n) continue;
    const at = ORDINALS.indexOf(n[1]!);
    for (let k = 0; k < at; k++) {
      // Each short name also in the plan's two longer names: 普法规划 is 法治宣传教育规划, and up to “六五” the
      // plans were called 法制宣传教育 (official-phrases.md D2).
      const aliases = withSeriesNames(plan.aliases.filter((a) => SERIES.test(a)).map((a) => a.replace(SERIES, (_, _o, q, w) => `${ORDINALS[k]}五${q}${w}`)));
      const name = aliases[0]!;
      out.push({ title: name, aliases, status: 'superseded', end: plan.end - 5 * (at - k) });
    }
  }
  return out;
}

/**
 * 以《…》为(当前工作)遵循／依据／标准／主线, 把（将）《…》作为考核标准, 以《…》考核指标为标准: what the plan (or a target) is made
 * for the year's work, after 以, 把 or 将. The yardstick words (标准, 主线, 主要内容, 重点) are the same use in other words.
 * The work it is made the basis of may be named first, however long, when a 的 closes it (作为2026年推进法治建设的行动纲领,
 * 作为全区依法行政工作的根本遵循): the words before the 的 say whose basis, not what the plan is made.
 * 把《…》各项任务列入年度责任清单 (纳入今年工作要点) makes the plan's tasks the year's own list: the same use.
 * Round 55 (v56a, expired plan item 04): 以《…》为纲, 为蓝图, 为路线图, 为航标: the yardstick in other words.
 */
export const MADE_BASIS = /^[^。；！？\n，,]{0,12}?(?:(?:作为|为)(?:[^。；！？\n，,]{0,10}?|[^。；！？\n，,]{0,20}?的(?:行动|工作|根本|基本|总体|重要)?)(?:遵循|依据|指引|指导|准绳|蓝本|蓝图|路线图|航标|坐标|总纲|纲(?![要目])|抓手|统领|引领|指南|指针|纲领|准则|标准|标尺|尺子|基准|主线|内容|重点)|(?:列入|纳入|写入)[^。；！？\n，,]{0,6}?(?:年度|本年度?|今年|全年|当年)[^。；！？\n，,]{0,8}?(?:清单|计划|要点|安排|任务|考核))/;

/** An earlier text named by its year right before the title, after a verb of citing: 依照1999年《行政复议法》. */
export const BARE_YEAR_BEFORE = /(?:按照|根据|依据|依照|遵照|对照|执行|落实|贯彻)\s*((?:19|20)\d{2})\s*年(?:版)?$/;
/** An earlier text named by its year in a bracket right after the title: 《行政处罚法》（2017年修正）. */
export const DATED_VERSION_AFTER = /^\s*[（(]\s*((?:19|20)\d{2})\s*年(?:\d{1,2}\s*月(?:\d{1,2}\s*日)?)?\s*(修正|修订|修改|版|施行|颁布|公布)?(?:本|文本)?\s*[）)]/;

/** Shortest run of characters a pilot's title shares with the title of the 文件 that rolled the pilot out (行政执法公示制度…). */
const PILOT_SHARED_MIN = 12;

/**
 * Whether a cited title is the pilot a 文件 replaced, named in full: it says 试点 and shares a long run of
 * characters with the replacing 文件's title (…推行行政执法公示制度执法全过程记录制度…试点工作方案 before
 * …全面推行行政执法公示制度执法全过程记录制度…的指导意见). The sources give the pilot only by its 文号.
 */
export function isPilotOf(successorTitle: string, cited: string): boolean {
  if (!/试点/.test(cited) || /试点/.test(successorTitle)) return false;
  for (let i = 0; i + PILOT_SHARED_MIN <= cited.length; i++) if (successorTitle.includes(cited.slice(i, i + PILOT_SHARED_MIN))) return true;
  return false;
}

/**
 * A replaced text the sources know only by its 文号 and a description (行政执法三项制度试点方案): writers name it by that
 * description, with or without its field (三项制度试点方案) and with 工作 before 方案 (三项制度试点工作方案), often after
 * its issuer and year (国务院办公厅2017年印发的…). Only a description that says what kind of text it is (方案, 意见, 规划).
 */
export function describedNames(what: string): string[] {
  if (!/(?:方案|意见|规划|纲要|办法)$/.test(what)) return [];
  const bare = what.replace(/^行政执法(?=.{4,})/, '');
  const forms = [what, bare].flatMap((w) => [w, w.replace(/(?<!工作)方案$/, '工作方案')]);
  return [...new Set(forms)];
}

/** A series plan's short name without 规划 (按照“八五”普法工作部署): the plan's period is still meant. */
export function seriesShortNames(aliases: string[]): string[] {
  return aliases.filter((a) => SERIES.test(a) && a.endsWith('规划')).map((a) => a.slice(0, -2));
}

/** The issuers writers put before a central plan's name (中共中央、国务院印发的…). */
const CENTRAL_ISSUERS = ['', '中共中央、国务院', '中共中央国务院', '党中央、国务院', '中共中央', '中办、国办'];

/**
 * The same issuers and the offices that issue for them, as a pattern, longest first (中共中央、国务院 before 中共中央),
 * before or after the date (中共中央、国务院2015年12月印发的…, 2015年底中共中央、国务院印发的…).
 */
export const CENTRAL_ISSUER = `(?:${[...CENTRAL_ISSUERS.filter(Boolean), '中共中央办公厅、国务院办公厅', '国务院办公厅', '国务院'].sort((a, b) => b.length - a.length).join('|')})`;
/** A date of issue to the month, the day or a part of the year: 2015年12月, 2015年12月27日, 2015年底. */
const ISSUE_DATE_AFTER_YEAR = '(?:\\d{1,2}月(?:\\d{1,2}日)?|底|末|初)?';

/**
 * The plan named by who issued it and when, dated finer than the year (中共中央、国务院2015年12月印发的法治政府建设实施纲要,
 * 2015年底中共中央、国务院印发的…): the same plan as plainNamesOfPlan's year forms, read by a pattern since the month
 * and day take every value. The match opens at the issuer or the date, where the verb of citing stands right before.
 */
export function issuedPlanPattern(title: string): RegExp | null {
  const period = planPeriod(title);
  if (!period?.atEnd || !period.before) return null;
  const years = `(?:${period.from}|${Number(period.from) + 1})`;
  const name = escapeRegExp(period.before);
  return new RegExp(`(?:${CENTRAL_ISSUER}于?)?于?${years}年${ISSUE_DATE_AFTER_YEAR}${CENTRAL_ISSUER}?(?:印发|出台|发布|转发|颁布)的${name}`, 'gu');
}

/**
 * A dated plan named as writers name it without its title: by its period and its kind alone (2021—2025纲要,
 * 2021—2025年规划), and by the year it was issued (2021年印发的法治政府建设实施纲要, 中共中央、国务院2021年印发的…,
 * the year first or after the issuer), and by its bare name once it has ended. A plan is issued in the first year of its period or the next (法治中国建设规划,
 * 2020—2025, came out in January 2021), and no other plan of the same name was issued then.
 */
export function plainNamesOfPlan(title: string, status?: string): string[] {
  const period = planPeriod(title);
  if (!period?.atEnd || !period.before) return [];
  const { before: name, from, to } = period;
  const kind = /(纲要|规划|计划)$/.exec(name!)?.[1];
  const byPeriod = kind ? ['—', '-', '－', '至'].flatMap((d) => [`${from}${d}${to}${kind}`, `${from}${d}${to}年${kind}`]) : [];
  const issued = [Number(from), Number(from) + 1].flatMap((year) =>
    CENTRAL_ISSUERS.flatMap((who) => [`${year}年${who}印发的${name}`, ...(who ? [`${who}${year}年印发的${name}`, `${who}于${year}年印发的${name}`] : [`${year}年出台的${name}`, `${year}年发布的${name}`])]),
  );
  // The bare name (法治社会建设实施纲要) for a plan whose period has ended: an earlier plan of that name ended earlier
  // still, so once this one has ended the name, whichever plan is meant, is an ended plan. Not for a replaced plan,
  // whose name a later plan of the same name may still carry.
  return [...byPeriod, ...issued, ...(status === 'expired' ? [name!] : [])];
}

/** Headings of the section on next year's plans (requirements.md 二: 下一年度…的主要安排); not 整改, which is on earlier years. */
const PLANS_HEADING = /打算|安排|计划|思路|展望|下一步|今后/;

/** The share of a year's work named after a plan (各项任务, 重点工作要点, 目标). */
const SHARE = '(?:各项|全部|主要|重点)?(?:工作|重点|目标)?(?:任务|要点|目标|安排|计划)';
/**
 * What stands between a plan's name and the share of a year named after it: its period, then 的 or a verb of laying down
 * tasks with 的 (确定的、部署的、明确的2026年任务分工): a plan lays down tasks only for the years of its period.
 */
const LAID_DOWN = '中?(?:确定|部署|明确|提出|安排|分解|下达|规定|列出)的';
const LEAD = `^\\s*(?:${BRACKETED_SPAN.source})?\\s*(?:${LAID_DOWN}|的|中的)?\\s*`;
/**
 * A dated share after such a verb (确定的2026年任务分工, 部署的2027年度重点工作): the dated twin of 确定的明年任务.
 * Right after the name (的2026年度任务) consistency.ts reads the date itself.
 */
const DATED_TASK_AFTER_VERB = new RegExp(`^\\s*(?:${BRACKETED_SPAN.source})?\\s*${LAID_DOWN}\\s*(?<year>(?:19|20)\\d{2})\\s*年度?(?:的)?${SHARE}`, 'u');
/**
 * A plan's share of next year named right after it (的明年各项任务, 下一年度工作要点, 来年重点任务): next year is the draft's
 * year + 1, and a plan that ended before it has no tasks for it (the relative twin of a dated 2027年度任务).
 */
const NEXT_YEAR_TASK_AFTER = new RegExp(`${LEAD}(?:明年|来年|下一年度?|新一年度?|新的一年|新年度)(?:的)?${SHARE}`, 'u');
/**
 * The report year's own share named the same way (的本年度任务, 今年重点任务, 当年工作要点): a plan that ended before the
 * report's year has none either (the relative twin of 的2026年度任务).
 */
const THIS_YEAR_TASK_AFTER = new RegExp(`${LEAD}(?:本年度?|今年|当年)(?:的)?${SHARE}`, 'u');

/** The year and length of a next-year (or this year's, or a dated year's) share named right after a plan, in a draft on `draftYear`. */
export function nextYearTaskAfter(rest: string, draftYear: number | null): { year: number; length: number } | null {
  const dated = DATED_TASK_AFTER_VERB.exec(rest);
  if (dated) return { year: Number(dated.groups!.year), length: dated[0].length };
  if (!draftYear) return null;
  const next = NEXT_YEAR_TASK_AFTER.exec(rest);
  if (next) return { year: draftYear + 1, length: next[0].length };
  const own = THIS_YEAR_TASK_AFTER.exec(rest);
  return own ? { year: draftYear, length: own[0].length } : null;
}

/**
 * The year the work at `at` is done in: the report's year, or the next one in its section of plans (a report on 2025
 * plans 2026's work, when “八五”普法规划, 2021—2025, has ended: currency-2026.md §1).
 */
export function workYearAt(ctx: Pick<Ctx, 'year' | 'layout' | 'text'>, at: number): number {
  let title = '';
  for (const h of ctx.layout.headings) if (h.start <= at && h.level === 1) title = h.title;
  // A report without headings (a 述法 paragraph) says where its plans begin: 下一步，我将…; 明年，….
  const sentence = ctx.text.slice(ctx.text.slice(0, at).search(/[^。！？\n]*$/), at);
  // A section on problems and plans together (存在的问题和下一步打算) reviews the year first: only its plan sentences count.
  const plans = PLANS_HEADING.test(title) && !REVIEW_HEADING.test(title);
  return (ctx.year ?? 0) + (plans || PLANS_OPENING.test(sentence) ? 1 : 0);
}
const REVIEW_HEADING = /问题|不足|差距|短板|成效|情况/;
/** How a sentence on next year's plans opens, after a list number if any. */
const PLANS_OPENING = /^\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*)?(?:下一步|明年|来年|新的一年|下一年度?|今后)/;

/**
 * Round 44: the plan's own yardstick right after its name (“七五”普法规划验收标准, …规划终期评估指标, …纲要考核细则): used for
 * this year's work it is the plan cited as the standard, though its 验收 or 终期 reads as history. A plan's acceptance is done
 * in the year after its end (the “八五” plan's 总结验收 in 2026), so only later work counts (本地做法).
 */
const PLAN_YARDSTICK = /^\s*(?:的|中的)?(?:总结|终期)?(?:验收|评估|考核|评价)(?:标准|指标|细则|办法|清单|要求|体系)/u;
const ACCEPTANCE_YEARS_AFTER_END = 1;

/** The length of the plan's yardstick named right after it, when the work is done after the plan's acceptance; else 0. */
export function yardstickAfterPlan(rest: string, workYear: number, planEnd: number): number {
  if (workYear <= planEnd + ACCEPTANCE_YEARS_AFTER_END) return 0;
  return PLAN_YARDSTICK.exec(rest)?.[0].length ?? 0;
}

/**
 * Round 45: the plan cited for drawing up a later year's work, right after its name (依据《…（2023—2025年）》制定2026年执法
 * 监督计划, 按照…部署2027年度重点任务): the work cited for is that year's, so a plan ended before it guides nothing there,
 * though the report's own year is still in its period. Only a verb of drawing up work, then the year, then the kind of work.
 */
const LATER_WORK_PLANNED = new RegExp(`^\\s*(?:${BRACKETED_SPAN.source})?\\s*(?:文件|通知)?(?:的要求|要求)?[，,]?\\s*(?:研究)?(?:制定|编制|部署|谋划|安排|确定|拟定|印发)(?:了)?\\s*(?<year>(?:19|20)\\d{2})\\s*年度?(?:的)?[^，,。；！？\\n\\d]{0,10}?(?:计划|方案|要点|任务|安排|清单)`, 'u');

/** The year of the work drawn up by the plan cited right before (制定2026年…计划), or null. */
export function laterWorkPlannedAfter(rest: string): number | null {
  const m = LATER_WORK_PLANNED.exec(rest);
  return m ? Number(m.groups!.year) : null;
}

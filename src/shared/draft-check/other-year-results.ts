/**
 * Another year written on the reported year's own result. A report on a year tells what was done in it
 * (requirements.md 二: the annual report is on 上一年度, the year just ended), so a sentence that says its work is
 * the year's (今年以来…, 全年…，其中…, 年初部署…) and dates a result of it with another explicit year (推动全县2024年新建…68个,
 * 其中2026年查处…203件) contradicts itself; and a result dated after the reported year (2027年全镇累计建成… in a report
 * on 2026) cannot have been counted when the report was written. The sentence is read, not matched against a list of
 * phrasings; the years a sentence names legitimately (a comparison, a base, history, a plan, a carried-over case, a
 * cited text's own year, last year's feedback) keep it silent. Hints only: the reference gives the year, not the wording.
 */
import { sentenceAround } from './sentence.ts';
import type { YearScope } from './last-year-work.ts';

/** Words that make a sentence claim its work for the reported year; 年初 and 年底 undated mean the reported year's. */
const THIS_YEAR = /本年|今年|全年|一年来|(?<![\d年度 ])年(?:内|初|底|末)/;

/** A year named as such: compared with, built on, looked back to, carried over from, or planned for. */
const OTHER_YEAR_MEANT = /较|增至|降至|增长|下降|增加|减少|提高|上升|同比|同期|比上年|相比|对比|上年|去年|上一年|基础|以来|连续|历年|先后|逐年|至今|分别|整改|反馈|评议|回顾|此前|以前|原有|遗留|结转|续办|跨年|系|属于|共有|现有|尚有|仍有|未|将|力争|确保|预计|目标|计划|拟|争取|规划/;

/** An honour, dated by the year it was given for: read in the year's own clause only (今年被命名为…，2025年…为5% is no honour of 2025). */
const HONOUR = /获评|被评|评为|荣获|命名|授予|表彰/;

/** A result the sentence reports: a count of things done, a rate, or a verb of achieving. */
const RESULT = /\d+(?:\.\d+)?\s*(?:%|件|次|项|场|个|人次|名|篇|份|起|期|批|家|条|部|宗|户|卷|家次)|达到|实现|办结|审结|建成(?!果)/;

/** What is done on a year after it closes: its files reviewed, its work assessed or reported (年内完成2024年度案卷评查120卷). */
const AFTER_YEAR_CLOSES = /评查|考核|述法|报告|总结|评估|审计|年报/;

/** What a dated event is: a meeting held, a text issued, an activity or project started or finished. */
const EVENT = /举办|召开|出台|印发|制定|开展|组织|审议|通过|完成|建成|启动|成立|举行/;

/** What is drawn up in a year for the next one: its budget, tasks, plans, project list. */
const NEXT_YEARS_PAPERS = /预算|要点|任务|计划|项目库|清单|方案/;

/** Words before a later year that draw up its work in the reported year (部署2027年…) or aim at it (要在2027年实现…). */
const DRAWN_UP = /部署|谋划|编制|研究|制定|安排/;
const AIMED_AT = /(?:要|应当?|需|推动|争创|冲刺|为)\s*(?:在|于|到)?\s*$/;

/**
 * Headings of sections where other years are expected: problems, plans (改进措施 too), last year's feedback. Not an
 * overview (基本情况): a 自查 report puts the year's own figures there.
 */
const OTHER_YEARS_SECTION = /问题|不足|短板|差距|困难|整改|反馈|打算|安排|计划|思路|展望|下一步|今后|改进/;

/**
 * An explicit year, with the month and day of an event if given (2024年12月4日) or the part of the year a count falls
 * in (2027年上半年, 2025年第三季度, 2024年1至6月: a part of a year is still that year's), not the start or end of a period
 * (2021—2025年, 2021年以来, 2026年起, 2024年1—6月), and not a cited text's year (2023年修订的, 2024年版).
 */
const YEAR = /(?<![\d《（(—–\-~～至到较比与和同])(\d{4})\s*年(?:度?(?:[上下]半年|第?[一二三四]季度|\s*\d{1,2}\s*月?\s*(?:至|到|—|–|-|－|~|～)\s*\d{1,2}\s*月份?)(?![—–\-~～至到]|以来|起|前|同期)|(?:\s*(\d{1,2})\s*月(?:\s*\d{1,2}\s*日)?(?:[底末]|中旬|下旬|上旬)?)?(?!\s*\d|度?\s*[—–\-~～至到]|以来|起|前|底前|末前|[上下]半年|第?[一二三四]季度|同期|版|修订|修正|施行|印发|出台|颁布|第))/gu;

/**
 * The reported year's tasks, deployed at its start but dated another year: 年初…部署2023年法治建设重点任务 in a report on
 * 2024; round 44: 今年1月，县政府常务会议审议通过《芦源县2022年…工作要点》 (the issuer may stand before the year), and
 * 年初制定《…2024年度…工作要点》 in a report on 2023 (a year's 要点 are adopted at its own start, not a year before).
 */
const TASKS_DEPLOYED = /(?:(?<![\d年度 ])年初|今年\s*(?:初|[1-6一二三四五六]\s*月))[^。；\n]{0,40}?(?:部署|印发|制定|出台|下发|明确|审议通过|审定)\s*《?[^《》。；，,\n\d]{0,16}?(\d{4})\s*年度?(?![—–\-~～至到])[^。；，,\n\d]{0,14}?(?:重点任务|工作要点|任务清单|责任清单|工作计划|工作方案|要点)/gu;

/**
 * The same year's tasks followed as the basis of the year's work, dated a year early: 对照《2024年全区法治政府建设工作
 * 要点》 in a report on 2025. A year's 要点 or 计划 guides that year only.
 */
const TASKS_FOLLOWED = /(?:对照|按照|依照|根据|依据|落实|围绕|执行)\s*《?\s*(\d{4})\s*年度?(?![—–\-~～至到])[^。；，,\n\d《》]{0,14}?(?:重点任务|工作要点|任务清单|责任清单|工作计划|工作方案|要点)/gu;

/**
 * Round 56 (v57d-year-contradiction-13): the year's own 要点 issued in the work section with no time word, dated another
 * year: 制定印发《柘湾区2022年法治政府建设工作要点》，分解重点任务27项 in a report on 2023. The verb opens its sentence or
 * follows only a subject (区政府), so a year before it (2022年，…制定印发…) dates the issuing and the title with it.
 */
const TASKS_ISSUED = /(?:^|[。；\n：:）)])[^\S\n]*(?:[（(][一二三四五六七八九十\d]{1,3}[）)])?[^\S\n]*[^\d年月日。；，,\n《》]{0,8}?(?:研究)?(?:制定印发|制定出台|印发|制定|出台)(?:了)?\s*《[^《》。；，,\n\d]{0,16}?(\d{4})\s*年度?(?![—–\-~～至到])[^。；，,\n\d《》]{0,14}?(?:工作要点|要点|工作计划|任务清单|责任清单)》/gu;

/**
 * A whole year spelled out by its months (2025年1—12月, 2025年1月1日至12月31日): a year's total, so in the work section it is
 * the reported year's, and the year before (left from last year's draft) or after (not yet counted) contradicts it.
 */
const WHOLE_YEAR_SPAN = /(?<![\d较比与和同])(\d{4})\s*年\s*1\s*月?(?:\s*1\s*日)?\s*(?:至|到|—|–|-|－|~|～)\s*12\s*月(?:\s*31\s*日)?(?:份)?/gu;

/** Whether `at` lies inside a cited title (《…》): its year is the text's own. */
function inTitle(text: string, at: number): boolean {
  const open = text.lastIndexOf('《', at);
  return open !== -1 && text.lastIndexOf('》', at) < open && text.lastIndexOf('\n', at) < open;
}

/** Offsets of the years that contradict the reported year inside one sentence, or date a result after it. */
export function otherYearResults({ year, text, skipped, section }: Omit<YearScope, 'plansWithinYear'>): number[] {
  const found: number[] = [];
  const sectionOf = (at: number) => section(text.lastIndexOf('\n', at));
  for (const m of text.matchAll(YEAR)) {
    const y = Number(m[1]);
    const at = m.index;
    if (y === year || y < year - 3 || y > year + 2 || skipped(at) || inTitle(text, at)) continue;
    // A report on a year is written early the next: its own months may be named (2026年1月，…).
    if (m[2] && y > year) continue;
    const heads = sectionOf(at);
    if (heads.includes(String(y)) || OTHER_YEARS_SECTION.test(heads)) continue;
    const { start, text: sentence } = sentenceAround(text, at, { stops: /[。；\n]/ });
    const before = sentence.slice(0, at - start);
    const after = sentence.slice(at - start + m[0].length);
    // The count or achievement must sit in the clause the year opens (the next clause when the year stands alone:
    // 2026年，我局办理…): 已于2025年完成收官，本年度着重… dates no result of the year.
    const clauses = after.split(/[，,]/);
    const clause = (clauses[0]!.trim() === '' ? clauses[1] : clauses[0]) ?? '';
    const ownClause = `${before.split(/[，,]/).at(-1)}${clause}`;
    if (HONOUR.test(ownClause)) continue;
    // 今年以来 claims the reported year; only another 以来 tells of history. 截至今年底 is no 至今.
    // A day or month of the year dates an event, which is the result itself (2024年12月4日举办主题活动).
    if (!(RESULT.test(clause) || (m[2] && EVENT.test(clause))) || OTHER_YEAR_MEANT.test(sentence.replace(new RegExp(`(?:今|本|${year}\\s*)年度?以来|截[至止]今年`, 'g'), ''))) continue;
    const others = [...sentence.matchAll(/(?<!\d)(\d{4})\s*年/gu)].map((o) => Number(o[1]));
    // 今年…36件，2024年为30件: the other year's own figure set beside the year's, a comparison without 较.
    if (/^\s*度?(?:全年|同期)?(?:为|是|仅为?|只有)\s*\d/.test(clause)) continue;
    if (y > year) {
      // After the reported year: nothing of it could be counted yet, whatever else the sentence says; but next year's
      // budget, tasks and plans are drawn up in the reported year (完成2027年度部门预算法制审核, 部署2027年重点任务).
      if (others.some((o) => o !== y && o !== year) || DRAWN_UP.test(before) || AIMED_AT.test(before) || NEXT_YEARS_PAPERS.test(clause)) continue;
      found.push(at);
      continue;
    }
    if (others.some((o) => o !== y && o !== year) || AFTER_YEAR_CLOSES.test(clause)) continue;
    // 全年…，其中2026年…: a part of the year's total dated another year; the total may be dated by the reported year itself.
    // 其中2025年受理的12件 is a carried-over part, dated by when it came in: the 的 makes the year describe the cases.
    const partOfTotal = /其中\s*$/.test(before) && (THIS_YEAR.test(before) || before.includes(`${year}年`)) && !/^\D*?的/.test(clause);
    // 2026年，全县新建工作室12个，2025年新建8个: the year's result, then the other year's by the same verb, set side by side.
    // The second clause is cut short, its verb straight before the count (新建8个); a clause that names its own subject
    // (2025年全县行政机关负责人出庭应诉率达100%) is a claim of its own whatever words it shares with the first.
    // The words before the count must all have come in the first clause (新建…12个，2025年新建8个): 行政诉讼败诉率3.2% beside
    // 行政复议纠错率6.5% is another measure, claimed for that year.
    const bare = clause.replace(/^[^\p{Script=Han}]*(?:度|全年|全县|全镇|全市|全区|共)*/u, '');
    const stem = /^(\p{Script=Han}{2}[^\d，,]{0,6}?)(?:为|是|达到?)?\d/u.exec(bare)?.[1] ?? '';
    // A year with its month dates one event (全年…学法4次，2024年12月组织旁听庭审1次), never a year's total set beside another.
    const sideBySide = !m[2] && RESULT.test(before) && stem.length >= 2 && before.includes(stem);
    // The reported year as the sentence's time (2026年，全镇2025年新建…) claims it just as 今年 does.
    const opensWithYear = new RegExp(`^[^\\S\\n]*(?:[（(][一二三四五六七八九十\\d]{1,3}[）)])?[^\\S\\n]*${year}\\s*年(?:以来)?[，,]`).test(before);
    // 今年以来，推动全县2024年新建…: the sentence claims the work for the reported year and dates it another; with the
    // reported year written too, the two years are more likely set side by side (2025年…，2026年…).
    // 2024年启动的…行动今年全面完成: the year dates a thing the sentence goes on to speak of, not the year's result.
    // The claim must come before the year: 2023年全年受理40件，今年受理52件 sets the two years side by side.
    const claimedThisYear = ((THIS_YEAR.test(before) && !others.includes(year)) || (opensWithYear && others.filter((o) => o === year).length === 1))
      && !/^\D*?的/.test(clause) && !sideBySide;
    if (partOfTotal || claimedThisYear) found.push(at);
  }
  for (const m of text.matchAll(WHOLE_YEAR_SPAN)) {
    const y = Number(m[1]);
    const at = m.index;
    if (!(y === year - 1 || y === year + 1) || skipped(at) || OTHER_YEARS_SECTION.test(sectionOf(at))) continue;
    const { start, text: sentence } = sentenceAround(text, at, { stops: /[。；\n]/ });
    const after = sentence.slice(at - start + m[0].length).replace(/^[，,\s]+/, '');
    const years = [...sentence.matchAll(/(?<!\d)(\d{4})\s*年/gu)].map((o) => Number(o[1]));
    if (RESULT.test(after.split(/[，,]/, 1)[0]!) && !OTHER_YEAR_MEANT.test(sentence) && years.every((o) => o === y)) found.push(at);
  }
  const deployed = new Set([...text.matchAll(TASKS_DEPLOYED)].map((m) => m.index));
  const issued = new Set([...text.matchAll(TASKS_ISSUED)].map((m) => m.index));
  for (const m of [...text.matchAll(TASKS_DEPLOYED), ...text.matchAll(TASKS_FOLLOWED), ...text.matchAll(TASKS_ISSUED)]) {
    const y = Number(m[1]);
    const at = m.index + m[0].lastIndexOf(m[1]!);
    // Next year's tasks are drawn up at the reported year's end, never at its start.
    const nextAtStart = y === year + 1 && deployed.has(m.index);
    if ((y >= year && !nextAtStart) || y < year - 2 || skipped(at)) continue;
    const { text: sentence } = sentenceAround(text, at, { stops: /[。；\n]/ });
    if ((nextAtStart || issued.has(m.index)) && [...sentence.matchAll(/(?<!\d)(\d{4})\s*年/gu)].some((o) => Number(o[1]) !== y)) continue;
    // Last year's tasks reviewed (总结评估, 验收) are that year's history, not this year's basis.
    if (/整改|反馈|评议|述法|考核|报告|总结|评估|验收|回顾/.test(sentence) || OTHER_YEARS_SECTION.test(sectionOf(at))) continue;
    found.push(at);
  }
  return found;
}

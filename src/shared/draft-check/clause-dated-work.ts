/**
 * An earlier year opening a comma clause of the year's own work (坚持把…作为重要任务，2024年带头参加集体学法12次; 成立领导
 * 小组，2024年召开专题会议2次): the same slip as a sentence opened by it (last-year-work.ts), a year left from last year's
 * draft, written where the sentence goes on after a first clause. Read only where nothing before the year is a figure
 * (今年办理58件，2024年办理45件 sets two years side by side) and the year's clause itself says what was done and how often.
 */
import { EARLIER_YEAR_MEANT, OTHER_YEARS_SECTION, type YearScope } from './last-year-work.ts';
import { sentenceAround } from './sentence.ts';

/** A year right after a comma, then what was done in it and a count: the clause the year dates. */
const CLAUSE_YEAR = /[，,][^\S\n]*(\d{4})\s*年(?:度|内)?(?![\d—–\-~～至到年]|以来|起|初|底|末|[上下]半年|\s*\d{1,2}\s*月)([^，,。；！？\n]{0,24})/gu;
/**
 * An act of the unit's, then a count of it: 带头参加集体学法12次, 召开专题会议2次, 审核合同31份. Round 59 (v61c-year-contradiction-04,
 * -09, -14): the leader's own study and chairing too (自学法律法规29部, 主持研究法治议题15个).
 */
const ACTS = '召开|组织|参加|开展|主持|带头|举办|办理|审核|审查|讲授|听取|研究|研讨|培训|化解|受理|自学|学习';
const ACT_COUNTED = new RegExp(`^(?:(?:围绕|结合|针对|聚焦)[^\\d，,]{1,12}?)?[^\\d]{0,4}?(?:${ACTS})[^\\d]{0,14}?\\d+\\s*(?:次|场|件|项|期|份|名|人次|起|批|部|个)`, 'u');
/** The act itself (带头 leads one, so it names none). */
const ACT = new RegExp(ACTS.replace('带头|', ''), 'u');
/**
 * Round 61 (v63d-year-contradiction-01, -02): the count before the act (2022年对24件行政规范性文件开展合法性审核; 对18份合同
 * 进行审查).
 */
const COUNT_THEN_ACT = /^[^\d]{0,2}?对\d+\s*(?:件|份|个|项|名|卷|批)[^，,。；\d]{0,16}?(?:审核|审查|评查|清理|检查|备案|培训|考核)/u;
/** The standing arrangement 将其纳入…计划 is done, not planned: its 将 and 计划 are no plan for the earlier year. */
const ARRANGED = /将(?:其|[^，,。；]{0,12}?)纳入[^，,。；]{0,24}?计划/gu;

/** Offsets of the earlier years opening a comma clause of the reported year's own work. */
export function clauseDatedWork({ year, text, skipped, section }: Omit<YearScope, 'plansWithinYear'>): number[] {
  const found: number[] = [];
  const ownDate = new RegExp(`${year}\\s*年\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?`, 'gu');
  const thisYear = new RegExp(`今年|本年|全年|当年|${year}`);
  for (const m of text.matchAll(CLAUSE_YEAR)) {
    const y = Number(m[1]);
    if (!(y < year && y >= year - 3) || !(ACT_COUNTED.test(m[2]!) || COUNT_THEN_ACT.test(m[2]!))) continue;
    const at = m.index + m[0].indexOf(m[1]!);
    if (skipped(at)) continue;
    const { start, text: sentence } = sentenceAround(text, at);
    const before = sentence.slice(0, at - start);
    // A figure of the same act or of the whole year before, or another year in the sentence, makes it a comparison or a
    // history; so do the words of one. Round 61 (v63d-year-contradiction-04, -10): figures of other acts before the year
    // (办理行政执法案件317件…，2025年组织…培训11期) and a dated act of the report's own year (2024年11月3日主持召开…，2023年开展…)
    // are the year's own account, not a second year set beside it.
    const act = ACT.exec(m[2]!)?.[0];
    const undated = before.replace(ownDate, '');
    if (/\d/.test(undated) && (thisYear.test(undated) || (act !== undefined && undated.includes(act)))) continue;
    if ([...sentence.replace(ownDate, '').matchAll(/(?<!\d)(\d{4})\s*年/gu)].length > 1) continue;
    if (EARLIER_YEAR_MEANT.test(before.replace(ARRANGED, '') + m[2]!)) continue;
    const heads = section(text.lastIndexOf('\n', at));
    if (heads.includes(String(y)) || OTHER_YEARS_SECTION.test(heads)) continue;
    found.push(at);
  }
  return found;
}

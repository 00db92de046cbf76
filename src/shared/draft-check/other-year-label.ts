/**
 * Another year given a label of the reported year's own work: 2023年是全面完成各项法治任务的关键之年，镇党委本年度坚持
 * 问题导向 in a report on 2024. The label names the year the sentence's work is done in, and the sentence says that work
 * is this year's (本年度, 今年, 全年, or a next sentence opening 一年来…): a year kept from last year's draft. A label of
 * the other year in a sentence about that year stays silent: history, a comparison or a base (EARLIER_YEAR_MEANT:
 * 较, 同比, 基础, 以来…), next year's plan (将, 力争…), a sentence naming a further year, a plan's or meeting's own year
 * (“十四五”收官之年, 二十大精神开局之年: planYear and eventYears read those against their periods), and sections on
 * problems, plans or feedback.
 */
import { HISTORY } from './context.ts';
import { EARLIER_YEAR_MEANT, OTHER_YEARS_SECTION, type YearScope } from './last-year-work.ts';
import { sentenceAround } from './sentence.ts';

/** A year, 是 (or 为), then a label of up to 40 characters (an organ's long name among them, round 51) ending 之年, 的一年 or 关键一年. */
const LABELLED_YEAR = /(?<![\d—–\-~～至到较比与和同])((?:19|20)\d{2})\s*年度?(?:也|又|正|更|仍|已)?(?:是|为)([^。；，,：:\n]{0,40}?)(?:之年|的一年|关键一年|重要一年)/gu;

/** Words that make the label a plan's or a meeting's year (开局, 收官, 第二年, 周年) of a named plan: read elsewhere. */
// 第N counts years or stages (第二年, 第三个年头, 第一阶段), not a school's name (第一中学, round 51).
const PERIOD_WORD = /开局|起步|开篇|起始|启动|首|元|收官|收尾|决胜|中期|第[一二三四五六七八九十\d]+(?=[年个轮阶批期])|周年/u;
const NAMED_PERIOD = /[“”"《》]|规划|纲要|十[一二三四五六七八九]五|[五六七八]五|精神|全会|大会|法/u;

/** The sentence's own words for the reported year. */
const OWN_YEAR_WORDS = /本年度?|今年|全年|一年来|过去的?一年/u;
/** A next sentence opening with those words (2023年是…关键之年。一年来，我局…). */
const OPENS_WITH_OWN_YEAR = /^[^\S\n]*(?:一年来|今年(?:以来)?|本年度|全年|过去的?一年)/u;

/** A label's words for the year before the report's (上年度问题整改, 去年部署): they name the report's year as their anchor. */
const RELATIVE_TO_REPORT = /上一?年度?|去年/u;

/** The reported year's own span (今年以来, 本年度以来), which claims that year rather than telling of history. */
const SPAN_OF_THIS_YEAR = /(?:今年|本年度?)以来/gu;

/** Offsets of such years. */
export function otherYearLabels({ year, text, skipped, section }: Omit<YearScope, 'plansWithinYear'>): number[] {
  const found: number[] = [];
  for (const m of text.matchAll(LABELLED_YEAR)) {
    const y = Number(m[1]);
    if (y === year) continue;
    const at = m.index;
    if (skipped(at)) continue;
    const label = m[2]!;
    if (PERIOD_WORD.test(label) && NAMED_PERIOD.test(label)) continue;
    const { start, text: sentence } = sentenceAround(text, at);
    if ([...sentence.matchAll(/(?<!\d)((?:19|20)\d{2})\s*年/gu)].some((o) => Number(o[1]) !== y)) continue;
    // Round 51: 今年以来 claims the reported year (…关键一年，今年以来各项任务稳步推进); only another 以来 tells of history.
    const claimed = sentence.replace(SPAN_OF_THIS_YEAR, (w) => '今年'.padEnd(w.length, '年'));
    // Round 53: a label that calls on the report's own 上年度 or 去年 (2023年是上年度问题整改的收尾之年，本年度…, in a report
    // on 2024) reads its year from the report's: the year labelled is the report's, so the earlier-year words around
    // (整改, 上年度) tell of that year's own work, not of history. Only an earlier year: next year's plans stay silent.
    const anchoredOnReport = y < year && RELATIVE_TO_REPORT.test(label);
    if (!anchoredOnReport && EARLIER_YEAR_MEANT.test(claimed)) continue;
    const rest = claimed.slice(at - start + m[0].length);
    if (HISTORY.test(rest)) continue;
    const next = text.slice(start + sentence.length + 1).split(/[。\n]/, 1)[0]!;
    if (!OWN_YEAR_WORDS.test(rest) && !OPENS_WITH_OWN_YEAR.test(next)) continue;
    if (OTHER_YEARS_SECTION.test(section(text.lastIndexOf('\n', at)))) continue;
    found.push(at);
  }
  return found;
}

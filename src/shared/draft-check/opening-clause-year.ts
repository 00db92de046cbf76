/**
 * The opening's own work dated with another year in the middle of a sentence about the report's year: 按照…2023年度
 * 法治建设考核的部署，2022年，区司法局成立自查工作组，对2023年度工作逐项对照检查. The sentence names the report's year
 * for what it reviews, and the clause opened by the earlier year tells the writer's work of that same review: the
 * year is a slip. Only a past year, set off by commas after another clause, in a sentence that names the report's
 * year and neither compares (同比, 较), spans (以来, 至今) nor recalls (收官, 回顾: HISTORY).
 */
import type { Ctx } from './context.ts';
import { HISTORY } from './context.ts';
import { sentenceAround } from './sentence.ts';

const CLAUSE_YEAR = /[，,]\s*((?:19|20)\d{2})\s*年\s*[，,]/gu;
/**
 * A sentence of the opening led by an earlier year, after the opening has named the report's year for its work: 2023年，
 * 全局…扎实推进…。…。2022年，全局上下坚持依法行政，各项任务有序推进。 The later sentence says the same year's work again in
 * the words of a summary (上下, 坚持, 有序推进…), so its year is left from last year's draft (v31, round 32). A past
 * event told as such (2021年，县政府印发《…》; 2022年，我局被评为…) is history and stays silent.
 */
const SENTENCE_YEAR = /[。；！？]\s*((?:19|20)\d{2})\s*年度?\s*[，,]/gu;
/** The words of a year's summary of its own work. */
const SUMMARY_WORK = /上下|坚持|持续|扎实|有序推进|稳步推进|深入推进|全面推进|各项(?:工作|任务)/u;
/** An event of that year told as a milestone: a text issued, a title won, a body set up, a meeting held. */
const MILESTONE = /确定|列为|入选|荣获|获得|印发|出台|颁布|施行|修订|获评|评为|命名|授予|成立|设立|启动|召开|提出|部署|试点|首次|开始|起步|基础|为[^。；]{0,8}(?:奠定|打下)/u;
const COMPARED_OR_SPANNED = /同比|[较比]上?一?年|以来|至今|累计|连续|[—–\-~～至到]\s*(?:19|20)\d{2}/;

/** The offsets of such years in the opening. */
export function openingClauseYears(ctx: Ctx, text: string): number[] {
  const year = ctx.year;
  if (!year) return [];
  const [from, to] = ctx.layout.opening;
  const found: number[] = [];
  for (const m of text.slice(from, to).matchAll(CLAUSE_YEAR)) {
    const y = Number(m[1]);
    if (y >= year) continue;
    const at = from + m.index + m[0].indexOf(m[1]!);
    const { text: sentence } = sentenceAround(text, at, { stops: /[。；\n]/ });
    const years = [...sentence.matchAll(/(?<!\d)((?:19|20)\d{2})\s*年/gu)].map((x) => Number(x[1]));
    if (!years.includes(year) || years.some((x) => x !== year && x !== y)) continue;
    if (HISTORY.test(sentence) || COMPARED_OR_SPANNED.test(sentence)) continue;
    found.push(at);
  }
  // The report's year must come first: an earlier year before it (2022年，…。2023年，…) sets the scene.
  const ownYear = new RegExp(`(?:^|[\\n。；])[^\\S\\n]*${year}年(?:度)?[，,]`);
  for (const m of text.slice(from, to).matchAll(SENTENCE_YEAR)) {
    const y = Number(m[1]);
    if (y >= year) continue;
    const at = from + m.index + m[0].indexOf(m[1]!);
    if (found.includes(at) || !ownYear.test(text.slice(from, at))) continue;
    const { text: sentence } = sentenceAround(text, at, { stops: /[。；\n]/ });
    const years = [...sentence.matchAll(/(?<!\d)((?:19|20)\d{2})\s*年/gu)].map((x) => Number(x[1]));
    if (years.some((x) => x !== y) || !SUMMARY_WORK.test(sentence)) continue;
    if (HISTORY.test(sentence) || COMPARED_OR_SPANNED.test(sentence) || MILESTONE.test(sentence)) continue;
    found.push(at);
  }
  // Round 44: the year before leading a sentence of the opening that itself goes on to report the reported year
  // (2025年，我们…扎实推进…，全年…，现将2026年度自查情况汇报如下), or the opening's first sentence calling the year
  // before the year of the work (2025年是全面加强法治建设的重要一年。 in a report on 2026): the year is left from last
  // year's draft. History, comparisons and milestones stay silent as above.
  const reportsOwnYear = new RegExp(`现将\\s*${year}\\s*年度?[^。；\\n]{0,30}?(?:报告|汇报)如下`);
  const firstSentence = /^[^\S\n]*\n?[^\S\n]*((?:19|20)\d{2})\s*年是[^。；\n]{0,30}?一年[。；]/u;
  for (const m of [...text.slice(from, to).matchAll(SENTENCE_YEAR)].concat([...text.slice(from, to).matchAll(/^((?:19|20)\d{2})\s*年[，,]/gmu)])) {
    const y = Number(m[1]);
    const at = from + m.index + m[0].indexOf(m[1]!);
    if (y !== year - 1 || found.includes(at)) continue;
    const { text: sentence } = sentenceAround(text, at, { stops: /[。；\n]/ });
    const tail = reportsOwnYear.exec(sentence);
    if (!tail) continue;
    const years = [...sentence.slice(0, tail.index).matchAll(/(?<!\d)((?:19|20)\d{2})\s*年/gu)].map((x) => Number(x[1]));
    if (years.some((x) => x !== y) || !SUMMARY_WORK.test(sentence)) continue;
    if (HISTORY.test(sentence) || COMPARED_OR_SPANNED.test(sentence) || MILESTONE.test(sentence)) continue;
    found.push(at);
  }
  const first = firstSentence.exec(text.slice(from, to));
  if (first && Number(first[1]) === year - 1) {
    const at = from + first.index + first[0].indexOf(first[1]!);
    const { text: sentence } = sentenceAround(text, at, { stops: /[。；\n]/ });
    const years = [...sentence.matchAll(/(?<!\d)((?:19|20)\d{2})\s*年/gu)].map((x) => Number(x[1]));
    if (years.every((x) => x === year - 1) && !HISTORY.test(sentence) && !/之年|元年|收官|开局|起步|周年|第[一二三四五六七八九十\d]+年/.test(sentence) && !found.includes(at)) found.push(at);
  }
  return found;
}

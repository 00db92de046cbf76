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
  return found;
}

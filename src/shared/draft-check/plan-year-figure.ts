/**
 * The plans section citing the report year's figure as the floor of the next (round 48): 继续保障法治建设经费投入，确保不低于
 * 2025年的83万元 in a 2025 report, against 全年安排法治建设专项经费80万元 in the body. The year with 的 right before the number
 * (2025年的, 上年的, 去年的) says whose figure it is: the report year's (the plan is written for the year after, so its 上年 is
 * the report year), whatever target word stands before it. It must agree with the body's one count of the same thing in
 * the same unit: the body count's head word (its last two characters, 经费) in the plan's clause, and four characters of
 * its words shared with the plan's sentence. Strict, as a hint (internal consistency).
 */
import { digitsOf, type Ctx, type Mark } from './context.ts';
import { SENTENCE_BREAK, figures } from './checks/figures.ts';
import { startBefore } from './sentence.ts';
import { inPlanSection, looksBackOnYear } from './plan-section.ts';
import { restatedUnit } from './count-tuples.ts';
import { pairMark } from './pair-mark.ts';

/** The report year (seen from the plan) with 的, right before the number. */
const yearOf = (year: number) => new RegExp(`(?:${year}年度?|上一?年度?|去年)的$`, 'u');
/** A total over more than the year, or a part: another measure than the year's count. */
const NOT_YEAR_WHOLE = /累计|历年|以来|总计|其中|新增/u;
/** Another period or a comparison in the body's sentence: not the year's whole figure. */
const OTHER_PERIOD = /上半年|下半年|季度|同比|较上年|比上年|上年|去年|平均|每|人均/u;
/** Shared words this long name one thing (法治建设, 法律顾问). */
const SHARED_MIN = 4;

const sentenceBefore = (text: string, at: number) => text.slice(startBefore(text, at, SENTENCE_BREAK), at);

function sharesWords(a: string, b: string): boolean {
  for (let i = 0; i + SHARED_MIN <= a.length; i++) if (b.includes(a.slice(i, i + SHARED_MIN))) return true;
  return false;
}

export function planYearFigures(ctx: Ctx): Mark[] {
  if (!ctx.year) return [];
  const text = digitsOf(ctx);
  const yearBefore = yearOf(ctx.year);
  const all = figures(ctx, 0, text.length);
  // The body's counts of the year: not a part, a running total or another year's (专项经费 is a fund's name, not a campaign).
  const ofYear = (at: number) => { const s = sentenceBefore(text, at); return !NOT_YEAR_WHOLE.test(s) && !OTHER_PERIOD.test(s) && ![...s.matchAll(/(\d{4})年/gu)].some((m) => Number(m[1]) !== ctx.year); };
  const body = all.filter((f) => !f.part && !looksBackOnYear(ctx, f.start) && ofYear(f.start) && /^[\u3400-\u9fff“”]{4,}$/u.test(f.measure));
  const marks: Mark[] = [];
  for (const later of all) {
    if (later.part || !inPlanSection(ctx, later.start) || !yearBefore.test(text.slice(Math.max(0, later.start - 8), later.start))) continue;
    const sentence = sentenceBefore(text, later.start);
    if (NOT_YEAR_WHOLE.test(sentence)) continue;
    const unit = restatedUnit(later.unit);
    const same = body.filter((f) => restatedUnit(f.unit) === unit && sentence.includes(f.measure.slice(-2)) && sharesWords(f.measure, sentence));
    // One value in the body: two values (or none) leave which one the plan cites unclear.
    const values = new Set(same.map((f) => f.value));
    if (values.size !== 1 || values.has(later.value)) continue;
    const first = same[0]!;
    marks.push({
      ...pairMark(first, later, `前面写${text.slice(first.start, first.end)}，下一步计划引用本年度的数字写${text.slice(later.start, later.end)}：同一项数字前后不一致。`, '核对这项数字，前后改成一致'),
      hintOnly: true,
    });
  }
  return marks;
}

/**
 * The year's count summed up again outside the body, in a near word: the body says 区政府常务会议专题学法6次, and the
 * problems section grants 全年虽集体学法8次，但… or the plans stand 在本年度集体学法7次的基础上. The summary calls itself the
 * year's whole (全年, 本年度, 今年) and so takes in the body's only count of that act, whatever qualifier either writes
 * (专题, 集体, 会前). Two such counts in the body itself (专题学法2次 … 集中学法4次) stay two measures, and so does a body
 * with two values for the act. Strict, as a hint (internal consistency).
 */
import { digitsOf, type Ctx, type Mark } from './context.ts';
import { CLAUSE_BREAK, figures } from './checks/figures.ts';
import { startBefore } from './sentence.ts';
import { countsTheWhole } from './restated-measures.ts';
import { inPlanSection, looksBackOnYear } from './plan-section.ts';
import { restatedUnit } from './count-tuples.ts';
import { isPlanBaseline } from './plan-baseline.ts';
import { pairMark } from './pair-mark.ts';

/** The year named as the whole, then a granting 虽 (全年虽集体学法8次, 本年度集体学法7次): the words after are the act. */
const YEAR_WHOLE = (year: number | null) => new RegExp(`(?:全年|本年度|本年|今年${year ? `|${year}年度?` : ''})(?:虽然|虽|尽管)?(?:已|共)?([\\u3400-\\u9fff]{3,8})$`, 'u');
/** Level-1 headings of the section on problems, which looks back on the body (存在的问题和不足). */
/** A granting word: the summary concedes the count before its 但 (虽…8次，但…). */
const GRANTED = /虽|尽管/u;
/** Ends too general to name one act: any meeting, event or case (召开会议, 开展活动). */
const GENERAL_END = /^(?:会议|活动|工作|检查|培训|学习|任务|案件|问题|文件|事项|宣传|讲座)$/u;
/** How much the summary's act may add before the shared end: one qualifier (集体, 会前). */
const QUALIFIER_MAX = 2;
const SHARED_MIN = 2;

function commonEnd(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}


export function yearSummaryCounts(ctx: Ctx): Mark[] {
  const text = digitsOf(ctx);
  const all = figures(ctx, 0, text.length);
  const yearWhole = YEAR_WHOLE(ctx.year);
  const lookingBack = (at: number) => looksBackOnYear(ctx, at);
  const marks: Mark[] = [];
  for (const later of all) {
    if (!lookingBack(later.start)) continue;
    const clause = text.slice(startBefore(text, later.start, CLAUSE_BREAK), later.start);
    const m = yearWhole.exec(clause);
    if (!m) continue;
    const act = m[1]!;
    // Only a granted count (虽…) or a base the plan stands on restates the year; other plan figures are targets.
    const summary = inPlanSection(ctx, later.start) ? isPlanBaseline(text, later.start, later.end) : GRANTED.test(clause);
    if (!summary) continue;
    const unit = restatedUnit(later.unit);
    const body = all.filter((f) => {
      if (f.start >= later.start || f.part || restatedUnit(f.unit) !== unit || lookingBack(f.start) || !countsTheWhole(ctx, f.start)) return false;
      const k = commonEnd(f.measure, act);
      return k >= SHARED_MIN && act.length - k <= QUALIFIER_MAX && !GENERAL_END.test(act.slice(-k));
    });
    // One value in the body: two values (or none) leave which one the summary restates unclear.
    const values = new Set(body.map((f) => f.value));
    if (values.size !== 1 || values.has(later.value)) continue;
    const first = body[0]!;
    marks.push({
      ...pairMark(first, later, `前面写${text.slice(first.start, first.end)}，这里总括全年写${text.slice(later.start, later.end)}：同一项工作的次数前后不一致。`, '核对这项数字，前后改成一致'),
      hintOnly: true,
    });
  }
  return marks;
}

/**
 * The plans section standing on the report year's count (round 46): 在上年审核行政规范性文件80件的基础上 in the next year's
 * plan, against 全年对77件行政规范性文件进行合法性审核 in the body. The plan is written for the year after the report, so its
 * 上年 (去年, 上一年度) is the report year; so is the report year named (在2026年…, 在本年度…). The count must agree with the
 * body's one count of the same act, told with its words before the number (审核行政规范性文件77件) or after it (对77件行政
 * 规范性文件进行合法性审核). Silent on a target (力争, 不少于), a new step (新增), a cumulative total (累计) and another act on the
 * same noun (备案 against 审核). Strict, as a hint (internal consistency).
 */
import { digitsOf, type Ctx, type Mark } from './context.ts';
import { CLAUSE_BREAK, figures } from './checks/figures.ts';
import { startBefore } from './sentence.ts';
import { countsTheWhole } from './restated-measures.ts';
import { NOUN_MIN, numberFirstCounts } from './restated-noun-first.ts';
import { NARROWED } from './measures.ts';
import { inPlanSection, looksBackOnYear } from './plan-section.ts';
import { restatedUnit } from './count-tuples.ts';
import { isPlanBaseline } from './plan-baseline.ts';
import { pairMark } from './pair-mark.ts';

/** 在 and the report year seen from the plan (上年, 去年, 本年度, 2026年), then the act and its noun up to the number. */
const leadOf = (year: number | null) =>
  new RegExp(`(?<![存现实所])在(?:上一?年度?|去年|本年度?|今年|全年${year ? `|${year}年度?` : ''})(?:全年|共|已|累计)?([\\u3400-\\u9fff]{4,16})$`, 'u');
/** A total over more than the year: its body figure is another measure. */
const OVER_YEARS = /累计|历年|以来|总计/u;
/** The section on problems looks back on the body too; its counts are not the body's. */
/** The noun an act is done on must be this long to name one thing (行政规范性文件, 矛盾纠纷). */
/** The words after a number naming its noun. */


/**
 * A clause calling its count the year's whole (我县全年对77件…进行审核) speaks for itself, even in a sentence whose earlier
 * clauses name 重点 or 部分 (重点环节亲自协调，…全年对…): the narrowing words must then be in the clause itself.
 */
const yearWholeClause = (clause: string) => /全年|本年度|今年/u.test(clause) && !NARROWED.test(clause) && !OVER_YEARS.test(clause);

interface BodyCount { start: number; end: number; value: number }

/** The clause around a body count, both sides of the number: where its act is named (对…进行合法性审核). */
function clauseAround(text: string, start: number, end: number): string {
  const rest = text.slice(end);
  const stop = rest.search(CLAUSE_BREAK);
  return text.slice(startBefore(text, start, CLAUSE_BREAK), stop < 0 ? text.length : end + stop);
}

/** How the act splits into a verb and a noun another count names: the longest noun end of the act the other words hold. */
function verbBefore(act: string, holds: (noun: string) => boolean): string | null {
  for (let n = act.length; n >= NOUN_MIN; n--) if (holds(act.slice(-n))) return act.slice(0, act.length - n);
  return null;
}

/** The body's counts of the plan's act: the same noun, in the same unit, with the plan's verb in their clause. */
function bodyCountsOf(ctx: Ctx, act: string, unit: string, lookingBack: (at: number) => boolean): BodyCount[] {
  const text = digitsOf(ctx);
  const out: BodyCount[] = [];
  const inBody = (at: number) => !lookingBack(at) && (countsTheWhole(ctx, at) || yearWholeClause(text.slice(startBefore(text, at, CLAUSE_BREAK), at)));
  for (const f of figures(ctx, 0, text.length)) {
    if (f.part || restatedUnit(f.unit) !== unit || !inBody(f.start)) continue;
    const verb = verbBefore(act, (noun) => f.measure.endsWith(noun));
    if (verb !== null && clauseAround(text, f.start, f.end).includes(verb)) out.push(f);
  }
  for (const c of numberFirstCounts(ctx)) {
    if (c.unit !== unit || !inBody(c.start)) continue;
    const verb = verbBefore(act, (n) => c.noun.startsWith(n));
    if (verb !== null && clauseAround(text, c.start, c.end).includes(verb)) out.push({ start: c.start, end: c.end, value: c.value });
  }
  return out;
}

export function planLastYearCounts(ctx: Ctx): Mark[] {
  const text = digitsOf(ctx);
  const lead = leadOf(ctx.year);
  const lookingBack = (at: number) => looksBackOnYear(ctx, at);
  const marks: Mark[] = [];
  for (const later of figures(ctx, 0, text.length)) {
    if (later.part || !inPlanSection(ctx, later.start)) continue;
    const clause = text.slice(startBefore(text, later.start, CLAUSE_BREAK), later.start);
    const act = lead.exec(clause)?.[1];
    if (!act || OVER_YEARS.test(clause) || !isPlanBaseline(text, later.start, later.end)) continue;
    const body = bodyCountsOf(ctx, act, restatedUnit(later.unit), lookingBack);
    // One value in the body: two values (or none) leave which one the plan stands on unclear.
    const values = new Set(body.map((c) => c.value));
    if (values.size !== 1 || values.has(later.value)) continue;
    const first = body.sort((a, b) => a.start - b.start)[0]!;
    marks.push({
      ...pairMark(first, later, `前面写${text.slice(first.start, first.end)}，下一步计划回顾上年写${text.slice(later.start, later.end)}：计划所说的上年就是本报告年度，同一项工作的数字前后不一致。`, '核对这项数字，前后改成一致'),
      hintOnly: true,
    });
  }
  return marks;
}

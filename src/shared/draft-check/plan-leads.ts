/**
 * A year leading a plan in the body (2026年工作安排如下：…; 2026年工作打算：…), the heading-year rule's reading where no
 * heading stands: the writer introduces the plans in a sentence, not a numbered heading. An annual report's plans are
 * for the year after the one reported on (requirements.md line 55: 下一年度推进法治政府建设的主要安排), so a lead naming the reported year or an
 * earlier one kept last year's plans. The lead is a sentence's opening words; a year inside a sentence (按照2026年度
 * 普法工作计划开展…) names a text the year's work followed and is left alone.
 */
import type { Ctx, Mark } from './context.ts';
import { foldDraft } from './date-reader.ts';

/**
 * The lead: a year opening a line or a sentence, a few words on what (重点工作, 法治建设工作), the plan's word, and a colon
 * or 如下 introducing the items. Up to ten characters between, none a clause break, so 2026年执行工作计划完成率100% (no
 * colon, no 如下) is not a lead.
 */
const PLAN_LEAD = /(?:^|[。；\n])[ \t\u3000]*(\d{4})[ \t]*年度?[^，,。；：:\n\d]{0,10}?(?:打算|安排|计划|思路)[ \t]*(?:如下|是|主要是|主要有)?[ \t]*[：:]/gmu;

/** Offsets the heading rule already reads: a numbered heading's line speaks for itself. */
const headingLines = (ctx: Ctx) => new Set(ctx.layout.headings.map((h) => h.line));

export function planLeadYears(ctx: Ctx): Mark[] {
  const year = ctx.year;
  if (!year) return [];
  const skip = headingLines(ctx);
  const lineOf = (at: number) => ctx.layout.lines.findIndex((l) => at >= l.start && at <= l.end);
  const marks: Mark[] = [];
  for (const m of foldDraft(ctx).matchAll(PLAN_LEAD)) {
    const y = Number(m[1]);
    // A self-inspection may be made mid-year, its plans for the rest of that year (2026年下半年工作打算：).
    if (y === year + 1 || (y === year && (ctx.type === 'self-inspection-report' || /下半年|下阶段|下一阶段|季度/.test(m[0])))) continue;
    const at = m.index + m[0].indexOf(m[1]!);
    if (skip.has(lineOf(at)) || ctx.layout.titleLine === lineOf(at)) continue;
    marks.push({ start: at, end: at + 4, fix: `下一年度应为${year + 1}年`, hintOnly: true });
  }
  return marks;
}

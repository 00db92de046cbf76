/**
 * Whether a place stands in a section on plans or on an earlier year's feedback (下一步打算, 整改情况): other years and
 * targets are expected there. One test for the date readers (checks/dates.ts) and the figure readers
 * (restated-figures.ts), so a heading word added for one is read by all.
 */
import type { Ctx } from './context.ts';

/** Headings of a section on plans or on an earlier year's feedback (下一步改进措施, 整改情况). */
export const PLAN_SECTION = /整改|反馈|打算|安排|计划|思路|展望|下一步|今后|改进措施/;

/** The level-1 and level-2 headings above an offset, joined (the section a sentence sits in). */
export function headingsAbove(ctx: Ctx, offset: number): string {
  let h1 = '';
  let h2 = '';
  for (const h of ctx.layout.headings) {
    if (h.start > offset) break;
    if (h.level === 1) { h1 = h.title; h2 = ''; } else if (h.level === 2) h2 = h.title;
  }
  return `${h1}\n${h2}`;
}

/** Whether the level-1 section holding a place is on plans or another year's feedback. */
export function inPlanSection(ctx: Ctx, at: number): boolean {
  let title = '';
  for (const h of ctx.layout.headings) if (h.start <= at && h.level === 1) title = h.title;
  return PLAN_SECTION.test(title);
}

/**
 * Headings of the section on next steps (requirements.md 二: 下一年度推进法治政府建设的主要安排): 下一步打算, 工作思路, and
 * 整改措施, 改进举措, 努力方向, where a 自查 or 述法 report sets out what it will do. Not a report on rectification done
 * (整改情况, 整改措施落实情况) nor feedback on earlier years.
 */
const NEXT_STEPS = /打算|安排|计划|思路|展望|下一步|今后/;
const MEASURES_AHEAD = /(?:整改|改进|提升)(?:措施|举措|方向)|努力方向/;
const DONE = /情况|成效|落实|完成/;

/** Whether headings (one or several, one a line) name a section on next steps. */
export const isNextStepsHeading = (headings: string): boolean =>
  NEXT_STEPS.test(headings) || headings.split('\n').some((h) => MEASURES_AHEAD.test(h) && !DONE.test(h.replace(MEASURES_AHEAD, '')));

/** A problems section (问题、不足、短板、差距) under the first heading above. */
const PROBLEMS_SECTION = /问题|不足|短板|差距/u;
/**
 * Whether a place looks back on the year as a whole: the problems or plans sections, where a body
 * count is summed up or restated rather than first told.
 */
export const looksBackOnYear = (ctx: Ctx, at: number): boolean =>
  inPlanSection(ctx, at) || PROBLEMS_SECTION.test(headingsAbove(ctx, at).split('\n')[0]!);

/**
 * An old goal quoted with its own deadline and kept as the work's goal after it: 牢记到2020年基本建成法治政府的目标要求 in a
 * report on 2024. The deadline year before the wording otherwise dates it to its own time (the history a rule's
 * currentUntil allows, and the 到2020年基本建成法治政府 its except list leaves alone); here the verb before it makes the
 * ended goal this year's. A goal told as met (如期实现) or recalled (回顾, 总结) stays silent, as dated targets do.
 */
import type { Ctx } from './context.ts';
import { HISTORY } from './context.ts';
import { CITED_BEFORE, MET } from './dated-targets.ts';
import { workYearAt } from './expired-citations.ts';
import { sentenceAround } from './sentence.ts';

/** 到 and the goal's deadline right before the wording (到2020年基本建成法治政府). */
const DEADLINE_BEFORE = /到\s*((?:19|20)\d{2})\s*年\s*[“"]?$/u;

/**
 * Verbs that hold a goal up as one's own, besides those citing a yardstick: 牢记, 朝着, 向着, 坚持, 以…为目标; round 43: the
 * verbs of a plan aiming at it (力争到2020年基本建成法治政府 among next year's tasks, v42b).
 */
const HELD_AS_GOAL = /(?:牢记|朝着|向着|坚持|锚定|力争|争取|努力|确保|以)[^，,。；：:\n]{0,10}?\s*[“"]?$/u;

export function oldGoalKept(ctx: Ctx, start: number, end: number, currentUntil: number | undefined): boolean {
  if (currentUntil === undefined || !ctx.year) return false;
  const { start: s, text: sentence } = sentenceAround(ctx.text, start, { end });
  const before = ctx.text.slice(s, start);
  const deadline = DEADLINE_BEFORE.exec(before);
  if (!deadline || Number(deadline[1]) > currentUntil || Number(deadline[1]) >= workYearAt(ctx, start)) return false;
  const lead = before.slice(0, deadline.index);
  if (!CITED_BEFORE.test(lead) && !HELD_AS_GOAL.test(lead)) return false;
  return !HISTORY.test(sentence) && !MET.test(sentence);
}

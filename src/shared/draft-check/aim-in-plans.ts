/**
 * Round 56 (v57b-outdated-wording-14): a wording written as the writer's own aim in the plans (2025年，我县将提升领导干部运用
 * 法治思维和法治方式…维护稳定的能力): a verb of raising before it in its clause, in a section on next steps. The same words
 * as an account (能力不断提升, v45 audit) or a shortcoming (…的能力还需提升) are not an aim.
 */
import type { Ctx } from './context.ts';
import { headingsAbove, isNextStepsHeading } from './plan-section.ts';

/** A verb of raising, then up to 40 characters of the clause before the wording (提升领导干部运用法治思维和法治方式). */
const RAISED_BEFORE = /(?:提升|提高|增强|强化)[^。；;，,]{0,40}$/;

export function asAimInPlans(ctx: Ctx, start: number): boolean {
  if (!isNextStepsHeading(headingsAbove(ctx, start))) return false;
  return RAISED_BEFORE.test(ctx.text.slice(Math.max(0, start - 60), start));
}

/**
 * Round 57 (v58b-outdated-wording-13; audit v58 case 26): the 规划's own sentence shape (提高运用法治思维和法治方式…维护稳定能力,
 * official-phrases.md A7) in the writer's voice anywhere: a verb of raising before it and 能力 right after the list. With
 * 的能力 outside the plans (audit v59 case 18) or without a raising verb (《规定》第四条, B8) it stays silent.
 */
export function asPlanAbility(ctx: Ctx, start: number, end: number): boolean {
  return ctx.text.slice(start, end).endsWith('稳定能力') && RAISED_BEFORE.test(ctx.text.slice(Math.max(0, start - 60), start));
}

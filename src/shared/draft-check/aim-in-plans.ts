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

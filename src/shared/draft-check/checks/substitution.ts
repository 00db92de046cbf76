/** Outdated or expired wording: literal hits from the shared automaton. */
import { toOriginal } from '../normalize.ts';
import type { Ctx, Mark } from '../context.ts';
import type { SubstitutionRule } from '../types.ts';

export function checkSubstitution(_rule: SubstitutionRule, index: number, ctx: Ctx): Mark[] {
  return (ctx.hits.get(index) ?? []).map((h) => {
    const [start, end] = toOriginal(ctx.norm, h.start, h.end);
    return { start, end };
  });
}

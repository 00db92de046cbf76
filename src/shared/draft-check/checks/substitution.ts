/**
 * Outdated or expired wording: literal hits from the shared automaton, except inside the
 * rule's exception words (法制审核 for the 法制 rule). Where the replacement has itself expired
 * by the draft's year, the later fix (the /writing-2026/ advice) replaces the first.
 */
import { toOriginal } from '../normalize.ts';
import { excepted } from './existence.ts';
import { recallsPast, type Ctx, type Mark } from '../context.ts';
import type { SubstitutionRule } from '../types.ts';
import { FAZHI_PLAN_PERIODS } from '../substitution-rules.ts';
import { sentenceAround } from '../sentence.ts';

/**
 * A sentence telling how a wording changed (方针从“有法可依……”发展为“科学立法……”; 由…调整为…): the old
 * wording is named as the starting point of the change, not used as current guidance.
 */
const TELLS_CHANGE = /[从由][^。；]{0,60}(?:发展为|发展成|演变为|演进为|转变为|调整为|扩展为|拓展为|提升为|升华为|丰富为|完善为)/;

/** A sentence about a 普法 period that was still 法制宣传教育 (“六五”普法期间…): its 法制 is that period's own word (D2). */
const NAMES_A_FAZHI_PLAN = new RegExp(`["“]?(?:${FAZHI_PLAN_PERIODS.join('|')})["”]?(?:普法|法制|期间|时期)`);

export function checkSubstitution(rule: SubstitutionRule, index: number, ctx: Ctx): Mark[] {
  const later = rule.laterFix && ctx.year && ctx.year >= rule.laterFix.fromYear ? rule.laterFix.fix : undefined;
  return (ctx.hits.get(index) ?? [])
    .map((h) => {
      const [start, end] = toOriginal(ctx.norm, h.start, h.end);
      const fit = rule.fixFor?.[h.entry.pattern];
      return { start, end, ...(later ? { fix: later } : fit ? { fix: `改为：${fit}` } : {}) };
    })
    .filter((m) => !excepted(ctx.text, m.start, m.end, rule.except ?? []))
    .filter((m) => {
      if (!rule.history) return true;
      const sentence = sentenceAround(ctx.text, m.start, { end: m.end });
      // An old wording or a 法制 slip (not an expired plan's name) is not made history by a plan's closing named in another clause.
      const text = rule.kind === 'outdated-wording' || rule.kind === 'fazhi-fazhi' ? closingOutsideClause(sentence.text, m.start - sentence.start, m.end - sentence.start) : sentence.text;
      return !recallsPast(text, text.slice(0, m.start - sentence.start), ctx.year) && !TELLS_CHANGE.test(text) && !(rule.kind === 'fazhi-fazhi' && NAMES_A_FAZHI_PLAN.test(text));
    });
}


/** Words that name a plan's closing; they date the plan, not the wordings in the other clauses of the sentence. */
const PLAN_CLOSING = /收官|期满|届满|到期|验收|圆满/g;

/**
 * The sentence with the plan-closing words blanked outside the clause of [start, end) (offsets in the
 * sentence), same length: 2025年是纲要收官之年，市政府以基本建成法治政府为目标 uses the old goal as its own.
 */
function closingOutsideClause(sentence: string, start: number, end: number): string {
  const from = Math.max(...['，', '；', ','].map((c) => sentence.lastIndexOf(c, start - 1))) + 1;
  const stops = ['，', '；', ','].map((c) => sentence.indexOf(c, end)).filter((x) => x !== -1);
  const to = stops.length ? Math.min(...stops) : sentence.length;
  const blank = (part: string) => part.replace(PLAN_CLOSING, (w) => '　'.repeat(w.length));
  return blank(sentence.slice(0, from)) + sentence.slice(from, to) + blank(sentence.slice(to));
}


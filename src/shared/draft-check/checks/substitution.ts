/**
 * Outdated or expired wording: literal hits from the shared automaton, except inside the
 * rule's exception words (法制审核 for the 法制 rule). Where the replacement has itself expired
 * by the draft's year, the later fix (the /writing-2026/ advice) replaces the first.
 */
import { toOriginal } from '../normalize.ts';
import { excepted } from './existence.ts';
import { recallsPast, type Ctx, type Mark } from '../context.ts';
import type { SubstitutionRule } from '../types.ts';

/**
 * A sentence telling how a wording changed (方针从“有法可依……”发展为“科学立法……”; 由…调整为…): the old
 * wording is named as the starting point of the change, not used as current guidance.
 */
const TELLS_CHANGE = /[从由][^。；]{0,60}(?:发展为|发展成|演变为|演进为|转变为|调整为|扩展为|拓展为|提升为|升华为|丰富为|完善为)/;

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
      const sentence = sentenceAt(ctx.text, m.start, m.end);
      return !recallsPast(sentence.text, ctx.text.slice(sentence.start, m.start), ctx.year) && !TELLS_CHANGE.test(sentence.text);
    });
}


/** The sentence around [start, end). */
function sentenceAt(text: string, start: number, end: number): { text: string; start: number } {
  const s = Math.max(text.lastIndexOf('。', start - 1), text.lastIndexOf('\n', start - 1)) + 1;
  const stops = [text.indexOf('。', end), text.indexOf('\n', end)].filter((x) => x !== -1);
  return { text: text.slice(s, stops.length ? Math.min(...stops) : text.length), start: s };
}

/**
 * Document titles in 《》 that nearly match a known title. The comparison key drops the
 * marks writers vary (dashes, brackets, 年, spaces, quotation marks, 顿号) but keeps the
 * years' digits, so 2015—2020 and 2021—2025 stay different documents.
 */
import { foldChar } from '../normalize.ts';
import type { Ctx, Mark } from '../context.ts';
import type { TitleRule } from '../types.ts';

export function titleKey(t: string): string {
  let out = '';
  for (const c of t) out += foldChar(c);
  return out.replace(/[\s（）()〔〕[\]【】—–\-－~～〜至年“”"‘’'「」、·〈〉<>]/g, '');
}

export interface QuotedTitle { inner: string; start: number; end: number }

/** Every 《…》 in the draft, with the offsets of the whole bracketed title. */
export function quotedTitles(text: string): QuotedTitle[] {
  const out: QuotedTitle[] = [];
  for (const m of text.matchAll(/《([^《》\n]{2,100})》/g)) out.push({ inner: m[1]!, start: m.index, end: m.index + m[0].length });
  return out;
}

export function checkTitle(rule: TitleRule, titles: QuotedTitle[], _ctx: Ctx): Mark[] {
  const key = titleKey(rule.exact);
  const misses = new Set(rule.nearMisses);
  const marks: Mark[] = [];
  for (const t of titles) {
    const inner = t.inner.trim();
    if (inner === rule.exact) continue;
    if (misses.has(inner) || (rule.formVariants && titleKey(inner) === key)) {
      marks.push({ start: t.start, end: t.end, fix: rule.fix ?? `写作《${rule.exact}》` });
    }
  }
  return marks;
}

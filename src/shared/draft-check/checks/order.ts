/**
 * Fixed series out of order. The automaton finds every item; items that follow one another
 * with only separators between them form a run; a run whose items are not in the series'
 * order is a permutation of (part of) the series, whatever the writer's separators were.
 */
import { toOriginal } from '../normalize.ts';
import type { Ctx, Mark } from '../context.ts';
import type { Hit } from '../matcher.ts';
import type { OrderRule } from '../types.ts';

/** What may stand between two items of one series. */
const SEPARATOR = /^[、，,；;和与及以并“”"‘’]*$/;

/** Keep the longest of overlapping hits (重大事项决策 over 重大决策 inside it). */
function longestFirst(hits: Hit[]): Hit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  for (const h of sorted) {
    const last = kept[kept.length - 1];
    if (last && h.start < last.end) continue;
    kept.push(h);
  }
  return kept;
}

export function checkOrder(rule: OrderRule, index: number, ctx: Ctx): Mark[] {
  const hits = longestFirst(ctx.hits.get(index) ?? []);
  const marks: Mark[] = [];
  let run: Hit[] = [];
  const flush = () => {
    const items = run.map((h) => h.entry.item!);
    const distinct = new Set(items).size;
    const inOrder = items.every((v, i) => i === 0 || v > items[i - 1]!);
    if (distinct >= rule.minItems && (rule.maxItems === undefined || distinct <= rule.maxItems) && !inOrder) {
      const [start, end] = toOriginal(ctx.norm, run[0]!.start, run[run.length - 1]!.end);
      const canon = [...new Set(items)].sort((a, b) => a - b).map((i) => rule.items[i]![0]).join('、');
      marks.push({ start, end, fix: rule.fix ?? `按规范语序写：${canon}` });
    }
    run = [];
  };
  for (const h of hits) {
    const prev = run[run.length - 1];
    if (prev) {
      const gap = ctx.norm.text.slice(prev.end, h.start);
      const repeated = run.some((r) => r.entry.item === h.entry.item);
      if (h.start - prev.end > rule.maxGap || !SEPARATOR.test(gap) || repeated) flush();
    }
    run.push(h);
  }
  flush();
  return marks;
}

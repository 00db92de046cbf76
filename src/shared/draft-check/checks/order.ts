/**
 * Fixed series out of order. The automaton finds every item; items that follow one another
 * with only separators between them form a run; a run whose items are not in the series'
 * order is a permutation of (part of) the series, whatever the writer's separators were.
 *
 * Only permutations of the same series are reported: a run that touches a member of another
 * series (知法, 懂法, 护法 next to 学法、守法) is that other series and stays silent. Where the
 * items carry objects (四个亲自: 重要工作亲自部署), an object paired with another item's verb is
 * out of order too. The finding covers only the items that are out of place, and the fix
 * rewrites only those, keeping the writer's separators.
 */
import { toOriginal } from '../normalize.ts';
import type { Ctx, Mark } from '../context.ts';
import type { Hit } from '../matcher.ts';
import type { OrderRule } from '../types.ts';
import { recalledOldOrder } from '../recalled-order.ts';
import { addedItemAfter } from '../added-item.ts';

/** What may stand between two items of one series (对 opens the next pair: 对重要工作亲自部署，对重大问题亲自过问). */
const SEPARATOR = /^[、，,；;和与及以并"对]*$/;

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

/** The canonical wording of one hit's slot k: the object the series pairs with item k, if the hit had one, on the side the writer put it. */
function canonical(rule: OrderRule, item: number, withObject: boolean, verbFirst = false): string {
  const verb = rule.items[item]![0]!;
  if (!withObject || !rule.objects) return verb;
  return verbFirst ? verb + rule.objects[item]! : rule.objects[item]! + verb;
}

/** Between a run and the words that must follow it: a comma or a quotation mark (以上率下”，带头…). */
const LEAD_IN = /^[，,、；;“”"'‘’\s]{0,3}/;

/** Whether one of the words follows the run, so the run is part of the quoted provision, not two idioms in prose. */
function quotesOnward(text: string, end: number, words: string[]): boolean {
  const rest = text.slice(end, end + 12);
  const after = rest.slice(LEAD_IN.exec(rest)![0].length);
  return words.some((w) => after.startsWith(w));
}

export function checkOrder(rule: OrderRule, index: number, ctx: Ctx): Mark[] {
  const marks: Mark[] = [];
  const check = (run: Hit[]) => {
    const items = run.map((h) => h.entry.item!);
    const distinct = new Set(items).size;
    const sorted = [...items].sort((a, b) => a - b);
    const misplaced = run.map((h, k) => items[k] !== sorted[k] || (h.entry.obj !== undefined && h.entry.obj !== sorted[k]));
    if (distinct < rule.minItems || (rule.maxItems !== undefined && distinct > rule.maxItems) || !misplaced.some(Boolean)) return;
    if (rule.onlyBefore && !quotesOnward(ctx.norm.text, run[run.length - 1]!.end, rule.onlyBefore)) return;
    const first = misplaced.indexOf(true);
    const last = misplaced.lastIndexOf(true);
    const [start, end] = toOriginal(ctx.norm, run[first]!.start, run[last]!.end);
    // An old official order quoted as history (2010年文件曾提出“带头学法、尊法…”，如今统一为…) is mentioned, not used.
    if (rule.oldOrderUntil !== undefined && recalledOldOrder(ctx.text, start, end, rule.oldOrderUntil)) return;
    // The fix keeps what stands between the items (、 or 和) and rewrites the items only. An item moved
    // whole keeps the writer's words when they are one of its forms with a modifier of its own
    // (重要组织者 moved before 推动者), so the fix neither drops nor doubles it.
    const writersForm = (item: number): string | undefined => {
      const h = run.find((x) => x.entry.item === item && x.entry.obj === undefined);
      if (!h) return undefined;
      const [a, b] = toOriginal(ctx.norm, h.start, h.end);
      const words = ctx.text.slice(a, b);
      const form = rule.items[item]?.[0];
      return form !== undefined && words !== form && words.endsWith(form) && rule.items[item]!.includes(words) ? words : undefined;
    };
    let fix = '';
    for (let k = first; k <= last; k++) {
      const h = run[k]!;
      fix += (h.entry.obj === undefined ? writersForm(sorted[k]!) : undefined) ?? canonical(rule, sorted[k]!, h.entry.obj !== undefined, h.entry.verbFirst);
      if (k < last) {
        const [gs, ge] = toOriginal(ctx.norm, h.end, run[k + 1]!.start);
        fix += ctx.text.slice(gs, ge);
      }
    }
    marks.push({ start, end, fix: `改为：${fix}` });
  };
  // Chains: hits joined by separators only. A chain holding a member of another series is that series.
  const chains: Hit[][] = [];
  for (const h of longestFirst(ctx.hits.get(index) ?? [])) {
    const chain = chains[chains.length - 1];
    const prev = chain?.[chain.length - 1];
    if (prev && h.start - prev.end <= rule.maxGap && SEPARATOR.test(ctx.norm.text.slice(prev.end, h.start))) chain!.push(h);
    else chains.push([h]);
  }
  for (const chain of chains) {
    if (chain.some((h) => h.entry.item === -1)) continue;
    // A repeated item starts a new run (学法用法，守法用法).
    let run: Hit[] = [];
    for (const h of chain) {
      if (run.some((r) => r.entry.item === h.entry.item)) {
        check(run);
        run = [];
      }
      run.push(h);
    }
    check(run);
    const added = addedItemAfter(rule, run, ctx);
    if (added) marks.push(added);
  }
  return marks;
}

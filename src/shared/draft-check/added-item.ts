/**
 * A fixed series quoted whole, in order, with a further item of its own shape after it: 重要工作亲自部署、重大问题亲自过问、
 * 重点环节亲自协调、重要任务亲自督办、重大决策亲自把关 (the 四个亲自 of official-phrases.md B9 has four). The series' items all
 * carry one word (亲自); a fifth carrying it, joined by 、, is read as part of the quotation and is one too many. After a
 * comma or a full stop the writer starts a clause of their own (…亲自督办，重大决策亲自把关) and is left alone.
 */
import { toOriginal } from './normalize.ts';
import type { Ctx, Mark } from './context.ts';
import type { Hit } from './matcher.ts';
import type { OrderRule } from './types.ts';

export function addedItemAfter(rule: OrderRule, run: Hit[], ctx: Ctx): Mark | null {
  const word = rule.itemWord;
  if (!word || run.length !== rule.items.length) return null;
  // The whole series in its order, the objects (if any) each with its own verb: nothing else about it is wrong.
  const whole = run.every((h, k) => h.entry.item === k && (h.entry.obj === undefined || h.entry.obj === k));
  if (!whole) return null;
  const end = run[run.length - 1]!.end;
  const extra = new RegExp(`^、[^、，,。；;：:\\s“”"]{0,6}?${word}([\\u4e00-\\u9fff]{2})`, 'u').exec(ctx.norm.text.slice(end));
  // Its own verb must be new: 重要任务亲自部署 after the four repeats an item, another matter.
  if (!extra || rule.items.some((forms) => forms.some((f) => f === word + extra[1]))) return null;
  const [start, stop] = toOriginal(ctx.norm, end, end + extra[0].length);
  return { start, end: stop, fix: `删去“${ctx.text.slice(start + 1, stop)}”：这一表述只有${rule.items.length}项` };
}

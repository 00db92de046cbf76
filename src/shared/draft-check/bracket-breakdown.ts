/**
 * A count broken down in the bracket right after it (round 43): 开展法治培训19场次（线上10场次、线下12场次）,
 * 办理案件149件（其中简易程序66件、普通程序80件）. partsSum reads a breakdown opened by 其中 after a comma and leaves
 * bracketed figures alone; a bracket that lists two or more counts in the total's unit, and nothing else, splits that
 * very count. Its parts cannot add up to more than the count; short of it, they disagree when they are every member
 * of a closed set or the total's own named kinds (whole-breakdown.ts), or fall just short (listDisagrees' slip).
 * Internal consistency, on which the reference is silent: a 提示 (consistency-parts-sum).
 */
import type { Ctx, Mark } from './context.ts';
import { figures } from './checks/figures.ts';
import { figureUnit } from './count-tuples.ts';
import { listDisagrees } from './list-count.ts';
import { partsNameTheWhole } from './whole-breakdown.ts';

/** The bracket's opening: the bracket, then 其中 or 分别为 at most. */
const OPEN = /^[（(](?:其中|分别为|分别是)?[：:，,]?/u;
/** Between one part and the next: a joining mark or word, then the next part's words. */
const JOIN = /^(?:、|，|,|和|及|与)/u;
/** Words that make the bracket something other than a split of this count: a comparison, a running total, a share, an open list. */
const NOT_A_SPLIT = /同比|较|上年|去年|增长|下降|增加|减少|累计|占|含|包括|其余|其他|另有|以上|以下|超过|不少于|平均|人均|每|等/u;

export function bracketBreakdowns(ctx: Ctx): Mark[] {
  const text = ctx.text;
  const all = figures(ctx, 0, text.length);
  const marks: Mark[] = [];
  for (let i = 0; i < all.length; i++) {
    const total = all[i]!;
    const opened = OPEN.exec(text.slice(total.end, total.end + 8));
    if (!opened || total.part) continue;
    const from = total.end;
    const close = text.slice(from + 1, from + 80).search(/[）)]/u);
    if (close === -1) continue;
    const to = from + 1 + close;
    const inside = text.slice(from + opened[0].length, to);
    if (/[（(。；;]/u.test(inside) || NOT_A_SPLIT.test(inside)) continue;
    const parts = all.filter((f) => f.start > from && f.end <= to);
    if (parts.length < 2 || parts.some((p) => figureUnit(p) !== figureUnit(total))) continue;
    // Nothing but the parts: each one's words, then its figure, joined by 、 or 和, from the bracket's opening on.
    const joined = parts.every((p, k) => {
      const before = text.slice(k ? parts[k - 1]!.end : from, p.start);
      if (!before.endsWith(p.label)) return false;
      const lead = before.slice(0, before.length - p.label.length);
      return k === 0 ? new RegExp(`${OPEN.source}$`, 'u').test(lead) : JOIN.test(lead) && lead.length <= 2;
    }) && text.slice(parts.at(-1)!.end, to) === '';
    if (!joined) continue;
    const labels = parts.map((p) => p.label);
    const sum = parts.reduce((n, p) => n + p.value, 0);
    const whole = partsNameTheWhole(total.label, labels);
    if (whole ? sum === total.value : !listDisagrees(total.value, sum)) continue;
    marks.push({
      start: total.start, end: total.end,
      places: [total, ...parts].map((f) => ({ start: f.start, end: f.end })),
      message: `括号里的各项合计${sum}${total.unit.split('·')[0]}，与括号前的总数“${text.slice(total.start, total.end)}”不符：括号列出的是这个总数的组成，请核对。`,
      fix: '核对总数和括号中的各项数字',
    });
  }
  return marks;
}

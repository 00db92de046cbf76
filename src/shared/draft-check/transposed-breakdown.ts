/**
 * A total whose 其中 parts add up to its digits in another order (共审核行政规范性文件76件，其中审核通过58件、提出修改意见
 * 9件: 58 + 9 = 67). A 其中 list need not name every part, so a sum short of the total is no contradiction by itself;
 * but a sum that is the total's own digits transposed is a typing slip in the total, not parts left unnamed, and almost
 * never happens by chance. Nothing in the reference governs figures agreeing within one report: a 提示.
 */
import { bodyEnd, type Ctx, type Mark } from './context.ts';
import { figures } from './checks/figures.ts';
import { digitKey } from './measures.ts';
import { partsListedAfter } from './transposed-figures.ts';

/** The words that open a list of parts right after the total (，其中…, ，包括…). */
const OPENS_PARTS = /^[^。；;！？!?\n\d]{0,4}(?:其中|包括)/u;

export function transposedBreakdowns(ctx: Ctx): Mark[] {
  const text = ctx.text;
  const all = figures(ctx, 0, bodyEnd(ctx));
  const marks: Mark[] = [];
  for (const total of all) {
    if (!OPENS_PARTS.test(text.slice(total.end))) continue;
    const parts = partsListedAfter(text, total, all);
    if (parts.length < 2) continue;
    // 共审核16件，其中区政府文件3件、部门文件13件，会同…办理行政复议案件45件: the first parts already make the total,
    // so the list ended there and the figures after it are another measure's.
    if (parts.some((_, k) => k > 0 && parts.slice(0, k + 1).reduce((n, g) => n + g.value, 0) === total.value)) continue;
    const sum = parts.reduce((n, g) => n + g.value, 0);
    if (sum === total.value || String(sum).length !== String(total.value).length || digitKey(sum) === '' || digitKey(sum) !== digitKey(total.value)) continue;
    const written = text.slice(total.start, total.end);
    marks.push({
      start: total.start,
      end: total.end,
      message: `“${written}”与其中所列各项之和${sum}数字相同而位数顺序不同，像是录入时颠倒了数字，请按台账核对。`,
      fix: `核对总数，或改为${sum}`,
    });
  }
  return marks;
}

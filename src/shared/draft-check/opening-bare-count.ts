/**
 * An opening total that names only the thing, no act (全年合同129份, 年内规范性文件19件), against the one count of that
 * thing in the body (本年度审核行政协议及合同121份). The opening sums up what the body tells, so when the body counts the
 * thing only once, in the same unit, that count is the opening's told again; another number is a slip. The ledger's
 * readers compare measures verb first and leave a verbless total alone, which is why this reader exists.
 *
 * It stays silent where the pairing is not sure: the body counts the thing twice or more (签订合同… 审核合同…), names a
 * kind of it (采购合同, 涉企合同, 行政复议案件 under 案件), a part, a scope or a plan.
 */
import type { Ctx, Mark } from './context.ts';
import { ledger, thisYearsFigure, VERB, type Entry } from './measure-ledger.ts';
import { pairMark } from './pair-mark.ts';
import { inPlanSection } from './plan-section.ts';

/** Words before the thing that name no kind of it: every one of it, or (for contracts) the government's own. */
const ALL_OF = '(?:各类|各项|全部)?';
/** Other things joined before it (行政协议及合同): the count covers them too, so the thing is not narrowed. */
const JOINED = '(?:[\\u3400-\\u9fff]{2,8}(?:及|和|与|、))*';

/** Words saying the count is the year's, like 全年. */
const YEAR_SCOPE = /^(?:今年以来|今年|本年度|年内|一年来)/u;

/** Whether an entry counts the thing: its words end with it, or the number comes first (对78份合同进行…). */
function countsThing(ctx: Ctx, e: Entry, thing: string): boolean {
  return e.words.endsWith(thing) || new RegExp(`^[\\u3400-\\u9fff]{0,6}${thing}`, 'u').test(ctx.text.slice(e.end, e.end + thing.length + 6));
}

export function bareOpeningTotals(ctx: Ctx): Mark[] {
  const entries = ledger(ctx);
  const current = thisYearsFigure(ctx);
  const marks: Mark[] = [];
  for (const sum of entries) {
    // Only the body's count is read for another year: an opening sentence often cites the 纲要（2021—2025年）.
    if (!sum.summary || sum.figure.approx || sum.part || sum.scoped) continue;
    // 全年 reads as a total word; 年内, 本年度 say the same of the year and stay in the words.
    const year = YEAR_SCOPE.exec(sum.words)?.[0] ?? '';
    if (!sum.total && !year) continue;
    const thing = sum.words.slice(year.length);
    if (!/^[\u3400-\u9fff]{2,10}$/u.test(thing) || VERB.test(thing)) continue;
    const counts = entries.filter((e) => !e.summary && e.unit === sum.unit && !inPlanSection(ctx, e.start) && countsThing(ctx, e, thing));
    if (counts.length !== 1) continue;
    const body = counts[0]!;
    if (body.value === sum.value || !current(body) || body.part || body.scoped || VERB.exec(body.measure)?.index !== 0) continue;
    // The act, then the thing alone, with every one of it, or with other things joined before it.
    const act = new RegExp(`(?:${VERB.source})${ALL_OF}${JOINED}(?:涉政府)?${thing}$`, 'u');
    // The words as read (对规范性文件逐件进行合法性审核 reads 合法性审核规范性文件) or as written (行政协议及合同).
    if (!act.test(body.before) && !act.test(body.words)) continue;
    marks.push(pairMark(sum, body, `开头写“${sum.figure.clause}”，正文唯一一处同类数字写“${body.figure.clause}”：数字前后不一致。`, '核对这项数字，开头的总数和正文改成一致'));
  }
  return marks;
}

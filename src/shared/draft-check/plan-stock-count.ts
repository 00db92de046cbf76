/**
 * The plans section standing on the stock of today (将在现有677名“法律明白人”基础上开展轮训, 在现有45个村级法律服务点的基础上):
 * 现有 N X there is the report's own count of X now, so it must agree with the body's 累计／共有／现有 count of the same X
 * (累计培养“法律明白人”665名). Nothing in the reference governs figures agreeing within one report: a 提示
 * (consistency-summary-total). Silent where the body gives X two different stock counts, or none.
 */
import type { Ctx, Mark } from './context.ts';
import { CLAUSE_BREAK, figures } from './checks/figures.ts';
import { startBefore } from './sentence.ts';
import { inPlanSection } from './plan-section.ts';
import { TARGET } from './restated-measures.ts';
import { figureUnit } from './count-tuples.ts';
import { pairMark } from './pair-mark.ts';

/** The thing counted between the number and 基础上 (677名“法律明白人”基础上, 45个村级法律服务点的基础上). */
const STOCK_NOUN = /^[“"]?([\u3400-\u9fff]{2,12})[”"]?的?基础上/u;
/** A body clause giving the whole stock, not a year's intake (累计培养, 共有, 现有, 总数达). */
const STOCK_WORD = /累计|共有|现有|总数|总量/u;
/** A part, a new step or another period in the body clause: not the stock. */
const NOT_STOCK = /其中|新增|本年度|今年|全年|年内|当年/u;

const plain = (s: string): string => s.replace(/[“”"]/gu, '');

export function planStockCounts(ctx: Ctx): Mark[] {
  const text = ctx.text;
  const all = figures(ctx, 0, text.length);
  const marks: Mark[] = [];
  for (const f of all) {
    const lead = text.slice(startBefore(text, f.start, CLAUSE_BREAK), f.start);
    if (!inPlanSection(ctx, f.start) || !/现有$/u.test(lead)) continue;
    // 将 says what the plan does on the base (将在现有…基础上开展轮训); any other target word makes the figure a goal.
    const noun = STOCK_NOUN.exec(text.slice(f.end))?.[1];
    if (!noun || TARGET.test(lead.replace(/将/gu, ''))) continue;
    const unit = figureUnit(f);
    const stock = all.filter((g) => {
      if (g.start >= f.start || inPlanSection(ctx, g.start) || figureUnit(g) !== unit) return false;
      const clause = text.slice(startBefore(text, g.start, CLAUSE_BREAK), g.start);
      const after = plain(text.slice(g.end, g.end + noun.length + 2));
      return STOCK_WORD.test(clause) && !NOT_STOCK.test(clause) && (plain(clause).endsWith(noun) || after.startsWith(noun));
    });
    const values = new Set(stock.map((g) => g.value));
    if (values.size !== 1 || values.has(f.value)) continue;
    const [body, plan] = [stock[0]!, f];
    const [b, p] = [text.slice(body.start, body.end), text.slice(plan.start, plan.end)];
    marks.push(pairMark(body, plan, `正文“${b}”是${noun}的现有总数，下一步安排中“现有${p}”与之不一致，请核对。`, '核对两处数字，改为一致'));
  }
  return marks;
}

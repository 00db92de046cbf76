/**
 * One named rate stated twice with two values (行政执法案卷评查合格率达到99.3% … 虽然案卷评查合格率为97.9%). The later
 * name may leave out the earlier's leading words (行政执法) but add none, so 复议纠错率 and 诉讼纠错率 stay apart.
 * Sentences comparing with another period, naming a part (其中, 分别), another year or a target in the plan are left
 * out: their rate is another measure; so is a rate after a count in its own sentence (受理诉求977件，按时办结率96%). Internal consistency, not the reference: a 提示.
 */
import { digitsOf, type Ctx, type Mark } from './context.ts';
import { CLAUSE_BREAK, RATE, SENTENCE_BREAK } from './checks/figures.ts';
import { startBefore } from './sentence.ts';
import { SEVERAL_YEARS } from './measures.ts';
import { COMPARISON } from './restated-figures.ts';
import { inPlanSection } from './plan-section.ts';
import { pairMark } from './pair-mark.ts';
import { isPlanBaseline } from './plan-baseline.ts';
import { summarySpans } from './measure-ledger.ts';

/** Linking words RATE's name may start with (虽然案卷评查合格率): not part of the name. */
const LEAD = /^(?:在(?!线|职|岗|编|册)|虽然|虽|但是|但|而且|并且|且|同时|全年|年度|本年度|总体|整体|其)/u;
/** A rate of a part, of a change or of a target: not the one measure restated. */
const OTHER_MEASURE = /其中|分别|各|提高|提升|上升|下降|降低|增长|增加|减少|力争|目标|确保|不低于|以上|以下|平均/u;
const NAME_MIN = 4;

/**
 * The words before a rate that may hold the count it is a rate of: its sentence, or in the year's summary only the item
 * after the last 、 of the opening's list, where each item is another of the year's totals.
 */
function ownLead(ctx: Ctx, lead: string, at: number): string {
  const inSummary = summarySpans(ctx).some(([s, e]) => at >= s && at < e);
  return inSummary ? lead.slice(lead.lastIndexOf('、') + 1) : lead;
}
const ITEM_MARK = /^[一二三四五六七八九十]是/u;
/** One name is the other without its leading words (案卷评查合格率 in 行政执法案卷评查合格率). */
const sameRate = (a: string, b: string) => a.endsWith(b) || b.endsWith(a);

export function restatedRates(ctx: Ctx): Mark[] {
  const text = digitsOf(ctx);
  const otherYear = new RegExp(`(?<!\\d)(?!${ctx.year ?? ''}年)(?:19|20)\\d{2}\\s*年`);
  const rates: { start: number; end: number; name: string; value: string }[] = [];
  for (const m of text.matchAll(RATE)) {
    // A plan standing on the year's rate (在调解成功率93.6%的基础上进一步提升) restates it: only its own clause is read.
    const inPlan = inPlanSection(ctx, m.index);
    const baseline = inPlan && isPlanBaseline(text, m.index, m.index + m[0].length);
    const s = baseline ? startBefore(text, m.index, CLAUSE_BREAK) : startBefore(text, m.index, SENTENCE_BREAK);
    const e = text.slice(m.index).search(SENTENCE_BREAK);
    const sentence = baseline ? text.slice(s, m.index + m[0].length) : text.slice(s, e < 0 ? text.length : m.index + e);
    if (COMPARISON.test(sentence) || SEVERAL_YEARS.test(sentence) || otherYear.test(sentence) || OTHER_MEASURE.test(sentence) || (inPlan && !baseline)) continue;
    // 受理涉法诉求977件，按时办结率96%: a rate after a count in its sentence is that count's rate, whatever its short name.
    // The opening's list of the year's totals (审查合同63份、出庭应诉率保持在96.3%) gives each item its own measure.
    if (/\d/.test(ownLead(ctx, text.slice(s, m.index), m.index))) continue;
    // An item's marker (一是在…率) opens the clause before the name's linking words.
    const name = m[1]!.replace(ITEM_MARK, '').replace(LEAD, '');
    if (name.length < NAME_MIN) continue;
    rates.push({ start: m.index + m[1]!.length - name.length, end: m.index + m[0].length, name, value: m[2]! });
  }
  const marks: Mark[] = [];
  for (let j = 0; j < rates.length; j++) {
    const later = rates[j]!;
    const earlier = rates.slice(0, j).find((r) => sameRate(r.name, later.name) && Number(r.value) !== Number(later.value));
    if (!earlier) continue;
    // Another earlier statement of the same name with the later value: the pair is told consistently elsewhere.
    if (rates.slice(0, j).some((r) => r.value === later.value && sameRate(r.name, later.name))) continue;
    marks.push(pairMark(earlier, later, `前面写${earlier.name}率${earlier.value}%，这里写${later.value}%：同一项比率前后不一致。`, '核对这项比率，前后改成一致'));
  }
  return marks;
}

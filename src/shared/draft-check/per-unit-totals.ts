/**
 * A count per member of a counted set, and the total it multiplies to: 全镇14个行政村各培养“法律明白人”6名，共计86名
 * (14 × 6 = 84), or a total stated just before (培育“法律明白人”45名。实现全乡18个行政村每村3名全覆盖). 各 and 每 say every
 * member has exactly that many, so the product is the total; a floor (至少, 不少于, 以上) or a range says it is not, and a
 * total naming other words (共聘请律师5名 for 14个村各1名, one lawyer serving several villages) may count another thing.
 * Nothing in the reference governs figures agreeing within a report: a 提示 (consistency-parts-sum).
 */
import { digitsOf, type Ctx, type Mark } from './context.ts';
import { figures, SENTENCE_BREAK } from './checks/figures.ts';
import { pairMark } from './pair-mark.ts';
import { startBefore } from './sentence.ts';

/** N个<members>各…M<unit> or N个<members>每<member>…M<unit>: the members counted, then each one's count. */
const PER_MEMBER = /(?<![\d.])(\d+)\s*个([\u3400-\u9fff（）()]{1,10}?)(?:各|每[个村户校所]?[\u3400-\u9fff]{0,2}?)((?:[\u3400-\u9fff“”]){0,14}?)(\d+)\s*(名|人|个|场|次|件|项|处|块|册)(?![次余多])/gu;
/** Words making the per-member count a floor or a rough figure. */
const NOT_EXACT = /至少|不少于|不低于|以上|左右|约|近|超过|平均|人均/u;
/** A clause of nothing but a total word and the number (，共计86名): it totals the clause before it. */
const BARE_TOTAL = /^[，,]\s*(?:共计|合计|总计|共)\s*(\d+)\s*(名|人|个|场|次|件|项|处|块|册)(?![次余多])/u;
const SAME_UNIT: Record<string, string> = { 名: '人', 人: '人' };
const unitKey = (u: string) => SAME_UNIT[u] ?? u;

export function perMemberTotals(ctx: Ctx): Mark[] {
  const text = digitsOf(ctx);
  const marks: Mark[] = [];
  for (const m of text.matchAll(PER_MEMBER)) {
    const [members, each, unit] = [Number(m[1]), Number(m[4]), m[5]!];
    const end = m.index + m[0].length;
    const sentenceStart = startBefore(text, m.index, SENTENCE_BREAK);
    if (NOT_EXACT.test(text.slice(sentenceStart, end + 4)) || members < 2) continue;
    const product = members * each;
    const perAt = end - m[4]!.length - unit.length;
    const per = { start: perAt, end };
    const bare = BARE_TOTAL.exec(text.slice(end));
    if (bare) {
      if (unitKey(bare[2]!) !== unitKey(unit) || Number(bare[1]) === product) continue;
      const at = end + bare[0].search(/\d/u);
      const total = { start: at, end: end + bare[0].length };
      marks.push(pairMark(per, total, `${members}个${m[2]}每个${each}${unit}，应为${product}${unit}，这里合计写的是${bare[1]}${bare[2]}。`, '核对每个的数量和合计数'));
      continue;
    }
    // 培育“法律明白人”45名。实现全乡18个行政村每村3名全覆盖: the per-member clause names nothing of its own, so it
    // spreads the figure ending the sentence just before; any other figure of the unit in its own sentence leaves it alone.
    const clauseEnd = text.slice(end).search(/[，,。；;\n]/u);
    const rest = text.slice(end, clauseEnd < 0 ? text.length : end + clauseEnd);
    if (m[3] || !/^(?:全覆盖|的?全覆盖|全部到位)?$/u.test(rest)) continue;
    const close = text.slice(end).search(SENTENCE_BREAK);
    const own = figures(ctx, sentenceStart, close < 0 ? text.length : end + close);
    if (own.some((f) => f.start !== perAt && unitKey(f.unit.split('·')[0]!) === unitKey(unit))) continue;
    if (sentenceStart === 0 || text[sentenceStart - 1] !== '。') continue;
    const previous = figures(ctx, startBefore(text, sentenceStart - 1, SENTENCE_BREAK), sentenceStart - 1).at(-1);
    if (!previous || previous.approx || unitKey(previous.unit.split('·')[0]!) !== unitKey(unit) || previous.value === product) continue;
    if (text.slice(previous.end, sentenceStart - 1).replace(/[\u3400-\u9fff“”]/gu, '') !== '') continue;
    marks.push(pairMark(previous, per, `前面写“${ctx.text.slice(previous.start, previous.end)}”，这里写${members}个${m[2]}每个${each}${unit}，合计应为${product}${unit}。`, '核对总数和每个的数量'));
  }
  return marks;
}

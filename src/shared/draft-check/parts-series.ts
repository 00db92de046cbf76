/**
 * Totals and their parts when the parts stand apart from the total, in the sentences after it:
 * - a series of parts named by ordinal (第一轮…90卷，第二轮…100卷; 一季度38份，二季度42份…; 第一期…参训96人次；
 *   第二期…), complete when the ordinal says (four quarters) or the total's sentence gives how many (开展评查3轮);
 * - a breakdown that names the total again (审结39件。审结案件中，维持18件…终止4件), whose parts cannot add up to more.
 */
import { figures } from './checks/figures.ts';
import type { Ctx, Mark } from './context.ts';
import { leavesOut, ordinalOf, type Ordinal } from './measures.ts';
import { sentenceAround } from './sentence.ts';

type Figure = ReturnType<typeof figures>[number];

/** How far before the first part its total may stand. */
const TOTAL_BEFORE = 300;
const STOPS = /[。；;！？!?\n]/;
const baseUnit = (f: Figure) => {
  const u = f.unit.split('·')[0]!;
  return u === '名' ? '人' : u;
};
const CN_DIGIT: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** The ordinal of a part: in its own words (第二轮评查案卷) or at the start of its sentence (第一期围绕…开展，参训96人次). */
function partOrdinal(text: string, f: Figure): Ordinal | null {
  const own = ordinalOf(f.label);
  if (own) return own;
  // Only for the sentence's first figure: a later one may count something else (第一期…3天，参训96人次).
  const sentence = sentenceAround(text, f.start, { stops: STOPS });
  return /\d/.test(sentence.text.slice(0, f.start - sentence.start)) ? null : ordinalOf(sentence.text);
}

/** How many parts the total's sentence says there are (开展评查3轮, 举办培训3期), or null. */
function statedCount(sentence: string, kind: string): number | null {
  const m = new RegExp(`(\\d+|[两二三四五六七八九十])\\s*(?:个)?${kind}`, 'u').exec(sentence);
  if (!m) return null;
  return /\d/.test(m[1]!) ? Number(m[1]) : CN_DIGIT[m[1]!] ?? null;
}

export function seriesSum(ctx: Ctx): Mark[] {
  const text = ctx.text;
  const all = figures(ctx, 0, text.length);
  const marks: Mark[] = [];
  let i = 0;
  while (i < all.length) {
    const first = partOrdinal(text, all[i]!);
    if (!first || first.n !== 1) { i++; continue; }
    const parts = [all[i]!];
    let last = first;
    for (let k = i + 1; k < all.length && all[k]!.start - parts[parts.length - 1]!.end < 200; k++) {
      const o = partOrdinal(text, all[k]!);
      if (!o || o.kind !== first.kind || o.n !== last.n + 1 || baseUnit(all[k]!) !== baseUnit(all[i]!)) break;
      parts.push(all[k]!);
      last = o;
    }
    const at = i;
    i += parts.length;
    if (parts.length < 2) continue;
    const unit = baseUnit(parts[0]!);
    const sum = parts.reduce((n, p) => n + p.value, 0);
    const rest = first.rest.replace(/^[，,\s]+/, '');
    for (let k = at - 1; k >= 0 && parts[0]!.start - all[k]!.end < TOTAL_BEFORE; k--) {
      const total = all[k]!;
      if (baseUnit(total) !== unit || total.part) continue;
      const sentence = sentenceAround(text, total.start, { end: total.end, stops: STOPS }).text;
      const count = statedCount(sentence, first.kind);
      const named = rest.length >= 2 && total.measure.includes(rest);
      if (!named && !(total.total && count !== null)) continue;
      const complete = first.whole === parts.length || count === parts.length;
      if ((complete && sum !== total.value) || sum > total.value) {
        marks.push({
          start: total.start,
          end: total.end,
          places: [{ start: total.start, end: total.end }, ...parts.map((p) => ({ start: p.start, end: p.end }))],
          message: `总数与后面分${first.kind}列出的数字之和不一致：写的是${text.slice(total.start, total.end)}，各${first.kind}合计${sum}${parts[0]!.unit.split('·')[0]}。`,
          fix: '核对总数和各部分数字',
        });
      }
      break;
    }
  }
  return marks;
}

/** A sentence that opens by naming what it breaks down: 审结案件中，… */
const BREAKDOWN_OPENING = /^\s*([\u3400-\u9fff]{2,10})中[，,]/u;

export function breakdownOfEarlierTotal(ctx: Ctx): Mark[] {
  const text = ctx.text;
  const all = figures(ctx, 0, text.length);
  const marks: Mark[] = [];
  for (const m of text.matchAll(/[。；;\n]/g)) {
    const from = m.index + 1;
    const opening = BREAKDOWN_OPENING.exec(text.slice(from, from + 16));
    if (!opening) continue;
    const words = opening[1]!;
    const end = sentenceAround(text, from, { stops: STOPS }).text.length + from;
    const inside = all.filter((f) => f.start >= from && f.end <= end && !/[（(][^）)]*$/.test(text.slice(from, f.start)));
    // The total: the last figure of the sentence before whose words the opening names again (审结 … 审结案件中).
    const before = all.filter((f) => f.end <= from && from - f.end < 200);
    // 审结39件 … 审结案件中, 审结行政复议案件52件 … 审结案件中: the opening's words are the total's, some left out, or begin with them.
    const names = (f: Figure) => f.measure.length >= 2 && (words.startsWith(f.measure) || leavesOut(f.measure, words));
    const total = before.findLast((f) => !f.part && names(f));
    if (!total) continue;
    const parts = inside.filter((f) => baseUnit(f) === baseUnit(total));
    if (parts.length < 2 || parts.length !== inside.length) continue;
    const sum = parts.reduce((n, p) => n + p.value, 0);
    if (sum <= total.value) continue;
    marks.push({
      start: total.start,
      end: total.end,
      places: [{ start: total.start, end: total.end }, ...parts.map((p) => ({ start: p.start, end: p.end }))],
      message: `“${words}中”所列各项合计${sum}${parts[0]!.unit.split('·')[0]}，比前面写的${text.slice(total.start, total.end)}还多：总数与各项对不上。`,
      fix: '核对总数和各项数字',
    });
  }
  return marks;
}

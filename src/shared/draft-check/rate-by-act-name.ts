/**
 * A rate its own sentence's counts contradict when the rate is named by another word for the counted act
 * (round 32), which the one-sentence rate reader (rateMismatch) does not pair:
 * 备案审查文件40件，纠正8件，纠错率25% (8 ÷ 40 = 20%); 应诉案件16件，负责人出庭15件，负责人出庭应诉率为100%
 * (15 ÷ 16 ≈ 93.8%). A hint: internal consistency.
 */
import { digitsOf, type Ctx, type Mark } from './context.ts';
import { SENTENCE_BREAK, figures, rateOffBy, rateUnit } from './checks/figures.ts';
import { startBefore } from './sentence.ts';

/** A rate's name and the words a count of its act is written with: 纠错率 counts what was 纠正 or 撤销. */
const ACTS_OF_RATE: Record<string, readonly string[]> = {
  纠错: ['纠正', '撤销', '纠错'],
  出庭应诉: ['出庭'],
};

/** ，(who)纠错率25%: the rate in its own clause, after the counts. */
const NAMED_RATE = new RegExp(
  String.raw`[，,]([\u3400-\u9fff]{0,6}?)(${Object.keys(ACTS_OF_RATE).join('|')})率(?:为|达|达到|是)?\s*(\d+(?:\.\d+)?)\s*[%％]`,
  'gu',
);

export function ratesByActName(ctx: Ctx): Mark[] {
  const text = digitsOf(ctx);
  const marks: Mark[] = [];
  for (const m of text.matchAll(NAMED_RATE)) {
    const who = m[1]!;
    const acts = ACTS_OF_RATE[m[2]!]!;
    const s = startBefore(text, m.index, SENTENCE_BREAK);
    const figs = figures(ctx, s, m.index);
    const partIdx = figs.length - 1;
    const part = figs[partIdx];
    // The count right before the rate names its act (纠正8件), with the rate's doer if the rate names one.
    if (!part || !acts.some((a) => part.label.endsWith(a)) || (who && !part.label.includes(who))) continue;
    const whole = figs.slice(0, partIdx).findLast((f) => rateUnit(f.unit) === rateUnit(part.unit));
    if (!whole || whole.part || whole.value <= 0 || whole.value < part.value) continue;
    const actual = rateOffBy(part.value, whole.value, m[3]!);
    if (actual === undefined) continue;
    const rate = { start: m.index + 1, end: m.index + m[0].length };
    const quote = (f: { start: number; end: number }) => text.slice(f.start, f.end);
    marks.push({
      ...rate, hintOnly: true, places: [whole, part, rate].map(({ start, end }) => ({ start, end })),
      message: `${m[2]}率与同一句的数字对不上：${quote(part)} ÷ ${quote(whole)} ≈ ${actual.toFixed(1)}%，写的是${m[3]}%。`,
      fix: '核对比率和算出它的两个数字',
    });
  }
  return marks;
}

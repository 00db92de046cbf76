/**
 * A share or a rate its own sentence's counts contradict, in the two shapes the one-sentence rate reader
 * (rateMismatch) does not take (round 31): 59名执法人员中具有法律职业资格的12名，占比29% (12 ÷ 59 ≈ 20.3%), and a rate
 * whose count names the act with a qualifier, 排查矛盾纠纷150件，成功化解140件，化解率100% (140 ÷ 150 ≈ 93.3%).
 * A hint: internal consistency.
 */
import { digitsOf, type Ctx, type Mark } from './context.ts';
import { SENTENCE_BREAK, figures, rateOffBy } from './checks/figures.ts';
import { startBefore } from './sentence.ts';

/** 占比29%, or a bare rate clause (，化解率100%): the name is the words of its clause before 率. */
const SHARE = /[，,](?:(占比)|([\u3400-\u9fff]{2,4})率)(?:为|达|达到)?\s*(\d+(?:\.\d+)?)\s*[%％]/gu;
/** Words qualifying an act without changing it: 成功化解 is what 化解率 counts. */
const QUALIFIED = /^(?:成功|依法|妥善|有效|及时)/;
/** The whole of a share: a count its sentence takes the share of (59名执法人员中). */
const WHOLE_OF = /^[\u3400-\u9fff“”]{0,12}中/u;

export function sharesAgainstOwnCounts(ctx: Ctx): Mark[] {
  const text = digitsOf(ctx);
  const marks: Mark[] = [];
  for (const m of text.matchAll(SHARE)) {
    const s = startBefore(text, m.index, SENTENCE_BREAK);
    const figs = figures(ctx, s, m.index);
    const part = figs[figs.length - 1];
    if (!part) continue;
    const unit = part.unit.split('·')[0];
    const earlier = figs.slice(0, -1).filter((f) => f.unit.split('·')[0] === unit);
    let whole;
    if (m[1]) whole = earlier.find((f) => WHOLE_OF.test(text.slice(f.end)));
    else {
      const act = part.label.replace(/^(?:其中|全年)/, '');
      // Only a qualified act: an unqualified one (化解140件，化解率…) is rateMismatch's.
      if (!QUALIFIED.test(act) || act.replace(QUALIFIED, '') !== m[2]) continue;
      whole = earlier[earlier.length - 1];
    }
    if (!whole || whole.value <= 0 || whole.value < part.value) continue;
    const stated = m[3]!;
    const digits = (stated.split('.')[1] ?? '').length;
    const actual = rateOffBy(part.value, whole.value, stated);
    if (actual === undefined) continue;
    const start = m.index + 1;
    const end = m.index + m[0].length;
    marks.push({
      start, end, hintOnly: true,
      places: [{ start: whole.start, end: whole.end }, { start: part.start, end: part.end }, { start, end }],
      message: `${text.slice(start, end)}与同一句的数字对不上：${text.slice(part.start, part.end)} ÷ ${text.slice(whole.start, whole.end)} ≈ ${actual.toFixed(Math.max(1, digits))}%。`,
      fix: '核对比率和算出它的两个数字',
    });
  }
  return marks;
}

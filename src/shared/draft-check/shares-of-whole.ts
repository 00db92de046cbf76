/**
 * Shares of one whole that add up to more than all of it (round 44): 政务服务事项中，线上办理占比62%，线下窗口办理占比48%
 * (62% + 48% = 110%). Only shares that split one whole: two opposite halves (线上／线下, 男／女, 已／未 — the pairs
 * parts-sum reads as complements) or a remainder (其余、其他); 党员占比80%，女性占比45% may overlap and stays silent.
 * A hint: internal consistency.
 */
import { digitsOf, type Ctx, type Mark } from './context.ts';
import { SENTENCE_BREAK, complements } from './checks/figures.ts';

/** A share: its words back to the clause start, then 占比／占／所占比例, then the percentage. */
const SHARE = /([\u3400-\u9fff“”]{1,14}?)(?:的)?(?:占比|所占比例|占)(?:为|达|达到|约)?\s*(\d+(?:\.\d+)?)\s*[%％]/gu;
/** Words that open a share's clause without naming its part. */
const LEAD = /^(?:其中|其余|其他|剩余|另有|另)/;
const REMAINDER = /^(?:其余|其他|剩余)/;

interface Share { start: number; end: number; label: string; value: number; digits: number }

function sharesOfSentence(text: string, from: number, to: number): Share[] {
  const shares: Share[] = [];
  for (const m of text.slice(from, to).matchAll(SHARE)) {
    const start = from + m.index;
    // The share must open its clause (after ，、：), so its words are the part's whole name.
    const before = text[start - 1];
    if (start > from && before !== undefined && !/[，,、：:]/.test(before)) continue;
    shares.push({ start, end: start + m[0].length, label: m[1]!, value: Number(m[2]), digits: (m[2]!.split('.')[1] ?? '').length });
  }
  return shares;
}

/** Whether two clauses name the two sides of one whole. */
function splitOneWhole(a: Share, b: Share): boolean {
  // 已完成 against 未完成: the 已 only marks the done side.
  const name = (s: Share) => s.label.replace(LEAD, '').replace(/^已/, '');
  return REMAINDER.test(b.label) || complements(name(a), name(b));
}

export function sharesOverWhole(ctx: Ctx): Mark[] {
  const text = digitsOf(ctx);
  const marks: Mark[] = [];
  let from = 0;
  for (const stop of [...text.matchAll(new RegExp(SENTENCE_BREAK, 'g')), { index: text.length }]) {
    const to = stop.index!;
    const shares = sharesOfSentence(text, from, to);
    from = to + 1;
    for (let i = 0; i + 1 < shares.length; i++) {
      const a = shares[i]!;
      const b = shares[i + 1]!;
      if (!splitOneWhole(a, b)) continue;
      // Each stated share may be rounded by half its last digit.
      const slack = 0.5 * 10 ** -Math.max(a.digits, b.digits) * 2;
      const sum = a.value + b.value;
      if (sum <= 100 + slack) continue;
      marks.push({
        start: b.start, end: b.end, hintOnly: true,
        places: [{ start: a.start, end: a.end }, { start: b.start, end: b.end }],
        message: `${text.slice(a.start, a.end)}与${text.slice(b.start, b.end)}是同一总体的两部分，合计${+sum.toFixed(2)}%，超过100%。`,
        fix: '核对各部分的占比',
      });
    }
  }
  return marks;
}

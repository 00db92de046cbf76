/**
 * Problems counted, then the same problems said all dealt with under another number, in one paragraph: 针对评议指出的
 * 16个问题，逐项制定措施，15个问题已全部整改到位. 全部 claims every one of the problems just counted, so the two numbers
 * must agree; a claim whose number is one of the earlier counts, or their sum (督察反馈问题12个、自查发现问题4个，16个问题
 * 均已整改), restates them, and a part (其中15个问题已整改, 尚有1个) claims only some. Nothing in the reference governs
 * figures agreeing within a report: a 提示 (consistency-parts-sum).
 */
import { digitsOf, type Ctx, type Mark } from './context.ts';
import { DONE, NOT_A_RESULT } from './all-done.ts';
import { pairMark } from './pair-mark.ts';
import { startBefore } from './sentence.ts';

/** A count of problems: 16个问题, 5项反馈问题, 问题12个. */
const PROBLEMS = /(?<![\d.])(\d+)\s*(个|项|条|处)[\u3400-\u9fff“”]{0,8}?问题|问题(\d+)\s*(个|项|条|处)/gu;
/** The count right before 全部 and a word of having been dealt with (15个问题已全部整改到位, 16项问题均已整改). */
const CLAIM_AFTER = new RegExp(`^[\\u3400-\\u9fff]{0,2}(?:已全部|均已|已经全部|全部|均)${DONE}`, 'u');
/** Words between the count and the claim that make the claim a part or leave some open. */
const SOME_ONLY = /其中|分别|尚有|仍有|还有|另有|剩余|其余|未完成|正在/u;

/** A year named as whose review found the problems (2024年度述法评议中指出的4个问题): dated problems, not a count told before. */
const DATED_FINDING = /((?:19|20)\d{2})\s*年度?[^，,。；;]*?(?:指出|反馈|发现|交办|提出)/u;

/**
 * Whether the claim counts the problems an earlier year's review found while the count before it is this year's
 * (研究重大问题18个 … 2024年度述法评议中指出的5个问题已全部整改到位): two sets of problems. Both in that year's frame stay a pair.
 */
function earlierYearsProblems(text: string, year: number | null, last: { start: number }, claim: { start: number }): boolean {
  if (year === null) return false;
  const yearIn = (at: number) => Number(DATED_FINDING.exec(text.slice(startBefore(text, at), at))?.[1] ?? NaN);
  const claimYear = yearIn(claim.start);
  return claimYear < year && yearIn(last.start) !== claimYear;
}

export function countedThenAllDone(ctx: Ctx): Mark[] {
  const text = digitsOf(ctx);
  const marks: Mark[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const counts = [...line.matchAll(PROBLEMS)].map((m) => ({
      start: lineStart + m.index, end: lineStart + m.index + m[0].length,
      value: Number(m[1] ?? m[3]), unit: m[2] ?? m[4]!,
    }));
    for (let j = 1; j < counts.length; j++) {
      const claim = counts[j]!;
      const after = text.slice(claim.end, claim.end + 12);
      if (!CLAIM_AFTER.test(after) || NOT_A_RESULT.test(text.slice(Math.max(lineStart, claim.start - 8), claim.end + 12))) continue;
      const earlier = counts.slice(0, j).filter((c) => c.unit === claim.unit);
      const last = earlier.at(-1);
      if (!last || SOME_ONLY.test(text.slice(last.end, claim.start))) continue;
      if (earlierYearsProblems(text, ctx.year, last, claim)) continue;
      const sum = earlier.reduce((n, c) => n + c.value, 0);
      if (earlier.some((c) => c.value === claim.value) || sum === claim.value) continue;
      marks.push(pairMark(last, claim, `前面写“${ctx.text.slice(last.start, last.end)}”，这里写“${ctx.text.slice(claim.start, claim.end)}”已全部办结：全部是指哪些，数字前后不一致。`, '核对问题台账，两处数字改成一致'));
    }
    lineStart += line.length + 1;
  }
  return marks;
}

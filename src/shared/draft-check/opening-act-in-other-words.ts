/**
 * The opening's count of a thing and the body's one count of it, the act written in other words of one sense (round 56):
 * 化解矛盾纠纷75件 in the opening, 调处各类矛盾纠纷69件 in the body (v57d-number-mismatch-04); 清理取消各类证明事项8项 against
 * 精简取消证明事项5项 (-05). measure-ledger.ts pairs the opening with the body only when the two acts start alike, and
 * the verb families of measures.ts join only acts every reader may read as one; these senses are read here only, where
 * the opening sums up the body and the body counts the thing once. Strict, as a hint (internal consistency): the
 * thing is four characters or more, the body counts it once in the unit (no part, no scope, no other doer), and no
 * other count in the draft gives the opening's number for it.
 */
import type { Ctx, Mark } from './context.ts';
import { coveredBy, ledger, thisYearsFigure, type Entry } from './measure-ledger.ts';
import { inPlanSection } from './plan-section.ts';
import { pairMark } from './pair-mark.ts';

/**
 * Acts of one sense, each a whole word before the thing: settling disputes (化解, 调处, 排查化解), and taking away
 * (取消 with 清理, 精简 or 削减 before it). 排查 alone (screening) and 清理 alone (a review that may keep some) stay out;
 * so does 调解, mediation being one way of settling (全县化解矛盾纠纷520件 … 调解矛盾纠纷236件 are two measures).
 */
const SENSES: readonly RegExp[] = [/^(?:排查化解|调处化解|化解调处|化解|调处)/u, /^(?:清理取消|精简取消|削减取消|压减取消|取消)/u];
/** Words between the act and the thing that claim all of it. */
const ALL_OF = /^(?:各类|各项|全部)/u;

interface Read { act: string; sense: number; thing: string }

function readAct(e: Entry): Read | null {
  for (const [sense, re] of SENSES.entries()) {
    const act = re.exec(e.words)?.[0];
    if (!act) continue;
    const thing = e.words.slice(act.length).replace(ALL_OF, '');
    return /^[\u3400-\u9fff]{4,8}$/u.test(thing) ? { act, sense, thing } : null;
  }
  return null;
}

export function openingActInOtherWords(ctx: Ctx): Mark[] {
  const entries = ledger(ctx);
  const current = thisYearsFigure(ctx);
  const marks: Mark[] = [];
  for (const sum of entries) {
    if (!sum.summary || sum.part || sum.scoped || !current(sum)) continue;
    const s = readAct(sum);
    if (!s) continue;
    // Every body count of the thing in the unit: the act words of one sense, or any other words ending in it.
    const body = entries.filter((e) => !e.summary && e.unit === sum.unit && !inPlanSection(ctx, e.start) && e.words.endsWith(s.thing));
    if (body.length !== 1) continue;
    const b = body[0]!;
    const r = readAct(b);
    if (!r || r.sense !== s.sense || r.thing !== s.thing || r.act === s.act || b.value === sum.value) continue;
    if (b.part || b.scoped || !current(b) || b.figure.approx) continue;
    // Another doer (人民调解组织调解…) counts its own share; the organ the opening names may be named again.
    if (b.subject && !coveredBy(b.subject, ctx.text.slice(sum.sentenceStart, sum.end))) continue;
    // The opening's number given for the thing anywhere else: the opening is told there, and this count is another.
    if (entries.some((e) => e !== sum && e.unit === sum.unit && e.value === sum.value && e.words.endsWith(s.thing))) continue;
    marks.push({
      ...pairMark(sum, b, `开头写“${sum.figure.clause}”，正文唯一一处同类数字写“${b.figure.clause}”（“${s.act}”“${r.act}”说的是同一项工作）：数字前后不一致。`, '核对这项数字，开头的总数和正文改成一致'),
      hintOnly: true,
    });
  }
  return marks;
}

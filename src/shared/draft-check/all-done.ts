/**
 * A claim that all of a set of problems was dealt with (法治督察发现问题全部整改) against counts elsewhere in the draft
 * that show fewer (发现问题18个，整改完成15个). Writers restate the opening's 全部 in the body with the ledger's figures,
 * and a slip in either leaves the two at odds. Both must name the same problems (the last four characters, 发现问题),
 * in this year: a target (确保…全部整改) or a plan section is not a claim, and another year's problems are another set.
 */
import type { Ctx, Mark } from './context.ts';
import { figures } from './checks/figures.ts';
import { pairMark } from './pair-mark.ts';
import { inPlanSection } from './plan-section.ts';
import { sentenceAround, startBefore } from './sentence.ts';

export const DONE = '(?:整改到位|整改完成|整改完毕|完成整改|整改|办结|销号)';
/** 发现问题全部整改, 反馈问题均已整改到位: the problems named, then all of them done. */
const ALL_DONE = new RegExp(`([\\u3400-\\u9fff]{2,10}问题)(?:已全部|均已|全部|均)${DONE}`, 'gu');
/** 发现问题18个，整改完成15个 / 已整改15个: the problems counted, then how many were done. */
const COUNTED = new RegExp(`([\\u3400-\\u9fff]{2,10}问题)(\\d+)(个|项|条|处)[，,]\\s*(?:其中)?(?:已)?${DONE}(?:完成|到位)?(\\d+)(个|项|条|处)`, 'gu');
/** Words making the claim a target or an order, not a result (确保问题全部整改, 督促…全部整改). */
export const NOT_A_RESULT = /确保|力争|争取|督促|推动|要求|将|必须|限期/;
/** Another year's problems (上年度督察反馈问题): another set. */
const OTHER_PERIOD = /上年|去年|以前年度|往年|历年|[两二三四五]年来/;
/** Shortest shared end of the two names of the problems (发现问题, 反馈问题): 问题 alone names no set. */
const SAME_PROBLEMS = 4;

interface Claim { start: number; end: number; noun: string }

export function allDoneAgainstCounts(ctx: Ctx): Mark[] {
  const text = ctx.text;
  const otherYear = ctx.year ? new RegExp(`(?<!\\d)(?!${ctx.year})\\d{4}\\s*年`) : null;
  const thisYear = (at: number) => {
    const { text: sentence } = sentenceAround(text, at, { ahead: 200, behind: 200 });
    return !OTHER_PERIOD.test(sentence) && !(otherYear?.test(sentence)) && !inPlanSection(ctx, at);
  };
  const claims: Claim[] = [];
  for (const m of text.matchAll(ALL_DONE)) {
    const clauseStart = Math.max(0, m.index - 12);
    if (NOT_A_RESULT.test(text.slice(clauseStart, m.index + m[0].length)) || !thisYear(m.index)) continue;
    claims.push({ start: m.index, end: m.index + m[0].length, noun: m[1]!.slice(-SAME_PROBLEMS) });
  }
  if (!claims.length) return [];
  const marks: Mark[] = [];
  for (const m of text.matchAll(COUNTED)) {
    const [found, done] = [Number(m[2]), Number(m[4])];
    if (m[3] !== m[5] || done >= found || !thisYear(m.index)) continue;
    const claim = claims.find((c) => c.noun === m[1]!.slice(-SAME_PROBLEMS) && (c.end <= m.index || c.start >= m.index + m[0].length));
    if (!claim) continue;
    const at = m.index + m[0].lastIndexOf(m[4]! + m[5]!);
    const counted = { start: at, end: at + m[4]!.length + m[5]!.length };
    const [first, later] = claim.start < counted.start ? [claim, counted] : [counted, claim];
    marks.push(pairMark(first, later, `一处写“${text.slice(claim.start, claim.end)}”，另一处写${m[1]}${found}${m[3]}、整改${done}${m[5]}：是否全部整改前后不一致。`, '核对整改台账，前后改成一致'));
  }
  return marks;
}

/** 执法人员48人，均已持证上岗: a count, then all of it said to be done. */
const ALL_OF_COUNT = /(?<![\d.])(\d+)\s*(人|名|个|项|件|家|所)[，,]\s*(?:均已|已全部|全部已?|都已)([\u3400-\u9fff]{2,6})/gu;
/** Words naming a part still not done: 正在办理新证的3人, 尚未持证的3人, 未完成2项. */
const PENDING = /^(?:正在|尚未|仍未|仍在|还在|未|暂未|尚在)/u;
const people = (u: string) => (u === '名' ? '人' : u);

/**
 * A count said to be all done (在岗执法人员48人，均已持证上岗) against a later sentence that splits the same number into
 * those done and those still not (持证的45人，正在办理新证的3人): the split adds up to the count, so it is the same set,
 * and its open part says not all of it is done. One finding, on the claim, with the open part as its other place.
 */
export function allOfCountAgainstSplit(ctx: Ctx): Mark[] {
  const text = ctx.text;
  const all = figures(ctx, 0, text.length);
  const marks: Mark[] = [];
  for (const m of text.matchAll(ALL_OF_COUNT)) {
    const [n, unit] = [Number(m[1]), people(m[2]!)];
    const claimStart = m.index + m[0].search(/均已|已全部|全部|都已/u);
    const claimEnd = m.index + m[0].length;
    if (NOT_A_RESULT.test(text.slice(Math.max(0, m.index - 12), claimEnd))) continue;
    const bySentence = new Map<number, typeof all>();
    for (const f of all) {
      if (f.start < claimEnd || people(f.unit.split('·')[0]!) !== unit) continue;
      const s = startBefore(text, f.start, /[。；;\n]/u);
      bySentence.set(s, [...(bySentence.get(s) ?? []), f]);
    }
    for (const split of bySentence.values()) {
      const open = split.find((f) => PENDING.test(f.label));
      if (split.length < 2 || !open || split.reduce((x, f) => x + f.value, 0) !== n) continue;
      marks.push({
        start: claimStart,
        end: claimEnd,
        places: [{ start: claimStart, end: claimEnd }, { start: open.start, end: open.end }],
        message: `前面写${n}${m[2]}“${text.slice(claimStart, claimEnd)}”，后面把这${n}${m[2]}分开列出，其中“${open.label}${text.slice(open.start, open.end)}”还没有办完：是否全部办完前后不一致。`,
        fix: '核对台账，改成已办完的实数，或删去“均已”“全部”',
      });
      break;
    }
  }
  return marks;
}

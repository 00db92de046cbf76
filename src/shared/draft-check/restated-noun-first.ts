/**
 * One group counted twice with its noun after the number (聘请3名法律顾问参与重大事项审查 … 4名法律顾问参与决策前论证的深度
 * 仍不够; 组织9名部门主要负责人现场述法 … 在总结6名部门主要负责人现场述法经验的基础上; 对26项证明事项实行告知承诺制 … 在已
 * 实行告知承诺制的30项证明事项基础上). restated-measures pairs such a count with one whose words stand before the number;
 * this reader pairs two counts that both put the noun after it. Strict, as a hint (internal consistency): the nouns share
 * four characters at least, the two say the same act (a longer shared start, or the act of one named in the other's
 * clause), neither counts a part, a period or a new step, and every other count of that noun agrees with the first.
 */
import { digitsOf, type Ctx, type Mark } from './context.ts';
import { CLAUSE_BREAK, SENTENCE_BREAK } from './checks/figures.ts';
import { startBefore } from './sentence.ts';
import { NUMBER_FIRST, countsTheWhole } from './restated-measures.ts';
import { inPlanSection, looksBackOnYear } from './plan-section.ts';
import { restatedUnit } from './count-tuples.ts';
import { isPlanBaseline } from './plan-baseline.ts';
import { pairMark } from './pair-mark.ts';

interface NounCount { start: number; end: number; value: number; unit: string; noun: string; clause: string; sentence: number; looksBack: boolean }

/** The noun and what is said of it, up to the clause's end. */
export const NOUN_AFTER = /^[\u3400-\u9fff“”]{2,16}/u;
/** A shared start this long names the act too (法律顾问参与, 部门主要负责人现场述法), when the later count looks back. */
const ACT_NAMED = 6;
/** Level-1 headings of the section on problems: it looks back on the body's figures (存在的问题和不足, 自查发现的问题). */
export const NOUN_MIN = 4;
/** Words before the number making it a step, an estimate or a rank, not the group's size. */
export const NOT_SIZE = /新增|增加|再|另|又|第|近|约|超|逾|不少于|不低于|至少|每$/u;

function commonStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Whether the act of one count (its words after the shared noun) is named in the other's clause before its number. */
function actNamedIn(rest: string, clause: string): boolean {
  const head = rest.slice(0, 4);
  for (let k = 0; k + 2 <= head.length; k++) if (clause.includes(head.slice(k, k + 2))) return true;
  return false;
}

/** A count with its noun after the number (3名法律顾问): where, how many, the unit (人 read as 名), the noun, the clause before it. */
export interface NumberFirstCount { start: number; end: number; value: number; unit: string; noun: string; clause: string }

/** The draft's number-first counts of a group's size (no 新增, 第, 约 before them), read once per draft for every reader. */
const numberFirstRead = new WeakMap<Ctx, NumberFirstCount[]>();
export function numberFirstCounts(ctx: Ctx): NumberFirstCount[] {
  const cached = numberFirstRead.get(ctx);
  if (cached) return cached;
  const text = digitsOf(ctx);
  const out: NumberFirstCount[] = [];
  for (const m of text.matchAll(NUMBER_FIRST)) {
    const clause = text.slice(startBefore(text, m.index, CLAUSE_BREAK), m.index);
    if (NOT_SIZE.test(clause)) continue;
    const end = m.index + m[0].length;
    out.push({ start: m.index, end, value: Number(m[1]), unit: restatedUnit(m[2]!), noun: NOUN_AFTER.exec(text.slice(end))?.[0] ?? '', clause });
  }
  numberFirstRead.set(ctx, out);
  return out;
}

function nounCounts(ctx: Ctx): NounCount[] {
  const text = digitsOf(ctx);
  const out: NounCount[] = [];
  for (const c of numberFirstCounts(ctx)) {
    if (/^[余多]/u.test(c.noun) || !countsTheWhole(ctx, c.start)) continue;
    // In the plans section only a base the plan stands on is the year's figure; other numbers are targets.
    const inPlan = inPlanSection(ctx, c.start);
    if (inPlan && !isPlanBaseline(text, c.start, c.end)) continue;
    const looksBack = inPlan || looksBackOnYear(ctx, c.start);
    out.push({ ...c, sentence: startBefore(text, c.start, SENTENCE_BREAK), looksBack });
  }
  return out;
}

export function restatedNounFirstCounts(ctx: Ctx): Mark[] {
  const counts = nounCounts(ctx);
  const marks: Mark[] = [];
  for (let j = 0; j < counts.length; j++) {
    const later = counts[j]!;
    for (const earlier of counts.slice(0, j)) {
      if (earlier.unit !== later.unit || earlier.value === later.value || earlier.sentence === later.sentence) continue;
      const k = commonStart(earlier.noun, later.noun);
      if (k < NOUN_MIN) continue;
      // Two counts in the body with the same noun and no act in common count two acts on it (对4项重大行政决策组织专家论证 …
      // 6项重大行政决策事项均履行了法定程序); the problems or plans section looking back names the body's act in short.
      const lookingBack = later.looksBack && !earlier.looksBack;
      const sameAct = (k >= ACT_NAMED && lookingBack) || actNamedIn(earlier.noun.slice(k), later.clause) || actNamedIn(later.noun.slice(k), earlier.clause);
      if (!sameAct) continue;
      const shared = earlier.noun.slice(0, k);
      // Every other count of the noun must say the earlier number: two earlier values leave the restatement unclear.
      const others = counts.filter((c) => c !== later && c.unit === later.unit && c.noun.startsWith(shared));
      if (others.some((c) => c.value !== earlier.value)) break;
      const text = ctx.text;
      const span = { start: later.start, end: later.end + k };
      marks.push({
        ...pairMark({ start: earlier.start, end: earlier.end + k }, span, `“${text.slice(earlier.start, earlier.end + k)}”和“${text.slice(span.start, span.end)}”说的是同一组，数字前后不一致。`, '核对这项数字，前后改成一致'),
        hintOnly: true,
      });
      break;
    }
  }
  return marks;
}

/**
 * One count of a thing told several times in words of one act, one of them off (round 57). The problems part restates
 * the body's count with the number first (一是666件矛盾纠纷中仍有45件未能化解 against 调处各类矛盾纠纷667件, v59c-number-
 * mismatch-15; 58场普法活动中 against 举办普法活动53场, v58c-06), the act with 的 before it (调处的54件矛盾纠纷中 against
 * 化解矛盾纠纷49件, v58d-nummis-05), or the body adds the organ (涉及我乡的行政复议案件21件 against 涉及行政复议案件17件 and
 * 17件行政复议案件中, v59c-02, -08). Only where the problems part looks back (N件X中) are the counts tied to one whole;
 * words-first pairs without it (v59c-09) stay with the ledger's readers, whose look-alikes they would
 * break. The ledger's readers need the same act words; here acts of one sense count as one (化解 and 调处; 举办, 开展
 * and 组织; 涉及). Strict, as a hint (internal consistency): the thing is the same four characters or
 * more, no count is a part (其中, 成功, 分别), a share of an occasion, a plan or another organ's set (14个社区), and the
 * counts give exactly two numbers.
 */
import type { Ctx, Mark } from './context.ts';
import { OCCASION } from './measures.ts';
import { inPlanSection, looksBackOnYear } from './plan-section.ts';
import { startBefore } from './sentence.ts';
import { pairMark } from './pair-mark.ts';
import { summarySpans } from './measure-ledger.ts';

/** Acts of one sense each: settling disputes, holding events, a case involving the organ. */
const FAMILIES: readonly RegExp[] = [/^(?:排查调处|排查化解|调处化解|化解|调处)$/u, /^(?:举办|开展|组织)$/u, /^涉及(?:我[\u3400-\u9fff]{1,2}的)?$/u];
const UNITS = '件|场次|场|项|人次';
/** Act, thing, number: 调处各类矛盾纠纷667件, 涉及我局的行政复议案件24件; 组织化解… reads the later act (调解组织化解, v58d-05). */
const WORDS_FIRST = new RegExp(`(排查调处|排查化解|调处化解|化解|调处|举办|开展|组织|涉及(?:我[\\u3400-\\u9fff]{1,2}的)?)(?:各类)?(?!排查|化解|调处|举办|开展|组织)([\\u3400-\\u9fff]{4,8})(\\d+)(${UNITS})`, 'gu');
/** Number, thing, 中 (of those): the problems part looking back on the whole (调处的381件矛盾纠纷中). */
const NUMBER_FIRST = new RegExp(`(?:(化解|调处)的)?(?<![\\d.])(\\d+)(${UNITS})([\\u3400-\\u9fff]{4,8}?)中`, 'gu');
/** Words before the act that make the count a part, a step or a share (其中, 成功, 新增, 累计, 14个社区). */
const PART = /其中|成功|分别|新增|累计|另|\d+个|所|站|庭/u;

interface Count { start: number; end: number; value: number; unit: string; thing: string; family: number; lookBack: boolean }

const familyOf = (act: string): number => FAMILIES.findIndex((re) => re.test(act));

export function oneActCounts(ctx: Ctx): Mark[] {
  const text = ctx.text;
  const counts: Count[] = [];
  const clauseBefore = (at: number) => text.slice(startBefore(text, at, /[。；，、：\n]/), at);
  for (const m of text.matchAll(WORDS_FIRST)) {
    const at = m.index;
    if (inPlanSection(ctx, at)) continue;
    const before = clauseBefore(at);
    if (PART.test(before) || OCCASION.test(text.slice(startBefore(text, at), at))) continue;
    counts.push({ start: at, end: at + m[0].length, value: Number(m[3]), unit: m[4]!, thing: m[2]!, family: familyOf(m[1]!), lookBack: false });
  }
  for (const m of text.matchAll(NUMBER_FIRST)) {
    const at = m.index;
    if (inPlanSection(ctx, at) || !looksBackOnYear(ctx, at)) continue;
    const before = clauseBefore(at);
    if (PART.test(before)) continue;
    // Without an act the count joins every act of its thing.
    counts.push({ start: at, end: at + m[0].length - 1, value: Number(m[2]), unit: m[3]!, thing: m[4]!, family: m[1] ? familyOf(m[1]) : -1, lookBack: true });
  }
  // Where a count stands: the summary, the problems part or the body. Two body counts may be two doers' (调处矛盾纠纷106件 …
  // 各级调解组织排查化解矛盾纠纷427件, v48b-clean-052); a summary or a look back restates one.
  const spans = summarySpans(ctx);
  const part = (c: Count) => (spans.some(([s, e]) => c.start >= s && c.start < e) ? 0 : looksBackOnYear(ctx, c.start) ? 1 : 2);
  const marks: Mark[] = [];
  const done = new Set<string>();
  for (const c of counts) {
    if (c.family < 0) continue;
    const key = `${c.thing}|${c.unit}|${c.family}`;
    if (done.has(key)) continue;
    done.add(key);
    const group = counts.filter((d) => d.thing === c.thing && d.unit === c.unit && (d.family === c.family || d.family < 0));
    // A number-first count with an act of another sense for the thing reads as that act's: leave it.
    const values = [...new Set(group.map((d) => d.value))];
    // Only a look back in the problems part (N件X中) ties the counts to one whole; words-first pairs are the ledger's.
    if (group.length < 2 || values.length !== 2 || !group.some((d) => d.lookBack)) continue;
    const told = (v: number) => group.filter((d) => d.value === v);
    const [a, b] = values.map(told) as [Count[], Count[]];
    // The odd one out: the number given once against one given more often; of two single ones, the later.
    const odd = a.length === 1 && b.length > 1 ? a[0]! : b.length === 1 && a.length > 1 ? b[0]! : a.length === 1 && b.length === 1 && part(a[0]!) !== part(b[0]!) ? (a[0]!.start > b[0]!.start ? a[0]! : b[0]!) : null;
    if (!odd) continue;
    const other = (odd.value === a[0]!.value ? b : a)[0]!;
    const [first, later] = other.start < odd.start ? [other, odd] : [odd, other];
    const mark = pairMark(first, later, `同一项“${c.thing}”的数字，一处写${odd.value}${odd.unit}，另一处写${other.value}${other.unit}：前后不一致。`, `核对“${c.thing}”的数字，改成一致`);
    marks.push({ ...mark, start: odd.start, end: odd.end, hintOnly: true });
  }
  return marks;
}

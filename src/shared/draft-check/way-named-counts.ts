/**
 * A count named by the way the work was done (round 56): 通过告知承诺方式办结事项4251件 in the opening, 以告知承诺方式办理事项
 * 4261件 in the body (v57d-number-mismatch-01), 虽告知承诺办件8870件，但… in the problems part against 以告知承诺方式办理事项
 * 8866件 (-09). The act and thing (办理事项, 办件) are too general to key the count; the way (告知承诺, 容缺受理, 全程网办) is what
 * names the measure, written with 通过/以 … 方式 or bare before the act. Strict, as a hint (internal consistency):
 *
 * - the draft names the way with exactly two counts outside the plans, neither a part, a change or another year's;
 * - 办理 and 办件 are one act; 办结 is a stage of its own (办结多于办理 is read elsewhere), so a 办结 count is paired with a
 *   办理 one only when nothing else in the draft counts the way and the two numbers differ in one digit (4251/4261).
 */
import { digitsOf, type Ctx, type Mark } from './context.ts';
import { SENTENCE_BREAK } from './checks/figures.ts';
import { startBefore } from './sentence.ts';
import { inPlanSection } from './plan-section.ts';
import { pairMark } from './pair-mark.ts';
import { otherYear } from './restated-looked-back.ts';

/** The way, the act and the thing, then the count: 通过告知承诺方式办结事项4251件, 告知承诺办件8870件. */
const WAY_COUNT = /(?:通过|以|采取|采用|按照)?([\u3400-\u9fff]{4,8}?)(方式|模式)?(办理|办结|办件)(?:事项|业务)?(?:共|共计|累计|达到?)?(\d+)\s*件/gu;
/** Words that open a clause and say when or how much, not the way: dropped from the front of the way. */
const LEAD = /^(?:[一二三四五六七八九十]+是)?(?:虽然?|尽管)?(?:全年|今年|本年度|年内)?(?:共|累计)?(?:通过|以|采取|采用|按照)?/u;
/** A part, a change, another period or a target in the words before the count: another measure. */
const OTHER = /其中|分别|同比|较上年|上年|去年|上半年|下半年|季度|增长|减少|增加|提高|下降|计划|力争|目标|预计|争取|平均|每/u;
/** Words that are no way of working (全面推行证明事项告知承诺制 is the policy; the count names the way after it). */
const NOT_A_WAY = /[，。；、\d]|推行|实行|事项|全年|今年|累计/u;

interface WayCount { start: number; end: number; value: number; way: string; act: string }

function readWayCounts(ctx: Ctx): WayCount[] {
  const text = digitsOf(ctx);
  const out: WayCount[] = [];
  for (const m of text.matchAll(WAY_COUNT)) {
    const way = m[1]!.replace(LEAD, '');
    if (way.length < 4 || NOT_A_WAY.test(way)) continue;
    const numberAt = m.index + m[0].length - m[0].replace(/^\D*/u, '').length;
    if (inPlanSection(ctx, numberAt)) continue;
    const sentenceBefore = text.slice(startBefore(text, m.index, SENTENCE_BREAK), m.index + m[0].length);
    if (OTHER.test(sentenceBefore) || otherYear(ctx, sentenceBefore)) continue;
    const wayAt = m.index + m[0].indexOf(m[1]!) + m[1]!.length - way.length;
    // The span starts at 通过/以 when written, so the pair is shown as the writer put it.
    const lead = /(?:通过|以|采取|采用|按照)$/u.exec(text.slice(Math.max(0, wayAt - 2), wayAt))?.[0] ?? '';
    out.push({ start: wayAt - lead.length, end: m.index + m[0].length, value: Number(m[4]), way, act: m[3] === '办件' ? '办理' : m[3]! });
  }
  return out;
}

/** Whether two numbers of one length differ in one digit only: a typing slip (4251 and 4261). */
function oneDigitApart(a: number, b: number): boolean {
  const [x, y] = [String(a), String(b)];
  return x.length === y.length && x.length >= 2 && [...x].filter((c, i) => c !== y[i]).length === 1;
}

export function wayNamedCounts(ctx: Ctx): Mark[] {
  const counts = readWayCounts(ctx);
  const marks: Mark[] = [];
  const text = ctx.text;
  for (const way of new Set(counts.map((c) => c.way))) {
    const of = counts.filter((c) => c.way === way);
    if (of.length !== 2) continue;
    const [a, b] = of as [WayCount, WayCount];
    if (a.value === b.value) continue;
    if (a.act !== b.act && !oneDigitApart(a.value, b.value)) continue;
    const shown = (c: WayCount) => text.slice(c.start, c.end);
    marks.push({
      ...pairMark(a, b, `前文写“${shown(a)}”，这里写“${shown(b)}”：按“${way}”方式办理的同一项数字前后不一致。`, '核对这项数字，前后改成一致'),
      hintOnly: true,
    });
  }
  return marks;
}

/**
 * Rates and changes that the draft's own counts contradict, beyond the one-sentence case of
 * rateMismatch (round 8):
 *
 * - a rate computed from what is left: 21个项目中仍有6个未完成销号，整改率为75% (15 ÷ 21 ≈ 71.4%);
 * - a rate stated in one sentence whose counts another sentence gives: 调处纠纷215件，调解成功209件 …
 *   调解成功率…较今年的95.3% (209 ÷ 215 ≈ 97.2%);
 * - a change on the year restated with another value: 涉企行政检查总量同比下降28% … 涉企行政检查总量在
 *   同比下降25%的基础上.
 * All are hints: the counts may be of another scope the words do not show.
 */
import { digitsOf, type Ctx, type Mark } from './context.ts';
import { sentenceAround } from './sentence.ts';
import { commonEnd } from './restated-figures.ts';
import { pairMark } from './pair-mark.ts';
import { roundsTo } from './checks/figures.ts';

const COUNT_UNIT = '个|件|项|家|名|人|起|次|宗|户|所';
const PERCENT = String.raw`(\d+(?:\.\d+)?)\s*[%％]`;

const percentText = (x: number) => `${x.toFixed(1)}%`;

/**
 * N个…中(仍|还|尚)有M个…未…，…率R%: the rate of what was done is (N − M) ÷ N, unless the rate is itself
 * of what is left (未完成率, 未整改率). 已有M个…完成 gives M ÷ N.
 */
const REMAINDER = new RegExp(
  String.raw`(?<![\d.])(\d+)\s*(${COUNT_UNIT})[\u3400-\u9fff“”]{0,12}?中[\u3400-\u9fff，,]{0,6}?(仍有|还有|尚有|已有|有)\s*(\d+)\s*(?:${COUNT_UNIT})([^。；！？\n]{0,24}?)[，,]\s*[\u3400-\u9fff]{0,8}?([\u3400-\u9fff]{1,6})率(?:为|达|达到|是|仅为|只有)?\s*${PERCENT}`,
  'gu',
);

function remainderRates(text: string): Mark[] {
  const marks: Mark[] = [];
  for (const m of text.matchAll(REMAINDER)) {
    const whole = Number(m[1]);
    const some = Number(m[4]);
    if (!whole || some > whole) continue;
    const left = /未|没有|尚待|待/.test(m[5]!) || /^(?:仍有|还有|尚有)$/.test(m[3]!);
    const rateOfLeft = /^未/.test(m[6]!);
    const done = left ? whole - some : some;
    const actual = ((rateOfLeft ? whole - done : done) / whole) * 100;
    if (roundsTo(actual, m[7]!)) continue;
    const rateStart = m.index + m[0].lastIndexOf(m[6]!);
    marks.push({
      start: rateStart,
      end: m.index + m[0].length,
      message: `${m[6]}率与同一句的数字对不上：${whole}${m[2]}中${left ? `${some}${m[2]}未完成，完成的是${done}${m[2]}` : `${some}${m[2]}`}，${rateOfLeft ? '未完成' : ''}比率约为${percentText(actual)}，写的是${m[7]}%。`,
      fix: '核对比率和算出它的数字',
    });
  }
  return marks;
}

/** 调解成功率…今年的95.3% or 全年调解成功率95.3%: a rate's name and the value given for the report's year. */
const RATE_NAMED = new RegExp(String.raw`([\u3400-\u9fff]{2,8})率(?:[^。；！？\n]{0,20}?(?:今年|本年度?|全年)的?\s*|(?:为|达|达到|是)?\s*)${PERCENT}`, 'gu');

/** The whole and the part of a rate elsewhere: 调处矛盾纠纷215件，调解成功209件 (the part's words are the rate's name). */
const COUNTS_PAIR = new RegExp(String.raw`(?<![\d.])(\d+)\s*(${COUNT_UNIT})[，,、]\s*(?:其中)?([\u3400-\u9fff]{2,14})\s*(\d+)\s*\2(?![\d.])`, 'gu');

/** The words before a target or a plan (力争达到98%): such a figure is not this year's value. */
const TARGET = /力争|目标|确保|达到[^，,]{0,4}以上$|提高到|提升至|不低于|以上/;

/** A rate of timeliness (按期办结率, 按时答复率, 限时办结率): only a count of the things done in time gives it. */
const TIMELINESS = /按期|按时|限时|如期/u;

/** The sentence (up to 。；！？ or a line break) around an offset. */
const sentenceAt = (text: string, at: number): string => sentenceAround(text, at, { stops: /[。；！？\n]/ }).text;

function ratesAgainstCounts(text: string): Mark[] {
  const marks: Mark[] = [];
  for (const m of text.matchAll(RATE_NAMED)) {
    const name = m[1]!.replace(/^(?:全年|今年|本年度?|其中|全[省市县区镇乡]|平均)/, '');
    if (name.length < 2) continue;
    const valueAt = m.index + m[0].lastIndexOf(m[2]!);
    const before = text.slice(m.index, valueAt);
    // A target (力争达到98%以上) is not a value counted; 较今年的95.3% after it is.
    if (TARGET.test(before) && !/(?:今年|本年度?|全年)的?\s*$/.test(before)) continue;
    if (/以上|以下|左右/.test(text.slice(valueAt + m[2]!.length + 1, valueAt + m[2]!.length + 4))) continue;
    // The counts in one other place only: two places may be two scopes.
    // The part's words end the rate's name (调解成功 in 明年调解成功率).
    // Or the part's words end with the name, give or take a scope of up to two characters before it (全县负责人出庭应诉率
    // and 行政机关负责人出庭应诉16件), four characters at least.
    const namesPart = (label: string) => name.endsWith(label) || (commonEnd(name, label) >= Math.max(4, name.length - 2));
    // 按期办结率 is how many closed in time, not how many of those received were closed: a 办结 count does not give it.
    const timed = (label: string) => !TIMELINESS.test(name) || TIMELINESS.test(label);
    const found = [...text.matchAll(COUNTS_PAIR)].filter((c) => namesPart(c[3]!) && timed(c[3]!) && (c.index + c[0].length <= m.index || c.index >= m.index + m[0].length));
    if (found.length !== 1) continue;
    const whole = Number(found[0]![1]);
    const part = Number(found[0]![4]);
    if (!whole || part > whole) continue;
    // Same sentence: rateMismatch speaks for it.
    const between = text.slice(Math.min(found[0]!.index, m.index), Math.max(found[0]!.index, m.index));
    if (!/[。；！？\n]/.test(between)) continue;
    // A rate whose own sentence gives a count in that unit (共受理215件，化解率97%) rests on that count:
    // a disagreement is between the counts, which the restatement rules judge. The same count restated with its part
    // elsewhere (调处矛盾纠纷136起 … 调处矛盾纠纷136起，调处成功130起) is that count, so the rate is judged by the part; 37件次 beside it counts appearances, another measure.
    const ownCounts = [...sentenceAt(text, m.index).matchAll(new RegExp(String.raw`(?<![\d.])(\d+)\s*${found[0]![2]}(次?)`, 'g'))];
    if (ownCounts.some((c) => Number(c[1]) !== whole || c[2])) continue;
    const actual = (part / whole) * 100;
    if (roundsTo(actual, m[2]!)) continue;
    const pair = found[0]!;
    const partAt = pair.index + pair[0].lastIndexOf(pair[4]!);
    marks.push({
      start: m.index + m[0].lastIndexOf(m[2]!),
      end: m.index + m[0].length,
      // Whole, part, rate: the places a reader checks, and what tells a rate resting on a restated count (checks/consistency.ts).
      places: [{ start: pair.index, end: pair.index + pair[1]!.length + pair[2]!.length }, { start: partAt, end: pair.index + pair[0].length },
        { start: m.index + m[0].lastIndexOf(m[2]!), end: m.index + m[0].length }],
      message: `${found[0]![3]}率与文中的数字对不上：${found[0]![3]}${part}${found[0]![2]}，共${whole}${found[0]![2]}，约为${percentText(actual)}，这里写的是${m[2]}%。`,
      fix: '核对比率和文中算出它的两个数字',
    });
  }
  return marks;
}

/** 涉企行政检查总量同比下降28%: the measure (the words before 同比), the direction and the value. */
const CHANGE = new RegExp(String.raw`([\u3400-\u9fff]{4,16}?)(?:在|较上年|比上年)?同比(下降|减少|降低|增长|增加|上升|提高)\s*(\d+(?:\.\d+)?)\s*(?:[%％]|个百分点)`, 'gu');
/** Shortest common ending of two measures taken as the same measure (行政检查总量). */
const CHANGE_MEASURE_MIN = 5;

function restatedChanges(text: string): Mark[] {
  const marks: Mark[] = [];
  const seen: { measure: string; direction: string; value: string; unit: string; start: number; end: number }[] = [];
  const direction = (w: string) => (/下降|减少|降低/.test(w) ? 'down' : 'up');
  for (const m of text.matchAll(CHANGE)) {
    const measure = m[1]!.replace(/^(?:全[省市县区镇乡]|我[省市县区镇乡局]|本[省市县区镇乡局])/, '');
    // 下降3个百分点 and 下降3% are different things: compare like with like.
    const unit = /百分点$/.test(m[0]) ? '个百分点' : '%';
    const at = m.index + m[0].indexOf('同比');
    const here = { measure, direction: direction(m[2]!), value: m[3]!, unit, start: at, end: m.index + m[0].length };
    const earlier = seen.find((s) => s.direction === here.direction && s.unit === unit && commonEnd(s.measure, measure) >= CHANGE_MEASURE_MIN);
    seen.push(here);
    if (!earlier || Number(earlier.value) === Number(here.value)) continue;
    marks.push(pairMark(earlier, here, `同一项的同比变化前面写的是${earlier.value}${unit}，这里是${here.value}${unit}。`, `核对：前文是同比${m[2]}${earlier.value}${unit}`));
  }
  return marks;
}

/** A rate stated as a value: 行政机关负责人出庭应诉率100%, 纠错率为12.5%. */
// 调解成功率虽达到96.8%，但…: a concession in 存在的问题 still states the value.
const RATE_VALUE = new RegExp(String.raw`([\u3400-\u9fff]{2,12})率(?:虽然?|仍)?(?:为|达|达到|是|保持)?\s*${PERCENT}`, 'gu');
/** Words that make a rate another year's, a target or a range rather than this year's value. */
const NOT_THIS_YEAR = /上年|去年|上一年|前年|同期|目标|力争|确保|以上|以下|不低于|不少于|提高到|提升至|下降到|降至|从|由|平均|历年|累计/;
/** A scope before a rate's name (全县, 我局, 全年): the same rate whoever says it. */
const RATE_SCOPE = /^(?:全年|今年|本年度?|全[省市县区镇乡]|我[省市县区镇乡局委办]|本[省市县区镇乡局]|[省市县区镇乡])+/;

/**
 * A rate whose name says only how the work ended (按时办结率, 满意率, 答复率), not what work: 提案…按时办结率100% and
 * 热线诉求…按时办结率96% are two rates. Such a rate is the same rate only of the same counted thing.
 */
const OUTCOME_ONLY_RATE = /^(?:按时|按期|限时|群众|办事)?(?:办结|答复|回复|完成|化解|调解成功|满意|覆盖|知晓|参与|反馈|整改|受理|处置)$/u;
/** How many characters the counted things of two outcome-only rates must share at their ends (人大代表建议). */
const SAME_THING_MIN = 4;
/** The thing counted in the clause right before a rate (办理人大代表建议和政协委员提案47件，按时办结率…): its words before the number. */
function countedBefore(text: string, clauseStart: number): string {
  const clause = text.slice(Math.max(0, clauseStart - 80), Math.max(0, clauseStart - 1)).split(/[，,。；;！？!?\n]/u).at(-1) ?? '';
  return /([\u3400-\u9fff“”]+)\d+(?:\.\d+)?\s*[\u3400-\u9fff]{0,2}$/u.exec(clause)?.[1] ?? '';
}

/** Disputes settled by mediation, counted in the clause before a bare 成功率 (化解矛盾纠纷566件，成功率98.3%). */
const MEDIATED_DISPUTES = /(?:调解|化解|调处)[\u3400-\u9fff“”]*纠纷|纠纷[\u3400-\u9fff“”]*(?:调解|化解|调处)/u;
/**
 * A rate's name as the report would restate it: a bare 成功率 right after a count of disputes mediated is their
 * 调解成功率 (the later 调解成功率虽达到97.1% takes it up); any other two-character name stays too short to compare.
 */
function rateName(name: string, text: string, clauseStart: number): string {
  return name === '成功' && MEDIATED_DISPUTES.test(countedBefore(text, clauseStart)) ? '调解成功' : name;
}

interface StatedRate { value: string; sentence: string; scope: string; of: string; start: number; end: number }
/** Shortest name a qualifier may stand before and leave the same rate (行政机关负责人出庭应诉 and 被诉行政机关…). */
const ALIKE_NAME_MIN = 6;
/**
 * An earlier rate whose name is this one's with up to two characters more or fewer in front (被诉行政机关负责人出庭应诉率
 * and 行政机关负责人出庭应诉率; the name read is twelve characters at most, so a qualifier may be cut).
 */
function alikeRate(seen: Map<string, StatedRate>, name: string): StatedRate | undefined {
  for (const [other, rate] of seen) {
    const [short, long] = other.length < name.length ? [other, name] : [name, other];
    if (short.length >= ALIKE_NAME_MIN && long.length - short.length <= 2 && long.endsWith(short)) return rate;
  }
  return undefined;
}

/**
 * The same rate stated twice with two values (出庭应诉率100% … 出庭应诉率95.2%), in sentences about this
 * year's figures. The name must be the same once the scope is dropped, three characters at least.
 */
function restatedRates(text: string, year: number | null): Mark[] {
  const marks: Mark[] = [];
  const seen = new Map<string, StatedRate>();
  const timesStated = new Map<string, number>();
  for (const m of text.matchAll(RATE_VALUE)) {
    const scope = (RATE_SCOPE.exec(m[1]!)?.[0] ?? '').replace(/^(?:全年|今年|本年度?)+/, '');
    const sentence = sentenceAt(text, m.index);
    // A year other than the report's in the sentence makes it that year's figure.
    const otherYear = [...sentence.matchAll(/(?<!\d)(\d{4})\s*年/g)].some((y) => Number(y[1]) !== year);
    // Last year's value, a target or a range is told by the rate's own clause (上年败诉率…, 力争…以上); a later clause
    // comparing with last year (，较上年下降2个百分点) speaks of the change, and leaves the rate this year's.
    const clauseStart = Math.max(text.lastIndexOf('，', m.index), text.lastIndexOf(',', m.index), text.lastIndexOf('。', m.index), text.lastIndexOf('\n', m.index), text.lastIndexOf('；', m.index)) + 1;
    const own = text.slice(clauseStart, m.index + m[0].length + 3);
    // 一是调解成功率…: a point's ordinal is no part of the name.
    const written = m[1]!.replace(RATE_SCOPE, '').replace(/^[一二三四五六七八九十]是/u, '');
    const name = rateName(written, text, clauseStart);
    const of = OUTCOME_ONLY_RATE.test(name) ? countedBefore(text, clauseStart) : '';
    if (name.length < 3 || otherYear || NOT_THIS_YEAR.test(own) || /其中|分别/.test(sentence)) continue;
    const earlier = seen.get(name) ?? alikeRate(seen, name);
    const stated = (timesStated.get(name) ?? 0) + 1;
    timesStated.set(name, stated);
    if (!earlier) {
      const start = m.index + m[0].lastIndexOf(m[1]!) + m[1]!.length - written.length;
      seen.set(name, { value: m[2]!, sentence, scope, of, start, end: m.index + m[0].length });
      continue;
    }
    // 全市…率 and 我局…率: two scopes, two rates.
    if (earlier.scope && scope && earlier.scope !== scope) continue;
    // A later outcome-only rate naming no thing of its own (存在的问题：调解成功率虽达到96.8%) takes up the one such
    // rate stated before it; with two before it, it could be either.
    const takesUpOnly = of === '' && stated === 2;
    if (OUTCOME_ONLY_RATE.test(name) && commonEnd(earlier.of, of) < SAME_THING_MIN && !takesUpOnly) continue;
    if (earlier.sentence === sentence || Number(earlier.value) === Number(m[2])) continue;
    const at = m.index + m[0].lastIndexOf(m[1]!) + m[1]!.length - written.length;
    // Either value may be the slip (the opening's summary as often as the body's): both places are shown.
    marks.push(pairMark(earlier, { start: at, end: m.index + m[0].length }, `${name}率前面写的是${earlier.value}%，这里是${m[2]}%：同一项数字前后不一致。`, '核对这项比率，前后改成一致'));
  }
  return marks;
}

export function rateAndChangeMismatches(ctx: Ctx): Mark[] {
  const text = digitsOf(ctx);
  return [...remainderRates(text), ...ratesAgainstCounts(text), ...restatedChanges(text), ...restatedRates(text, ctx.year)];
}

/**
 * A total stated in the opening (共审核行政规范性文件24件) against the body that breaks the same measure down or names
 * it again, in other sentences:
 * - numbered lines, each giving one part of the measure and together the whole run ((一)审核县政府行政规范性文件15件。
 *   (二)审核县政府办公室行政规范性文件11件);
 * - a 其中 / 分别为 list whose parts are kinds the total's words name (其中投诉案件310件、举报案件240件 against
 *   办理投诉举报案件530件);
 * - the total restated as the set a breakdown is taken from (在审议的16项重大行政决策事项中 against 审议…18项);
 * - a list closed by a bare total that it adds up to (第一季度11场…第四季度12场，全年共计44场), near but not equal to
 *   the only total in that unit shortly before it (全年开展“法律进社区”活动42场): the whole told twice with two numbers.
 * Parts that add up to more than the total, or fall just short of it (a slip in one part), disagree with it; far
 * short, they may name only the main parts. Conservative: the parts must repeat the total's words.
 */
import { figures } from './checks/figures.ts';
import { restatedUnit } from './count-tuples.ts';
import type { Ctx, Mark } from './context.ts';
import { listDisagrees } from './list-count.ts';
import { leavesOut, ordinalOf } from './measures.ts';
import { commonEnd } from './restated-figures.ts';
import { startBefore } from './sentence.ts';
import { summarySpans, VERB } from './measure-ledger.ts';

type Figure = ReturnType<typeof figures>[number];

/** 人 and 名 read as one unit of people. */
const baseUnit = (f: Figure) => restatedUnit(f.unit);
/** A numbered line of the body: （一）, (二). */
const NUMBERED = /^\s*[（(][一二三四五六七八九十]+[）)]/u;
/** The last characters of a measure naming the counted thing (文件, 案件, 事项). */
const HEAD_NOUN = 2;

/**
 * Whether a part's words are the total's measure from its verb on, maybe with words added (审核县政府行政规范性文件 for
 * 县司法局审核行政规范性文件: the line leaves out who did it, as its section says).
 */
function repeatsMeasure(part: string, total: string): boolean {
  const from = total.indexOf(part.slice(0, 2));
  const act = from < 0 ? '' : total.slice(from);
  return act.length >= 4 && part.endsWith(act.slice(-HEAD_NOUN)) && leavesOut(part, act);
}

/** Words saying a total is of every kind (各类普法宣传活动): its kinds replace the general word (宪法宣传活动). */
const ALL_KINDS = /各类|各项|各种/;
/** How many last characters of an all-kinds total name the thing each kind still ends in (宣传活动). */
const KIND_HEAD = 4;

/**
 * Lines giving one act organ by organ (（一）县政府制发规范性文件9件 （二）县政府办公室制发规范性文件7件): the same words
 * after different organs, ending in the total's thing (审查行政规范性文件18件), are the whole shared out.
 */
function byOrgan(measures: string[], total: string): boolean {
  const shared = measures.reduce((end, m) => end.slice(end.length - commonEnd(end, m)), measures[0]!);
  const organs = measures.map((m) => m.slice(0, m.length - shared.length));
  const thing = commonEnd(shared, total.replace(/行政(?=规范性文件)/g, ''));
  return thing >= KIND_HEAD && shared.length > thing && organs.every((o) => o.length >= 2) && new Set(organs).size === organs.length;
}

/** A clause announcing a classification of the whole (按照刑事、行政案卷分类, 分为…两类). */
const CLASSIFIED = /按[照]?[\u3400-\u9fff、]{2,16}(?:分类|分别)|分为|分成/u;

/** Whether a 其中 part's words name a kind within the total's words (投诉案件 within 办理投诉举报案件). */
const kindWithin = (part: string, total: string) => part.length >= 3 && part.length < total.length && part.endsWith(total.slice(-HEAD_NOUN)) && leavesOut(total, part);

function breakdownMark(text: string, total: Figure, parts: Figure[], how: string): Mark {
  const sum = parts.reduce((n, p) => n + p.value, 0);
  return {
    start: total.start,
    end: total.end,
    places: [{ start: total.start, end: total.end }, ...parts.map((p) => ({ start: p.start, end: p.end }))],
    message: `开头写的是${text.slice(total.start, total.end)}，正文${how}各项合计${sum}${parts[0]!.unit.split('·')[0]}：总数与各项对不上。`,
    fix: '核对开头的总数和正文各项数字',
  };
}

/**
 * Numbered lines that each repeat the total's measure are the whole run (（一）审查县政府…9件 （二）审查县政府办公室…7件),
 * stronger evidence than a list in one clause, so a shortfall up to a fifth (or two) is a slip, not a list of the main parts.
 */
const linesDisagree = (total: number, sum: number) => listDisagrees(total, sum, { partOf: 5, atLeast: 2 });

export function openingTotalAgainstBody(ctx: Ctx): Mark[] {
  // The year's totals: the opening, and a first section that sums up the year (一、总体情况), as the measure ledger reads them.
  const spans = summarySpans(ctx);
  if (!spans.length) return [];
  const openEnd = spans[spans.length - 1]![1];
  const text = ctx.text;
  const totals = spans.flatMap(([s, e]) => figures(ctx, s, e)).filter((f) => !f.part && f.measure.length >= 4 && /^[\u3400-\u9fff]+$/u.test(f.measure));
  if (!totals.length) return [];
  const body = figures(ctx, openEnd, text.length);
  const marks: Mark[] = [];
  const marked = new Set<Figure>();
  const push = (total: Figure, parts: Figure[], how: string, disagrees = listDisagrees) => {
    if (marked.has(total) || parts.length < 2 || !disagrees(total.value, parts.reduce((n, p) => n + p.value, 0))) return;
    marked.add(total);
    marks.push(breakdownMark(text, total, parts, how));
  };

  // Runs of consecutive numbered lines, each with figures, as [start, end] of each line.
  const runs: [number, number][][] = [];
  let run: [number, number][] = [];
  let at = openEnd;
  for (const line of text.slice(openEnd).split('\n')) {
    if (NUMBERED.test(line)) run.push([at, at + line.length]);
    else if (run.length) (runs.push(run), (run = []));
    at += line.length + 1;
  }
  if (run.length) runs.push(run);
  // 开展各类普法宣传活动36场: a total of all kinds, which numbered lines then give kind by kind (开展宪法宣传活动10场).
  const ofAllKinds = (t: Figure) => ALL_KINDS.test(t.label) && t.measure.length >= 6;
  const kindOf = (part: string, total: Figure) => ofAllKinds(total) && part.endsWith(total.measure.slice(-KIND_HEAD));
  for (const total of totals.filter((t) => t.total || ofAllKinds(t))) {
    for (const lines of runs) {
      if (lines.length < 2) continue;
      // Every line of the run gives exactly one figure in the unit, and it repeats the total's measure: the whole list.
      const parts = lines.map(([s, e]) => body.filter((f) => f.start >= s && f.end <= e && baseUnit(f) === baseUnit(total)));
      if (parts.some((p) => p.length !== 1)) continue;
      // A line stating the total's own number restates the total: the run is not its parts (受理信访事项341件 in one line).
      if (parts.some((p) => p[0]!.value === total.value)) continue;
      const measures = parts.map((p) => p[0]!.measure);
      if (!measures.every((m) => repeatsMeasure(m, total.measure) || kindOf(m, total)) && !byOrgan(measures, total.measure)) continue;
      push(total, parts.map((p) => p[0]!), '分条列出的', linesDisagree);
    }
  }

  // A 其中 / 分别为 list in a body sentence with no total of its own: kinds of the opening's total.
  for (const m of text.slice(openEnd).matchAll(/[^。；;\n]+/g)) {
    const s = openEnd + m.index;
    const e = s + m[0].length;
    const k = m[0].search(/其中|分别为|分别是/);
    if (k < 0 || /等/.test(m[0].slice(k))) continue;
    const inSentence = body.filter((f) => f.start >= s && f.end <= e);
    for (const total of totals.filter((t) => t.total)) {
      const sameUnit = inSentence.filter((f) => baseUnit(f) === baseUnit(total));
      if (sameUnit.some((f) => f.start < s + k)) continue;
      const label = (f: Figure) => f.label.replace(/^(?:其中|分别为|分别是)/, '');
      // 按照刑事、行政案卷分类评查，其中…: a sentence announcing its classes breaks the whole down, each part of the total's thing.
      // The list runs to the first ， after 其中: a figure after it (，发现问题案卷37卷) is another measure.
      const listEnd = m[0].slice(k).search(/[，,]/);
      const listed = sameUnit.filter((f) => listEnd < 0 || f.end <= s + k + listEnd);
      const classified = CLASSIFIED.test(m[0].slice(0, k)) && total.measure.length >= HEAD_NOUN && listed.length >= 2 && listed.every((f) => label(f).endsWith(total.measure.slice(-HEAD_NOUN)));
      if (classified) push(total, listed, '“其中”所列');
      else if (sameUnit.length >= 2 && sameUnit.every((f) => kindWithin(label(f), total.measure))) push(total, sameUnit, '“其中”所列');
    }
  }

  // The total named again as a set: 在审议的16项重大行政决策事项中, 这16项重大行政决策事项.
  for (const f of body) {
    const set = /^([\u3400-\u9fff“”]{4,20}?)中[，,]/u.exec(text.slice(f.end, f.end + 24));
    const own = /^(?:在([\u3400-\u9fff]{0,10}?)的?|这)$/u.exec(f.label);
    if (!set || !own) continue;
    const words = (own[1] ?? '') + set[1]!;
    if (words.length < 6) continue;
    const total = totals.find((t) => baseUnit(t) === baseUnit(f) && t.measure.endsWith(words) && t.value !== f.value);
    // A set of that size named earlier in the body is the one meant (其中16项…，在这16项…中).
    if (!total || body.some((g) => g.start < f.start && g.value === f.value && baseUnit(g) === baseUnit(f))) continue;
    marks.push({
      start: f.start,
      end: f.end,
      places: [{ start: total.start, end: total.end }, { start: f.start, end: f.end }],
      message: `开头写的是${text.slice(total.start, total.end)}，这里写“${text.slice(f.start, f.end)}${set[1]}中”：同一项数字前后不一致。`,
      fix: '核对这项数字，开头的总数和正文改成一致',
    });
  }
  return marks;
}

/**
 * How far a body's bare total may stand from the earlier one and still be the same whole miscounted: a fifth, or two.
 * The body's total is backed by its own breakdown (the parts add up to it), so the earlier figure is the likelier slip.
 */
const near = (a: number, b: number) => a !== b && Math.abs(a - b) <= Math.max(2, b / 5);

/** How far before a list's bare total the total it restates may stand (the opening or 总体情况 of a short draft). */
const RESTATED_WITHIN = 400;

/** Units one count is written in either way: 场 and 场次 of events, 人 and 名 of people. */
const unitFamily = (f: Figure) => {
  const u = baseUnit(f);
  return u === '场次' ? '场' : u === '人次' ? '人次' : u;
};
/** A bare total (，共计59件; 以上合计44场次): total words and nothing that names what is counted. */
const bareTotal = (f: Figure) => f.total && (f.measure === '' || /^(?:以上|上述|以上各项|上述各项)$/u.test(f.measure));
/** 4至6名: the upper end of a range, not a part of the list. */
const rangeEnd = (text: string, f: Figure) => /\d\s*(?:至|到|~|～|-|—)\s*$/u.test(text.slice(Math.max(0, f.start - 4), f.start));

/**
 * What backs a bare total: the parts before it in its sentence add up to it, each a kind of the earlier total's thing
 * or a period of the year; or 以上 sums the numbered lines right above (（一）…12场（二）…15场 … 以上合计44场次); or the
 * sentence gives a count per place that multiplies to it or to the earlier total (在9个行政村开展…，每村3场，共27场); or it names no part at all, only a range per place
 * (各社区分别培养4至6名，合计45名), so it totals what the earlier figure counts.
 */
function backed(ctx: Ctx, all: Figure[], f: Figure, s: number, head: string, earlier: number): boolean {
  const text = ctx.text;
  const parts = all.filter((p) => p.start >= s && p.end <= f.start && unitFamily(p) === unitFamily(f) && !p.total && !rangeEnd(text, p));
  const sum = (xs: Figure[]) => xs.reduce((n, p) => n + p.value, 0);
  if (parts.length >= 2) return sum(parts) === f.value && parts.every((p) => p.measure.endsWith(head) || ordinalOf(p.label) !== null);
  const sentence = text.slice(s, f.start);
  // The product may give the bare total or the earlier one (8个村各3场，合计27场 against 24场): either way one is a slip.
  const per = /(?:每[\u3400-\u9fff]{1,3}|各[\u3400-\u9fff]{0,6}?)(\d+)(?!\s*(?:至|到|~|～|-|—))\s*[\u3400-\u9fff]{1,2}[，,]?[^，,]*$/u.exec(sentence);
  const places = per ? [...sentence.slice(0, per.index).matchAll(/(\d+)\s*个/gu)].map((m) => Number(m[1]) * Number(per[1])) : [];
  if (places.some((product) => product === f.value || product === earlier)) return true;
  if (/^(?:以上|上述)/u.test(f.label)) {
    const lines = ctx.layout.lines;
    let k = lines.findIndex((l) => l.start <= f.start && f.start < l.end) - 1;
    const above: Figure[] = [];
    for (; k >= 0 && NUMBERED.test(text.slice(lines[k]!.start, lines[k]!.end)); k--) {
      const own = all.filter((p) => p.start >= lines[k]!.start && p.end <= lines[k]!.end && unitFamily(p) === unitFamily(f));
      if (own.length !== 1) return false;
      above.push(own[0]!);
    }
    return above.length >= 2 && sum(above) === f.value;
  }
  return parts.length === 0 && /分别|各/u.test(sentence) && all.some((p) => p.start >= s && p.end <= f.start && rangeEnd(text, p));
}

/** A list closed by a bare total (，共计59件) that restates an earlier total with another number. */
export function bareTotalsAgainstEarlier(ctx: Ctx): Mark[] {
  const text = ctx.text;
  const all = figures(ctx, 0, text.length);
  const marks: Mark[] = [];
  for (const f of all) {
    // A bare 共计/合计 closing a 其中 list is read as a part of the sentence's 其中; here it is the list's own total.
    if (!bareTotal(f)) continue;
    const s = startBefore(text, f.start, /[。；;\n]/);
    // Only one total in the unit shortly before: otherwise which one the list restates is not known.
    const earlier = all.filter((t) => t.end <= s && s - t.start <= RESTATED_WITHIN && unitFamily(t) === unitFamily(f) && t.total && !t.part && !bareTotal(t));
    if (earlier.length !== 1 || earlier[0]!.measure.length < 4) continue;
    const total = earlier[0]!;
    if (!near(f.value, total.value) || !backed(ctx, all, f, s, total.measure.slice(-HEAD_NOUN), total.value)) continue;
    marks.push({
      start: f.start,
      end: f.end,
      places: [{ start: total.start, end: total.end }, { start: f.start, end: f.end }],
      message: `前面写的是${text.slice(total.start, total.end)}，这里各项合计写“${text.slice(f.start, f.end)}”：同一个总数前后不一致。`,
      fix: '核对这项数字，开头的总数和正文改成一致',
    });
  }
  return marks;
}

/** A chapter heading between a total and its breakdown (一、检查情况): words only, no figure of its own. */
const BARE_HEADING = /^\s*[一二三四五六七八九十]+、[^\d\n]{0,16}$/u;

/**
 * A total line right above a run of numbered lines, each giving one figure in the total's unit (全年开展普法活动共96场。
 * （一）社区普法讲座41场。（二）……): the lines are the total told part by part, whatever each part is called, because
 * they follow it directly (at most a bare chapter heading between). Each part's name may differ from the total's
 * (讲座, 活动), so the adjacency and the one figure per line are the evidence; the shortfall allowed is the numbered
 * lines' (linesDisagree). A total line with a 其中 / 分别 list breaks itself down and is left to the other readings.
 * A line naming an act of its own (审结, 清理, 纠正 under 办理 or 审核) counts another stage or measure, and one of the
 * total's acts on another thing (审核行政合同 under 审核文件) another thing: only lines naming no act, or the total's
 * acts on the total's thing (公共场所检查 under 开展卫生监督检查), are its parts. Lines by 类 under a total with a
 * verb were ruled silent in round 19 (a classification need not cover every case).
 */
const actsIn = (words: string) => [...words.matchAll(new RegExp(VERB.source, 'gu'))].map((m) => m[0]);
function partOfTotal(part: string, total: string): boolean {
  if (part.endsWith('类')) return false;
  const acts = actsIn(part);
  if (!acts.length) return true;
  const totalActs = actsIn(total);
  return acts.every((a) => totalActs.includes(a)) && part.endsWith(total.slice(-HEAD_NOUN));
}

export function totalAboveNumberedLines(ctx: Ctx): Mark[] {
  const text = ctx.text;
  const lines: [number, number][] = [];
  let at = 0;
  for (const line of text.split('\n')) (lines.push([at, at + line.length]), (at += line.length + 1));
  const numbered = (i: number) => NUMBERED.test(text.slice(lines[i]![0], lines[i]![1]));
  const marks: Mark[] = [];
  for (let i = 1; i < lines.length; i++) {
    if (!numbered(i) || numbered(i - 1)) continue;
    let end = i;
    while (end < lines.length && numbered(end)) end++;
    if (end - i < 2) continue;
    let above = i - 1;
    if (BARE_HEADING.test(text.slice(lines[above]![0], lines[above]![1]))) above--;
    if (above < 0 || numbered(above)) continue;
    const [ts, te] = lines[above]!;
    if (/其中|分别/.test(text.slice(ts, te))) continue;
    const totals = figures(ctx, ts, te).filter((f) => f.total && !f.part);
    if (totals.length !== 1) continue;
    const total = totals[0]!;
    if (figures(ctx, ts, te).filter((f) => baseUnit(f) === baseUnit(total)).length !== 1) continue;
    const parts = lines.slice(i, end).map(([s, e]) => figures(ctx, s, e).filter((f) => baseUnit(f) === baseUnit(total)));
    if (parts.some((p) => p.length !== 1 || p[0]!.total)) continue;
    const found = parts.map((p) => p[0]!);
    // A line repeating the total's number restates it: the lines are not its parts.
    if (found.some((p) => p.value === total.value)) continue;
    if (!found.every((p) => partOfTotal(p.measure, total.measure))) continue;
    if (!linesDisagree(total.value, found.reduce((n, p) => n + p.value, 0))) continue;
    marks.push(breakdownMark(text, total, found, '分条列出的'));
  }
  return marks;
}

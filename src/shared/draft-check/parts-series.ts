/**
 * Totals and their parts when the parts stand apart from the total, in the sentences after it:
 * - a series of parts named by ordinal (第一轮…90卷，第二轮…100卷; 一季度38份，二季度42份…; 第一期…参训96人次；
 *   第二期…), complete when the ordinal says (four quarters) or the total's sentence gives how many (开展评查3轮);
 * - a breakdown that names the total again (审结39件。审结案件中，维持18件…终止4件), whose parts cannot add up to more.
 */
import { figures } from './checks/figures.ts';
import { restatedUnit } from './count-tuples.ts';
import type { Ctx, Mark } from './context.ts';
import { leavesOut, ordinalOf, type Ordinal } from './measures.ts';
import { sentenceAround } from './sentence.ts';
import { listDisagrees } from './list-count.ts';

type Figure = ReturnType<typeof figures>[number];

/** How far before the first part its total may stand. */
const TOTAL_BEFORE = 300;
const STOPS = /[。；;！？!?\n]/;
/** How far a sentence is read either way: a guard for drafts with no punctuation for pages (each figure reads its own). */
const REACH = 400;
const around = (text: string, start: number, end = start) => sentenceAround(text, start, { end, stops: STOPS, ahead: REACH, behind: REACH });
/** 人 and 名 read as one unit of people. */
const baseUnit = (f: Figure) => restatedUnit(f.unit);
const CN_DIGIT: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** The figures within [from, to), found by binary search in the draft's figures (in order of place). */
function figuresIn(all: Figure[], from: number, to: number): Figure[] {
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Figure[] = [];
  for (let k = lo; k < all.length && all[k]!.start < to; k++) if (all[k]!.end <= to) out.push(all[k]!);
  return out;
}

/** The ordinal of a part: in its own words (第二轮评查案卷) or at the start of its sentence (第一期围绕…开展，参训96人次). */
function partOrdinal(text: string, f: Figure): Ordinal | null {
  const own = ordinalOf(f.label);
  if (own) return own;
  // Only for the sentence's first figure: a later one may count something else (第一期…3天，参训96人次).
  const sentence = around(text, f.start);
  return /\d/.test(sentence.text.slice(0, f.start - sentence.start)) ? null : ordinalOf(sentence.text);
}

/** How many parts the total's sentence says there are (开展评查3轮, 举办培训3期), or null. */
function statedCount(sentence: string, kind: string): number | null {
  const m = new RegExp(`(\\d+|[两二三四五六七八九十])\\s*(?:个)?${kind}`, 'u').exec(sentence);
  if (!m) return null;
  return /\d/.test(m[1]!) ? Number(m[1]) : CN_DIGIT[m[1]!] ?? null;
}

export function seriesSum(ctx: Ctx): Mark[] {
  const text = ctx.text;
  const all = figures(ctx, 0, text.length);
  const marks: Mark[] = [];
  let i = 0;
  while (i < all.length) {
    const first = partOrdinal(text, all[i]!);
    if (!first || first.n !== 1) { i++; continue; }
    const parts = [all[i]!];
    let last = first;
    for (let k = i + 1; k < all.length && all[k]!.start - parts[parts.length - 1]!.end < 200; k++) {
      const o = partOrdinal(text, all[k]!);
      if (!o || o.kind !== first.kind || o.n !== last.n + 1 || baseUnit(all[k]!) !== baseUnit(all[i]!)) break;
      parts.push(all[k]!);
      last = o;
    }
    const at = i;
    i += parts.length;
    if (parts.length < 2) continue;
    const unit = baseUnit(parts[0]!);
    const sum = parts.reduce((n, p) => n + p.value, 0);
    const rest = first.rest.replace(/^[，,\s]+/, '');
    for (let k = at - 1; k >= 0 && parts[0]!.start - all[k]!.end < TOTAL_BEFORE; k--) {
      const total = all[k]!;
      if (baseUnit(total) !== unit || total.part) continue;
      const sentence = around(text, total.start, total.end).text;
      const count = statedCount(sentence, first.kind);
      const named = rest.length >= 2 && total.measure.includes(rest);
      if (!named && !(total.total && count !== null)) continue;
      const complete = first.whole === parts.length || count === parts.length;
      if ((complete && sum !== total.value) || sum > total.value) {
        marks.push({
          start: total.start,
          end: total.end,
          places: [{ start: total.start, end: total.end }, ...parts.map((p) => ({ start: p.start, end: p.end }))],
          message: `总数与后面分${first.kind}列出的数字之和不一致：写的是${text.slice(total.start, total.end)}，各${first.kind}合计${sum}${parts[0]!.unit.split('·')[0]}。`,
          fix: '核对总数和各部分数字',
        });
      }
      break;
    }
  }
  return marks;
}

/** A sentence that opens by naming what it breaks down: 审结案件中，… */
const BREAKDOWN_OPENING = /^\s*([\u3400-\u9fff]{2,10})中[，,]/u;

export function breakdownOfEarlierTotal(ctx: Ctx): Mark[] {
  const text = ctx.text;
  const all = figures(ctx, 0, text.length);
  const marks: Mark[] = [];
  for (const m of text.matchAll(/[。；;\n]/g)) {
    const from = m.index + 1;
    const opening = BREAKDOWN_OPENING.exec(text.slice(from, from + 16));
    if (!opening) continue;
    const words = opening[1]!;
    const end = around(text, from).text.length + from;
    const inside = figuresIn(all, from, end).filter((f) => !/[（(][^）)]*$/.test(text.slice(from, f.start)));
    // The total: the last figure of the sentence before whose words the opening names again (审结 … 审结案件中).
    const before = figuresIn(all, from - 200, from);
    // 审结39件 … 审结案件中, 审结行政复议案件52件 … 审结案件中: the opening's words are the total's, some left out, or begin with them.
    const names = (f: Figure) => f.measure.length >= 2 && (words.startsWith(f.measure) || leavesOut(f.measure, words));
    const total = before.findLast((f) => !f.part && names(f));
    if (!total) continue;
    const parts = inside.filter((f) => baseUnit(f) === baseUnit(total));
    if (parts.length < 2 || parts.length !== inside.length) continue;
    const sum = parts.reduce((n, p) => n + p.value, 0);
    if (sum <= total.value) continue;
    marks.push({
      start: total.start,
      end: total.end,
      places: [{ start: total.start, end: total.end }, ...parts.map((p) => ({ start: p.start, end: p.end }))],
      message: `“${words}中”所列各项合计${sum}${parts[0]!.unit.split('·')[0]}，比前面写的${text.slice(total.start, total.end)}还多：总数与各项对不上。`,
      fix: '核对总数和各项数字',
    });
  }
  return marks;
}

/** The last characters of a measure that name the counted thing (活动, 案件): shared by a total and its parts. */
const HEAD_NOUN = 2;
/** A figure that names the whole its sentence breaks down: N件中, N件当中. */
const WHOLE_RESTATED = /^(?:中|当中)/u;
/** How far after a total the sentence listing its parts may start. */
const PARTS_AFTER = 250;

/**
 * A total and, in a later sentence, the parts it is made of, each named by a kind of the same thing (各类普法活动共计320场 …
 * “宪法宣传周”活动120场，“民法典宣传月”活动90场，“法律进乡村”活动80场). Parts that add up to more than the total, or fall
 * just short of it (a tenth or one: a slip in one part; far short, the list names only the main kinds), disagree with it.
 */
export function partsListedLater(ctx: Ctx): Mark[] {
  const text = ctx.text;
  const all = figures(ctx, 0, text.length);
  const marks: Mark[] = [];
  const sentenceOf = (f: Figure) => around(text, f.start, f.end);
  for (let i = 0; i < all.length; i++) {
    const total = all[i]!;
    if (!total.total || total.part || total.measure.length < 3) continue;
    const head = total.measure.slice(-HEAD_NOUN);
    const own = sentenceOf(total);
    const ownEnd = own.start + own.text.length;
    // The parts: the figures of the first later sentence with figures in the total's unit.
    let first: Figure | undefined;
    for (let k = i + 1; k < all.length && all[k]!.start - ownEnd < PARTS_AFTER; k++) {
      if (all[k]!.start > ownEnd && baseUnit(all[k]!) === baseUnit(total)) { first = all[k]; break; }
    }
    if (!first) continue;
    const s = sentenceOf(first);
    const inSentence = figuresIn(all, s.start, s.start + s.text.length);
    const parts = inSentence.filter((f) => baseUnit(f) === baseUnit(total));
    // Each part names a kind of the total's thing; the list is closed (no 等) and no part is itself a total or a 其中.
    if (parts.length < 3 || parts.length !== inSentence.length) continue;
    if (parts.some((p) => p.total || p.part || !p.measure.endsWith(head) || p.measure === total.measure)) continue;
    // The sentence names the whole again before its parts (行政规范性文件20件中，政府文件6件、部门文件14件): the whole is no
    // part to add (round 58, v60c-clean-28/-34/-35 and six more v60c items read 20件 + 6件 + 14件 as 40件).
    if (parts.some((p) => WHOLE_RESTATED.test(text.slice(p.end, p.end + 2)))) continue;
    if (/等/.test(s.text.slice(parts[parts.length - 1]!.end - s.start))) continue;
    const sum = parts.reduce((n, p) => n + p.value, 0);
    if (listDisagrees(total.value, sum)) {
      marks.push({
        start: total.start,
        end: total.end,
        places: [{ start: total.start, end: total.end }, ...parts.map((p) => ({ start: p.start, end: p.end }))],
        message: `总数与后面分类列出的数字之和不一致：写的是${text.slice(total.start, total.end)}，各类合计${sum}${parts[0]!.unit.split('·')[0]}。`,
        fix: '核对总数和各类数字',
      });
    }
  }
  return marks;
}

/** Dates listed for one act: 3月、6月、9月、12月, 3月5日和9月12日. */
const DATE = '\\d{1,2}月(?:\\d{1,2}日)?';
const DATE_LIST = new RegExp(`${DATE}(?:\\s*[、和及]\\s*${DATE})+(?:份)?[，,]?([\\u3400-\\u9fff]{4,24})`, 'gu');
/** Shortest run of the act's words that a count must share to count the same act (专题研究法治建设). */
const SHARED_ACT = 6;

/** Whether a and b share a run of at least n characters. */
function sharesRun(a: string, b: string, n: number): boolean {
  for (let k = 0; k + n <= a.length; k++) if (b.includes(a.slice(k, k + n))) return true;
  return false;
}

/**
 * A count of occasions and the dates of those occasions listed elsewhere, disagreeing: 专题研究法治建设工作5次 …
 * 3月、6月、9月、12月镇党委会议专题研究法治建设 (four dates). Only a list closed without 等, 如 or 其中, whose act shares six
 * characters with the count's words and ends with four of them.
 */
export function datedOccasions(ctx: Ctx): Mark[] {
  const text = ctx.text;
  const counts = figures(ctx, 0, text.length).filter((f) => f.unit.split('·')[0] === '次' && !f.part && f.measure.length >= SHARED_ACT);
  if (!counts.length) return [];
  const marks: Mark[] = [];
  for (const m of text.matchAll(DATE_LIST)) {
    const listEnd = m.index + m[0].length - m[1]!.length;
    const sentence = around(text, m.index, listEnd);
    if (/等|如|其中|分别|以来|截至/.test(sentence.text)) continue;
    const dates = text.slice(m.index, listEnd).match(new RegExp(DATE, 'gu'))!.length;
    const act = m[1]!;
    // The act's last words must be the count's too: 召开常务会议专题学法 on four dates is not 召开常务会议24次.
    const count = counts.find((f) => (f.start < sentence.start || f.start > sentence.start + sentence.text.length) && sharesRun(act, f.measure, SHARED_ACT) && f.measure.includes(act.slice(-4)));
    if (!count || count.value === dates) continue;
    marks.push({
      start: count.start,
      end: count.end,
      places: [{ start: count.start, end: count.end }, { start: m.index, end: listEnd }],
      message: `写的是${text.slice(count.start, count.end)}，列出的日期却是${dates}个（${text.slice(m.index, listEnd)}）：次数前后对不上。`,
      fix: `核对次数，改成${dates}次，或补上漏列的日期`,
    });
  }
  return marks;
}

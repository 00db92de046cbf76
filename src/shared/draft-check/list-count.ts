/**
 * A count followed by the list it counts, with another number of items: 作出重大行政决策5项，分别是：A、B、C、D。
 * The list runs from 分别是/分别为/包括/即/： to the end of the clause; its items are separated by 、. A list
 * closed by 等 is not complete, and a last item joined with 和/及 may be two.
 */
import { figures } from './checks/figures.ts';
import { digitsOf, type Ctx, type Mark } from './context.ts';

const COUNTED = /(?<![\d.])(\d{1,2})\s*(项|个|件|条|类|部|批|次|方面)([\u3400-\u9fff]{0,8}?)[，,]?\s*(?:分别是|分别为|具体是|具体为|包括|即)\s*[：:]?\s*|(?<![\d.])(\d{1,2})\s*(项|个|件|条|类|部|批|方面)([\u3400-\u9fff]{0,8}?)[：:]\s*/gu;

export function listCount(ctx: Ctx): Mark[] {
  const text = digitsOf(ctx);
  const marks: Mark[] = [];
  for (const m of text.matchAll(COUNTED)) {
    const n = Number(m[1] ?? m[4]);
    const listStart = m.index + m[0].length;
    const rest = text.slice(listStart, listStart + 300);
    const stop = rest.search(/[，,。；;！？\n]/);
    const list = stop === -1 ? rest : rest.slice(0, stop);
    if (/等[\u3400-\u9fff]{0,4}$/.test(list) || /[（(]/.test(list)) continue;
    const items = list.split('、').map((x) => x.trim());
    if (items.length < 2 || items.some((x) => x.length < 2) || n < 2) continue;
    const joined = /[和及与]/.test(items[items.length - 1]!) ? 1 : 0;
    if (items.length === n || items.length + joined === n) continue;
    const numberEnd = m.index + m[0].search(/[项个件条类部批次方面]/) + (m[2] ?? m[5])!.length;
    marks.push({
      start: m.index,
      end: numberEnd,
      places: [{ start: m.index, end: numberEnd }, { start: listStart, end: listStart + list.length }],
      message: `写的是${text.slice(m.index, numberEnd)}，后面列出的是${items.length}项：数目与所列各项对不上。`,
      fix: `核对数目，改成${items.length}${m[2] ?? m[5]}，或补上漏列的一项`,
    });
  }
  return marks;
}

/**
 * Whether parts listed without 其中 disagree with their total: more than it, or just short of it (a tenth or one: a
 * slip in one part; far short, the list names only the main parts). `slip` widens the slip for stronger evidence.
 */
export function listDisagrees(total: number, sum: number, slip: { partOf: number; atLeast: number } = { partOf: 10, atLeast: 1 }): boolean {
  const shortBy = total - sum;
  return sum > total || (shortBy > 0 && shortBy <= Math.max(slip.atLeast, total / slip.partOf));
}

/**
 * A total whose next clause lists at least three parts in its unit, joined by 、, without 其中 (共清理规范性文件87件，
 * 经清理保留62件、修改13件、废止10件): parts that add up to more than the total, or fall just short of it (a tenth
 * or one: a slip in one part; far short, the list names only some outcomes), disagree with it.
 */
export function listAfterTotal(ctx: Ctx): Mark[] {
  const text = ctx.text;
  const all = figures(ctx, 0, text.length);
  const marks: Mark[] = [];
  for (let i = 0; i < all.length; i++) {
    const total = all[i]!;
    if (!total.total || total.part) continue;
    const after = text.slice(total.end, total.end + 300);
    const next = /^[^，,。；;\n]{0,6}[，,]([^，,。；;\n]+)/.exec(after);
    if (!next || /其中|分别|等/.test(next[1]!)) continue;
    const from = total.end + next.index + next[0].length - next[1]!.length;
    const parts: typeof all = [];
    for (let k = i + 1; k < all.length && all[k]!.start < from + next[1]!.length; k++) if (all[k]!.start >= from && all[k]!.end <= from + next[1]!.length) parts.push(all[k]!);
    const unit = (f: typeof total) => f.unit.split('·')[0];
    if (parts.length < 3 || parts.some((p) => unit(p) !== unit(total) || p.total)) continue;
    // The parts joined by 、 only: 保留62件、修改13件、废止10件.
    const between = parts.slice(1).map((p, k) => text.slice(parts[k]!.end, p.start));
    if (between.some((b) => !/^[\u3400-\u9fff]{0,8}$/.test(b.replace(/^、/, '')) || !b.startsWith('、'))) continue;
    const sum = parts.reduce((n, p) => n + p.value, 0);
    if (listDisagrees(total.value, sum)) {
      marks.push({
        start: total.start,
        end: total.end,
        message: `总数与后面所列各项之和不一致：写的是${text.slice(total.start, total.end)}，所列各项合计${sum}${parts[0]!.unit.split('·')[0]}。`,
        fix: '核对总数和各项数字',
      });
    }
  }
  return marks;
}

/** The index of the line holding an offset (binary search: the lines are in order), or -1. */
function lineAt(lines: readonly { start: number; end: number }[], at: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]!.end <= at) lo = mid + 1;
    else if (lines[mid]!.start > at) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** A count announcing what follows: 重点抓了三个方面工作：, 主要有以下4项措施：. */
const ANNOUNCED = /(?<![\d一二三四五六七八九十两百])(\d{1,2}|[一二三四五六七八九十两])\s*(?:个方面|方面|项|条|点|个)[\u3400-\u9fff]{0,8}[：:]/gu;
const CN_COUNT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
/** 一是……二是……: the items of a list written in one paragraph. */
const IS_MARKER = /[一二三四五六七八九十]是/gu;

/**
 * Whether two places sit in two 一是…二是… items of one paragraph (二是…本学年完成7项制度修订；三是…本学年完成8项制度
 * 修订): each item names its own task, so like words in two items count two measures, not one told twice.
 */
export function inSiblingListItems(text: string, a: number, b: number): boolean {
  const [first, second] = a < b ? [a, b] : [b, a];
  const between = text.slice(first, second);
  if (between.includes('\n')) return false;
  const lineStart = text.lastIndexOf('\n', first - 1) + 1;
  return new RegExp(IS_MARKER.source, 'u').test(text.slice(lineStart, first)) && new RegExp(IS_MARKER.source, 'u').test(between);
}

/**
 * A count that announces the items after it, and another number of items: 重点抓了三个方面工作：一是…二是…三是…四是…,
 * or 主要有以下4项措施： followed by numbered headings (（一）…（五）). The items are the 一是… of the rest of the
 * paragraph, or else the headings of one level right after the line, up to a heading of a higher level.
 */
export function announcedCount(ctx: Ctx): Mark[] {
  const text = ctx.text;
  const { lines, headings } = ctx.layout;
  const marks: Mark[] = [];
  for (const m of text.matchAll(ANNOUNCED)) {
    const n = /\d/.test(m[1]!) ? Number(m[1]) : CN_COUNT[m[1]!]!;
    const colon = m.index + m[0].length;
    if (n < 2) continue;
    const lineIdx = lineAt(lines, m.index);
    if (lineIdx < 0) continue;
    // The rest of the paragraph, as far as a list of items runs (a guard for a paragraph of pages).
    const rest = text.slice(colon, Math.min(lines[lineIdx]!.end, colon + 600));
    let items = 0;
    if (rest.trim()) {
      // 一是…二是…: counted only when they run in order from 一是, as a list does.
      const order = [...rest.matchAll(IS_MARKER)].map((x) => CN_COUNT[x[0][0]!]!);
      if (order[0] !== 1) continue;
      while (items < order.length && order[items] === items + 1) items++;
      if (/等/.test(rest.slice(rest.lastIndexOf('是')))) continue;
    } else {
      const next = headings.findIndex((h) => h.line === lineIdx + 1);
      if (next < 0 || headings[next]!.num !== 1) continue;
      const level = headings[next]!.level;
      for (let k = next; k < headings.length && headings[k]!.level >= level; k++) if (headings[k]!.level === level) items++;
    }
    if (items < 2 || items === n) continue;
    const numberEnd = m.index + m[1]!.length;
    marks.push({
      start: m.index,
      end: numberEnd,
      message: `写的是${text.slice(m.index, numberEnd)}${m[0].slice(m[1]!.length).replace(/[：:]$/, '')}，后面列出的是${items}项：数目与所列各项对不上。`,
      fix: `核对数目，改成${items}，或补上漏列的一项`,
    });
  }
  return marks;
}

/**
 * A list written in the body as 一是…二是…三是…, that skips a number: 一是…；二是…；四是… (三是 meant). The series runs within a paragraph and on into the next ones while each opens with the next
 * marker (一是… ⏎ 二是… ⏎ 四是…). Only a series that starts at 一是 is read; a new 一是 starts a new series (the problems'
 * list, then the causes'). A marker counts only at a clause's start (after a line start or a mark of punctuation), so
 * 统一是, 唯一是, 之一是 and 第一是 are words, and 一是一、二是二 (an idiom: a thing as it is) is not a list.
 */
import type { Mark } from './context.ts';
import type { Layout } from './text.ts';

const DIGITS = '一二三四五六七八九十';
/** 一是 … 十是 where a clause starts, not doubled (一是一, 二是二); 二是一些… is a marker. */
/** Round 49: 第一，第二，… at a clause's start too (not 第一责任人, 第一次: the comma is required). */
const IS_MARKER = new RegExp(`(?<=^|[。；;，,：:！？\\s　（(])(?:([${DIGITS}])是(?!\\1|是)|第([${DIGITS}])(?=[，,]))`, 'gu');

const valueOf = (c: string) => DIGITS.indexOf(c) + 1;

export interface SeriesSlip { mark: Mark; expected: number; found: number }

/** Each 是-marker that skips past the number its series expects. */
export function seriesSlips(layout: Layout): SeriesSlip[] {
  const slips: SeriesSlip[] = [];
  let last = 0;
  let broken = false;
  // The series a new 一是 interrupted: an inner list (一是加强学习：一是…二是…。二是…) hands back to it.
  let outer = 0;
  for (const line of layout.lines) {
    const markers = [...line.text.matchAll(IS_MARKER)];
    // A paragraph that does not open with the series' next marker ends it.
    if (!markers.length || line.text.trimStart().indexOf(markers[0]![0]) !== 0) {
      last = outer = 0;
      broken = false;
    }
    // The number and end of the marker before, within this sentence only (a 。 between them clears it).
    let lastInSentence = 0;
    let lastEnd = 0;
    for (const m of markers) {
      if (/[。！？!?]/.test(line.text.slice(lastEnd, m.index))) lastInSentence = 0;
      lastEnd = m.index + m[0].length;
      const n = valueOf(m[1] ?? m[2]!);
      if (n === 1) {
        outer = last;
        last = lastInSentence = 1;
        broken = false;
        continue;
      }
      if (!last) continue;
      if (outer && n !== last + 1 && n === outer + 1) {
        last = n;
        outer = 0;
        continue;
      }
      // One mistake, one finding: the numbers after a slip follow it (一是 二是 四是 五是).
      // A repeated number (一是 二是 二是) in another sentence is left alone: a real report's second 二是 can open a new
      // point, and the sample reports carry one (…。二是…。二是…); a skip has no such reading. Round 49: repeated within
      // one sentence (第一，…；第二，…；第二，…) it is a slip, the clauses of one list.
      const repeatedInSentence = n === last && lastInSentence === n;
      if (!broken && (n > last + 1 || repeatedInSentence)) {
        slips.push({ mark: { start: line.start + m.index, end: line.start + m.index + m[0].length }, expected: last + 1, found: n });
        broken = true;
      }
      // A smaller number is another list's or an inner list's; leave the series.
      if (n < last) {
        last = 0;
        continue;
      }
      last = n;
      lastInSentence = n;
    }
  }
  return slips;
}

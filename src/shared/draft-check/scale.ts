/**
 * What checkDraft does once per finding, in O(log n) a finding: containment among spans (a rule's
 * marks inside a longer one; a repetitive kind's places inside another finding) and the section a
 * finding sits in, so the time to check grows with the number of findings, not with its square.
 * Same results as the plain scans (tests/unit/draft-check-scale.test.ts compares them).
 */
import { sectionAt, type Layout } from './text.ts';

interface Span {
  start: number;
  end: number;
}

/** The spans not inside a longer one of the list (法制宣传 inside 法制宣传教育), in their order; equal spans are all kept. */
export function dropContained<T extends Span>(spans: T[]): T[] {
  if (spans.length < 2) return spans;
  // By start, the longer first: a span is inside a longer one iff an earlier span of another extent ends at or after it.
  const order = spans.map((_, i) => i).sort((a, b) => spans[a]!.start - spans[b]!.start || spans[b]!.end - spans[a]!.end);
  const dropped = new Uint8Array(spans.length);
  let maxEnd = -Infinity;
  for (let k = 0; k < order.length; ) {
    const { start, end } = spans[order[k]!]!;
    let next = k;
    while (next < order.length && spans[order[next]!]!.start === start && spans[order[next]!]!.end === end) next++;
    for (let j = k; j < next; j++) dropped[order[j]!] = maxEnd >= end ? 1 : 0;
    maxEnd = Math.max(maxEnd, end);
    k = next;
  }
  return spans.filter((_, i) => !dropped[i]);
}

/** The first index of a sorted `starts` whose value is greater than `offset` (binary search). */
function firstAfter(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** sectionAt(layout, offset) for many offsets: the level-1 headings' starts, searched. */
export function sectionFinder(layout: Layout): (offset: number) => string | undefined {
  const level1 = layout.headings.filter((h) => h.level === 1);
  const starts = level1.map((h) => h.start);
  // Before the first level-1 heading, sectionAt's own answer (the opening, or none) over no headings.
  const none = { ...layout, headings: [] };
  return (offset) => {
    const i = firstAfter(starts, offset);
    if (i === 0) return sectionAt(none, offset);
    const h = level1[i - 1]!;
    return `${h.marker}${h.title}`;
  };
}

/**
 * The index in `spans` of a span that contains s (its bounds included), or -1: of the spans that
 * start at or before s, the one reaching furthest, found by binary search.
 */
export function containerOf(spans: readonly Span[]): (s: Span) => number {
  const order = spans.map((_, i) => i).sort((a, b) => spans[a]!.start - spans[b]!.start);
  // furthest[k]: among the first k + 1 spans by start, the one whose end is furthest.
  const furthest: number[] = [];
  for (const i of order) {
    const prev = furthest.at(-1);
    furthest.push(prev === undefined || spans[i]!.end > spans[prev]!.end ? i : prev);
  }
  const starts = order.map((i) => spans[i]!.start);
  return ({ start, end }) => {
    const k = firstAfter(starts, start);
    if (k === 0) return -1;
    const j = furthest[k - 1]!;
    return spans[j]!.end >= end ? j : -1;
  };
}

/** A test whether a span lies inside one of `spans` (its bounds included). */
export function insideAny(spans: readonly Span[]): (s: Span) => boolean {
  const container = containerOf(spans);
  return (s) => container(s) !== -1;
}

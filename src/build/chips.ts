/**
 * Phrases shown as chips (issue 29): when one phrase's wording contains another's (compared as
 * src/shared/normalize.ts compares: no spaces or punctuation), the shorter is shown under the
 * longest that contains it instead of as a chip of its own, so 带头尊法学法守法用法, 尊法学法守法用法
 * and 学法守法用法 make one chip. Pure, so unit tests can call it.
 */
import { normalize } from '../shared/normalize.ts';

export interface Chip<T> {
  /** The longest wording of the group. */
  head: T;
  /** Items whose wording the head contains, longest first. */
  parts: T[];
}

/** Groups items under the longest item whose text contains theirs; chips keep the order of their heads in `items`. */
export function mergeContained<T>(items: T[], text: (item: T) => string): Chip<T>[] {
  const norm = new Map(items.map((x) => [x, normalize(text(x))]));
  const longestFirst = [...items].sort((a, b) => norm.get(b)!.length - norm.get(a)!.length);
  const chips = new Map<T, Chip<T>>();
  for (const item of longestFirst) {
    const n = norm.get(item)!;
    const head = [...chips.keys()].find((h) => norm.get(h)!.includes(n));
    if (head === undefined) chips.set(item, { head: item, parts: [] });
    else chips.get(head)!.parts.push(item);
  }
  return items.filter((x) => chips.has(x)).map((x) => chips.get(x)!);
}

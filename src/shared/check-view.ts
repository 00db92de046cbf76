/**
 * How 报告体检 shows its findings, shared by the /check/ page (src/browser/check/render.ts) and the
 * `npm run check` table (scripts/lib/check-output.ts), so both list the same findings: at most
 * SHOWN_PER_RULE of one rule, in the order of the draft, and for the rest one line with their
 * count. (`npm run check --json` keeps every finding.) Lines and columns of offsets come from one
 * pass over the text and a binary search, so showing n findings costs O(n log n), not O(n × text).
 */

/** Findings of one rule listed; a draft with hundreds of the same slip needs the first few and a count. */
export const SHOWN_PER_RULE = 20;

/** Findings of a rule that were not listed. */
export interface Rest {
  rule: string;
  count: number;
}

/** The items to list (at most `cap` per rule, in their order) and, per rule in order of first appearance, how many more there are. */
export function capPerRule<T>(items: readonly T[], ruleOf: (item: T) => string, cap = SHOWN_PER_RULE): { shown: T[]; rest: Rest[] } {
  const seen = new Map<string, number>();
  const shown: T[] = [];
  for (const item of items) {
    const rule = ruleOf(item);
    const n = (seen.get(rule) ?? 0) + 1;
    seen.set(rule, n);
    if (n <= cap) shown.push(item);
  }
  const rest = [...seen].filter(([, n]) => n > cap).map(([rule, n]) => ({ rule, count: n - cap }));
  return { shown, rest };
}

/** The line that stands for the findings of a rule not listed. */
export const restLine = ({ rule, count }: Rest) => `另有 ${count} 处同类问题未列出（规则 ${rule}）`;

/** 1-based line and column (in UTF-16 code units) of offsets into `text`. */
export function positionFinder(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

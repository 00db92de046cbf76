/**
 * What the number-mismatch probe rounds share: a short annual report around an opening and body lines, and one suite
 * that wants each positive found as a hint on its planted figure (as bench:check counts it) and each look-alike silent.
 */
import { expect, it } from 'vitest';
import { check, kindOf, ofKind, rulesIn } from './draft-check.ts';

export const report = (opening: string, ...body: string[]) =>
  ['某县人民政府2026年度法治政府建设情况报告', opening, '一、主要举措和成效', ...body, '二、存在的不足', '基层执法力量不足。', '某县人民政府', '2027年1月20日'].join('\n');

const found = (text: string) => ofKind('number-mismatch', text);

/** Whether a number-mismatch finding marks the planted figure, on its own span or as one of its places. */
const marks = (text: string, span: string) => {
  const at = text.indexOf(span);
  const on = (p: { start: number; end: number }) => p.start < at + span.length && at < p.end;
  return check(text).some((f) => rulesIn(f).some((r) => kindOf.get(r) === 'number-mismatch') && (on(f) || (f.places ?? []).some(on)));
};

/** One it() per probe, inside the caller's describe: [name, text, planted figure] found, [name, text] silent. */
export function numberProbes(positives: readonly [string, string, string][], negatives: readonly [string, string][]): void {
  for (const [name, text, span] of positives) {
    it(`finds ${name}`, () => {
      const hits = found(text);
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.every(([, level]) => level === 'hint')).toBe(true);
      expect(marks(text, span)).toBe(true);
    });
  }
  for (const [name, text] of negatives) {
    it(`stays silent on ${name}`, () => {
      expect(found(text)).toEqual([]);
    });
  }
}

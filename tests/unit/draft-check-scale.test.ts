/**
 * checkDraft's per-finding steps in O(log n) a finding (src/shared/draft-check/scale.ts) give what
 * the plain scans they replace gave, and 60,000 findings, or 200,000 blank lines, are checked in
 * linear time (issue 24, item 7).
 */
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { dropContained, insideAny, sectionFinder } from '../../src/shared/draft-check/scale.ts';
import { layout, sectionAt } from '../../src/shared/draft-check/text.ts';
import { manyFindings } from '../../scripts/bench/check-hostile.ts';
import { checkWith, compiled } from './helpers/draft-check.ts';

/** A pseudo-random sequence that is the same on every run. */
function random(seed: number) {
  let x = seed;
  return (n: number) => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return x % n;
  };
}

describe('checkDraft’s per-finding steps give what the plain scans give', () => {
  const spans = (r: (n: number) => number, n: number) =>
    Array.from({ length: n }, () => {
      const start = r(60);
      return { start, end: start + r(8) };
    });
  it('dropContained: the spans not inside a longer one', () => {
    const r = random(7);
    for (let k = 0; k < 200; k++) {
      const marks = spans(r, r(40));
      const plain = marks.filter((m) => !marks.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
      expect(dropContained(marks)).toEqual(plain);
    }
  });
  it('insideAny: whether a span lies inside one of a list', () => {
    const r = random(11);
    for (let k = 0; k < 200; k++) {
      const list = spans(r, r(20));
      const inside = insideAny(list);
      for (const f of spans(r, 30)) expect(inside(f)).toBe(list.some((s) => s.start <= f.start && s.end >= f.end));
    }
  });
  it('sectionFinder: the section of every offset, as sectionAt', () => {
    const text = '某县2023年述法报告\n开头一段。\n一、学习情况\n正文。\n（一）专题学习\n正文。\n二、存在问题\n正文。\n三、下一步\n正文。';
    const lay = layout(text);
    const at = sectionFinder(lay);
    for (let o = 0; o <= text.length; o++) expect(at(o)).toBe(sectionAt(lay, o));
  });
  // Its time is measured in bench:check (scripts/bench/check-hostile.ts, “60,000 findings”), not
  // here; quadratic it took minutes, which the suite's test timeout would still stop.
  it('checks 60,000 findings and keeps every one', () => {
    const r = checkDraft(manyFindings(60_000), compiled);
    expect(r.findings.filter((f) => f.rule === 'placeholder-xx')).toHaveLength(60_000);
  });
  // How long this takes is measured in bench:check (scripts/bench/check-hostile.ts), not here: a
  // year pattern that rescanned each run of blank lines took minutes on this draft; now under 1 s.
  it('checks a draft of 200,000 blank lines (a Word file of empty paragraphs) as it checks the same draft without them', () => {
    const draft = (blank: number) => `某县2023年述法报告\n一、主要工作\n本年度认真履行职责。${'\n'.repeat(blank)}二、存在问题\n学习不够。`;
    const rules = (text: string) => checkWith(text, { year: 2023 }).map((f) => f.rule).sort();
    expect(rules(draft(200_000))).toEqual(rules(draft(2)));
  });
});

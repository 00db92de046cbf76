// Round 28 (issue 25): families of shapes behind the small misses, each read by one widened reader — a year leading
// a plan in the body, the order of writing left from an outline, a run of one letter for a figure, a template's role
// slot in brackets. Positive shapes and the look-alikes that must stay silent.
import { describe, expect, it } from 'vitest';
import { byRule, check, kindOf, rulesIn } from './helpers/draft-check.ts';

const annual = (body: string, plans = '') =>
  `某县2026年度法治政府建设情况报告\n一、主要举措和成效\n${body}${plans ? `\n二、下一步工作打算\n${plans}` : ''}`;

const kindsIn = (text: string, year = 2026, type?: Parameters<typeof check>[2]) =>
  check(text, year, type).flatMap((f) => rulesIn(f).map((r) => kindOf.get(r)));

describe('a year leading the plans in the body (plan-leads.ts)', () => {
  it('hints at a lead naming the reported year or an earlier one', () => {
    for (const lead of ['2026年工作安排如下：一是深化执法改革。', '2026年度重点工作打算：一是深化执法改革。', '2025年工作计划是：完善制度。']) {
      const f = byRule('consistency-heading-year', annual('召开常务会议4次。', lead));
      expect(f, lead).toHaveLength(1);
      expect(f[0]).toMatchObject({ level: 'hint', text: lead.slice(0, 4) });
    }
  });
  it('leaves the next year, a plan named inside a sentence, and a mid-year self-inspection alone', () => {
    expect(byRule('consistency-heading-year', annual('召开常务会议4次。', '2027年工作安排如下：一是深化执法改革。'))).toEqual([]);
    expect(byRule('consistency-heading-year', annual('按照2026年度普法工作计划：开展宣传12场。'))).toEqual([]);
    expect(byRule('consistency-heading-year', annual('全县2026年执行工作计划完成率100%。'))).toEqual([]);
    expect(byRule('consistency-heading-year', annual('召开常务会议4次。', '2026年下半年工作安排：完善制度。'))).toEqual([]);
    const self = '某局2026年法治建设自查报告\n一、自查情况\n召开会议4次。\n二、下一步措施\n2026年工作安排如下：完善制度。';
    expect(byRule('consistency-heading-year', self, 2026, 'self-inspection-report')).toEqual([]);
  });
  it('gives one finding where a numbered heading already carries the year', () => {
    const text = '某县2026年度法治政府建设情况报告\n一、主要举措和成效\n召开会议4次。\n二、2026年工作安排：\n完善制度。';
    expect(byRule('consistency-heading-year', text)).toHaveLength(1);
  });
});

describe('the order of writing left from an outline (drafter-notes.ts)', () => {
  it('reports a line that tells the writer what to write first and next', () => {
    for (const line of ['提纲：先写队伍建设，再写执法监督，最后写普法宣传。', '本节首先写组织保障，然后列出三项制度落实情况。']) {
      expect(kindsIn(annual(line)), line).toContain('outline-prompt');
    }
  });
  it('leaves a report telling the order of its own work', () => {
    for (const line of ['宣讲坚持先讲法理、再讲案例，群众反响良好。', '先由司法所审核，再提交镇党委会议讨论。', '要求各村先写自查报告，再由镇里汇总。']) {
      expect(kindsIn(annual(line)), line).not.toContain('outline-prompt');
    }
  });
});

describe('a run of one letter standing for a figure (placeholder-letter-run)', () => {
  it('reports YY%, NN件 and two runs in one sentence', () => {
    expect(byRule('placeholder-letter-run', annual('行政复议纠错率为KK%。')).map((f) => f.text)).toEqual(['KK']);
    expect(byRule('placeholder-letter-run', annual('审查规范性文件MM件，提出意见PP条。')).map((f) => f.text)).toEqual(['MM', 'PP']);
  });
  it('leaves grades, abbreviations and real figures alone', () => {
    for (const s of ['新增AAAA级景区1个。', '规范PPP项目2个。', '评为A级纳税人的企业31家。', '审查规范性文件12件。']) {
      expect(byRule('placeholder-letter-run', annual(s)), s).toEqual([]);
    }
  });
});

describe('a template role slot in brackets (template-slot-paren)', () => {
  it('reports a bracket holding only the role a unit or person fills', () => {
    expect(byRule('template-slot-paren', annual('由（分管领导）牵头督办。')).map((f) => f.text)).toEqual(['（分管领导）']);
    expect(byRule('template-slot-paren', annual('（承办科室）负责台账管理。')).map((f) => f.text)).toEqual(['（承办科室）']);
  });
  it('leaves a role written with its value and a qualifying bracket alone', () => {
    for (const s of ['建立问题台账（责任单位：县司法局）。', '各成员单位（部门）按时报送材料。']) {
      expect(byRule('template-slot-paren', annual(s)), s).toEqual([]);
    }
  });
});

describe('a main part numbered one level down (heading-level.ts)', () => {
  const report = (lines: string) => `某县2026年度法治政府建设情况报告\n一、主要举措和成效\n召开会议4次。\n${lines}`;
  it('hints where the plans are the first （一） under the shortcomings', () => {
    const f = byRule('numbering-level-jump', report('二、存在的问题\n队伍专业化不足。\n（一）2027年工作安排\n继续推进。'));
    expect(f.map((x) => [x.text, x.level])).toEqual([['（一）', 'hint']]);
  });
  it('leaves a parent that names both parts, and a point that repeats its own part', () => {
    expect(byRule('numbering-level-jump', report('二、存在的不足和下一步打算\n（一）存在的不足\n不足。\n（二）下一步打算\n推进。'))).toEqual([]);
    expect(byRule('numbering-level-jump', report('二、存在的问题\n（一）存在的问题\n不足。'))).toEqual([]);
    expect(byRule('numbering-level-jump', report('二、存在的问题\n（一）执法队伍建设\n不足。'))).toEqual([]);
  });
});

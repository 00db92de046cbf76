import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';

const compiled = loadCompiled();
const draft = (opening: string, body: string, problems = '基层力量薄弱。') =>
  `某县农业农村局2025年法治政府建设年度报告\n2025年，我局扎实推进法治政府建设，${opening}现将有关情况报告如下。\n一、主要举措和成效\n${body}\n二、存在的不足\n${problems}\n三、下一年度主要安排\n下一步，我局将持续用力。\n某县农业农村局\n2026年2月1日\n`;
const marked = (opening: string, body: string, problems?: string) =>
  checkDraft(draft(opening, body, problems), compiled, { year: 2025 }).findings.filter((f) => f.rule === 'consistency-summary-total');

describe('a count restated with its digits in another order (measure-key.ts, two plain counts)', () => {
  it('flags the opening against the body, digits swapped', () => {
    const f = marked('全年查办农资违法案件73件，', '（一）严格执法。坚持宽严相济，全年查办农资违法案件37件。');
    expect(f.map((x) => [x.text, x.level])).toEqual([['37件', 'hint']]);
  });
  it('flags a count opened by 其中 with no count before it', () => {
    expect(marked('把各项工作纳入法治轨道，其中审核行政执法决定法制审核事项46件，', '（一）规范审核。全年审核行政执法决定法制审核事项64件。')).toHaveLength(1);
  });
});

describe('a count granted before 但 restates the count told earlier (measure-key.ts)', () => {
  it('flags the noun before 虽 against the same noun before the body count', () => {
    const f = marked('', '组织执法人员旁听行政诉讼庭审23人次，其中科级干部8人次、执法队员15人次。', '一是执法人员旁听行政诉讼庭审虽已组织25人次，但转化运用不够。');
    expect(f.map((x) => x.text)).toEqual(['25人次']);
  });
  it('flags the concession when the body count names who took part', () => {
    expect(marked('', '组织班子成员旁听庭审16人次。', '一是旁听庭审虽已组织18人次，但以案释法不够。').map((x) => x.text)).toEqual(['18人次']);
  });
  it('flags 尽管 as well', () => {
    expect(marked('', '全年开展“农资打假”普法宣传活动31场。', '一是“农资打假”普法宣传活动尽管开展了36场，但覆盖面仍不广。')).toHaveLength(1);
  });
});

describe('a back-reference without 事项 and with what was done to the items after it', () => {
  it('flags 上述N项 against N项 written with 事项', () => {
    expect(marked('', '全年提交局务会议审议的农业行政规范性文件事项11项。\n（二）强化审查。上述13项农业行政规范性文件均经过合法性审核后印发。')).toHaveLength(1);
  });
});

describe('look-alikes that stay silent', () => {
  it('digits swapped but a part (其中 after a count)', () => {
    expect(marked('全年查办农资违法案件73件，其中查办种子违法案件37件，', '（一）严格执法。全年查办农资违法案件73件。')).toEqual([]);
  });
  it('digits swapped on two numbered items', () => {
    expect(marked('', '（一）开展农资打假专项检查21次。\n（二）开展农资打假专项检查12次。')).toEqual([]);
  });
  it('digits swapped against last year and a target', () => {
    expect(marked('全年查办农资违法案件73件，', '上年查办农资违法案件37件。计划明年查办农资违法案件不少于37件。')).toEqual([]);
  });
  it('a concession that agrees with the body', () => {
    expect(marked('', '组织执法人员旁听行政诉讼庭审23人次。', '一是执法人员旁听行政诉讼庭审虽已组织23人次，但转化运用不够。')).toEqual([]);
  });
  it('a concession about another noun', () => {
    expect(marked('', '组织执法人员旁听行政诉讼庭审23人次。', '一是法治宣传虽已开展25场，但覆盖面不广。')).toEqual([]);
  });
  it('a back-reference to another set of items', () => {
    expect(marked('', '全年公开农业行政许可事项11项。\n上述13项重大行政决策均经过合法性审查。')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';
import { roundsTo } from '../../src/shared/draft-check/checks/figures.ts';

const compiled = loadCompiled();
const findings = (text: string, year = 2024) => checkDraft(text, compiled, { year }).findings;
const report = (body: string, plans = '下一步，我局将持续用力。') =>
  `某县自然资源局2024年度法治政府建设情况报告\n2024年，我局扎实推进法治政府建设，现将有关情况报告如下。\n一、主要举措和成效\n${body}\n二、存在的不足\n基层执法力量薄弱。\n三、下一步工作打算\n${plans}\n某县自然资源局\n2025年2月1日\n`;
const selfCheck = (opening: string, body: string, rectify: string) =>
  `某县教育局关于2024年度法治建设工作的自查报告\n为检视2024年度工作，我局组织开展自查，${opening}现将有关情况报告如下。\n一、自查工作开展情况\n${body}\n二、自查发现的问题\n一是学法不够深入；二是台账不够完整。\n三、整改措施和下一步打算\n${rectify}\n某县教育局\n2025年3月1日\n`;
const of = (text: string, rule: string) => findings(text).filter((f) => f.rule === rule).map((f) => [f.text, f.level]);

describe('100% and 0% are claims of all and none, not rounded values', () => {
  it('rounds other rates to the digits written', () => {
    expect(roundsTo(98.64, '98.6')).toBe(true);
    expect(roundsTo(99.5, '99.5')).toBe(true);
    expect(roundsTo(99.6, '100')).toBe(false);
    expect(roundsTo(100, '100')).toBe(true);
    expect(roundsTo(0.2, '0')).toBe(false);
  });
  it('flags 100% when the counts in the sentence leave some out', () => {
    expect(of(report('全年办理行政复议案件612件，依法审结609件，审结率100%。'), 'consistency-rate')).toEqual([['审结率100%', 'hint']]);
    expect(of(report('受理群众诉求2406件，按期办结2398件，按期办结率100%，群众满意度稳步提升。'), 'consistency-rate')).toEqual([['按期办结率100%', 'hint']]);
  });
  it('stays silent when all were done, or when a rate below 100% rounds as written', () => {
    expect(of(report('全年办理行政复议案件612件，依法审结612件，审结率100%。'), 'consistency-rate')).toEqual([]);
    expect(of(report('受理群众诉求2406件，按期办结2394件，按期办结率99.5%。'), 'consistency-rate')).toEqual([]);
    expect(of(report('全年办理行政复议案件612件，依法审结609件，审结率99.5%。'), 'consistency-rate')).toEqual([]);
  });
});

describe('a total whose listed parts add up to its digits in another order', () => {
  const sums = (body: string) => of(report(body), 'consistency-parts-sum');
  it('flags the total', () => {
    expect(sums('全年开展行政执法检查93次，其中联合检查21次、专项检查18次。')).toEqual([['93次', 'hint']]);
    expect(sums('共受理行政复议申请65件，其中决定维持31件、决定撤销25件。')).toEqual([['65件', 'hint']]);
  });
  it('stays silent when the parts may leave some unnamed, or name no list', () => {
    expect(sums('全年开展行政执法检查93次，其中联合检查21次、专项检查17次。')).toEqual([]);
    expect(sums('共受理行政复议申请65件，其中决定维持31件。')).toEqual([]);
    expect(sums('共受理行政复议申请65件，决定维持31件、决定撤销25件。')).toEqual([]);
    expect(sums('共受理行政复议申请65件，其中决定维持31件、决定撤销34件。')).toEqual([]);
  });
});

describe('problems found, restated with another word for finding them', () => {
  const restated = (opening: string, rectify: string) => of(selfCheck(opening, '全年审核规范性文件20件。', rectify), 'consistency-summary-total');
  it('flags the count taken up again with another number', () => {
    expect(restated('共查摆问题14个，', '针对自查发现的41个问题，我局已逐项建立整改台账。')).toHaveLength(1);
    expect(restated('排查问题9个，', '对自查梳理的7个问题，逐项明确整改时限。')).toHaveLength(1);
  });
  it('stays silent on the same number, and on problems another inspection found', () => {
    expect(restated('共梳理问题9个，', '针对自查发现的9个问题，逐项建立整改台账。')).toEqual([]);
    expect(restated('共梳理问题9个，', '针对巡察发现的5个问题，逐项建立整改台账。')).toEqual([]);
    expect(restated('共梳理问题9个，', '针对审计指出的4个问题，逐项建立整改台账。')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';

const compiled = loadCompiled();
const report = (body: string, plans = '下一步，我委将持续用力。', problems = '一是学法不够深入；二是台账不够完整。') =>
  `某市卫生健康委员会2024年度法治政府建设情况报告\n2024年，我委扎实推进法治政府建设，现将有关情况报告如下。\n一、主要举措和成效\n（一）健全机制。${body}\n二、存在的不足\n${problems}\n三、下一步工作打算\n${plans}\n某市卫生健康委员会\n2025年2月1日\n`;
const of = (text: string, rule: string) => checkDraft(text, compiled, { year: 2024 }).findings.filter((f) => f.rule === rule).map((f) => [f.text, f.level]);
const sums = (body: string) => of(report(body), 'consistency-parts-sum');

describe('a count split in the bracket right after it', () => {
  it('flags a bracketed split into a closed pair that does not add up', () => {
    expect(sums('组织全系统普法讲座26场（线上9场、线下15场），参加3100人次。')).toEqual([['26场', 'hint']]);
    expect(sums('组织全系统普法讲座26场（线上9场、线下19场），参加3100人次。')).toEqual([['26场', 'hint']]);
    expect(sums('全年举办依法行政专题培训班8期（其中市级3期、县级6期、乡级2期）。')).toEqual([['8期', 'hint']]);
  });
  it('flags bracketed parts that add up to more than the count', () => {
    expect(sums('审查各类合同64份（采购合同40份、租赁合同30份），发现风险条款12处。')).toEqual([['64份', 'hint']]);
  });
  it('stays silent when the bracket adds up, names only some kinds, or is no split', () => {
    expect(sums('组织全系统普法讲座26场（线上11场、线下15场），参加3100人次。')).toEqual([]);
    expect(sums('审查各类合同64份（采购合同20份、租赁合同18份），发现风险条款12处。')).toEqual([]);
    expect(sums('审查各类合同64份（采购合同40份、租赁合同20份等），发现风险条款12处。')).toEqual([]);
    expect(sums('受理投诉举报310件（较上年增加40件、减少12件）。')).toEqual([]);
    expect(sums('组织全系统普法讲座26场（覆盖医务人员3100人次）。')).toEqual([]);
    expect(sums('办结信访事项57件（含上年结转6件）。')).toEqual([]);
  });
});

describe('outcomes bracketed after their own count are that count\'s, not an earlier one\'s', () => {
  it('stays silent on an earlier count when the outcomes add up to the count they follow', () => {
    expect(sums('办理行政复议案件18件、行政应诉案件7件。全年累计查处违法案件233件（简易程序190件、普通程序43件），处罚信息按期公示。')).toEqual([]);
    expect(sums('答复政府信息公开申请9件。全年累计办理卫生监督案件120件，其中简易程序70件、普通程序50件。')).toEqual([]);
  });
  it('still flags the count the outcomes follow when they do not add up', () => {
    expect(sums('办理行政复议案件18件。全年累计查处违法案件233件（简易程序190件、普通程序40件）。')).toEqual([['233件', 'hint']]);
  });
});

describe('a mediation success rate given bare after its disputes, restated by its full name', () => {
  const rates = (body: string, problems: string) => of(report(body, undefined, problems), 'consistency-rate');
  it('flags the restated rate that differs', () => {
    expect(rates('全年调处医疗纠纷214件，成功率96.5%。', '一是调解成功率虽达到94.2%，但部分纠纷反复。')).toEqual([['调解成功率虽达到94.2%', 'hint']]);
    expect(rates('一年来化解各类矛盾纠纷1032件，成功率98%。', '一是调解成功率虽然达到97%，但群众满意度不高。')).toEqual([['调解成功率虽然达到97%', 'hint']]);
  });
  it('stays silent when the values agree, or the bare rate is of something else', () => {
    expect(rates('全年调处医疗纠纷214件，成功率96.5%。', '一是调解成功率虽达到96.5%，但部分纠纷反复。')).toEqual([]);
    expect(rates('全年申报科研项目40项，成功率35%。', '一是调解成功率虽达到94.2%，但部分纠纷反复。')).toEqual([]);
  });
});

describe('a count looked back on in the plans with the report\'s own year, number first', () => {
  const restated = (plans: string) => of(report('全年办理行政复议案件23件、行政应诉案件11件，审查合同58份。', plans), 'consistency-summary-total');
  it('flags the year\'s count restated with another number', () => {
    expect(restated('围绕本年度32件行政复议案件反映的问题，逐案剖析、堵塞漏洞。')).toEqual([['32件行政复议案件', 'hint']]);
    expect(restated('结合2024年度32件行政复议案件暴露的问题完善制度。')).toEqual([['32件行政复议案件', 'hint']]);
  });
  it('stays silent when it agrees, or the plan sets a target', () => {
    expect(restated('围绕本年度23件行政复议案件反映的问题，逐案剖析、堵塞漏洞。')).toEqual([]);
    expect(restated('力争本年度办结32件行政复议案件。')).toEqual([]);
    expect(restated('2025年计划审查合同60份。')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';

const compiled = loadCompiled();
const draft = (body: string, problems = '基层力量薄弱。', plans = '下一步，我局将持续用力。') =>
  `某县自然资源局2025年法治政府建设年度报告\n2025年，我局扎实推进法治政府建设。现将有关情况报告如下。\n一、主要举措和成效\n${body}\n二、存在的不足\n${problems}\n三、下一步工作打算\n${plans}\n某县自然资源局\n2026年2月1日\n`;
const sums = (text: string) =>
  checkDraft(text, compiled, { year: 2025 }).findings.filter((f) => f.rule === 'consistency-parts-sum').map((f) => [f.text, f.level]);

describe('复议 decisions that name the upheld cases beside two other outcomes are the whole of the cases handled', () => {
  it('flags a total the three decisions fall short of', () => {
    expect(sums(draft('全县审结行政复议案件28件，其中维持9件、撤销3件、确认违法7件。'))).toEqual([['28件', 'hint']]);
    expect(sums(draft('市政府复议机构办理复议案件50件，其中决定维持30件、变更或撤销6件、驳回申请4件。'))).toEqual([['50件', 'hint']]);
  });
  it('flags the total when every case is said to be closed and a later clause tells other work in another unit', () => {
    expect(sums(draft('行政复议案件40件均已审结，其中维持22件、撤销或变更4件、申请人撤回终止6件，主要负责人出庭应诉9人次。'))).toEqual([['40件', 'hint']]);
  });
  it('stays silent when the decisions add up, even with a later clause in another unit', () => {
    expect(sums(draft('行政复议案件40件均已审结，其中维持30件、撤销或变更4件、申请人撤回终止6件，主要负责人出庭应诉9人次。'))).toEqual([]);
    expect(sums(draft('全县审结行政复议案件28件，其中维持18件、撤销3件、确认违法7件。'))).toEqual([]);
  });
  it('stays silent on one or two decisions picked out, and on decisions of cases received that may still be open', () => {
    expect(sums(draft('全县审结行政复议案件28件，其中撤销3件、确认违法7件。'))).toEqual([]);
    expect(sums(draft('全年收到行政复议申请60件，其中维持31件、撤销5件、终止4件。'))).toEqual([]);
  });
  it('stays silent when other cases are said to remain', () => {
    expect(sums(draft('全县办理行政复议案件28件，其中维持9件、撤销3件、确认违法7件，其余案件正在审理。'))).toEqual([]);
  });
});

describe('decisions of cases received that add up to more than the cases', () => {
  it('flags 纠错 beside 维持 and 终止 summing above the cases received', () => {
    expect(sums(draft('共受理行政复议申请35件，审结后维持24件，纠错8件，调解后终止6件。'))).toEqual([['35件', 'hint']]);
  });
  it('stays silent when they sum to the cases received or well below them (some still open)', () => {
    expect(sums(draft('共受理行政复议申请35件，审结后维持21件，纠错8件，调解后终止6件。'))).toEqual([]);
    expect(sums(draft('共受理行政复议申请35件，审结后维持12件，纠错8件，调解后终止6件。'))).toEqual([]);
  });
});

describe('problems put right, told in another section than the problems found', () => {
  it('flags done and still-open parts that exceed the problems found', () => {
    expect(sums(draft('全年开展执法检查6次。', '对照考核指标逐项检视，共查摆问题9项。', '一是健全制度；二是加强培训。截至目前，已整改到位7项，正在整改3项。'))).toEqual([['9项', 'hint']]);
    expect(sums(draft('全年开展执法检查6次。', '法治督察反馈问题12个。', '现已完成整改10个，尚未整改3个。'))).toEqual([['12个', 'hint']]);
  });
  it('stays silent when they add up, and when another count in their unit stands between', () => {
    expect(sums(draft('全年开展执法检查6次。', '对照考核指标逐项检视，共查摆问题9项。', '一是健全制度；二是加强培训。截至目前，已整改到位6项，正在整改3项。'))).toEqual([]);
    expect(sums(draft('全年开展执法检查6次。', '法治督察反馈问题12个。', '新建制度5个。现已完成整改10个，尚未整改3个。'))).toEqual([]);
  });
});

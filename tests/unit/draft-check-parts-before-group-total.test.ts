import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';

const compiled = loadCompiled();
const draft = (body: string) => `某县自然资源局2025年法治政府建设年度报告\n2025年，我局扎实推进法治政府建设。现将有关情况报告如下。\n一、主要举措和成效\n${body}\n二、存在的不足\n基层力量薄弱。\n三、下一年度主要安排\n下一步，我局将持续用力。\n某县自然资源局\n2026年1月20日\n`;
/** Number-mismatch findings, however the reader names its rule. */
const sums = (body: string) =>
  checkDraft(draft(body), compiled, { year: 2025 }).findings
    .filter((f) => f.rule.startsWith('consistency-') && /\d/u.test(f.text) && f.rule !== 'consistency-rate')
    .map((f) => f.level);

describe('parts listed before the total of the group they make', () => {
  it('flags a group total (队伍, 总数) that the listed parts do not make', () => {
    expect(sums('全年选聘法律顾问4名、配备公职律师6名，法律顾问队伍共12名。')).toEqual(['hint']);
    expect(sums('本单位有专职调解员5名和兼职调解员9名，调解员总数为15名。')).toEqual(['hint']);
    expect(sums('执法大队设执法中队长3名、执法队员21名，执法队伍合计25名。')).toEqual(['hint']);
  });
  it('flags a bare total after parts with long act words, joined by 、 or 和', () => {
    expect(sums('全年组织召开党组理论学习中心组学法会议6次、邀请专家开展法治专题讲座4次，共计11次。')).toEqual(['hint']);
    expect(sums('审查政府采购和工程建设合同35份和其他各类经济合同12份，合计46份。')).toEqual(['hint']);
  });
  it('flags a group total one clause after the parts', () => {
    expect(sums('聘请法律顾问2名、公职律师5名，全程参与重大行政决策合法性审查，法律顾问队伍共8名。')).toEqual(['hint']);
  });
});

describe('totals that are not the sum of the listed parts', () => {
  it('stays silent when the parts make the total', () => {
    expect(sums('全年选聘法律顾问4名、配备公职律师6名，法律顾问队伍共10名。')).toEqual([]);
    expect(sums('全年组织召开党组理论学习中心组学法会议6次、邀请专家开展法治专题讲座4次，共计10次。')).toEqual([]);
  });
  it('stays silent when the total counts another act or another group', () => {
    expect(sums('聘请法律顾问4名、公职律师6名，参与合法性审查共15次。')).toEqual([]);
    expect(sums('聘请法律顾问4名、公职律师6名，全局执法人员队伍共48名。')).toEqual([]);
    expect(sums('选聘法律顾问4名、公职律师6名，开展法治培训共12名。')).toEqual([]);
  });
  it('stays silent on a stock against new ones, another period, or parts of an earlier total', () => {
    expect(sums('本年新增法律顾问2名、公职律师3名，法律顾问队伍共14名。')).toEqual([]);
    expect(sums('本年聘请法律顾问2名、公职律师3名，现有法律顾问队伍共14名。')).toEqual([]);
    expect(sums('本年聘请法律顾问2名、公职律师3名，近三年法律顾问队伍累计共14名。')).toEqual([]);
    expect(sums('新聘法律顾问2名、解聘1名，法律顾问总数由9名增至10名。')).toEqual([]);
    expect(sums('法治工作力量不断充实，其中法律顾问2名、公职律师3名，法律顾问队伍共9名。')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';

const compiled = loadCompiled();
const draft = (opening: string, body: string, title = '某县司法局2024年法治政府建设年度报告') =>
  `${title}\n2024年，我局扎实推进法治政府建设。${opening}现将有关情况报告如下。\n一、主要举措和成效\n${body}\n二、存在的不足\n基层力量薄弱。\n三、下一步工作打算\n下一步，我局将持续用力。\n某县司法局\n2025年2月1日\n`;
const found = (text: string, rule: string) => checkDraft(text, compiled, { year: 2024 }).findings.filter((f) => f.rule === rule).map((f) => [f.text, f.level]);
const sums = (opening: string, body: string) => found(draft(opening, body), 'consistency-parts-sum');

describe('a full-coverage claim over more or fewer units than the draft says there are', () => {
  it('flags N units covered against a stock of another number', () => {
    expect(sums('全县辖22个乡镇。', '选派公职律师联系乡镇，实现25个乡镇全覆盖。')).toEqual([['实现25个乡镇全覆盖', 'hint']]);
    expect(sums('辖区共14个行政村。', '聘请法律顾问，实现13个村全覆盖。')).toEqual([['实现13个村全覆盖', 'hint']]);
    expect(sums('全街道共有9个社区。', '“一社区一法律顾问”覆盖全部8个社区。')).toEqual([['覆盖全部8个社区', 'hint']]);
    expect(sums('我镇下辖31个行政村（社区）。', '公共法律服务工作室在30个行政村（社区）实现全覆盖，')).toEqual([]);
    // The restated-stock reader already reads 现有…40个 … 44个 as one group: one finding, not two.
    const both = draft('我镇现有村民小组40个。', '网格员配备达到44个村民小组全覆盖。');
    expect([...found(both, 'consistency-parts-sum'), ...found(both, 'consistency-summary-total')]).toHaveLength(1);
  });
  it('stays silent when the numbers agree, the noun differs, or the count is a place some work was done in', () => {
    expect(sums('全县辖22个乡镇。', '选派公职律师联系乡镇，实现22个乡镇全覆盖。')).toEqual([]);
    expect(sums('全县辖22个乡镇。', '实现18个社区全覆盖。')).toEqual([]);
    expect(sums('全县辖22个乡镇。', '在6个乡镇全覆盖推行说理式执法。')).toEqual([]);
    expect(sums('辖区共14个行政村。', '聘请法律顾问，实现14个村全覆盖。')).toEqual([]);
    expect(sums('', '实现25个乡镇全覆盖。')).toEqual([]);
  });
});

describe('a change from one figure to another that its own stated step does not give', () => {
  it('flags the end figure when start and step do not reach it', () => {
    expect(sums('', '本年度新增法律顾问3名，总数由9名增至13名。')).toEqual([['增至13名', 'hint']]);
    expect(sums('', '证明事项由46项压减至30项，减少14项。')).toEqual([['压减至30项', 'hint']]);
    expect(sums('', '全局持证执法人员由210名增加到230名，新增25名。')).toEqual([['增加到230名', 'hint']]);
  });
  it('stays silent when the step agrees, or steps another thing, or there are two steps', () => {
    expect(sums('', '本年度新增法律顾问3名，总数由9名增至12名。')).toEqual([]);
    expect(sums('', '证明事项由46项压减至32项，减少14项。')).toEqual([]);
    expect(sums('', '新增公职律师2名，法律顾问由9名增至13名。')).toEqual([]);
    expect(sums('', '新增执法人员12名、调出5名，总数由80名增加到87名。')).toEqual([]);
    expect(sums('', '行政许可事项由120项减少到98项，网上可办率提高到95%。')).toEqual([]);
  });
});

describe('a completion rate against counts whose done part is written with 已', () => {
  const rates = (body: string) => found(draft('', body), 'consistency-rate');
  it('flags 已完成 and 已办结 against the rate', () => {
    expect(rates('列入年度计划的立法调研项目8项，已完成6项，完成率100%。')).toEqual([['完成率100%', 'hint']]);
    expect(rates('受理政府信息公开申请40件，已办结36件，办结率100%。')).toEqual([['办结率100%', 'hint']]);
  });
  it('stays silent when the rate is right', () => {
    expect(rates('列入年度计划的立法调研项目8项，已完成6项，完成率75%。')).toEqual([]);
    expect(rates('受理政府信息公开申请40件，已办结40件，办结率100%。')).toEqual([]);
  });
});

describe('the title’s own place between the act and the number is where, not what was counted', () => {
  it('does not pair two counts of different people because both were organised in the same city', () => {
    const text = draft('组织86名领导干部参加年度学法考试，', '组织某县12名下属单位负责人开展集中述法；86名领导干部参加年度学法考试，合格率100%。', '某县司法局2024年法治政府建设年度报告');
    expect(found(text, 'consistency-summary-total')).toEqual([]);
  });
});

describe('a review count split into files passed as drafted and files passed after changes', () => {
  it('flags the split that does not add up to the files reviewed', () => {
    expect(sums('', '全年合法性审核行政规范性文件30件，其中直接出台18件、按审核意见修改后出台9件。')).toEqual([['30件', 'hint']]);
    expect(sums('', '审查重大行政决策事项15件，其中修改完善后通过8件、直接通过9件。')).toEqual([['15件', 'hint']]);
  });
  it('stays silent when the split adds up, or one part only is named', () => {
    expect(sums('', '全年合法性审核行政规范性文件30件，其中直接出台18件、按审核意见修改后出台12件。')).toEqual([]);
    expect(sums('', '全年合法性审核行政规范性文件30件，其中提出修改意见21件、涉企文件9件。')).toEqual([]);
    expect(sums('', '全年合法性审核行政规范性文件30件，其中直接出台18件。')).toEqual([]);
  });
});

describe('one body of people named in full, then referred back to in its short name', () => {
  const restated = (body: string) => found(draft('', body), 'consistency-summary-total');
  it('flags the set a later remark picks from when its number differs', () => {
    expect(restated('全县持有执法证件的人员共516名，均参加了年度轮训。\n在538名持证执法人员中，具有法律专业背景的不足一半。')).toHaveLength(1);
  });
  it('stays silent when the numbers agree, or the later people are another body', () => {
    expect(restated('全县持有执法证件的人员共516名，均参加了年度轮训。\n在516名持证执法人员中，具有法律专业背景的不足一半。')).toEqual([]);
    expect(restated('全县持有执法证件的人员共516名，均参加了年度轮训。\n在38名法制审核人员中，具有法律职业资格的21名。')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';

const compiled = loadCompiled();
/** A 2025 annual report with its body, problems and plans sections. */
const report = (body: string, problems = '一是基层执法力量薄弱。', plans = '一是持续加强执法队伍建设。') =>
  `某县农业农村局2025年度法治政府建设情况报告\n2025年，我局扎实推进法治政府建设，现将有关情况报告如下。\n一、主要举措和成效\n${body}\n二、存在的不足和原因\n${problems}\n三、2026年主要工作安排\n${plans}\n某县农业农村局\n2026年2月1日\n`;
const restated = (text: string) =>
  checkDraft(text, compiled, { year: 2025 }).findings.filter((f) => f.rule === 'consistency-summary-total').map((f) => [f.text, f.level]);

describe('a group counted twice with its noun after the number', () => {
  it('flags the problems section or the plans naming the body group with another number', () => {
    expect(restated(report('聘请5名公职律师参与合同审查，出具法律意见31条。', '一是6名公职律师参与合同审查的深度仍不够。'))).toEqual([['6名公职律师参与合同审查', 'hint']]);
    expect(restated(report('组织12名乡镇主要负责人现场述法，评议结果纳入考核。', undefined, '一是在总结10名乡镇主要负责人现场述法经验的基础上完善评议办法。'))).toEqual([['10名乡镇主要负责人现场述法', 'hint']]);
    expect(restated(report('对41项涉企许可事项推行容缺受理，办理时限压缩一半。', undefined, '一是在已推行容缺受理的44项涉企许可事项基础上扩大覆盖面。'))).toEqual([['44项涉企许可事项', 'hint']]);
  });
  it('stays silent on two acts on one noun in the body, other doers, and new steps in the plans', () => {
    expect(restated(report('对5项重大行政决策组织专家论证。\n全年9项重大行政决策事项均履行了法定程序。'))).toEqual([]);
    expect(restated(report('抽调6名执法人员组成检查组。\n对8名执法人员进行执法资格复训。'))).toEqual([]);
    expect(restated(report('聘请5名公职律师参与合同审查。', undefined, '一是新增3名公职律师参与合同审查。'))).toEqual([]);
    expect(restated(report('聘请5名公职律师参与合同审查。', undefined, '一是力争在8名公职律师参与合同审查的基础上形成工作机制。'))).toEqual([]);
  });
});

describe('上述 pointing at the count just told in its own sentence', () => {
  it('flags another number', () => {
    expect(restated(report('全年制定行政规范性文件6件，上述7件文件均经合法性审核。'))).toEqual([['7件文件', 'hint']]);
  });
  it('stays silent when it agrees, or adds up the counts before it', () => {
    expect(restated(report('全年制定行政规范性文件6件，上述6件文件均经合法性审核。'))).toEqual([]);
    expect(restated(report('制定行政规范性文件6件、修订4件，上述10件文件均经合法性审核。'))).toEqual([]);
  });
});

describe('the year\'s count looked at as one (从N件…看)', () => {
  it('flags another number', () => {
    expect(restated(report('全年办理行政诉讼案件19件，败诉2件。', '一是从23件行政诉讼案件看，执法程序问题仍较突出。'))).toEqual([['23件行政诉讼案件', 'hint']]);
  });
  it('stays silent when it agrees', () => {
    expect(restated(report('全年办理行政诉讼案件19件，败诉2件。', '一是从19件行政诉讼案件看，执法程序问题仍较突出。'))).toEqual([]);
  });
});

describe('a rate the plans stand on', () => {
  it('flags another value than the body\'s', () => {
    expect(restated(report('执法案卷评查合格率达到97.5%。', undefined, '一是在案卷评查合格率95.2%的基础上进一步提升。'))).toEqual([['案卷评查合格率95.2%', 'hint']]);
  });
  it('stays silent on a target or an agreeing base', () => {
    expect(restated(report('执法案卷评查合格率达到97.5%。', undefined, '一是力争案卷评查合格率达到99%。'))).toEqual([]);
    expect(restated(report('执法案卷评查合格率达到97.5%。', undefined, '一是在案卷评查合格率97.5%的基础上进一步提升。'))).toEqual([]);
  });
});

describe('the year summed up in the problems or plans in a near word', () => {
  it('flags a granted count or a base that differs from the body\'s only count', () => {
    expect(restated(report('局党组会前学法7次，推动干部在学法平台完成必修课程。', '一是全年虽集体学法9次，但学用结合不够。'))).toEqual([['9次', 'hint']]);
    expect(restated(report('局党组会前学法7次，推动干部在学法平台完成必修课程。', undefined, '一是在本年度集中学法5次的基础上继续巩固。'))).toEqual([['5次', 'hint']]);
  });
  it('stays silent on two body counts of the act, on agreement, and on a target', () => {
    expect(restated(report('局党组专题学法2次。\n组织班子成员集中学法4次，学法情况纳入考核。'))).toEqual([]);
    expect(restated(report('局党组专题学法3次。\n班子成员会前学法5次。', '一是全年虽集体学法8次，但学用结合不够。'))).toEqual([]);
    expect(restated(report('局党组会前学法7次。', '一是全年虽集体学法7次，但学用结合不够。'))).toEqual([]);
    expect(restated(report('局党组会前学法7次。', undefined, '一是全年集体学法不少于10次。'))).toEqual([]);
  });
});

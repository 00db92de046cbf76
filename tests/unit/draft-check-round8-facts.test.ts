/**
 * Issue 25, round 8 (facts: dates, documents, layout): general catches and precision fixes built while
 * studying the v1 to v7 sets (all development data now). Each case is a shape of text made up for the
 * test, not an item of any set.
 */
import { describe, expect, it } from 'vitest';
import { check, textsByRule } from './helpers/draft-check.ts';
const speaker = (text: string, year = 2026) => check(text, year).filter((f) => !f.rule.startsWith('structure-')).map((f) => f.rule);

describe('a sub-list straight under a heading (heading-numbering precision)', () => {
  const numbering = (text: string) => check(text).filter((f) => f.rule === 'numbering-level-jump').map((f) => f.text);
  it('accepts （1） or 1. under 一、 when the section does not use （一）', () => {
    expect(numbering('一、主要做法\n（1）研究法治建设3次。\n（2）作出行政决定12件。\n二、存在的问题\n兼职多。')).toEqual([]);
    expect(numbering('一、主要举措\n（一）依法决策。\n（二）执法监督。\n二、下一步安排\n1.加强审查。\n2.推进执法。')).toEqual([]);
  });
  it('reports 1. under 一、 when the same section goes on with （一）', () => {
    expect(numbering('一、主要举措\n1.带头学法。\n（一）完善制度\n1.集中学习。')).toEqual(['1.']);
  });
});

describe('expired documents (expired-document-as-guidance)', () => {
  it('reads a plan named with a year inside its period, or followed by 以来, as history', () => {
    const old = '《法治政府建设实施纲要（2015—2020年）》';
    expect(textsByRule('expired-document-superseded', `自2016年实施${old}以来，我区依法行政水平逐年提升。`, 2024)).toEqual([]);
    expect(textsByRule('expired-document-superseded', `贯彻${old}以来，我区建成示范区。`, 2024)).toEqual([]);
    expect(textsByRule('expired-document-superseded', `区政府深入贯彻落实${old}，推进法治政府建设。`, 2024)).toHaveLength(1);
  });
  it('reads a bare plan title with any dash in its period', () => {
    const ended = (text: string) => textsByRule('expired-document-period-ended', text, 2026);
    expect(ended('围绕法治社会建设实施纲要（2020-2025年）目标任务推进工作。')).toHaveLength(1);
    expect(ended('对照2020至2025年法治社会建设实施纲要推进工作。')).toHaveLength(1);
    expect(ended('法治社会建设实施纲要（2020～2025年）圆满收官。')).toEqual([]);
  });
  it('reports the text before a revision cited as the basis, without its year', () => {
    expect(textsByRule('expired-document-number', '依照修订前的《中华人民共和国行政复议法》办理复议案件。', 2025)).toEqual(['依照修订前的《中华人民共和国行政复议法》']);
    expect(textsByRule('expired-document-number', '与修订前的《中华人民共和国行政复议法》相比，受案范围扩大。', 2025)).toEqual([]);
    // Before the revised text took effect (2024), the earlier text was the one in force.
    expect(textsByRule('expired-document-number', '依照修订前的《中华人民共和国行政复议法》办理复议案件。', 2023)).toEqual([]);
  });
  it('knows an earlier 普法 plan by its longer names, and the finding speaks as the expired plan, not as 法制', () => {
    const f = check('（一）深入实施“六五”法制宣传教育规划，组织活动68场。', 2024).filter((x) => !x.rule.startsWith('structure-'));
    expect(f.map((x) => [x.rule, x.text])).toEqual([['expired-document-superseded', '深入实施“六五”法制宣传教育规划']]);
    expect(textsByRule('expired-document-superseded', '按照“六五”法治宣传教育规划部署开展普法。', 2024)).toHaveLength(1);
    expect(textsByRule('expired-document-superseded', '我县普法从“六五”时期的法制宣传教育，到“七五”时期的法治宣传教育。', 2024)).toEqual([]);
  });
});

describe('the year of a plan named by its ordinal (year-contradiction)', () => {
  const plan = (text: string, year: number) => textsByRule('consistency-plan-year', text, year);
  it('reports 实施第N年 that is not the plan start + N − 1', () => {
    expect(plan('今年是“八五”普法规划实施第四年，统筹推进普法工作。', 2025)).toHaveLength(1);
    expect(plan('今年是“八五”普法规划实施第四年，统筹推进普法工作。', 2024)).toEqual([]);
    expect(plan('2025年是“十四五”规划实施第五年。', 2025)).toEqual([]);
    expect(plan('2026年是“十四五”规划的第三年。', 2026)).toHaveLength(1);
  });
  it('reads 回顾 an earlier year as history when the sentence names the report year too', () => {
    expect(textsByRule('consistency-current-year', '回顾2025年，全市按期完成三年行动计划各项任务；2026年起持续巩固成果。', 2026)).toEqual([]);
    expect(textsByRule('consistency-current-year', '回顾2025年，全市依法行政水平提升。', 2026)).toEqual(['2025']);
  });
  it('keeps the findings of other kinds off these sentences', () => {
    expect(speaker('2024年是“八五”普法规划实施第四年。', 2024)).toEqual([]);
  });
});

describe('rates and changes the counts contradict (number-mismatch)', () => {
  const rate = (text: string, year = 2026) => textsByRule('consistency-rate', text, year);
  it('computes a rate from what is left (N个…中仍有M个未…)', () => {
    expect(rate('全年14个检查项目中仍有4个项目未完成整改，整改率为80%。')).toEqual(['整改率为80%']);
    expect(rate('全年14个检查项目中仍有4个项目未完成整改，整改率为71.4%。')).toEqual([]);
    expect(rate('全年14个检查项目中已有12个项目完成整改，整改率为85.7%。')).toEqual([]);
    expect(rate('全年14个检查项目中已有12个项目完成整改，整改率为90%。')).toEqual(['整改率为90%']);
  });
  it('compares a rate with counts given once in another sentence, unless its own sentence has a count', () => {
    const counts = '一、矛盾化解\n全年共调处矛盾纠纷180件，调解成功171件。\n二、下一步\n';
    expect(rate(`${counts}调解成功率力争达到98%以上，较今年的93%进一步提高。`)).toEqual(['93%']);
    expect(rate(`${counts}调解成功率力争达到98%以上，较今年的95%进一步提高。`)).toEqual([]);
    expect(rate(`全镇共调处矛盾纠纷171件，调解成功率93%。\n${counts}`)).toEqual([]);
    // The rate's name may be the end of the counted words (负责人出庭应诉率, 行政机关负责人出庭应诉N件).
    const court = '一、行政应诉\n全年开庭审理行政诉讼案件24件，行政机关负责人出庭应诉21件。\n';
    expect(rate(`全县负责人出庭应诉率100%。\n${court}`)).toEqual(['100%']);
    expect(rate(`全县负责人出庭应诉率87.5%。\n${court}`)).toEqual([]);
    // A target alone is no value counted.
    expect(rate(`${counts}调解成功率力争达到98%以上。`)).toEqual([]);
  });
  it('knows a rate by the act its count names (已整改到位 for 整改率, 审结 for 结案率)', () => {
    expect(rate('共排查问题40个，已整改到位36个，整改率95%。')).toEqual(['整改率95%']);
    expect(rate('共排查问题40个，已整改到位36个，整改率90%。')).toEqual([]);
    expect(rate('全年受理行政复议案件150件，审结141件，结案率90%。')).toEqual(['结案率90%']);
    expect(rate('全年受理行政复议案件150件，审结141件，结案率94%。')).toEqual([]);
  });
  it('compares changes in percentage points only with percentage points', () => {
    expect(rate('全市行政诉讼败诉率同比下降4.1个百分点。\n全市行政诉讼败诉率同比下降1.4个百分点。')).toEqual(['同比下降1.4个百分点']);
    expect(rate('全市行政诉讼败诉率同比下降4.1%。\n全市行政诉讼败诉率同比下降1.4个百分点。')).toEqual([]);
  });
  it('reports a change on the year restated for the same measure with another value', () => {
    expect(rate('全县行政处罚案件总量同比下降12%。\n全县行政处罚案件总量在同比下降15%的基础上继续压减。')).toEqual(['同比下降15%']);
    expect(rate('全县行政处罚案件总量同比下降12%。\n全县行政复议案件同比下降15%。')).toEqual([]);
    expect(rate('全县行政处罚案件总量同比下降12%。\n全县行政处罚案件总量同比增长15%。')).toEqual([]);
  });
  it('reads the measure after a count of whom the work was for (为N名劳动者追讨欠薪)', () => {
    const total = (a: string, b: string) => textsByRule('consistency-summary-total', ['某局2026年法治政府建设年度报告', a, '一、主要举措', b].join('\n'));
    expect(total('2026年，全年为农民工讨回工资1850万元。', '全年立案42件，为906名农民工讨回工资1580万元。')).toEqual(['1580万元']);
    expect(total('2026年，全年为农民工讨回工资1850万元。', '全年立案42件，为906名农民工讨回工资1850万元。')).toEqual([]);
  });
});

describe('a part larger than its whole (number-mismatch)', () => {
  const parts = (text: string) => textsByRule('consistency-parts-sum', text);
  it('reports a 其中 part or an 中…有 part larger than the whole, in the same unit', () => {
    expect(parts('共办理行政许可事项64件，其中即办件71件。')).toEqual(['71件']);
    expect(parts('全镇14个村（社区）中，已有15个建成法治文化阵地。')).toEqual(['15个']);
    expect(parts('共办理行政许可事项64件，其中即办件41件。')).toEqual([]);
    expect(parts('共培训执法人员96名，其中参训310人次。')).toEqual([]);
  });
  it('leaves a later stage alone: it may include cases carried over', () => {
    expect(parts('全年受理行政复议案件45件，审结48件。')).toEqual([]);
  });
});

describe('the same rate stated twice with two values (number-mismatch)', () => {
  const rate = (a: string, b: string) => textsByRule('consistency-rate', ['某县2026年法治政府建设年度报告', a, '一、主要举措', b].join('\n'));
  it('reports a rate restated with another value for the same scope', () => {
    expect(rate('2026年，全县行政复议直接纠错率8.5%。', '全年行政复议直接纠错率为9.5%。')).toEqual(['行政复议直接纠错率为9.5%']);
    expect(rate('2026年，全县行政复议直接纠错率8.5%。', '全年行政复议直接纠错率为8.5%，同比下降2个百分点。')).toEqual([]);
  });
  it('leaves another year, a target and another scope alone', () => {
    expect(rate('2026年，全县行政复议直接纠错率8.5%。', '2025年行政复议直接纠错率为9.5%。')).toEqual([]);
    expect(rate('2026年，全县行政复议直接纠错率8.5%。', '力争行政复议直接纠错率保持在9.5%以下。')).toEqual([]);
    expect(rate('2026年，全县行政复议直接纠错率8.5%。', '我局行政复议直接纠错率为9.5%。')).toEqual([]);
  });
});

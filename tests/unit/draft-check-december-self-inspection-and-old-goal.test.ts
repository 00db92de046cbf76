// Round 43 (issue 25): a self-inspection signed in December of the year it checks answers a year-end 考核 or 督察
// notice and is left silent (requirements.md C: no central document fixes its timing); and the old 2015—2020 goal
// aimed at in a plan (力争到2020年基本建成法治政府) is outdated wording, reported once.
import { describe, expect, it } from 'vitest';
import { byRule, check, kindOf, rulesIn } from './helpers/draft-check.ts';

const RULE = 'consistency-signoff-before-year-end';
const selfInspection = (opening: string, date: string) =>
  `某区农业农村局2026年度法治建设工作自查报告\n${opening}\n一、基本情况\n全年办理行政许可120件。\n二、存在的问题\n执法力量不足。\n\n某区农业农村局\n${date}`;

describe('the 落款 of a self-inspection signed in December of its year', () => {
  it('stays silent for a self-inspection answering a year-end notice', () => {
    for (const opening of [
      '根据区委依法治区办关于开展2026年度法治建设考核的通知，我局组织专门力量开展了自查。',
      '按照2026年度法治政府建设督察工作安排，我局对照评分细则逐项自查。',
      '为迎接年终考评，我局对照考评指标开展自查自评，现将情况报告如下。',
    ]) expect(byRule(RULE, selfInspection(opening, '2026年12月18日'), 2026, 'self-inspection-report'), opening).toEqual([]);
  });
  it('still hints when the report says it checks the whole year or counts up to its last day', () => {
    const whole = selfInspection('按照县委部署，我局对2026年全年法治建设工作进行了自查。', '2026年12月9日');
    expect(byRule(RULE, whole, 2026, 'self-inspection-report').map((f) => f.text)).toEqual(['2026年12月9日']);
    const year = selfInspection('根据县委依法治县办通知，我局对2026年度法治建设情况开展了自查。', '2026年12月9日');
    expect(byRule(RULE, year, 2026, 'self-inspection-report').map((f) => f.text)).toEqual(['2026年12月9日']);
    const yardstick = selfInspection('我局对照2026年度法治建设考核评分细则开展了自查。', '2026年12月9日');
    expect(byRule(RULE, yardstick, 2026, 'self-inspection-report')).toEqual([]);
    const cutOff = selfInspection('本次自查数据截至2026年12月31日，现将情况报告如下。', '2026年12月21日');
    expect(byRule(RULE, cutOff, 2026, 'self-inspection-report').map((f) => f.text)).toEqual(['2026年12月21日']);
  });
  it('still hints on a self-inspection signed months before the year ends, and on a 述法报告 signed in December', () => {
    const early = selfInspection('根据上级通知，我局开展了年度自查。', '2026年10月12日');
    expect(byRule(RULE, early, 2026, 'self-inspection-report').map((f) => f.text)).toEqual(['2026年10月12日']);
    const shufa = '某区司法局局长2026年度述法报告\n一、履职情况\n正文。\n\n述法人：王明\n2026年12月18日';
    expect(byRule(RULE, shufa, 2026, 'shufa-report').map((f) => f.text)).toEqual(['2026年12月18日']);
  });
});

describe('the old 2015—2020 goal aimed at in a plan', () => {
  const plan = (line: string) => `某县2025年法治政府建设年度报告\n一、主要举措和成效\n正文。\n二、2026年工作安排\n${line}\n\n某县人民政府\n2026年2月1日`;
  it('is outdated wording, one finding', () => {
    for (const line of ['一是深化执法改革。二是力争到2020年基本建成法治政府。', '下一步，我们将努力到2020年基本建成法治政府。', '确保到2020年基本建成法治政府，推进严格执法。']) {
      const hits = check(plan(line), 2025).filter((f) => rulesIn(f).some((r) => kindOf.get(r) === 'outdated-wording'));
      expect(hits.length, line).toBe(1);
      expect(check(plan(line), 2025).filter((f) => kindOf.get(f.rule) === 'year-contradiction'), line).toEqual([]);
    }
  });
  it('stays silent when the goal is recalled as met', () => {
    const text = '某县2024年法治政府建设年度报告\n一、主要举措和成效\n2016年以来，我县力争到2020年基本建成法治政府，如期实现了目标。\n\n某县人民政府\n2025年2月1日';
    expect(check(text, 2024).filter((f) => rulesIn(f).some((r) => kindOf.get(r) === 'outdated-wording'))).toEqual([]);
  });
});

describe('a year given a plan label with 作为', () => {
  const annual = (sentence: string) => `某区关于2025年度法治政府建设情况的报告\n2025年，区政府统筹推进各项工作，${sentence}\n一、主要举措和成效\n正文。\n\n某区人民政府\n2026年2月20日`;
  it('flags another year made the plan’s closing year', () => {
    expect(byRule('consistency-plan-year', annual('2024年作为《法治政府建设实施纲要（2021—2025年）》的收官之年，各项任务全面完成。'), 2025).length).toBe(1);
  });
  it('stays silent on the right year, and on 作为 with a subject that is not a year', () => {
    expect(byRule('consistency-plan-year', annual('2025年作为《法治政府建设实施纲要（2021—2025年）》的收官之年，各项任务全面完成。'), 2025)).toEqual([]);
    expect(byRule('consistency-plan-year', annual('区政府作为《法治政府建设实施纲要（2021—2025年）》收官之年的责任主体，全面完成任务。'), 2025)).toEqual([]);
  });
});

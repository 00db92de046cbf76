/**
 * Round 39: (1) a self-inspection that states the period it covers in its body (本次自查范围为…1月至9月工作, 自查时段为…,
 * 本次自查截至…) may be signed once that period is over: consistency-signoff-before-year-end stays silent; a year report
 * and a self-inspection on the whole year signed before the year ends stay hinted. (2) A law's milestone dated before
 * its name (今年施行的新修订《行政复议法》 in a 2025 report) is checked against the source's year like …施行之年.
 * (3) A sentence on the year's work opened by a month of the next year (2026年1月以来，… in a report on 2025) is hinted
 * as 2026年以来 is; a month of the year before (2024年6月以来) runs into the reported year and stays silent.
 * Sentences are written for these tests, not taken from the evaluation sets.
 */
import { describe, expect, it } from 'vitest';
import { byRule } from './helpers/draft-check.ts';
import { statedScopeEndMonth } from '../../src/shared/draft-check/covered-period.ts';

const SIGNOFF = 'consistency-signoff-before-year-end';
const report = (title: string, body: string, signed: string) =>
  `${title}\n今年以来，我单位深入学习贯彻习近平法治思想，现将有关情况报告如下。\n一、主要做法\n今年以来办理行政复议答复9件，开展执法案卷评查3次。\n二、存在的问题\n执法人员培训不够系统。${body}\n三、下一步措施\n持续加强执法队伍建设。\n某县水利局\n${signed}`;
const selfTitle = '某县水利局2025年法治建设工作自查报告';

describe('a self-inspection that states its covered period in the body', () => {
  const stated: [string, string][] = [
    ['本次自查范围为2025年1月至8月工作。', '2025年9月16日'],
    ['自查时段为今年1—10月。', '2025年11月3日'],
    ['本次自查的时间段为2025年1月1日至2025年9月30日。', '2025年10月9日'],
    ['本次自查截至2025年10月31日。', '2025年11月20日'],
    ['本报告数据统计截至10月底。', '2025年11月6日'],
    ['本次自查涵盖今年前三季度。', '2025年10月27日'],
  ];
  it.each(stated)('silent: %s (落款 %s)', (body, signed) => {
    expect(byRule(SIGNOFF, report(selfTitle, body, signed), 2025, 'self-inspection-report')).toEqual([]);
  });

  const hinted: [string, string, string, 'self-inspection-report' | 'shufa-report'][] = [
    // No stated period: a whole-year self-inspection signed in October.
    [selfTitle, '全年工作已全部完成。', '2025年10月20日', 'self-inspection-report'],
    // Signed before the stated period is over.
    [selfTitle, '本次自查范围为2025年1月至10月工作。', '2025年10月12日', 'self-inspection-report'],
    // 自查期间 dates nothing; a cut-off on a stock is not the report's period.
    [selfTitle, '自查期间，组织12个科室开展自评。截至10月底，全局已配备公职律师3名。', '2025年11月10日', 'self-inspection-report'],
    // A year report keeps the hint whatever its body says.
    ['某县水利局局长2025年度述法报告', '本报告数据统计截至10月底。', '2025年11月6日', 'shufa-report'],
  ];
  it.each(hinted)('hinted: %s / %s (落款 %s)', (title, body, signed, type) => {
    expect(byRule(SIGNOFF, report(title, body, signed), 2025, type).length).toBeGreaterThan(0);
  });

  it('reads only the report year and months before December', () => {
    expect(statedScopeEndMonth('本次自查范围为2025年1月至9月工作。', 2025)).toBe(9);
    expect(statedScopeEndMonth('本次自查范围为2024年1月至9月工作。', 2025)).toBeNull();
    expect(statedScopeEndMonth('本次自查时段为2025年1月至12月。', 2025)).toBeNull();
    expect(statedScopeEndMonth('自查期间，组织9个科室开展自评。', 2025)).toBeNull();
  });
});

describe('a law milestone dated before the law name', () => {
  const RULE = 'consistency-plan-year';
  const doc = (sentence: string) => `某县司法局2025年度法治建设工作自查报告\n2025年，我局扎实推进法治建设。\n一、主要做法\n${sentence}\n二、存在的问题\n培训不够系统。\n某县司法局\n2026年1月20日`;
  const wrong = [
    '今年施行的新修订《中华人民共和国行政复议法》全面落地，复议案件有序办理。',
    '围绕本年度正式施行的新修订行政复议法，组织专题培训2场。',
    '对照2025年1月1日起实施的新修订的《行政复议法》，梳理办案流程。',
  ];
  it.each(wrong)('hinted: %s', (s) => {
    expect(byRule(RULE, doc(s), 2025, 'self-inspection-report').length).toBeGreaterThan(0);
  });
  const right = [
    '2024年1月1日起施行的新修订《行政复议法》已全面落地。',
    '2023年修订通过的行政复议法明确了复议前置情形。',
    '围绕新修订行政复议法，组织专题培训2场。',
    // The bare name may mean its first text.
    '今年施行的《行政复议法》有关规定得到落实。',
  ];
  it.each(right)('silent: %s', (s) => {
    expect(byRule(RULE, doc(s), 2025, 'self-inspection-report')).toEqual([]);
  });
});

describe('a sentence opened by a month of a later year', () => {
  const RULE = 'consistency-current-year';
  const doc = (sentence: string) => `某区司法局局长2025年度述法报告\n2025年，本人认真履行推进法治建设第一责任人职责。现将有关情况报告如下：\n一、履职情况\n全年主持召开专题会议6次。${sentence}\n二、存在的不足\n依法办事意识有待增强。\n三、下一步打算\n今后将持续深化法治宣传教育。\n述法人：某区司法局局长\n2026年2月3日`;
  it.each(['2026年1月以来，本人带头开展旁听庭审活动。', '自2026年2月1日以来，本局组织执法案卷评查2次。'])('hinted: %s', (s) => {
    expect(byRule(RULE, doc(s), 2025, 'shufa-report').length).toBeGreaterThan(0);
  });
  it.each(['2024年6月以来，本人带头开展旁听庭审活动。', '2025年3月以来，本局组织执法案卷评查2次。'])('silent: %s', (s) => {
    expect(byRule(RULE, doc(s), 2025, 'shufa-report')).toEqual([]);
  });
});

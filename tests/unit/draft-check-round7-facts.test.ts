/**
 * Issue 25, round 7 (facts: figures, dates, documents): general catches built while studying the v1 to v6
 * sets (all development data now). Each case is a shape of text made up for the test, not an item of any set.
 */
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import type { ReportKind } from '../../src/shared/draft-check/types.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';

const compiled = loadCompiled();
const check = (text: string, year = 2026, type: ReportKind = 'law-based-government-annual-report') => checkDraft(text, compiled, { year, type }).findings;
const byRule = (rule: string, text: string, year = 2026, type?: ReportKind) =>
  check(text, year, type).filter((f) => [f.rule, ...(f.merged ?? [])].includes(rule)).map((f) => f.text);
const draft = (...lines: string[]) => ['某县2026年法治政府建设年度报告', ...lines, '某县人民政府', '2027年2月10日'].join('\n');

describe('the same measure restated with another number (number-mismatch)', () => {
  const total = (a: string, b: string) => byRule('consistency-summary-total', draft(a, '一、主要举措', b, '二、工作总结', '全年工作有序推进。'));
  it('finds a restatement that leaves out the organ, a modifier or a field, wherever it stands', () => {
    expect(total('2026年，全县市场监管部门减少涉企检查1500余次。', '全年减少涉企检查1050余次。')).toEqual(['1050余次']);
    expect(total('县委常委会会议专题研究法治建设议题5次。', '一年来，县委常委会会议共研究法治建设议题7次。')).toEqual(['7次']);
    expect(total('2026年，我局共办理道路运输行政处罚案件412件。', '全年办理行政处罚案件421件。')).toEqual(['421件']);
    expect(total('2026年，本人出庭应诉3次。', '全年本人出庭应诉2次。')).toEqual(['2次']);
  });
  it('reads a bare verb with the object its sentence named before (收到…申请96件，审结90件)', () => {
    expect(total('2026年，县政府收到行政复议申请120件，审结110件。', '全年共审结行政复议案件101件。')).toEqual(['101件']);
    expect(total('2026年，县政府收到行政复议申请120件，审结110件。', '全年共审结行政诉讼案件101件。')).toEqual([]);
  });
  it('compares a short label only in a sentence that restates another (same figure of the same unit)', () => {
    expect(total('2026年，县政府清理规范性文件75件，废止11件、修改6件。', '全年清理县政府规范性文件75件，废止13件、修改6件。')).toEqual(['13件']);
    expect(total('2026年，县政府清理规范性文件75件，废止11件。', '全年审查合同42件，废止13件。')).toEqual([]);
  });
  it('stays quiet on parts, other subjects, other years, comparisons and changed verbs', () => {
    expect(total('2026年，我局共办理行政处罚案件1186件。', '全年办理简易程序行政处罚案件168件。')).toEqual([]);
    expect(total('2026年，本人出庭应诉3次。', '全县行政机关负责人出庭应诉45次。')).toEqual([]);
    expect(total('2026年，县政府受理行政复议案件96件。', '全年审结行政复议案件90件。')).toEqual([]);
    expect(total('2026年，全县调解矛盾纠纷300件。', '2021年以来累计调解矛盾纠纷1500件。')).toEqual([]);
    expect(total('2026年，全县调解矛盾纠纷300件。', '上年度调解矛盾纠纷280件。')).toEqual([]);
    expect(byRule('consistency-summary-total', draft('一、法律援助', '司法所办理法律援助案件20件。', '二、工作总结', '全年办理法律援助案件56件。'))).toEqual([]);
    expect(byRule('consistency-summary-total', draft('一、依法决策', '全年召开专题会议2次，研究重大决策。', '二、普法', '全年召开专题会议5次，部署普法。'))).toEqual([]);
  });
});

describe('the size of one set stated twice (number-mismatch)', () => {
  const counts = (a: string, b: string) => byRule('consistency-summary-total', draft('一、基本情况', a, '二、主要举措', b));
  it('finds two whole-set counts that differ, or a later count larger than the whole', () => {
    expect(counts('全县共有行政执法主体42个。', '全县40个执法主体全部配备法制审核人员。')).toEqual(['40个']);
    expect(counts('全区共有村（社区）31个。', '全区共有村（社区）30个。')).toEqual(['30个']);
    expect(counts('全镇9个村（社区）全部建立法律顾问制度。', '依托10个村（社区）调解室化解纠纷。')).toEqual(['10个']);
  });
  it('stays quiet on a smaller count without 全部 (a part) and on other sets', () => {
    expect(counts('全镇9个村（社区）全部建立法律顾问制度。', '3个村（社区）获评民主法治示范村。')).toEqual([]);
    expect(counts('全区共有村（社区）31个。', '全区共有执法主体30个。')).toEqual([]);
    expect(counts('全区共有村（社区）31个，其中示范村（社区）4个。', '全部31个村（社区）配备法律顾问。')).toEqual([]);
  });
});

describe('a 合计 closing a 其中 breakdown (number-mismatch)', () => {
  it('sums the breakdown', () => {
    expect(byRule('consistency-parts-sum', '评查案卷300卷。其中优秀案卷120卷，合格案卷170卷，不合格案卷10卷，合计评查案卷310卷。')).toEqual(['310卷']);
    expect(byRule('consistency-parts-sum', '评查案卷300卷。其中优秀案卷120卷，合格案卷170卷，不合格案卷10卷，合计评查案卷300卷。')).toEqual([]);
  });
});

describe('a 自查报告 signed before the reported year is over (signing-date)', () => {
  const self = (signoff: string, title = '某局2026年度法治建设自查报告') => byRule('consistency-signoff-before-year-end', `${title}\n一、自查情况\n全年办理案件12件。\n\n${signoff}`, 2026, 'self-inspection-report');
  it('is a hint from April to December, whatever form the date line takes', () => {
    expect(self('某局\n2026年12月1日')).toEqual(['2026年12月1日']);
    expect(self('某某\n2026年10月8日')).toEqual(['2026年10月8日']);
    expect(self('2026年11月3日')).toEqual(['2026年11月3日']);
    expect(self('某局\n2026 年 7 月 15 日')).toEqual(['2026 年 7 月 15 日']);
    expect(self('某局\n２０２６年９月５日')).toEqual(['２０２６年９月５日']);
    expect(self('某局\n落款日期：2026年12月15日')).toEqual(['2026年12月15日']);
    expect(self('某局\n2026年12月20日', '某局法治建设自查报告')).toEqual(['2026年12月20日']);
  });
  it('stays quiet in the next year and leaves the first quarter to the error rule', () => {
    expect(self('某局\n2027年1月8日')).toEqual([]);
    expect(self('某局\n2026年2月8日')).toEqual([]);
    expect(byRule('consistency-signoff-year', '某局2026年度法治建设自查报告\n一、自查情况\n正文。\n\n某局\n2026年2月8日', 2026, 'self-inspection-report')).toEqual(['2026年2月8日']);
  });
});

/**
 * Round 34: two date families. (1) A report that states its own cut-off in its opening (截至…月…日, 1—10月, 前三季度)
 * may be signed after that cut-off and before the year ends: consistency-signoff-before-year-end stays silent; a
 * whole-year report with no earlier cut-off signed before the year ends is still hinted. (2) Next steps dated to the
 * reported year (2026年，我局将继续…) in a report signed after that year: the plan can only be for the year ahead.
 * Sentences are written for these tests, not taken from the evaluation sets.
 */
import { describe, expect, it } from 'vitest';
import { byRule, ofKind } from './helpers/draft-check.ts';
import { coveredPartEndMonth } from '../../src/shared/draft-check/covered-period.ts';

const selfReport = (opening: string, signed: string, year = 2025) =>
  `某县交通运输局关于${year}年法治建设工作的自查报告\n${opening}\n一、主要做法和成效\n全年办理行政复议答复12件，开展执法案卷评查2次。\n二、存在的问题\n执法人员培训不够系统。\n三、下一步措施\n持续加强执法队伍建设。\n某县交通运输局\n${signed}`;

describe('a report that states its cut-off may be signed before the year ends', () => {
  const RULE = 'consistency-signoff-before-year-end';
  const cutOffs: [string, string][] = [
    ['按照县委依法治县办通知要求，我局对今年以来（截至2025年9月30日）法治建设情况进行了自查，现报告如下。', '2025年10月20日'],
    ['根据市局督察工作安排，现将截至10月底的法治建设工作情况报告如下。', '2025年11月8日'],
    ['按照通知要求，我局对2025年1月1日至10月31日期间的依法行政工作开展了自查。', '2025年11月20日'],
    ['按照考核工作部署，我局对今年1—9月法治建设工作逐项开展自查。', '2025年10月15日'],
    ['按照上级通知，我局对今年前三季度法治建设情况开展了自查自评。', '2025年10月28日'],
    ['按照通知，我局截止到2025年8月31日的法治建设工作自查情况报告如下。', '2025年9月12日'],
  ];
  it.each(cutOffs)('silent: %s (落款 %s)', (opening, signed) => {
    expect(byRule(RULE, selfReport(opening, signed), 2025, 'self-inspection-report')).toEqual([]);
  });

  const wholeYear: [string, string][] = [
    ['2025年，我局深入学习贯彻习近平法治思想，现将全年法治建设工作自查情况报告如下。', '2025年11月15日'],
    // A cut-off that dates a stock, not the report's period, gives no leave.
    ['截至2025年10月底，全局已配备公职律师3名。现将2025年度法治建设工作自查情况报告如下。', '2025年11月10日'],
    // Signed before the stated cut-off is over.
    ['按照通知要求，现将截至2025年10月31日的法治建设工作情况报告如下。', '2025年9月20日'],
  ];
  it.each(wholeYear)('hinted: %s (落款 %s)', (opening, signed) => {
    expect(byRule(RULE, selfReport(opening, signed), 2025, 'self-inspection-report').length).toBeGreaterThan(0);
  });

  it('reads the covered part from the opening only, in the report year', () => {
    expect(coveredPartEndMonth('某局2025年度自查报告\n对2025年1月1日至10月31日期间的工作开展自查。', 2025)).toBe(10);
    expect(coveredPartEndMonth('某局2025年度自查报告\n对2024年1月至10月的工作开展自查。', 2025)).toBeNull();
    expect(coveredPartEndMonth('某局2025年度自查报告\n全年办理案件110件，11—12月开展专项培训。', 2025)).toBeNull();
    expect(coveredPartEndMonth('某局2025年度自查报告\n2025年，全局共办理案件11件，截至12月31日全部办结。', 2025)).toBeNull();
  });
});

describe('next steps dated to the reported year in a report written after it', () => {
  const report = (plans: string, signed: string, year = 2026, type = 'self-inspection-report' as const, heading = '四、下一步工作打算') =>
    `某区市场监督管理局${year}年度法治建设工作自查报告\n一、主要工作情况\n全年办理行政处罚案件86件，开展法治培训4次。\n二、存在的问题\n基层执法力量不足。\n${heading}\n${plans}\n某区市场监督管理局\n${signed}`;

  // Headed 整改措施, 改进举措 or 努力方向 as well as 下一步打算: the next steps of a 自查 report go by several names.
  const slips: [string, string, string?][] = [
    ['2026年，我单位将着力健全合法性审核机制。', '2027年1月12日', '三、努力方向'],
    ['2026年，局党组将持续压实第一责任人职责。', '2027年3月2日', '四、改进举措'],
    ['2026年，我局将继续深化行政执法规范化建设。', '2027年1月18日'],
    ['2026年，区市场监管局将重点抓好以下三项工作：一是健全执法制度；二是加强培训。', '2027年2月3日', '三、整改措施'],
    ['2026年，我们将从以下几个方面着力推进：一是补齐短板；二是强化监督。', '2027年1月9日', '三、改进措施'],
    ['2025年，本局拟开展执法人员轮训两期，实现培训全覆盖。', '2027年1月26日'],
  ];
  it.each(slips)('found as year-contradiction: %s (落款 %s)', (plans, signed, heading) => {
    const kinds = ofKind('year-contradiction', report(plans, signed, 2026, 'self-inspection-report', heading), 2026, 'self-inspection-report');
    expect(kinds.some(([text]) => text === plans.slice(0, 4))).toBe(true);
  });

  const lookAlikes: [string, string, string?][] = [
    // The year ahead.
    ['2027年，我局将继续深化行政执法规范化建设。', '2027年1月18日'],
    // A mid-year self-inspection signed in the year: the rest of the year is still ahead.
    ['2026年，我局将继续深化行政执法规范化建设。', '2026年9月18日'],
    // 将 meaning 把: rectification told as done.
    ['2026年，我局将督察反馈的问题全部整改到位。', '2027年1月18日', '四、反馈问题整改情况'],
    ['2026年，我局将上年度述法反馈的问题逐项销号。', '2027年1月18日', '三、整改措施落实情况'],
    ['2026年，我局将继续推进的执法规范化工作列为重点。', '2027年1月18日', '三、整改成效'],
    // Outside the next steps the year's own work is told.
    ['持续推进执法规范化。', '2027年1月18日'],
  ];
  it.each(lookAlikes)('silent: %s (落款 %s)', (plans, signed, heading) => {
    expect(ofKind('year-contradiction', report(plans, signed, 2026, 'self-inspection-report', heading), 2026, 'self-inspection-report')).toEqual([]);
  });

  it('leaves a review sentence opening with the year outside the plans alone', () => {
    const text = `某区司法局2026年度法治建设工作自查报告\n一、主要工作情况\n2026年，我局将继续深化的执法规范化工作列为重点，全年开展评查3次。\n二、下一步打算\n2027年，我局将继续推进。\n某区司法局\n2027年1月5日`;
    expect(ofKind('year-contradiction', text, 2026, 'self-inspection-report')).toEqual([]);
  });
});

/** A plan item setting a completion for a past part of the year without 前 (2025年上半年完成…): a deadline all the same. */
describe('next steps due in a past part of the reported year', () => {
  const report = (plan: string, signed: string, type: 'shufa-report' | 'law-based-government-annual-report') =>
    `某县司法局2025年度法治建设工作报告\n一、主要工作情况\n全年办理行政复议案件86件，开展法治培训4次。\n二、存在的问题\n基层执法力量不足。\n三、下一步打算\n${plan}\n某县司法局\n${signed}`;
  const slips: [string, string, 'shufa-report' | 'law-based-government-annual-report'][] = [
    ['（一）2025年上半年完成村居法律顾问全覆盖。', '2026年1月20日', 'shufa-report'],
    ['2025年6月底建成行政执法监督平台。', '2026年2月3日', 'law-based-government-annual-report'],
    ['（二）2025年第三季度实现镇街合法性审核全覆盖。', '2026年2月3日', 'law-based-government-annual-report'],
  ];
  it.each(slips)('found: %s (落款 %s)', (plan, signed, type) => {
    expect(ofKind('year-contradiction', report(plan, signed, type), 2025, type).map(([text]) => text)).toContain('2025');
  });
  const lookAlikes: [string, string, 'shufa-report' | 'law-based-government-annual-report'][] = [
    ['依托2025年6月建成的执法监督平台，将进一步加强监督。', '2026年2月3日', 'law-based-government-annual-report'],
    ['在2025年底完成清理的基础上，将继续开展文件评估。', '2026年2月3日', 'law-based-government-annual-report'],
    ['（一）2026年上半年完成村居法律顾问全覆盖。', '2026年1月20日', 'shufa-report'],
  ];
  it.each(lookAlikes)('silent: %s (落款 %s)', (plan, signed, type) => {
    expect(ofKind('year-contradiction', report(plan, signed, type), 2025, type)).toEqual([]);
  });
});

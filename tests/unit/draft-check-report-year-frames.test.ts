// Round 32 of issue 25: the report year's own work dated with another year (an earlier year's 考核 yardstick, an opening
// sentence led by last year, a plan's deadline in a part of the year already over), an ended plan's tasks for a later year,
// and self-inspections that say they review the year so far, signed before it ends.
import { describe, expect, it } from 'vitest';
import { ofKind } from './helpers/draft-check.ts';

const kindTexts = (kind: string, text: string, year: number, type?: Parameters<typeof ofKind>[3]) => ofKind(kind, text, year, type).map(([t]) => t);

/** A self-inspection on `year` with the given body lines, signed on `signed`. */
const selfReport = (year: number, body: string[], signed = `${year + 1}年1月15日`) =>
  `某县农业农村局${year}年度法治建设自查报告\n根据县委依法治县办的通知要求，我局开展了自查，现将自查情况报告如下。\n一、自查工作开展情况\n${body.join('\n')}\n二、存在的问题\n基层执法力量不足。\n三、整改措施和下一步打算\n一是加强执法队伍建设。\n某县农业农村局\n${signed}`;

describe('year-contradiction: an earlier year’s assessment text as the yardstick of the year’s review', () => {
  it('catches 对照/依据/按照 an earlier 考核指标, 细则, 办法 measuring this year’s work', () => {
    expect(kindTexts('year-contradiction', selfReport(2025, ['自查组按照2024年度考核办法，对今年各项任务逐项评分。']), 2025, 'self-inspection-report')).toContain('2024');
    expect(kindTexts('year-contradiction', selfReport(2024, ['我局依据2023年度法治建设考核评分标准，逐项核对本年度台账资料。']), 2024, 'self-inspection-report')).toContain('2023');
    expect(kindTexts('year-contradiction', selfReport(2026, ['本次自查以2025年度考核实施方案为准绳，对全年工作逐项打分。']), 2026, 'self-inspection-report')).toContain('2025');
  });
  it('stays silent on the earlier year’s results, feedback and comparisons, and on the report’s own year', () => {
    for (const line of [
      '对照2024年度考核反馈的问题，逐项整改本年度工作。',
      '根据2024年度考核结果，今年重点补齐短板。',
      '今年的考核指标较2024年度考核指标新增3项。',
      '我局对照2025年度考核指标，逐项梳理本年度工作完成情况。',
      '按照2024年度考核办法，上年度我局得分92分。',
    ]) expect(kindTexts('year-contradiction', selfReport(2025, [line]), 2025, 'self-inspection-report')).toEqual([]);
  });
});

describe('year-contradiction: an opening sentence led by an earlier year after the report’s year', () => {
  const annual = (opening: string, year = 2025) => `某市司法局${year}年度法治政府建设情况报告\n${opening}\n一、主要举措和成效\n办理行政复议案件40件。\n二、下一年度工作安排\n继续推进。\n某市司法局\n${year + 1}年2月10日`;
  it('catches 2024年，全系统上下… told as the year’s summary in a 2025 opening', () => {
    expect(kindTexts('year-contradiction', annual('2025年，市司法局在市委领导下推进法治政府建设。2024年，全系统上下扎实推进依法行政，各项工作稳步推进。现将有关情况报告如下。'), 2025)).toContain('2024');
    expect(kindTexts('year-contradiction', annual('2025年，我局坚持依法履职。2024年，我局持续深化“放管服”改革，各项任务有序推进。现报告如下。'), 2025)).toContain('2024');
  });
  it('stays silent on history, milestones and an earlier year setting the scene before the report’s year', () => {
    for (const opening of [
      '2025年，我局坚持依法履职。2021年，市委印发法治建设规划，为全市法治建设打下基础。现报告如下。',
      '2025年，我局坚持依法履职。2024年，我局被评为全省法治建设先进单位，今年持续巩固。现报告如下。',
      '2024年，全系统上下扎实推进依法行政。2025年，我局在此基础上持续推进法治政府建设。现报告如下。',
      '2025年，我局坚持依法履职，较2024年，各项工作持续推进。现报告如下。',
    ]) expect(kindTexts('year-contradiction', annual(opening), 2025)).toEqual([]);
  });
});

describe('year-contradiction: a plan’s deadline in a part of the reported year, in a self-inspection signed after it', () => {
  it('catches 上半年前, 一季度前 and a month before December', () => {
    expect(kindTexts('year-contradiction', selfReport(2025, ['对照考核指标逐项自查。']).replace('一是加强执法队伍建设。', '一是2025年上半年前完成执法案卷评查。'), 2025, 'self-inspection-report')).toContain('2025');
    expect(kindTexts('year-contradiction', selfReport(2025, ['对照考核指标逐项自查。']).replace('一是加强执法队伍建设。', '一是力争2025年9月底前修订权责清单。'), 2025, 'self-inspection-report')).toContain('2025');
  });
  it('keeps the leave for a year-end deadline, a later year and a self-inspection signed within the year', () => {
    expect(kindTexts('year-contradiction', selfReport(2025, ['对照考核指标逐项自查。']).replace('一是加强执法队伍建设。', '一是力争2025年底前完成执法案卷评查。'), 2025, 'self-inspection-report')).toEqual([]);
    expect(kindTexts('year-contradiction', selfReport(2025, ['对照考核指标逐项自查。']).replace('一是加强执法队伍建设。', '一是2026年上半年前完成执法案卷评查。'), 2025, 'self-inspection-report')).toEqual([]);
    expect(kindTexts('year-contradiction', selfReport(2025, ['对照考核指标逐项自查。'], '2025年7月10日').replace('一是加强执法队伍建设。', '一是2025年9月底前完成执法案卷评查。'), 2025, 'self-inspection-report')).toEqual([]);
  });
});

describe('expired-document-as-guidance: an ended plan’s tasks for a year after its period', () => {
  const annual2026 = (line: string) => `某县司法局2026年度法治政府建设情况报告\n2026年，县司法局推进法治建设。现报告如下。\n一、主要举措和成效\n${line}\n二、下一年度工作安排\n继续推进。\n某县司法局\n2027年2月1日`;
  it('catches the 2026 tasks of the “八五” plan, done or not', () => {
    expect(kindTexts('expired-document-as-guidance', annual2026('“八五”普法规划2026年度重点任务已全部落实，开展普法活动80场。'), 2026).length).toBe(1);
    expect(kindTexts('expired-document-as-guidance', annual2026('全县对照“八五”普法规划中的2026年工作要点，开展普法活动80场。'), 2026).length).toBe(1);
  });
  it('stays silent on a year within the period and on the plan told as ended', () => {
    expect(kindTexts('expired-document-as-guidance', annual2026('“八五”普法规划2025年度任务已如期完成，规划圆满收官。'), 2026)).toEqual([]);
    expect(kindTexts('expired-document-as-guidance', annual2026('“八五”普法规划已于2025年收官，2026年度普法任务按县委部署推进。'), 2026)).toEqual([]);
  });
});

describe('signing-date: a self-inspection that says it reviews the year so far', () => {
  const soFar = (opening: string, signed: string, year = 2025) => `某区卫生健康局关于${year}年度法治建设工作的自查报告\n${opening}\n一、主要工作\n办理行政复议案件12件。\n二、存在的不足\n力量薄弱。\n某区卫生健康局\n${signed}`;
  it('stays silent when the opening says 截至目前, 年中自查 or 专项督察', () => {
    expect(kindTexts('signing-date', soFar('按照区委部署，我局对本年度法治建设工作开展自查，现将截至目前的情况报告如下。', '2025年11月20日'), 2025, 'self-inspection-report')).toEqual([]);
    expect(kindTexts('signing-date', soFar('根据上级年中自查的安排，我局对2025年以来的工作进行了梳理，现报告如下。', '2025年12月5日'), 2025, 'self-inspection-report')).toEqual([]);
    expect(kindTexts('signing-date', soFar('按照市委法治建设中期督察的部署，我局开展了自查，现报告如下。', '2025年10月28日'), 2025, 'self-inspection-report')).toEqual([]);
  });
  it('still hints at a bare 2025年以来 or 今年以来 whole-year self-inspection signed before December', () => {
    expect(kindTexts('signing-date', soFar('2025年以来，我局扎实推进法治建设，全年未发生重大违法行政行为。现将有关情况报告如下。', '2025年11月18日'), 2025, 'self-inspection-report').length).toBe(1);
    expect(kindTexts('signing-date', soFar('今年以来，我局认真落实法治建设各项部署，现将自查情况报告如下。', '2025年11月30日'), 2025, 'self-inspection-report').length).toBe(1);
  });
});

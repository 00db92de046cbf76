/**
 * Round 13 probes for year-contradiction: a sentence reporting the year's own result (a completed verb and a count)
 * that names the previous year as its year, with nothing marking a comparison or history. Invented from the rule
 * (年度报告报告的是报告年度的情况), not copied from the evaluation sets; the look-alikes name last year legitimately.
 */
import { describe, expect, it } from 'vitest';
import { byRule, ofKind } from './helpers/draft-check.ts';

const RULE = 'consistency-current-year';
const report = (year: number, body: string, heading = '一、主要工作开展情况') =>
  `某县司法局${year}年度法治建设自查报告\n${heading}\n${body}\n二、存在问题\n学法形式较为单一。\n三、下一步打算\n持续推进。`;

const slips: [number, string][] = [
  [2026, '局机关2025年度共组织旁听庭审活动3次。'],
  [2026, '截至2025年末，全局共清理规范性文件27件。'],
  [2026, '县司法局2025年共受理行政复议申请48件，全部依法审结。'],
  [2025, '截止2024年12月底，共培育“法律明白人”312名。'],
  [2025, '全镇2024年度共开展送法下乡活动16场。'],
  [2027, '截至2026年年底，我局累计审核行政规范性文件19件。'.replace('累计', '共')],
];

const lookAlikes: [number, string][] = [
  [2026, '全年共组织旁听庭审活动4次，较2025年度增加1次。'],
  [2026, '2025年度述法评议反馈的3个问题已全部整改。'],
  [2026, '按时完成2025年度法治政府建设年度报告的报送和公开。'],
  [2026, '上年度（2025年）共组织集中学法10次。'],
  [2026, '2025年、2026年分别开展执法检查21次、26次。'],
  [2026, '截至2025年底，全局共有持证执法人员86名。'],
  [2026, '2021年至2025年共培育“法律明白人”300名。'],
  [2026, '截至2025年底累计培育“法律明白人”286名，全年新增31名。'.replace('全年', '2026年')],
  [2026, '与2025年相比，复议纠错案件减少2件。'],
  [2026, '2025年度共办理行政复议案件40件，今年增至46件。'],
];

describe('round 13: the previous year named as the reported year', () => {
  it.each(slips)('report on %i: %s', (year, sentence) => {
    expect(byRule(RULE, report(year, sentence), year, 'self-inspection-report').length).toBeGreaterThan(0);
  });
  it.each(lookAlikes)('stays silent, report on %i: %s', (year, sentence) => {
    expect(byRule(RULE, report(year, sentence), year, 'self-inspection-report')).toEqual([]);
  });
  it('stays silent in a section on last year\'s feedback and in plans', () => {
    expect(byRule(RULE, report(2026, '2025年度共反馈问题5个，均已整改。', '一、2025年度述法反馈问题整改情况'), 2026, 'self-inspection-report')).toEqual([]);
    expect(byRule(RULE, `某局2026年法治政府建设年度报告\n一、主要举措\n办理案件30件。\n二、${2027}年工作打算\n对照2025年度共梳理的12个短板逐项补齐。`, 2026)).toEqual([]);
  });
});

/**
 * Row-by-row record of the reference rows that fix a year (currency-2026.md): each wrong year a writer could give,
 * and the right one that must stay silent. Plan periods cited as current guidance are expired-document-as-guidance's.
 */
const YEAR_ROWS: { row: string; year: number; wrong: string; right: string }[] = [
  { row: 'currency-2026.md 开头（2026年是“十五五”第一年）', year: 2027, wrong: '2027年是“十五五”开局之年，县政府坚持依法行政。', right: '2026年是“十五五”开局之年，县政府坚持依法行政。' },
  { row: 'currency-2026.md 开头（今年＝报告年度）', year: 2027, wrong: '今年是“十五五”规划开局之年，我镇扎实推进法治建设。', right: '今年是“十五五”规划实施的第二年，我镇扎实推进法治建设。' },
  { row: 'currency-2026.md “八五”普法规划（2021—2025年）', year: 2026, wrong: '2026年是“八五”普法收官之年，全县做好总结验收。', right: '2025年是“八五”普法收官之年，全县做好总结验收。' },
  { row: 'currency-2026.md “十四五”（2021—2025年）', year: 2024, wrong: '2024年是“十四五”收官之年，全县对标推进。', right: '2025年是“十四五”收官之年，全县对标推进。' },
  { row: 'currency-2026.md 《法治政府建设实施纲要（2021—2025年）》', year: 2026, wrong: '2026年是《法治政府建设实施纲要（2021—2025年）》的收官之年。', right: '2025年是《法治政府建设实施纲要（2021—2025年）》的收官之年。' },
];

describe('round 13: reference rows that fix a year', () => {
  it.each(YEAR_ROWS)('$row', ({ year, wrong, right }) => {
    expect(ofKind('year-contradiction', wrong, year).length).toBeGreaterThan(0);
    expect(ofKind('year-contradiction', right, year)).toEqual([]);
  });
});

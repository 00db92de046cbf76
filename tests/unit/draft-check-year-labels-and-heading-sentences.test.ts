/**
 * Round 38, year-contradiction: (1) another year given a label of the reported year's own work (2023年是…关键之年，
 * 局党组本年度…), a hint; (2) consistency-heading-year reads a numbered sentence's year only where the year frames the
 * item from its start (（一）2025年全年，…), not a comparison base, a history clause or a date inside it. Sentences are
 * written for these tests, not taken from the evaluation sets.
 */
import { describe, expect, it } from 'vitest';
import { byRule, ofKind } from './helpers/draft-check.ts';

const shufa = (year: number, opening: string, body = '（一）办理行政复议案件12件。') =>
  `某县司法局局长${year}年度述法报告\n${opening}\n一、主要工作\n${body}\n二、存在的问题\n学法形式较为单一。\n三、下一步打算\n持续推进依法行政。`;

describe('another year labelled as the reported year (…之年) in a sentence on this year\'s work', () => {
  const RULE = 'consistency-current-year';
  const slips: [number, string, string][] = [
    [2024, '2024年，本人认真履行第一责任人职责。2023年是全面完成各项法治任务的关键之年，局党组本年度坚持问题导向。', '2023'],
    [2025, '2025年，县政府扎实推进依法行政。2024年是法治政府建设的攻坚之年，县政府今年聚焦重点领域开展执法监督。', '2024'],
    [2025, '2025年，区政府扎实推进依法行政。2024年是极不平凡的一年。一年来，区政府坚持依法决策。', '2024'],
    [2026, '2026年，镇党委认真履职。2025年也是推进基层法治建设的重要一年，镇党委全年召开专题会议4次。', '2025'],
    [2024, '2024年，本人履职。2025年是巩固提升依法治理成效的关键之年，局党组本年度坚持问题导向。', '2025'],
  ];
  for (const [year, opening, span] of slips) {
    it(`finds ${span} in: ${opening}`, () => {
      expect(byRule(RULE, shufa(year, opening), year, 'shufa-report').map((f) => f.text)).toContain(span);
    });
  }

  const lookAlikes: [number, string][] = [
    // The reported year itself.
    [2024, '2024年是全面完成各项法治任务的关键之年，局党组本年度坚持问题导向。'],
    // The earlier year as the base of this year's work.
    [2024, '2024年，本人履职。2023年是全面完成各项法治任务的关键之年，在此基础上本年度持续发力。'],
    // Next year's label in a sentence of plans.
    [2024, '2024年，本人履职。2025年是全面完成各项法治任务的收官之年，我们将对标对表抓好落实。'],
    // A plan's own years, read by the plan reader.
    [2026, '2026年，本人履职。2025年是“十四五”规划收官之年，2026年是“十五五”开局之年，本年度我局谋划新思路。'],
    // A comparison with the year before.
    [2025, '2025年，本人履职。2024年是执法规范化建设的关键之年，本年度执法案件数较上年有所下降。'],
    // A label with nothing saying the sentence is on this year's work.
    [2025, '2025年，本人履职。2024年是执法规范化建设的关键之年。'],
  ];
  for (const [year, opening] of lookAlikes) {
    it(`stays silent on: ${opening}`, () => {
      expect(ofKind('year-contradiction', shufa(year, opening), year, 'shufa-report')).toEqual([]);
    });
  }

  it('stays silent on a label in the plans section', () => {
    const text = `${shufa(2024, '2024年，本人履职。')}\n2025年是全面完成各项法治任务的关键之年，本年度工作要提早谋划。`;
    expect(ofKind('year-contradiction', text, 2024, 'shufa-report')).toEqual([]);
  });
});

describe('the year of a numbered sentence (heading-year)', () => {
  const RULE = 'consistency-heading-year';
  const slips: [number, string, string][] = [
    [2024, '（一）2023年全年，县政府共作出重大行政决策6项，均严格履行法定程序。', '2023'],
    [2024, '（一）2023年，严格履行重大行政决策程序，安排专人跟踪督办。', '2023'],
  ];
  for (const [year, body, span] of slips) {
    it(`finds ${span} in: ${body}`, () => {
      expect(byRule(RULE, shufa(year, `${year}年，本人履职。`, body), year, 'shufa-report').map((f) => f.text)).toContain(span);
    });
  }

  const lookAlikes: [number, string][] = [
    [2023, '（二）行政诉讼败诉率为3.4%，较2022年下降2个百分点，安排31名负责人在年终述职中述法。'],
    [2023, '（二）2015年中央文件曾提出建设法治政府的目标，本年度严格履行决策程序。'],
    [2023, '（二）相关职能已于2018年机构改革中划入司法局，安排专人负责复议应诉工作。'],
    [2026, '（三）对照2021年印发的实施方案，安排法律顾问全程参与重大决策。'],
    [2025, '（一）2020年，区政府率先建立合法性审查机制，如今已严格履行到每一项决策。'],
  ];
  for (const [year, body] of lookAlikes) {
    it(`stays silent on: ${body}`, () => {
      expect(byRule(RULE, shufa(year, `${year}年，本人履职。`, body), year, 'shufa-report')).toEqual([]);
    });
  }
});

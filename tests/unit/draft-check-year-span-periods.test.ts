/**
 * Round 37: a year that is one end of a span of years names a plan's or a review's period (“七五”普法（2016—2020年）,
 * 2018—2022年法治宣传教育规划, 2016年至2020年), never the year a report speaks of, so consistency-current-year stays silent
 * on it even in a sentence that claims work for the reported year (全年…). The slips of the same sentences, a single
 * earlier year written as the time of the year's own work, are still found. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { byRule } from './helpers/draft-check.ts';

const RULE = 'consistency-current-year';
const report = (body: string) =>
  `某县司法局局长2023年度述法报告\n2023年，本人认真履行推进法治建设第一责任人职责，现报告如下。\n一、履行第一责任人职责情况\n${body}\n二、存在的问题\n学法形式较为单一。\n三、下一步工作打算\n持续推进。`;
const found = (body: string) => byRule(RULE, report(body), 2023, 'shufa-report').map((f) => f.text);

describe('a year ending or opening a span of years is a period, not the current year', () => {
  const periods = [
    '全年组织集中学法12次，“七五”普法（2016—2020年）期间建立的学法制度已全部修订。',
    '全年开展法治培训8次，“十三五”时期（2016—2020年）建立的培训台账已更新。',
    '全年审核规范性文件9件，对照《某县法治政府建设规划（2018—2022年）》开展的普法活动均已完成。',
    '全年开展法治讲座6场，2018至2022年法治宣传教育规划确定的普法任务全部完成。',
    '全年办理复议案件31件，2019年—2022年普法责任清单中的宣传活动已全部完成。',
  ];
  it.each(periods)('stays silent: %s', (body) => {
    expect(found(body)).toEqual([]);
  });

  const slips: [string, string][] = [
    ['全年共组织学法考试3次，本单位于2022年内完成全部学法考试。', '2022'],
    ['全年开展普法宣传活动20场，完成2022年度学法考试。', '2022'],
    ['截至2022年底，全局执法人员持证率达到100%。', '2022'],
    ['本年度，县政府于2022年3月出台《某某办法》。', '2022'],
  ];
  it.each(slips)('still finds the single earlier year: %s', (body, year) => {
    expect(found(body)).toContain(year);
  });
});

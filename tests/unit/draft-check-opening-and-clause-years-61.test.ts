/**
 * Issue 25, round 61 (year-contradiction): the opening's summary of the year led by another year (after a scene-setting
 * first sentence or a notice: v63c-year-contradiction-02, -04, -09, -14; v63d-year-contradiction-05, -11), and a comma
 * clause of the year's own counted work dated another year in the body: the count before the act (对N件…审核), a lead
 * (围绕…开展), 研讨, figures of other acts or a dated act of the report's year before it (v63d-year-contradiction-01, -02,
 * -04, -06, -09, -10). Probes in words of their own, not taken from the evaluation sets.
 */
import { describe, expect, it } from 'vitest';
import { check, kindOf } from './helpers/draft-check.ts';

const years = (text: string, year: number, type: Parameters<typeof check>[2] = 'law-based-government-annual-report') =>
  check(text, year, type).filter((f) => kindOf.get(f.rule) === 'year-contradiction').map((f) => f.text);

/** An annual report of 柳溪县司法局 on `year` with its opening and one body paragraph. */
const annual = (year: number, opening: string, body = '全年办理行政复议案件21件，均按期审结。') =>
  `柳溪县司法局${year}年法治政府建设年度报告\n${opening}\n一、主要举措和成效\n（一）规范执法\n${body}\n（二）普法宣传\n开展送法下乡活动12场。\n二、存在的不足和原因\n执法人员培训覆盖面不够。\n三、下一步工作安排\n${year + 1}年，我局将继续推进执法规范化建设。\n柳溪县司法局\n${year + 1}年1月15日`;

describe('the opening summary of the year led by another year', () => {
  it('reads the year before after a first sentence that names the report year', () => {
    const text = annual(2025, '2025年是“十四五”规划收官之年。2024年，柳溪县司法局在县委的坚强领导下，坚持以习近平法治思想为指导，扎实推进法治政府建设，全年审查合同64份，现将有关情况报告如下。');
    expect(years(text, 2025)).toContain('2024');
  });
  it('reads it after a notice, with years inside a cited title', () => {
    const text = annual(2024, '按照县委依法治县办关于报送2024年度法治政府建设情况的通知要求，现将有关情况报告如下。2023年，我局坚持以习近平新时代中国特色社会主义思想为指导，对照《法治政府建设实施纲要（2021—2025年）》，全年办理行政复议案件21件。');
    expect(years(text, 2024)).toContain('2023');
  });
  it('reads the year after the report year told as done', () => {
    const text = annual(2024, '按照县委依法治县办的通知要求，现将有关情况报告如下。2025年，我局在县委的正确领导下，深入贯彻党的二十届三中全会精神，全年办理行政复议案件21件。');
    expect(years(text, 2024)).toContain('2025');
  });
  it('stays silent on background: a span, a start year, a comparison, a milestone', () => {
    expect(years(annual(2025, '2023年以来，我局在县委的坚强领导下，坚持以习近平法治思想为指导，持续推进法治政府建设，现将2025年有关情况报告如下。'), 2025)).toEqual([]);
    expect(years(annual(2025, '2025年，我局坚持以习近平法治思想为指导，扎实推进各项工作。自2022年起，我局在县委的坚强领导下，坚持开展规范化建设。'), 2025)).toEqual([]);
    expect(years(annual(2025, '2024年，我局在县委的坚强领导下，坚持以习近平法治思想为指导，获评全省法治政府建设示范单位。2025年，我局坚持依法行政，扎实推进各项工作。'), 2025)).toEqual([]);
  });
  it('stays silent on a next-year plan in the opening', () => {
    expect(years(annual(2025, '现将有关情况报告如下。2026年，我局将坚持以习近平法治思想为指导，深入贯彻落实上级部署。'), 2025)).toEqual([]);
  });
});

describe('a comma clause of the own counted work dated another year', () => {
  const opening = '2025年，柳溪县司法局坚持以习近平法治思想为指导，扎实推进法治政府建设，现将有关情况报告如下。';
  it('reads the count before the act', () => {
    expect(years(annual(2025, opening, '严格落实备案审查制度，2024年对17份行政规范性文件进行合法性审查。'), 2025)).toEqual(['2024']);
  });
  it('reads a lead before the act and 研讨', () => {
    expect(years(annual(2025, opening, '把法治教育作为干部培训必修课，2024年结合民法典施行开展专题培训4期。'), 2025)).toEqual(['2024']);
    expect(years(annual(2025, opening, '将行政复议法纳入局党组年度学习计划，2024年集中研讨3次。'), 2025)).toEqual(['2024']);
  });
  it('reads it after figures of other acts and after a dated act of the report year', () => {
    expect(years(annual(2025, opening, '办理行政处罚案件146件，罚没款38万元，2024年组织执法人员轮训6期。'), 2025)).toEqual(['2024']);
    expect(years(annual(2025, opening, '2025年3月12日主持召开局务会议专题研究执法监督，2024年开展领导班子集体学法8次。'), 2025)).toEqual(['2024']);
  });
  it('stays silent on a comparison, last year beside this year, and history', () => {
    expect(years(annual(2025, opening, '办理行政处罚案件146件，2024年办理132件，案件质量稳步提升。'), 2025)).toEqual([]);
    expect(years(annual(2025, opening, '今年审查合同45份，2024年审查38份。'), 2025)).toEqual([]);
    expect(years(annual(2025, opening, '严格落实备案审查制度，2024年以来对57份文件进行合法性审查。'), 2025)).toEqual([]);
    expect(years(annual(2025, opening, '审查文件数量较上年增加，2024年对17份文件进行合法性审查。'), 2025)).toEqual([]);
  });
});

/**
 * Issue 25, round 61 (one mistake, one finding): a plan cited in the opening's summary of the year, the summary led by a
 * wrong year after the report's (2026年，我局坚持…，对照《法治中国建设规划（2020—2025年）》 in a report on 2025). The wrong
 * year is the mistake, reported as year-contradiction; the plan is in its period for the report's year, so it is not cited
 * as expired (v63d-year-contradiction-11, audit: legitimate). Probes in words of their own.
 */
import { describe, expect, it } from 'vitest';
import { check, kindOf } from './helpers/draft-check.ts';

const kinds = (text: string, year: number) => check(text, year, 'self-inspection-report').map((f) => kindOf.get(f.rule));

const report = (year: number, opening: string, plan = `${year + 1}年，我局将继续推进执法规范化建设。`) =>
  `柳溪县司法局${year}年度法治建设工作自查报告\n按照县委依法治县办关于开展${year}年度法治建设工作自查的通知要求，我局对照考评指标逐项开展自查。${opening}\n一、自查情况\n全年办理行政复议案件21件，均按期审结。\n二、存在的问题\n执法人员培训覆盖面不够。\n三、下一步打算\n${plan}\n柳溪县司法局\n${year + 1}年1月15日`;

describe('a plan cited in an opening summary led by a wrong year', () => {
  it('reports the year only, not the plan, when the plan is in its period for the report year', () => {
    const found = kinds(report(2025, '2026年，我局坚持以习近平法治思想为指导，对照《法治政府建设实施纲要（2021—2025年）》，全年审查合同64份。'), 2025);
    expect(found).toContain('year-contradiction');
    expect(found).not.toContain('expired-document-as-guidance');
  });
  it('still reports the plan made the basis of next year\'s work in the plans', () => {
    const found = kinds(report(2025, '2025年，我局坚持以习近平法治思想为指导，全年审查合同64份。', '2026年，我局将继续以《法治政府建设实施纲要（2021—2025年）》为总遵循，推进执法规范化建设。'), 2025);
    expect(found).toContain('expired-document-as-guidance');
  });
});

/**
 * Round 57: an old body's name told as the base of the new one with its bare place (由原某县依法治县领导小组调整组建…,
 * in v58d's clean items), and the report's own publication deadline in the next year (本年度报告将于…年4月1日前公开, in
 * v58b). Sentences written for these tests, not taken from the evaluation sets.
 */
import { describe, expect, it } from 'vitest';
import { checkWith, kindOf } from './helpers/draft-check.ts';

const report = (year: number, body: string) =>
  `某县司法局${year}年度法治政府建设工作报告\n一、主要举措和成效\n${body}\n二、存在的不足\n学法形式较为单一。\n三、下一步打算\n加强学习培训。\n某县司法局\n${year + 1}年1月10日`;
const spans = (kind: string, text: string, year: number) =>
  checkWith(text, { year, type: 'law-based-government-annual-report' }).filter((f) => kindOf.get(f.rule) === kind).map((f) => f.text);

describe('an old body with its bare place, told as what the new one was built from', () => {
  const silent = [
    '市委全面依法治市委员会由原槐岭市依法治市领导小组调整组建后，我局按要求每半年报告一次工作。',
    '在原柘水区依法治区领导小组基础上组建区委全面依法治区委员会以来，统筹协调更加有力。',
    '原桐乡县依法治县领导小组调整组建县委全面依法治县委员会，我局随即调整联络员。',
  ];
  for (const body of silent) it(`stays silent: ${body}`, () => expect(spans('system-name', report(2025, body), 2025)).toEqual([]));

  const caught: [string, string][] = [
    ['槐岭市依法治市领导小组召开全体会议，我局汇报了年度法治工作。', '依法治市领导小组'],
    ['本人向柘水区依法治区领导小组报告履职情况2次。', '依法治区领导小组'],
  ];
  for (const [body, span] of caught) it(`reports: ${body}`, () => expect(spans('system-name', report(2025, body), 2025)).toContain(span));
});

describe('the report published or submitted by a date of the next year', () => {
  const silent = [
    '本年度报告将于2026年3月31日前报送县委依法治县办，并在本局网站公布。',
    '本年度工作情况拟于2026年4月1日前通过政府网站向社会公开。',
    '今年的法治政府建设报告于2026年2月底前提交县政府常务会议审议。',
  ];
  for (const body of silent) it(`stays silent: ${body}`, () => expect(spans('year-contradiction', report(2025, body), 2025)).toEqual([]));

  const caught: [string, string][] = [
    ['本年度，县司法局于2026年5月组织执法人员培训3期。', '2026'],
    ['本年度报告将于2024年4月1日前向社会公开。', '2024'],
  ];
  for (const [body, span] of caught) it(`reports: ${body}`, () => expect(spans('year-contradiction', report(2025, body), 2025)).toContain(span));
});

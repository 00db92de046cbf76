/**
 * Round 39 families for one count written twice with two numbers: the opening's count read through its framing
 * (a cited plan's period, 本年以来 as a year, 目标任务 before a 全年 clause, 其中 after no figure), a 班子's 集体学法
 * named with or without the 班子, and a list's size restated by 清单所列; and the look-alikes that are two measures: an
 * adviser's or students' count carried by the sentence's subject. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { textsByRule } from './helpers/draft-check.ts';

const report = (year: number, opening: string, body: string, organ = '青石县交通运输局') =>
  `${organ}${year}年度法治政府建设情况报告\n${opening}现将有关情况报告如下。\n一、主要工作\n${body}\n二、存在的问题\n基层执法力量不足。\n三、下一步打算\n加强执法队伍建设。\n${organ}\n${year + 1}年1月20日`;
const marks = (year: number, opening: string, body: string) => textsByRule('consistency-summary-total', report(year, opening, body), year);

describe('one count written in the opening and the body with two numbers', () => {
  const caught: [number, string, string, string][] = [
    [2025, '2025年，我局对照《法治政府建设实施纲要（2021—2025年）》部署，全年开展行政执法检查36次。', '（一）严格执法。全年开展行政执法检查38次，发现问题全部整改。', '38次'],
    [2026, '2026年以来，我局围绕年度目标任务，统筹推进依法行政，全年审核行政规范性文件14件。', '（一）严格审核。全年审核行政规范性文件12件，均按时备案。', '12件'],
    [2024, '2024年，我局贯彻《法治中国建设规划（2020—2025年）》，全年集体学法9次。', '（一）抓学法。全年组织党组班子集体学法8次，邀请专家授课2次。', '8次'],
  ];
  for (const [year, opening, body, span] of caught) {
    it(`reports: ${body}`, () => expect(marks(year, opening, body)).toContain(span));
  }

  const silent: [number, string, string][] = [
    // The same number both times.
    [2025, '2025年，我局对照《法治政府建设实施纲要（2021—2025年）》部署，全年开展行政执法检查36次。', '（一）严格执法。全年开展行政执法检查36次，发现问题全部整改。'],
    // An earlier start counts more than the year.
    [2026, '2023年以来，我局累计审核行政规范性文件40件。', '（一）严格审核。全年审核行政规范性文件12件，均按时备案。'],
    // 其中 after no figure still picks out a kind the whole does not name.
    [2025, '2025年，我局依法受理行政复议申请，其中涉企案件12件。', '（一）行政复议。全年办理行政复议案件15件，均在法定期限内办结。'],
  ];
  for (const [year, opening, body] of silent) {
    it(`stays silent: ${opening}${body}`, () => expect(marks(year, opening, body)).toEqual([]));
  }
});

describe('a list size restated by 清单所列', () => {
  it('reports another number for the same list', () => {
    const body = '（一）压实责任。对照主要负责人职责清单12项内容逐项落实。\n（二）督促检查。清单所列10项职责均已完成。';
    expect(marks(2025, '2025年，我局扎实推进法治建设。', body)).toContain('10项');
  });
  it('stays silent when the numbers agree or two lists are named', () => {
    expect(marks(2025, '2025年，我局扎实推进法治建设。', '（一）压实责任。对照职责清单12项内容逐项落实。\n（二）督促检查。清单所列12项职责均已完成。')).toEqual([]);
    expect(marks(2025, '2025年，我局扎实推进法治建设。', '（一）公开权责。公布权责清单320项，动态调整负面清单15项。\n（二）督促检查。清单所列18项事项均已公开。')).toEqual([]);
  });
});

describe('a subject carried through the sentence names another doer or audience', () => {
  const silent: string[] = [
    '（一）严格审核。全年审核规范性文件18件、行政合同23份。\n（二）发挥法律顾问作用。法律顾问和公职律师全年出具书面法律意见12份，审查合同9份。',
    '（一）严格审核。全年审核行政合同31份，提出法律意见60条。\n（二）用好外脑。向12家企业送达提示函，公职律师全年出具法律意见8份，审查合同14份。',
    '（一）法治校园。全年开展法治主题班会20场，组织学生旁听庭审3次。\n（二）带头学法。全年集体学法6次，组织旁听庭审5次。',
  ];
  for (const body of silent) {
    it(`stays silent: ${body}`, () => expect(marks(2025, '2025年，我局扎实推进法治建设。', body)).toEqual([]));
  }
  it('still reports the organ\'s own count restated after an adviser\'s', () => {
    const body = '（一）严格审核。全年审核行政合同31份，提出法律意见60条。\n（二）合同管理。法律顾问全年出具法律意见8份，我局全年审核行政合同34份。';
    expect(marks(2025, '2025年，我局扎实推进法治建设。', body)).toContain('34份');
  });
});

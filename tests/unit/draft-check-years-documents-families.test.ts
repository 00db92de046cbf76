/**
 * Round 29 families for years and documents: an ended or replaced plan (or a dated target) made this year's yardstick
 * in other frames (以…为标准／主线／主要内容, 把…作为考核依据, 以《…》考核指标为标准), and a 自查报告 on part of a year
 * signed once that part is over. Sentences written for these tests, not taken from the evaluation sets.
 */
import { describe, expect, it } from 'vitest';
import { checkWith, kindOf } from './helpers/draft-check.ts';

const selfReport = (year: number, body: string, title = `某县司法局${year}年度法治建设自查报告`, signed = `${year + 1}年1月10日`) =>
  `${title}\n一、主要工作\n${body}\n二、存在的问题\n学法形式较为单一。\n三、整改措施\n加强学习培训。\n某县司法局\n${signed}`;
const ofKind = (kind: string, text: string, year: number) =>
  checkWith(text, { year, type: 'self-inspection-report' }).filter((f) => kindOf.get(f.rule) === kind).map((f) => f.text);

describe('an ended or replaced plan made the yardstick of the year', () => {
  const caught: [number, string, string][] = [
    [2026, '本次自查以《法治政府建设实施纲要（2021—2025年）》为标准。', '以《法治政府建设实施纲要（2021—2025年）》为标准'],
    [2026, '全局普法工作以“八五”普法规划为主线。', '以“八五”普法规划为主线'],
    [2027, '镇里继续以法治社会建设实施纲要（2020—2025年）为考核基准。', '继续以法治社会建设实施纲要（2020—2025年）为考核基准'],
    [2024, '自查以《法治政府建设实施纲要（2015—2020年）》考核指标为标准。', '以《法治政府建设实施纲要（2015—2020年）》考核指标为标准'],
    [2024, '我局以“七五”普法规划确定的任务为主要自查内容。', '以“七五”普法规划确定的任务为主要自查内容'],
  ];
  for (const [year, body, span] of caught) {
    it(`reports: ${body}`, () => expect(ofKind('expired-document-as-guidance', selfReport(year, body), year)).toContain(span));
  }

  const silent: [number, string][] = [
    [2026, '“八五”普法规划以宪法为主线，已于2025年圆满收官。'],
    [2026, '以宪法和民法典为重点开展普法宣传。'],
    [2024, '以《法治政府建设实施纲要（2021—2025年）》为标准开展自查。'],
  ];
  // Round 4 left the 2004 纲要 silent (the reference does not say it was replaced); round 46 reports it as a local-practice 提示, never 错误.
  it('gives only a hint for the 2004 纲要 made the yardstick', () =>
    expect(checkWith(selfReport(2026, '以《全面推进依法行政实施纲要》为标准开展自查。'), { year: 2026, type: 'self-inspection-report' }).filter((f) => kindOf.get(f.rule) === 'expired-document-as-guidance').map((f) => [f.text, f.level])).toEqual([['以《全面推进依法行政实施纲要》', 'hint']]));
  for (const [year, body] of silent) {
    it(`stays silent: ${body}`, () => expect(ofKind('expired-document-as-guidance', selfReport(year, body), year)).toEqual([]));
  }
});

describe('a dated target made the yardstick after its year', () => {
  it('reports the target put after 以 or 把 and made the standard', () => {
    const body = '村级考核把到2025年每村培养5名“法律明白人”的目标作为考核依据。';
    expect(ofKind('expired-document-as-guidance', selfReport(2026, body), 2026)).toEqual(['把到2025年每村培养5名“法律明白人”的目标作为考核依据']);
  });
  it('stays silent on the target in its own year and on a target met', () => {
    expect(ofKind('expired-document-as-guidance', selfReport(2025, '以到2025年每村培养5名“法律明白人”的目标作为考核依据。'), 2025)).toEqual([]);
    expect(ofKind('expired-document-as-guidance', selfReport(2026, '到2025年每村培养5名“法律明白人”的目标已经实现。'), 2026)).toEqual([]);
  });
});

describe('a self-inspection on part of the year, signed after that part', () => {
  const partial = (signed: string, period = '2025年1月至10月') =>
    selfReport(2025, `对${period}法治建设工作逐项开展自查。`, `某街道关于${period}法治建设专项督察的自查报告`, signed);
  it('stays silent when signed after the period it states', () => {
    expect(ofKind('signing-date', partial('2025年11月12日'), 2025)).toEqual([]);
    expect(ofKind('signing-date', partial('2025年7月20日', '2025年上半年'), 2025)).toEqual([]);
    expect(ofKind('signing-date', partial('2025年10月8日', '2025年1—9月'), 2025)).toEqual([]);
  });
  it('still hints when signed before the stated period ends, or when the report covers the whole year', () => {
    expect(ofKind('signing-date', partial('2025年9月12日'), 2025)).toEqual(['2025年9月12日']);
    expect(ofKind('signing-date', selfReport(2025, '对全年工作开展自查。', undefined, '2025年11月12日'), 2025)).toEqual(['2025年11月12日']);
  });
});

describe('an earlier year written as the time of the reported year’s own work', () => {
  const shufaReport = (year: number, body: string) =>
    `某县水利局局长${year}年度述法报告\n一、履行第一责任人职责情况\n${body}\n二、存在的问题\n学法不够系统。\n三、下一步打算\n加强学习。\n述法人：某某\n${year + 1}年1月10日`;
  const years = (year: number, body: string) => checkWith(shufaReport(year, body), { year, type: 'shufa-report' }).filter((f) => kindOf.get(f.rule) === 'year-contradiction').map((f) => f.text);

  it('reports an earlier year opening a comma clause of the year’s counted work', () => {
    expect(years(2025, '坚持把依法决策作为头等大事，2024年主持研究重大事项9项。')).toContain('2024');
    expect(years(2024, '健全学法制度，2023年组织班子成员旁听庭审2次，推动学用结合。')).toContain('2023');
  });
  it('stays silent on comparisons, histories and dates within the year', () => {
    expect(years(2025, '坚持会前学法，2022年以来累计组织学法60次。')).toEqual([]);
    expect(years(2025, '落实学法制度，2025年带头参加集体学法12次。')).toEqual([]);
    expect(years(2025, '健全制度，2024年12月召开专题会议2次。')).toEqual([]);
    expect(years(2025, '全年审核合同40份，较2024年增加6份。')).toEqual([]);
  });

  it('reports the reported year’s own 述法评议 told as already rectified', () => {
    expect(years(2025, '对2025年度述法评议中指出的2个问题，已逐项整改到位。')).toContain('2025');
  });
  it('stays silent on the earlier year’s 评议 and on the review still to come', () => {
    expect(years(2025, '对2024年度述法评议中指出的2个问题，已逐项整改到位。')).toEqual([]);
    expect(years(2025, '2025年度述法评议结果将纳入干部考核，评议指出的问题将抓好整改。')).toEqual([]);
  });
});

describe('an annual report opening on last year, its history word further on', () => {
  const opening = (o: string) =>
    checkWith(`某县人民政府关于2025年度法治政府建设情况的报告\n${o}\n一、主要举措和成效\n正文。\n某县人民政府\n2026年1月12日`, { year: 2025, type: 'law-based-government-annual-report' })
      .filter((f) => f.rule === 'consistency-opening-year').map((f) => f.text);
  it('hints when the opening year frames the unit’s own work, a 收官 further on', () => {
    expect(opening('2024年，县政府在市委市政府坚强领导下，统筹推进依法行政，对照规划开展总结评估。现将有关情况报告如下。')).toEqual(['2024']);
  });
  it('stays silent when the year’s own clause tells of the past event', () => {
    expect(opening('2024年，“八五”普法规划进入收官阶段，全县对照规划开展总结。现将有关情况报告如下。')).toEqual([]);
  });
});

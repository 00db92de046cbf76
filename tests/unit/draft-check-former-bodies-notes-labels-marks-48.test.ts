/**
 * Round 48 families: an old body's name told in the change that replaced it (history, silent); a note telling the drafter
 * in what order to write the part or what may be left out; an ended plan called the plan of a later year (…的关键一年); a
 * lone ASCII quote beside full-width ones; the last part numbered in a lower level's mark (4、 after 三、). Sentences
 * written for these tests, not taken from the evaluation sets.
 */
import { describe, expect, it } from 'vitest';
import { checkWith, kindOf } from './helpers/draft-check.ts';

const report = (year: number, body: string) =>
  `某县司法局${year}年度法治政府建设工作报告\n一、主要举措和成效\n${body}\n二、存在的不足\n学法形式较为单一。\n三、下一步打算\n加强学习培训。\n某县司法局\n${year + 1}年1月10日`;
const ofKind = (kind: string, text: string, year: number) =>
  checkWith(text, { year, type: 'law-based-government-annual-report' }).filter((f) => kindOf.get(f.rule) === kind);
const spans = (kind: string, text: string, year: number) => ofKind(kind, text, year).map((f) => f.text);

describe('an old body named as the former one in the change that replaced it', () => {
  const silent = [
    '2020年，原市委依法治市领导小组调整为市委全面依法治市委员会，统筹协调更加有力。',
    '机构改革后，此前的区委依法治区领导小组更名为区委全面依法治区委员会。',
    '县委依法治县领导小组于2019年撤销，职责由县委全面依法治县委员会承担。',
    '原梧冈县委依法治县领导小组办公室的工作由委员会办公室接续。',
    '2018年，州委依法治州领导小组改组为州委全面依法治州委员会。',
  ];
  for (const body of silent) it(`stays silent: ${body}`, () => expect(spans('system-name', report(2025, body), 2025)).toEqual([]));

  const caught: [string, string][] = [
    ['县委依法治县领导小组组织召开专题会议2次，研究部署年度重点任务。', '依法治县领导小组'],
    ['本人担任市委依法治市领导小组组长，牵头推进法治建设。', '依法治市领导小组'],
    ['区委依法治区领导小组召开会议，将3个部门的职责分工调整为专项推进。', '依法治区领导小组'],
  ];
  for (const [body, span] of caught) it(`reports: ${body}`, () => expect(spans('system-name', report(2025, body), 2025)).toContain(span));
});

describe('a note telling the drafter how to write the part or what may be left out', () => {
  const caught: [string, string][] = [
    ['注：以下按省厅提纲六个方面的顺序撰写，没有相关工作的可不写。', '注：以下按省厅提纲六个方面的顺序撰写，没有相关工作的可不写。'],
    ['说明：本部分按市委依法治市办要求填写，无此类事项的可省略。', '说明：本部分按市委依法治市办要求填写，无此类事项的可省略。'],
    ['（未涉及的事项可以删去）', '（未涉及的事项可以删去）'],
  ];
  for (const [body, span] of caught) it(`reports: ${body}`, () => expect(spans('outline-prompt', report(2025, body), 2025)).toContain(span));

  const silent = [
    '以下按时间顺序列出全年重点工作。',
    '本年度无相关事项。',
    '全年未发生行政诉讼败诉案件，无相关整改事项。',
    '对违法行为轻微并及时改正、没有造成危害后果的，依法不予行政处罚。',
  ];
  for (const body of silent) it(`stays silent: ${body}`, () => expect(spans('outline-prompt', report(2025, body), 2025)).toEqual([]));
});

describe('an ended plan called the plan of a later year', () => {
  const caught = [
    '今年是《法治政府建设实施纲要（2021—2025年）》深入实施的关键一年，全局狠抓落实。',
    '2026年是“八五”普法规划全面实施的重要一年。',
    '今年是《法治社会建设实施纲要（2020—2025年）》贯彻落实的一年。',
  ];
  for (const body of caught) it(`reports: ${body}`, () => expect(spans('expired-document-as-guidance', report(2026, body), 2026).length).toBeGreaterThan(0));

  const silent: [number, string][] = [
    [2026, '《法治政府建设实施纲要（2021—2025年）》实施以来，全县法治政府建设取得明显成效。'],
    [2025, '今年是《法治政府建设实施纲要（2021—2025年）》深入实施的关键一年。'],
    [2025, '2025年是“八五”普法规划全面实施的重要一年。'],
  ];
  for (const [year, body] of silent) it(`stays silent: ${body}`, () => expect(spans('expired-document-as-guidance', report(year, body), year)).toEqual([]));
});

describe('a lone ASCII quote beside full-width ones', () => {
  const caught = ['推行“容缺受理”机制"，办件提速明显。', '持续擦亮"“法治夜市”品牌。'];
  for (const body of caught) it(`reports: ${body}`, () => expect(spans('quotation-marks', report(2025, body), 2025)).toEqual(['"']));

  const silent = ['推行“容缺受理”机制，办件提速明显。', '为调解室配备27"显示屏2台。', '门户网站https://www.example.gov.cn/已开通留言栏目。'];
  for (const body of silent) it(`stays silent: ${body}`, () => expect(spans('quotation-marks', report(2025, body), 2025)).toEqual([]));
  it('reads a pair of ASCII quotes as one wrong pair, not as lone marks', () => expect(spans('quotation-marks', report(2025, '深化"放管服"改革。'), 2025)).toEqual(['"放管服"']));
});

describe('the last part numbered in a lower level’s mark', () => {
  const withLast = (last: string) =>
    `某县交通运输局2025年度法治政府建设工作报告\n一、主要举措和成效\n（一）推进依法决策\n全年审查文件12件。\n（二）规范执法\n全年办案30件。\n二、党政主要负责人履职情况\n带头学法4次。\n三、存在的不足\n培训不够。\n${last}\n加强培训。\n某县交通运输局\n2026年1月10日`;
  it('reports 4、 after 三、 with the fix 四、', () => {
    const found = ofKind('heading-numbering', withLast('4、2026年度推进法治政府建设的主要安排'), 2025);
    expect(found.map((f) => f.text)).toEqual(['4、']);
    expect(found[0]!.fix).toContain('四、');
  });
  it('reports （四） after 三、', () => expect(spans('heading-numbering', withLast('（四）下一年度工作思路'), 2025)).toEqual(['（四）']));

  const subList = `某县交通运输局2025年度法治政府建设工作报告\n一、主要举措和成效\n全年审查文件12件。\n二、存在的不足\n培训不够。\n三、下一步打算\n1.加强培训\n2.完善制度\n3.强化督察\n4.落实考核\n某县交通运输局\n2026年1月10日`;
  it('stays silent on a sub-list 1、2、3、4、 under 三、', () => expect(spans('heading-numbering', subList, 2025)).toEqual([]));
  it('stays silent on a line opening with months (4、5月份…)', () =>
    expect(spans('heading-numbering', withLast('下一步打算').replace('三、存在的不足\n培训不够。\n下一步打算', '三、下一步打算\n4、5月份集中开展执法培训。'), 2025)).toEqual([]));
});

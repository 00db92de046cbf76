/**
 * Issue 25, round 10 (facts2: dates as 公文 write them): probe drafts made up for this round, not copied
 * from any evaluation set. The same date checks must work whether a date is written in Arabic digits,
 * full-width digits or Han numerals (二〇二七年一月十五日, 二○二七年元月, 2027年元月, 二〇二六年度,
 * 今年（二〇二六年）). Each kind has variants that must be found as that kind, and look-alikes that must
 * stay silent for it (a year inside 《》 or a period, an earlier year in a historical clause).
 */
import { describe, expect, it } from 'vitest';
import { readDates } from '../../src/shared/draft-check/date-reader.ts';
import { annual, kindProbes, report, self, shufa, type KindProbes } from './helpers/kind-probes.ts';

const PROBES: KindProbes = {
  'signing-date': {
    found: [
      { text: report('某县人民政府2026年法治政府建设年度报告', '某县人民政府\n二〇二六年十一月二十日'), year: 2026, type: annual },
      { text: report('某县人民政府2026年法治政府建设年度报告', '某县人民政府\n二〇二五年十二月三十日'), year: 2026, type: annual },
      { text: report('某县人民政府2026年法治政府建设年度报告', '某县人民政府\n二○二八年一月十日'), year: 2026, type: annual },
      { text: report('某县人民政府2026年法治政府建设年度报告', '某县人民政府\n２０２５年１２月１日'), year: 2026, type: annual },
      { text: report('某镇党委书记2026年度述法报告', '述法人：张某\n二〇二六年三月八日'), year: 2026, type: shufa },
      { text: report('某镇党委书记2026年度述法报告', '述法人：张某\n2026年元月20日'), year: 2026, type: shufa },
      { text: report('某局2026年法治建设工作自查报告', '某局\n二零二六年二月十日'), year: 2026, type: self },
      { text: report('某县人民政府2026年法治政府建设年度报告', '某县人民政府\n二〇二七年五月六日'), year: 2026, type: annual },
      { text: report('某县人民政府2026年法治政府建设年度报告', '某县人民政府\n二〇二四年元月八日'), year: 2026, type: annual },
      { text: report('某县司法局2026年法治政府建设年度报告', '某县司法局\n二〇二六年十二月三十一日'), year: 2026, type: annual },
      { text: report('某镇党委书记2026年度述法报告', '述法人：李某\n二○二六年六月一日'), year: 2026, type: shufa },
      { text: report('某县人民政府2026年法治政府建设年度报告', '某县人民政府\n二O二五年十二月二十日'), year: 2026, type: annual },
      { text: report('某县人民政府2026年法治政府建设年度报告', '某县人民政府\n二〇二六年 十二月 二十日'), year: 2026, type: annual },
      { text: report('某县人民政府2026年法治政府建设年度报告', '某县人民政府\n二〇二五年十二月'), year: 2026, type: annual },
      { text: report('某镇党委书记2026年度述法报告', '述法人：张某\n日期：二〇二六年三月八日'), year: 2026, type: shufa },
    ],
    silent: [
      { text: report('某县人民政府2026年法治政府建设年度报告', '某县人民政府\n二〇二七年一月十五日'), year: 2026, type: annual },
      { text: report('某县人民政府2026年法治政府建设年度报告', '某县人民政府\n二○二七年元月'), year: 2026, type: annual },
      { text: report('某县人民政府2026年法治政府建设年度报告', '某县人民政府\n2027年元月10日'), year: 2026, type: annual },
      { text: report('某县人民政府2026年法治政府建设年度报告', '某县人民政府\n二〇二七年二月二十八日'), year: 2026, type: annual },
      { text: report('某县人民政府2026年法治政府建设年度报告', '某县人民政府\n二零二七年三月一日'), year: 2026, type: annual },
      { text: report('某镇党委书记2026年度述法报告', '述法人：张某\n二〇二七年一月二十日'), year: 2026, type: shufa },
      { text: report('某局2026年法治建设工作自查报告', '某局\n二〇二七年元月十二日'), year: 2026, type: self },
      { text: report('某局2026年法治建设工作自查报告', '某局\n二〇二七年一月五日'), year: 2026, type: self },
      { text: report('某县人民政府2026年法治政府建设年度报告', '某县人民政府\n２０２７年２月１０日'), year: 2026, type: annual },
      { text: report('某县司法局2026年法治政府建设年度报告', '某县司法局\n二〇二七年二月二十六日'), year: 2026, type: annual },
    ],
  },
  'impossible-date': {
    found: [
      { text: '二〇二六年二月三十日召开专题会议。', year: 2026 },
      { text: '于二〇二六年四月三十一日前完成整改。', year: 2026 },
      { text: '二○二七年二月二十九日前报送。', year: 2026 },
      { text: '2026年六月三十一日，组织集中学法。', year: 2026 },
      { text: '二零二六年九月三十一日开展执法检查。', year: 2026 },
      { text: '二〇二六年十三月五日召开会议。', year: 2026 },
      { text: '二〇二六年十一月三十一日，召开常务会议。', year: 2026 },
      { text: '２０２６年２月３０日召开专题会议。', year: 2026 },
      { text: '2026年元月三十二日召开会议。', year: 2026 },
      { text: '二〇二五年二月二十九日开展专项检查。', year: 2026 },
      { text: '二〇二六年四月三十一号召开会议。', year: 2026 },
      { text: '二O二六年二月二十九日召开专题会议。', year: 2026 },
      { text: '于二〇二六年 九月 三十一日前完成。', year: 2026 },
    ],
    silent: [
      { text: '二〇二六年二月二十八日召开专题会议。', year: 2026 },
      { text: '二〇二八年二月二十九日前完成。', year: 2026 },
      { text: '二〇二六年十二月三十一日前完成整改。', year: 2026 },
      { text: '二〇二六年元月三十一日召开会议。', year: 2026 },
      { text: '2026年十月三十一日，组织集中学法。', year: 2026 },
      { text: '二〇二六年四月三十日召开常务会议。', year: 2026 },
      { text: '二〇二六年度共办理案件三十一件。', year: 2026 },
      { text: '全年召开会议十二次，学法三十次。', year: 2026 },
      { text: '统一月度考核，每月三十日前报送。', year: 2026 },
      { text: '二〇二六年一月至十二月累计办理案件36件。', year: 2026 },
      { text: '《关于二〇二六年二月份工作安排的通知》要求，每月三十日前报送。', year: 2026 },
    ],
  },
  'year-contradiction': {
    found: [
      { text: '今年（二〇二五年）共办理行政复议案件12件。', year: 2026 },
      { text: '今年（即二〇二五年）全县共审查规范性文件9件。', year: 2026 },
      { text: '二〇二五年（今年）共办理行政复议案件12件。', year: 2026 },
      { text: '全年（二〇二五年一月至十二月）参加集中学法15次。', year: 2026 },
      { text: '明年（二〇二六年）将继续推进执法规范化建设。', year: 2026 },
      { text: '去年（二〇二六年）共办理行政复议案件12件。', year: 2026 },
      { text: '回顾二〇二五年，我局坚持依法监管，全年立案查处违法行为73起。', year: 2026 },
      { text: '根据县委依法治县办关于开展二〇二五年度法治建设考核工作的通知要求，本局开展了自查。', year: 2026 },
      { text: '截至二〇二五年底，全年共查处林业行政案件37起。', year: 2026 },
      { text: '某镇2026年法治政府建设年度报告\n二〇二五年以来，在县委、县政府的正确领导下，我镇深入推进法治建设。\n一、主要举措和成效\n全年审查规范性文件18件。', year: 2026 },
      { text: '某镇2026年法治政府建设年度报告\n现将有关情况报告如下。\n一、二〇二五年度推进法治政府建设的主要举措和成效\n全年审查规范性文件18件。', year: 2026 },
      { text: '本年度，县政府于二〇二四年三月出台重大行政决策程序规定。', year: 2026 },
      { text: '二〇二六年一至九月，全年共办理行政复议案件30件。', year: 2026 },
      { text: '今年（二O二五年）共办理行政复议案件12件。', year: 2026 },
      { text: '截至二〇二六年六月底，全年共办理行政复议案件88件。', year: 2026 },
      { text: '某镇2026年法治政府建设年度报告\n现将有关情况报告如下。\n一、主要举措和成效\n二〇二五年全年，全县共办理行政复议案件30件。', year: 2026 },
      { text: '行政复议案件较二〇二六年增长9%。', year: 2026 },
      { text: '二〇二五年是“十五五”开局之年，我县推进法治建设。', year: 2026 },
    ],
    silent: [
      { text: '今年（二〇二六年）共办理行政复议案件12件，较二〇二五年下降20%。', year: 2026 },
      { text: '二〇二五年（上年）共办理行政复议案件15件。', year: 2026 },
      { text: '深入贯彻《法治政府建设实施纲要（2021—2025年）》，推进依法行政。', year: 2026 },
      { text: '二〇一五年，中共中央、国务院印发《法治政府建设实施纲要（2015—2020年）》。', year: 2026 },
      { text: '回顾二〇二一年以来，我局累计查处违法行为300起。', year: 2026 },
      { text: '对开展二〇二五年度述法评议反馈的问题逐项整改。', year: 2026 },
      { text: '截至二〇二六年十二月底，全年共办理行政复议案件88件。', year: 2026 },
      { text: '某镇2026年法治政府建设年度报告\n二〇二六年以来，在县委、县政府的正确领导下，我镇深入推进法治建设。\n一、主要举措和成效\n全年审查规范性文件18件。', year: 2026 },
      { text: '某镇2026年法治政府建设年度报告\n现将有关情况报告如下。\n一、二〇二六年度推进法治政府建设的主要举措和成效\n全年审查规范性文件18件。\n二、二〇二七年工作打算\n加强培训。', year: 2026 },
      { text: '明年（二〇二七年）将继续推进执法规范化建设。', year: 2026 },
      { text: '二〇二六年一至十二月，全年共办理行政复议案件30件。', year: 2026 },
      { text: '截至二〇二六年六月底，已办理行政复议案件40件，完成全年目标任务的52%。', year: 2026 },
      { text: '二〇二六年是“十五五”开局之年，我县推进法治建设。', year: 2026 },
      { text: '行政复议案件较二〇二五年增长9%。', year: 2026 },
    ],
  },
};

describe('the date reader', () => {
  it('reads Arabic, full-width and Han numerals alike', () => {
    const read = (t: string) => readDates(t).map((d) => [d.year, d.month, d.day]);
    expect(read('二〇二七年一月十五日')).toEqual([[2027, 1, 15]]);
    expect(read('二○二七年元月')).toEqual([[2027, 1, undefined]]);
    expect(read('2027年元月')).toEqual([[2027, 1, undefined]]);
    expect(read('二零二六年十二月三十一日')).toEqual([[2026, 12, 31]]);
    expect(read('２０２６年１１月２０日')).toEqual([[2026, 11, 20]]);
    expect(read('2026年十一月二十日')).toEqual([[2026, 11, 20]]);
    expect(read('二〇二六年二月三十日')).toEqual([[2026, 2, 30]]);
  });
  it('keeps the offsets of the text it was given', () => {
    const text = '会议于二〇二七年元月十日召开。';
    const [d] = readDates(text, 100);
    expect(text.slice(d!.start - 100, d!.end - 100)).toBe('二〇二七年元月十日');
    expect(text.slice(d!.yearStart! - 100, d!.yearStart! - 100 + 4)).toBe('二〇二七');
  });
  it('reads no date in a count or a month word', () => {
    expect(readDates('统一月度考核，共三十一件。')).toEqual([]);
    expect(readDates('二O二七年元月').map((d) => d.year)).toEqual([2027]);
  });
});

kindProbes('round 10 facts2', PROBES);

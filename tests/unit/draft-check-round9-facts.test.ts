/**
 * Issue 25, round 9 (facts: documents): catches derived from the sources rather than from set items. Each
 * case is a shape of text made up for the test, not an item of any set.
 */
import { describe, expect, it } from 'vitest';
import { textsByRule } from './helpers/draft-check.ts';

describe('a 实施纲要 shortened to 纲要 (expired-document-as-guidance)', () => {
  const superseded = (text: string) => textsByRule('expired-document-superseded', text, 2024);
  it('reads the short name with the period first or after it as the replaced plan', () => {
    expect(superseded('全县按照2015-2020年法治政府建设纲要推进依法行政。')).toEqual(['按照2015-2020年法治政府建设纲要']);
    expect(superseded('落实法治政府建设纲要（2015—2020年）确定的任务。')).toEqual(['落实法治政府建设纲要（2015—2020年）']);
  });
  it('stays silent on the short name in a recollection and on the current plan', () => {
    expect(superseded('2015—2020年法治政府建设纲要实施期间，我县建成示范县。')).toEqual([]);
    expect(superseded('按照2021—2025年法治政府建设纲要推进依法行政。')).toEqual([]);
  });
});

describe('an earlier text of a current law named without 《》 (expired-document-as-guidance)', () => {
  const number = (text: string) => textsByRule('expired-document-number', text, 2025);
  it('finds the earlier text by the year before the bare name, after a verb of citing', () => {
    expect(number('依照2008年施行的政府信息公开条例办理申请。')).toEqual(['2008年施行的政府信息公开条例']);
    expect(number('按照2017年修正的中华人民共和国行政复议法审理案件。')).toEqual(['2017年修正的中华人民共和国行政复议法']);
  });
  it('stays silent on the current text, on history and on the bare name as a topic', () => {
    expect(number('依据2019年修订的政府信息公开条例办理申请。')).toEqual([]);
    expect(number('2008年施行的政府信息公开条例历经修订。')).toEqual([]);
    expect(number('政府信息公开条例宣传周活动顺利开展。')).toEqual([]);
  });
  it('reads a 《》 title once, not again as a bare name', () => {
    expect(number('依照2008年施行的《政府信息公开条例》办理申请。')).toEqual(['2008年施行的《政府信息公开条例》']);
  });
});

describe('the previous year-end after the year’s own count (year-contradiction)', () => {
  const year = (text: string) => textsByRule('consistency-current-year', text, 2026);
  it('flags 截至 the previous year-end after 全年 or 本年度 in the same sentence', () => {
    expect(year('全年共办理行政复议案件31件，截至2025年12月底已全部审结。')).toEqual(['2025']);
    expect(year('本年度受理投诉举报52件，截至2025年末均已办结。')).toEqual(['2025']);
  });
  it('stays silent on the report’s own year, on comparisons and on earlier sentences', () => {
    expect(year('全年共办理行政复议案件31件，截至2026年底已全部审结。')).toEqual([]);
    expect(year('全年共办理案件31件，较截至2025年底增加4件。')).toEqual([]);
    expect(year('全年共办理案件31件。截至2025年底累计办理案件200件。')).toEqual([]);
    expect(year('全年目标任务明确，截至2025年底已完成前期准备。')).toEqual([]);
  });
});

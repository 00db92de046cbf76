import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';

// A rate is taken over its own work: a count of another piece of work in the same sentence (抽查87次, 学法49次)
// is not the whole of 出庭应诉率 or 办结率, even when both are counted in 次.
const compiled = loadCompiled();
const report = (body: string) =>
  `某区水务局2025年度法治政府建设情况报告\n2025年，我局扎实推进法治政府建设，现将有关情况报告如下。\n一、主要举措和成效\n${body}\n二、存在的不足\n执法力量不足。\n三、下一步工作打算\n继续用力。\n某区水务局\n2026年2月10日\n`;
const rates = (body: string) =>
  checkDraft(report(body), compiled, { year: 2025 }).findings.filter((f) => f.rule === 'consistency-rate').map((f) => f.text);

describe('a rate is not taken over a count of other work', () => {
  it('stays silent when an occasion count of another work stands before the rate', () => {
    expect(rates('全年开展河道巡查64次，机关负责人出庭应诉12次，出庭应诉率达到100%。')).toEqual([]);
    expect(rates('组织理论中心组学法23次，行政负责人出庭应诉9次，出庭应诉率为96.2%。')).toEqual([]);
    expect(rates('召开法治专题会议15次，接待群众来访40人次，来访办结38人次，办结率95%。')).toEqual([]);
    expect(rates('局领导带队督导40次，负责人出庭应诉14次，出庭应诉率98%，行政机关败诉率持续下降。')).toEqual([]);
  });
  it('still checks a rate over the same work counted in occasions', () => {
    expect(rates('开展法律咨询60次，其中咨询满意57次，咨询满意率100%。')).toEqual(['咨询满意率100%']);
    expect(rates('组织行政执法人员培训50人次，其中培训考核合格40人次，考核合格率98%。')).toEqual(['考核合格率98%']);
  });
  it('still checks a rate over the cases or objects before it', () => {
    expect(rates('全年开展检查88次，办理行政应诉案件20件，负责人出庭应诉15件，出庭应诉率100%。')).toEqual(['出庭应诉率100%']);
    expect(rates('全年调处矛盾纠纷120起，调解成功100起，调解成功率95%。')).toEqual(['调解成功率95%']);
  });
  it('a rate that agrees with its counts stays silent', () => {
    expect(rates('开展法律咨询60次，其中咨询满意57次，咨询满意率95%。')).toEqual([]);
  });
});

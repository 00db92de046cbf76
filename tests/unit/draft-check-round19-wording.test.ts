// Probes written from ../shared/reference alone (not from the evaluation sets), each one sentence inside a short whole
// report (title, opening, 一、二、三、 sections, 落款) or a whole report where the signature is what is probed:
// 以下率上 for B5's 以上率下; the first-responsible-person duty put into a year-end event other than 述职 (A6);
// a short title with a word put inside (central-documents.md §1's 优化营商环境条例); the 2018 人民主体地位 built into a
// longer wording beside 习近平法治思想 (C1, C2). Silent ones, the look-alikes: 执法制度建设 and 依法制定 (法 and 制 in two
// words), a signature spacing a title or organ from a name whose surname is a measure word, the short name
// 应知应会法律清单制度 (central-documents.md line 59 gives the name only in a title), place-prefixed and 实施细则 titles.
import { describe, expect, it } from 'vitest';
import { annual, kindProbes, shortReport, shufa, self, type KindProbes, type Probe } from './helpers/kind-probes.ts';
import { check, kindOf, rulesIn } from './helpers/draft-check.ts';

const wrap = shortReport({
  title: (year, type) => (type === shufa ? `县水利局局长${year}年度述法报告` : type === self ? `县水利局${year}年度法治建设自查报告` : `某县人民政府${year}年法治政府建设年度报告`),
  opening: (year) => `${year}年，我们坚持以习近平法治思想为指导，扎实推进法治建设。现将有关情况报告如下。`,
  plans: () => '下一步工作安排\n持续加强执法监督。',
  signoff: (year, type) => (type === shufa ? `述法人：县水利局局长 李华\n${year + 1}年1月16日` : `某县人民政府\n${year + 1}年1月22日`),
});
const r = (text: string, year = 2025, type: Probe['type'] = annual): Probe => ({ text, year, type });

/** A whole report signed by the given line, for the signature probes. */
const signed = (signature: string, year = 2025): Probe => ({
  year,
  type: shufa,
  text: `区教育局局长${year}年度述法报告\n一、学法用法\n组织局班子成员学习教育法、教师法。\n二、存在的不足\n执法检查覆盖面不够。\n三、下一步打算\n开展联合执法检查。\n${signature}\n${year + 1}年1月8日`,
});

export const PROBES: KindProbes = {
  'series-order': {
    found: [
      r('坚持以身作则、以下率上，带头尊法学法守法用法。', 2025, shufa),
      r('班子成员以下率上，带头参加旁听庭审。', 2024, self),
    ],
    silent: [
      r('坚持以身作则、以上率下，带头尊法学法守法用法。', 2025, shufa),
      r('上下联动，全县执法案卷评查全覆盖。'),
    ],
  },
  'system-name': {
    found: [
      r('将履行推进法治建设第一责任人职责情况列入年终述廉内容。', 2025, shufa),
      r('把第一责任人职责情况纳入年终总结内容。', 2025, shufa),
      r('完善领导干部应知应会法规清单制度。', 2024, self),
      // the 法治中国建设规划's wording of 2021, listed in the bank; the hint gives the name of the system's own opinion
      r('落实领导干部应知应会法律法规清单制度。'),
      r('全面落实行政执法公示制度、执法过程记录制度、重大执法决定法制审核制度。'),
    ],
    silent: [
      r('将履行推进法治建设第一责任人职责情况列入年终述职内容。', 2025, shufa),
      r('把法治建设成效列入年终考核内容。'),
      r('带头落实领导干部应知应会党内法规和国家法律清单制度。', 2025, shufa),
      r('落实应知应会法律清单制度，组织班子成员学习民法典。', 2025, shufa),
      r('落实应知应会国家法律清单制度。', 2024, self),
      r('落实领导干部应知应会法律清单制度，组织学法考试1次。'),
      r('落实领导干部应知应会党内法规清单制度。', 2024, self),
    ],
  },
  'document-title': {
    found: [
      r('全面落实《优化营商环境实施条例》，建立涉企政策清单。'),
      r('对照《优化营商环境服务条例》开展自查。', 2024, self),
    ],
    silent: [
      r('全面落实《优化营商环境条例》，建立涉企政策清单。'),
      r('贯彻《江苏省优化营商环境条例》。'),
      r('制定《优化营商环境条例实施细则》。'),
    ],
  },
  'outdated-wording': {
    found: [
      r('贯彻习近平法治思想，坚持以人民主体地位为出发点，推进法治政府建设。'),
    ],
    silent: [
      r('坚持以人民主体地位为出发点，深化诉源治理。', 2024, self),
      r('学习习近平法治思想，坚持以人民为中心。'),
    ],
  },
  'fazhi-fazhi': {
    found: [
      r('推进法制机关建设，机关干部学法考试参考率100%。'),
    ],
    silent: [
      r('一、执法制度建设\n修订完善行政处罚裁量基准。'),
      r('加强司法制度建设宣传。'),
      r('依法制定法治建设规划。'),
      r('重大执法决定法制审核全覆盖。'),
    ],
  },
  placeholder: {
    found: [
      signed('区教育局局长 项丽\n全年办理案件  件。'),
      r('全年受理案件 件，办结 件。'),
      r('全县共有　　个乡镇完成改革。'),
    ],
    silent: [
      signed('松阳区教育局局长 项丽'),
      signed('区教育局局长　万明'),
      signed('县司法局 宗伟'),
      signed('中共长乐镇委员会书记　项国强'),
      signed('述法人：区教育局局长 项丽'),
    ],
  },
};

const draftOf = (p: Probe) => (/^[^\n]*报告\n/.test(p.text) ? p.text : wrap(p));
kindProbes('round 19 (wording)', PROBES, draftOf);

describe('round 19 (wording): one mistake, one finding, and the levels', () => {
  const of = (kind: string, p: Probe) => check(draftOf(p), p.year, p.type).filter((f) => rulesIn(f).some((x) => kindOf.get(x) === kind));
  it('以下率上 is one 错误 (B5 writes 以上率下 verbatim)', () => {
    const found = of('series-order', r('坚持以身作则、以下率上，带头尊法学法守法用法。', 2025, shufa));
    expect(found.map((f) => f.level)).toEqual(['error']);
  });
  it('a word put inside a short title is one 提示: a local text may bear that title', () => {
    const found = of('document-title', r('全面落实《优化营商环境实施条例》。'));
    expect(found.map((f) => f.level)).toEqual(['hint']);
  });
  it('年终述廉 gives one system-name finding', () => {
    expect(of('system-name', r('将履行推进法治建设第一责任人职责情况列入年终述廉内容。', 2025, shufa))).toHaveLength(1);
  });
});

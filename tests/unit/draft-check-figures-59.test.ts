/**
 * Round 59 (number-mismatch): the opening's count of a common measure against the body's one count of it named in other
 * words (集中学法 / 集体学法, 普法活动 / 法治宣传活动, 培训执法人员 / 执法人员培训, 行政应诉 / 行政诉讼案件, the review of
 * 规范性文件 with the number first); those added to a staff group (充实…N名) not read as the group's size unless more than
 * it; a bare 全年共N次 after half-year parts read as the parts' own measure. Sentences written for these tests, not taken
 * from the evaluation sets.
 */
import { describe, expect, it } from 'vitest';
import { check, kindOf, rulesIn } from './helpers/draft-check.ts';

const report = (opening: string, body: string, problems = '基层执法力量仍显薄弱。') =>
  `榆滨县人民政府2025年度法治政府建设情况报告\n2025年，榆滨县人民政府深入学习贯彻习近平法治思想，${opening}。现将有关情况报告如下：\n一、主要举措和成效\n${body}\n二、存在的不足\n${problems}\n三、下一步打算\n计划组织集体学法8次。\n榆滨县人民政府\n2026年1月12日`;
const mismatches = (text: string) => check(text, 2025).filter((f) => rulesIn(f).some((r) => kindOf.get(r) === 'number-mismatch'));
const places = (text: string) => mismatches(text).flatMap((f) => (f.places ?? [f]).map((p) => text.slice(p.start, p.end)));

describe('the opening’s measure named in other words in the body', () => {
  const caught: [string, string, string][] = [
    ['全年开展集体学法12次', '县政府常务会议组织集中学法10次，邀请律师授课。', '10次'],
    ['全年组织集中学法5次', '落实领导干部学法制度，开展集体学法8次。', '8次'],
    ['举办普法活动31场', '围绕宪法宣传周等重要节点举办法治宣传活动36场。', '36场'],
    ['组织行政执法人员培训240人次', '分领域培训行政执法人员214人次，讲解行政检查规范。', '214人次'],
    ['办理行政诉讼案件18件', '榆滨县应诉行政应诉案件15件，负责人出庭应诉全覆盖。', '15件'],
    ['全年完成规范性文件合法性审核27件', '全年对25件规范性文件进行合法性审核，提出意见9条。', '25件'],
    ['合法性审核行政规范性文件13件', '严格审核把关，全年对17件行政规范性文件开展合法性审核。', '17件'],
  ];
  for (const [opening, body, figure] of caught) {
    it(`reports ${figure}: ${body}`, () => {
      const text = report(opening, body);
      expect(places(text)).toContain(figure);
    });
  }
  const silent: [string, string][] = [
    // The same number in other words.
    ['全年开展集体学法12次', '县政府常务会议组织集中学法12次，邀请律师授课。'],
    // An occasion counting fewer: some of the year's events.
    ['举办普法活动31场', '围绕宪法宣传周等重要节点举办法治宣传活动12场。'],
    // A part named between the words: the review of one kind of document.
    ['全年完成规范性文件合法性审核27件', '全年审核涉企规范性文件9件。'],
    // Another place named before the measure: a town's share.
    ['全年开展集体学法12次', '青崖镇开展集体学法4次。'],
    // A plan in the last section (the template's 计划组织集体学法8次) is next year's.
    ['全年开展集体学法12次', '邀请律师授课，讲解行政复议法。'],
  ];
  for (const [opening, body] of silent) it(`stays silent: ${opening} / ${body}`, () => expect(places(report(opening, body))).toEqual([]));
});

describe('those added to a staff group against its size', () => {
  it('stays silent when fewer were added than the group holds', () => {
    const text = report('全年审查合同45份', '榆滨县充实法制审核人员3名，建立会商机制。榆滨县7名法制审核人员全部持证上岗。');
    expect(places(text)).toEqual([]);
  });
  it('reports more added than the group holds', () => {
    const text = report('全年审查合同45份', '榆滨县充实法制审核人员6名，建立会商机制。榆滨县4名法制审核人员全部持证上岗。');
    expect(mismatches(text).length).toBeGreaterThan(0);
  });
});

describe('全年共N次 after half-year parts', () => {
  it('is not read as another measure of the same act', () => {
    const text = report('全年开展集体学法9次', '上半年开展行政执法检查5次，下半年开展7次，全年共12次。县政府开展集体学法9次。');
    expect(places(text)).toEqual([]);
  });
});

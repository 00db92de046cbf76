// Round 57: the 规划's 能力 and 绝不允许 sentences without their newer items, and 到期 before a goal read as its deadline.
import { describe, expect, it } from 'vitest';
import { textsByRule } from './helpers/draft-check.ts';

const report = (body: string, plans: string) =>
  `某区司法局关于2025年度法治政府建设情况的报告\n一、主要工作\n${body}\n二、存在的不足\n一是基层力量不足。\n三、2026年工作安排\n${plans}\n某区司法局\n2026年1月15日`;

describe('the 规划 ability sentence in the writer’s voice anywhere', () => {
  const AIM = 'sub-ability-without-risk-aim';
  it('flags a raising verb with 能力 right after the four items, outside the plans', () => {
    expect(textsByRule(AIM, report('班子成员着力增强用法治思维和法治方式深化改革、推动发展、化解矛盾、维护稳定能力，全年学法6次。', '持续抓好学法。'), 2025)).toEqual(['深化改革、推动发展、化解矛盾、维护稳定能力']);
  });
  it('stays silent on 的能力 outside the plans, the 《规定》 wording and an account', () => {
    expect(textsByRule(AIM, report('我们注重提升运用法治思维和法治方式深化改革、推动发展、化解矛盾、维护稳定的能力。', '持续抓好学法。'), 2025)).toEqual([]);
    expect(textsByRule(AIM, report('局长自觉运用法治思维和法治方式深化改革、推动发展、化解矛盾、维护稳定。', '持续抓好学法。'), 2025)).toEqual([]);
    expect(textsByRule(AIM, report('干部运用法治思维和法治方式深化改革、推动发展、化解矛盾、维护稳定能力明显增强。', '持续抓好学法。'), 2025)).toEqual([]);
  });
});

describe('绝不允许 without 逐利违法', () => {
  const NEVER = 'sub-never-allow-without-profit';
  it('flags the 规划 sentence with three items', () => {
    expect(textsByRule(NEVER, report('局党组严明纪律，决不允许以言代法、以权压法、徇私枉法。', '持续抓好学法。'), 2025)).toEqual(['决不允许以言代法、以权压法、徇私枉法']);
  });
  it('stays silent on the 《规定》 wording, other verbs and the fuller list', () => {
    expect(textsByRule(NEVER, report('坚持宪法法律至上，反对以言代法、以权压法、徇私枉法。', '持续抓好学法。'), 2025)).toEqual([]);
    expect(textsByRule(NEVER, report('严防以言代法、以权压法、徇私枉法等现象。', '持续抓好学法。'), 2025)).toEqual([]);
    expect(textsByRule(NEVER, report('绝不允许以言代法、以权压法、逐利违法、徇私枉法。', '持续抓好学法。'), 2025)).toEqual([]);
  });
});

describe('到期 right before the old goal', () => {
  const GOAL = 'sub-jiben-jiancheng-fazhi-zhengfu';
  it('reads 到期 before the goal as its deadline', () => {
    expect(textsByRule(GOAL, report('全年办理复议案件9件。', '确保到期基本建成法治政府。'), 2025)).toEqual(['基本建成法治政府']);
  });
  it('keeps a plan’s expiry in the sentence as history', () => {
    expect(textsByRule(GOAL, report('2015—2020年纲要到期后，回看基本建成法治政府的目标。', '持续抓好学法。'), 2025)).toEqual([]);
  });
});

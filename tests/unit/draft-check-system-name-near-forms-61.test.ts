/**
 * Round 61 (system-name): the first of the 三项制度 named 执法信息公示制度 in the list of three (v63d-system-name-06, -10), the
 * 依法治 committee's office called 办事处 (v63c-system-name-10), and 共治 for 德治 in 自治、法治、德治相结合
 * (v63c-system-name-14). Sentences written for these tests, not taken from the evaluation sets.
 */
import { describe, expect, it } from 'vitest';
import { check, kindOf, rulesIn } from './helpers/draft-check.ts';

const report = (body: string) =>
  `岚溪县人民政府2025年度法治政府建设情况报告\n2025年，岚溪县深入学习贯彻习近平法治思想，扎实推进法治政府建设。现将有关情况报告如下：\n一、主要举措和成效\n${body}\n二、存在的不足\n基层执法力量仍显薄弱。\n三、下一步打算\n计划组织集体学法8次。\n岚溪县人民政府\n2026年1月12日`;
const names = (body: string) => {
  const text = report(body);
  return check(text, 2025)
    .filter((f) => rulesIn(f).some((r) => kindOf.get(r) === 'system-name'))
    .flatMap((f) => (f.places ?? [f]).map((p) => text.slice(p.start, p.end)));
};

describe('执法信息公示制度 for 行政执法公示制度', () => {
  it('reports it first in the list of three', () => {
    expect(names('县市场监管局严格执行执法信息公示制度、执法全过程记录制度和重大执法决定法制审核制度，办理案件120件。').join()).toContain('执法信息公示制度');
  });
  it('reports it after the slogan', () => {
    expect(names('落实行政执法“三项制度”，即行政执法信息公示制度、执法全过程记录制度、重大执法决定法制审核制度。').join()).toContain('执法信息公示制度');
  });
  it('stays silent on the act, the platform and other systems', () => {
    expect(names('全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度，执法信息公示率100%。')).toEqual([]);
    expect(names('依托执法信息公示平台公开处罚决定480条，落实企业信息公示制度，年报公示率97%。')).toEqual([]);
  });
});

describe('委员会办事处 for 委员会办公室', () => {
  it('reports the committee office called 办事处', () => {
    expect(names('每季度向县委全面依法治县委员会办事处报送工作进展。').join()).toContain('委员会办事处');
  });
  it('stays silent on the right name and on other 办事处', () => {
    expect(names('每季度向县委全面依法治县委员会办公室报送工作进展。')).toEqual([]);
    expect(names('指导各街道办事处开展法治宣传，县政府驻省城办事处落实合同审查。')).toEqual([]);
  });
});

describe('共治 for 德治 in 自治、法治、德治相结合', () => {
  it('reports the third word swapped', () => {
    expect(names('健全党组织领导的自治、法治、共治相结合的城乡基层治理体系，建成示范村5个。').join()).toContain('共治');
  });
  it('stays silent on the right wording and on 共建共治共享', () => {
    expect(names('健全党组织领导的自治、法治、德治相结合的城乡基层治理体系，建成示范村5个。')).toEqual([]);
    expect(names('完善共建共治共享的社会治理制度，推动自治、共治良性互动。')).toEqual([]);
  });
});

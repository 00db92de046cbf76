import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';

const compiled = loadCompiled();
const report = (body: string) =>
  `某县人力资源和社会保障局2024年度法治政府建设情况报告\n2024年，我局扎实推进法治政府建设，现将有关情况报告如下。\n一、主要举措和成效\n${body}\n二、存在的不足\n基层执法力量薄弱。\n三、下一步工作打算\n下一步，我局将持续用力。\n某县人力资源和社会保障局\n2025年2月1日\n`;
const of = (body: string, rule: string) =>
  checkDraft(report(body), compiled, { year: 2024 }).findings.filter((f) => f.rule === rule).map((f) => [f.text, f.level]);
const shares = (body: string) => of(body, 'consistency-rate');

describe('two shares of one whole that add up to more than 100%', () => {
  it('flags opposite halves: online and offline, counter, men and women, done and not done', () => {
    expect(shares('全年受理劳动保障监察举报投诉，网上受理的占71%，窗口受理的占36%。')).toEqual([['窗口受理的占36%', 'hint']]);
    expect(shares('在调解成功的劳动争议中，线下调解占比45%，线上调解占比58.5%。')).toEqual([['线上调解占比58.5%', 'hint']]);
    expect(shares('全县持证执法人员中，男性占比57%，女性占比49%。')).toEqual([['女性占比49%', 'hint']]);
    expect(shares('年度重点改革事项中，已完成的占83%，未完成的占21%。')).toEqual([['未完成的占21%', 'hint']]);
  });
  it('flags a remainder that leaves more than the rest', () => {
    expect(shares('全年行政处罚案件中，适用简易程序的占比35%，其余适用普通程序的占比70%。')).toEqual([['其余适用普通程序的占比70%', 'hint']]);
  });
  it('stays silent when the halves add up to 100% or less, allowing for rounding', () => {
    expect(shares('全年受理劳动保障监察举报投诉，网上受理的占64%，窗口受理的占36%。')).toEqual([]);
    expect(shares('全县持证执法人员中，男性占比51%，女性占比50%。')).toEqual([]);
    expect(shares('在调解成功的劳动争议中，线下调解占比40%，线上调解占比55%。')).toEqual([]);
  });
  it('stays silent on shares that may overlap or are of different wholes', () => {
    expect(shares('全局执法人员中，党员占比82%，女性占比47%。')).toEqual([]);
    expect(shares('具有法律职业资格的人员占比61%，法学专业毕业的人员占比52%。')).toEqual([]);
    expect(shares('行政复议案件中调解结案占比68%；行政诉讼案件中和解撤诉占比41%。')).toEqual([]);
    expect(shares('网上办理事项占比提高到72%，较上年提高9个百分点，群众满意率达到98%。')).toEqual([]);
  });
});

describe('中 after an act in progress does not open a breakdown', () => {
  const sums = (body: string) => of(body, 'consistency-parts-sum');
  it('stays silent on a remainder still being handled, followed by another count and its parts', () => {
    expect(sums('全年受理劳动人事争议仲裁案件152件，已结案147件，其余5件正在审理中，全年清理规范性文件23件，其中保留15件、修改8件。')).toEqual([]);
    expect(sums('收到信访事项67件，办结62件，剩余5件仍在核查中，组织执法培训12期，其中专题培训7期、轮训5期。')).toEqual([]);
  });
  it('still reads 中 that picks parts out of a counted whole', () => {
    expect(sums('全年办结的48名执法人员中，持证的30名、未持证的21名。')).toEqual([['48名', 'hint']]);
  });
});

import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';

const compiled = loadCompiled();
const report = (body: string) => `某县司法局2024年度法治政府建设情况报告\n一、主要工作\n${body}\n二、存在的问题\n一是基层力量不足。\n`;
const summary = (body: string) => checkDraft(report(body), compiled, { year: 2024 }).findings.filter((f) => f.rule === 'consistency-summary-total');

describe('a count named by a back-pointer with its noun before the number', () => {
  it('marks a restated contract count whose digits were swapped', () => {
    const found = summary('（一）规范决策。全年对214份行政协议进行合法性审查，均出具书面意见。（二）强化执法。办结执法案件302件。以上协议412份均已归档备查。');
    expect(found.map((f) => f.level)).toEqual(['hint']);
  });
  it('marks a closing 综上 whose session count differs, 会前 and 集体 being one kind of 学法', () => {
    const found = summary('（一）抓学习。本年度组织常务会议会前学法16次。（二）抓普法。举办法治讲座22场。综上，全年集体学法61次。');
    expect(found).toHaveLength(1);
  });
  it('marks sessions restated in 次 after being counted in 场', () => {
    expect(summary('（一）抓学习。年内组织理论中心组专题学法15场。（二）抓决策。审查合同40份。前述集体学法51次已形成台账。')).toHaveLength(1);
  });
  it('stays silent when the restated number agrees', () => {
    expect(summary('（一）规范决策。全年对214份行政协议进行合法性审查。上述协议214份均已归档。')).toEqual([]);
  });
  it('stays silent on a part, another period and a sum of a list', () => {
    expect(summary('（一）规范决策。全年审查合同86份，其中采购合同40份。上述合同中其中采购合同12份存在瑕疵。')).toEqual([]);
    expect(summary('（一）抓学习。本年度会前学法12次。以上较去年集体学法增加5次。')).toEqual([]);
    expect(summary('（一）普法。开展线上宣讲18场、线下宣讲26场。以上合计44场。')).toEqual([]);
  });
  it('stays silent when two earlier counts fit and neither is the number with its digits swapped', () => {
    expect(summary('（一）抓学习。上半年专题学法12次，下半年会前学法15次。综上，全年集体学法40次。')).toEqual([]);
  });
});

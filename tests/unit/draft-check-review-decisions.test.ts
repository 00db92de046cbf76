import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';

const compiled = loadCompiled();
const draft = (body: string) =>
  `某县人民政府2024年法治政府建设年度报告\n2024年，我县扎实推进法治政府建设。现将有关情况报告如下。\n一、主要举措和成效\n${body}\n二、存在的不足\n基层力量薄弱。\n三、下一步工作打算\n持续用力。\n某县人民政府\n2025年2月1日\n`;
const found = (body: string, rule: string) =>
  checkDraft(draft(body), compiled, { year: 2024 }).findings.filter((f) => f.rule === rule).map((f) => [f.text, f.level]);

describe('复议 decisions against the cases they decide', () => {
  const sums = (body: string) => found(body, 'consistency-parts-sum');
  it('flags four or more decisions that do not make up the cases handled', () => {
    expect(sums('全年办理行政复议案件64件，其中维持30件、撤销6件、确认违法5件、调解和解13件。')).toEqual([['64件', 'hint']]);
    expect(sums('区政府全年共办结行政复议案件45件，其中作出维持决定的20件、撤销9件、责令履行4件、终止审理5件。')).toEqual([['45件', 'hint']]);
  });
  it('flags three decisions that add up to more than the cases', () => {
    expect(sums('全年审结行政复议案件30件，其中维持21件、撤销5件、确认违法7件。')).toEqual([['30件', 'hint']]);
  });
  it('stays silent when they add up, when some cases are left open, or on other cases', () => {
    expect(sums('全年办理行政复议案件37件，其中维持17件、撤销7件、确认违法4件、调解和解9件。')).toEqual([]);
    expect(sums('全年办理行政复议案件60件，其中维持21件、撤销5件、确认违法4件、驳回3件，其余正在审理。')).toEqual([]);
    expect(sums('全年受理行政复议案件60件，其中维持21件、撤销5件、确认违法4件、驳回3件。')).toEqual([]);
    expect(sums('全年办理行政复议案件60件，其中维持21件、撤销5件。')).toEqual([]);
    expect(sums('全年办理行政诉讼案件60件，其中维持21件、撤销5件、确认违法4件、驳回3件。')).toEqual([]);
  });
});

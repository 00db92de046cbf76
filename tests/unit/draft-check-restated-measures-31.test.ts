import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';

const compiled = loadCompiled();
const draft = (body: string) => `某县司法局2025年法治政府建设年度报告\n2025年，我局扎实推进法治政府建设。现将有关情况报告如下。\n一、主要举措和成效\n${body}\n二、存在的不足\n基层力量薄弱。\n三、下一年度主要安排\n下一步，我局将持续用力。\n某县司法局\n2026年2月1日\n`;
const restated = (body: string) => checkDraft(draft(body), compiled, { year: 2025 }).findings.filter((f) => f.rule === 'consistency-summary-total').map((f) => f.text);

describe('a measure restated with the number before its noun', () => {
  it('flags a count referred to as all of it with another number', () => {
    expect(restated('（一）依法决策。全年作出重大行政决策6项。（二）合法性审查。11项重大行政决策全部经过合法性审查。')).toEqual([expect.stringMatching(/^11项/)]);
  });
  it('flags 全年N次 against the same act counted with the number after it', () => {
    expect(restated('（一）学法。全年组织会前学法活动8次。（二）领导带头。在全年12次会前学法活动中，局长领学。')).toEqual([expect.stringMatching(/^12次/)]);
  });
  it('flags problems found referred back with another number', () => {
    expect(restated('（一）督察。开展法治督察，发现问题17个，已反馈整改。（二）整改。督察发现的21个问题已整改完毕。')).toEqual([expect.stringMatching(/^21个/)]);
  });
  it('stays silent when the numbers agree or the later count is a part', () => {
    expect(restated('（一）依法决策。全年作出重大行政决策6项。（二）合法性审查。6项重大行政决策全部经过合法性审查。')).toEqual([]);
    expect(restated('（一）依法决策。全年作出重大行政决策6项。（二）后评估。其中2项重大行政决策开展了后评估。')).toEqual([]);
    expect(restated('（一）诉讼。全年应诉行政诉讼案件20件。（二）败诉。全年20件行政诉讼案件中有2件败诉。')).toEqual([]);
  });
});

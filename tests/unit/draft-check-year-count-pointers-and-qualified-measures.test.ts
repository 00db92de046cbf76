import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';

const compiled = loadCompiled();
const draft = (body: string, plans = '下一步，我局将持续用力。') =>
  `某县文化旅游局局长2024年度述法报告\n2024年，本人认真履行推进法治建设第一责任人职责，现将有关情况报告如下。\n一、主要工作\n${body}\n二、存在的不足\n基层力量薄弱。\n三、下一步工作打算\n${plans}\n述法人：某县文化旅游局局长 李明\n2025年1月10日\n`;
const marked = (body: string, plans?: string) =>
  checkDraft(draft(body, plans), compiled, { year: 2024 }).findings.filter((f) => f.rule === 'consistency-summary-total').map((f) => f.text);

describe('a later count pointing back at the year, against a count told by its occasions (same-measure.ts)', () => {
  it('flags the plan standing on the year count with its digits in another order', () => {
    expect(marked('（一）普法。结合国家安全教育日、宪法宣传周等节点开展法治讲座153场。', '以本年度开展法治讲座135场为基础，持续巩固工作成果。')).toEqual(['135场']);
  });
  it('flags 一年来 in another section restating the count swapped', () => {
    expect(marked('（一）普法。利用“三下乡”活动月等契机开展送法下乡活动274场。\n（二）执法。一年来开展送法下乡活动247场，群众反响良好。')).toEqual(['247场']);
  });
  it('stays silent when the occasion count and the year count differ plainly: the occasions may be a part', () => {
    expect(marked('（一）普法。围绕宪法宣传周、民法典宣传月等节点开展法治讲座36场。', '以本年度开展法治讲座150场为基础，持续巩固工作成果。')).toEqual([]);
  });
  it('stays silent on two occasion counts with digits swapped', () => {
    expect(marked('（一）普法。在宪法宣传周期间开展法治讲座12场。\n（二）宣传。在民法典宣传月期间开展法治讲座21场。')).toEqual([]);
  });
});

describe('a measure with a qualifier added is a part of the plain one, either way round', () => {
  it('keeps 听取专题汇报 apart from 听取汇报', () => {
    expect(marked('（一）履职。全年听取专题汇报4次，研究解决难点问题。\n（二）督办。年内共听取汇报9次，督促整改落实。')).toEqual([]);
  });
  it('keeps 召开专题会议 apart from 召开会议', () => {
    expect(marked('（一）履职。全年召开会议12次，部署各项工作。\n（二）督办。全年召开专题会议5次，研究法治工作。')).toEqual([]);
  });
  it('keeps 专题学法 apart from 集中学法 told of the 班子', () => {
    expect(marked('（一）学法。全年组织专题学法3次，提高法治素养。\n（二）督办。组织班子成员集中学法8次，学法情况纳入考核。')).toEqual([]);
  });
  it('still reads words of place before the short name as the same thing (村（社区）…服务点 … 服务点)', () => {
    const annual = `某县司法局2024年法治政府建设年度报告\n2024年，全县共建成村（社区）法律顾问服务点164个，实现全覆盖。现将有关情况报告如下。\n一、主要举措和成效\n（一）全县157个村（社区）全部配备法律顾问，建成服务点157个。\n二、存在的不足\n基层力量薄弱。\n三、下一年度主要安排\n持续用力。\n某县司法局\n2025年2月1日\n`;
    expect(checkDraft(annual, compiled, { year: 2024 }).findings.filter((x) => x.rule === 'consistency-summary-total')).toHaveLength(1);
  });
  it('still flags the same qualified measure told twice', () => {
    expect(marked('（一）履职。全年听取专题汇报4次，研究解决难点问题。\n（二）督办。全年听取专题汇报6次，督促整改落实。')).toHaveLength(1);
  });
});

describe('a count named by examples is some of the year count (count-tuples.ts)', () => {
  it('stays silent on 采购、租赁等合同 against the year total of contracts', () => {
    expect(marked('（一）审查。全年审查各类合同协议180份。\n（二）顾问。聘请律师担任法律顾问，审查采购、租赁等合同7份。')).toEqual([]);
  });
  it('still flags the examples count when its digits are the year total swapped', () => {
    const annual = `某县文化旅游局2024年法治政府建设年度报告\n2024年，我局全年审查各类合同协议210份。现将有关情况报告如下。\n一、主要举措和成效\n（一）法律顾问。聘请律师担任法律顾问，审查采购、租赁等合同201份。\n二、存在的不足\n基层力量薄弱。\n三、下一年度主要安排\n持续用力。\n某县文化旅游局\n2025年2月1日\n`;
    const f = checkDraft(annual, compiled, { year: 2024 }).findings.filter((x) => x.rule === 'consistency-summary-total');
    expect(f.map((x) => x.text)).toEqual(['201份']);
  });
});

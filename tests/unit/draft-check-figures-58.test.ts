/**
 * Round 58 (number-mismatch): a count number first with 的 and a further noun (N项X的Y) looking back on the body's whole,
 * a group's whole told again with the report's place alone before the number (quoted or not, smaller or larger), the
 * opening's act told in the passive in the body (经X审查的合同), and a breakdown sentence that names its whole again
 * (文件20件中，政府文件6件、部门文件14件) no longer read as a fourth part. Sentences written for these tests, not taken
 * from the evaluation sets.
 */
import { describe, expect, it } from 'vitest';
import { check, kindOf, rulesIn } from './helpers/draft-check.ts';

const report = (opening: string, body: string, problems = '学法形式较为单一。') =>
  `柘水区司法局2025年度法治政府建设情况报告\n2025年，柘水区司法局深入学习贯彻习近平法治思想，${opening}。现将有关情况报告如下：\n一、主要举措和成效\n${body}\n二、存在的不足\n${problems}\n三、下一步打算\n加强学习培训。\n柘水区司法局\n2026年1月10日`;
const mismatches = (text: string) => check(text, 2025).filter((f) => rulesIn(f).some((r) => kindOf.get(r) === 'number-mismatch'));
const spans = (text: string) => mismatches(text).map((f) => f.text);

describe('N项X的Y: a count with 的 and a further noun restating the body’s whole', () => {
  const opening = '全年开展普法活动40场';
  it('reports a larger count of decisions in the problems part', () => {
    const text = report(opening, '全年作出重大行政决策事项6项，均经合法性审查。', '一是9项重大行政决策的执行情况跟踪不够；二是学法形式较为单一。');
    expect(spans(text)).toContain('9项重大行政决策');
  });
  it('reports a larger count of cases, another measure and unit', () => {
    const text = report(opening, '全年办理行政复议案件14件，办结率100%。', '一是17件行政复议案件的调解工作开展不足；二是学法形式较为单一。');
    expect(spans(text)).toContain('17件行政复议案件');
  });
  const silent: [string, string][] = [
    ['全年作出重大行政决策事项6项，均经合法性审查。', '一是3项重大行政决策的执行情况跟踪不够；二是学法形式较为单一。'],
    ['全年作出重大行政决策事项6项，均经合法性审查。', '一是6项重大行政决策的执行情况跟踪不够；二是学法形式较为单一。'],
    ['全年办理行政复议案件14件，办结率100%。', '一是5件行政复议案件的调解工作开展不足；二是学法形式较为单一。'],
    // A short general noun: the units assessed are not the units notified.
    ['全年对7个单位进行通报并督促整改。将法治建设成效纳入58个单位的年度考核。', '学法形式较为单一。'],
  ];
  for (const [body, problems] of silent) it(`stays silent: ${problems}`, () => expect(spans(report(opening, body, problems))).toEqual([]));
});

describe('the place’s N名X: the whole group told again', () => {
  it('reports a larger count with the noun in quotation marks', () => {
    const text = report('培育农村“人民调解员”120名', '柘水区126名“人民调解员”全年参与纠纷化解300余次。');
    expect(spans(text)).toContain('126名“人民调解员”');
  });
  it('reports a smaller count without quotation marks', () => {
    const text = report('选聘法律顾问36名', '柘水区31名法律顾问均参与重大事项合法性审查。');
    expect(spans(text)).toContain('31名法律顾问');
  });
  const silent = [
    // Another place than the title's: the town's advisers are some of them.
    '溪口镇18名“人民调解员”全年参与纠纷化解。',
    // The same count again.
    '柘水区120名“人民调解员”全年参与纠纷化解。',
    // A step, not the group.
    '柘水区新增15名“人民调解员”，全年参与纠纷化解。',
  ];
  for (const body of silent) it(`stays silent: ${body}`, () => expect(spans(report('培育农村“人民调解员”120名', body))).toEqual([]));
});

describe('the opening’s act told in the passive in the body', () => {
  it('reports 经X审核的Y累计N that disagrees with the opening', () => {
    const text = report('全年审核各类行政合同58份、办理行政复议案件14件', '经法律顾问审核的行政合同累计52份，未发现重大法律风险。');
    expect(spans(text)).toContain('52份');
  });
  const silent = [
    '经法律顾问审核的行政合同累计58份，未发现重大法律风险。',
    // Another thing reviewed by the same act.
    '经法律顾问审核的招标文件累计52份，未发现重大法律风险。',
  ];
  for (const body of silent) it(`stays silent: ${body}`, () => expect(spans(report('全年审核各类行政合同58份、办理行政复议案件14件', body))).toEqual([]));
});

describe('a breakdown sentence that names its whole again', () => {
  const partsSum = (text: string) => check(text, 2025).filter((f) => rulesIn(f).includes('consistency-parts-sum')).map((f) => f.text);
  it('stays silent when the whole is named with 中 before its parts', () => {
    const text = report('全年共审核行政规范性文件30件', '经法制审核的行政规范性文件30件中，政府文件12件、部门文件18件。');
    expect(partsSum(text)).toEqual([]);
  });
  it('still reports three named kinds adding up to more than the total', () => {
    const text = report('全年办理行政复议案件14件', '全年开展各类普法活动共计320场。“宪法宣传周”活动130场，“民法典宣传月”活动120场，“法律进乡村”活动90场。');
    expect(partsSum(text)).toContain('320场');
  });
});

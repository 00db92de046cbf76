/**
 * Round 43: notes to the drafter the checker missed on v42 — the opening part told what to say, a modal before 在此 and a
 * verb of adding words, a colleague asked to add a number of points, the text to fill in after a template's part, and a
 * note's label standing in a list's slot (三是提示：…) — and a lone 1. after a measure that carries its own body, meant as
 * the measure list's next number. Each with its look-alikes that stay silent.
 */
import { describe, expect, it } from 'vitest';
import { ofKind } from './helpers/draft-check.ts';

const SELF = (line: string, measures = '（一）强化组织领导。局党组研究法治工作4次。\n（二）规范行政执法。评查案卷80卷。') =>
  `某县住房和城乡建设局2025年度法治建设自查报告\n现将自查情况报告如下。\n一、主要做法\n${measures}\n${line}\n二、存在的问题\n执法人员培训不足。\n三、下一步整改措施\n2026年将加强培训。\n某县住房和城乡建设局\n2026年1月20日`;
const prompts = (line: string) => ofKind('outline-prompt', SELF(line), 2025).map(([t]) => t);
const placeholders = (line: string) => ofKind('placeholder', SELF(line), 2025).map(([t]) => t);

describe('notes to the drafter (round 43)', () => {
  it.each([
    // The opening or closing part told what to say.
    ['全年工作总体平稳。（首段介绍本局职能和年度总体情况）', '（首段介绍本局职能和年度总体情况）'],
    ['【结尾段总结全年法治工作亮点】', '【结尾段总结全年法治工作亮点】'],
    // A modal before 在此 / 此处 and a verb of adding words.
    ['依法开展执法检查。（可在此插入全年检查统计表）', '（可在此插入全年检查统计表）'],
    ['落实重大决策程序规定。【请于此处注明决策事项名称】', '【请于此处注明决策事项名称】'],
    // A colleague asked to add a number of points.
    ['执法规范化水平有待提高。（请执法大队补写两个典型案例）', '（请执法大队补写两个典型案例）'],
    ['（上述做法请办公室再列举三项）', '（上述做法请办公室再列举三项）'],
    // The text to fill in after a template's or an outline's part.
    ['〔普法工作情况按照提纲第四项撰写〕', '〔普法工作情况按照提纲第四项撰写〕'],
    ['（执法监督部分参考上年度报告的第三部分写）', '（执法监督部分参考上年度报告的第三部分写）'],
    // A note's label standing in a list's slot.
    ['存在的短板：一是学法不够系统。二是提示：短板要写具体，不少于三条。', '提示：短板要写具体，不少于三条。'],
    ['整改措施：其一，完善制度。其二，写作提示：措施要与问题一一对应。', '写作提示：措施要与问题一一对应。'],
  ])('flags %s', (line, span) => {
    expect(prompts(line)).toContain(span);
  });

  it('reports the template-part note once, as a note, not as an empty slot', () => {
    const line = '〔主要负责人述法情况参照模板第三部分填写〕';
    expect(prompts(line)).toEqual([line]);
    expect(placeholders(line)).toEqual([]);
    expect(ofKind('outline-prompt', SELF(line), 2025).map(([, level]) => level)).toEqual(['error']);
  });

  it.each([
    '开展法治讲座3场（开头由局长致辞，介绍全年普法安排）。',
    '设立便民服务窗口（群众可在此办理不动产登记）。',
    '签订责任书（请在此签字）前组织集中学习。',
    '制定执法事项清单（以下简称清单），共56项。',
    '全年办理行政复议案件12件（含撤回2件）。',
    '印发《行政执法全过程记录办法（试行）》。',
    '召开会议（会上各科室补充了三条措施），明确分工。',
    '发出风险提示函5份，提示：用人单位依法签订劳动合同。',
    '工作台账（结构参照省厅模板）已全部建立。',
    '存在的短板：一是学法不够系统。二是风险提示不够及时。',
    '整改措施：一是提示企业依法经营。二是完善执法制度。',
  ])('leaves alone %s', (line) => {
    expect(prompts(line)).toEqual([]);
  });
});

const numbering = (measures: string) => ofKind('heading-numbering', SELF('', measures), 2025);

describe('a lone 1. after a measure that carries its own body (round 43)', () => {
  it.each([
    ['（一）健全合法性审核机制。全年审核规范性文件15件。\n1.推进公正文明执法。全年评查案卷60卷。', '1.'],
    ['（一）加强普法宣传。开展主题活动12场。\n（二）深化矛盾化解。调处纠纷300件。\n1.强化执法监督。开展专项检查5次。', '1.'],
  ])('reports the 1. meant as the measure list’s next number: %s', (measures, marker) => {
    expect(numbering(measures)).toEqual([[marker, 'error']]);
  });

  it.each([
    // A 1. under a title-only （一） is a sub-list, even of one item.
    '（一）加强普法宣传\n1.开展主题活动。全年开展12场。',
    // A proper sub-list: 1. then 2.
    '（一）加强普法宣传。全年活动12场。\n1.线上宣传。推送信息80条。\n2.线下宣传。开展讲座6场。',
    // A 1. whose line holds its title only, followed by the body on its own line.
    '（一）加强普法宣传。全年活动12场。\n1.线上宣传\n推送信息80条。',
  ])('leaves alone %s', (measures) => {
    expect(numbering(measures)).toEqual([]);
  });
});

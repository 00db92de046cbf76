/**
 * Round 12 (issue 25), layout area: probe drafts invented from the reference and from the v10 report, not copied from
 * any evaluation set. Anonymised people (any surname + 某某 in a person's place) stay silent; 某某 as a modifier, a bare
 * 姓名 in a signature line, a heading number that runs back, and last year's 全年 total are caught.
 */
import { describe, expect, it } from 'vitest';
import { ofKind } from './helpers/draft-check.ts';

const SHUFA = 'shufa-report' as const;

describe('placeholder: 某某 is a blank only where it modifies a place, a unit or a thing', () => {
  const blanks = [
    '在某某、某某等村开展矛盾纠纷排查。',
    '组织某某等单位开展联合检查。',
    '某某镇人民政府\n2026年1月10日',
    '局长 某某',
    '由某某同志负责督办。',
    '对某某社区的问题限期整改。',
  ];
  it.each(blanks)('flags %s', (text) => {
    expect(ofKind('placeholder', text, 2026, SHUFA).map(([t]) => t)).toContain('某某');
  });
  // Surnames outside the rule's list of common ones, in a person's place: a signature line, after 述法人：, before 等/一案/同志.
  const people = [
    '锦屏街道党工委书记 施某某',
    '平湖乡乡长 欧阳某某',
    '述法人：卜某某',
    '西塘区司法局局长 柯某某',
    '对当事人葛某某依法作出行政处罚。',
    '蒙某某等3人违法占地一案已审结。',
    '司马某某同志带头出庭应诉。',
    '中共安和县委书记 骆某某',
    '申请人乔某某不服行政处罚决定申请复议。',
  ];
  it.each(people)('stays silent on %s', (text) => {
    expect(ofKind('placeholder', text, 2026, SHUFA)).toEqual([]);
  });
});

describe('placeholder: the slot word 姓名 left bare in a signature line', () => {
  it.each(['述法人：姓名', '述法人：县水利局局长 姓名', '县市场监管局局长 姓名', '汇报人：名字'])('flags %s', (text) => {
    expect(ofKind('placeholder', text, 2026, SHUFA).length).toBeGreaterThan(0);
  });
  it.each(['姓名　　职务　　单位', '逐一核对参学人员姓名。', '述法人：县水利局局长 童某某'])('stays silent on %s', (text) => {
    expect(ofKind('placeholder', text, 2026, SHUFA)).toEqual([]);
  });
});

describe('heading-numbering: a number that runs back under one parent', () => {
  it('flags （一） after （二） under the same 一、', () => {
    const text = '一、依法决策\n（一）重大事项经法律顾问审查。\n（二）会前学法。\n（一）合同一律审核。\n二、存在问题\n合同管理不规范。';
    expect(ofKind('heading-numbering', text, 2026, SHUFA)).toEqual([['（一）', 'error']]);
  });
  it('flags 一、 after 二、', () => {
    const text = '一、主要举措\n全年学法6次。\n二、存在不足\n宣传不够深入。\n一、下一步打算\n加强宣传。';
    expect(ofKind('heading-numbering', text, 2026, SHUFA).map(([t]) => t)).toContain('一、');
  });
  it.each([
    '一、主要举措\n（一）加强领导\n（二）完善制度\n二、存在问题\n（一）宣传不够\n（二）队伍薄弱',
    '一、主要举措\n1.集中学法\n2.专题培训\n全年还开展了检查。\n1.执法检查\n2.案卷评查\n二、存在问题',
  ])('stays silent on a list restarted under a new parent or a short 1. list: %s', (text) => {
    expect(ofKind('heading-numbering', text, 2026, SHUFA)).toEqual([]);
  });
});

describe('year-contradiction: last year’s 全年 in the report’s year', () => {
  it('flags 2023年全年 in a report on 2024', () => {
    const text = '一、依法行政\n坚持依法理财，2023年全年本级预算支出执行率97.5%，同比提高1个百分点。';
    expect(ofKind('year-contradiction', text, 2024).map(([t]) => t)).toContain('2023');
  });
  it.each([
    '全年办理复议案件36件，较2023年全年增长20%。',
    '2023年全年办理复议案件30件，2024年全年办理36件。',
    '与2023年全年相比，案件数量有所下降。',
    '2022年全年开展执法检查12次。',
    '2023年全年受理投诉40件，今年受理52件。',
  ])('stays silent on a comparison or an older year: %s', (text) => {
    expect(ofKind('year-contradiction', text, 2024)).toEqual([]);
  });
});

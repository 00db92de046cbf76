/**
 * The tuple reader of counts (count-tuples.ts), widened where round 21's misses showed it blind: the act written after
 * the noun (12项重大事项提交…审议), the noun after the number ending where the clause goes on (46个行政执法单位共办理…),
 * a quoted name after the number (在已培养的680名“法律明白人”基础上), the head noun after 等 or 及其他, a qualifier
 * kept with 事项 (重大事项, 涉法事项), 全局 as a scope word and not a doer, what the year added (新增…) compared with what
 * was added, and one long name written once with a quoted name inside. A rate resting on a restated count is the one
 * slip, marked once on the count. Topics from the reference's kinds of work, not from the sets.
 */
import { describe, expect, it } from 'vitest';
import { numberProbes, report } from './helpers/number-probes.ts';
import { byRule } from './helpers/draft-check.ts';
import { countTuples } from '../../src/shared/draft-check/count-tuples.ts';
import { layout } from '../../src/shared/draft-check/text.ts';
import { normalise } from '../../src/shared/draft-check/normalize.ts';

const selfReport = (opening: string, ...body: string[]) =>
  ['某县司法局2026年度合法性审查工作自查报告', opening, '一、主要工作', ...body, '二、存在问题', '部分送审材料不齐全。', '某县司法局', '2027年1月20日'].join('\n');

const positives: [string, string, string][] = [
  ['the act after the noun, 重大事项 kept whole', report('2026年，县政府全年提交县政府常务会议审议的重大事项12项。', '二、总体评价', '全年共有10项重大事项提交县政府常务会议审议，均经合法性审查。'), '10项'],
  ['the noun after the number ending at 共', report('2026年，全县46个行政执法单位共办理行政处罚案件1860件。', '（一）全县48个行政执法单位全部落实行政执法公示制度。'), '48个'],
  ['a quoted name after the number, before 基础上', report('2026年，全县培养农村“法律明白人”860名。', '二、2027年工作安排', '在全县已培养的680名“法律明白人”基础上，开展分级培训。'), '680名'],
  ['the head noun after 等 and after 及其他', selfReport('本年度，我局共审查规范性文件、重大行政决策和合同等涉法事项152件。', '全年审查合同协议及其他涉法事项共计125件，均按时出具意见。'), '125件'],
  ['全局 as a scope word, not a doer', selfReport('2026年，全局共评查行政执法案卷320卷。', '全年评查行政执法案卷302卷，发现问题均已整改。'), '302卷'],
  ['what the year added, once with a quoted name inside', report('2026年，县政府新增上线政务服务集成事项18项。', '（一）全年新增上线“一件事一次办”政务服务集成事项16项。'), '16项'],
];

const negatives: [string, string][] = [
  ['the act after the noun, another act', report('2026年，县政府全年提交县政府常务会议审议的重大事项12项。', '二、总体评价', '全年共有10项重大事项经合法性审查后印发。')],
  ['units that act on something else', report('2026年，全县46个行政执法单位共办理行政处罚案件1860件。', '（一）全县12个乡镇综合执法队共查处违法案件136件。')],
  ['a quoted name after the number, the same figure', report('2026年，全县培养农村“法律明白人”860名。', '二、2027年工作安排', '在全县已培养的860名“法律明白人”基础上，开展分级培训。')],
  ['a head noun against another thing', selfReport('本年度，我局共审查规范性文件、重大行政决策和合同等涉法事项152件。', '全年审查合同协议48件，均按时出具意见。')],
  ['a count of all the matters against what the year added', report('2026年，全县政务服务事项共860项。', '（一）全年新增政务服务事项16项。')],
  ['what was added against a part of it', report('2026年，全县新增行政执法人员86名。', '（一）全年新增持证行政执法人员68名。')],
  ['a general word with a quoted name', report('2026年，全县开展普法宣传活动48场。', '（一）全年开展“宪法进万家”宣传活动36场。')],
];

// Written after the first batch passed, for the shapes of the second set's misses: the year's set a remark picks from,
// 将…纳入, a modifier after the act, a field before the head noun, 下达 a decision, one unit named fully and shortly.
const positivesSecond: [string, string, string][] = [
  ['the year\'s set a remark picks from', report('2026年，县政府作为被告的行政诉讼案件共38件。', '二、总体评价', '全年83件行政诉讼案件中，涉及土地征收的占三成。'), '83件'],
  ['将 a count 纳入, then 列入 the same', report('2026年，县政府将12项重大行政决策事项纳入目录管理。', '（一）列入目录的重大行政决策事项共14项，均履行法定程序。'), '14项'],
  ['a field before the head noun, and the head alone', report('（一）全年作出市场监管行政处罚决定640件。', '二、存在的不足', '全年604件行政处罚决定中，部分文书说理不充分。'), '604件'],
  ['下达 decisions and 作出 them', report('2026年，全局下达行政处罚决定书218份。', '二、存在的不足', '本年度共作出行政处罚决定281份，部分案件办理超期。'), '281份'],
  ['one unit named fully and shortly', report('2026年，我分管的县直部门共组织会前学法24次。', '（一）分管部门全年共组织会前学法21次。'), '21次'],
];

const negativesSecond: [string, string][] = [
  ['the year\'s set of another kind', report('2026年，县政府作为被告的行政诉讼案件共38件。', '二、总体评价', '全年83件行政复议案件中，涉及土地征收的占三成。')],
  ['a modifier before any act picking some out', report('2026年，县政府将12项重大行政决策事项纳入目录管理。', '（一）全年举行听证的重大行政决策事项5项。')],
  ['a modifier naming a kind', report('（一）全年作出行政处罚决定640件。', '二、存在的不足', '全年作出适用简易程序的行政处罚决定210件。')],
  ['one unit and another', report('2026年，我分管的县直部门共组织会前学法24次。', '（一）县司法局全年组织会前学法6次。')],
  ['some villages before a count', report('2026年，全县培养乡村“法律明白人”412名。', '（一）12个行政村培养“法律明白人”36名。')],
];

const hearing = report('2026年，全县行政机关负责人出庭应诉案件64件，出庭应诉率100%。', '（一）全年一审行政诉讼案件共64件，行政机关负责人出庭应诉61件，出庭应诉率100%。');

describe('round 21 numbers: the tuple reader widened', () => {
  numberProbes(positives, negatives);
  numberProbes(positivesSecond, negativesSecond);
});

describe('round 21 numbers: one slip, one finding', () => {
  it('marks a restated count and not the rate that agrees with its earlier figure', () => {
    expect(byRule('consistency-summary-total', hearing).map((f) => f.text)).toEqual(['61件']);
    expect(byRule('consistency-rate', hearing)).toEqual([]);
  });
  it('still marks a rate that agrees with neither figure', () => {
    const text = hearing.replace('出庭应诉率100%。\n', '出庭应诉率90%。\n');
    expect(byRule('consistency-rate', text).map((f) => f.text)).toContain('90%');
  });
});

describe('round 21 numbers: the tuple of one count', () => {
  const read = (text: string) => countTuples({ text, norm: normalise(text), layout: layout(text), hits: new Map(), type: null, year: 2026 });
  it('reads the act after the noun and the head noun after 等', () => {
    const [later] = read(report('2026年，全县扎实推进依法决策。', '（一）全年共有10项重大事项提交县政府常务会议审议。'));
    expect([later!.act, later!.thing]).toEqual(['审议', '重大事项']);
    const [listed] = read(report('2026年，全县共审查规范性文件和合同等涉法事项152件。'));
    expect(listed!.thing).toBe('涉法事项');
  });
  it('reads 新增 as its own scope and 全局 as no doer', () => {
    const [added] = read(report('2026年，县政府新增上线政务服务集成事项18项。'));
    expect(added!.scope).toBe('新增');
    const [all] = read(report('2026年，全局共评查行政执法案卷320卷。'));
    expect(all!.doer).toBe('');
  });
});

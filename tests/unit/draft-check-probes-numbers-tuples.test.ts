/**
 * The checker's probes for the tuple reader of counts (count-tuples.ts, number-mismatch): one count written twice in
 * the shapes the shape readers do not know (the thing abbreviated, written after the number, the doer named two ways
 * or once for a sentence, a year or a place inside the clause, two acts side by side, a bare total word), a sweep over
 * the reference's kinds of work, and the tuple each count is read as. Each probe is a short report written from the
 * reference, not taken from the evaluation sets; each widening has a look-alike that must stay silent. One describe
 * per family; the comment above each says why its probes exist.
 */
import { describe, expect, it } from 'vitest';
import { byRule, check, ofKind } from './helpers/draft-check.ts';
import { numberProbes, report } from './helpers/number-probes.ts';
import { countTuples, likeness } from '../../src/shared/draft-check/count-tuples.ts';
import { normalise } from '../../src/shared/draft-check/normalize.ts';
import { layout } from '../../src/shared/draft-check/text.ts';

/**
 * The tuple reader of counts (count-tuples.ts): one count written twice in the shapes the shape readers do not know —
 * the thing abbreviated under the same act (行政规范性文件 … 文件, 重大行政决策 … 决策事项), the thing written after the
 * number, the chief named two ways (主要负责人 … 县长; 本人 in a 述法 report), the doer named once for a whole sentence, a
 * part compared with the same part — and the look-alikes it must leave alone: another stage (受理 … 审结), another kind
 * (行政复议 … 行政诉讼), a part against the whole, another period or year, another doer, a sum of earlier parts, a change.
 * Topics from the reference's kinds of work (行政复议, 行政诉讼, 重大行政决策, 规范性文件, 行政执法, 普法), not from the sets.
 */
describe('the tuple reader: one count written twice', () => {
  const shufa = (opening: string, ...body: string[]) =>
    ['县司法局局长2026年度述法报告', opening, '一、履行第一责任人职责情况', ...body, '二、存在的不足', '学法用法还不够深入。', '述法人：王明', '2027年1月20日'].join('\n');

  const positives: [string, string, string][] = [
    ['规范性文件 abbreviated to 文件 under 清理', report('2026年，县政府清理行政规范性文件42件。', '（一）全年共清理文件47件，清理结果向社会公布。'), '47件'],
    ['重大行政决策 abbreviated to 决策 under 作出', report('2026年，县政府共作出重大行政决策7项。', '（一）全年作出决策5项，均经合法性审查。'), '5项'],
    ['决策事项 listed under 纳入', report('2026年，全县纳入目录管理的重大行政决策事项9项。', '（一）全年列入决策事项8项，全部按程序办理。'), '8项'],
    ['the chief as 主要负责人 and as 县长', report('2026年，县政府主要负责人出庭应诉行政案件9件。', '（一）全年县长出庭应诉11件，实现出庭出声。'), '11件'],
    ['本人 in a 述法 report against the count with no doer', shufa('2026年，本人出庭应诉行政案件3次。', '（一）全年出庭应诉行政案件5次，带头出庭出声。'), '5次'],
    ['the doer named once for the sentence', report('2026年，全县行政机关负责人出庭应诉率100%，共出庭应诉132件。', '（一）全年行政机关负责人出庭应诉123件。'), '123件'],
    ['the thing after the number, with 的', report('2026年，全县立案查处违法用地案件31件。', '（一）全年立案查处的35件违法用地案件已全部结案。'), '35件'],
    ['the same part compared with the same part', report('2026年，全县行政许可事项共860项，其中网上可办790项。', '（一）860项行政许可事项中，网上可办780项。'), '780项'],
    ['行政复议 under 办理 in two sentences', report('2026年，县政府共办理行政复议案件58件。', '（一）依法办理行政复议案件63件，纠错6件。'), '63件'],
    ['行政诉讼 under 应诉', report('2026年，县政府作为被告的行政诉讼案件共27件。', '（一）全年作为被告的行政诉讼案件24件，败诉2件。'), '24件'],
    ['普法 under 开展 and 举办', report('2026年，全县开展“八五”普法主题宣传活动48场。', '（一）全年举办“八五”普法主题宣传活动44场。'), '44场'],
    ['法律明白人 under 培养 and 培育', report('2026年，全县培养农村“法律明白人”320名。', '（一）全年培育农村“法律明白人”302名。'), '302名'],
    ['合法性审核 of the same documents', report('2026年，县司法局对县政府行政规范性文件开展合法性审核，共审核行政规范性文件26件。', '（一）全年县司法局审核行政规范性文件29件。'), '29件'],
    ['执法人员 under 培训 in the opening and the body', report('2026年，全县培训行政执法人员1260名。', '（一）全年培训行政执法人员1206名，考试合格率100%。'), '1206名'],
    ['行政执法检查 under 开展, 起 and 件', report('2026年，全县开展涉企行政执法检查385次。', '二、严格规范执法', '（一）全年开展涉企行政执法检查358次。'), '358次'],
    ['重大行政决策 under 作出 in the summary', report('2026年，县政府作出重大行政决策12项。', '（一）完善决策程序。', '二、总体评价', '一年来，县政府作出重大行政决策13项，均未发生决策失误。'), '13项'],
    ['听证 of 重大行政决策', report('2026年，县政府对重大行政决策事项组织听证会6场。', '（一）全年对重大行政决策事项组织听证会8场。'), '8场'],
    ['行政复议 受理 twice', report('2026年，县政府全年受理行政复议申请152件。', '（一）全年受理行政复议申请125件，审结118件。'), '125件'],
    ['规范性文件 备案 twice', report('2026年，县政府向市政府报备行政规范性文件备案19件。', '（一）全年备案行政规范性文件17件。'), '17件'],
    ['专题学法 of the government\'s meeting', report('2026年，县政府常务会议会前学法12次。', '（一）全年县政府常务会议会前学法10次。'), '10次'],
    ['法律顾问 under 聘请 and 配备', report('2026年，全县为村（社区）聘请法律顾问212名。', '（一）全年全县为村（社区）配备法律顾问221名。'), '221名'],
  ];

  // Written after the first batch passed, in the shapes round 19 found the shape readers miss: the number before its noun,
  // the thing after 的, the chief's count, a quoted name with words around it, a total of units restated.
  const positivesSecond: [string, string, string][] = [
    ['the number before its noun, brackets inside', report('2026年，全县建成村（社区）公共法律服务工作室共计186个。', '（一）对全县168个村（社区）公共法律服务工作室开展规范化建设。'), '168个'],
    ['立案 的 N件 after 立案查处', report('2026年，全县立案查处违法用地案件21件。', '（一）全年立案的27件违法用地案件均已办结。'), '27件'],
    ['审核 with the thing in the clause before', report('2026年，县政府审核行政规范性文件23件。', '（一）对拟出台的行政规范性文件逐件进行合法性审核，全年审核32件。'), '32件'],
    ['the chief leading and 县长', report('2026年，县政府主要负责人带头出庭应诉4次。', '（一）全年县长出庭应诉行政诉讼案件6次。'), '6次'],
    ['one quoted name with other words around it', report('2026年，全县开展“宪法进万家”活动35场。', '（一）全年组织“宪法进万家”宣传活动53场。'), '53场'],
    ['a total of units, the number before the noun', report('2026年，县政府共有行政执法主体46个。', '（一）全县64个行政执法主体全部公示执法信息。'), '64个'],
    ['清理 的 N件文件 after 清理行政规范性文件', report('2026年，全县清理行政规范性文件56件。', '（一）经清理，全年清理的65件文件中保留40件。'), '65件'],
    ['备案 closing the clause', report('2026年，县政府向市政府报备行政规范性文件备案19件。', '（一）全年备案行政规范性文件17件。'), '17件'],
  ];

  const negativesSecond: [string, string][] = [
    ['the number before another noun', report('2026年，全县建成村（社区）公共法律服务工作室186个。', '（一）全县168个村（社区）全部建成公共法律服务工作室。')],
    ['立案查处 against 结案', report('2026年，全县立案查处违法用地案件21件。', '（一）全年结案的19件违法用地案件均已执行到位。')],
    ['审核 against 备案', report('2026年，县政府审核行政规范性文件23件。', '（一）全年备案行政规范性文件21件。')],
    ['the chief against every organ\'s heads', report('2026年，县政府主要负责人出庭应诉4次。', '（一）全县各级行政机关负责人出庭应诉126次。')],
    ['two quoted names with one ending', report('2026年，全县开展“宪法进万家”活动35场。', '（一）全年开展“民法典进万家”活动28场。')],
    ['a total of units and a part of them', report('2026年，县政府共有行政执法主体46个。', '（一）全县46个行政执法主体中，12个主体完成执法证件换发。')],
    ['the thing after 的, restated alike', report('2026年，全县清理行政规范性文件56件。', '（一）全年清理的56件文件中保留40件、废止16件。')],
    ['办理 against 审结 after 的', report('2026年，全县办理行政复议案件87件。', '（一）全年审结的80件行政复议案件中，维持52件。')],
  ];

  // A total split over numbered items that each count it with the total's act and a general word for its thing.
  const sums: [string, string, string][] = [
    ['items of 查处 案件 short of the total by a tenth', report('2026年，全县立案查处行政执法案件58件。', '（一）开展安全生产专项整治，查处案件19件。', '（二）开展食品安全专项检查，查处案件21件。', '（三）开展生态环境专项执法，查处案件16件。'), '58件'],
    ['items of 办理 案件 over the total', report('2026年，全县共办理行政复议案件40件。', '（一）涉及市场监管，办理案件22件。', '（二）涉及自然资源，办理案件21件。'), '40件'],
  ];
  const sumLookAlikes: [string, string][] = [
    ['items adding up', report('2026年，全县立案查处行政执法案件58件。', '（一）开展安全生产专项整治，查处案件19件。', '（二）开展食品安全专项检查，查处案件21件。', '（三）开展生态环境专项执法，查处案件18件。')],
    ['items far short of the total, a selection', report('2026年，全县立案查处行政执法案件58件。', '（一）开展安全生产专项整治，查处案件9件。', '（二）开展食品安全专项检查，查处案件11件。')],
    ['items of two measures', report('2026年，全县共办理行政复议案件40件。', '（一）涉及市场监管，办理案件22件。', '（二）组织培训，培训人员21名。')],
    ['items of another stage', report('2026年，全县共办理行政复议案件40件。', '（一）涉及市场监管，审结案件22件。', '（二）涉及自然资源，审结案件21件。')],
  ];

  const negatives: [string, string][] = [
    ['受理 against 审结', report('2026年，县政府全年受理行政复议申请152件。', '（一）全年审结行政复议案件140件。')],
    ['行政复议 against 行政诉讼', report('2026年，县政府共办理行政复议案件58件。', '（一）全年办理行政诉讼案件36件。')],
    ['a part (其中) against the whole', report('2026年，县政府共清理行政规范性文件42件。', '（一）全年清理的行政规范性文件中，其中废止9件。')],
    ['another year', report('2026年，县政府共作出重大行政决策7项。', '（一）2025年县政府作出重大行政决策5项。')],
    ['another period', report('2026年，全县开展“八五”普法主题宣传活动48场。', '（一）上半年开展“八五”普法主题宣传活动20场。')],
    ['another doer, a unit of its own', report('2026年，全县立案查处违法用地案件31件。', '（一）县自然资源执法大队立案查处违法用地案件12件。')],
    ['the chief against all heads', report('2026年，县政府主要负责人出庭应诉行政案件3件。', '（一）全县行政机关负责人出庭应诉行政案件45件。')],
    ['two numbered items under one heading', report('2026年，县政府扎实推进依法行政。', '（一）清理行政规范性文件42件。', '（二）清理政府规章4件。')],
    ['the later count naming a kind', report('2026年，全县办理行政处罚案件1186件。', '（一）全年办理简易程序行政处罚案件168件。')],
    ['a change on the year', report('2026年，全县办理行政复议案件86件。', '（一）全年办理行政复议案件同比增长12件。')],
    ['the sum of earlier items', report('2026年，全县扎实开展执法检查。', '（一）日常检查中检查企业380家次。', '（二）专项检查中检查企业120家次。', '全年共检查企业500家次。')],
    ['a plan', report('2026年，全县开展“八五”普法主题宣传活动48场。', '三、下一步工作', '明年计划开展“八五”普法主题宣传活动60场。')],
    ['several years', report('2026年，全县开展“八五”普法主题宣传活动48场。', '（一）2021年以来累计开展“八五”普法主题宣传活动230场。')],
    ['one count of the same thing', report('2026年，县政府共作出重大行政决策7项。', '（一）全年作出重大行政决策7项，均经合法性审查。')],
    ['a short thing without acts', report('2026年，全县完成审计整改18项。', '二、问题整改', '全年完成整改22项。')],
    ['two quoted names', report('2026年，全县开展“法律进乡村”活动48场。', '（一）全年开展“法律进校园”活动36场。')],
    ['本人 against the organ\'s count in a 述法 report', shufa('2026年，本人出庭应诉行政案件3次。', '（一）全局行政机关负责人出庭应诉行政案件12次。')],
    ['the part against another part', report('2026年，全县行政许可事项共860项，其中网上可办790项。', '（一）860项行政许可事项中，即办件320项。')],
    ['a two-character thing under two acts', report('2026年，全县协助调解纠纷64起。', '（一）全年联合调处纠纷29起，实现小事不出村。')],
    ['the later adding words', report('2026年，全县排查违法用地65个。', '（一）违法用地整改到位58个。')],
    ['a multiplier per village', report('2026年，全县培养农村“法律明白人”320名。', '（一）每村培养“法律明白人”3名。')],
  ];

  describe('numbers: one count written twice, read as tuples', () => {
    numberProbes(positives, negatives);
    numberProbes(positivesSecond, negativesSecond);
    numberProbes(sums, sumLookAlikes);
  });

  describe('numbers: the tuple of one count', () => {
    const read = (text: string) => {
      const lay = layout(text);
      return countTuples({ text, norm: normalise(text), layout: lay, hits: new Map(), type: null, year: 2026 });
    };
    it('reads the doer, act and thing of a count before and after its number', () => {
      const [a, b] = read(report('2026年，县政府主要负责人出庭应诉行政案件9件。', '（一）全年立案查处的35件违法用地案件已全部结案。'));
      expect([a!.doer, a!.act, a!.thing]).toEqual(['主要负责人', '出庭应诉', '行政案件']);
      expect([b!.act, b!.thing]).toEqual(['立案查处', '违法用地案件']);
    });
    it('scores a part or another stage as no likeness at all', () => {
      const [whole, part] = read(report('2026年，县政府全年受理行政复议申请152件，其中维持12件。'));
      expect(part!.scope).toBe('部分');
      expect(likeness(whole!, part!)).toBe(0);
      const [taken, closed] = read(report('2026年，县政府全年受理行政复议案件152件。', '（一）全年审结行政复议案件140件。'));
      expect(likeness(taken!, closed!)).toBe(0);
      const [first, again] = read(report('2026年，县政府全年受理行政复议案件152件。', '（一）全年受理行政复议案件125件。'));
      expect(likeness(first!, again!)).toBeGreaterThan(0.8);
    });
  });
});

/**
 * The tuple reader of counts (count-tuples.ts), widened where round 21's misses showed it blind: the act written after
 * the noun (12项重大事项提交…审议), the noun after the number ending where the clause goes on (46个行政执法单位共办理…),
 * a quoted name after the number (在已培养的680名“法律明白人”基础上), the head noun after 等 or 及其他, a qualifier
 * kept with 事项 (重大事项, 涉法事项), 全局 as a scope word and not a doer, what the year added (新增…) compared with what
 * was added, and one long name written once with a quoted name inside. A rate resting on a restated count is the one
 * slip, marked once on the count. Topics from the reference's kinds of work, not from the sets.
 */
describe('the tuple reader widened: the act after the noun, a quoted name, 等, 新增', () => {
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

  describe('numbers: the tuple reader widened', () => {
    numberProbes(positives, negatives);
    numberProbes(positivesSecond, negativesSecond);
  });

  describe('numbers: one slip, one finding', () => {
    it('marks a restated count and not the rate that agrees with its earlier figure', () => {
      expect(byRule('consistency-summary-total', hearing).map((f) => f.text)).toEqual(['61件']);
      expect(byRule('consistency-rate', hearing)).toEqual([]);
    });
    it('still marks a rate that agrees with neither figure', () => {
      const text = hearing.replace('出庭应诉率100%。\n', '出庭应诉率90%。\n');
      expect(byRule('consistency-rate', text).map((f) => f.text)).toContain('90%');
    });
  });

  describe('numbers: the tuple of one count', () => {
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
});

/**
 * The tuple reader of counts (count-tuples.ts), widened where round 22's misses showed it blind: a year written inside
 * the count's clause only dates it, 全年 in the clause outweighs an occasion named before it, 在…会议上 is a place and
 * not a doer, two acts written side by side (制定出台) name either, the whole of a part is read without its year and
 * item number, words after the act ending in 的 qualify the noun after the number, and a general word (事项) counts
 * what its own sentence named. Topics from the reference's kinds of work (行政规范性文件, 行政复议, 行政处罚, 宪法宣传,
 * 重大行政决策, 全面依法治县委员会), not from the sets; each change has a look-alike that must stay silent.
 */
describe('the tuple reader: a year inside the clause, 全年, a place, two acts, 的', () => {
  const shufa = (...body: string[]) =>
    ['述法报告', '（中共某县委书记）', '一、履行推进法治建设第一责任人职责情况', ...body, '三、存在的问题', '学法的系统性不够。', '四、下一步打算', '持续推进法治建设。'].join('\n');

  const positives: [string, string, string][] = [
    ['a year inside the count\'s clause', report('县司法局2026年共办理行政复议案件46件。', '（一）全年办理行政复议案件64件，均依法审结。'), '64件'],
    ['全年 after an occasion', report('2026年，全县共开展宪法宣传活动40场。', '结合宪法宣传周等节点，全年开展宪法宣传活动44场。'), '44场'],
    ['a meeting named as the place, not the doer', shufa('2026年，我主持召开县委全面依法治县委员会会议2次，研究法治建设重大事项6项。', '二、具体做法', '（一）在委员会会议上研究法治建设重大事项8项。'), '8项'],
    ['two acts written side by side', report('2026年，县政府制定出台行政规范性文件12件。', '（一）全年制定行政规范性文件15件，全部报送备案。'), '15件'],
    ['a part whose whole is dated once and numbered once', report('2026年，县政府共办理行政处罚案件210件，其中适用简易程序案件64件。', '（一）全年办理行政处罚案件210件，其中适用简易程序案件46件。'), '46件'],
    ['的 after the act, and a general word named by its sentence', report('2026年，县政府重大行政决策事项目录共列入事项6项。', '全年列入目录的8项重大行政决策事项均履行法定程序。'), '8项'],
  ];

  const negatives: [string, string][] = [
    ['a number of units inside the clause still names a part', report('2026年，全县共开展宪法宣传活动40场。', '全县3个乡镇开展宪法宣传活动12场。')],
    ['an occasion without 全年 is one occasion', report('2026年，全县共开展宪法宣传活动40场。', '宪法宣传周期间，开展宪法宣传活动12场。')],
    ['another body named as the doer', shufa('2026年，我主持召开县委全面依法治县委员会会议2次，研究法治建设重大事项6项。', '二、具体做法', '（一）县政府在常务会议上研究法治建设重大事项8项。')],
    ['another act beside the same thing', report('2026年，县政府制定出台行政规范性文件12件。', '（一）全年清理行政规范性文件15件，废止3件。')],
    ['a part of another whole', report('2026年，县政府共办理行政处罚案件210件，其中适用简易程序案件64件。', '（一）全年办理行政复议案件30件，其中适用简易程序案件6件。')],
    ['a general word whose sentence names another thing', report('2026年，县政府规范性文件目录共列入事项6项。', '全年列入目录的8项重大行政决策事项均履行法定程序。')],
  ];

  describe('number-mismatch widenings of the tuple reader', () => {
    numberProbes(positives, negatives);

    const read = (text: string) => countTuples({ text, norm: normalise(text), layout: layout(text), hits: new Map(), type: null, year: 2026 });
    it('reads the noun after the number when the act\'s words end in 的', () => {
      const t = read(report('2026年，县政府全年列入目录的8项重大行政决策事项均履行法定程序。')).find((x) => x.value === 8);
      expect(t?.act).toBe('列入');
      expect(t?.thing).toBe('重大行政决策');
    });
    it('keeps the acts written side by side', () => {
      const t = read(report('2026年，县政府制定出台行政规范性文件12件。')).find((x) => x.value === 12);
      expect(t?.act).toBe('出台');
      expect(t?.actRun).toBe('制定出台');
    });
  });
});

/**
 * The tuple reader of counts (count-tuples.ts), widened where the v20 misses showed it blind: a clause of nothing but
 * a total word (…各聘请1名法律顾问，共14名) totals what the clause before it counted; 调解成功 is an act of its own, not a
 * 成功 that marks a part; and a figure of area (8.4万平方米) is a count like any other, 拆除 its act. Topics from the
 * reference's kinds of work (法律顾问, 人民调解, 行政执法), not from the sets; each change has a look-alike that must stay silent.
 */
describe('the tuple reader: a bare total word, 调解成功, a figure of area', () => {
  const positives: [string, string, string][] = [
    ['a total-only clause restating the count before it', report('2026年，县政府共聘请法律顾问12名。', '（一）全县9个乡镇各聘请1名法律顾问，共14名。'), '14名'],
    ['调解成功 restated with another number', report('2026年，全县诉前调解成功纠纷1460件。', '（一）全年调解纠纷1720件，调解成功1640件。'), '1640件'],
    ['an area in 万平方米 restated with its digits swapped', report('2026年，县政府依法拆除违法建筑8.4万平方米。', '（一）全年依法拆除违法建筑4.8万平方米。'), '4.8万平方米'],
  ];

  const negatives: [string, string][] = [
    ['a total-only clause after a clause counting another thing', report('2026年，县政府共聘请法律顾问12名。', '（一）全县9个乡镇各配备1名公职律师，共9名。')],
    ['调解 beside 调解成功: two stages of the work', report('2026年，全县诉前调解成功纠纷1460件。', '（一）全年调解纠纷1720件。')],
    ['成功 after a count still names a part of it', report('2026年，全县共调解纠纷1720件。', '（一）全年调解纠纷1720件，成功1460件。')],
    ['an area of a part', report('2026年，县政府依法拆除违法建筑8.4万平方米。', '（一）其中拆除城区违法建筑4.8万平方米。')],
  ];

  describe('number-mismatch widenings of the tuple reader', () => {
    numberProbes(positives, negatives);

    const read = (text: string) => countTuples({ text, norm: normalise(text), layout: layout(text), hits: new Map(), type: null, year: 2026 });
    it('gives a total-only clause the act and thing of the clause before it', () => {
      const t = read(report('（一）全县9个乡镇各聘请1名法律顾问，共14名。')).find((x) => x.value === 14);
      expect(t?.act).toBe('聘请');
      expect(t?.thing).toBe('法律顾问');
    });
    it('reads 万 and an area unit into the value', () => {
      const t = read(report('2026年，县政府依法拆除违法建筑8.4万平方米。')).find((x) => x.unit === '平方米');
      expect(t?.value).toBe(84000);
      expect(t?.act).toBe('拆除');
    });
  });
});

/**
 * number-mismatch, widened by family where the v21 misses showed the readers blind: 办理 written for the year's intake
 * (受理, 新收) but never for the cases closed; 共计 saying an event count is the year's whole even beside its topics; times
 * counted before their act (先后4次专题研究…); 参与 as a share of another's act; numbered items that split a total by
 * kind (…行为 of 违法行为), by topic (…事项 under 研究…议题) or by the unit that did the work; a 其中 list opening the next
 * sentence; and two complements (完成, 未完成) after a total. Then a sweep of plain shapes over the reference's kinds of
 * work (行政复议, 行政诉讼, 行政执法, 普法, 法律顾问, 合法性审查, 备案, 人民调解, 法律援助, 公证, 仲裁, 信访, 政务公开),
 * each with look-alikes that must stay silent (another stage, kind, organ or period; a part; a selection; a sum that fits).
 * Written from the reference's subject matter, not from the sets.
 */
describe('widened families and a sweep over the kinds of work', () => {
  /** A report with its own 存在问题 lines: a figure restated where the writer looks back at the year. */
  const withProblems = (opening: string, body: string[], problems: string[]) =>
    ['某县人民政府2026年度法治政府建设情况报告', opening, '一、主要举措和成效', ...body, '二、存在的不足', ...problems, '三、下一步工作安排', '持续提升执法规范化水平。', '某县人民政府', '2027年1月20日'].join('\n');
  /** A report whose title names the organ reporting, which its counts name or leave unnamed. */
  const organReport = (organ: string, opening: string, ...body: string[]) =>
    [`${organ}2026年度法治政府建设工作报告`, opening, '一、主要举措和成效', ...body, '二、存在的不足', '工作力量不足。', organ, '2027年1月20日'].join('\n');
  const shufa = (opening: string, body: string[], problems: string[]) =>
    ['县司法局局长2026年度述法报告', opening, '一、履行第一责任人职责情况', ...body, '二、存在的不足', ...problems, '述法人：王明', '2027年1月20日'].join('\n');

  const widened: [string, string, string][] = [
    ['办理 in the opening against 受理 in the body', organReport('某县司法局', '2026年，县司法局共办理行政复议案件86件。', '（一）全年受理行政复议案件92件，审结80件。'), '92件'],
    ['办理 against 新收', organReport('某县人力资源和社会保障局', '2026年，全局共办理劳动人事争议仲裁案件210件。', '（一）全年新收劳动人事争议仲裁案件236件。'), '236件'],
    ['受理的N件 before the noun, restated under the problems', shufa('本人认真履行第一责任人职责，现述法如下。', ['（一）全年受理劳动人事争议仲裁案件260件。'], ['全年受理的280件仲裁案件中，部分案件超过审限。']), '280件'],
    ['共计 beside the topics of an event count', report('2026年，县政府全年开展法治宣传活动40场。', '（一）围绕宪法、民法典等开展法治宣传活动共计46场。'), '46场'],
    ['times counted before their act', report('2026年，县政府常务会议共专题研究法治政府建设议题6次。', '（一）县政府常务会议先后4次专题研究法治政府建设工作。'), '4次'],
    ['items splitting a total by kind, one head word kept', report('2026年，县综合行政执法局共查处违法行为96起。', '（一）查处违法建设行为51起。', '（二）查处占道经营行为49起。'), '96起'],
    ['items splitting a total of topics', report('2026年，县政府常务会议研究法治议题5次。', '（一）研究行政复议体制改革事项2次。', '（二）研究行政执法监督事项2次。', '（三）研究规范性文件备案审查事项2次。'), '5次'],
    ['items naming only the units that did the work', report('2026年，全县行政执法单位共办理行政许可事项1280件。', '（一）县市场监管局520件。', '（二）县交通运输局410件。', '（三）其他执法单位380件。'), '1280件'],
    ['a 其中 list opening the next sentence', report('2026年，县司法局共评查行政执法案卷300卷。其中县直部门180卷、乡镇130卷。'), '300卷'],
    ['complements after a total', report('2026年，县政府对照督察反馈问题共12项逐项整改，完成10项，未完成3项。'), '12项'],
    ['办结 and 未办结 after a total', report('2026年，县信访局共受理信访事项60件，办结52件，未办结9件。'), '60件'],
  ];

  const widenedLookAlikes: [string, string][] = [
    ['the organ of the title against another organ', organReport('某县司法局', '2026年，县司法局共办理行政复议案件86件。', '（一）县信访局全年受理信访事项92件。')],
    ['办理 against 审结: the cases closed', report('2026年，县司法局共办理行政复议案件86件。', '（一）全年审结行政复议案件80件。')],
    ['办理 against 受理 of another kind', report('2026年，县司法局共办理行政复议案件86件。', '（一）全年受理行政诉讼案件92件。')],
    ['办理 against 受理 by every organ of the city', report('2026年，县司法局共办理行政复议案件86件。', '（一）全市各级行政复议机构受理行政复议案件920件。')],
    ['办理 against 受理 in half a year', report('2026年，县司法局共办理行政复议案件86件。', '（一）上半年受理行政复议案件42件。')],
    ['参与调解: a share of another\'s count', report('2026年，全县人民调解组织共调解矛盾纠纷620件。', '（一）组建“法律明白人”调解队，全年参与调解纠纷85件。')],
    ['an occasion\'s event count without a total word', report('2026年，县政府全年开展法治宣传活动40场。', '（一）围绕“宪法宣传周”开展法治宣传活动12场。')],
    ['times of another topic', report('2026年，县政府常务会议共专题研究法治政府建设议题6次。', '（一）县政府常务会议先后2次专题研究安全生产工作。')],
    ['items of kinds that add up', report('2026年，县综合行政执法局共查处违法行为96起。', '（一）查处违法建设行为51起。', '（二）查处占道经营行为45起。')],
    ['items of kinds far short: a selection', report('2026年，县综合行政执法局共查处违法行为96起。', '（一）查处违法建设行为41起。', '（二）查处占道经营行为35起。')],
    ['items of units that add up', report('2026年，全县行政执法单位共办理行政许可事项1280件。', '（一）县市场监管局520件。', '（二）县交通运输局410件。', '（三）其他执法单位350件。')],
    ['a 其中 list in the next sentence that adds up, then another count', report('2026年，县司法局共评查行政执法案卷300卷。其中县直部门180卷、乡镇120卷，评出优秀案卷45卷。')],
    ['a 其中 list in the next sentence far short: the main parts', report('2026年，县司法局共评查行政执法案卷300卷。其中县直部门120卷、乡镇100卷。')],
    ['a 其中 list in the next sentence after two counts: it breaks down the first', report('2026年，县政府共受理行政复议案件96件，审结90件。其中，涉企案件30件、涉民生案件66件。')],
    ['complements that add up', report('2026年，县政府对照督察反馈问题共12项逐项整改，完成9项，未完成3项。')],
  ];

  /** Plain shapes over the reference's kinds of work: opening against body, a list line, the problems, a 述法 report. */
  const sweep: [string, string, string][] = [
    ['合法性审核 restated', report('2026年，县政府共审核行政规范性文件38件。', '（一）全年合法性审核行政规范性文件36件，均出具审核意见。'), '36件'],
    ['人民调解 restated with the organ named', report('2026年，全县人民调解组织共调解矛盾纠纷1860件。', '（一）全县人民调解组织全年调解矛盾纠纷1680件，调解成功率98%。'), '1680件'],
    ['法律援助: 办理 and 受理 by one centre', report('2026年，县法律援助中心共办理法律援助案件420件。', '（一）县法律援助中心全年受理法律援助案件402件。'), '402件'],
    ['公证 restated with 各类', report('2026年，县公证处共办理公证事项2300件。', '（一）全年办理各类公证事项2030件。'), '2030件'],
    ['政务公开 applications restated', report('2026年，县政府共收到政府信息公开申请86件。', '（一）全年共收到政府信息公开申请68件，均按期答复。'), '68件'],
    ['负责人出庭应诉 restated', report('2026年，全县行政机关负责人出庭应诉46件。', '（一）全年行政机关负责人出庭应诉64件，出庭应诉率100%。'), '64件'],
    ['a figure restated under the problems', withProblems('2026年，全县共评查行政执法案卷360卷。', ['（一）组织开展行政执法案卷评查。'], ['全年评查行政执法案卷380卷，发现问题案卷较多。']), '380卷'],
    ['a list line against the opening', report('2026年，县政府共受理行政复议案件96件。', '（一）行政复议案件：受理92件，审结90件。'), '92件'],
    ['法律顾问 in a 述法 report', shufa('本人带头落实法律顾问制度，全局聘请法律顾问3名。', ['（一）全年聘请法律顾问5名，参与重大决策论证。'], ['法律顾问作用发挥不够充分。']), '5名'],
    ['普法 events: 举办 and 开展 one act', report('2026年，县司法局全年举办普法讲座24场。', '（一）全年开展普法讲座28场。'), '28场'],
    ['training in 人次', report('2026年，县政府组织行政执法人员培训1200人次。', '（一）全年培训行政执法人员1020人次。'), '1020人次'],
    ['“法律明白人” in 名, 培养 and 培育 one act', report('2026年，全县共培养“法律明白人”1420名。', '（一）全年培育“法律明白人”1240名。'), '1240名'],
    ['inspections in 家次', report('2026年，县市场监管局共检查市场主体860家次。', '（一）全年检查市场主体680家次。'), '680家次'],
    ['重大行政决策 with and without 事项', report('2026年，县政府共作出重大行政决策9项。', '（一）全年作出重大行政决策事项11项，均经合法性审查。'), '11项'],
    ['备案 restated', report('2026年，县政府向市政府报送备案行政规范性文件15件。', '（一）全年报送备案行政规范性文件17件，报备率100%。'), '17件'],
    ['信访 restated beside a rate', report('2026年，县信访局共受理信访事项510件。', '（一）全年受理信访事项501件，按期办结率98%。'), '501件'],
    ['one of two counts of the opening restated', report('2026年，全县共办理公证事项2300件、法律援助案件420件。', '（一）全年共办理法律援助案件402件。'), '402件'],
    ['a split by units over its total', report('2026年，全县共聘请法律顾问126名。', '（一）县直部门聘请法律顾问58名。', '（二）乡镇聘请法律顾问60名。', '（三）村（社区）聘请法律顾问10名。'), '126名'],
    ['起 with its digits swapped', report('2026年，县交通运输局共查处违法违规行为312起。', '（一）全年查处违法违规行为321起。'), '321起'],
    ['a named event restated with 共计', report('2026年，县司法局全年开展“送法下乡”活动36场。', '（一）全年开展“送法下乡”活动共计38场。'), '38场'],
    ['建议和提案 restated beside a rate', report('2026年，县政府共办理人大代表建议和政协提案86件。', '（一）全年办理人大代表建议和政协提案68件，办复率100%。'), '68件'],
    ['a topic line against the opening', report('2026年，县政府共收到行政复议申请120件。', '（一）行政复议：全年收到申请102件，受理96件。'), '102件'],
    ['the doer named in the sentence before', report('2026年，镇党委共召开会前学法会议12次。', '（一）镇党委坚持会前学法制度。全年召开会前学法会议10次。'), '10次'],
    ['案卷 in 卷 beside another count', report('2026年，县司法局共抽查行政执法案卷260卷。', '（一）全年抽查行政执法案卷206卷，发现问题12个。'), '206卷'],
    ['a thing with 及其他 restated', report('2026年，县政府共清理行政规范性文件及其他政策文件130件。', '（一）全年清理行政规范性文件及其他政策文件103件。'), '103件'],
    ['a split by committees over its total', report('2026年，全县共调解矛盾纠纷1200件。', '（一）县人民调解委员会调解矛盾纠纷300件。', '（二）乡镇人民调解委员会调解矛盾纠纷650件。', '（三）村（社区）人民调解委员会调解矛盾纠纷280件。'), '1200件'],
    ['a split of training by kind, 人次', report('2026年，县政府共培训执法人员560人次。', '（一）培训新任执法人员180人次。', '（二）培训在岗执法人员400人次。'), '560人次'],
    ['a bracketed total', report('2026年，县政府审核行政规范性文件（共38件）并全部备案。', '（一）全年审核行政规范性文件36件。'), '36件'],
    ['the thing before the number and the act after it', report('2026年，县政府共受理行政复议案件92件。', '（一）全年行政复议案件98件全部依法办结。'), '98件'],
    ['the villages a township holds (下辖) against 全镇', report('2026年，某镇下辖12个行政村，全面推行村规民约合法性审查。', '（一）全镇13个行政村全部完成村规民约修订。'), '13个行政村'],
    ['a split of the second count of the opening', report('2026年，全县开展行政执法检查860次，查处违法案件120件。', '（一）查处违法用地案件46件。', '（二）查处违法建设案件80件。'), '120件'],
  ];

  const sweepLookAlikes: [string, string][] = [
    ['受理 against 办结', report('2026年，县政府共受理行政复议案件92件。', '（一）全年办结行政复议案件86件。')],
    ['the county office against the township offices', report('2026年，县司法局共办理法律援助案件420件。', '（一）各乡镇司法所全年受理法律援助案件86件。')],
    ['another year named', report('2026年，县政府共受理行政复议案件92件。', '（一）2025年受理行政复议案件80件。')],
    ['a change against the year\'s figure', report('2026年，县政府共受理行政复议案件92件，同比增长15件。', '（一）全年受理行政复议案件92件。')],
    ['a part against the whole', report('2026年，县政府共受理行政复议案件92件。', '（一）其中涉企行政复议案件31件。')],
    ['several years against one', report('2026年，县政府全年开展普法讲座24场。', '（一）“八五”普法以来累计开展普法讲座96场。')],
    ['a rate beside the count', report('2026年，全县行政机关负责人出庭应诉46件。', '（一）全年行政机关负责人出庭应诉46件，出庭应诉率100%。')],
    ['a split by units far short of its total: the main ones', report('2026年，全县共聘请法律顾问126名。', '（一）县直部门聘请法律顾问58名。', '（二）乡镇聘请法律顾问30名。')],
    ['another noun totalled with 共', report('2026年，全县共办理公证事项2300件。', '（一）全年共办理法律援助案件402件。')],
    ['last year\'s figure', report('2026年，县信访局共受理信访事项510件。', '（一）上年受理信访事项560件。')],
    ['next year\'s target', report('2026年，全县共培养“法律明白人”1420名。', '（一）计划明年培养“法律明白人”1600名。')],
    ['the villages a township holds and some of them', report('2026年，某镇下辖12个行政村，全面推行村规民约合法性审查。', '（一）全镇12个行政村中有8个行政村建成法治文化广场。')],
    ['the villages of a township against the townships of the county', report('2026年，某县下辖12个乡镇，全面推行法律顾问制度。', '（一）全镇9个行政村聘请法律顾问。')],
    ['two things joined by 和 against one of them', report('2026年，县政府共受理行政复议案件和行政诉讼案件140件。', '（一）全年受理行政复议案件86件和行政诉讼案件54件。')],
    ['a count in 个 beside one in 卷', report('2026年，县司法局共抽查行政执法案卷260卷。', '（一）全年抽查行政执法案卷260卷，发现问题12个。')],
    ['a split by committees that adds up', report('2026年，全县共调解矛盾纠纷1200件。', '（一）县人民调解委员会调解矛盾纠纷300件。', '（二）乡镇人民调解委员会调解矛盾纠纷620件。', '（三）村（社区）人民调解委员会调解矛盾纠纷280件。')],
    ['items of separate measures under one act', report('2026年，县政府共审核行政规范性文件38件。', '（一）审核重大行政决策事项12件。', '（二）审核行政合同30件。')],
    ['备案 against 审核: two acts', report('2026年，县政府共审核行政规范性文件38件。', '（一）全年向市政府备案行政规范性文件35件。')],
  ];

  describe('number-mismatch: widened families', () => {
    numberProbes(widened, widenedLookAlikes);
  });

  describe('number-mismatch: sweep over the kinds of work', () => {
    numberProbes(sweep, sweepLookAlikes);
  });

  describe('the tuple of one count', () => {
    const read = (text: string) => countTuples({ text, norm: normalise(text), layout: layout(text), hits: new Map(), type: null, year: 2026 });
    it('reads times counted before the act with the act and topic after the number', () => {
      const t = read(report('（一）县政府常务会议先后4次专题研究法治政府建设工作。')).find((x) => x.value === 4);
      expect([t?.act, t?.thing]).toEqual(['研究', '法治政府建设工作']);
    });
    it('keeps 为 in 行为', () => {
      const t = read(report('2026年，县综合行政执法局共查处违法行为96起。')).find((x) => x.value === 96);
      expect(t?.thing).toBe('违法行为');
    });
    it('reads 参与 as a share of the act', () => {
      const t = read(report('（一）全年参与调解纠纷85件。')).find((x) => x.value === 85);
      expect(t?.act).toBe('参与调解');
    });
  });
});

/**
 * number-mismatch: the tuple reader's misreadings of doer and act (带队 read as a unit, 本人主持召开…会议 read as the
 * chief's own count, 新建 unread as an act, a bare act under the sentence's named thing), each with look-alikes that
 * must stay silent. Written from the reference's subject matter, not from the sets.
 */
describe('doer and act: 带队, the chief chairing the meeting, 新建', () => {
  const shufa = (opening: string, ...body: string[]) =>
    ['县司法局局长2026年度述法报告', opening, '一、履行第一责任人职责情况', ...body, '二、存在的不足', '督察整改跟踪不够及时。', '述法人：王明', '2027年1月20日'].join('\n');

  const tupleReadings: [string, string, string][] = [
    ['带队 is how the chief did it, not a unit', ['县司法局局长2026年度述法报告', '一、履职概况', '全年带队开展行政执法检查4次，发现问题30个。', '二、执法监督情况', '牵头对9个执法单位开展行政执法检查，全年共计5次，督促整改问题30个。', '三、存在不足', '检查覆盖面不够。', '述法人：王明', '2027年1月20日'].join('\n'), '4次'],
    ['the chief chairing the meeting that did the work', shufa('一年来，本人主持召开县政府常务会议专题研究法治政府建设6次。', '（一）全年县政府常务会议专题研究法治政府建设事项5次。'), '5次'],
    ['新建 as the act of a count', report('2026年，某县新建村级公共法律服务工作室20个，服务网络进一步完善。', '（一）全年在乡镇、村新建村级公共法律服务工作室22个，实现全覆盖。'), '20个'],
    ['the chief chairing, the meeting counted first', report('2026年，县政府常务会议专题研究法治政府建设工作5次。', '（一）本人主持召开县政府常务会议专题研究法治政府建设工作4次。'), '4次'],
    ['a bare act under the sentence\'s named thing', report('2026年，县政府共清理行政规范性文件100件，废止不合时宜的文件9件。', '（一）全面清理行政规范性文件，共清理文件100件，保留80件、修改9件、废止11件。'), '11件'],
  ];
  const tupleReadingsSilent: [string, string][] = [
    ['the intake a part of the year\'s caseload restated beside it', report('2026年，县政府全年办理行政复议案件300件。', '（一）新收行政复议案件270件，上年结转30件，全年共办理300件。', '（二）审结285件，结转下一年度15件。')],
    ['another unit did the other count', shufa('一年来，本人全年带队开展法治督察5次。', '（一）县综合行政执法队开展执法检查6次。')],
    ['the meeting\'s count on another topic', shufa('一年来，本人主持召开县政府常务会议专题研究法治政府建设6次。', '（一）全年县政府常务会议研究安全生产工作5次。')],
    ['新建 and 建成 in another year', report('2026年，县政府新建公共法律服务工作室20个。', '（一）截至2026年底，全县累计建成公共法律服务工作室220个。')],
  ];

  describe('number-mismatch: tuple readings of doer and act', () => numberProbes(tupleReadings, tupleReadingsSilent));
});

/**
 * number-mismatch: a count with both stages (受理并办结) restated as 办理, and the chief's lead (我带头组织, 本人主持召开)
 * and a light verb (开展, 安排) around the same study. Each with look-alikes that must stay silent. Written from the
 * reference's subject matter (行政复议, 普法), not from the sets.
 */
describe('受理并办结 as 办理, the chief lead and a light verb around one study', () => {
  const bothStages: [string, string, string][] = [
    ['办理 restated as 受理并办结', report('2026年，县司法局共办理法律援助案件260件。', '（一）法律援助。全年受理并办结法律援助案件236件，为困难群众挽回经济损失。'), '236件'],
    ['办理 restated as 受理并审结', report('2026年，县政府共办理行政复议案件140件。', '（一）行政复议。全年受理并审结行政复议案件132件。'), '132件'],
  ];
  const bothStagesSilent: [string, string][] = [
    ['受理 and 审结: two stages', report('2026年，县政府共受理行政复议案件140件。', '（一）行政复议。全年审结行政复议案件132件。')],
    ['a part of the cases handled', report('2026年，县司法局共办理法律援助案件260件。', '（一）法律援助。其中受理并办结农民工讨薪案件96件。')],
    ['the same number', report('2026年，县司法局共办理法律援助案件260件。', '（一）法律援助。全年受理并办结法律援助案件260件。')],
  ];

  const shufaReport = (opening: string, ...body: string[]) =>
    ['述法报告', '（某县县长　王明）', opening, '一、学法用法', ...body, '二、不足之处', '对乡镇法治政府建设的指导不够。', '2027年1月20日'].join('\n');
  const chiefsLead: [string, string, string][] = [
    ['我带头组织 before the government, its meeting in the body with 全年开展 after', shufaReport('2026年，我带头组织县政府会前学法9次。', '县政府常务会议会前学法全年开展11次，内容涵盖行政复议法。'), '11次'],
    ['本人主持召开 before the meeting, 共安排 after in the body', shufaReport('2026年，本人主持召开县政府常务会议专题学法6次。', '县政府常务会议专题学法共安排8次。'), '8次'],
  ];
  const chiefsLeadSilent: [string, string][] = [
    ['the same number', shufaReport('2026年，我带头组织县政府会前学法9次。', '县政府常务会议会前学法全年开展9次。')],
    ['another organ\'s study', shufaReport('2026年，我带头组织县政府会前学法9次。', '县司法局会前学法全年开展4次。')],
    ['a part of the study named by 其中', shufaReport('2026年，我带头组织县政府会前学法9次。', '其中，县政府常务会议会前学法专题学习民法典开展2次。')],
    ['the chief\'s own count beside the organ\'s', shufaReport('2026年，我带头组织县政府会前学法9次。', '本人参加县委理论学习中心组集体学法全年开展4次。')],
  ];


  describe('number-mismatch: 受理并办结 as 办理', () => numberProbes(bothStages, bothStagesSilent));

  describe('number-mismatch: the chief\'s lead and a light verb around the same study', () => numberProbes(chiefsLead, chiefsLeadSilent));
});

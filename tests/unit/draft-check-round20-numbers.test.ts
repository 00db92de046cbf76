/**
 * The tuple reader of counts (count-tuples.ts): one count written twice in the shapes the shape readers do not know —
 * the thing abbreviated under the same act (行政规范性文件 … 文件, 重大行政决策 … 决策事项), the thing written after the
 * number, the chief named two ways (主要负责人 … 县长; 本人 in a 述法 report), the doer named once for a whole sentence, a
 * part compared with the same part — and the look-alikes it must leave alone: another stage (受理 … 审结), another kind
 * (行政复议 … 行政诉讼), a part against the whole, another period or year, another doer, a sum of earlier parts, a change.
 * Topics from the reference's kinds of work (行政复议, 行政诉讼, 重大行政决策, 规范性文件, 行政执法, 普法), not from the sets.
 */
import { describe, expect, it } from 'vitest';
import { numberProbes, report } from './helpers/number-probes.ts';
import { countTuples, likeness } from '../../src/shared/draft-check/count-tuples.ts';
import { layout } from '../../src/shared/draft-check/text.ts';
import { normalise } from '../../src/shared/draft-check/normalize.ts';

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

describe('round 20 numbers: one count written twice, read as tuples', () => {
  numberProbes(positives, negatives);
  numberProbes(positivesSecond, negativesSecond);
  numberProbes(sums, sumLookAlikes);
});

describe('round 20 numbers: the tuple of one count', () => {
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

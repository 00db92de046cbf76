/**
 * Round 11 (numbers): the families the first run on v9 missed, with probes invented for this round (not taken from
 * the evaluation sets): a meeting named with the verb that calls it (组织, 主持召开) in one place and bare in the other,
 * 行政 dropped or added before the thing a government's work names (规范性文件 … 行政规范性文件), the opening's total
 * restated in the body with what it was applied to (对…开展…), 出庭应诉 with and without the suits it is in, and problems
 * all fixed (全部整改) against counts that show fewer fixed. Look-alikes
 * that must stay silent: another meeting, a part named by 其中 or by a modifier (涉企), a 对… naming a part (重点企业),
 * a short measure after 对…, two body figures, a target (确保…全部整改), last year's or another set of problems.
 */
import { describe } from 'vitest';
import { numberProbes, report } from './helpers/number-probes.ts';

const positives: [string, string, string][] = [
  ['a meeting with 组织 before it, then bare', report('2026年，县政府组织常务会议专题学法9次。', '（一）县政府常务会议专题学法全年共11次，学习《中华人民共和国行政处罚法》等法律。'), '9次'],
  ['a meeting with 共组织 before it, then 主持召开', report('2026年，县政府共组织常务会议会前学法6次。', '（一）县长主持召开县政府常务会议，全年县政府常务会议会前学法8次。'), '6次'],
  ['规范性文件 restated as 行政规范性文件', report('2026年，县司法局共备案审查规范性文件31件。', '（一）县司法局全年备案审查行政规范性文件34件，纠正2件。'), '31件'],
  ['行政复议案件 restated as 复议案件', report('2026年，县政府共办理行政复议案件66件。', '（一）全年办理复议案件69件，其中变更3件。'), '66件'],
  ['行政处罚案件 restated as 处罚案件 with digits in another order', report('2026年，全县共查办行政处罚案件1250件。', '（一）全年查办处罚案件1205件，罚没款320万元。'), '1250件'],
  ['the opening total restated with 对…的… before 开展', report('2026年，我局共开展合法性审核52件。', '（一）全年对提请集体讨论的重大行政决策和规范性文件草案开展合法性审核共50件。'), '52件'],
  ['the opening total restated with 对… before 进行', report('2026年，县政府共进行公平竞争审查28件。', '（一）对新制定的涉及经营主体经济活动的政策措施进行公平竞争审查26件，均未发现违规。'), '28件'],
  ['the opening total restated with 对… before 组织 and 场 for 次', report('2026年，全镇共组织“法律明白人”培训12场。', '（一）对全镇村（社区）“法律明白人”组织“法律明白人”培训15次。'), '12场'],
  ['行政许可事项 restated as 许可事项', report('2026年，县政务服务中心共办理行政许可事项3860件。', '（一）县政务服务中心全年办理许可事项3680件，按时办结率100%。'), '3860件'],
  ['出庭应诉 restated with the suits it is in', report('2026年，本人带头出庭应诉2次。', '（一）本人全年出庭应诉行政案件3次，当庭发表意见。'), '2次'],
  ['all problems fixed in the opening, fewer counted in the body', report('2026年，县政府开展法治督察，督察反馈问题均已整改到位。', '（一）全年法治督察反馈问题26个，已整改到位22个，其余限期整改。'), '22个'],
  ['all fixed 完毕 in the opening, fewer counted with 其中', report('2026年，县政府组织执法案卷评查，评查发现问题均已整改完毕。', '（一）全年评查发现问题57处，其中已整改完毕49处。'), '49处'],
  ['fewer counted first, all fixed in the closing summary', report('2026年，县政府扎实推进法治政府建设。', '（一）开展执法案卷评查，发现问题41条，整改完成38条。', '（二）一年来，案卷评查发现问题全部整改。'), '38条'],
];

const negatives: [string, string][] = [
  ['another meeting with 组织 before it', report('2026年，县政府组织专题会议学法9次。', '（一）县政府常务会议会前学法全年共11次。')],
  ['a part named by 其中 after 对…', report('2026年，县市场监管局开展双随机抽查检查320户次。', '（一）全年开展双随机抽查检查320户次，其中对食品生产企业开展双随机抽查检查85户次。')],
  ['a modifier naming a part of the 行政 cases', report('2026年，全县共办理行政复议案件66件。', '（一）全年办理涉企复议案件21件。')],
  ['a modifier naming a part of the documents', report('2026年，县政府共清理行政规范性文件45件。', '（一）全年清理涉企规范性文件27件，废止3件。')],
  ['a 对… naming a part (对重点企业)', report('2026年，县应急管理局共开展执法检查140次。', '（一）对重点企业开展执法检查36次，发现隐患52处。')],
  ['a short measure after 对… (开展检查)', report('2026年，县应急管理局开展检查140次。', '（一）对危险化学品企业开展检查36次。')],
  ['two figures in the body, one with 对…', report('2026年，县政府扎实推进法治政府建设。', '（一）全年开展公平竞争审查19件。', '（二）对涉及经营主体经济活动的政策措施开展公平竞争审查15件。')],
  ['行政诉讼 and 行政复议, two measures', report('2026年，全县共办理行政复议案件66件。', '（一）全年办理行政诉讼案件69件。')],
  ['出庭应诉 in a kind of suit (涉企), a part', report('2026年，本人带头出庭应诉3次。', '（一）本人出庭应诉涉企行政诉讼案件2次。')],
  ['all fixed as a target (确保…全部整改)', report('2026年，县政府开展法治督察，确保反馈问题全部整改到位。', '（一）全年法治督察反馈问题26个，已整改到位22个。')],
  ['last year\'s problems all fixed, this year\'s not yet', report('2026年，上年度督察反馈问题全部整改。', '（一）全年法治督察反馈问题26个，已整改到位22个。')],
  ['another set of problems all fixed', report('2026年，审计发现问题全部整改。', '（一）全年法治督察反馈问题26个，已整改到位22个。')],
  ['all counted fixed', report('2026年，督察反馈问题均已整改到位。', '（一）全年法治督察反馈问题26个，已整改到位26个。')],
  ['the same figure with 行政 dropped', report('2026年，县政府共备案审查规范性文件31件。', '（一）全年备案审查行政规范性文件31件。')],
];

describe('round 11: a subject with its calling verb, 行政 dropped, the opening total applied to something (number-mismatch)', () => {
  numberProbes(positives, negatives);
});

/**
 * One count written twice with another number, read with the default flipped: the same counted thing (a shared ending
 * of four characters, or two with the same digits in another order, or one quoted name) in the same unit is one figure,
 * whatever the verb (聘请 … 配备, 受理 … 办结 when the digits are permuted), unless the words say it is another count (其中,
 * 上半年, 累计, 近三年, a kind named only later, a unit of its own such as 法律援助中心). Also a fixed count of the organ's
 * own units (全镇12个行政村), and a total against the numbered items under it that count kinds of the same thing.
 * Topics from the reference (法律顾问, 行政复议, 政府信息公开, 证明事项告知承诺制, 人民调解, 法律援助, 普法, 执法检查).
 */
import { describe } from 'vitest';
import { numberProbes, report } from './helpers/number-probes.ts';

const positives: [string, string, string][] = [
  ['聘任 … 配备 the same advisers', report('2026年，县政府全年聘任政府法律顾问8名。', '（一）为县政府配备法律顾问7名，参与重大决策合法性论证。'), '法律顾问7名'],
  ['受理 … 办结 with the digits permuted', report('2026年，县政府全年受理行政复议案件146件。', '（一）办结行政复议案件164件，纠错率有所上升。'), '164件'],
  ['办理 … 答复 with the digits permuted', report('2026年，全县办理政府信息公开申请253件。', '（一）依法答复政府信息公开申请235件，无一被纠错。'), '235件'],
  ['告知承诺制事项 … 告知承诺制', report('2026年，全县实行告知承诺制事项42项。', '（一）对保留的证明事项推行告知承诺制40项，减少群众跑腿。'), '40项'],
  ['a quoted campaign, shorter later', report('2026年，全县开展“宪法进万家”主题宣传活动26场。', '（一）结合农村集市开展“宪法进万家”活动28场。'), '28场'],
  ['全县N个乡镇 twice', report('2026年，全县14个乡镇全部建立公共法律服务工作站。', '（一）全县15个乡镇均配备法律顾问。'), '15个乡镇'],
  ['numbered kinds short of the total', report('2026年，全年共受理行政复议案件86件。', '（一）受理涉企行政复议案件40件。', '（二）受理治安管理类行政复议案件42件。'), '86件'],
  ['numbered kinds over the total', report('2026年，全县共开展行政执法检查120次。', '（一）开展安全生产行政执法检查70次。', '（二）开展食品安全行政执法检查60次。'), '120次'],
  ['审查 … 审核 of contracts', report('2026年，县政府全年审查政府合同64份。', '（一）严格合同管理，审核各类政府合同62份。'), '62份'],
  ['组织 … 开展 the group study', report('2026年，县政府党组全年组织党组理论学习中心组法治专题学习4次。', '（一）开展党组理论学习中心组法治专题学习5次，学习行政复议法。'), '5次'],
  ['人民调解 with the digits permuted', report('2026年，全县人民调解委员会调解矛盾纠纷1324件。', '（一）全年调解矛盾纠纷1342件，调解成功率98%。'), '1342件'],
  ['法律援助 permuted, the centre named', report('2026年，全县办理法律援助案件317件。', '（一）县法律援助中心指派律师办理法律援助案件371件。'), '371件'],
  ['全镇N个行政村 twice', report('2026年，全镇12个行政村全部建成法治文化阵地。', '（一）全镇11个行政村均建立人民调解委员会。'), '11个行政村'],
];

const negatives: [string, string][] = [
  ['an occasion\'s events', report('2026年，全县开展普法活动56场。', '（一）开展“宪法宣传周”普法活动20场。')],
  ['受理 … 办结, other digits', report('2026年，县政府全年受理行政复议案件45件。', '（一）办结行政复议案件41件。')],
  ['上半年', report('2026年，县政府全年审查政府合同64份。', '（一）上半年审查政府合同30份。')],
  ['其中 a kind', report('2026年，全县培训行政执法人员320人次。', '（一）其中新招录执法人员培训60人次。')],
  ['a kind named only later', report('2026年，全县开展行政执法检查120次。', '（一）开展联合执法检查35次。')],
  ['a unit of its own, other digits', report('2026年，县司法局扎实推进公共法律服务。', '（一）全县办理法律援助案件317件。', '（二）县法律援助中心办理法律援助案件200件。')],
  ['numbered kinds adding up', report('2026年，全年共受理行政复议案件86件。', '（一）受理涉企行政复议案件40件。', '（二）受理其他行政复议案件46件。')],
  ['numbered examples far short of the total', report('2026年，全县共开展行政执法检查120次。', '（一）开展安全生产行政执法检查30次。', '（二）开展食品安全行政执法检查20次。')],
  ['an outcome line under the kinds', report('2026年，全县共调解矛盾纠纷200件。', '（一）调解婚姻家庭纠纷80件。', '（二）调解邻里纠纷120件。', '（三）全年调解成功196件。')],
  ['全县N个乡镇中 a part', report('2026年，全县14个乡镇全部建立公共法律服务工作站。', '（一）全县14个乡镇中，9个乡镇建成法治广场。')],
  ['several years', report('2026年，县政府受理政府信息公开申请56件。', '（一）近三年累计受理政府信息公开申请165件。')],
  ['two quoted names', report('2026年，全县开展“法律明白人”培训12场。', '（一）开展“法治夜校”培训15场。')],
  ['a meeting of another topic', report('2026年，县政府扎实推进法治政府建设。', '（一）召开专题会议3次，研究行政复议工作。', '（二）召开专题会议5次，部署普法工作。')],
  ['amounts in 万元 of two things', report('2026年，全县罚没款156万元。', '（一）为群众挽回经济损失165万元。')],
  ['本部门 and 部门联合 lists adding up', report('2026年，全县开展“双随机、一公开”抽查任务30项。', '（一）部门联合抽查任务13项。', '（二）本部门抽查任务17项。')],
];

/** A second batch, written blind after the first passed and before running it. */
const secondPositives: [string, string, string][] = [
  ['审查 … 审核 of normative documents', report('2026年，县政府全年审查行政规范性文件28件。', '（一）落实合法性审核机制，审核行政规范性文件26件。'), '26件'],
  ['培育 … 培养 one quoted name', report('2026年，全县培育“法律明白人”1200名。', '（一）全县共培养“法律明白人”1100名，实现每村全覆盖。'), '1100名'],
  ['the review body, digits permuted', report('2026年，全县受理行政复议申请89件。', '（一）复议机构全年受理行政复议申请98件。'), '98件'],
  ['a quoted campaign with who took part', report('2026年，全区开展“送法进企业”活动42场。', '（一）组织律师开展“送法进企业”活动45场。'), '45场'],
  ['建议提案 shortened, digits permuted', report('2026年，全县办理人大代表建议和政协提案56件。', '（一）全年办理建议提案65件，办复率100%。'), '65件'],
  ['全镇N个村 twice', report('2026年，全镇9个村全部建立村规民约。', '（一）全镇10个村均开展民主法治示范村创建。'), '10个村'],
  ['numbered kinds of legal aid', report('2026年，全县共办理法律援助案件300件。', '（一）办理民事法律援助案件160件。', '（二）办理刑事法律援助案件130件。'), '300件'],
  ['a total restated without a verb', report('2026年，县政府作出重大行政决策11项。', '（一）全年县政府重大行政决策共10项，均经合法性审查。'), '10项'],
  ['案卷评查 permuted', report('2026年，全县开展行政执法案卷评查450卷。', '（一）组织开展案卷评查540卷，发现问题及时反馈。'), '540卷'],
  ['出庭应诉 with the kind of case added', report('2026年，全县行政机关负责人出庭应诉案件37件。', '（一）行政机关负责人出庭应诉行政诉讼案件35件。'), '35件'],
];

const secondNegatives: [string, string][] = [
  ['受理 … 审结', report('2026年，全县受理行政复议申请89件。', '（一）依法受理并审结行政复议案件80件。')],
  ['其中 new ones', report('2026年，全县培育“法律明白人”1200名。', '（一）其中新培育“法律明白人”200名。')],
  ['a bureau\'s lectures', report('2026年，全县开展普法讲座120场。', '（一）县司法局开展普法讲座45场。')],
  ['numbered kinds far short', report('2026年，全县共办理法律援助案件300件。', '（一）办理民事法律援助案件120件。', '（二）办理刑事法律援助案件80件。')],
  ['another unit', report('2026年，全县共审查合同86份。', '（一）全年审查合同中发现风险问题12个。')],
  ['其中 online', report('2026年，全县办理行政许可事项2300件。', '（一）其中网上办理行政许可事项1800件。')],
  ['some of the towns after all of them', report('2026年，全县12个乡镇全部建立法律服务站。', '（一）全县9个乡镇完成综合行政执法改革，其余3个乡镇年内完成。')],
  ['two quoted campaigns', report('2026年，全县开展“法律进企业”活动30场。', '（一）开展“法律进校园”活动25场。')],
  ['排查 … 调解', report('2026年，全县调解矛盾纠纷1200件。', '（一）全年排查矛盾纠纷1500件。')],
  ['newly recruited officers', report('2026年，全县共培训执法人员860人次。', '（一）新录用执法人员培训120人次。')],
  ['some months', report('2026年，县政府办理行政复议案件64件。', '（一）1至6月办理行政复议案件31件。')],
];

describe('round 18 numbers: one count written twice, the default flipped', () => {
  numberProbes(positives, negatives);
});

describe('round 18 numbers: a second batch, written blind', () => {
  numberProbes(secondPositives, secondNegatives);
});

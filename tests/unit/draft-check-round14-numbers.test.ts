/**
 * Round 14 (numbers): the measure ledger (measure-ledger.ts). The year's summary (opening or 一、总体情况) against the
 * body in the shapes writers restate a total in: the body adds words the summary's own sentence had said (the organ,
 * the thing in full), the whole set as subject (N个…共), examples (《…》等), a manner word (专题), 及/和 dropped; a part
 * larger than the summary's total; a number-first count claiming the whole set against the set's size; a 合计 of parts
 * named by their words; the same rate restated when a later clause compares with last year. Probes invented for this
 * round from the reference's measures (备案审查, 法律顾问, 法律明白人, 行政复议, 出庭应诉, 公共法律服务), not taken
 * from the evaluation sets. Look-alikes that must stay silent: added words that name a part (涉企, 3个行政村 without
 * 共), a kind of event (集中), a smaller part, a number-first count without a claim of the whole, a 合计 that adds up,
 * last year's rate and a target.
 */
import { describe } from 'vitest';
import { numberProbes, report } from './helpers/number-probes.ts';

const positives: [string, string, string][] = [
  ['the organ the summary named, added in the body', report('2026年，县政府开展行政规范性文件备案审查，共报备文件23件。', '（一）全年共报备县政府行政规范性文件25件。'), '25件'],
  ['the organ the summary named, added, with 及 dropped', report('2026年，县政府法律顾问审查合同及协议共计52份。', '（一）法律顾问全年审查县政府合同协议58份。'), '58份'],
  ['all the villages together as subject', report('2026年，全镇共聘请村（社区）法律顾问18名。', '（一）全镇12个村（社区）共聘请村（社区）法律顾问16名。'), '16名'],
  ['all the communities together, quoted thing', report('2026年，全区共培育“学法用法示范户”320户。', '（一）全区9个街道共培育“学法用法示范户”302户。'), '302户'],
  ['examples before the thing in the body', report('2026年，市政府共出台行政规范性文件12件。', '（一）出台《市城市绿化管理实施细则》《市停车场管理办法》等行政规范性文件14件。'), '14件'],
  ['a manner word added in the body', report('2026年，本人主持县政府常务会议学法4次。', '（一）全年主持县政府常务会议专题学法5次。'), '5次'],
  ['a part larger than the summary total', report('2026年，全县共建成公共法律服务站（点）312个，实现全覆盖。', '（一）县、乡、村三级平台全部建成，其中村级公共法律服务站（点）330个。'), '330个'],
  ['a number-first count of the whole set against its size', report('2026年，全县现有行政执法人员820名，均持证上岗。', '（一）组织802名行政执法人员参加执法资格培训，实现全员覆盖。'), '802名'],
  ['a 合计 of parts named by their words', report('2026年，县政府共办理行政复议案件60件，其中维持35件、撤销8件、变更2件、确认违法4件、驳回11件。', '（一）撤销、变更、确认违法案件合计15件，纠错率25%。'), '15件'],
  ['the same rate restated, a later clause comparing with last year', report('2026年，全县行政机关负责人出庭应诉率为92.5%，较上年提高3个百分点。', '（一）全县行政机关负责人出庭应诉率为95.2%，实现应出尽出。'), '95.2%'],
];

const negatives: [string, string][] = [
  ['added words that name a part, not in the summary', report('2026年，县政府开展行政规范性文件清理，共废止文件17件。', '（一）全年共废止涉企行政规范性文件5件。')],
  ['some of the villages, without 共', report('2026年，全镇共聘请村（社区）法律顾问18名。', '（一）全镇3个村（社区）聘请村（社区）法律顾问5名。')],
  ['a kind of event (集中), some of all', report('2026年，全县累计开展普法宣传活动35场。', '（一）开展普法集中宣传活动6场。')],
  ['a part smaller than the summary total', report('2026年，全县共建成公共法律服务站（点）312个，实现全覆盖。', '（一）县、乡、村三级平台全部建成，其中村级公共法律服务站（点）290个。')],
  ['a number-first count without a claim of the whole', report('2026年，全县现有行政执法人员820名，均持证上岗。', '（一）组织120名行政执法人员参加执法资格培训。')],
  ['a 合计 of named parts that adds up', report('2026年，县政府共办理行政复议案件60件，其中维持35件、撤销8件、变更2件、确认违法4件、驳回11件。', '（一）撤销、变更、确认违法案件合计14件，纠错率23.3%。')],
  ['last year\'s rate in its own clause', report('2026年，全县行政机关负责人出庭应诉率为95.2%。', '（一）上年全县行政机关负责人出庭应诉率为92.5%，今年继续提高。')],
  ['a target rate', report('2026年，全县行政机关负责人出庭应诉率为95.2%。', '（一）力争全县行政机关负责人出庭应诉率达到98%以上。')],
  ['another year\'s total as the baseline', report('2026年，在2025年全年开展执法检查420次的基础上加大力度。', '（一）全年开展执法检查510次。')],
  ['a department against the county', report('2026年，全县共办理行政复议案件60件。', '（一）县司法局共办理行政复议案件36件。')],
];

/** A second batch, written after the first passed, to test the ledger on shapes it was not built from. */
const morePositives: [string, string, string][] = [
  ['a word of the summary sentence added, digits swapped', report('2026年，全县开展行政执法案卷评查2次，共评查案卷240卷。', '（一）组织开展案卷评查，共评查行政执法案卷204卷。'), '204卷'],
  ['a number-first count with 全部 against the set size', report('2026年，全县共有行政执法主体56个。', '（一）65个行政执法主体全部完成执法信息公示。'), '65个'],
  ['a number-first count with 均已 against the set size', report('2026年，全市现有执业律师1250名。', '（一）全市1205名执业律师均已签订公益法律服务承诺书。'), '1205名'],
  ['a 合计 of parts named with 和', report('2026年，县政府共办理行政复议案件60件，其中维持35件、撤销8件、驳回11件、终止6件。', '（一）维持和驳回案件合计48件。'), '48件'],
  ['a table-like line: topic, colon, verb and count', report('2026年，县政府共受理行政复议案件65件。', '（一）行政复议案件：受理56件，审结52件。'), '56件'],
  ['a list item of the summary, its verb carried', report('2026年，市政府共制定政府规章3件、行政规范性文件24件。', '（一）全年制定行政规范性文件27件，均经合法性审核。'), '27件'],
  ['a rate in the summary against counts in the body', report('2026年，全镇共调处矛盾纠纷136起，调处成功率98.5%。', '（一）调处矛盾纠纷136起，调处成功130起。'), '98.5%'],
];

const moreNegatives: [string, string][] = [
  ['a part word the summary sentence did not say', report('2026年，全县开展行政执法案卷评查2次，共评查案卷240卷。', '（一）共评查行政处罚案卷120卷。')],
  ['a table-like line of another topic', report('2026年，县政府共受理行政复议案件65件。', '（一）行政诉讼案件：受理56件，审结52件。')],
  ['a list item restated with a part word', report('2026年，市政府共制定政府规章3件、行政规范性文件24件。', '（一）全年制定涉企行政规范性文件7件。')],
  ['a 合计 naming parts the draft never counted', report('2026年，县政府共办理行政复议案件60件，其中维持35件、驳回11件。', '（一）撤销和确认违法案件合计14件。')],
  ['a rate that agrees with the body counts', report('2026年，全镇共调处矛盾纠纷136起，调处成功率98.5%。', '（一）调处矛盾纠纷136起，调处成功134起。')],
  ['a number-first count of some members, no claim of the whole', report('2026年，全县共有行政执法主体56个。', '（一）32个行政执法主体完成执法信息公示。')],
];

/** A third batch, written before running it, of shapes other modules answer for: the ledger must not silence them. */
const thirdPositives: [string, string, string][] = [
  ['one body total restated in a later section', report('2026年，全县法治政府建设扎实推进。', '（一）全年共办理行政复议案件46件。', '（二）规范复议程序，全年办理行政复议案件64件，均在法定期限内审结。'), '64件'],
  ['the summary total, a manner word 依法 added and 累计 for 全年', report('2026年，全县累计办理法律援助案件356件。', '（一）全年依法办理法律援助案件365件。'), '365件'],
  ['a set size against all of it later', report('2026年，全镇现有村（社区）14个，均配备法律顾问。', '（一）所有16个村（社区）均建立人民调解委员会。'), '16个'],
  ['the halves of the year against the year', report('2026年，全县共开展执法检查120次。', '（一）上半年开展执法检查50次，下半年开展执法检查60次。'), '120次'],
  ['numbered lines repeating the measure, short of the total', report('2026年，县司法局共审查行政规范性文件18件。', '（一）审查县政府行政规范性文件9件。', '（二）审查县政府办公室行政规范性文件7件。'), '18件'],
  ['a change on the year restated', report('2026年，全县涉企行政检查总量同比下降12%。', '（一）严格控制涉企检查，涉企行政检查总量同比下降21%。'), '21%'],
  ['a part larger than its own total in the summary', report('2026年，全县共受理行政复议申请45件，其中维持原行政行为52件。', '（一）规范复议程序。'), '52件'],
];

const thirdNegatives: [string, string][] = [
  ['two bodies, the same words', report('2026年，县政府常务会议学法4次。', '（一）县委常委会会议学法6次。')],
  ['a target in the plan section', report('2026年，全县办理法律援助案件356件。', '（一）做好援助工作。', '三、下一步工作安排', '力争全年办理法律援助案件400件。')],
  ['a 其中 part of some kinds only', report('2026年，全县共受理行政复议案件60件。', '（一）其中涉企行政复议案件12件，均已审结。')],
  ['one half of the year only', report('2026年，全县共开展执法检查120次。', '（一）上半年开展执法检查50次。')],
  ['last year\'s total named with 上年', report('2026年，全县共办理法律援助案件356件。', '（一）较上年办理法律援助案件310件有所增长。')],
  ['a count of new members against the set size', report('2026年，全县现有行政执法人员820名，持证率100%。', '（一）新增持证执法人员45名。')],
];

/** A fourth batch, after the third passed: parts named inside a set, and a total shared out among organs with 分别. */
const fourthPositives: [string, string, string][] = [
  ['a part named by its own words inside a set, larger than the set', report('2026年，全县执法队伍建设不断加强。', '（一）全县820名行政执法人员中，持证执法人员832名。'), '832名'],
  ['the summary total shared out with 分别, the shares more than it', report('2026年，全县共审核重大行政决策事项15件。', '（一）县政府、县政府办公室分别审核重大行政决策事项9件、7件。'), '15件'],
  ['the halves in two numbered lines against the summary', report('2026年，全县共开展执法检查120次。', '（一）上半年开展执法检查50次。', '（二）下半年开展执法检查60次。'), '120次'],
  ['a body total restated in a closing 一年来 sentence', report('2026年，全县法治政府建设扎实推进。', '（一）全年共办理行政复议案件46件，其中维持30件。', '（二）一年来，全县共办理行政复议案件48件。'), '48件'],
];

const fourthNegatives: [string, string][] = [
  ['another thing in the same unit inside a set', report('2026年，全县执法队伍建设不断加强。', '（一）全县5个乡镇中，建成公共法律服务站12个。')],
  ['a part inside a set, smaller than it', report('2026年，全县执法队伍建设不断加强。', '（一）全县820名行政执法人员中，持证执法人员802名。')],
  ['the summary total shared out with 分别, fewer (some organs only)', report('2026年，全县共审核重大行政决策事项15件。', '（一）县政府、县政府办公室分别审核重大行政决策事项9件、4件。')],
  ['a field named before the clause', report('2026年，全县全年开展行政执法检查120次。', '（一）在交通运输领域，开展行政执法检查30次。')],
  ['a general measure in a section on one topic', report('2026年，县政府召开专题会议5次。', '（一）研究信访工作，召开专题会议2次。')],
  ['a count since the plan began, with 累计', report('2026年，全街道共培养“法律明白人”96名。', '（一）“八五”普法以来，街道累计培养“法律明白人”960名。')],
  ['a half of the year, a specific measure', report('2026年，县司法局共审查行政规范性文件18件。', '（一）上半年审查行政规范性文件8件，均按期办结。')],
  ['the organ\'s departments, a part of its count', report('2026年，县政府共审核合同协议52份。', '（一）全年共审核县政府部门合同协议20份。')],
  ['shares of another measure', report('2026年，全县共审核重大行政决策事项15件。', '（一）上半年、下半年分别召开专题会议9次、7次。')],
];

describe('round 14 number probes, fourth batch', () => {
  numberProbes(fourthPositives, fourthNegatives);
});

describe('round 14 number probes, third batch', () => {
  numberProbes(thirdPositives, thirdNegatives);
});

describe('round 14 number probes', () => {
  numberProbes(positives, negatives);
});

describe('round 14 number probes, second batch', () => {
  numberProbes(morePositives, moreNegatives);
});

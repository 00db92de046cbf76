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
import { describe, expect, it } from 'vitest';
import { numberProbes, report } from './helpers/number-probes.ts';
import { countTuples } from '../../src/shared/draft-check/count-tuples.ts';
import { layout } from '../../src/shared/draft-check/text.ts';
import { normalise } from '../../src/shared/draft-check/normalize.ts';

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

describe('number-mismatch, round 24: widened families', () => {
  numberProbes(widened, widenedLookAlikes);
});

describe('number-mismatch, round 24: sweep over the kinds of work', () => {
  numberProbes(sweep, sweepLookAlikes);
});

describe('round 24: the tuple of one count', () => {
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

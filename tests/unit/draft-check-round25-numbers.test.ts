/**
 * number-mismatch, widened by the general reasons the v22 and v23 misses went unread: a total whose outcomes (closed
 * and still open, kept/amended/repealed, simple and ordinary procedure) are listed elsewhere and add up to another
 * number; a bare total (以上合计, 每村…共, 分别…合计) backed by its own breakdown against the earlier total; a clause
 * opening with 合计 and naming the sum after a list; a 其中 opening the next sentence with a part larger than the whole;
 * a count said to be all done (均已持证上岗) against a split with an open part; and the tuple reader's misreadings (带队
 * read as a unit, 本人主持召开…会议 read as the chief's own count, 新建 unread as an act, a bare act under the sentence's
 * named thing). Each with look-alikes that must stay silent. Written from the reference's subject matter (行政复议,
 * 规范性文件清理, 法治督察整改, 行政执法证, 重大行政决策, 普法, 法律明白人, 公共法律服务), not from the sets.
 */
import { describe } from 'vitest';
import { numberProbes, report } from './helpers/number-probes.ts';

const shufa = (opening: string, ...body: string[]) =>
  ['县司法局局长2026年度述法报告', opening, '一、履行第一责任人职责情况', ...body, '二、存在的不足', '督察整改跟踪不够及时。', '述法人：王明', '2027年1月20日'].join('\n');
const selfCheck = (opening: string, ...body: string[]) =>
  ['某县司法局2026年法治建设工作自查报告', opening, '一、自查情况', ...body, '二、存在问题', '个别单位报送材料不及时。', '三、整改措施', '建立工作台账。', '某县司法局', '2027年1月10日'].join('\n');

const outcomes: [string, string, string][] = [
  ['closed and still open after the total in its sentence', report('2026年，县司法局共受理行政复议申请86件，已审结80件，在审8件。'), '86件'],
  ['kept, amended, repealed in a later section naming the clean-up', report('2026年，全县清理行政规范性文件共计120件。', '（一）全年清理的行政规范性文件中，保留90件、修改18件、废止14件。'), '120件'],
  ['put right and still being put right, the problems named again', shufa('2026年，本人牵头组织法治督察6次，发现问题40个。', '（一）督察发现的问题已整改到位35个，正在整改3个。'), '40个'],
  ['simple and ordinary procedure under the year\'s 处罚 cases', report('2026年，全县共办理行政处罚案件500件。', '（一）全年办理的行政处罚案件中，适用简易程序320件、普通程序190件。'), '500件'],
  ['the next sentence opened by the act (经清理)', selfCheck('本次共清理现行行政规范性文件96件。', '经清理，继续有效的70件，修改的15件，废止的13件。'), '96件'],
  ['closed and carried over to next year', report('2026年，县信访局共受理信访事项60件，办结55件，结转下一年度7件。'), '60件'],
  ['尚未办结 read as open, not as 办结', report('2026年，县信访局共受理信访事项60件，已办结52件，尚未办结9件。'), '60件'],
  ['procedures written with 案件', report('2026年，全县共办理行政处罚案件800件。', '（一）全年办理的行政处罚案件中，简易程序案件500件，普通程序案件320件。'), '800件'],
  ['closed and in hand under the cases filed', report('2026年，县综合行政执法局共立案查处违法案件120件。', '（一）立案查处的违法案件中，已结案110件，正在办理12件。'), '120件'],
];
const outcomesSilent: [string, string][] = [
  ['outcomes adding up', report('2026年，县司法局共受理行政复议申请86件，已审结78件，在审8件。')],
  ['one outcome only', report('2026年，县司法局共受理行政复议申请86件，已审结80件。')],
  ['outcomes far short: a selection', report('2026年，全县清理行政规范性文件共计120件。', '（一）全年清理的行政规范性文件中，修改18件、废止14件。')],
  ['outcomes of another thing', report('2026年，县信访局共受理信访事项40件。', '（一）法律援助案件已办结35件，正在办理6件。')],
  ['two closed states: no open part', report('2026年，县司法局共受理行政复议申请86件，已审结80件，办结8件。')],
  ['cases carried in from last year, in brackets', report('2026年，县司法局全年受理行政复议案件45件，审结48件（含上年结转5件）。')],
  ['last year\'s problems split, not the year\'s', report('2026年，法治督察共发现问题30个，上年遗留问题8个。', '（一）上年遗留问题已整改完成6个，正在整改2个。')],
  ['a clean-up list after files issued, not cleaned up', report('2026年，县政府印发行政规范性文件4件，均经合法性审核。', '（一）完成现行有效规范性文件集中清理，宣布废止2件、修改1件。')],
  ['procedures of another count named in the sentence', report('2026年，全县共办理行政处罚案件800件，行政许可事项600件。', '（一）全年行政许可事项中，即办件500件，承诺件100件。')],
];

const bareTotals: [string, string, string][] = [
  ['以上合计 summing the numbered lines, against the opening', selfCheck('全年共开展各类普法活动52场次。', '（一）宪法宣传周活动14场。', '（二）民法典宣传月活动18场。', '（三）“法律进乡村”宣讲18场。', '以上合计50场次。'), '52场次'],
  ['a count per village times the villages', selfCheck('全年共组织村级法治讲座30场。', '（一）在12个行政村开展法治讲座，每村3场，共36场。'), '30场'],
  ['a range per community, then 合计', selfCheck('全镇8个村共培养“法律明白人”50名。', '（一）按照每村不少于5名的要求，各村分别培养5至8名，合计54名。'), '50名'],
  ['各 per village giving the opening, not its own 合计', selfCheck('全年共开展“法律进乡村”宣讲24场。', '（一）在8个行政村各开展宣讲3场，合计27场。'), '27场'],
  ['以上共计 over the lines above', selfCheck('全年共开展法治宣传活动60场次。', '（一）宪法宣传活动20场。', '（二）民法典宣传活动22场。', '（三）其他宣传活动16场。', '以上共计58场次。'), '58场次'],
];
const bareTotalsSilent: [string, string][] = [
  ['以上合计 agreeing with the opening', selfCheck('全年共开展各类普法活动50场次。', '（一）宪法宣传周活动14场。', '（二）民法典宣传月活动18场。', '（三）“法律进乡村”宣讲18场。', '以上合计50场次。')],
  ['以上合计 far from the opening: another whole', selfCheck('全年共开展各类普法活动90场次。', '（一）宪法宣传周活动14场。', '（二）民法典宣传月活动18场。', '（三）“法律进乡村”宣讲18场。', '以上合计50场次。')],
  ['a per-village count that does not give the total', selfCheck('全年共组织村级法治讲座30场。', '（一）在12个行政村开展法治讲座，每村不少于2场，共32场。')],
  ['以上合计 of two lines only: a selection far from the whole', selfCheck('全年共开展法治宣传活动60场次。', '（一）宪法宣传活动20场。', '（二）民法典宣传活动22场。', '以上合计42场次。')],
  ['a range per township, its 合计 agreeing', selfCheck('全县12个乡镇共配备专职人民调解员40名。', '（一）各乡镇分别配备3至4名，合计40名。')],
];

const namedSums: [string, string, string][] = [
  ['合计 naming the sum after the list', selfCheck('一年来持续推进法治文化阵地建设。', '全县共建成法治文化公园5个、法治广场7个，合计法治文化阵地13个。'), '13个'],
];
const namedSumsSilent: [string, string][] = [
  ['合计 naming a sum that adds up', selfCheck('一年来持续推进法治文化阵地建设。', '全县共建成法治文化公园5个、法治广场7个，合计法治文化阵地12个。')],
];

const partsOfTheSentenceBefore: [string, string, string][] = [
  ['其中 opening the next numbered line', report('2026年，县政府深入推进依法决策。', '（一）重大行政决策事项目录确定的6项决策全部履行法定程序。', '（二）其中举行听证会的2项，开展社会稳定风险评估的8项。'), '8项'],
  ['其中 opening the next sentence', report('2026年，县政府共作出重大行政决策6项。其中举行听证的7项。'), '7项'],
];
const partsSilent: [string, string][] = [
  ['parts within the whole', report('2026年，县政府深入推进依法决策。', '（一）重大行政决策事项目录确定的6项决策全部履行法定程序。', '（二）其中举行听证会的2项，开展社会稳定风险评估的6项。')],
  ['two wholes in the sentence before', report('2026年，县政府共作出重大行政决策6项，审议规范性文件12项。其中听证的8项。')],
];

const allDone: [string, string, string][] = [
  ['均已持证上岗 against a split with an open part', selfCheck('截至2026年12月31日，我局在编在岗执法人员36人，均已持证上岗。', '持有行政执法证的34人，正在办理执法证的2人。'), '均已持证上岗'],
  ['全部 against a split with a part not yet done', selfCheck('全局共有法律顾问单位12家，已全部签订法律顾问合同。', '已签订合同的10家，尚未签订的2家。'), '已全部签订法律顾问合同'],
];
const allDoneSilent: [string, string][] = [
  ['a split with no open part', selfCheck('截至2026年12月31日，我局在编在岗执法人员36人，均已持证上岗。', '持有省级行政执法证的30人，持有国家部委执法证的6人。')],
  ['an open part of another set', selfCheck('截至2026年12月31日，我局在编在岗执法人员36人，均已持证上岗。', '新招录人员5人，正在办理执法证的2人。')],
  ['a target, not a result', selfCheck('我局在编在岗执法人员36人，确保全部持证上岗。', '持有行政执法证的34人，正在办理执法证的2人。')],
];

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

describe('number-mismatch: outcomes that split a total', () => numberProbes(outcomes, outcomesSilent));
describe('number-mismatch: a bare total backed by its breakdown', () => numberProbes(bareTotals, bareTotalsSilent));
describe('number-mismatch: a sum named after its list', () => numberProbes(namedSums, namedSumsSilent));
describe('number-mismatch: a 其中 opening the next sentence', () => numberProbes(partsOfTheSentenceBefore, partsSilent));
describe('number-mismatch: all said done against an open part', () => numberProbes(allDone, allDoneSilent));
describe('number-mismatch: tuple readings of doer and act', () => numberProbes(tupleReadings, tupleReadingsSilent));

/**
 * Round 10 (numbers): one measure restated in other words with another figure, and totals whose parts stand
 * apart from them. Probes written for this round, not taken from the evaluation sets: each family of variation
 * a fresh writer uses (another verb for the same act, an adverb added, the organ doing the work named, a part
 * restated, a bare 共N件次, digits in another order, parts by quarter or by round, a breakdown naming its total
 * again), and look-alikes that must stay silent (another stage, another year, a subset, an incomplete series).
 */
import { describe } from 'vitest';
import { numberProbes, report } from './helpers/number-probes.ts';

const positives: [string, string, string][] = [
  ['another verb for receiving (收到 … 新收)', report('2026年，县政府共收到行政复议申请132件。', '（一）县政府行政复议机构全年新收行政复议申请140件，受理126件。'), '132件'],
  ['the organ doing the work named instead of the government', report('2026年，县政府办理行政复议案件74件。', '（一）县行政复议中心全年共办理行政复议案件79件，其中维持51件。'), '74件'],
  ['达到 states a reached figure', report('2026年，全县持证行政执法人员达到1240名。', '（一）全县持证行政执法人员1204名全部参加年度轮训。'), '1240名'],
  ['a part (其中) restated as a plain figure', report('2026年，县政府召开常务会议18次，其中听取法治政府建设工作汇报4次。', '（一）听取法治政府建设工作汇报5次，研究解决执法保障问题。'), '4次'],
  ['a short label restated with 合计 and digits in another order', report('2026年，全县查处各类违法案件860件，罚没款1260万元。', '（一）食品案件300件，药品案件260件，特种设备案件300件，罚没款合计1620万元。'), '1260万元'],
  ['a bare 共N件次 counting the clause before it', report('2026年，全县行政机关负责人出庭应诉45件次。', '（一）行政诉讼案件开庭审理时均由行政机关负责人出庭，共54件次。'), '54件次'],
  ['a total against four quarters', report('2026年，县法律援助中心共办理法律援助案件420件。', '（一）一季度办理法律援助案件98件，二季度105件，三季度110件，四季度96件。'), '420件'],
  ['a total against rounds the opening counts', report('2026年，县政府开展安全生产执法检查4轮，检查企业360家。', '（一）第一轮检查企业80家；第二轮检查企业95家；第三轮检查企业90家；第四轮检查企业85家。'), '360家'],
  ['a total against two halves of the year', report('2026年，县市场监管局全年受理投诉举报1860件。', '（一）上半年受理投诉举报900件，下半年受理投诉举报980件。'), '1860件'],
  ['a breakdown naming its total again (审结案件中)', report('2026年，县政府全年审结行政复议案件52件。审结案件中，维持30件，撤销12件，确认违法6件，终止7件。', '（一）复议纠错率进一步提高。'), '52件'],
  ['the meeting with and without its calling (召开常务会议学法 … 常务会议会前学法)', report('2026年，县政府召开常务会议学法10次。', '（一）县政府常务会议会前学法全年共12次，学习法律法规20部。'), '10次'],
  ['a different verb for reviewing (审查 … 合法性审核)', report('2026年，县政府共审查行政规范性文件27件。', '（一）全年合法性审核行政规范性文件72件，提出修改意见58条。'), '27件'],
  ['a figure whose sentence compares only after it (同比增长)', report('2026年，县政府办理行政复议案件96件，同比增长12%。', '（一）全年办理行政复议案件91件，其中维持60件。'), '96件'],
  ['a list item restated with the verb the list carried', report('2026年，县政府共审核重大行政决策9项、行政规范性文件23件。', '（一）全年审核行政规范性文件25件，提出修改意见40条。'), '23件'],
  ['the county named by its organs (全县各级行政机关 … 全年)', report('2026年，全县各级行政机关办理政府信息公开申请412件。', '（一）全年共办理政府信息公开申请418件，均按时答复。'), '412件'],
  ['a total against kinds of the same thing listed in a later sentence', report('2026年，全县组织各类法治培训共计150场。', '（一）执法人员法治培训60场，领导干部法治培训50场，村干部法治培训45场。'), '150场'],
  ['a count of occasions against the dates listed for them', report('2026年，县政府常务会议专题研究法治政府建设4次。', '（一）2月、5月、8月县政府常务会议专题研究法治政府建设，部署年度重点任务。'), '4次'],
  ['a count announcing 一是…四是 in its paragraph', report('2026年，县政府重点抓了三个方面工作：一是健全依法决策机制；二是深化行政执法改革；三是加强执法监督；四是推进普法宣传。', '（一）规范执法。'), '三'],
  ['a count announcing the numbered headings after it', ['某县人民政府2026年度法治政府建设情况报告', '2026年，县政府主要抓了以下4项工作：', '一、健全依法决策机制', '二、深化行政执法改革', '三、加强执法监督', '某县人民政府', '2027年1月20日'].join('\n'), '4'],
  ['one count of disputes in 起 and then in 件', report('2026年，全县调处矛盾纠纷264起，调解成功255起。', '（一）全年共调处矛盾纠纷246件，均建立回访台账。'), '264起'],
  ['a number pointing back at a set counted before (完成清理的N件)', report('2026年，县政府清理行政规范性文件45件。', '（一）县政府督促将完成清理的48件行政规范性文件及时向社会公布。'), '48件'],
  ['a number pointing back at the people appointed (依托局里N名)', report('2026年，本局聘请3名律师担任常年法律顾问。', '（一）依托局里4名常年法律顾问开展合法性审查。'), '4名'],
  ['one count of events in 场 and then in 次', report('2026年，全镇开展“法律进乡村”活动48场。', '（一）全年开展“法律进乡村”活动42次，覆盖全部行政村。'), '48场'],
];

const negatives: [string, string][] = [
  ['two stages of one flow (收到 … 审结)', report('2026年，县政府共收到行政复议申请132件。', '（一）全年审结行政复议案件123件。')],
  ['another year', report('2026年，县政府共收到行政复议申请132件。', '（一）2025年县政府收到行政复议申请123件。')],
  ['a subset with digits in another order', report('2026年，全县共办理行政处罚案件1186件。', '（一）全年办理简易程序行政处罚案件1168件。')],
  ['another measure with digits in another order', report('2026年，法律顾问共审查合同协议165份。', '（一）全年出具法律意见书156份。')],
  ['three quarters of four, short of the total', report('2026年，县法律援助中心共办理法律援助案件420件。', '（一）一季度办理法律援助案件98件，二季度105件，三季度110件。')],
  ['four quarters adding up', report('2026年，县法律援助中心共办理法律援助案件409件。', '（一）一季度办理法律援助案件98件，二季度105件，三季度110件，四季度96件。')],
  ['a breakdown that does not exceed its total', report('2026年，县政府全年审结行政复议案件52件。审结案件中，维持30件，撤销12件。', '（一）复议纠错率进一步提高。')],
  ['parts of two wholes with the same words', report('2026年，全县办理行政复议案件96件，其中涉企案件31件。', '（一）全县审结行政诉讼案件45件，其中涉企案件12件。')],
  ['batches of another measure than the total', report('2026年，全县梳理证明事项85项。', '（一）公布第一批告知承诺制事项32项，第二批告知承诺制事项28项。')],
  ['a target in the plan section', report('2026年，全县持证行政执法人员达到865名。', '（一）加强执法队伍建设。', '三、下一步工作安排', '力争持证行政执法人员达到900名。')],
  ['a rounds series whose count is not stated and whose words name another measure', report('2026年，县政府检查企业360家。', '（一）第一轮执法培训80人，第二轮执法培训95人。')],
  ['the same figure restated', report('2026年，县政府共收到行政复议申请132件。', '（一）县政府行政复议机构全年新收行政复议申请132件，受理126件。')],
  ['a difference on the year (较上年的85件增加11件)', report('2026年，县政府办理行政复议案件96件。', '（一）较上年的85件增加11件。')],
  ['a list item and another verb', report('2026年，县政府共审核重大行政决策9项、行政规范性文件23件。', '（一）全年清理行政规范性文件8件。')],
  ['one department of the county', report('2026年，全县办理政府信息公开申请412件。', '（一）县自然资源局办理政府信息公开申请86件。')],
  ['the government office, one department of the county', report('2026年，全县各级行政机关办理政府信息公开申请412件。', '（一）县政府办公室办理政府信息公开申请86件。')],
  ['kinds listed later that are only the main ones (far short of the total)', report('2026年，全县组织各类法治培训共计150场。', '（一）执法人员法治培训40场，领导干部法治培训30场，村干部法治培训25场。')],
  ['kinds listed later and closed with 等', report('2026年，全县组织各类法治培训共计150场。', '（一）执法人员法治培训60场，领导干部法治培训50场，村干部法治培训45场等。')],
  ['dates given as examples (如)', report('2026年，县政府常务会议专题研究法治政府建设4次。', '（一）如2月、5月、8月县政府常务会议专题研究法治政府建设，部署年度重点任务。')],
  ['as many dates as occasions', report('2026年，县政府常务会议专题研究法治政府建设3次。', '（一）2月、5月、8月县政府常务会议专题研究法治政府建设，部署年度重点任务。')],
  ['a count announcing as many items as follow', report('2026年，县政府重点抓了三个方面工作：一是健全依法决策机制；二是深化行政执法改革；三是加强执法监督。', '（一）规范执法。')],
  ['an announced list closed with 等', report('2026年，县政府重点抓了三个方面工作：一是健全依法决策机制；二是深化行政执法改革；三是加强执法监督；四是推进普法宣传等。', '（一）规范执法。')],
  ['headings announced with their subheadings below them', ['某县人民政府2026年度法治政府建设情况报告', '2026年，县政府主要抓了以下3项工作：', '一、健全依法决策机制', '（一）完善决策程序', '（二）落实合法性审查', '二、深化行政执法改革', '三、加强执法监督', '某县人民政府', '2027年1月20日'].join('\n')],
  ['accidents in 起 and cases in 件', report('2026年，全县发生生产安全事故3起。', '（一）全年办理安全生产行政处罚案件35件。')],
  ['dates of one kind of meeting against the count of all meetings', report('2026年，县政府召开常务会议24次。', '（一）1月、4月、7月、10月召开常务会议专题学法，学习法律法规12部。')],
  ['a list item and a part of it with digits in another order', report('2026年，县政府共审核重大行政决策9项、行政复议案件46件。', '（一）全年办理涉企行政复议案件64件。')],
  ['the whole city against the city-level organ doing the work', report('2026年，全市各级行政复议机构办理行政复议案件1520件。', '（一）市行政复议局办理行政复议案件860件。')],
  ['concentrated campaigns, some of all the events (集中 names a kind, not a manner)', report('2026年，全县累计开展法治宣传教育活动35次。', '（一）开展法治集中宣传教育活动6次。')],
  ['some of the contracts reviewed, picked out by 的', report('2026年，法律顾问共审查合同协议165份。', '（一）经审查的40份合同协议存在风险问题，均已提示整改。')],
  ['a set pointed back at, with another verb and a qualifier', report('2026年，县委常委会全年研究法治建设重大事项7项。', '（一）上述31项重大事项全部经过合法性审查。')],
  ['events in 场 and meetings in 次', report('2026年，全镇开展“法律进乡村”活动48场。', '（一）全年召开法治建设专题会议4次。')],
];

describe('round 10: one measure restated in other words, totals against parts that stand apart (number-mismatch)', () => {
  numberProbes(positives, negatives);
});

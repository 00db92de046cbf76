/**
 * The plainest shape of a number mismatch: one measure stated twice in one draft with two numbers. Probes written in the
 * shapes a writer who read only the reference writes (short reports of all three types: title, opening or the first
 * sentence after a 述法报告's name line, 一、二、 sections, 落款), before the code was widened: words inserted (全年, 会议,
 * 共, 累计, 均), the number before its thing, the subject shortened or lengthened, the first statement in or out of a
 * summary section. Look-alikes that must stay silent: a narrowed statement (其中, 分别, a named place, a part of the
 * year, last year, 新增 against a stock, a target, several years) and two different measures sharing a verb.
 * Known gap, left out of the probes: two bodies named in other words for one set (全镇人民调解组织调解…236起 …
 * 各村调委会累计调解…263起) are not read as one counter.
 */
import { describe } from 'vitest';
import { numberProbes } from './helpers/number-probes.ts';

const annualReport = (title: string, signoff: string, ...lines: string[]) => [title, ...lines, signoff, '2027年1月18日'].join('\n');
const shufaReport = (name: string, ...lines: string[]) => ['述法报告', name, ...lines, '2027年1月10日'].join('\n');

const positives: [string, string, string][] = [
  ['述法: opening after the name line, 会议 and 全年 inserted', shufaReport('中共青石镇委员会书记 周某某', '2026年，镇党委共研究法治建设工作7次。', '一、履行第一责任人职责', '镇党委会议全年研究法治建设工作8次，听取依法治镇工作汇报。', '二、存在的不足', '学法制度执行不够严格。', '周某某'), '8次'],
  ['述法: the number before the noun, 均 after', shufaReport('某县县长 吴某某', '2026年，县政府作出重大行政决策9项。', '一、依法决策', '全年作出的10项重大行政决策均经合法性审查和集体讨论决定。', '二、下一步', '完善决策后评估。', '吴某某'), '10项'],
  ['self: 累计 and the place as subject, first in 基本情况', annualReport('青山乡2026年度法治建设自查报告', '青山乡人民政府', '一、基本情况', '全乡共培养“法律明白人”52名。', '二、主要做法', '（一）每个行政村培养“法律明白人”不少于4名，全乡累计培养“法律明白人”50名。', '三、存在问题', '作用发挥不均衡。'), '50名'],
  ['annual: opening and body with 共 dropped', annualReport('某区人民政府2026年度法治政府建设情况报告', '某区人民政府', '2026年，区政府共审议行政规范性文件15件。', '一、健全依法行政制度体系', '区政府常务会议审议行政规范性文件16件，均经合法性审核。', '二、存在的不足', '备案审查力量不足。'), '16件'],
  ['annual: the first statement in a body section, not a summary', annualReport('某县人民政府2026年度法治政府建设情况报告', '某县人民政府', '一、严格规范公正文明执法', '全县共开展行政执法案卷评查120卷。', '二、强化权力监督', '全年开展行政执法案卷评查102卷，发现问题及时整改。', '三、存在的不足', '执法水平不均衡。'), '102卷'],
  ['self: subject lengthened in the body', annualReport('某局2026年法治建设工作自查报告', '某局', '2026年，我局办理行政复议答复案件11件。', '一、主要做法', '（一）局法制科全年办理行政复议答复案件13件。', '二、存在问题', '答复说理不足。'), '13件'],
  ['annual: the number before the noun with 对', annualReport('某市人民政府2026年度法治政府建设情况报告', '某市人民政府', '2026年，市政府共办理行政应诉案件38件。', '一、支持法院依法受理和审理行政案件', '对38件以外的案件不作统计。', '二、自觉接受监督', '对全部36件行政应诉案件逐件分析败诉原因。'), '36件'],
  ['self: 场 events, opening sentence, 全年共 in the body', annualReport('某街道2026年度法治建设自查报告', '某街道办事处', '2026年，街道举办法治讲座24场。', '一、普法宣传', '全年共举办法治讲座26场，受众3000余人次。', '二、存在问题', '普法形式单一。'), '26场'],
  ['annual: 名 against 人 for the same people', annualReport('某县人民政府2026年度法治政府建设情况报告', '某县人民政府', '2026年，全县共有持证行政执法人员1320人。', '一、执法队伍建设', '组织全县1302名持证行政执法人员参加公共法律知识培训。', '二、存在的不足', '执法力量不足。'), '1302名'],
  ['述法: the body sentence drops the subject', shufaReport('某局局长 郑某某', '2026年，本人主持召开局党组会议专题学法6次。', '一、带头学法', '全年主持召开局党组会议专题学法5次，带头讲法治课1次。', '二、存在的不足', '学用结合不够。', '郑某某'), '5次'],
  ['self: 合法性审核 of contracts with 份', annualReport('某镇2026年法治建设自查报告', '某镇人民政府', '一、总体情况', '全年法律顾问审核合同42份。', '二、依法决策', '镇法律顾问共审核镇政府合同45份，提出修改意见60余条。', '三、存在问题', '合同管理不够规范。'), '45份'],
];

const negatives: [string, string][] = [
  ['其中 a part', annualReport('某县人民政府2026年度法治政府建设情况报告', '某县人民政府', '2026年，县政府共审议行政规范性文件15件。', '一、制度建设', '其中涉企行政规范性文件6件，均经公平竞争审查。', '二、存在的不足', '备案审查力量不足。')],
  ['a part of the year', annualReport('某街道2026年度法治建设自查报告', '某街道办事处', '2026年，街道举办法治讲座24场。', '一、普法宣传', '上半年举办法治讲座10场。', '二、存在问题', '普法形式单一。')],
  ['last year', annualReport('某街道2026年度法治建设自查报告', '某街道办事处', '2026年，街道举办法治讲座24场。', '一、普法宣传', '较上年举办法治讲座20场有所增加。', '二、存在问题', '普法形式单一。')],
  ['a target', annualReport('某街道2026年度法治建设自查报告', '某街道办事处', '2026年，街道举办法治讲座24场。', '一、普法宣传', '计划明年举办法治讲座30场。', '二、存在问题', '普法形式单一。')],
  ['新增 against the stock', annualReport('青山乡2026年度法治建设自查报告', '青山乡人民政府', '一、基本情况', '全乡累计培养“法律明白人”52名。', '二、主要做法', '全年新增培养“法律明白人”12名。', '三、存在问题', '作用发挥不均衡。')],
  ['several years', annualReport('青山乡2026年度法治建设自查报告', '青山乡人民政府', '一、基本情况', '全年培养“法律明白人”12名。', '二、主要做法', '近三年累计培养“法律明白人”52名。', '三、存在问题', '作用发挥不均衡。')],
  ['a named place as subject', annualReport('某县人民政府2026年度法治政府建设情况报告', '某县人民政府', '2026年，全县共开展行政执法案卷评查120卷。', '一、执法监督', '城关镇开展行政执法案卷评查18卷。', '二、存在的不足', '执法水平不均衡。')],
  ['分别 shares', shufaReport('某县县长 吴某某', '2026年，县政府作出重大行政决策9项。', '一、依法决策', '县政府常务会议、县政府全体会议分别作出重大行政决策7项、2项。', '二、下一步', '完善决策后评估。', '吴某某')],
  ['two measures sharing a verb', annualReport('某区人民政府2026年度法治政府建设情况报告', '某区人民政府', '2026年，区政府共审议行政规范性文件15件。', '一、依法决策', '区政府常务会议审议重大行政决策事项6件。', '二、存在的不足', '备案审查力量不足。')],
  ['a different body counting', shufaReport('中共青石镇委员会书记 周某某', '2026年，镇党委共研究法治建设工作7次。', '一、履行第一责任人职责', '镇人大主席团研究法治建设工作3次。', '二、存在的不足', '学法制度执行不够严格。', '周某某')],
];

/** A second batch, written after the first passed and before running it: other plain shapes of one count stated twice. */
const morePositives: [string, string, string][] = [
  ['self: opening total against the sections listing its kinds', annualReport('某街道2026年度法治建设自查报告', '某街道办事处', '2026年，街道开展各类普法宣传活动36场。', '一、普法宣传', '（一）开展宪法宣传活动10场。', '（二）开展民法典宣传活动15场。', '（三）开展禁毒等专题宣传活动8场。', '二、存在问题', '形式单一。'), '36场'],
  ['annual: 办理 and 办结 kept apart, 办理 restated', annualReport('某县人民政府2026年度法治政府建设情况报告', '某县人民政府', '2026年，县司法局办理法律援助案件215件。', '一、公共法律服务', '县法律援助中心全年办理法律援助案件251件，办结率100%。', '二、存在的不足', '援助律师不足。'), '251件'],
  ['述法: 本人 dropped in the body, 次 of 学法', shufaReport('某区区长 钱某某', '2026年，本人主持区政府常务会议学法4次。', '一、带头学法', '区政府常务会议全年学法5次，学习《中华人民共和国行政复议法》等法律法规。', '二、存在的不足', '学用结合不够。', '钱某某'), '5次'],
  ['self: 个 of villages, 全部 in the body', annualReport('某镇2026年法治建设自查报告', '某镇人民政府', '一、基本情况', '全镇共有行政村14个。', '二、主要做法', '全部15个行政村均配备法律顾问。', '三、存在问题', '村法律顾问作用发挥不充分。'), '15个'],
  ['annual: 审查 of 规范性文件 in the opening and the body, 行政 dropped', annualReport('某市人民政府2026年度法治政府建设情况报告', '某市人民政府', '2026年，市司法局共审查行政规范性文件47件。', '一、健全依法行政制度体系', '市司法局全年审查规范性文件45件，提出修改意见120条。', '二、存在的不足', '备案审查力量不足。'), '45件'],
  ['self: the summary section, 场 of training', annualReport('某局2026年度法治建设自查报告', '某局', '一、总体情况', '全年举办行政执法人员培训班6期。', '二、主要做法', '局机关共举办行政执法人员培训班8期，参训420人次。', '三、存在问题', '培训针对性不强。'), '8期'],
  ['annual: 出庭应诉 with 率 nowhere, 次 in both', annualReport('某县人民政府2026年度法治政府建设情况报告', '某县人民政府', '2026年，全县行政机关负责人出庭应诉58次。', '一、自觉接受监督', '全县行政机关负责人全年出庭应诉85次，实现应出尽出。', '二、存在的不足', '应诉能力不足。'), '85次'],
  ['述法: 听取 reports, 次, subject lengthened with 会议', shufaReport('中共某县委员会书记 孙某某', '2026年，县委常委会听取法治建设工作汇报3次。', '一、履行第一责任人职责', '县委常委会会议共听取法治建设工作汇报4次。', '二、存在的不足', '督促检查不够。', '孙某某'), '4次'],
  ['self: 份 of contracts, number before the noun with 对', annualReport('某镇2026年法治建设自查报告', '某镇人民政府', '一、基本情况', '全年镇政府共签订合同64份。', '二、依法决策', '法律顾问对全部46份合同进行合法性审查。', '三、存在问题', '合同管理不够规范。'), '46份'],
  ['annual: a body total restated at the end', annualReport('某区人民政府2026年度法治政府建设情况报告', '某区人民政府', '一、推进严格规范公正文明执法', '全年共查处违法案件312件。', '二、存在的不足', '执法力量不足。', '三、下一步工作安排', '加强执法监督。', '四、其他需要报告的事项', '全年全区共查处违法案件321件，无重大执法过错。'), '321件'],
];

const moreNegatives: [string, string][] = [
  ['办理 and 办结 are two stages', annualReport('某县人民政府2026年度法治政府建设情况报告', '某县人民政府', '2026年，县司法局办理法律援助案件215件。', '一、公共法律服务', '全年办结法律援助案件198件。', '二、存在的不足', '援助律师不足。')],
  ['the sections list some kinds only', annualReport('某街道2026年度法治建设自查报告', '某街道办事处', '2026年，街道开展各类普法宣传活动36场。', '一、普法宣传', '（一）开展宪法宣传活动10场。', '（二）开展民法典宣传活动15场。', '二、存在问题', '形式单一。')],
  ['a whole claim of another thing', annualReport('某镇2026年法治建设自查报告', '某镇人民政府', '一、基本情况', '全年镇政府共签订合同64份。', '二、依法决策', '全部12份重大合同均经合法性审查。', '三、存在问题', '合同管理不够规范。')],
  ['the whole set of another level', annualReport('某镇2026年法治建设自查报告', '某镇人民政府', '一、基本情况', '全镇共有行政村14个。', '二、主要做法', '全部3个社区均配备法律顾问。', '三、存在问题', '作用发挥不充分。')],
  ['a target in the next-year section', annualReport('某区人民政府2026年度法治政府建设情况报告', '某区人民政府', '一、推进严格规范公正文明执法', '全年共查处违法案件312件。', '二、下一步工作安排', '全年查处违法案件力争控制在280件以内。')],
];

/** A third batch, written after the second passed and before running it: acts the ledger has no verb for, and units in 万. */
const thirdPositives: [string, string, string][] = [
  ['述法: an act the ledger has no verb for, 本人 dropped', shufaReport('某县县长 王某某', '2026年，本人审签行政执法决定书28份。', '一、推进严格规范公正文明执法', '全年审签行政执法决定书26份，未发现明显不当。', '二、存在的不足', '监督不够经常。', '王某某'), '26份'],
  ['述法: 讲授 法治课, 为干部职工 inserted', shufaReport('某局局长 冯某某', '2026年，本人讲授法治课2次。', '一、带头学法', '全年共为干部职工讲授法治课3次。', '二、存在的不足', '学用结合不够。', '冯某某'), '3次'],
  ['annual: 万 in both statements', annualReport('某市人民政府2026年度法治政府建设情况报告', '某市人民政府', '2026年，全市共办理政务服务事项12.6万件。', '一、深化政务服务改革', '全年办理政务服务事项12.8万件，群众满意率99%。', '二、存在的不足', '数据共享不充分。'), '12.8万件'],
  ['self: 全局 and 全部 with the staff count', annualReport('某局2026年度法治建设自查报告', '某局', '一、基本情况', '本局共有行政执法人员48名。', '二、主要做法', '全局46名行政执法人员全部参加年度法律知识考试。', '三、存在问题', '执法力量不足。'), '46名'],
  ['self: 开展检查 in two sections, 共 in the later', annualReport('某镇2026年法治建设自查报告', '某镇人民政府', '一、基本情况', '全年开展安全生产执法检查56次。', '二、严格规范执法', '全年共开展安全生产执法检查65次，查处问题12个。', '三、存在问题', '执法力量不足。'), '65次'],
];

const thirdNegatives: [string, string][] = [
  ['two trainings in two subsections, no total', annualReport('某县人民政府2026年度法治政府建设情况报告', '某县人民政府', '一、严格规范公正文明执法', '（一）举办行政执法专题培训班，培训行政执法人员320人次。', '（二）组织案卷评查业务培训，培训行政执法人员260人次。', '二、存在的不足', '执法力量不足。')],
  ['a kind of checks against all checks', annualReport('某镇2026年法治建设自查报告', '某镇人民政府', '一、基本情况', '全年开展执法检查56次。', '二、严格规范执法', '开展联合执法检查12次。', '三、存在问题', '执法力量不足。')],
  ['本人 and the government counting one act', shufaReport('某县县长 王某某', '2026年，本人审签行政执法决定书28份。', '一、推进严格规范公正文明执法', '县政府全年审签行政执法决定书112份。', '二、存在的不足', '监督不够经常。', '王某某')],
];

/** A fourth batch, from the shapes v10 still missed (lines organ by organ, the set named again as 在…中), in new words. */
const fourthPositives: [string, string, string][] = [
  ['annual: the opening total shared out organ by organ', annualReport('某市人民政府2026年度法治政府建设情况报告', '某市人民政府', '2026年，市政府共备案审查行政规范性文件25件。', '一、健全制度体系', '（一）市政府印发规范性文件14件。', '（二）市政府办公室印发规范性文件9件。', '二、存在的不足', '起草质量不高。'), '25件'],
  ['述法: the set named again as 在…中', shufaReport('中共某乡委员会书记 韩某某', '一、履行职责', '乡党委全年研究重大事项28项，全部集体讨论决定。', '二、依法决策', '在研究的26项重大事项中，重大决策12项、人事任免8项、项目安排6项。', '三、存在的不足', '会前审查时间偏紧。', '韩某某'), '26项'],
];

const fourthNegatives: [string, string][] = [
  ['lines of two different acts on one thing', annualReport('某市人民政府2026年度法治政府建设情况报告', '某市人民政府', '2026年，市政府共备案审查行政规范性文件25件。', '一、健全制度体系', '（一）清理规范性文件14件。', '（二）废止规范性文件9件。', '二、存在的不足', '起草质量不高。')],
  ['the set named again with the same number', shufaReport('中共某乡委员会书记 韩某某', '一、履行职责', '乡党委全年研究重大事项28项，全部集体讨论决定。', '二、依法决策', '在研究的28项重大事项中，重大决策12项、人事任免10项、项目安排6项。', '三、存在的不足', '会前审查时间偏紧。', '韩某某')],
];

describe('round 15 numbers: one measure stated twice', () => {
  numberProbes(positives, negatives);
});

describe('round 15 numbers: a second batch', () => {
  numberProbes(morePositives, moreNegatives);
});

describe('round 15 numbers: a third batch', () => {
  numberProbes(thirdPositives, thirdNegatives);
});

describe('round 15 numbers: a fourth batch', () => {
  numberProbes(fourthPositives, fourthNegatives);
});

/** A fifth batch, written after the look-alikes passed and before running it. */
const fifthPositives: [string, string, string][] = [
  ['annual: 政府信息公开申请 in the opening and 政务公开', annualReport('某县人民政府2026年度法治政府建设情况报告', '某县人民政府', '2026年，全县共受理政府信息公开申请45件。', '一、推进政务公开', '全年受理政府信息公开申请54件，均按期答复。', '二、存在的不足', '答复说理不充分。'), '54件'],
  ['self: 全覆盖 after a number-first count of mediators', annualReport('某镇2026年法治建设自查报告', '某镇人民政府', '一、基本情况', '全镇共有人民调解员86名。', '二、主要做法', '组织68名人民调解员参加业务培训，实现全覆盖。', '三、存在问题', '调解员年龄偏大。'), '68名'],
  ['annual: 区政府 for 全区 in a later section', annualReport('某区人民政府2026年度法治政府建设情况报告', '某区人民政府', '2026年，全区共受理行政复议案件96件。', '一、化解行政争议', '区政府全年受理行政复议案件69件，纠错率8%。', '二、存在的不足', '复议力量不足。'), '69件'],
  ['述法: the number first with 先后', shufaReport('某局党组书记 何某某', '2026年，局党组召开党组会议研究法治建设工作4次。', '一、履行第一责任人职责', '先后5次召开党组会议研究法治建设工作，部署年度任务。', '二、存在的不足', '督促检查不够。', '何某某'), '5次'],
  ['self: 累计 in the opening, 共 in the body, 起 of disputes', annualReport('某街道2026年度法治建设自查报告', '某街道办事处', '2026年，街道累计排查化解矛盾纠纷132起。', '一、基层治理', '街道综治中心全年共排查化解矛盾纠纷123起，化解率98%。', '二、存在问题', '源头预防不足。'), '123起'],
];

/** A sixth batch, written after the fifth passed and before running it. */
const sixthPositives: [string, string, string][] = [
  ['annual: 聘请 法律顾问, 名 in both, subject shortened', annualReport('某县人民政府2026年度法治政府建设情况报告', '某县人民政府', '2026年，县政府共聘请法律顾问9名。', '一、坚持依法决策', '聘请法律顾问7名，参与重大决策论证。', '二、存在的不足', '法律顾问作用发挥不充分。'), '7名'],
  ['self: 开展 培训 with 期, the opening in 基本情况', annualReport('某局2026年度法治建设自查报告', '某局', '一、基本情况', '全年开展法治培训12期。', '二、主要做法', '局机关全年开展法治培训10期，培训干部800人次。', '三、存在问题', '培训形式单一。'), '10期'],
  ['述法: 批示 instructions, 次 in both', shufaReport('某县县委书记 赵某某', '2026年，本人对法治建设工作作出批示15次。', '一、履行第一责任人职责', '全年对法治建设工作作出批示13次，推动解决重点难点问题。', '二、存在的不足', '督促检查不够。', '赵某某'), '13次'],
  ['annual: 办理 建议提案 with 件', annualReport('某市人民政府2026年度法治政府建设情况报告', '某市人民政府', '2026年，市政府共办理人大代表建议和政协委员提案386件。', '一、自觉接受监督', '全年办理人大代表建议和政协委员提案368件，办复率100%。', '二、存在的不足', '办理质量有待提高。'), '368件'],
  ['self: 全部 after a number-first count of villages', annualReport('某乡2026年法治建设自查报告', '某乡人民政府', '一、基本情况', '全乡共有行政村16个。', '二、主要做法', '全乡18个行政村全部建成公共法律服务工作室。', '三、存在问题', '工作室作用发挥不均衡。'), '18个'],
];

/** Look-alikes from clean reports, written to try the pair rule on counts that really differ. */
const cleanLookAlikes: [string, string][] = [
  ['an occasion narrowing the later count', annualReport('某县人民政府2026年度法治政府建设情况报告', '某县人民政府', '2026年，全县共开展普法活动120场。', '一、深入开展法治宣传教育', '围绕“宪法宣传周”，共开展普法活动35场。', '二、存在的不足', '普法针对性不强。')],
  ['some of the county\'s staff sent to training', annualReport('某县人民政府2026年度法治政府建设情况报告', '某县人民政府', '2026年，全县共有行政执法人员1062名。', '一、执法队伍建设', '全县350名行政执法人员参加新法新规培训。', '二、存在的不足', '执法力量不足。')],
  ['a centre of the county against all the towns', annualReport('某县人民政府2026年度法治政府建设情况报告', '某县人民政府', '2026年，全县各乡镇共调解矛盾纠纷860起。', '一、矛盾纠纷化解', '县人民调解中心共调解矛盾纠纷120起。', '二、存在的不足', '调解力量不足。')],
  ['a 其中 sentence after the total', annualReport('某县人民政府2026年度法治政府建设情况报告', '某县人民政府', '2026年，全县共受理行政复议申请96件。', '一、化解行政争议', '全县共受理行政复议申请96件。其中，受理涉企行政复议申请30件。', '二、存在的不足', '复议力量不足。')],
  ['all the towns against the county', annualReport('某县人民政府2026年度法治政府建设情况报告', '某县人民政府', '2026年，全县共开展普法活动450场。', '一、深入开展法治宣传教育', '各乡镇共开展普法活动300场。', '二、存在的不足', '普法针对性不强。')],
  ['the city\'s own level against the whole city', annualReport('某市人民政府2026年度法治政府建设情况报告', '某市人民政府', '2026年，全市共办理行政复议案件560件。', '一、化解行政争议', '市本级共办理行政复议案件210件。', '二、存在的不足', '复议力量不足。')],
  ['new committees against the stock', annualReport('某县人民政府2026年度法治政府建设情况报告', '某县人民政府', '2026年，全县共有人民调解委员会256个。', '一、矛盾纠纷化解', '全年新建人民调解委员会12个。', '二、存在的不足', '调解力量不足。')],
  ['a meeting count and a topic count', shufaReport('某县县长 吴某某', '2026年，本人主持召开县政府常务会议18次。', '一、依法决策', '全年主持召开县政府常务会议研究法治议题6次。', '二、下一步', '完善决策机制。', '吴某某')],
];

describe('round 15 numbers: clean look-alikes', () => {
  numberProbes([], cleanLookAlikes);
});

describe('round 15 numbers: a fifth batch', () => {
  numberProbes(fifthPositives, []);
});

describe('round 15 numbers: a sixth batch', () => {
  numberProbes(sixthPositives, []);
});

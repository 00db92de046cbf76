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

describe('round 15 numbers: one measure stated twice', () => {
  numberProbes(positives, negatives);
});

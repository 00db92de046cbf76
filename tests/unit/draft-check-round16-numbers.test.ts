/**
 * Plain shapes of one count stated twice, written before the code was widened, as a writer who read only the reference
 * writes them: a bare act restated with 全年 after a sentence that opened with 年初; a count restated in the next-year
 * section as the base for a plan (以全年…为基数); the same digits in another order under a wider subject (全省…系统 for
 * 我厅); the thing counted after its number (反馈的21个问题 … 反馈的12个问题) behind two different lead verbs; 受理量 for
 * 受理. Look-alikes that must stay silent: a plan's target, a part of the year, a different count that only shares digits.
 */
import { describe } from 'vitest';
import { numberProbes } from './helpers/number-probes.ts';

const annualReport = (title: string, signoff: string, ...lines: string[]) => [title, ...lines, signoff, '2027年1月18日'].join('\n');
const shufaReport = (name: string, ...lines: string[]) => ['述法报告', name, ...lines, '2027年1月10日'].join('\n');

const positives: [string, string, string][] = [
  ['annual: 年初 earlier in the sentence, 全年 before the bare act', annualReport('某市人民政府2026年度法治政府建设情况报告', '某市人民政府', '2026年，市政府共审议重大行政决策事项10项。', '一、依法决策', '年初编制重大行政决策事项目录，全年完成审议9项。', '二、存在问题', '决策后评估不足。'), '9项'],
  ['self: 年初 earlier in the sentence, 全年 in the clause', annualReport('某局2026年度法治建设自查报告', '某局', '2026年，我局共办理政府信息公开申请30件。', '一、政务公开', '年初修订公开指南，全年办理政府信息公开申请28件。', '二、存在问题', '答复说理不足。'), '28件'],
  ['annual: the plan section takes this year\'s count as its base, digits swapped', annualReport('某街道2026年法治政府建设工作报告', '某街道办事处', '2026年，街道坚持依法行政。', '一、矛盾纠纷化解', '全年调解矛盾纠纷426件，调解成功418件。', '二、存在问题', '调解员偏少。', '三、2027年工作打算', '以全年调解矛盾纠纷462件为基数，增配调解员。'), '462件'],
  ['annual: the plan section takes 受理量 as its base', annualReport('某区人民政府2026年法治政府建设年度报告', '某区人民政府', '2026年，区政府坚持依法行政。', '一、政务公开', '受理政府信息公开申请84件，均按期答复。', '二、存在问题', '解读形式单一。', '三、2027年工作计划', '以全年受理量48件为基数，配齐答复人员。'), '48件'],
  ['述法: a wider subject with the digits swapped', shufaReport('某省交通运输厅厅长 林某某', '2026年，我厅组织开展执法检查，共查处交通运输违法案件318件。', '一、严格执法情况', '（一）全省交通运输系统查处交通运输违法案件381件，结案360件。', '二、存在的不足', '基层执法力量不足。', '林某某'), '381件'],
  ['述法: the thing after the number, two lead verbs, digits swapped', shufaReport('某县委书记 郭某某', '一年来，我推动巡察反馈的31个问题整改落实。', '一、带头学法', '参加县委理论学习中心组学法4次。', '二、督促整改', '对巡察反馈的13个问题逐一明确责任单位，已全部整改。', '三、存在的不足', '长效机制不健全。', '郭某某'), '13个'],
  ['self: a wider subject with the digits swapped, 件', annualReport('某市城市管理局2026年度法治建设自查报告', '某市城市管理局', '2026年，我局立案查处违法建设案件47件。', '一、行政执法', '城管执法系统立案查处违法建设案件74件，全部结案。', '二、存在问题', '执法装备不足。'), '74件'],
  ['annual: the plan section restates 全年 count, digits swapped, 场', annualReport('某镇2026年法治政府建设工作报告', '某镇人民政府', '2026年，镇政府推进法治宣传。', '一、法治宣传', '全年开展法治讲座27场。', '二、存在问题', '形式单一。', '三、2027年工作打算', '在全年开展法治讲座72场的基础上，拓展线上宣传。'), '72场'],
  ['述法: the thing after the number restated, digits swapped', shufaReport('某区区长 谢某某', '2026年，本人督促落实审计发现的24个问题整改。', '一、依法履职', '对审计发现的42个问题建立整改台账，已全部整改。', '二、存在的不足', '整改质量不高。', '谢某某'), '42个'],
  ['self: bare act with 全年 after 年初 in the sentence, 次', annualReport('某镇2026年法治建设自查报告', '某镇人民政府', '一、基本情况', '全年镇党委共研究法治建设工作6次。', '二、主要做法', '年初制定学法计划，镇党委全年研究法治建设工作5次。', '三、存在问题', '学法不够深入。'), '5次'],
];

const negatives: [string, string][] = [
  ['a plan target in the next-year section', annualReport('某街道2026年法治政府建设工作报告', '某街道办事处', '2026年，街道坚持依法行政。', '一、矛盾纠纷化解', '全年调解矛盾纠纷426件。', '二、2027年工作打算', '力争调解矛盾纠纷462件以上。')],
  ['a part of the year with 年初 in its own clause', annualReport('某局2026年度法治建设自查报告', '某局', '2026年，我局共办理政府信息公开申请30件。', '一、政务公开', '年初至6月办理政府信息公开申请12件。', '二、存在问题', '答复说理不足。')],
  ['two different things after the number', shufaReport('某县委书记 郭某某', '一年来，我推动巡察反馈的31个问题整改落实。', '一、督促整改', '对审计发现的13个问题逐一明确责任单位。', '二、存在的不足', '长效机制不健全。', '郭某某')],
  ['a town\'s count beside the county\'s, digits not swapped', annualReport('某县水利局2026年度法治建设自查报告', '某县水利局', '2026年，我局立案查处水事违法案件47件。', '一、行政执法', '城关镇查处水事违法案件12件。', '二、存在问题', '执法装备不足。')],
  ['the same count in the plan section', annualReport('某镇2026年法治政府建设工作报告', '某镇人民政府', '2026年，镇政府推进法治宣传。', '一、法治宣传', '全年开展法治讲座27场。', '二、2027年工作打算', '在全年开展法治讲座27场的基础上，拓展线上宣传。')],
];

describe('round 16 numbers: plain shapes', () => {
  numberProbes(positives, negatives);
});

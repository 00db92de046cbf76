/**
 * Issue 25, round 10 (facts: dates, documents, layout): probe drafts made up for this round from the
 * reference (central-documents.md, currency-2026.md, requirements.md, gbt9704-layout.md), not copied from
 * any evaluation set. Each kind has variants a fresh writer could produce (must be found, as that kind)
 * and legitimate look-alikes (must stay silent for that kind).
 */
import { describe, expect, it } from 'vitest';
import { ofKind } from './helpers/draft-check.ts';
import type { ReportKind } from '../../src/shared/draft-check/types.ts';

interface Probe { text: string; year: number; type?: ReportKind }

const annual = 'law-based-government-annual-report' as const;
const shufa = 'shufa-report' as const;
const self = 'self-inspection-report' as const;

/** A short whole report, for the checks that read the title, the headings and the 落款. */
const report = (title: string, signoff: string) =>
  `${title}\n现将有关情况报告如下。\n一、主要举措和成效\n全年审查规范性文件18件。\n二、存在的不足\n执法队伍专业化不足。\n三、下一步工作安排\n加强执法培训。\n特此报告。\n\n${signoff}`;

const PROBES: Record<string, { found: Probe[]; silent: Probe[] }> = {
  'expired-document-as-guidance': {
    found: [
      { text: '我局以七五普法规划为指导推进年度普法工作，迎接“八五”普法中期评估。', year: 2024 },
      { text: '全镇以“六五”法治宣传教育规划为遵循，做好“八五”普法总结验收前的准备。', year: 2025 },
      { text: '遵照“七五”法治宣传教育规划，制定本单位年度普法计划。', year: 2024 },
      { text: '以《法治政府建设实施纲要（2015—2020年）》为统领，推进依法行政。', year: 2024 },
      { text: '在“七五”普法规划指导下，开展法律进乡村活动。', year: 2024 },
      { text: '按“七五”普法规划要求，组织宪法宣传周活动。', year: 2023 },
      { text: '继续贯彻中发〔2021〕33号精神，推进依法行政。', year: 2026 },
      { text: '遵循“八五”普法规划要求，组织法律进社区活动。', year: 2026 },
      { text: '以法治社会建设实施纲要（2020—2025年）为指引，开展法治社会建设。', year: 2026 },
      { text: '依据《法治政府建设实施纲要》（2021—2025年），细化本年度工作要点。', year: 2026 },
      { text: '严格对照2021-2025年法治政府建设纲要的目标任务，逐项推进本年度工作。', year: 2026 },
      { text: '依照修正前的《中华人民共和国行政处罚法》作出处罚决定。', year: 2025 },
      { text: '在《法治政府建设实施纲要（2021—2025年）》的指引下，推进本年度各项工作。', year: 2026 },
      { text: '依据法治政府建设实施纲要(2021-2025)，细化本年度工作要点。', year: 2026 },
      { text: '认真贯彻第七个五年法治宣传教育规划，推进普法。', year: 2024 },
      { text: '对照“八五”法治宣传教育规划确定的目标，组织普法。', year: 2026 },
      { text: '贯彻落实‘八五’普法规划，开展法律进社区活动。', year: 2026 },
      { text: '依照旧行政复议法办理复议案件。', year: 2025 },
      { text: '依据2017年版的《中华人民共和国行政处罚法》查处违法行为。', year: 2025 },
      { text: '按照“十四五”法治政府建设规划，推进依法行政。', year: 2026 },
      { text: '以中发〔2021〕33号文件精神为指导，推进依法行政。', year: 2026 },
    ],
    silent: [
      { text: '我局以“八五”普法规划为指导推进年度普法工作。', year: 2024 },
      { text: '参照“八五”法治宣传教育规划，制定本单位年度普法计划。', year: 2025 },
      { text: '在“七五”普法规划实施期间，我县建成法治文化广场3处。', year: 2024 },
      { text: '“七五”普法规划圆满收官后，我镇转入“八五”普法。', year: 2024 },
      { text: '以《法治政府建设实施纲要（2021—2025年）》为统领，推进依法行政。', year: 2024 },
      { text: '全面总结“八五”普法规划实施成效，迎接总结验收。', year: 2026 },
      { text: '中发〔2021〕33号文件部署的各项任务已于2025年全部完成。', year: 2026 },
      { text: '依照2021年修订的《中华人民共和国行政处罚法》作出处罚决定。', year: 2025 },
      { text: '与修正前的《中华人民共和国行政处罚法》相比，新法完善了首违不罚。', year: 2025 },
      { text: '在“八五”普法规划指导下，开展法律进乡村活动。', year: 2025 },
      { text: '回顾“六五”“七五”普法历程，我县普法工作不断深化。', year: 2024 },
      { text: '贯彻落实《全面深化法治领域改革纲要（2023—2027年）》，推进法治领域改革。', year: 2026 },
      { text: '法治政府建设实施纲要(2021-2025)圆满收官，我县通过验收。', year: 2026 },
      { text: '按期完成“八五”普法规划确定的各项任务。', year: 2025 },
      { text: '“十四五”法治政府建设规划圆满收官，各项指标全面完成。', year: 2026 },
      { text: '按照“十五五”规划建议，谋划本地法治建设。', year: 2026 },
      { text: '对照“十四五”规划确定的目标，全面总结五年成效。', year: 2026 },
      { text: '依照2023年修订的行政复议法办理复议案件。', year: 2025 },
      { text: '旧行政复议法与新法相比，受案范围较窄。', year: 2025 },
    ],
  },
  'year-contradiction': {
    found: [
      { text: '全年共受理行政复议申请56件，截止2025年底已全部办结。', year: 2026 },
      { text: '截至2025年年底，本年度共办理行政复议案件42件。', year: 2026 },
      { text: '截止到2025年12月31日，本年度共审查规范性文件18件。', year: 2026 },
      { text: '本年度（2025年）共审查规范性文件18件。', year: 2026 },
      { text: '今年，即2025年，全县共办理行政许可事项1.2万件。', year: 2026 },
      { text: '2026年是“十四五”规划收官之年，全县法治建设取得新成效。', year: 2026 },
      { text: '今年是“十五五”规划开局之年，全县法治建设取得新成效。', year: 2025 },
      { text: '本年度是“十五五”规划实施的第二年，全县法治建设稳步推进。', year: 2026 },
      { text: '2025年全年，全县共办理行政处罚案件326件。', year: 2026 },
      { text: '全年（2025年1月至12月）共办理行政处罚案件326件。', year: 2026 },
      { text: '截至2025年末，今年共办结信访事项81件。', year: 2026 },
      { text: '2025年是“十五五”规划的首年，全县法治建设开局良好。', year: 2026 },
      { text: '今年是“十四五”规划的收尾之年，全县法治建设取得新成效。', year: 2026 },
      { text: '今年（即2025年）共审查规范性文件18件。', year: 2026 },
    ],
    silent: [
      { text: '2025年是“十四五”规划收官之年，2026年是“十五五”规划开局之年。', year: 2026 },
      { text: '全年办理行政处罚案件326件，较2025年增长12%。', year: 2026 },
      { text: '截至2026年底，本年度共办理行政复议案件42件。', year: 2026 },
      { text: '截止2026年12月底，全年共受理行政复议申请56件。', year: 2026 },
      { text: '去年（2025年）共审查规范性文件15件，今年共审查18件。', year: 2026 },
      { text: '2027年，我局将继续深化行政执法规范化建设。', year: 2026 },
      { text: '今年是我县撤县设区的第十年。', year: 2026 },
      { text: '本年度（2026年）共审查规范性文件18件。', year: 2026 },
      { text: '2026年是“十五五”规划开局之年，全县法治建设取得新成效。', year: 2026 },
      { text: '全县于2025年3月启动“八五”普法总结验收，2026年1月通过验收。', year: 2026 },
      { text: '2025年全年共办理326件，今年共办理351件，同比增长7.7%。', year: 2026 },
      { text: '2026年是“十五五”规划的开篇之年，全县法治建设开局良好。', year: 2026 },
      { text: '今年是“十四五”规划的收尾之年，全县法治建设取得新成效。', year: 2025 },
    ],
  },
  'signing-date': {
    found: [
      { text: report('某县人民政府2026年度法治政府建设情况报告', '某县人民政府\n2026年12月28日'), year: 2026, type: annual },
      { text: report('某县人民政府2026年度法治政府建设情况报告', '2025年3月2日'), year: 2026, type: annual },
      { text: report('某县司法局局长2026年度述法报告', '报告人：某县司法局局长　李某某\n2026年8月10日'), year: 2026, type: shufa },
      { text: report('某县人民政府2026年度法治政府建设情况报告', '某县人民政府　2026年7月1日'), year: 2026, type: annual },
      { text: report('某县人民政府2026年度法治政府建设情况报告', '某县人民政府\n２０２６年１２月３０日'), year: 2026, type: annual },
      { text: report('某县人民政府2026年度法治政府建设情况报告', '某县人民政府\n落款日期：2026年12月20日'), year: 2026, type: annual },
      { text: report('某县人民政府2026年度法治政府建设情况报告', '某县人民政府\n2026年12月20日\n（此件公开发布）'), year: 2026, type: annual },
      { text: report('某县人民政府2026年度法治政府建设情况报告', '某县人民政府\n2028年1月10日'), year: 2026, type: annual },
      { text: report('某县教育局2026年度法治建设自查报告', '某县教育局\n2026年2月6日'), year: 2026, type: self },
      { text: report('某县人民政府2026年度法治政府建设情况报告', '某县人民政府\n2026年12月20日\n抄送：县委办公室，县人大常委会办公室。'), year: 2026, type: annual },
      { text: report('某镇镇长2026年度述法报告', '某镇人民政府镇长　王某某\n2025年12月30日'), year: 2026, type: shufa },
    ],
    silent: [
      { text: report('某县人民政府2026年度法治政府建设情况报告', '某县人民政府\n2027年2月10日'), year: 2026, type: annual },
      { text: report('某县司法局局长2026年度述法报告', '报告人：某县司法局局长　李某某\n2027年1月8日'), year: 2026, type: shufa },
      { text: report('某县人民政府2026年度法治政府建设情况报告', '某县人民政府　2027年1月20日'), year: 2026, type: annual },
      { text: report('某县人民政府2026年度法治政府建设情况报告', '某县人民政府\n２０２７年２月３日'), year: 2026, type: annual },
      { text: report('某县人民政府2026年度法治政府建设情况报告', '某县人民政府\n2027年1月20日\n（此件公开发布）'), year: 2026, type: annual },
      { text: report('某县人民政府2026年度法治政府建设情况报告', '某县人民政府\n2027年1月20日\n抄送：县委办公室，县人大常委会办公室。'), year: 2026, type: annual },
      { text: `某县人民政府2026年度法治政府建设情况报告\n一、主要举措和成效\n2026年6月，县政府召开常务会议2次。\n二、下一步工作安排\n2027年3月前完成清理。`, year: 2026, type: annual },
      { text: report('某镇镇长2026年度述法报告', '某镇人民政府镇长　王某某\n2027年1月5日'), year: 2026, type: shufa },
      { text: report('某县教育局法治建设自查报告', '某县教育局\n2027年3月6日'), year: 2026, type: self },
      { text: report('某县人民政府2026年度法治政府建设情况报告', '某县人民政府\n2027年3月25日'), year: 2026, type: annual },
    ],
  },
  'impossible-date': {
    found: [
      { text: '县政府于2026年2月29日召开常务会议。', year: 2026 },
      { text: '2025年4月31日，县司法局组织执法人员培训。', year: 2025 },
      { text: '2026年6月31日前完成规范性文件清理。', year: 2026 },
      { text: '2026年11月31日，县委召开专题会议。', year: 2026 },
      { text: '会议于2026.2.30召开。', year: 2026 },
      { text: '二〇二六年二月二十九日，县政府召开常务会议。', year: 2026 },
      { text: '２０２６年９月３１日，全县开展宪法宣传。', year: 2026 },
      { text: '集中整治于2026年2月1日至2月30日开展。', year: 2026 },
      { text: '2026年13月，县政府出台实施方案。', year: 2026 },
      { text: '县政府于2027-02-29印发通知。', year: 2026 },
      { text: '2026年9月0日，县政府召开常务会议。', year: 2026 },
    ],
    silent: [
      { text: '县政府于2024年2月29日召开常务会议。', year: 2024 },
      { text: '2026年1月31日，县司法局组织执法人员培训。', year: 2026 },
      { text: '每年12月31日前报送统计数据。', year: 2026 },
      { text: '每年2月29日（闰年）开展专项检查。', year: 2026 },
      { text: '全年办理案件1.5万件。', year: 2026 },
      { text: '会议于2026.2.28召开。', year: 2026 },
      { text: '二〇二六年二月二十八日，县政府召开常务会议。', year: 2026 },
      { text: '连续13个月保持零发案。', year: 2026 },
      { text: '集中整治于2026年2月1日至2月28日开展。', year: 2026 },
      { text: '县政府于2028-02-29印发通知。', year: 2026 },
    ],
  },
  'heading-numbering': {
    found: [
      { text: '一、主要举措\n（一）加强领导\n（二）完善制度\n（四）规范执法\n二、存在问题', year: 2026 },
      { text: '一、主要举措\n二、存在问题\n二、下一步打算', year: 2026 },
      { text: '一、主要举措\n二、存在问题\n四、下一步打算', year: 2026 },
      { text: '一.主要举措\n二.存在问题\n三.下一步打算', year: 2026 },
      { text: '一、主要举措\n（一）加强学习\n1、落实学习培训。\n2、开展专题讲座。', year: 2026 },
      { text: '一、主要举措\n(一)加强领导\n(二)完善制度\n二、存在问题', year: 2026 },
      { text: '一、主要举措\n（一）加强领导\n（三）完善制度\n二、存在问题', year: 2026 },
      { text: '一、主要举措\n（一）加强领导\n（二）完善制度\n（二）规范执法\n二、存在问题', year: 2026 },
      { text: '一、主要举措\n1.带头抓学习\n（一）完善制度\n1.集中学习\n二、存在问题', year: 2026 },
      { text: '一、主要举措\n三、存在问题\n四、下一步打算', year: 2026 },
    ],
    silent: [
      { text: '一、主要举措\n（一）加强领导\n1.集中学习\n（1）中心组学习\n（2）专题讲座\n2.执法培训\n（二）完善制度\n二、存在问题', year: 2026 },
      { text: '一、主要举措\n（一）加强领导\n（二）完善制度\n二、存在问题\n（一）学习不够\n（二）执法不严', year: 2026 },
      { text: '一、主要举措\n1.带头抓学习\n2.带头抓落实\n二、存在问题', year: 2026 },
      { text: '一、主要举措\n（1）带头抓学习\n（2）带头抓落实\n二、存在问题', year: 2026 },
      { text: '一、主要举措\n本人带头学法，全年学法12次。一是集中学习，二是专题讲座。\n二、存在问题', year: 2026 },
      { text: '一、主要举措\n（一）加强领导\n二、存在问题\n三、下一步打算\n1.加强审查\n2.推进执法', year: 2026 },
      { text: '一、主要举措\n全年办理案件1.5万件，2.3万人次参加培训。\n二、存在问题', year: 2026 },
      { text: '一、主要举措\n（一）加强领导\n（二）完善制度\n（三）规范执法\n二、存在问题\n三、下一步打算', year: 2026 },
      { text: '一、主要举措\n第一，带头学法。第二，带头守法。\n二、存在问题', year: 2026 },
      { text: '一、主要举措\n（一）加强领导\n1.集中学习\n2.专题讲座\n（二）完善制度\n1.清理文件\n2.备案审查', year: 2026 },
      { text: '一、主要举措和成效\n（一）加强领导\n二、三季度开展执法检查12次。\n（二）完善制度\n二、存在的不足', year: 2026 },
      { text: '一、主要举措\n（一）加强领导\n1.集中学习\n1、2月份完成文件清理。\n2.专题讲座\n二、存在问题', year: 2026 },
    ],
  },
  'half-width-punctuation': {
    found: [
      { text: '全年审查规范性文件18件,纠正3件。', year: 2026 },
      { text: '一是加强学习;二是规范执法。', year: 2026 },
      { text: '主要做法如下:一是加强学习。', year: 2026 },
      { text: '依据《行政处罚法》(2021年修订)查处违法行为。', year: 2026 },
      { text: '如何提升执法质量?需要持续发力。', year: 2026 },
      { text: '一是强化学习.二是规范执法。', year: 2026 },
      { text: '行政复议纠错率7.4%,负责人出庭应诉率100%.', year: 2026 },
      { text: '全面推行“谁执法谁普法”,压实普法责任。', year: 2026 },
      { text: '坚决维护法律权威!全县上下形成合力。', year: 2026 },
      { text: '落实《重大行政决策程序暂行条例》,规范决策程序。', year: 2026 },
    ],
    silent: [
      { text: '全年办理案件1,200件。', year: 2026 },
      { text: '详见县政府门户网站www.gov.cn。', year: 2026 },
      { text: '全年办理案件1.5万件，同比增长3.2%。', year: 2026 },
      { text: '公文格式执行GB/T 9704-2012。', year: 2026 },
      { text: '空气质量优良率95.5%，PM2.5浓度下降。', year: 2026 },
      { text: '会议时间为上午9:30。', year: 2026 },
      { text: '依据《行政处罚法》（2021年修订）查处违法行为。', year: 2026 },
      { text: '开通12345热线，网址为http://www.example.gov.cn。', year: 2026 },
      { text: '调解成功率与受理量之比为3:2。', year: 2026 },
      { text: '推行“互联网+监管”模式，建成App 1个。', year: 2026 },
    ],
  },
  'quotation-marks': {
    found: [
      { text: '深刻领悟"两个确立"的决定性意义。', year: 2026 },
      { text: '坚持和发展新时代\'枫桥经验\'。', year: 2026 },
      { text: '深入开展＂法律进乡村＂活动。', year: 2026 },
      { text: '深入开展「法律进乡村」活动。', year: 2026 },
      { text: '全面推行‘谁执法谁普法’普法责任制。', year: 2026 },
      { text: '扎实开展“八五”普法，推进“法治乡村建设。', year: 2026 },
      { text: '全面落实行政执法三项制度”，规范执法行为。', year: 2026 },
      { text: '深入开展『民法典进万家』活动。', year: 2026 },
      { text: '持续推进"放管服"改革，优化营商环境。', year: 2026 },
      { text: '组织开展"宪法宣传周"系列活动12场。', year: 2026 },
    ],
    silent: [
      { text: '开展“‘法’润万家”系列普法活动。', year: 2026 },
      { text: '深刻领悟“两个确立”的决定性意义。', year: 2026 },
      { text: '引进“Legal Aid”在线平台。', year: 2026 },
      { text: '扎实开展“八五”普法，推进“法治乡村”建设。', year: 2026 },
      { text: '全面推行“谁执法谁普法”普法责任制。', year: 2026 },
      { text: '持续推进“放管服”改革，优化营商环境。', year: 2026 },
      { text: '组织开展“宪法宣传周”系列活动12场。', year: 2026 },
      { text: '坚持和发展新时代“枫桥经验”。', year: 2026 },
      { text: '推行“互联网+监管”模式。', year: 2026 },
      { text: '开设“‘典’亮生活”专栏，推送文章36篇。', year: 2026 },
    ],
  },
};

/** Kinds whose probes are whole documents; the others are body sentences, put under a title and a heading of the report's year. */
const WHOLE = new Set(['signing-date', 'heading-numbering']);
const inBody = (kind: string, p: Probe) => (WHOLE.has(kind) ? p.text : `某县${p.year}年度法治政府建设情况报告\n一、主要举措和成效\n${p.text}`);

for (const [kind, { found, silent }] of Object.entries(PROBES)) {
  describe(`round 10 probes: ${kind}`, () => {
    it.each(found.map((p) => [p.text, p] as const))('finds %s', (_t, p) => {
      expect(ofKind(kind, inBody(kind, p), p.year, p.type ?? annual).length).toBeGreaterThan(0);
    });
    it.each(silent.map((p) => [p.text, p] as const))('stays silent on %s', (_t, p) => {
      expect(ofKind(kind, inBody(kind, p), p.year, p.type ?? annual)).toEqual([]);
    });
  });
}

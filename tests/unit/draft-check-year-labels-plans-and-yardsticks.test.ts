/**
 * Round 41, year-contradiction: three families a writer's other wording also produces. (1) A plan's first or last year
 * given in a second clause with no subject (今年是《…（2021—2025年）》…之年，也是收官之年) to a year the plan's period does
 * not give it. (2) A plan section whose heading names next year (四、2026年工作安排) opening a sentence of plans with the
 * reported year (2025年，我们将…). (3) The year's own self-check run against an earlier year's assessment indicators
 * with 开展 between 逐项 and its verb (对照2023年度考核指标逐项开展自查). Sentences written for these tests.
 */
import { describe } from 'vitest';
import { annual, countyHeadReport, kindProbes, plain, type Probe, self, shufa, unlessWhole } from './helpers/kind-probes.ts';

const inCounty = unlessWhole(countyHeadReport);

/** A whole short report on `year` whose plans section has `heading` and `body`. */
const withPlans = (year: number, heading: string, body: string, type: Probe['type'] = shufa): Probe =>
  plain(year, `@@某区教育局局长${year}年度述法报告\n${year}年，本人认真履行推进法治建设第一责任人职责，现将述法情况报告如下。\n一、履职情况\n全年主持召开专题会议6次。\n二、存在的不足\n执法培训针对性不强。\n三、${heading}\n${body}\n述法人：某区教育局局长 陈立\n${year + 1}年1月20日`, type);

describe('round 41: plan labels, plan headings and yardsticks', () => {
  kindProbes('round 41', {
    'year-contradiction': {
      found: [
        // (1) the label in a second clause, its year the first clause's subject.
        plain(2024, '今年是《法治政府建设实施纲要（2021—2025年）》全面落实的攻坚之年，也是收官之年，区司法局逐项对账销号。', shufa),
        plain(2023, '本年度是《某市法治宣传教育规划（2021—2025年）》推进的重要一年，同时是收官之年，全市组织普法考核。', annual),
        plain(2027, '今年是《某省法治政府建设规划（2026—2030年）》深化之年，又是开局之年，我局制定实施方案。', self),
        // (2) the heading names next year; the body opens with the reported year.
        withPlans(2024, '2025年工作打算', '2024年，本人将重点抓好以下工作：开展执法案卷评查2次；完善合法性审查目录。'),
        withPlans(2026, '2027年主要安排', '2026年，我局将着力推进三项工作：一是健全规范性文件备案；二是开展以案释法。', annual),
        // (3) the year's own check, against an earlier year's indicators.
        plain(2025, '按照区委依法治区办通知，本局对照2024年度法治建设考核指标逐项开展自查，形成自查台账。', self),
        plain(2026, '我镇依据2025年度法治政府建设考核细则逐项进行检查，现将情况报告如下。', self),
      ],
      silent: [
        // (1) the label fits, or its clause has its own subject, or it is measured from another year.
        plain(2025, '今年是《法治政府建设实施纲要（2021—2025年）》全面落实的攻坚之年，也是收官之年，区司法局逐项对账销号。', shufa),
        plain(2024, '今年是《法治政府建设实施纲要（2021—2025年）》实施的关键之年，明年是收官之年，我区提前谋划。', annual),
        plain(2024, '今年是《某市法治宣传教育规划（2021—2025年）》推进的重要一年，也是收官之年的前一年，全市查漏补缺。', annual),
        plain(2026, '今年是《某省法治政府建设规划（2026—2030年）》实施之年，也是开局之年，我局制定实施方案。', annual),
        // (2) the reported year told as done (纳入), a heading naming the reported year, a target year further on.
        withPlans(2024, '2025年工作打算', '2024年，本人将执法培训纳入年度考核，取得一定成效；2025年，本人将继续深化。'),
        withPlans(2024, '下一步工作打算', '本人将继续抓好执法培训，到2027年基本建成执法监督体系。'),
        withPlans(2024, '2025年工作打算', '2025年，本人将重点抓好以下工作：开展执法案卷评查2次。'),
        // (3) the earlier year's feedback or results, and a comparison.
        plain(2025, '对照2024年度法治建设考核反馈的问题逐项开展自查，已整改5项。', self),
        plain(2025, '本局对照2025年度法治建设考核指标逐项开展自查，形成自查台账。', self),
        plain(2025, '与2024年度考核结果相比，本局逐项开展自查后得分提高。', self),
      ],
    },
  }, inCounty);
});

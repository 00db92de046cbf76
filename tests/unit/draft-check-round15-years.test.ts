/**
 * Year contradictions in the plainest shapes a writer who read only the reference would plant: a short report
 * (title, opening, 一、二、三、 sections, 落款) with one sentence whose years disagree with the reported year. Each
 * look-alike names another year legitimately (a comparison, a base, history, a plan, a document's own year, a
 * partial-year figure in the same year) and must stay silent.
 */
import { kindProbes, plain, shortReport, shufa, self } from './helpers/kind-probes.ts';

/** A probe is the one sentence planted; `wrap` puts it into a short whole report on its year. */
const wrap = shortReport({
  title: (year, type) => (type === shufa ? `${year}年度述法报告` : type === self ? `某镇${year}年度法治建设自查报告` : `某县人民政府${year}年度法治政府建设情况报告`),
  opening: (year, type) => (type === shufa ? `${year}年，本人认真履行推进法治建设第一责任人职责，现将有关情况报告如下。` : `${year}年，我们坚持以习近平法治思想为指导，现将有关情况报告如下。`),
  plans: (year) => `下一步工作安排\n${year + 1}年将加强执法培训。`,
  signoff: (year) => `\n某县人民政府\n${year + 1}年1月20日`,
});

kindProbes('round 15 (years)', {
  'year-contradiction': {
    found: [
      // A year inside a sentence that claims its work for the reported year.
      plain(2025, '今年以来，推动全县2024年新建村级公共法律服务工作室68个。', shufa),
      plain(2026, '今年全县2025年共审查规范性文件18件。'),
      plain(2025, '本年度我局2024年共办理行政复议案件36件。'),
      plain(2026, '年内，全镇2025年建成法治文化广场3个。', self),
      plain(2024, '全年共开展普法活动120场，其中2023年开展“宪法宣传周”活动15场。'),
      // A part of the year's total dated another year.
      plain(2025, '全年共查处道路运输违法案件486件，其中2026年查处超限超载案件203件。'),
      plain(2026, '全年办理行政复议案件88件，其中2025年办结80件。'),
      plain(2024, '2024年共受理行政诉讼案件45件，其中2023年受理行政机关负责人出庭应诉案件40件。'),
      // A year after the reported year in a result of the work section.
      plain(2026, '截至年底，2027年全镇累计建成法治文化广场5个。', self),
      plain(2025, '2026年全县行政机关负责人出庭应诉率达到100%。'),
      plain(2024, '县政府2025年共审查重大行政决策事项12项。'),
      plain(2025, '2026年，我局办理政府信息公开申请46件，均按期答复。'),
      // The reported year's tasks dated a year early by a sentence that says 年初.
      plain(2024, '年初召开区委全面依法治区委员会会议，部署2023年法治建设重点任务。', shufa),
      plain(2025, '年初印发2024年法治政府建设工作要点，明确重点任务32项。'),
      plain(2026, '年初制定2025年度普法责任清单，明确责任单位26个。'),
      // The same shapes, written another way.
      plain(2025, '今年共办理行政复议案件36件，2024年度出庭应诉率达到100%。'),
      plain(2026, '本年度全县2025年新增“法律明白人”120名。', self),
      plain(2024, '全年共组织旁听庭审4次，其中2025年组织2次。'),
      plain(2026, '2027年全县共办理行政复议案件112件，纠错率8%。'),
      plain(2025, '截至年底，全县2024年累计培育“法律明白人”3200名。'),
      plain(2026, '年内共开展执法检查320次，其中2025年开展“双随机、一公开”抽查86次。'),
      plain(2026, '2026年，全镇2025年新建法治文化广场3个。', self),
      plain(2025, '（一）2025年以来，全县2024年办理行政复议案件36件。'),
      // Under an overview heading, where a 自查 report puts the year's own figures.
      plain(2026, '（一）基本情况\n全年共调处矛盾纠纷307件，其中2025年调处成功298件。', self),
      // A whole year spelled out by its months, or named beside a word for the reported year, that is another year.
      plain(2025, '2024年1月至12月，全县共办理行政复议案件88件。'),
      plain(2026, '2025年1—12月，全镇共调处矛盾纠纷307件。', self),
      plain(2026, '今年1至12月（2025年）共办理行政复议案件88件。'),
      plain(2025, '过去一年（2024年），全县共办理行政复议案件88件。'),
      plain(2026, '年初印发《2025年全县法治政府建设工作要点》，明确重点任务30项。'),
      plain(2026, '截至今年底，全县2025年累计培育“法律明白人”3200名。'),
      // The notice a report answers, and an event of the year dated by day in another year.
      plain(2026, '按照县委依法治县办关于2025年度法治建设考核的通知要求，我镇开展了自查。', self),
      plain(2025, '全年组织开展“宪法宣传周”活动，2024年12月4日举办主题活动。'),
      // Milestones of the five-year plans in the plainest shapes (currency-2026.md 导言, official-phrases.md D1).
      plain(2025, '2025年是“十五五”规划的开局之年，全县共审查规范性文件18件。'),
      plain(2026, '今年是“八五”普法规划的最后一年，全县开展普法活动120场。'),
      plain(2024, '今年是“十四五”规划的收官之年。', shufa),
      plain(2026, '今年是“十五五”规划的第二年。'),
    ],
    silent: [
      // A partial-year figure in a report on the same year, added up to the whole year.
      plain(2026, '2026年1－11月，街道调处矛盾纠纷276件；12月调处31件，全年合计307件。', self),
      plain(2026, '2026年1—11月共办理行政复议案件80件。'),
      // Comparisons, bases, history, plans, documents.
      plain(2025, '全年共办理行政复议案件36件，较2024年增长20%。'),
      plain(2025, '今年在2024年建成68个工作室的基础上，新建村级公共法律服务工作室20个。'),
      plain(2026, '全年办理行政复议案件88件，其中2025年结转案件8件。'),
      plain(2026, '全年办理行政复议案件88件，其中2025年受理的12件已全部办结。'),
      plain(2026, '今年全县共有“法律明白人”3200名，其中2025年新增300名。'),
      plain(2025, '今年以来，全面落实2024年修订的《中华人民共和国行政复议法》，办理案件36件。'),
      plain(2025, '全年对2024年述法评议反馈的3个问题逐项整改，已全部完成。'),
      plain(2025, '年初召开会议，研究部署2025年法治建设重点任务12项。'),
      plain(2024, '自2021年以来，累计建成法治文化广场12个，今年新建3个。'),
      plain(2025, '全年共开展普法活动120场，确保2026年实现村级全覆盖。'),
      plain(2026, '全年制定2027年度立法工作计划，列入项目5件。'),
      plain(2025, '全年荣获2024年度全省法治政府建设示范单位称号。'),
      plain(2026, '今年全县共办理行政复议案件88件，2025年同期为70件。'),
      plain(2026, '今年是“十五五”规划开局之年，全年共审查规范性文件18件。'),
      plain(2025, '今年共办理行政复议案件36件，2024年为30件。'),
      plain(2025, '今年全面完成2024年启动的“三年行动”，验收乡镇15个。'),
      plain(2026, '全年办理2025年受理的行政复议案件12件。'),
      plain(2026, '年内完成2027年度部门预算法制审核3件。'),
      plain(2026, '年底部署2027年法治建设重点任务12项。'),
      plain(2026, '今年3月，对照《2025年全县法治政府建设工作要点》完成总结评估。'),
      plain(2026, '年初印发《2025年度法治政府建设情况报告》，向社会公开。'),
      plain(2026, '按照部署，要在2027年实现乡镇合法性审查全覆盖。'),
      plain(2026, '全年新建工作室12个，为2027年实现村级全覆盖打下良好基础。'),
      plain(2026, '今年，我县获评2025年度全省法治政府建设示范县。'),
      plain(2026, '全年完成2025年度行政执法统计年报，统计执法案件1200件。'),
      plain(2025, '2026年1月，县政府常务会议审议通过规范性文件3件。'),
      plain(2026, '2025年全年办理行政复议案件30件，2026年全年办理45件。'),
      plain(2026, '2026年，全县办理行政复议案件45件，2025年为38件。'),
      plain(2026, '2026年以来，全县按照2025年出台的方案新建工作室12个。'),
      plain(2026, '2026年，全县新建工作室12个，2025年新建8个。'),
      plain(2026, '2025年1—12月全镇调处矛盾纠纷280件，今年增至307件。', self),
      plain(2026, '全镇调处矛盾纠纷307件，较2025年1—12月增长10%。', self),
      plain(2026, '2026年1—12月，全镇共调处矛盾纠纷307件。', self),
      plain(2025, '过去一年（2025年），全县共办理行政复议案件88件。'),
      plain(2025, '今年1至12月（2025年）共办理行政复议案件88件。'),
      plain(2026, '按照县委依法治县办关于2025年度法治建设考核结果的通报，我镇逐项整改。', self),
      plain(2025, '今年以来，落实2024年12月出台的《合同管理办法》，审查合同56件。'),
      plain(2025, '2026年1月，县政府召开常务会议审议通过本年度法治政府建设报告。'),
      plain(2025, '全年开展“宪法宣传周”活动，在2024年12月4日启动的普法项目的基础上新增点位12个。'),
    ],
  },
}, wrap);

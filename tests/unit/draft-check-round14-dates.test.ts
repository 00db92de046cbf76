/**
 * Probes for three families of leftover mistakes, invented from the reference (not copied from the evaluation sets):
 *
 * - year-contradiction: a clause reporting the reported year's own work (本年度…, 全年…, the work section) dated with
 *   an earlier year (2024年内, 2024年度…考试, 截至2024年底…达到) in a report on 2025 (requirements.md 二: the annual
 *   report is on the year itself). Look-alikes name last year as history, baseline, comparison or feedback.
 * - placeholder: a slot for a number, a date or a name left as a blank (〇, 　, spaces) where the number would stand.
 *   Look-alikes: Han-numeral dates, paragraph indents, spaces between 落款 parts, layout spaces after a heading marker.
 * - outline-prompt: a note to the drafter in any bracket or opening a line (要写, 可用事实, 需填写, 注：…要…).
 *   Look-alikes: ordinary parentheses (（以下简称…）、（试行）、（2021—2025年）) and notes to the reader.
 */
import { annual, kindProbes, self, shufa, type KindProbes, type Probe } from './helpers/kind-probes.ts';

/** A probe sentence (a heading may come first, on its own line) for a report on `year`. */
const inWork = (year: number, sentence: string, heading?: string, type: Probe['type'] = annual): Probe => ({
  year,
  type,
  text: heading ? `${heading}\n${sentence}` : sentence,
});

/** The probe inside a short report: its heading (the work section by default), the other sections and a 落款. */
const draft = ({ year, text }: Probe): string => {
  if (text.startsWith('某')) return text; // a whole report, given as it is
  const [heading, sentence] = text.includes('\n') ? text.split('\n', 2) : ['一、主要工作和成效', text];
  return `某县司法局${year}年法治建设工作报告\n${year}年，我局认真落实法治建设各项任务，现将有关情况报告如下。\n${heading}\n${sentence}\n二、存在的问题\n执法队伍专业化程度不高。\n三、下一步工作打算\n持续加强执法培训。\n某县司法局\n${year + 1}年1月20日`;
};

/** A probe sentence in the plans section (下一年度的主要安排, requirements.md 二) of a report on `year`. */
const inPlans = (year: number, sentence: string, type: Probe['type'] = annual): Probe => ({
  year,
  type,
  text: `某县司法局${year}年法治建设工作报告\n一、主要工作和成效\n全年审查规范性文件18件。\n二、存在的问题\n执法队伍专业化不足。\n三、下一步工作打算\n${sentence}\n某县司法局\n${year + 1}年1月20日`,
});

const probes: KindProbes = {
  'year-contradiction': {
    found: [
      inWork(2025, '截至2024年末，全区村（社区）法律顾问覆盖率达到100%。'),
      inWork(2025, '本年度制定的5件行政规范性文件，均于2024年内完成合法性审核。'),
      inWork(2025, '今年组织领导干部参加2024年度网上学法考试，参考率100%。'),
      inWork(2025, '全年共举办执法人员培训班4期，于2024年底前全部完成。'),
      inWork(2026, '本年度局党组带头完成2025年度领导干部法律知识测试。', '一、学法用法情况', shufa),
      inWork(2025, '截至2024年12月31日，全局行政执法人员持证率达到100%。'),
      inWork(2024, '全年共审核重大行政决策5件，均在2023年度内完成合法性审查。'),
      inWork(2026, '本年度新建法治文化阵地6个，已于2025年内全部投入使用。', '一、主要工作和成效', self),
      inWork(2025, '2024年度办理行政复议案件58件，纠错率12%。'),
      inWork(2025, '2024年，全县行政机关负责人出庭应诉率达到100%。'),
      inWork(2025, '全县行政机关负责人出庭应诉率在2024年达到100%。'),
      inWork(2025, '年内组织开展2024年度“宪法宣传周”活动。'),
      inWork(2025, '全年组织集中学法12次，均在2024年完成。'),
      inWork(2025, '本年度办理人大代表建议12件，于2024年12月底前全部办结。'),
      inPlans(2025, '2024年，我局将继续深化行政执法体制改革。'),
      inPlans(2025, '力争2025年底前完成全部行政规范性文件清理。'),
      inPlans(2026, '计划于2025年6月底前建成行政执法监督平台。', shufa),
      inWork(2025, '过去的2024年，我局坚持依法行政，全年开展执法检查300次。'),
      inWork(2025, '在2024年度的学法考试中，全局干部参考率100%。'),
      inWork(2025, '本年度局党组会议专题学法6次，2024年度学法考试合格率100%。'),
    ],
    silent: [
      inWork(2025, '对2024年度述法评议中反馈的问题，本年度已全部整改到位。'),
      inWork(2025, '今年3月完成2024年度法治政府建设年度报告的报送和公开。'),
      inWork(2025, '本年度完成2024年度法治建设考核结果运用。'),
      inWork(2025, '2024年内出台的3项制度，今年均已落实到位。'),
      inWork(2025, '截至2024年底，全县已建成法治文化阵地56个，在此基础上今年新建8个。'),
      inWork(2025, '2024年内未办结的2件复议案件，已于今年3月全部办结。'),
      inWork(2025, '截至2024年底，仍有2个部门未配备公职律师。', '一、存在的问题'),
      inWork(2025, '全年审结的行政复议案件中，有3件系2024年内受理。'),
      inWork(2025, '全年参加学法考试2次，较2024年度增加1次。'),
      inWork(2025, '本年度参加2025年度学法考试，成绩均合格。'),
      inWork(2025, '2024年度法治政府建设考核中，我局获评优秀等次。'),
      inWork(2025, '在2024年度述法评议中，我局被评为“好”等次。'),
      inWork(2025, '对照2024年度法治督察反馈问题，逐项整改。'),
      inWork(2025, '2023年以来累计培训执法人员1200人次，今年培训300人次。'),
      inWork(2025, '参加2024年度全省法治政府建设示范创建评估。'),
      inWork(2025, '2024年12月，县政府召开常务会议专题学法。'),
      inPlans(2025, '2026年，我局将继续深化行政执法体制改革。'),
      inPlans(2025, '对2024年度督察反馈问题，将逐项整改到位。'),
      inPlans(2025, '在2025年工作基础上，继续推进法治政府建设。'),
      inPlans(2025, '力争2025年底前完成全部行政规范性文件清理。', self),
      inWork(2025, '年内共完成2024年度行政执法案卷评查120卷。'),
      inWork(2025, '过去的2025年，我局坚持依法行政。'),
      inWork(2025, '对2024年度学法考试中发现的薄弱环节，本年度组织专题培训2次。'),
    ],
  },
  placeholder: {
    found: [
      inWork(2025, '全年共办理行政复议案件○件，均依法审结。'),
      inWork(2025, '全局公职律师〇名，实现应设尽设。'),
      inWork(2025, '行政复议纠错率为〇%。'),
      inWork(2025, '计划在　　月底前完成全部整改。'),
      inWork(2025, '全年共办理行政复议案件　　件，均依法审结。'),
      inWork(2025, '邀请  名法律专家参与论证。'),
      inWork(2025, '执法人员持证率达到　　%。'),
      inWork(2025, '由　　同志牵头负责法治督察工作。'),
      inWork(2025, '于2025年　　月召开专题会议研究法治建设。'),
      inWork(2025, '制定《　　》等制度3项。'),
      inWork(2025, '召开第　　次常务会议审议规范性文件。'),
      inWork(2025, '述法人：　　　'),
      inWork(2025, '依据《》规定开展执法检查。'),
      inWork(2025, '开展“　　”专项行动。'),
      inWork(2025, '第　　季度开展执法检查。'),
      inWork(2025, '全年组织执法人员培训〇学时。'),
    ],
    silent: [
      inWork(2025, '二〇二五年，全局共办理行政复议案件12件。'),
      inWork(2025, '　　全年共办理行政复议案件36件，均依法审结。'),
      inWork(2025, '每月 1日前报送执法统计数据。'),
      inWork(2025, '2025年 3月召开专题会议。'),
      inWork(2025, '实现安全生产事故零发生，全年无一件行政诉讼败诉。'),
      inWork(2025, '姓名：张明　　职务：局长'),
      inWork(2025, '（一）　年度学法计划全部完成。'),
      inWork(2025, '述法人：县司法局局长　张明'),
      inWork(2025, '联系人：王芳　　联系电话：12345678'),
      { year: 2025, text: '某县司法局2025年法治建设工作报告\n一、主要工作\n全年审查规范性文件18件。\n二、存在的问题\n执法队伍专业化不足。\n三、下一步打算\n加强培训。\n\n某县司法局　　　　\n二〇二六年一月二十日' },
    ],
  },
  'outline-prompt': {
    found: [
      inWork(2025, '【标题：要写明报告年度和单位名称】'),
      inWork(2025, '〔开头：要交代依据和总体情况〕'),
      inWork(2025, '（主送机关：应写上级机关全称）'),
      inWork(2025, '[注：这里需要列出具体数字]'),
      inWork(2025, '全年办理复议案件若干件（可用事实：全年办理行政复议案件数、纠错数）。'),
      inWork(2025, '（要写清楚主要负责人履职的具体事例）'),
      inWork(2025, '注：本部分要写清问题产生的原因。'),
      inWork(2025, '提示：落款处要写单位全称和成文日期。'),
      inWork(2025, '（需填写本单位实际数据，不少于三项）'),
      inWork(2025, '（结尾：可写“特此报告”）'),
      inWork(2025, '（这一部分重点写主要负责人的履职情况）'),
      inWork(2025, '（建议列举两到三个典型案例）'),
      inWork(2025, '（以下为参考内容，请根据实际修改）'),
      inWork(2025, '（示例：全年共办理行政复议案件12件）'),
      inWork(2025, '（避免罗列数字）'),
      inWork(2025, '（提纲：一、主要举措；二、存在问题）'),
      inWork(2025, '应写明本年度推进法治政府建设的主要举措和成效。'),
      inWork(2025, '→请填写主要负责人出庭应诉的次数和案件名称'),
    ],
    silent: [
      inWork(2025, '深入贯彻《法治政府建设实施纲要（2021—2025年）》（以下简称《纲要》）。'),
      inWork(2025, '修订《行政执法公示办法（试行）》。'),
      inWork(2025, '全县各单位（含乡镇）均设立法律顾问。'),
      inWork(2025, '下发通知（要求各单位于3月底前报送自查情况）。'),
      inWork(2025, '注：本报告数据截至2025年12月31日。'),
      inWork(2025, '（一）要写好法治政府建设这篇大文章，局党组专题研究4次。'),
      inWork(2025, '全年应诉案件12件（其中败诉1件）。'),
      inWork(2025, '要求各部门在报告中写明整改时限。'),
      inWork(2025, '（请见附件）'),
      inWork(2025, '（按照规定写入年度考核）'),
      inWork(2025, '（建议事项已全部办结）'),
      inWork(2025, '（重点领域执法检查全部完成）'),
      inWork(2025, '推行“综合查一次”（避免重复检查）。'),
      inWork(2025, '办理登记（不要求提交纸质材料）。'),
      inWork(2025, '要写好新时代法治政府建设这篇文章。'),
    ],
  },
};

kindProbes('round 14', probes, draft);

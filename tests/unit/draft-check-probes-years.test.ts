/**
 * The checker's probes for years and dates (year-contradiction, signing-date, dates off the calendar, plans' years,
 * anniversaries): the shapes a writer who read only the reference would plant, each found as its kind, and the
 * legitimate look-alikes of the same shape, each silent for it. Sentences are written from the reference, not taken
 * from the evaluation sets. One describe per family; the comment above each says why its probes exist.
 */
import { describe, expect, it } from 'vitest';
import { byRule, check, checkWith, kindOf, ofKind, rulesIn } from './helpers/draft-check.ts';
import { annual, countyHeadReport, districtHeadReport, kindProbes, type KindProbes, plain, type Probe, self, shortReport, shufa, unlessWhole } from './helpers/kind-probes.ts';

/**
 * Round 13 probes for year-contradiction: a sentence reporting the year's own result (a completed verb and a count)
 * that names the previous year as its year, with nothing marking a comparison or history. Invented from the rule
 * (年度报告报告的是报告年度的情况), not copied from the evaluation sets; the look-alikes name last year legitimately.
 */
describe('the previous year named as the reported year', () => {
  const RULE = 'consistency-current-year';
  const report = (year: number, body: string, heading = '一、主要工作开展情况') =>
    `某县司法局${year}年度法治建设自查报告\n${heading}\n${body}\n二、存在问题\n学法形式较为单一。\n三、下一步打算\n持续推进。`;

  const slips: [number, string][] = [
    [2026, '局机关2025年度共组织旁听庭审活动3次。'],
    [2026, '截至2025年末，全局共清理规范性文件27件。'],
    [2026, '县司法局2025年共受理行政复议申请48件，全部依法审结。'],
    [2025, '截止2024年12月底，共培育“法律明白人”312名。'],
    [2025, '全镇2024年度共开展送法下乡活动16场。'],
    [2027, '截至2026年年底，我局累计审核行政规范性文件19件。'.replace('累计', '共')],
  ];

  const lookAlikes: [number, string][] = [
    [2026, '全年共组织旁听庭审活动4次，较2025年度增加1次。'],
    [2026, '2025年度述法评议反馈的3个问题已全部整改。'],
    [2026, '按时完成2025年度法治政府建设年度报告的报送和公开。'],
    [2026, '上年度（2025年）共组织集中学法10次。'],
    [2026, '2025年、2026年分别开展执法检查21次、26次。'],
    [2026, '截至2025年底，全局共有持证执法人员86名。'],
    [2026, '2021年至2025年共培育“法律明白人”300名。'],
    [2026, '截至2025年底累计培育“法律明白人”286名，全年新增31名。'.replace('全年', '2026年')],
    [2026, '与2025年相比，复议纠错案件减少2件。'],
    [2026, '2025年度共办理行政复议案件40件，今年增至46件。'],
  ];

  describe('the previous year named as the reported year', () => {
    it.each(slips)('report on %i: %s', (year, sentence) => {
      expect(byRule(RULE, report(year, sentence), year, 'self-inspection-report').length).toBeGreaterThan(0);
    });
    it.each(lookAlikes)('stays silent, report on %i: %s', (year, sentence) => {
      expect(byRule(RULE, report(year, sentence), year, 'self-inspection-report')).toEqual([]);
    });
    it('stays silent in a section on last year\'s feedback and in plans', () => {
      expect(byRule(RULE, report(2026, '2025年度共反馈问题5个，均已整改。', '一、2025年度述法反馈问题整改情况'), 2026, 'self-inspection-report')).toEqual([]);
      expect(byRule(RULE, `某局2026年法治政府建设年度报告\n一、主要举措\n办理案件30件。\n二、${2027}年工作打算\n对照2025年度共梳理的12个短板逐项补齐。`, 2026)).toEqual([]);
    });
  });

  /**
   * Row-by-row record of the reference rows that fix a year (currency-2026.md): each wrong year a writer could give,
   * and the right one that must stay silent. Plan periods cited as current guidance are expired-document-as-guidance's.
   */
  const YEAR_ROWS: { row: string; year: number; wrong: string; right: string }[] = [
    { row: 'currency-2026.md 开头（2026年是“十五五”第一年）', year: 2027, wrong: '2027年是“十五五”开局之年，县政府坚持依法行政。', right: '2026年是“十五五”开局之年，县政府坚持依法行政。' },
    { row: 'currency-2026.md 开头（今年＝报告年度）', year: 2027, wrong: '今年是“十五五”规划开局之年，我镇扎实推进法治建设。', right: '今年是“十五五”规划实施的第二年，我镇扎实推进法治建设。' },
    { row: 'currency-2026.md “八五”普法规划（2021—2025年）', year: 2026, wrong: '2026年是“八五”普法收官之年，全县做好总结验收。', right: '2025年是“八五”普法收官之年，全县做好总结验收。' },
    { row: 'currency-2026.md “十四五”（2021—2025年）', year: 2024, wrong: '2024年是“十四五”收官之年，全县对标推进。', right: '2025年是“十四五”收官之年，全县对标推进。' },
    { row: 'currency-2026.md 《法治政府建设实施纲要（2021—2025年）》', year: 2026, wrong: '2026年是《法治政府建设实施纲要（2021—2025年）》的收官之年。', right: '2025年是《法治政府建设实施纲要（2021—2025年）》的收官之年。' },
  ];

  describe('reference rows that fix a year', () => {
    it.each(YEAR_ROWS)('$row', ({ year, wrong, right }) => {
      expect(ofKind('year-contradiction', wrong, year).length).toBeGreaterThan(0);
      expect(ofKind('year-contradiction', right, year)).toEqual([]);
    });
  });
});

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
describe('earlier years in the year\'s own work, blanks and notes to the drafter', () => {
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

  kindProbes('kind', probes, draft);
});

/**
 * Year contradictions in the plainest shapes a writer who read only the reference would plant: a short report
 * (title, opening, 一、二、三、 sections, 落款) with one sentence whose years disagree with the reported year. Each
 * look-alike names another year legitimately (a comparison, a base, history, a plan, a document's own year, a
 * partial-year figure in the same year) and must stay silent.
 */
describe('years that disagree with the reported year', () => {
  /** A probe is the one sentence planted; `wrap` puts it into a short whole report on its year. */
  const wrap = shortReport({
    title: (year, type) => (type === shufa ? `${year}年度述法报告` : type === self ? `某镇${year}年度法治建设自查报告` : `某县人民政府${year}年度法治政府建设情况报告`),
    opening: (year, type) => (type === shufa ? `${year}年，本人认真履行推进法治建设第一责任人职责，现将有关情况报告如下。` : `${year}年，我们坚持以习近平法治思想为指导，现将有关情况报告如下。`),
    plans: (year) => `下一步工作安排\n${year + 1}年将加强执法培训。`,
    signoff: (year) => `\n某县人民政府\n${year + 1}年1月20日`,
  });

  kindProbes('years', {
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
});

/**
 * Years and wording in the plainest shapes a writer who read only the reference would plant: a short report (title,
 * opening, 一、二、三、 sections, 落款) with one sentence in it. 述法 reports are checked with their own title
 * (某某2025年度述法报告) and a 述法人 signature, as writers lay them out. Each look-alike is a legitimate sentence
 * of the same shape that must stay silent for the kind.
 */
describe('years in 述法 reports with their own title and signature', () => {
  const wrap = districtHeadReport;

  kindProbes('years', {
    'year-contradiction': {
      found: [
        // A stock at the year's end dated the year before.
        plain(2025, '截至2024年底，全区累计培育“法律明白人”2460名。', shufa),
        plain(2026, '截至2025年底，全县建成村级公共法律服务工作室126个。'),
        plain(2025, '截至2024年12月31日，全镇累计建成法治文化广场5个。', self),
        plain(2024, '截至2023年底，全市行政机关负责人出庭应诉率达到100%。', shufa),
        plain(2026, '截至2025年底，全省累计培育乡村“法律明白人”24.6万名。', shufa),
        // The report period written as another year.
        plain(2026, '本报告期为2025年1月1日至12月31日。', shufa),
        plain(2025, '本次述法时间范围为2024年1月1日至2024年12月31日。', shufa),
        plain(2026, '报告期内（2025年1月至12月），全县办理行政复议案件88件。'),
        // A law's year of force counted wrong: the revised 行政复议法 took effect on 2024-01-01 (central-documents.md 5).
        plain(2025, '今年是新修订的《中华人民共和国行政复议法》施行的第一年，我局把贯彻实施新法作为全年重点。'),
        plain(2026, '今年是新修订的行政复议法实施的第二年。'),
        plain(2024, '今年是新修订的《中华人民共和国行政复议法》实施的第二年。', shufa),
      ],
      silent: [
        plain(2025, '截至2025年底，全区累计培育“法律明白人”2460名。', shufa),
        plain(2025, '全区“法律明白人”由截至2024年底的2100名增至2460名。', shufa),
        plain(2026, '本报告期为2026年1月1日至12月31日。', shufa),
        plain(2025, '今年是新修订的《中华人民共和国行政复议法》施行的第二年。'),
        plain(2024, '今年是新修订的《中华人民共和国行政复议法》施行的第一年。', shufa),
        plain(2026, '针对2025年度述法反馈的问题，逐项制定整改措施。', shufa),
        // A year in a 部署安排 sentence under a numbered line is the year the report is on.
        plain(2026, '（一）2026年，按照上级部署安排全年法治政府建设任务。', shufa),
      ],
    },
    'outdated-wording': {
      found: [
        plain(2025, '推动全社会学法、尊法、守法、用法，组织“八五”普法总结验收。', shufa),
        plain(2026, '带头学法尊法守法用法，全年参加集中学法12次。'),
        plain(2024, '引导干部群众学法，尊法，守法，用法。', self),
        // The old wording in one clause, the plan's 总结 in another: the closing dates the plan, not the wording.
        plain(2025, '组织“八五”普法总结，引导群众学法、尊法、守法、用法。', shufa),
      ],
      silent: [
        plain(2025, '推动全社会尊法学法守法用法。', shufa),
        plain(2026, '做到学法守法用法。'),
      ],
    },
    'series-order': {
      found: [
        plain(2025, '推动干部群众守法、尊法、学法、用法。', shufa),
        plain(2026, '带头尊法学法用法守法。'),
      ],
      silent: [
        plain(2026, '带头尊法、学法、守法、用法。'),
        plain(2025, '推动全社会尊法学法守法用法，做好“八五”普法总结验收。', shufa),
      ],
    },
  }, wrap);
});

/**
 * Years and dates in the plainest shapes a writer who read only the reference would plant, written before the code
 * was changed: a short report (title, opening, 一、二、三、 sections, 落款) with one sentence in it, or a whole short
 * report where the title, a heading or the 落款 carries the slip. Each look-alike is a legitimate sentence of the same
 * shape (a comparison, history, a plan, a cited text's year) that must stay silent for the kind.
 */
describe('years in the sentence, the title, a heading or the 落款', () => {
  const wrap = countyHeadReport;

  /** A whole report written out, for slips in the title, a heading or the 落款; `draft` leaves it as it is. */
  const whole = (year: number, text: string, type: Probe['type'] = 'law-based-government-annual-report'): Probe => ({ text: `@@${text}`, year, type });
  const draft = unlessWhole(wrap);

  /** A whole short report with its own opening (and a first sentence of the work section), where the slip may sit. */
  const opened = (year: number, opening: string, body = '全年审查规范性文件18件。', type: Probe['type'] = 'law-based-government-annual-report'): Probe => {
    const title = type === shufa ? `某县县长${year}年度述法报告` : type === self ? `某镇${year}年度法治建设工作自查报告` : `某县人民政府关于${year}年度法治政府建设情况的报告`;
    const signoff = type === shufa ? `述法人：某县县长 李华\n${year + 1}年1月15日` : `某县人民政府\n${year + 1}年2月10日`;
    return whole(year, `${title}\n${opening}\n一、主要工作\n${body}\n二、存在的不足\n基层法治力量薄弱。\n三、下一步工作安排\n${year + 1}年，我县将继续深化行政执法体制改革。\n${signoff}`, type);
  };

  kindProbes('years', {
    'year-contradiction': {
      found: [
        // The sentence claims the reported year and names another.
        plain(2026, '2025年，我局共办理行政复议案件56件，全部在法定期限内审结。'),
        plain(2025, '全年共组织领导干部集体学法4次，2024年12月组织旁听庭审1次。', shufa),
        plain(2026, '本年度，我县在2025年完成了行政执法“三项制度”全覆盖。'),
        plain(2026, '年内，全县2025年新增村级法律顾问32名。'),
        plain(2026, '2025年1月至12月，全县共受理行政复议申请145件。'),
        plain(2025, '全年（2024年度）共审查规范性文件18件。', self),
        plain(2026, '本年度（2025年）共组织执法人员培训6期。'),
        plain(2026, '截至2025年12月31日，全县行政执法人员持证率达到100%。'),
        plain(2026, '2025年全年，全县共办理行政处罚案件1260件。', shufa),
        plain(2025, '今年以来，全县2024年共化解行政争议86件。'),
        plain(2026, '2025年度，本人主持召开政府常务会议专题研究法治建设4次。', shufa),
        plain(2025, '截至今年底（2024年12月31日），全镇“法律明白人”达到320名。', self),
        plain(2026, '本报告期（2025年1月1日至2025年12月31日）内，全县共办理行政复议案件88件。'),
        plain(2026, '2025年，在县委的坚强领导下，全县法治政府建设取得明显成效，行政复议纠错率下降到8%。'),
        plain(2027, '2026年，全县行政机关负责人出庭应诉率达到100%。', shufa),
        // The year called what it is not: a plan's first, last or Nth year (currency-2026.md: 十四五 and 八五 2021—2025).
        plain(2025, '今年是“十四五”规划开局之年。'),
        plain(2026, '2026年是“八五”普法规划收官之年，全县圆满完成各项任务。'),
        plain(2026, '今年是《法治政府建设实施纲要（2021—2025年）》实施的第五年。'),
        plain(2025, '今年是“八五”普法规划实施的第四个年头。', self),
        plain(2025, '2025年是“十五五”规划开局之年。', shufa),
        plain(2026, '今年是“十五五”规划的第二年。'),
        plain(2025, '今年是“八五”普法规划实施的第三年，全县普法工作稳步推进。'),
        // The year after the unit that did the work, or before the result it dates.
        plain(2026, '2025年共审查行政规范性文件32件。'),
        plain(2026, '一年来，全县2025年办理行政复议案件145件。'),
        plain(2026, '本人2025年带头学法6次，旁听庭审1次。', shufa),
        plain(2025, '今年全镇共开展普法活动28场，其中2024年3月开展“宪法宣传”活动5场。', self),
        plain(2026, '全县行政机关负责人出庭应诉率2025年达到100%。'),
        plain(2026, '今年，县政府于2025年6月出台《某县行政规范性文件管理办法》。'),
        plain(2025, '2024年度，本人认真履行推进法治建设第一责任人职责，召开专题会议4次。', shufa),
        plain(2026, '年内共办理行政复议案件56件，均于2025年12月底前办结。'),
        plain(2026, '全年，县司法局于2025年组织行政执法人员培训3期。'),
        plain(2025, '2024年，全镇调处矛盾纠纷128起，调解成功率98%。', self),
        plain(2026, '今年3月，全县2025年度行政执法人员培训考试合格率100%。'),
        plain(2026, '2025年1—12月，全县共办理行政处罚案件1260件。'),
        plain(2026, '截至2025年12月底，全镇共梳理权责清单事项236项。', self),
        plain(2026, '截至2025年年底，全县累计建成法治文化阵地58个。'),
        plain(2026, '2025年，本人主持召开县政府常务会议，审议重大行政决策事项9项。', shufa),
        plain(2024, '2023年，县政府共作出重大行政决策7项，全部经过合法性审查。'),
        plain(2026, '全县2025年共受理政府信息公开申请86件，全部按期答复。'),
        plain(2026, '2027年，全县共办理行政复议案件88件。'),
        plain(2025, '截至2025年底，全县累计培育“法律明白人”2460名，较2026年增加300名。', shufa),
        plain(2025, '2026年以来，全县共办理行政复议案件56件。'),
        plain(2026, '2025年以来，本人先后主持召开专题会议研究法治建设工作4次。', shufa),
        plain(2026, '本年度全县办理行政诉讼案件32件，2025年全县行政机关负责人出庭应诉率达100%。'),
        plain(2026, '年内，镇党委2025年召开专题会议研究法治建设3次。', self),
        plain(2026, '本人全年（2025年）主持政府常务会议学法6次。', shufa),
        plain(2026, '全年，全县2025年新建公共法律服务站26个。'),
        plain(2026, '2025年，县政府严格落实重大行政决策程序，作出重大决策9项。'),
        plain(2026, '统计时段为2025年1月1日至2025年12月31日。'),
        plain(2025, '截至2024年12月31日，全县政府法律顾问覆盖率达到100%。', shufa),
        plain(2026, '截至2025年底，镇政府共办理群众来信来访86件，全部办结。', self),
        plain(2026, '全年累计开展普法活动320场，其中2025年开展“宪法宣传周”活动12场。'),
        // A plan's years (currency-2026.md).
        plain(2025, '2025年是“十四五”规划的第五年，也是“八五”普法规划实施的第四年。'),
        plain(2026, '2026年是“八五”普法规划的最后一年。', shufa),
        plain(2026, '2026年是“十四五”规划收官之年，全县法治政府建设取得新成效。'),
        plain(2025, '今年是“十五五”规划谋篇布局之年，也是“十四五”规划开局之年。'),
        // 述法 and 自查 sentences on the person's or unit's own year.
        plain(2026, '2025年，本人坚持把法治建设纳入县政府重要议事日程，召开专题会议4次。', shufa),
        plain(2026, '本人2025年度共参加集中学法12次。', shufa),
        plain(2025, '在2024年，本人组织县政府常务会议会前学法10次。', shufa),
        plain(2026, '2025年，镇党委共召开理论学习中心组学法3次，开展执法检查12次。', self),
        plain(2026, '今年以来，县政府审议通过规范性文件12件，均于2025年12月前完成备案。'),
        plain(2025, '截至2024年年末，全县行政执法人员持证率达到98%。'),
        plain(2026, '截至2025年12月，全镇共化解信访积案6件。', self),
        plain(2026, '2025年，全县行政复议案件纠错率为6.5%。'),
        plain(2026, '本年度全县行政复议纠错率6.5%，2025年全县行政诉讼败诉率3.2%。'),
        plain(2026, '过去一年（2025年），本人主持召开县政府常务会议专题研究法治建设议题5次。', shufa),
        plain(2026, '今年，我县被命名为全省法治政府建设示范县，2025年全县行政复议纠错率为5%。'),
        // A plan named without its period: the period comes from its source's title.
        plain(2026, '今年是法治政府建设实施纲要收官之年。'),
        plain(2026, '今年是法治中国建设规划实施的最后一年。', shufa),
        plain(2024, '2024年是提升行政执法质量三年行动计划的收官之年。', self),
        // A current text's year of force or anniversary counted from its source's dates (2016 规定, 2019 条例, 2024 复议法).
        plain(2025, '今年是《党政主要负责人履行推进法治建设第一责任人职责规定》印发十周年。', shufa),
        plain(2026, '今年是《重大行政决策程序暂行条例》施行的第七个年头。'),
        plain(2026, '今年是《中华人民共和国政府信息公开条例》修订施行第七年。'),
        plain(2026, '2026年是新修订的行政处罚法施行6周年。'),
        // The opening or a numbered first line naming the year before.
        opened(2026, '2025年，我县在市委、市政府的坚强领导下，深入推进法治政府建设，现将有关情况报告如下。'),
        opened(2026, '现将我县2025年度法治政府建设情况报告如下。'),
        opened(2026, '根据县委依法治县委员会安排，现将本人2025年度履行推进法治建设第一责任人职责情况报告如下。', undefined, shufa),
        opened(2026, '按照县委依法治县办通知要求，我镇对2025年度法治建设工作开展了自查，现将自查情况报告如下。', undefined, self),
        opened(2026, '2026年以来，我县深入推进法治政府建设。', '一年来（2025年），全县审查规范性文件18件。'),
        opened(2026, '本人认真履行推进法治建设第一责任人职责。', '2025年度，本人认真履行述法职责，带头学法6次。', shufa),
        opened(2025, '2025年，我县深入推进法治政府建设。', '（一）2024年，县政府常务会议学法4次。'),
        opened(2025, '2025年，我县深入推进法治政府建设。', '1.2024年全县审查规范性文件18件。'),
        opened(2025, '2025年，我镇深入推进法治建设。', '一是2024年镇党委专题研究法治工作4次。', self),
        opened(2026, '2026年，我县深入推进法治政府建设。', '全县行政机关负责人出庭应诉率达到100%，较2026年提高5个百分点。'),
        // The year in the title against the year the body calls its own.
        whole(2026, '某县人民政府关于2026年度法治政府建设情况的报告\n2025年，我县坚持以习近平法治思想为指导，现将有关情况报告如下。\n一、主要举措和成效\n全年审查规范性文件18件。\n二、下一步工作安排\n加强执法培训。\n\n某县人民政府\n2027年2月10日'),
        whole(2025, '某镇2025年度法治建设工作自查报告\n一、2024年法治建设主要工作\n全年共办理行政复议案件12件。\n二、存在的问题\n执法力量薄弱。\n\n某镇人民政府\n2025年12月20日', self),
      ],
      silent: [
        plain(2026, '全年共办理行政复议案件56件，较2025年增长12%。'),
        plain(2026, '2021年以来，全县累计培育“法律明白人”3200名。'),
        plain(2026, '认真贯彻县政府办〔2024〕3号文件，全年审查规范性文件18件。'),
        plain(2026, '与2025年相比，行政复议案件下降8%。', shufa),
        plain(2026, '2025年全县办理行政复议案件48件，2026年办理56件。'),
        plain(2026, '今年是“十五五”规划开局之年。'),
        plain(2025, '今年是“八五”普法规划收官之年。', self),
        plain(2026, '上年度述法评议反馈的3个问题已全部整改到位。', shufa),
        plain(2026, '自2020年开展示范创建以来，全县共有3个村获评省级民主法治示范村。'),
        plain(2026, '本年度，全县办结2025年结转的行政复议案件6件。'),
        plain(2026, '年初，完成2025年度法治政府建设情况报告的报送和公开。'),
        plain(2026, '全年组织开展2025年度行政执法案卷评查，评查案卷120卷。'),
        plain(2026, '2026年1月，全县召开法治政府建设推进会。'),
        plain(2025, '今年是新修订的行政复议法施行的第二年。', shufa),
        plain(2026, '本报告期为2026年1月1日至12月31日。', shufa),
        plain(2026, '依据《中华人民共和国行政处罚法》（2021年修订），规范行政处罚裁量。'),
        plain(2026, '本年度新增法律顾问12名，总数由2025年底的30名增至42名。'),
        plain(2026, '严格执行《某县重大行政决策程序规定（2024年版）》，全年作出重大行政决策5项。'),
        plain(2024, '2024年是“八五”普法规划实施的第四年。'),
        plain(2026, '“十四五”时期，全县累计办理行政复议案件420件。'),
        plain(2026, '2026年，在县委的坚强领导下，全县法治政府建设取得明显成效。'),
        plain(2026, '根据省政府2025年印发的《关于加强行政执法协调监督工作体系建设的实施意见》，全年完善制度4项。'),
        plain(2026, '2025年全县共办理行政复议案件48件，今年办理56件，同比增长16.7%。'),
        plain(2026, '全年办理行政复议案件56件，比2025年多8件。'),
        plain(2026, '自2021年“八五”普法启动以来，全县累计开展普法活动1200场。'),
        plain(2026, '继续执行2025年出台的《某县行政执法公示办法》。'),
        plain(2026, '针对2025年述法评议中指出的问题，本人牵头制定整改措施5项。', shufa),
        plain(2026, '全年完成2025年度部门法治建设考核，考核结果纳入绩效。'),
        plain(2026, '县委依法治县办印发《2026年全县法治建设工作要点》。'),
        plain(2026, '2026年，全县共办理行政复议案件56件。'),
        plain(2025, '今年全镇共开展普法活动28场，其中3月开展“宪法宣传”活动5场。', self),
        plain(2026, '2025年获评全省法治政府建设示范县后，全年持续巩固创建成果。'),
        plain(2026, '2024年至2025年，全县连续两年实现行政复议案件零纠错。'),
        plain(2026, '严格落实《法治中国建设规划（2020—2025年）》，全年开展执法检查36次。'),
        plain(2026, '全县2025年受理的12件行政复议案件，今年已全部审结。'),
        plain(2026, '以2025年为基数，全年行政诉讼案件下降10%。'),
        plain(2026, '2025年12月31日前受理的案件已全部办结。'),
        plain(2026, '2026年是“十五五”规划的开局之年，也是“八五”普法规划收官后的第一年。', shufa),
        plain(2026, '2025年以来的经验表明，法治是最好的营商环境。'),
        plain(2026, '全县2025年度法治政府建设考核位列全市第1名。'),
        plain(2026, '本人2025年度述法评议结果为“好”，群众满意度98%。', shufa),
        plain(2026, '全市2025年行政复议案件纠错率为8%，我县低于全市平均水平。'),
        plain(2026, '县委2025年印发的《法治建设考核办法》共设指标36项。'),
        plain(2026, '全县2025年底的持证执法人员860名，今年新增60名。'),
        plain(2026, '我县2025年被确定为全省法治政府建设示范创建县，全年完成创建任务26项。'),
        plain(2026, '本人2025年9月到任后，坚持每季度听取法治建设工作汇报1次。', shufa),
        plain(2026, '本人自2025年6月任职以来，主持召开专题会议4次。', shufa),
        plain(2026, '本人2025年的述法评议结果为“好”等次。', shufa),
        plain(2026, '行政复议纠错率由2025年的8%降至5%。'),
        plain(2026, '2025年度考核中指出的2个问题已整改完毕。', self),
        plain(2026, '全县2025年确定的12项重点任务，今年全部完成。'),
        plain(2026, '共计承办2025年结转案件3件，全部审结。'),
        plain(2026, '2026年全县新建工作室12个，2025年新建8个。'),
        plain(2026, '2025年荣获全省法治政府建设示范县称号，今年全县行政复议纠错率为5%。'),
        plain(2025, '今年是法治政府建设实施纲要收官之年。'),
        plain(2025, '2025年是提升行政执法质量三年行动计划的收官之年。', self),
        plain(2026, '今年是法治社会建设实施纲要收官后的第一年。'),
        opened(2026, '2026年，我县在市委、市政府的坚强领导下，深入推进法治政府建设，现将有关情况报告如下。'),
        opened(2026, '2021年以来，我县连续五年开展法治政府建设示范创建，现将2026年度情况报告如下。'),
        opened(2026, '本人认真履行职责。', '对照2025年度述法评议意见，逐项整改到位。', shufa),
        opened(2026, '2026年，我县深入推进法治政府建设。', '全年审查规范性文件18件，2025年为15件。'),
        opened(2026, '2026年，我县深入推进法治政府建设。', '全县行政机关负责人出庭应诉率达到100%，较2025年提高5个百分点。'),
        opened(2026, '2026年，我镇深入推进法治建设。', '印发《某镇2026年法治建设工作要点》，明确任务26项。', self),
        opened(2026, '2026年，我县深入推进法治政府建设。', '按照《某县法治政府建设规划（2021—2025年）》收官要求，全面总结评估，形成评估报告1份。'),
        opened(2026, '2026年，我镇深入推进法治建设。', '对2025年度述法评议反馈问题开展了自查整改。', self),
        plain(2026, '今年是《党政主要负责人履行推进法治建设第一责任人职责规定》印发十周年。', shufa),
        plain(2026, '今年是《重大行政决策程序暂行条例》施行的第八年。'),
        plain(2026, '2026年是新修订的行政处罚法施行5周年。'),
        plain(2025, '今年是《中华人民共和国政府信息公开条例》施行的第十八年。'),
        plain(2026, '全年受理行政复议案件56件，上年同期为48件。'),
        plain(2026, '2025年同期全县办理行政复议案件48件。'),
        plain(2026, '本人2025年任县长以来，坚持每年主持学法4次。', shufa),
        plain(2026, '按照县政府2025年第12次常务会议决定，全年开展专项执法行动3次。'),
        plain(2026, '根据《某县人民政府关于印发2025年法治政府建设重点任务的通知》（某政发〔2025〕3号），全年完成任务32项。'),
        plain(2026, '全县2025年底前受理的历史遗留案件已全部化解。'),
        plain(2026, '2025年度法治政府建设考核中，我县获评优秀等次。'),
        plain(2026, '镇政府2025年出台的3项制度，今年均得到有效执行。', self),
        plain(2026, '我局2025年、2026年连续两年获评先进单位。'),
        plain(2026, '全县共有执法人员860名，其中2025年新增持证人员60名。'),
        plain(2026, '今年行政复议案件56件，2025年48件。'),
        plain(2026, '截至2026年底，全县累计建成法治文化阵地58个，比2025年底增加8个。'),
        whole(2026, '某县人民政府关于2026年度法治政府建设情况的报告\n2026年，我县坚持以习近平法治思想为指导，现将有关情况报告如下。\n一、主要举措和成效\n全年审查规范性文件18件，较2025年增加3件。\n二、2027年工作安排\n2027年，我县将加强执法培训。\n\n某县人民政府\n2027年2月10日'),
      ],
    },
    'signing-date': {
      found: [
        whole(2026, '某县人民政府关于2026年度法治政府建设情况的报告\n一、主要举措和成效\n全年审查规范性文件18件。\n\n某县人民政府\n2026年12月25日'),
        whole(2026, '某县人民政府关于2026年度法治政府建设情况的报告\n一、主要举措和成效\n全年审查规范性文件18件。\n\n某县人民政府\n2026年3月1日'),
        whole(2025, '某县县长2025年度述法报告\n一、履行职责情况\n全年主持专题学法4次。\n\n述法人：某县县长 李华\n2025年6月10日', shufa),
        whole(2025, '某县县长2025年度述法报告\n一、履行职责情况\n全年主持专题学法4次。\n\n述法人：某县县长 李华\n2024年1月10日', shufa),
        whole(2026, '某镇2026年度法治建设工作自查报告\n一、主要工作\n全年审查规范性文件18件。\n\n某镇人民政府\n2026年2月5日', self),
        whole(2026, '某县人民政府关于2026年度法治政府建设情况的报告\n一、主要举措和成效\n全年审查规范性文件18件。\n\n某县人民政府\n2028年1月20日'),
        whole(2026, '某县人民政府关于2026年度法治政府建设情况的报告\n一、主要举措和成效\n全年审查规范性文件18件。\n特此报告。\n\n某县人民政府　　2026年11月30日'),
        whole(2026, '某县人民政府关于2026年度法治政府建设情况的报告\n一、主要举措和成效\n全年审查规范性文件18件。\n\n某县人民政府\n二〇二六年十二月二十日'),
        whole(2026, '某县人民政府关于2026年度法治政府建设情况的报告\n一、主要举措和成效\n全年审查规范性文件18件。\n\n某县人民政府\n2027年6月15日'),
        whole(2026, '某县人民政府关于2026年度法治政府建设情况的报告\n一、主要工作\n全年审查规范性文件18件。\n\n某县人民政府\n2026年12月'),
        whole(2025, '某县县长2025年度述法报告\n一、履行职责情况\n全年主持专题学法4次。\n\n述法人：李华　2025年6月10日', shufa),
        whole(2026, '某镇2026年度法治建设工作自查报告\n一、主要工作\n全年审查规范性文件18件。\n\n某镇人民政府\n2026年3月15日', self),
        whole(2026, '某县人民政府关于2026年度法治政府建设情况的报告\n一、主要工作\n全年审查规范性文件18件。\n\n某县人民政府\n2026年12月28日\n（此件公开发布）'),
        whole(2025, '某县县长2025年度述法报告\n一、履行职责情况\n全年主持专题学法4次。\n\n述法人：李华\n日期：2025年3月2日', shufa),
      ],
      silent: [
        whole(2026, '某县人民政府关于2026年度法治政府建设情况的报告\n一、主要举措和成效\n全年审查规范性文件18件。\n\n某县人民政府\n2027年2月10日'),
        whole(2025, '某县县长2025年度述法报告\n一、履行职责情况\n全年主持专题学法4次。\n\n述法人：某县县长 李华\n2026年1月10日', shufa),
        whole(2026, '某县人民政府关于2026年度法治政府建设情况的报告\n一、主要举措和成效\n2026年3月1日起施行新修订的规定，全年审查规范性文件18件。\n\n某县人民政府\n2027年1月20日'),
        whole(2026, '某县人民政府关于2026年度法治政府建设情况的报告\n一、主要举措和成效\n全年审查规范性文件18件。\n\n某县人民政府\n二〇二七年一月十五日'),
        whole(2026, '某镇2026年度法治建设工作自查报告\n一、主要工作\n全年审查规范性文件18件。\n\n某镇人民政府\n2027年1月8日', self),
      ],
    },
    'impossible-date': {
      found: [
        plain(2026, '2026年2月29日，县政府召开常务会议审议《某县行政执法监督办法》。'),
        plain(2026, '4月31日，组织开展行政执法人员培训。'),
        plain(2025, '于2025年6月31日前完成规范性文件清理。', self),
        plain(2026, '2026年13月，全县开展执法检查。'),
        plain(2026, '9月31日至10月8日，开展“宪法宣传周”筹备工作。'),
        plain(2025, '11月31日，县委理论学习中心组开展集中学法。', shufa),
        plain(2026, '2026年02月30日，召开法治政府建设推进会。'),
        plain(2026, '二〇二六年二月三十日，召开法治政府建设推进会。'),
        plain(2026, '12月4日至12月32日，开展宪法宣传系列活动。'),
        plain(2025, '2025年2月29日，出台《重大行政决策程序规定》实施细则。'),
        plain(2026, '6月31号，召开法治政府建设推进会。'),
        plain(2026, '2026-02-30，召开法治政府建设推进会。'),
        plain(2026, '４月３１日召开法治政府建设推进会。'),
        plain(2026, '二〇二六年四月三十一日召开推进会。'),
        plain(2026, '2026年2月29日至3月2日开展专项检查。'),
        // No year of its own: the reported year or early the next, neither of them a leap year.
        plain(2025, '2月29日，县政府召开常务会议。'),
        plain(2026, '2026年4月0日召开推进会。'),
      ],
      silent: [
        plain(2024, '2024年2月29日，县政府召开常务会议。'),
        plain(2026, '2月28日至3月1日，开展执法检查。'),
        plain(2026, '12月4日，开展国家宪法日宣传活动。'),
        plain(2026, '6月30日前完成规范性文件清理。'),
        plain(2026, '全年办理案件31件，其中4月办结13件。'),
        plain(2026, '第31周召开推进会。'),
        plain(2026, '12月31日前完成清理。'),
        // 2024 is a leap year, and a report on 2023 is written early in 2024.
        plain(2023, '2月29日，县政府召开常务会议。'),
        plain(2025, '每年2月29日（闰年）开展专项检查。'),
      ],
    },
  }, draft);
});

/**
 * Years and expired documents in the plainest shapes a writer who read only the reference would write: a year called
 * an event's anniversary, Nth year or year held (dates from the sources, or the founding years everyone knows); a
 * plan said to close in a year its period does not end; an opening that sets the scene with last year before its own
 * year; an expired plan named in a sentence framed by its own period (“十四五”时期…, a section headed 回顾). Each
 * look-alike is a legitimate sentence of the same shape that must stay silent for the kind.
 */
describe('anniversaries, plans closing and openings with last year', () => {
  const wrap = countyHeadReport;

  /**
   * A whole short report with its own opening and sections, for the opening and the section a sentence sits in. The
   * probe keeps only the opening and the sections (so a failing probe is named by them); `draft` writes the report.
   */
  const whole = (year: number, opening: string, sections: string, type: Probe['type'] = 'law-based-government-annual-report'): Probe => ({ text: `@@${opening}\n${sections}`, year, type });
  const wholeReport = (year: number, inner: string) =>
    `某县人民政府${year}年法治政府建设情况报告\n${inner}\n三、存在问题\n执法监督力量不足。\n四、${year + 1}年工作打算\n建成县级行政执法监督平台。\n某县人民政府\n${year + 1}年2月10日`;
  const draft = (p: Probe) => (p.text.startsWith('@@') ? wholeReport(p.year, p.text.slice(2)) : wrap(p));
  const body = '一、主要工作\n全年审查规范性文件18件。';

  kindProbes('years', {
    'year-contradiction': {
      found: [
        // Anniversaries from the founding years: 新中国 1949, 建党 1921, 改革开放 1978, 现行宪法 1982.
        plain(2025, '今年是新中国成立75周年，全县干部职工依法履职。'),
        plain(2026, '今年是中华人民共和国成立76周年，我局扎实推进依法行政。'),
        plain(2025, '2025年是新中国成立七十五周年，全镇开展宪法宣传。', shufa),
        plain(2026, '今年是建党104周年，局党组带头尊法学法守法用法。'),
        plain(2025, '今年恰逢中国共产党成立103周年，县委组织专题学法。'),
        plain(2026, '今年是改革开放47周年，全县持续优化法治化营商环境。'),
        plain(2025, '今年是现行宪法公布施行42周年，全县开展“宪法宣传周”活动。'),
        // The year 三项制度 was rolled out: 指导意见 成文2018-12-05，发布2019-01-03 (official-phrases.md E4).
        plain(2025, '今年是全面推行行政执法“三项制度”的第一年，全市执法部门均已公布执法事项清单。'),
        plain(2026, '今年是全面推行行政执法三项制度的第五年，执法公示全面落实。', self),
        plain(2024, '2024年是行政执法“三项制度”全面推行的第一个年头，全县完成执法事项清单编制。'),
        // The years 中央全面依法治国工作会议 was held: 2020-11 and 2025-11 (official-phrases.md C1, currency-2026.md 2.1).
        plain(2026, '今年是中央全面依法治国工作会议召开之年，区委第一时间传达学习会议精神。', shufa),
        plain(2024, '2024年是中央全面依法治国工作会议召开之年，县委常委会专题学习。'),
        plain(2025, '适逢新中国成立75周年，我局组织干部职工开展宪法宣誓活动。'),
        plain(2025, '正值建党105周年，局党组带头学习党内法规。'),
        // The plenums whose decisions the sources date: 十八届四中全会 2014-10, 二十届四中全会 2025-10 (currency-2026.md 2.2).
        plain(2025, '今年是党的十八届四中全会召开10周年，全县深入学习全面推进依法治国的决定。'),
        plain(2026, '今年是二十届四中全会召开之年，全县认真学习全会精神。'),
        plain(2026, '今年是习近平法治思想提出五周年，局党组深入学习贯彻。', shufa),
        plain(2024, '今年是“十一个坚持”提出五周年，全县开展专题学习。'),
        // A plan closing in a year its period does not end (八五 2021—2025, currency-2026.md 1).
        plain(2026, '今年，“八五”普法规划顺利收官，全乡普法宣传覆盖全部村组。', self),
        plain(2026, '本年度，“十四五”规划圆满收官，全县法治政府建设迈上新台阶。'),
        plain(2024, '今年，“八五”普法规划如期收官，全县开展总结验收。'),
        plain(2026, '今年，法治政府建设实施纲要顺利收官，全县对标完成各项任务。'),
      ],
      silent: [
        plain(2024, '今年是新中国成立75周年，全县干部职工依法履职。'),
        plain(2025, '今年是新中国成立76周年，全县干部职工依法履职。'),
        plain(2025, '在新中国成立75周年之际，我县开展宪法宣传活动。'),
        plain(2025, '新中国成立以来，我国法治建设取得历史性成就。'),
        plain(2021, '今年是建党100周年，局党组带头尊法学法守法用法。'),
        plain(2022, '今年是现行宪法公布施行40周年，全县开展“宪法宣传周”活动。'),
        plain(2025, '2019年是全面推行行政执法“三项制度”的第一年，全县已连续七年落实三项制度。'),
        plain(2025, '今年是全面推行行政执法“三项制度”的第七年，执法公示全面落实。'),
        plain(2025, '今年是中央全面依法治国工作会议召开之年，县委第一时间传达学习会议精神。', shufa),
        plain(2026, '县委常委会专题学习2025年中央全面依法治国工作会议精神。'),
        plain(2024, '今年是党的十八届四中全会召开10周年，全县深入学习全面推进依法治国的决定。'),
        plain(2025, '今年是二十届四中全会召开之年，全县认真学习全会精神。'),
        plain(2026, '党的二十届四中全会召开以来，全县认真学习全会精神。'),
        plain(2025, '今年是习近平法治思想提出五周年，局党组深入学习贯彻。', shufa),
        plain(2026, '今年是深入学习贯彻习近平法治思想的重要一年，局党组带头学法。'),
        plain(2025, '适逢新中国成立76周年，我局组织干部职工开展宪法宣誓活动。'),
        plain(2025, '我局在庆祝新中国成立75周年之际组织专题学法。'),
        plain(2026, '正值建党105周年，局党组带头学习党内法规。'),
        plain(2025, '今年，“八五”普法规划顺利收官，全县开展总结验收。'),
        plain(2026, '“八五”普法规划已顺利收官，今年我县按照上级部署开展普法。'),
        plain(2026, '今年是“八五”普法规划收官后的第一年，全县做好衔接。'),
        plain(2026, '2025年，“八五”普法规划顺利收官，全县普法工作得到群众认可。'),
      ],
    },
  }, draft);

  kindProbes('opening years', {
    'year-contradiction': {
      found: [
        // An opening that never names its own year but opens with the year before: last year's opening kept.
        whole(2026, '2025年，县政府在县委领导下扎实推进法治政府建设。', body),
        whole(2026, '2025年以来，县政府在县委领导下扎实推进法治政府建设。', body),
        whole(2025, '2024年度，我局坚持以习近平法治思想为指导，依法履职。', body),
        whole(2026, '现将2025年度法治政府建设情况报告如下。', body),
        whole(2026, '2025年，我局坚持以习近平法治思想为指导，全面推进依法行政。', body),
        whole(2025, '2024年，镇党委、镇政府认真贯彻落实上级决策部署，扎实推进法治建设。', body),
        whole(2026, '2025年度，区政府坚持依法行政，全面完成年度任务。', body),
        whole(2026, '2027年，县政府在县委领导下扎实推进法治政府建设。', body),
        whole(2024, '2023年以来，我县深入学习贯彻习近平法治思想。', body),
        whole(2026, '2025年，县政府认真落实法治政府建设各项任务，现将有关情况报告如下。', body),
      ],
      silent: [
        // The previous year sets the scene, then the report's year: 2025年，“八五”普法规划顺利收官。2026年，县政府….
        whole(2026, '2025年，“八五”普法规划顺利收官。2026年，县政府在巩固普法成果的基础上继续抓好学法用法。', body),
        whole(2026, '2025年，“十四五”规划圆满收官。今年以来，县政府坚持依法行政。', body),
        whole(2026, '2025年，全县法治政府建设示范创建通过验收。2026年，县政府继续推进依法行政。', body),
        whole(2026, '2025年，“一规划两纲要”期满收官，县政府对照目标完成总结评估。', body),
        whole(2026, '2026年，县政府在县委领导下扎实推进法治政府建设。', body),
        whole(2026, '2015年，中共中央、国务院印发《法治政府建设实施纲要（2015—2020年）》；2021年以来，我县按照新纲要全面建设法治政府。', body),
        whole(2026, '2025年，“八五”普法规划圆满收官。今年，县政府围绕新一轮规划衔接推进普法。', body),
        whole(2026, '2025年，我县通过省级法治政府建设示范县验收；2026年，县政府对标巩固创建成果。', body),
        whole(2026, '2021年以来，我县按照法治政府建设实施纲要全面建设法治政府。2026年，县政府继续推进依法行政。', body),
        whole(2026, '本年度，县政府坚持依法行政。2025年，县政府已完成法治政府建设示范创建。', body),
        whole(2025, '2024年，“十四五”规划进入攻坚阶段。2025年，县政府全面完成法治政府建设年度任务。', body),
      ],
    },
  }, draft);

  kindProbes('expired documents', {
    'expired-document-as-guidance': {
      found: [
        whole(2026, '2026年，县政府扎实推进法治政府建设。', '一、主要工作\n县政府对照《法治政府建设实施纲要（2021—2025年）》开展年度自查。'),
        whole(2026, '2026年，县政府扎实推进法治政府建设。', '一、2026年工作回顾\n县政府对照《法治政府建设实施纲要（2021—2025年）》推进法治机关建设。'),
        whole(2026, '2026年，县政府扎实推进法治政府建设。', '一、主要工作\n“十五五”时期开局之年，县政府按照“八五”普法规划部署开展普法。'),
        whole(2026, '2026年，县政府扎实推进法治政府建设。', '一、主要工作\n统筹推进“一规划两纲要”在本地贯彻落实。'),
        whole(2026, '2026年，县政府扎实推进法治政府建设。', '一、主要工作\n2026年，县政府深入贯彻落实《法治政府建设实施纲要（2021—2025年）》。'),
        whole(2026, '2026年，县政府扎实推进法治政府建设。', '一、主要工作\n今年，我局深入实施《提升行政执法质量三年行动计划（2023—2025年）》，开展执法人员轮训。'),
        whole(2026, '2026年，县政府扎实推进法治政府建设。', '一、主要工作\n按照“八五”普法规划部署，全年组织普法活动42场。'),
        whole(2026, '2026年，县政府扎实推进法治政府建设。', '一、2026年工作回顾\n按照《法治社会建设实施纲要（2020—2025年）》要求推进法治社会建设。'),
        whole(2026, '2026年，县政府扎实推进法治政府建设。', '一、主要工作\n“十五五”期间，县政府将继续对照《法治政府建设实施纲要（2021—2025年）》推进工作。'),
        whole(2026, '2026年，县政府扎实推进法治政府建设。', '一、主要工作\n围绕《法治中国建设规划（2020—2025年）》目标任务推进本年度工作。'),
      ],
      silent: [
        whole(2026, '2026年，县政府扎实推进法治政府建设。', '一、回顾\n“十四五”时期，县政府对照《法治政府建设实施纲要（2021—2025年）》完成了各项目标任务。\n二、2026年主要工作\n全年办理行政复议案件214件。'),
        whole(2026, '2026年，市自然资源局扎实推进法治机关建设。', '一、回顾与衔接\n“十四五”时期，我局对照《法治政府建设实施纲要（2021—2025年）》推进法治机关建设，相关任务已于2025年底前全部完成。\n二、2026年主要工作\n完成规范性文件清理。'),
        whole(2026, '2026年，县政府扎实推进法治政府建设。', '一、主要工作\n过去五年，县政府对照《法治政府建设实施纲要（2021—2025年）》逐项推进，建成示范县。'),
        whole(2026, '2026年，县政府扎实推进法治政府建设。', '一、主要工作\n“十四五”期间，全县按照“八五”普法规划部署开展普法活动1200余场。'),
        whole(2026, '2026年，区委依法治区办扎实推进法治建设。', '一、推进法治建设“一规划两纲要”收官后的衔接工作\n区委依法治区办梳理2021—2025年法治建设任务完成情况，形成总结评估报告。', self),
        whole(2026, '2026年，县政府扎实推进法治政府建设。', '一、回顾\n五年来，县政府围绕《法治中国建设规划（2020—2025年）》目标推进各项工作。'),
        whole(2026, '2026年，县政府扎实推进法治政府建设。', '一、主要工作\n“一规划两纲要”圆满收官后，县政府开展了总结评估。'),
        whole(2026, '2026年，县政府扎实推进法治政府建设。', '一、主要工作\n“十四五”以来，县政府对照《法治政府建设实施纲要（2021—2025年）》逐年推进，建成示范县。'),
        whole(2026, '2026年，县政府扎实推进法治政府建设。', '一、工作回顾\n县政府贯彻落实《法治政府建设实施纲要（2021—2025年）》，五年任务全部完成。'),
        whole(2026, '2026年，县政府扎实推进法治政府建设。', '一、主要工作\n“十三五”时期，我县按照《法治政府建设实施纲要（2015—2020年）》建成示范县。'),
        whole(2026, '2026年，县政府扎实推进法治政府建设。', '一、主要工作\n这五年，全县按照“八五”普法规划部署完成普法任务。'),
      ],
    },
  }, draft);

  describe('one mistake, one finding of its kind, and only a hint', () => {
    it('gives the anniversary slip one year-contradiction hint', () => {
      const found = check(wrap(plain(2025, '今年是新中国成立75周年，全县干部职工依法履职。')), 2025).filter((f) => kindOf.get(f.rule) === 'year-contradiction');
      expect(found).toHaveLength(1);
      expect(found[0]!.level).toBe('hint');
      expect(found[0]!.message).toContain('1949');
    });
    it('gives last year kept in the opening only a hint', () => {
      const p = whole(2026, '2025年，县政府在县委领导下扎实推进法治政府建设。', body);
      const found = check(draft(p), 2026).filter((f) => f.rule === 'consistency-opening-year');
      expect(found).toHaveLength(1);
      expect(found[0]!.level).toBe('hint');
    });
    it('keeps 2025年以来 in the opening an error', () => {
      const p = whole(2026, '2025年以来，县政府在县委领导下扎实推进法治政府建设。', body);
      expect(check(draft(p), 2026).filter((f) => f.rule === 'consistency-opening-year').map((f) => f.level)).toEqual(['error']);
    });
  });
});

/**
 * Years in the shapes a writer who read only the reference would write: a title that kept last year's year while the
 * body reports on this one; the war's victory (1945) counted as an anniversary; a part of the year with its own count
 * beside the whole year's; a plan told as finished in the year before the report. Each look-alike is a legitimate
 * sentence of the same shape that must stay silent for the kind.
 */
describe('a title that kept last year, part of the year beside the whole', () => {
  const wrap = countyHeadReport;

  /** A whole report given with its own title and body: only the sections and 落款 are added. */
  const whole = (year: number, title: string, body: string, type: Probe['type'] = 'law-based-government-annual-report'): Probe =>
    ({ text: `@@${title}\n${body}\n二、存在的不足\n执法队伍专业化不足。\n三、${year + 1}年工作安排\n加强执法培训。\n某县人民政府\n${year + 1}年2月10日`, year, type });
  const draft = unlessWhole(wrap);

  kindProbes('years', {
    'year-contradiction': {
      found: [
        // The war's victory, 1945: 70周年 was 2015, 80周年 is 2025.
        plain(2025, '今年恰逢抗日战争胜利70周年，县档案馆举办抗战史料展。'),
        plain(2026, '2026年是抗战胜利80周年，全县开展国防教育法宣传。'),
        plain(2025, '正值世界反法西斯战争胜利七十周年，县关工委组织青少年学法。', shufa),
        // A title that kept another year while the body reports on the report's year.
        whole(2025, '某县人民政府2024年法治政府建设年度报告', '2025年，县政府坚持依法行政，现将有关情况报告如下。\n一、主要举措和成效\n全年审查规范性文件18件。'),
        whole(2026, '某局党组书记2025年度述法报告', '本人2026年度履行推进法治建设第一责任人职责情况报告如下。\n一、履职情况\n主持召开局党组会议专题研究法治建设4次。', shufa),
        whole(2025, '某镇2024年度法治建设工作自查报告', '按照县委依法治县办要求，我镇对2025年度法治建设工作开展了自查。\n一、工作开展情况\n全镇调解矛盾纠纷86件。', self),
        // A part of the year still called the whole year when it has no count of its own.
        plain(2025, '2025年1至10月，全年累计开展普法活动46场。'),
        plain(2025, '截至2025年上半年，全年共受理政府信息公开申请18件。'),
      ],
      silent: [
        plain(2025, '今年是抗日战争胜利80周年，全县开展英烈保护法宣传。'),
        plain(2026, '在抗战胜利80周年之际，我局组织干部参观纪念馆。'),
        plain(2025, '2015年是世界反法西斯战争胜利70周年，县里曾举办纪念活动。'),
        whole(2025, '某县人民政府2025年法治政府建设年度报告', '2025年，县政府坚持依法行政，现将有关情况报告如下。\n一、主要举措和成效\n全年审查规范性文件18件。'),
        // A title on another year's feedback, which the body names too.
        whole(2025, '某县人民政府关于2024年度述法反馈问题整改情况的报告', '针对2024年度述法反馈的3个问题，2025年逐项完成整改。\n一、整改落实情况\n修订重大行政决策程序规定1件。'),
        whole(2025, '某县2021—2025年法治政府建设工作总结报告', '2025年，县政府对五年来法治政府建设情况进行总结。\n一、主要成效\n五年共审查规范性文件96件。'),
        // A part of the year with its own count, then the whole year's figure.
        plain(2025, '2025年1—9月，共办理行政复议案件21件；全年共办理30件。'),
        plain(2025, '上半年共开展执法检查12次，全年累计开展25次。'),
        plain(2026, '2026年1至11月，受理行政复议申请40件，全年受理44件。'),
      ],
    },
    'expired-document-as-guidance': {
      found: [
        plain(2026, '2026年，统筹推进“一规划两纲要”在本地贯彻落实。'),
        // An earlier year without a word of completion is the writer's own account, still cited as guidance.
        plain(2026, '2025年，全县深入实施“一规划两纲要”，今年继续对标推进。'),
        plain(2026, '今年，全县对照“一规划两纲要”部署重点任务。'),
      ],
      silent: [
        plain(2026, '2025年，全县“一规划两纲要”确定的目标任务已全部完成。'),
        plain(2026, '截至2025年底，“一规划两纲要”各项任务均已完成。'),
        plain(2026, '2025年，我县“一规划两纲要”各项指标如期完成，为新一轮规划打下基础。', shufa),
      ],
    },
  }, draft);

  describe('years: levels', () => {
    it('gives the war-victory anniversary only a hint, as the other fixed years', () => {
      const found = check(wrap(plain(2025, '今年恰逢抗日战争胜利70周年，县档案馆举办抗战史料展。')), 2025).filter((f) => kindOf.get(f.rule) === 'year-contradiction');
      expect(found.map((f) => f.level)).toEqual(['hint']);
    });
    it('gives a title year only a hint, once', () => {
      const p = whole(2025, '某县人民政府2024年法治政府建设年度报告', '2025年，县政府坚持依法行政，现将有关情况报告如下。\n一、主要举措和成效\n全年审查规范性文件18件。');
      const found = check(draft(p), 2025).filter((f) => kindOf.get(f.rule) === 'year-contradiction');
      expect(found.map((f) => [f.text, f.level])).toEqual([['2024年', 'hint']]);
    });
    it('says nothing of the title when no year is given, since the year is then read from the title', () => {
      const p = whole(2025, '某县人民政府2024年法治政府建设年度报告', '2025年，县政府坚持依法行政。\n一、主要举措和成效\n全年审查规范性文件18件。');
      const titleYears = checkWith(draft(p), { type: 'law-based-government-annual-report' }).filter((f) => kindOf.get(f.rule) === 'year-contradiction' && f.start < 20);
      expect(titleYears).toEqual([]);
    });
  });
});

/**
 * A sweep of the dated facts in the reference, in the shapes a writer who read only the reference would plant: each
 * plan's period (一规划两纲要, “八五”“七五”普法, “十四五”“十五五”, 三年行动计划, 法治领域改革纲要) with the year
 * labels writers attach to the reported year (开局之年, 收官之年, 第N年, 最后一年); each fixed or sourced event's
 * anniversary (新中国成立, 建党, 改革开放, 现行宪法, 抗战胜利, 规定印发, 条例施行, 工作会议召开, “十一个坚持”提出,
 * “关键少数”提出); each ended or replaced 文件 cited as the current basis by title, short name, issue year or 文号;
 * dates off the calendar. Each family is probed in 2024, 2025 and 2026 reports, and each has legitimate look-alikes:
 * the right count, history told as such, next year's plans, a plan still in its period.
 */
describe('plan periods, anniversaries, ended documents and the calendar', () => {
  const wrap = countyHeadReport;

  /** A sentence put in the report's section on next year's plans, not under its review of the year. */
  const inPlans = (year: number, line: string): Probe => ({
    text: `@@某县人民政府关于${year}年度法治政府建设情况的报告\n${year}年，我县坚持依法行政，现将有关情况报告如下。\n一、主要举措和成效\n全年审查规范性文件18件。\n二、存在的不足\n执法队伍专业化不足。\n三、${year + 1}年工作安排\n${line}\n某县人民政府\n${year + 1}年2月10日`,
    year,
  });
  /** A short report signed on a given date. */
  const signed = (year: number, date: string, type: Probe['type'] = 'law-based-government-annual-report'): Probe => ({
    text: `@@某县人民政府${year}年度法治政府建设年度报告\n现将有关情况报告如下。\n一、主要举措和成效\n全年审查规范性文件18件。\n二、存在的不足\n执法队伍专业化不足。\n三、下一步工作安排\n加强执法培训。\n\n某县人民政府\n${date}`,
    year,
    type,
  });
  const draft = unlessWhole(wrap);

  /** Plan periods with the labels of a year (currency-2026.md 1; requirements.md 四; the “十N五” arithmetic). */
  const planLabels = {
    found: [
      plain(2026, '今年是“十四五”规划收官之年，县政府全面总结法治政府建设成效。'),
      plain(2024, '今年是“十四五”规划收官之年，我县加快推进法治政府建设。'),
      plain(2025, '今年是“十五五”规划开局之年，全县谋划法治建设新任务。'),
      plain(2024, '今年是“十四五”规划实施的第三个年头，全县法治建设稳步推进。'),
      plain(2026, '本年度是“十五五”时期的第二年，全县法治建设开局良好。'),
      plain(2026, '2026年是“八五”普法规划收官之年，全县开展普法总结验收。'),
      plain(2024, '今年是“八五”普法规划的收官之年，全县深入开展普法宣传。'),
      plain(2025, '今年是“八五”普法规划实施的第四年，全县组织普法活动120场。'),
      plain(2024, '今年是“八五”普法的最后一年，全县普法工作全面收尾。', shufa),
      plain(2020, '今年是“七五”普法规划实施的第四年，全镇普法宣传深入开展。', self),
      plain(2026, '今年是法治政府建设实施纲要实施的最后一年，全县对照纲要查漏补缺。'),
      plain(2022, '今年是贯彻落实《法治政府建设实施纲要（2021—2025年）》的开局之年，县政府制定实施方案。'),
      plain(2024, '今年是法治中国建设规划收官之年，全县加快补齐短板。'),
      plain(2025, '今年是法治社会建设实施纲要实施的第五年，全县开展法治社会建设评估。'),
      plain(2024, '2024年是提升行政执法质量三年行动计划的收官之年，县司法局开展执法质量评估。'),
      plain(2025, '今年是提升行政执法质量三年行动计划实施的第二年，全县开展执法案卷评查。'),
      plain(2026, '今年是《全面深化法治领域改革纲要（2023—2027年）》的收官之年，全县加快落实改革任务。'),
      plain(2025, '今年是《全面深化法治领域改革纲要（2023—2027年）》实施的第二年，全县推进法治领域改革。'),
      // Other shapes of the claim: 作为, 正值, 进入, 收官年 without 之, the year in Chinese numerals, 第六年 of a six-year plan.
      plain(2026, '2026年作为“十四五”规划收官之年，全县法治建设任务艰巨。'),
      plain(2024, '本年度正值“八五”普法规划收官之年，全县开展普法成效评估。'),
      plain(2024, '2024年，“八五”普法规划进入收官之年，全县加快推进普法任务落实。'),
      plain(2026, '今年是“十四五”收官年，全县全面完成法治政府建设任务。'),
      plain(2025, '二〇二五年是“十五五”规划开局之年，全县谋划法治建设新任务。'),
      plain(2026, '今年是法治社会建设实施纲要实施的第六年，全县开展法治社会建设评估。'),
      plain(2026, '今年是法治政府建设实施纲要（2021—2025年）的收官之年，县政府全面对标对表。'),
      plain(2024, '在“十四五”规划收官之年，我县全面完成法治建设各项任务。'),
      plain(2025, '值此“十五五”开局之年，全县谋划法治政府建设新举措。'),
      plain(2026, '2026年是“十五五”规划的开局之年，也是“八五”普法规划的收官之年。'),
      plain(2026, '今年是“十五五”规划实施的第一年，也是“八五”普法规划实施的第六年。'),
    ],
    silent: [
      plain(2025, '今年是“十四五”规划收官之年，县政府全面总结法治政府建设成效。'),
      plain(2026, '今年是“十五五”规划开局之年，全县谋划法治建设新任务。'),
      plain(2026, '今年是“八五”普法规划收官后的第一年，全县谋划新一轮普法工作。'),
      plain(2025, '今年是“八五”普法规划实施的第五年，全县组织普法活动120场。'),
      plain(2024, '今年是“十四五”规划实施的第四年，全县法治建设稳步推进。'),
      plain(2023, '今年是提升行政执法质量三年行动计划的开局之年，县司法局制定实施方案。'),
      plain(2026, '2025年是“十四五”收官之年，2026年是“十五五”开局之年，全县法治建设承前启后。'),
      plain(2026, '今年是“十五五”规划实施的关键之年，全县持续深化法治政府建设。'),
      plain(2025, '今年是法治政府建设实施纲要实施的最后一年，全县对照纲要查漏补缺。'),
      plain(2025, '今年是《全面深化法治领域改革纲要（2023—2027年）》实施的第三年，全县推进法治领域改革。'),
      plain(2024, '今年是法治中国建设规划实施的第五年，全县加快补齐短板。'),
      plain(2025, '2025年作为“十四五”规划收官之年，全县法治建设任务艰巨。'),
      plain(2025, '本年度正值“八五”普法规划收官之年，全县开展普法成效评估。'),
      plain(2025, '今年是法治社会建设实施纲要实施的第六年，全县开展法治社会建设评估。'),
      plain(2026, '在“十四五”规划收官之年的基础上，我县2026年开局良好。'),
      plain(2026, '2024年是“八五”普法规划实施的第四年，全县曾开展普法中期评估。'),
      plain(2026, '在“十四五”规划圆满收官的基础上，2026年全县法治建设开局良好。'),
      plain(2025, '在“十四五”规划收官之年，我县全面完成法治建设各项任务。'),
      plain(2026, '值此“十五五”开局之年，全县谋划法治政府建设新举措。'),
      inPlans(2025, '在“十五五”开局之年，我县将深入推进法治政府建设。'),
      plain(2025, '2025年既是“十四五”规划收官之年，也是“十五五”规划谋篇布局之年。'),
    ],
  };

  /** Anniversaries and Nth years of dated events (consistency.yaml event years; the sources' dates). */
  const anniversaries = {
    found: [
      plain(2024, '今年是新中国成立76周年，全县干部群众依法履职。'),
      plain(2026, '今年是新中国成立七十六周年，全县开展宪法宣传周活动。'),
      plain(2026, '今年是建党104周年，局党组带头学法。', shufa),
      plain(2024, '今年是改革开放45周年，全县持续优化法治化营商环境。'),
      plain(2025, '今年是现行宪法公布施行42周年，全县开展宪法宣传。'),
      plain(2025, '今年是抗日战争胜利79周年，全县开展英烈保护法宣传。'),
      plain(2026, '今年是《党政主要负责人履行推进法治建设第一责任人职责规定》印发九周年，本人带头履职。', shufa),
      plain(2025, '今年是新修订的行政复议法施行的第一年，县政府统一行使行政复议职责。'),
      plain(2026, '今年是《重大行政决策程序暂行条例》施行的第六个年头，县政府严格落实决策程序。'),
      plain(2026, '今年是中央全面依法治国工作会议召开之年，县委传达学习会议精神。'),
      plain(2025, '今年是“十一个坚持”提出四周年，全县深入学习习近平法治思想。'),
      plain(2025, '今年是党的十八届四中全会召开十周年，全县回顾法治建设历程。'),
      plain(2025, '今年是全面推行行政执法“三项制度”的第五年，全县执法部门公示执法信息。'),
      plain(2026, '今年是领导干部这个“关键少数”提出十周年，县委中心组专题学法。'),
      plain(2024, '今年是习近平法治思想提出五周年，全县开展专题学习。'),
      // Other names of the same events and other texts in force (central-documents.md; official-phrases.md C2, C3).
      plain(2025, '今年是中华人民共和国成立75周年，全县开展法治文艺汇演。'),
      plain(2024, '今年是建国76周年，全县干部群众依法履职。'),
      plain(2026, '今年是中国共产党建党104周年，局党组带头学法。'),
      plain(2024, '今年是现行宪法颁布实施40周年，全县开展宪法宣传周活动。'),
      plain(2025, '今年是现行宪法公布实施四十周年，全县开展宪法进万家活动。'),
      plain(2026, '今年是中国人民抗日战争暨世界反法西斯战争胜利80周年，全县开展主题教育。'),
      plain(2026, '今年是《优化营商环境条例》施行五周年，县政府持续优化法治化营商环境。'),
      plain(2025, '今年是新修订的行政处罚法施行五周年，全县推行包容审慎监管。'),
      plain(2024, '今年是“十个坚持”提出五周年，县委理论学习中心组专题学习。'),
      plain(2025, '2025年是中央全面依法治国委员会第一次会议召开六周年，全县深入学习会议精神。'),
      plain(2025, '今年恰逢全面推行行政执法“三项制度”的第五个年头，全县执法部门公示执法信息。'),
      plain(2024, '今年是《法治政府建设与责任落实督察工作规定》施行四周年，县政府开展法治督察。'),
      plain(2026, '今年是新行政复议法施行一周年，县政府统一行使行政复议职责。'),
      plain(2026, '今年是新《行政复议法》施行的第二年，县政府统一行使行政复议职责。'),
      plain(2023, '今年是党的二十大胜利召开之年，全县深入学习贯彻大会精神。'),
      plain(2026, '今年是党的二十大召开三周年，全县持续深化法治建设。'),
      plain(2024, '今年是党的十九大召开六周年，全县回顾乡村治理成效。'),
    ],
    silent: [
      plain(2024, '今年是新中国成立75周年，全县干部群众依法履职。'),
      plain(2026, '今年是建党105周年，局党组带头学法。', shufa),
      plain(2026, '今年是《党政主要负责人履行推进法治建设第一责任人职责规定》印发十周年，本人带头履职。', shufa),
      plain(2025, '今年是新修订的行政复议法施行的第二年，县政府统一行使行政复议职责。'),
      plain(2026, '2025年是中央全面依法治国工作会议召开之年，县委及时传达学习会议精神。'),
      plain(2025, '今年是“十一个坚持”提出五周年，全县深入学习习近平法治思想。'),
      plain(2024, '今年是党的十八届四中全会召开十周年，全县回顾法治建设历程。'),
      plain(2025, '今年是领导干部这个“关键少数”提出十周年，县委中心组专题学法。'),
      plain(2025, '在新中国成立76周年之际，全县开展宪法宣传活动。'),
      plain(2025, '今年是习近平法治思想提出五周年，全县开展专题学习。'),
      plain(2024, '今年是中华人民共和国成立75周年，全县开展法治文艺汇演。'),
      plain(2024, '今年是现行宪法公布施行42周年，全县开展宪法宣传周活动。'),
      plain(2025, '今年是中国人民抗日战争暨世界反法西斯战争胜利80周年，全县开展主题教育。'),
      plain(2025, '今年是《优化营商环境条例》施行五周年，县政府持续优化法治化营商环境。'),
      plain(2026, '今年是新修订的行政处罚法施行五周年，全县推行包容审慎监管。'),
      plain(2023, '今年是“十个坚持”提出五周年，县委理论学习中心组专题学习。'),
      plain(2024, '今年是《法治政府建设与责任落实督察工作规定》施行五周年，县政府开展法治督察。'),
      plain(2026, '今年是政府信息公开条例施行十八周年，县政府持续深化政务公开。'),
      plain(2025, '今年是修订后的行政复议法施行一周年，县政府统一行使行政复议职责。'),
      plain(2025, '今年是新行政复议法施行的第二年，县政府统一行使行政复议职责。'),
      plain(2026, '今年是《重大行政决策程序暂行条例》施行七周年，县政府严格落实决策程序。'),
      plain(2022, '今年是党的二十大胜利召开之年，全县深入学习贯彻大会精神。'),
      plain(2025, '今年是党的二十大召开三周年，全县持续深化法治建设。'),
      plain(2023, '今年是全面贯彻党的二十大精神的开局之年，全县深入推进法治建设。'),
      plain(2023, '今年是党的二十大召开后的第一年，全县深入推进法治建设。'),
    ],
  };

  /** Another year written as the reported year's (today, this year, the whole year, the year's end). */
  const reportedYear = {
    found: [
      plain(2025, '截至2024年底，全县共培养“法律明白人”1260名。'),
      plain(2026, '今年（2025年）共办理行政复议案件36件。'),
      plain(2024, '本年度（2023年）县政府常务会议学法12次。'),
      plain(2025, '2024年，全县共受理政府信息公开申请86件，均按期答复。'),
      plain(2026, '2025年以来，全县共审查行政规范性文件26件。'),
      plain(2026, '2025年1月1日至12月31日，全县共办理行政复议案件36件。'),
      plain(2025, '本人2024年主持召开县政府常务会议学法4次。', shufa),
      plain(2026, '2027年全镇共调解矛盾纠纷86件，调解成功率98%。', self),
      plain(2026, '2025年度，全县共审查行政规范性文件26件，均按期备案。'),
      plain(2025, '全县2024年行政复议纠错率为8.5%，行政诉讼败诉率为3%。'),
      plain(2026, '二〇二五年，全县共受理政府信息公开申请86件。'),
      plain(2024, '截至2023年12月31日，全县共办理行政复议案件36件。'),
      plain(2025, '截至2026年底，全县共办理行政复议案件36件。'),
      plain(2025, '2024年全年共办理行政复议案件36件，纠错率8%。'),
    ],
    silent: [
      plain(2025, '2025年1—11月，全县共受理行政复议申请41件。'),
      plain(2025, '与2024年相比，行政诉讼败诉率下降2个百分点。'),
      plain(2026, '全年共办理行政复议案件36件，较2025年增长12%。'),
      inPlans(2025, '2026年，全县将开展“八五”普法规划总结后的新一轮普法。'),
      plain(2024, '2023年度述法评议中反馈的3个问题，2024年已全部整改到位。'),
      plain(2026, '2025年全县共办理行政复议案件30件，2026年增至36件。'),
      plain(2025, '在2024年度法治政府建设考核中，我县位列全市第3名。'),
      plain(2025, '对2024年度自查发现的5个问题，已全部整改完毕。', self),
      plain(2026, '行政诉讼败诉率较2025年同期下降3个百分点。'),
      inPlans(2025, '2026年，全县力争行政复议纠错率控制在5%以内。'),
      plain(2026, '2026年1月至11月，全县共受理行政复议申请41件。'),
      // A figure compared with its own year before, and a stock at last year's end as the baseline (rounds 15 and 17).
      plain(2025, '全县2024年行政复议纠错率为8.5%，较上年下降1个百分点。'),
      plain(2024, '截至2023年12月31日，全县共有行政执法人员865名，2024年新增持证人员42名。'),
    ],
  };

  /** Ended or replaced 文件 cited as the basis of work after their period (currency-2026.md 1; official-phrases.md A1 D2). */
  const expiredBasis = {
    found: [
      plain(2026, '按照《法治政府建设实施纲要（2021—2025年）》要求，全县推进行政执法规范化。'),
      plain(2026, '根据中发〔2021〕33号文件精神，县政府完善依法决策机制。'),
      plain(2026, '深入贯彻落实《法治中国建设规划（2020—2025年）》，推进法治县建设。'),
      plain(2026, '对照《法治社会建设实施纲要（2020—2025年）》，全县推进法治社会建设。'),
      plain(2026, '依据“八五”普法规划，全县开展宪法宣传活动。'),
      plain(2026, '落实国办发〔2023〕27号文件要求，开展行政执法质量提升行动。'),
      plain(2026, '按照提升行政执法质量三年行动计划，县司法局组织执法人员培训。'),
      plain(2026, '全县继续以“八五”普法规划为遵循，推进普法工作。'),
      plain(2026, '在法治政府建设实施纲要（2021—2025年）的指导下，县政府推进依法行政。'),
      plain(2026, '贯彻2021年印发的法治政府建设实施纲要，县政府健全行政决策制度。'),
      plain(2026, '按照中发〔2021〕26号文件部署，全县开展普法宣传。'),
      plain(2024, '按照《法治政府建设实施纲要（2015—2020年）》，全县推进依法行政。'),
      plain(2024, '按照“七五”普法规划要求，全镇开展普法宣传。', self),
      inPlans(2025, '2026年，继续按照“八五”普法规划部署开展普法宣传。'),
      plain(2026, '本年度，全县紧扣“一规划两纲要”确定的目标推进法治建设。'),
      // Other names of the same plans: the bare name once ended, the series' long names, the issue year, another dash.
      plain(2026, '2026年，县政府以法治政府建设实施纲要为指引，推进依法行政。'),
      plain(2026, '按照八五普法工作要求，全镇开展“法律进乡村”活动。', self),
      plain(2026, '根据第八个五年法治宣传教育规划，全县开展宪法宣传。'),
      plain(2026, '严格落实法治政府建设实施纲要（2021-2025年）各项要求。'),
      plain(2024, '按照2015年印发的法治政府建设实施纲要，全县推进依法行政。'),
      plain(2025, '按照“七五”普法规划要求，全镇开展普法宣传。', self),
      plain(2026, '全县以“一规划两纲要”为统领，推进法治建设。'),
      plain(2026, '依据法治中国建设规划，县委推进法治县建设。'),
      plain(2026, '按照《法治政府建设实施纲要》（2021—2025年）部署，县政府推进政务公开。'),
      plain(2026, '按照“八五”普法规划要求，全县今年新培养“法律明白人”320名。'),
      plain(2026, '2026年，按照“八五”普法规划部署，全县完成了普法档案整理。'),
      plain(2026, '继续贯彻落实“八五”普法规划，确保各项任务全面完成。'),
      plain(2026, '按照法治政府建设实施纲要要求，力争各项任务如期完成。'),
      plain(2026, '持续落实法治政府建设实施纲要，推进严格规范公正文明执法。'),
      plain(2026, '根据《中共中央、国务院转发〈中央宣传部、司法部关于开展法治宣传教育的第八个五年规划（2021—2025年）〉的通知》，全县开展普法。'),
      plain(2026, '按照中发[2021]33号文件要求，县政府健全依法决策机制。'),
      plain(2026, '对标对表法治政府建设实施纲要（2021—2025年），县政府补齐短板。'),
      plain(2026, '全面贯彻《法治社会建设实施纲要》，推进法治社会建设。'),
      plain(2026, '坚持以《法治中国建设规划（2020—2025年）》为总抓手，推进法治县建设。'),
      plain(2026, '2026年，全县继续深入实施“八五”普法规划，开展普法活动56场。'),
      inPlans(2025, '下一步，继续对照法治政府建设实施纲要（2021—2025年）推进依法行政。'),
      plain(2024, '依据第七个五年法治宣传教育规划，全县开展宪法宣传。'),
      plain(2023, '执行国办发〔2017〕14号文件，推行行政执法公示制度。'),
      plain(2025, '按照人民法院第五个五年改革纲要（2019—2023）要求，深化诉源治理。', self),
      plain(2024, '院党组以“五五改革纲要”为遵循，推进司法体制综合配套改革。', shufa),
    ],
    silent: [
      plain(2025, '按照“八五”普法规划，全县开展宪法宣传活动。'),
      plain(2025, '按照《法治政府建设实施纲要（2021—2025年）》要求，全县推进行政执法规范化。'),
      plain(2026, '“八五”普法规划已于2025年顺利收官，全县启动新一轮普法工作谋划。'),
      plain(2026, '对照法治政府建设实施纲要（2021—2025年），全面总结五年来法治政府建设成效。'),
      plain(2026, '2025年，全县对照《法治政府建设实施纲要（2021—2025年）》完成了各项目标任务。'),
      plain(2026, '贯彻落实《全面深化法治领域改革纲要（2023—2027年）》，推进法治领域改革。'),
      plain(2024, '贯彻落实《全面深化法治领域改革纲要（2023—2027年）》，推进法治领域改革。'),
      plain(2026, '“十四五”时期，县政府对照法治中国建设规划完成了各项任务。'),
      plain(2026, '按照“八五”普法规划总结验收要求，全县完成普法档案整理。'),
      plain(2024, '“七五”普法规划实施期间，全县建成法治文化阵地32个。'),
      plain(2026, '依据《中华人民共和国行政复议法》办理复议案件。'),
      plain(2026, '在“八五”普法规划顺利收官的基础上，全县谋划新一轮普法工作。'),
      plain(2026, '2021年以来，全县按照“八五”普法规划部署，建成法治文化阵地46个。'),
      plain(2026, '五年来，全县对照法治政府建设实施纲要推进依法行政，成效明显。'),
      plain(2026, '回顾“十四五”，全县深入贯彻法治中国建设规划，法治建设成效明显。'),
      plain(2025, '按照2021年印发的法治政府建设实施纲要，全县推进依法行政。'),
      inPlans(2025, '2026年，做好“八五”普法规划总结验收，谋划新一轮普法工作。'),
      plain(2026, '在“八五”普法规划收官之后，全县谋划新一轮普法工作。'),
      plain(2026, '“八五”普法规划实施以来，全县累计开展普法活动260场。'),
      plain(2026, '我县法治政府建设实施纲要（2021—2025年）确定的任务已全部完成。'),
      plain(2025, '对照《法治社会建设实施纲要（2020—2025年）》，全县推进法治社会建设。'),
      plain(2025, '执行国办发〔2018〕118号文件，全面推行行政执法公示制度。'),
      // A verb of the clause before governs that clause, not the plan after the comma.
      plain(2026, '今年是“十五五”规划实施的第一年，也是“八五”普法规划收官后的第一年。'),
      plain(2026, '按照县委部署，“八五”普法规划各项任务已于2025年全部完成。'),
      // The plan's targets told as met: the plan closed, cited as completed.
      plain(2026, '对标《法治中国建设规划（2020—2025年）》目标，我县法治建设主要指标均已完成。'),
      plain(2026, '对照法治政府建设实施纲要，各项任务全部完成。'),
      plain(2026, '落实“八五”普法规划确定的各项任务已如期完成，全县普法工作进入新阶段。'),
      plain(2026, '对照“八五”普法规划目标，全县“法律明白人”培养任务已全面完成。'),
      plain(2026, '“八五”普法期间，全县按照规划要求建成法治文化阵地46个。'),
      plain(2026, '年初，对照“八五”普法规划开展终期评估，形成评估报告。'),
      plain(2026, '做好“八五”普法规划与新一轮普法工作的衔接。'),
      plain(2026, '2025年，全县按照“八五”普法规划部署，开展普法活动56场。'),
      plain(2026, '“八五”普法规划期满后，全县按照省市部署谋划新一轮普法工作。'),
      plain(2023, '按照人民法院第五个五年改革纲要（2019—2023）要求，深化诉源治理。', self),
      plain(2024, '“五五改革纲要”收官后，院党组总结改革经验。', shufa),
    ],
  };

  /** Dates off the calendar and 落款 dates outside the time a report can be signed. */
  const calendar = {
    found: [
      plain(2025, '2025年2月29日，县政府召开常务会议专题学法。'),
      plain(2026, '2026年4月31日，县司法局开展执法案卷评查。'),
      plain(2024, '2024年6月31日，全县开展法治宣传。'),
      plain(2025, '11月31日，县政府组织旁听庭审。'),
      plain(2026, '2026年9月31日至10月2日，全县开展执法检查。'),
      plain(2025, '二〇二五年二月二十九日，县政府召开常务会议。'),
      plain(2026, '2026年2月29日，县司法局组织执法人员培训。'),
    ],
    silent: [
      plain(2024, '2024年2月29日，县政府召开常务会议专题学法。'),
      plain(2026, '2026年4月30日，县司法局开展执法案卷评查。'),
      plain(2025, '12月4日国家宪法日，全县开展宪法宣传。'),
      plain(2026, '2026年1—11月，全县共受理行政复议申请41件。'),
    ],
  };
  const signing = {
    found: [signed(2025, '2025年3月10日'), signed(2026, '2028年1月20日'), signed(2024, '2024年6月30日'), signed(2025, '2024年12月30日', shufa)],
    silent: [signed(2025, '2026年1月20日'), signed(2026, '2027年2月10日'), signed(2024, '2025年3月1日'), signed(2025, '2026年1月8日', shufa)],
  };

  kindProbes('years', {
    'year-contradiction': { found: [...planLabels.found, ...anniversaries.found, ...reportedYear.found], silent: [...planLabels.silent, ...anniversaries.silent, ...reportedYear.silent] },
    'expired-document-as-guidance': expiredBasis,
    'impossible-date': calendar,
    'signing-date': signing,
  }, draft);

  describe('years: levels', () => {
    it('gives a plan label on the wrong year only a hint', () => {
      const found = check(wrap(plain(2026, '今年是“十四五”规划收官之年，县政府全面总结法治政府建设成效。')), 2026).filter((f) => kindOf.get(f.rule) === 'year-contradiction');
      expect(found.map((f) => f.level)).toEqual(['hint']);
    });
  });
});

/**
 * Years and ended documents, in the shapes the year readers did not know: a numbered item opening with a full date (one
 * act in the year, not the section's year), a plan's first year called 启动之年 and its last year reached 进入实施的最后一年,
 * a sentence that opens with another year yet calls its own work this year's (今年, 本年度), a plan for a year already
 * over in a report signed after it (2026年将推进… signed in 2027), and an ended plan cited with its issuer between the
 * verb and its name (落实中共中央、国务院转发的“七五”普法规划); and, second, last year's cut-off with the year's target
 * told as reached, a law's 施行首年, last year's 工作要点 followed as this year's basis, a meeting dated to a year it was not
 * held in, and the replaced 三项制度 pilot named by issuer, year and description. Each has look-alikes that must stay
 * silent. Facts from the reference: “八五”普法 2021—2025 (currency-2026.md 1), “七五”普法 replaced (official-phrases.md
 * D2), 行政复议法 in force from 2024-01-01 (central-documents.md 5), 中央全面依法治国工作会议 2020 and 2025
 * (currency-2026.md 2.1), the pilot replaced by 国办发〔2018〕118号 (requirements.md 四).
 */
describe('dated items, plan labels, and plans for a year already over', () => {
  /** A whole report on a year: title, opening, one section of work with the given lines, problems, plans, 落款. */
  const whole = (year: number, lines: string[], opts: { type?: Probe['type']; plans?: string[]; signed?: string } = {}): Probe => {
    const type = opts.type ?? annual;
    const title = type === shufa ? `县司法局局长${year}年度述法报告` : type === self ? `县市场监管局${year}年度依法行政自查报告` : `某县人民政府${year}年法治政府建设年度报告`;
    const opening = type === shufa ? `${year}年，本人认真履行推进法治建设第一责任人职责，现报告如下。` : `${year}年，我县坚持依法行政，现将有关情况报告如下。`;
    const plans = opts.plans ?? [`${year + 1}年，继续加强执法监督。`];
    const signed = opts.signed ?? `${year + 1}年1月20日`;
    return { text: [title, opening, '一、主要工作', ...lines, '二、存在的不足', '执法队伍专业化不足。', '三、下一步打算', ...plans, '某县人民政府', signed].join('\n'), year, type };
  };

  kindProbes('years', {
    'year-contradiction': {
      found: [
        // The first year of a plan called 启动之年 (“八五”普法 began in 2021).
        whole(2024, ['（一）今年是“八五”普法规划启动之年，全县开展普法宣传56场。']),
        whole(2022, ['（一）2022年是“八五”普法启动之年，全县完成普法责任清单编制。']),
        // The verb of arriving before 实施.
        whole(2026, ['（一）“八五”普法规划进入实施的最后一年，全县普法工作稳步推进。']),
        whole(2023, ['（一）今年“八五”普法规划迎来实施的收官之年，全县开展总结评估。']),
        // A sentence opening with another year whose clause calls the work this year's.
        whole(2025, ['（一）2024年度全县建成民主法治示范村12个，占今年示范村总数的40%。']),
        whole(2026, ['（一）2025年全年，我局落实涉企行政检查规范要求，本年度检查次数同比下降18%。']),
        // A plan for the report's own year, in a report signed after that year.
        whole(2026, ['（一）全年办理行政复议案件42件。'], { type: shufa, plans: ['（一）2026年将推进行政争议实质性化解。'], signed: '2027年1月18日' }),
        whole(2025, ['（一）全年办理行政复议案件42件。'], { plans: ['2025年将健全行政复议调解机制。'] }),
        // Last year's cut-off for this year's result, the year's target told as reached.
        whole(2025, ['（一）截至2024年底，全县共配备村（社区）法律顾问186名，实现村（社区）法律顾问全覆盖的年度目标。']),
        // The revised 行政复议法 took effect on 2024-01-01 (central-documents.md 5): 2025 is its second year.
        whole(2025, ['（一）今年是修订后的行政复议法施行首年，全县受理行政复议案件64件。']),
        // Last year's 工作要点 followed as this year's basis.
        whole(2025, ['（一）县政府按照《2024年全县法治政府建设工作要点》，将年度任务分解为36项。']),
        whole(2026, ['（一）对照2025年度普法工作要点，全县开展普法活动120场。']),
        // A meeting dated to a year it was not held in (中央全面依法治国工作会议: 2020 and 2025, currency-2026.md 2.1).
        whole(2026, ['（一）深入学习贯彻今年11月召开的中央全面依法治国工作会议精神。']),
        whole(2024, ['（一）深入学习贯彻2024年召开的中央全面依法治国工作会议精神。']),
        whole(2025, ['（一）深入学习贯彻去年11月召开的中央全面依法治国工作会议精神。']),
      ],
      silent: [
        // The right first and last years.
        whole(2021, ['（一）今年是“八五”普法规划启动之年，全县开展普法宣传56场。']),
        whole(2025, ['（一）“八五”普法规划进入实施的最后一年，全县普法工作稳步推进。']),
        // A full date in a numbered item of the report's year, with 计划 after it: one act dated, not a heading on plans.
        whole(2025, ['（一）全年办理行政处罚案件73件。', '（二）2025年4月30日前完成年度执法计划公示。']),
        whole(2025, ['（一）2024年12月制定年度行政执法检查计划。']),
        // Two years side by side, each with its own count.
        whole(2025, ['（一）2024年度办理行政复议案件80件，今年办理96件。']),
        // Last year's assessment, dealt with this year.
        whole(2025, ['（一）2024年度述法反馈的3个问题，今年已全部整改到位。']),
        // A 述法 report signed before its year is out may plan for the rest of the year.
        whole(2026, ['（一）全年办理行政复议案件42件。'], { type: shufa, plans: ['（一）2026年将推进行政争议实质性化解。'], signed: '2026年12月20日' }),
        // Next year's plan.
        whole(2026, ['（一）全年办理行政复议案件42件。'], { type: shufa, plans: ['（一）2027年将推进行政争议实质性化解。'], signed: '2027年1月18日' }),
        // A target still ahead, and a cut-off of the report's own year.
        whole(2025, ['（一）截至2024年底，全县共配备村（社区）法律顾问150名，力争实现全覆盖目标。']),
        whole(2025, ['（一）截至2025年底，全县共配备村（社区）法律顾问186名，实现村（社区）法律顾问全覆盖的年度目标。']),
        // The right first year of force, and the right year's 要点.
        whole(2024, ['（一）今年是修订后的行政复议法施行首年，全县受理行政复议案件64件。']),
        whole(2025, ['（一）县政府按照《2025年全县法治政府建设工作要点》，将年度任务分解为36项。']),
        // Last year's 要点 under its own feedback, and the meeting in the years it was held.
        whole(2025, ['（一）2024年度工作要点考核反馈的问题已全部整改。']),
        whole(2025, ['（一）对照《2024年全县法治政府建设工作要点》开展年度总结，各项任务均已完成。']),
        whole(2025, ['（一）深入学习贯彻今年11月召开的中央全面依法治国工作会议精神。']),
        whole(2026, ['（一）深入学习贯彻2025年11月召开的中央全面依法治国工作会议精神。']),
        whole(2026, ['（一）深入学习贯彻去年11月召开的中央全面依法治国工作会议精神。']),
        whole(2021, ['（一）深入学习贯彻去年11月召开的中央全面依法治国工作会议精神。']),
      ],
    },
    'expired-document-as-guidance': {
      found: [
        whole(2024, ['（一）县政府落实中共中央、国务院转发的“七五”普法规划，推进普法责任制。']),
        whole(2026, ['（一）县政府贯彻中共中央、国务院印发的《法治政府建设实施纲要（2021—2025年）》，推进依法行政。']),
        // The pilot that 国办发〔2018〕118号 replaced (requirements.md 四), named by issuer, year and description.
        whole(2024, ['（一）各执法部门依照国务院办公厅2017年印发的三项制度试点工作方案，完善执法公示制度。']),
        whole(2024, ['（一）继续按照行政执法三项制度试点方案推进执法全过程记录。']),
      ],
      silent: [
        whole(2024, ['（一）县政府落实中共中央、国务院转发的“八五”普法规划，推进普法责任制。']),
        // The replaced pilot told as history, and the text that replaced it.
        whole(2024, ['（一）2017年国务院办公厅印发三项制度试点工作方案，我县列入试点。']),
        whole(2024, ['（一）依照国务院办公厅2018年印发的三项制度指导意见，全面推行行政执法三项制度。']),
        whole(2024, ['（一）中共中央、国务院转发的“七五”普法规划圆满收官后，县政府开展了总结。']),
      ],
    },
  });

  describe('years: the levels', () => {
    it('a date in a numbered item of the report year gives no 错误 on the heading year', () => {
      const p = whole(2025, ['（一）全年办理行政处罚案件73件。', '（二）2025年4月30日前完成年度执法计划公示。']);
      const errors = check(p.text, p.year, p.type).filter((f) => f.level === 'error' && rulesIn(f).includes('consistency-heading-year'));
      expect(errors).toEqual([]);
    });
    it('a heading on plans with the report year is still a 错误', () => {
      const text = '某县人民政府2025年法治政府建设年度报告\n2025年，我县坚持依法行政。\n一、2025年主要举措和成效\n全年办理案件73件。\n二、2025年工作打算\n加强执法监督。\n某县人民政府\n2026年1月20日';
      const errors = check(text, 2025, annual).filter((f) => f.level === 'error' && rulesIn(f).includes('consistency-heading-year'));
      expect(errors.map((f) => f.text)).toEqual(['2025']);
    });
  });
});

/**
 * Years and dates in the shapes a new writer uses to tie a sentence to the reported year, each with the wrong year, and
 * the legitimate look-alikes beside them: a part of the year (上半年, 第一季度) dated another year inside the year's
 * total; a plan's middle year (中期之年) that is its first or last; next year's plans dated with the reported year beside a
 * word for it (今年（2026年）将…) or by a deadline already passed (2026年底前完成…); the reported year compared with itself
 * with the comparing word after it (与2026年相比); a report period (自查时段, 考核期) that ends in another year; the
 * year's total counted months into the next year; and a month no calendar has written alone (于13月前). Facts from the
 * reference: the plans' periods (“十四五”“八五”普法 2021—2025, “十五五” from 2026: currency-2026.md 开头与第1节), the report
 * on 上一年度 filed by 3月1日 (requirements.md 二). Sentences are written here, not taken from the eval sets.
 */
describe('parts of the year, middle years, deadlines passed and report periods', () => {
  type Kind = Probe['type'];

  const titleOf = (year: number, type: Kind) =>
    type === shufa ? `县司法局局长${year}年度述法报告` : type === self ? `某县司法局${year}年度法治建设自查报告` : `某县人民政府${year}年度法治政府建设情况报告`;

  /**
   * The whole report each probe is checked in. A probe's own text is its planted sentence, so a test's name shows the
   * sentence; the report around it is kept here, keyed by the probe.
   */
  const reports = new WeakMap<Probe, string>();
  const draftOf = (p: Probe) => reports.get(p) ?? p.text;

  /** A report on a year with `work` under its first section and `plans` under 下一年度工作安排, signed early the next year. */
  function report(year: number, work: string, type: Kind, plans: string, signoff: string, planted: string): Probe {
    const probe = { text: planted, year, type };
    reports.set(probe, [titleOf(year, type), `${year}年，我县坚持依法行政，现将有关情况报告如下。`, '一、主要举措和成效', work,
      '二、存在的不足', '执法队伍专业化不足。', '三、下一年度工作安排', plans, '某县人民政府', signoff].join('\n'));
    return probe;
  }
  const whole = (year: number, work: string, type: Kind = annual): Probe => report(year, work, type, '继续加强执法监督。', `${year + 1}年1月20日`, work);
  /** The sentence in the plans section. */
  const plan = (year: number, sentence: string, type: Kind = annual, signoff = `${year + 1}年1月20日`): Probe =>
    report(year, '全年审查行政规范性文件18件。', type, sentence, signoff, sentence);
  /** A report whose 落款 is the planted date. */
  const signedOn = (year: number, date: string): Probe => report(year, '全年审查行政规范性文件18件。', annual, '继续加强执法监督。', date, `落款 ${date}`);

  kindProbes('years', {
    'year-contradiction': {
      found: [
        // A part of the year's total dated another year.
        whole(2026, '全年共办理行政复议案件80件，其中2025年上半年36件。'),
        whole(2026, '全年共办理行政复议案件80件，其中2025年第一季度20件。'),
        whole(2026, '本年度共开展普法活动56场，其中2027年下半年30场。'),
        whole(2025, '全年共组织旁听庭审4次，其中2024年下半年2次。', shufa),
        // A plan's middle year written on its first or last year, or after its period.
        whole(2025, '今年是“十四五”规划中期之年，全县法治建设稳步推进。'),
        whole(2021, '2021年是“八五”普法中期之年，全县普法工作稳步推进。'),
        whole(2026, '今年作为“八五”普法中期之年，镇里开展了中期自查。', self),
        whole(2025, '2025年是《法治中国建设规划（2020—2025年）》实施的中期之年，全市对标推进。'),
        // Next year's plans dated with the reported year in an annual report written after it.
        plan(2026, '今年（2026年），我局将继续推进执法公示标准化。'),
        plan(2026, '本年度（2026年）将继续推进政务公开标准化，2027年底前完成目录修订。'),
        plan(2025, '2025年（明年）将健全行政执法监督制度。'),
        plan(2026, '2026年底前完成基层政务公开目录修订。'),
        // The reported year (or a later one) as the base of a comparison, the comparing word after it.
        whole(2026, '全年办理行政复议案件96件，与2026年相比增加12件。'),
        whole(2024, '今年镇政府共审议重大行政决策事项6项，同2024年同期相比增加2项。', shufa),
        whole(2026, '全年办理行政复议案件96件，和2027年相比增加12件。'),
        whole(2026, '全年受理投诉举报52件，相较于2026年减少8件。'),
        // A report period ending in another year, or named in other words.
        whole(2025, '本年度对照考核指标开展自查，自查时段为2025年1月1日至2024年12月31日。', self),
        whole(2026, '考核期为2025年1月至12月，我局对照指标逐项自查。', self),
        whole(2026, '述职时段为2025年1月至12月，本人认真履行第一责任人职责。', shufa),
        // The year's total counted months into the next year.
        whole(2026, '截至2027年6月30日，全年共办理行政复议案件88件。'),
        // Other words for the same ties: 元年, 第N年 in digits, 本年内（…）, 跟…比, a part of last year opening a result.
        whole(2025, '今年是“十五五”元年，全县法治建设开局良好。'),
        whole(2024, '今年是“八五”普法第3年，全县普法工作稳步推进。'),
        whole(2026, '本年内（2025年）共审查行政规范性文件18件。'),
        whole(2026, '本人全年主持专题学法6次，跟2026年比增加2次。', shufa),
        whole(2026, '2025年下半年，全县共办理行政复议案件46件。'),
        // A part of the year with its dates in brackets; a plan's year named by 明年 or 去年 as the subject.
        whole(2026, '上半年（2025年1月至6月）共办理行政复议案件46件。'),
        whole(2026, '第三季度（2025年7—9月）共办理行政复议案件26件。'),
        plan(2026, '明年是“十五五”规划的开局之年，全县将对标推进。'),
        whole(2027, '去年是“八五”普法收官之年，全县开展总结验收。'),
      ],
      silent: [
        // A comparison with an earlier year, or with a part of the reported year.
        whole(2026, '全年办理行政复议案件96件，与2024年相比增加12件。'),
        whole(2026, '全年办理行政复议案件96件，与2025年相比增加12件。'),
        whole(2026, '下半年办理行政复议案件56件，与2026年上半年相比增加16件。'),
        whole(2026, '四季度办理案件30件，较2026年第三季度增加5件。'),
        // The reported year's own parts, and another year's part set beside them or carried over.
        whole(2026, '全年办理案件80件，其中2026年上半年36件。'),
        whole(2026, '今年上半年办理案件36件，较2025年上半年增加6件。'),
        whole(2026, '今年上半年办理案件36件，2025年上半年为30件。'),
        whole(2026, '2025年下半年启动的执法案卷评查今年全面完成。'),
        // A plan's middle year within its period, and 中期 as an evaluation.
        whole(2023, '今年是“八五”普法中期之年，全县普法工作稳步推进。'),
        whole(2024, '今年是“八五”普法规划实施的中期之年，全县普法工作稳步推进。'),
        whole(2026, '2023年是“八五”普法中期之年，全县开展了中期评估。'),
        whole(2025, '今年对“八五”普法中期评估发现的问题开展整改回头看。'),
        // Next year's plans dated with the next year; last year's feedback in the plans section.
        plan(2026, '2027年，我局将继续推进政务公开标准化。'),
        plan(2026, '明年（2027年）将继续推进政务公开标准化。'),
        plan(2026, '2027年上半年完成基层政务公开目录修订。'),
        // A 述法 report may plan the rest of its year when given at the year-end meeting.
        plan(2026, '今年（2026年）将继续推进会前学法制度化。', shufa, '2026年11月25日'),
        // The reported year's own period, and a review of two whole years.
        whole(2026, '统计时段为2026年1月1日至2026年12月31日。'),
        whole(2026, '统计时段为2025年1月至2026年12月，两年共办理案件180件。'),
        whole(2026, '全年办理行政复议案件96件，比2025年增加12件。'),
        whole(2026, '2025年下半年受理的6件案件于今年全部办结。'),
        whole(2026, '2026年是“十五五”开局之年，也是“八五”普法收官后的第一年。'),
        whole(2026, '上半年（2026年1月至6月）共办理行政复议案件46件。'),
        whole(2026, '上年上半年（2025年1月至6月）共办理行政复议案件40件。'),
        plan(2026, '明年是“十五五”规划的第二年，全县将对标推进。'),
        whole(2026, '去年是“八五”普法收官之年，全县开展总结验收。'),
        whole(2026, '在“十五五”开局之年，县委对上年度述法反馈的问题全部整改。'),
        // The next year's months named for what happened after the year closed.
        whole(2026, '截至2027年1月底，全年受理的行政复议案件已全部办结。'),
      ],
    },
    'impossible-date': {
      found: [
        whole(2026, '于13月前全部完成执法人员资格复训。'),
        whole(2026, '全年共办理案件96件，于１３月底前全部办结。'),
        whole(2026, '定于0月份完成行政规范性文件清理。'),
        whole(2026, '2026年0月15日召开专题会议。'),
        whole(2026, '二〇二六年十三月召开专题会议。'),
        whole(2026, '2025年2月29日开展专项检查。'),
        whole(2026, '2026年4月1日至4月31日开展执法检查。'),
        whole(2026, '截至2026年11月31日，共办理案件96件。'),
        signedOn(2026, '2027年2月30日'),
      ],
      silent: [
        whole(2026, '连续13个月保持执法零投诉。'),
        whole(2026, '第13个月起执行新的执法标准。'),
        whole(2026, '该案历时13月余方审结。'),
        whole(2026, '全年办理案件1213件，其中10月办理120件。'),
        whole(2026, '每年2月29日（闰年）开展专项检查。'),
        whole(2026, '2024年2月29日开展专项检查。'),
        whole(2026, '2026年6月28日至30日开展执法检查。'),
        signedOn(2026, '2027年2月28日'),
      ],
    },
  }, draftOf);

  describe('years: one mistake, one finding, at the wrong year', () => {
    it('marks the end year of a report period that ends before it starts, not the right start year', () => {
      const p = whole(2025, '本年度对照考核指标开展自查，自查时段为2025年1月1日至2024年12月31日。', self);
      const years = check(draftOf(p), p.year, p.type).filter((f) => rulesIn(f).includes('consistency-current-year')).map((f) => f.text);
      expect(years).toEqual(['2024']);
    });
    it('reads a month of thirteen once, as an impossible date only', () => {
      const p = whole(2026, '于13月前全部完成执法人员资格复训。');
      const found = check(draftOf(p), p.year, p.type).filter((f) => f.text.includes('13'));
      expect(found.map((f) => [f.rule, f.text])).toEqual([['consistency-impossible-date', '13月']]);
    });
    it('names the plan and its period when 中期 falls on its last year', () => {
      const p = whole(2025, '今年是“十四五”规划中期之年，全县法治建设稳步推进。');
      const f = check(draftOf(p), p.year, p.type).find((x) => rulesIn(x).includes('consistency-plan-year'));
      expect(f?.message).toContain('2021—2025年');
      expect(f?.message).toContain('收官之年');
    });
  });
});

/**
 * Years in two shapes a new writer gives a report: next year's plans dated with the reported year or an earlier one
 * (with any plan word, the planning unit before it, 下一步 before the year, and what the plan will do after it, however
 * it reads: 纳入考核, 较上年), and a year's own report filed before that year closed or a later year's report told as
 * done. Facts from the reference: the annual report is on 上一年度 and filed by 3月1日 or 4月1日 of the next year
 * (requirements.md 二); the 述法 is held with the 年终述职 (requirements.md 三), so a 述法报告 may be written at the year's
 * end. Beside each, the legitimate look-alikes. Sentences are written here, not taken from the eval sets.
 */
describe('plans dated with the reported year, a report filed before its year closed', () => {
  type Kind = Probe['type'];

  const titleOf = (year: number, type: Kind) =>
    type === shufa ? `镇党委书记${year}年度述法报告` : type === self ? `某区市场监管局${year}年度法治建设自查报告` : `某区人民政府${year}年法治政府建设年度报告`;

  /** The whole report each probe is checked in, keyed by the probe: a probe's own text is its planted sentence. */
  const reports = new WeakMap<Probe, string>();
  const draftOf = (p: Probe) => reports.get(p) ?? p.text;

  function report(year: number, type: Kind, work: string, plans: string, signoff: string, planted: string): Probe {
    const probe = { text: planted, year, type };
    reports.set(probe, [titleOf(year, type), `${year}年，我区坚持依法行政。现将有关情况报告如下。`, '一、推进法治建设的主要做法', work,
      '二、存在的问题', '基层执法力量不足。', '三、下一步工作打算', plans, '某区人民政府', signoff].join('\n'));
    return probe;
  }
  /** The sentence in the work section of a report signed early the next year. */
  const work = (year: number, sentence: string, type: Kind = annual): Probe => report(year, type, sentence, '加强执法培训。', `${year + 1}年2月10日`, sentence);
  /** The sentence in the plans section. */
  const plan = (year: number, sentence: string, type: Kind = annual, signoff = `${year + 1}年2月10日`): Probe =>
    report(year, type, '全年审查规范性文件21件。', sentence, signoff, sentence);
  /** A 述法报告 with no plans heading, its last paragraph the planted sentence, signed after the year. */
  function closing(year: number, sentence: string, signoff = `${year + 1}年1月12日`): Probe {
    const probe = { text: sentence, year, type: shufa };
    reports.set(probe, [titleOf(year, shufa), `${year}年，我认真履行推进法治建设第一责任人职责。`, '一、履职情况', '全年主持党委会专题研究法治工作4次。', sentence, '述法人：王强', signoff].join('\n'));
    return probe;
  }

  kindProbes('years', {
    'year-contradiction': {
      found: [
        // Next year's plans dated with the reported year, the plan's object naming 考核, 述法, 较 or 问题 after its verb.
        plan(2025, '2025年将把合法性审查情况纳入部门年度考核。'),
        plan(2026, '2026年力争行政复议纠错率较上年下降。'),
        plan(2025, '2025年，县政府将对照督察反馈意见开展全面自查。'),
        plan(2024, '2023年，我镇将继续深化述法评议结果运用。'),
        plan(2025, '2025年我局计划修订行政执法公示目录。'),
        plan(2025, '2025年准备修订镇村两级法律顾问考核办法。'),
        plan(2026, '2026年全区拟开展行政执法案卷评查。'),
        plan(2026, '2026年我局将持续开展行政执法质量评查。'),
        plan(2025, '下一步，2025年将继续推进镇级合法性审查全覆盖。', shufa),
        closing(2025, '下一步，2025年我将把述法工作情况纳入年度考核。'),
        closing(2024, '明年，2024年我将着力解决行政执法中存在的问题。'),
        plan(2025, '力争到2025年实现行政执法全过程记录全覆盖。'),
        plan(2025, '（一）2025年，着力加强执法监督。'),
        plan(2025, '2025年，重点推进行政执法规范化建设。'),
        plan(2025, '2025年，拟修订《区政府重大行政决策程序规定》。'),
        plan(2025, '今后一年，2025年我区力争实现合法性审查全覆盖。'),
        plan(2026, '确保到2026年全区法律顾问覆盖率达到100%。'),
        // A year's own report filed within that year, or a later year's told as done.
        work(2025, '按时报送2026年度法治政府建设情况报告。'),
        work(2025, '于2025年3月公开2025年度法治政府建设年度报告。'),
        work(2026, '2026年2月，区政府向市政府报送了《2026年度法治政府建设情况报告》。'),
        work(2025, '2024年12月，完成2025年度法治建设工作年度报告撰写。'),
        work(2025, '本年度门户网站发布2026年度政务公开工作年报。'),
        work(2024, '局长参加了2025年度述法评议。', shufa),
        work(2025, '接受2026年度法治建设考核，获评优秀等次。'),
        plan(2025, '2026年3月1日前报送2026年度法治政府建设情况报告。'),
        // Round 24's families in other shapes: a part of the year, a comparison, a report period, a plan's year.
        work(2026, '全年共受理行政复议申请64件，其中2025年第四季度受理18件。'),
        work(2025, '本年度共开展执法检查120次，其中2024年下半年70次。'),
        work(2025, '本次自查时间范围为2024年1月1日至12月31日。', self),
        work(2025, '全年共调处矛盾纠纷320件，其中2024年1至6月调处150件。'),
        work(2025, '按要求在门户网站公开了2026年度法治政府建设年度报告。'),
        work(2026, '2026年是“八五”普法规划收官之年，全区认真做好总结验收。'),
      ],
      silent: [
        plan(2025, '2026年将把合法性审查情况纳入部门年度考核。'),
        plan(2025, '针对2025年度考核反馈的问题，将逐项整改。'),
        plan(2025, '2025年，县委考核反馈问题3个，将逐项整改到位。'),
        plan(2025, '2025年底前将完成反馈问题整改。', shufa, '2025年12月20日'),
        plan(2026, '2027年力争行政复议纠错率较上年下降。'),
        plan(2025, '力争到2026年实现行政执法全过程记录全覆盖。'),
        plan(2025, '继续巩固2021年至2025年法治政府建设示范创建成果。'),
        work(2025, '按照规划，到2025年全区法律顾问覆盖率已达到100%。'),
        plan(2025, '2025年，执法规范化水平有待进一步提高。'),
        plan(2025, '2025年，重点领域执法仍有薄弱环节，需持续改进。'),
        plan(2025, '对标2025年度考核排名靠后的指标，2026年力争进入全市前列。'),
        work(2025, '全年共调处矛盾纠纷320件，其中2025年1至6月调处150件。'),
        work(2025, '今年以来受理复议申请52件，较2024年1至6月增加8件。'),
        work(2026, '2026年1—6月办理案件40件，2025年1—6月办理32件。'),
        work(2025, '2025年3月，区政府向市政府报送2024年度法治政府建设情况报告。'),
        work(2025, '2025年1月，区委依法治区办组织召开2025年度述法评议会。'),
        closing(2025, '下一步，我将在2026年继续抓好述法反馈问题整改。'),
        closing(2025, '下一步，2026年我将把述法工作情况纳入年度考核。'),
        work(2025, '2024年，我县将法治建设纳入高质量发展考核，当年覆盖28个部门。'),
        work(2026, '2026年1月31日前发布2025年度政府信息公开工作年度报告。'),
        work(2026, '2026年3月，报送2025年度法治政府建设情况报告。'),
        work(2026, '按时公开2025年度法治政府建设年度报告。'),
        work(2026, '2026年12月，撰写2026年度述法报告并在年终述职中述法。', shufa),
        work(2025, '编制2026年度普法责任清单。'),
        work(2025, '参加2024年度述法评议，反馈问题已整改。'),
        plan(2025, '2027年3月1日前报送2026年度法治政府建设情况报告。'),
        plan(2025, '将于2026年3月1日前报送2025年度法治政府建设情况报告。'),
        work(2026, '全年办理行政复议案件96件，比2025年多12件。'),
        work(2026, '本次自查时间范围为2026年1月1日至12月31日。', self),
        work(2025, '2025年是“八五”普法规划收官之年，全区认真做好总结验收。'),
      ],
    },
    'impossible-date': {
      found: [work(2026, '于2026年2月29日前报送2025年度法治政府建设情况报告。'), plan(2025, '2026年4月31日前完成执法案卷评查。')],
      silent: [work(2024, '于2024年2月29日前报送2023年度法治政府建设情况报告。'), plan(2025, '2026年4月30日前完成执法案卷评查。')],
    },
  }, draftOf);

  describe('years: one mistake, one finding, at the wrong year', () => {
    it('marks the later year of a report told as filed, once', () => {
      const p = work(2025, '已于2026年1月20日公布2026年度政务公开工作年报。');
      const years = check(draftOf(p), p.year, p.type).filter((f) => rulesIn(f).some((r) => /year/.test(r))).map((f) => f.text);
      expect(years).toEqual(['2026']);
    });
    it('marks a plan dated with the reported year as a plan, naming the next year', () => {
      const p = plan(2025, '2025年将把合法性审查情况纳入部门年度考核。');
      const f = check(draftOf(p), p.year, p.type).find((x) => rulesIn(x).includes('consistency-current-year'));
      expect(f?.fix).toContain('2026');
    });
  });
});

/**
 * Years: a whole year (某年全年) a year early or late in the work of the reported year, beside the legitimate
 * comparisons, bases and plans. The annual report is on the year just ended (requirements.md 二).
 */
describe('a whole year a year early or late in the work of the reported year', () => {
  /** A county government's report on `year`: the sentence under 一、主要举措和成效, or as its opening, or in its plans. */
  const annualReport = (year: number, { opening = `${year}年，我县坚持以习近平法治思想为指导。`, work = '全年审查规范性文件18件。', plans = '加强执法培训。' } = {}) =>
    `某县人民政府${year}年法治政府建设年度报告\n${opening}现将有关情况报告如下。\n一、主要举措和成效\n${work}\n二、存在的不足\n执法队伍专业化不足。\n三、${year + 1}年工作安排\n${plans}\n某县人民政府\n${year + 1}年2月10日`;

  const yearProbe = (year: number, parts: Parameters<typeof annualReport>[1]) => ({ text: annualReport(year, parts), year, type: annual });

  kindProbes('misc years', {
    'year-contradiction': {
      found: [
        yearProbe(2025, { opening: '2026年全年，县政府共制定行政规范性文件23件。' }),
        yearProbe(2025, { work: '（一）2026年全年共受理行政复议案件40件。' }),
        yearProbe(2026, { work: '（一）2025年度全年办理行政诉讼案件16件。' }),
        yearProbe(2026, { work: '（二）全市2027年全年审查规范性文件31件。' }),
        yearProbe(2026, { work: '（一）2027年全年办理法律援助案件120件。' }),
      ],
      silent: [
        yearProbe(2025, { work: '（一）较2024年全年的30件，今年增加6件。' }),
        yearProbe(2025, { work: '（一）在2024年全年办理36件的基础上，今年继续加强复议工作。' }),
        yearProbe(2025, { plans: '2026年全年计划开展普法活动40场。' }),
        yearProbe(2025, { plans: '2026年全年开展执法培训4次。' }),
        yearProbe(2025, { work: '（一）2024年全年办理复议案件30件，2025年全年办理36件。' }),
        yearProbe(2025, { work: '（一）2025年全年办理行政复议案件36件，较上年增加6件。' }),
        // 较上年 is read as a comparison, as ruled before (draft-check-tuning.test.ts, draft-check-tuning-4.test.ts).
        yearProbe(2025, { work: '（一）2024年全年行政复议纠错率为百分之八，较上年有所下降。' }),
      ],
    },
  });
});

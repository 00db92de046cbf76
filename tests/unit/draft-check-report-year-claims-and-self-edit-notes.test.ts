/**
 * Round 42: the frame of the report's own year (今年, 本年度, 全年, a whole year's count told as done) read by more of the
 * year readers — a law's milestone dated at the clause's start, a plenum or anniversary called this year's, a later
 * year's whole count, the year's work dated months after
 * the report was due — and notes telling the drafter to edit the draft itself. Each with its look-alikes that stay silent.
 */
import { describe, expect, it } from 'vitest';
import { ofKind } from './helpers/draft-check.ts';

const ANNUAL = (year: number, line: string, heading = '一、主要举措和成效') =>
  `某县自然资源局${year}年度法治政府建设情况报告\n现将有关情况报告如下。\n${heading}\n${line}\n二、存在的不足\n执法培训不够。\n三、下一步工作安排\n${year + 1}年将继续加强执法培训。\n某县自然资源局\n${year + 1}年2月10日`;
const years = (year: number, line: string, heading?: string) => ofKind('year-contradiction', ANNUAL(year, line, heading), year).map(([t]) => t);
const prompts = (line: string) => ofKind('outline-prompt', ANNUAL(2025, line), 2025).map(([t]) => t);

describe('the report year claimed by a clause (round 42)', () => {
  it.each([
    // A law's milestone dated at the clause's start, the law and its verb after it.
    [2025, '今年1月1日，新修订的行政复议法正式施行，复议案件明显增多。', '今年1月1日，新修订的行政复议法正式施行'],
    [2026, '2026年，新修订的《行政复议法》施行，全局调整复议应诉流程。', '2026年，新修订的《行政复议法》施行'],
    [2025, '新修订的行政复议法于今年1月1日起施行，全市复议案件受理量明显上升。', '新修订的行政复议法于今年1月1日起施行'],
    // A later year's whole count told as done, whatever 今年 says around it.
    [2024, '今年以来，局机关围绕依法行政目标，2025年全年共办理信访事项87件。', '2025'],
    // A plan named with its period, then by its short name with a year of it.
    [2025, '2025年，县政府对照《法治政府建设实施纲要（2021—2025年）》，纲要实施进入第四年，各项任务加快推进。', '第四年'],
    [2023, '2023年，全局对照《法治社会建设实施纲要（2020—2025年）》，该纲要迎来实施的第三年。', '第三年'],
    // The year's own work dated months after the report was due.
    [2024, '2025年7月，局党组召开会议部署本年度执法案卷评查，全年评查案卷120卷。', '2025'],
  ])('flags in a report on %i: %s', (year, line, span) => {
    expect(years(year, line).some((t) => t.includes(span) || span.includes(t))).toBe(true);
  });

  it.each([
    [2024, '今年1月1日，新修订的行政复议法正式施行，复议案件明显增多。'],
    [2025, '2024年1月1日，新修订的行政复议法正式施行，复议案件逐年增多。'],
    [2025, '今年1月1日新修订的行政复议法施行一周年之际，开展专题宣传。'],
    [2025, '新修订的行政复议法自2024年1月1日起施行，全市复议案件受理量明显上升。'],
    [2025, '今年，新修订的行政复议法施行以来，全市复议案件受理量明显上升。'],
    [2024, '局党组认真学习今年召开的党的二十届三中全会精神，全年开展集中学法6次。'],
    [2025, '认真学习去年召开的党的二十届三中全会精神和今年召开的二十届四中全会精神。'],
    [2023, '今年是毛泽东同志批示学习推广“枫桥经验”60周年，我局深化矛盾纠纷源头化解。'],
    [2023, '今年是习近平总书记指示坚持和发展“枫桥经验”10周年，我局深化矛盾纠纷源头化解。'],
    [2025, '坚持和发展新时代“枫桥经验”，全年化解矛盾纠纷236件。'],
    [2024, '2024年，县政府对照《法治政府建设实施纲要（2021—2025年）》，纲要实施进入第四年，各项任务加快推进。'],
    [2025, '对照《法治政府建设实施纲要（2021—2025年）》，纲要收官之年各项任务全面完成。'],
    // A later year's whole count as a plan, or in the plans.
    [2024, '今年以来，局机关围绕依法行政目标，力争2025年全年办理信访事项不少于80件。'],
    // An earlier year set beside this one, or a history under its own heading.
    [2025, '2024年全年行政处罚案件败诉率为百分之三，今年降至百分之一，较上年明显下降。'],
    [2025, '2024年全年行政处罚案件败诉率为百分之三，较上年下降两个百分点。'],
    // A cut-off after the year, a plan, or a month in which the report is still written.
    [2024, '截至2025年6月，本年度受理的行政复议案件已全部办结。'],
    [2024, '2025年6月前，将完成本年度遗留案卷的整改。'],
    [2024, '2025年1月，局党组召开会议总结本年度法治建设工作。'],
    [2024, '2025年7月，省厅将组织全省执法案卷评查。'],
  ])('leaves alone in a report on %i: %s', (year, line, heading?: string) => {
    expect(years(year, line, heading)).toEqual([]);
  });
});

describe('notes telling the drafter to edit the draft itself (round 42)', () => {
  it.each([
    ['全年办理复议案件12件，上述数据以年终统计为准，报送前删除本句。', '报送前删除本句'],
    ['全年办理复议案件12件。本段内容定稿时删去。', '本段内容定稿时删去。'],
    ['全年办理复议案件12件，请删除此句括号外的说明文字。', '请删除此句括号外的说明文字'],
    ['全年办理复议案件12件【待核实数据后填写】。', '【待核实数据后填写】'],
    ['全年开展行政检查〔核对后补充〕次。', '〔核对后补充〕'],
    ['全年办理复议案件12件。本段为起草说明，正式稿删除。', '正式稿删除'],
    ['全年办理复议案件12件，以上为初步统计，报送前请删除。', '报送前请删除'],
  ])('flags %s', (line, span) => {
    expect(prompts(line)).toContain(span);
  });

  it.each([
    '全年清理规范性文件23件，其中删除《某县林地管理办法》第五条。',
    '对报送前的统计数据逐项核实，确保本部分所列数据准确。',
    '在政务服务大厅此处设立便民服务点，方便群众办事。',
    '公开前删除个人隐私信息，上报前删除涉密内容，全年公开政府信息312条。',
    '全年办理复议案件12件（数据待核实后填写）。',
  ])('leaves %s alone', (line) => {
    expect(prompts(line)).toEqual([]);
  });
});

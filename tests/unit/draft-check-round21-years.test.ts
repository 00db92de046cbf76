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
import { describe, expect, it } from 'vitest';
import { check, rulesIn } from './helpers/draft-check.ts';
import { annual, kindProbes, self, shufa, type Probe } from './helpers/kind-probes.ts';

/** A whole report on a year: title, opening, one section of work with the given lines, problems, plans, 落款. */
const whole = (year: number, lines: string[], opts: { type?: Probe['type']; plans?: string[]; signed?: string } = {}): Probe => {
  const type = opts.type ?? annual;
  const title = type === shufa ? `县司法局局长${year}年度述法报告` : type === self ? `县市场监管局${year}年度依法行政自查报告` : `某县人民政府${year}年法治政府建设年度报告`;
  const opening = type === shufa ? `${year}年，本人认真履行推进法治建设第一责任人职责，现报告如下。` : `${year}年，我县坚持依法行政，现将有关情况报告如下。`;
  const plans = opts.plans ?? [`${year + 1}年，继续加强执法监督。`];
  const signed = opts.signed ?? `${year + 1}年1月20日`;
  return { text: [title, opening, '一、主要工作', ...lines, '二、存在的不足', '执法队伍专业化不足。', '三、下一步打算', ...plans, '某县人民政府', signed].join('\n'), year, type };
};

kindProbes('round 21 (years)', {
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

describe('round 21 (years): the levels', () => {
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

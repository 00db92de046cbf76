import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';

const compiled = loadCompiled();
const report = (year: number, body: string, signed: string, plansHeading: string) =>
  `某区自然资源局${year}年度法治政府建设工作报告\n一、主要工作\n${body}\n二、存在的问题\n一是执法力量不足。\n${plansHeading}\n下一步，我局将继续规范执法。\n某区自然资源局\n${signed}\n`;
const found = (text: string, year: number, rule: RegExp) =>
  checkDraft(text, compiled, { year }).findings.filter((f) => rule.test(f.rule) || f.merged?.some((r) => rule.test(r))).map((f) => f.text);

const SIGNING = /^consistency-signoff-before-review$/;
const CURRENT_YEAR = /^consistency-current-year$/;
const YEARS = /current-year|heading-year/;
const PLANS = '三、下一步工作安排';
const BODY = '全年办理复议案件32件。';

/** [reported year, body, plans heading, 落款, the rules read, what they mark]. */
const cases: [number, string, string, string, RegExp, string[]][] = [
  // A 落款 dated before a full date on which the unit held or ran its own work.
  [2026, '2027年1月25日，我局举办了领导干部法治专题讲座。', PLANS, '2027年1月12日', SIGNING, ['2027年1月12日']],
  [2024, '局党组于2025年1月22日组织开展年度述法活动，班子成员逐一述职。', PLANS, '2025年1月16日', SIGNING, ['2025年1月16日']],
  [2025, '全年办理复议案件20件。2026年2月3日，召开法治建设专题会议。', PLANS, '2026年1月30日', SIGNING, ['2026年1月30日']],
  // A plan, another body's deadline, a law's start, a date before the 落款, a month without its day.
  [2026, '我局拟于2027年1月25日召开法治建设推进会。', PLANS, '2027年1月12日', SIGNING, []],
  [2026, '市依法治市办要求于2027年1月25日前完成年度述法。', PLANS, '2027年1月12日', SIGNING, []],
  [2026, '2027年1月25日起施行的新条例，我局已组织学习。', PLANS, '2027年1月12日', SIGNING, []],
  [2026, '2027年1月5日，召开法治建设推进会。', PLANS, '2027年1月12日', SIGNING, []],
  [2026, '2027年1月，召开法治建设推进会。', PLANS, '2027年1月12日', SIGNING, []],
  // A meeting that passes the report itself, and a date that does not exist (the impossible-date rule's).
  [2026, '2027年1月18日，局党组召开会议审议本报告。', PLANS, '2027年1月12日', SIGNING, []],
  [2023, '2024年2月30日，启动年度自查。', PLANS, '2024年2月16日', SIGNING, []],
  // The year's own account (本年度, 全年, 今年以来) cut off in the next year after the 落款.
  [2026, '本年度普法任务截至2027年12月31日已全部完成。', PLANS, '2027年2月12日', CURRENT_YEAR, ['2027']],
  [2025, '全年累计办理复议案件32件，截至2026年11月底均已审结。', PLANS, '2026年2月12日', CURRENT_YEAR, ['2026']],
  [2023, '今年以来，截至2024年9月底各项考核指标均已达标。', PLANS, '2024年3月1日', CURRENT_YEAR, ['2024']],
  // A cut-off before the 落款, one in the year itself, a plan's date.
  [2026, '今年以来，截至2027年1月15日共办理复议案件32件。', PLANS, '2027年2月12日', CURRENT_YEAR, []],
  [2026, '今年以来，截至2026年12月底已完成年度目标任务。', PLANS, '2027年2月12日', CURRENT_YEAR, []],
  [2026, '全年任务计划截至2027年6月底全部完成。', PLANS, '2027年2月12日', CURRENT_YEAR, []],
  // A plans heading dated the reported year (三、2025年度整改措施): round 54 flagged it, but v55's blind audit judged
  // 四、2026年整改措施 legitimate (the fixes for the problems found in that year), so the reader was withdrawn at merge.
  [2025, BODY, '三、2025年度整改措施', '2026年3月2日', YEARS, []],
  [2026, BODY, '三、2026年改进举措', '2027年2月12日', YEARS, []],
  // A heading on the work done, the next year's plans, or a report signed within its year.
  [2026, BODY, '三、2026年整改措施落实情况', '2027年2月12日', YEARS, []],
  [2026, BODY, '三、2027年整改措施', '2027年2月12日', YEARS, []],
  [2026, BODY, '三、2026年工作开展情况', '2027年2月12日', YEARS, []],
  [2026, BODY, '三、2026年整改措施', '2026年12月2日', YEARS, []],
  // A list item opened by the year, whose sentence says 计划 or 安排, is not a plans heading.
  [2026, '（一）2026年3月31日前完成年度执法计划公示。', PLANS, '2027年2月12日', YEARS, []],
  [2026, '（二）2026年，按照上级部署安排全年普法任务。', PLANS, '2027年2月12日', YEARS, []],
];

describe('dates of the report’s own work against its 落款 and year (round 54)', () => {
  it.each(cases)('%i: %s %s (落款 %s)', (year, body, heading, signed, rule, expected) => {
    expect(found(report(year, body, signed, heading), year, rule)).toEqual(expected);
  });
});

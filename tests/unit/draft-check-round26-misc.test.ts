/**
 * Leftovers, ended plans and years in shapes the readers did not know: a bracket telling the drafter what to fill in
 * (（填写整改时限）, （请列明责任单位）) wherever it stands; an ended plan named once and cited again as this year's basis
 * by its head noun (该纲要, 上述规划, 把纲要…作为依据); a whole year (某年全年) a year early or late in the work of the
 * reported year. Facts from the reference: the 纲要 and 规划 with their periods (official-phrases.md A1, A2, D2;
 * currency-2026.md §1); the annual report is on the year just ended (requirements.md 二).
 */
import { describe, expect, it } from 'vitest';
import { check, kindOf, rulesIn } from './helpers/draft-check.ts';
import { annual, countyReport, inReport, kindProbes, self } from './helpers/kind-probes.ts';

/** A county government's report on `year`: the sentence under 一、主要举措和成效, or as its opening, or in its plans. */
const annualReport = (year: number, { opening = `${year}年，我县坚持以习近平法治思想为指导。`, work = '全年审查规范性文件18件。', plans = '加强执法培训。' } = {}) =>
  `某县人民政府${year}年法治政府建设年度报告\n${opening}现将有关情况报告如下。\n一、主要举措和成效\n${work}\n二、存在的不足\n执法队伍专业化不足。\n三、${year + 1}年工作安排\n${plans}\n某县人民政府\n${year + 1}年2月10日`;

const yearProbe = (year: number, parts: Parameters<typeof annualReport>[1]) => ({ text: annualReport(year, parts), year, type: annual });

kindProbes('round 26 (misc)', {
  'outline-prompt': {
    found: [
      inReport('三、下一步工作\n（填写整改时限）前建立法律顾问评估机制。', 2025, self),
      inReport('全年办理行政复议案件（请填写具体数字）件。', 2025),
      inReport('行政机关负责人出庭应诉率达到（填写出庭应诉率）。', 2025),
      inReport('由（请列明责任单位）牵头落实整改。', 2025, self),
      inReport('整改工作于（请注明办结时间）前完成。', 2025, self),
      inReport('（此处补充法律明白人培养情况）', 2025),
      inReport('四、整改措施\n（在此说明整改责任人）', 2025, self),
    ],
    silent: [
      inReport('全年共开展专项检查6次（补充检查2次）。', 2025),
      inReport('向申请人送达告知书（注明救济途径和期限）。', 2025),
      inReport('全年办理行政复议案件（待填写）件。', 2025),
      inReport('全年办理行政复议案件（数据待核实后填写）件。', 2025),
      inReport('指导各村填写人民调解登记表（一案一表）。', 2025),
    ],
  },
  'expired-document-as-guidance': {
    found: [
      inReport('对照《法治社会建设实施纲要（2020—2025年）》，把纲要规定的任务作为本年度工作的主要依据。', 2026, self),
      inReport('《法治政府建设实施纲要（2021—2025年）》实施以来，全县依法行政水平明显提高。2026年，县政府继续以该纲要为工作遵循。', 2026),
      inReport('《法治社会建设实施纲要（2020—2025年）》实施以来成效明显。2026年，全区按照上述纲要部署推进普法工作。', 2026),
      inReport('“八五”普法规划已于2025年收官。2026年，我局按照该规划的要求开展普法活动。', 2026),
      inReport('《提升行政执法质量三年行动计划（2023—2025年）》实施以来成效明显。2026年，县司法局按照该计划要求开展执法人员轮训。', 2026),
    ],
    silent: [
      inReport('《法治社会建设实施纲要（2020—2025年）》已圆满收官，全区对照该纲要全面总结五年成效。', 2026),
      inReport('回顾《法治政府建设实施纲要（2021—2025年）》实施五年来的成效，该纲要确定的目标任务全部完成。', 2026),
      inReport('对照《法治社会建设实施纲要（2020—2025年）》，把纲要规定的任务作为本年度工作的主要依据。', 2025, self),
      inReport('“八五”普法规划顺利收官。2026年，我局按照县里印发的年度普法规划开展普法。', 2026),
      inReport('2026年，全区对照《法治社会建设实施纲要（2020—2025年）》总结评估，按照省里印发的年度工作方案推进工作。', 2026),
      // The sentence that names the plan says which of its years this is; the back reference follows that (the year is
      // another finding's matter).
      inReport('今年是《法治政府建设实施纲要（2021—2025年）》实施的最后一年，县政府对照纲要任务逐项推进。', 2026),
      // 按照计划 is "as planned", not the ended 行动计划 cited again.
      inReport('《提升行政执法质量三年行动计划（2023—2025年）》已于2025年收官。2026年，县司法局按照计划完成执法人员轮训。', 2026),
    ],
  },
}, countyReport);

kindProbes('round 26 (misc) years', {
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

describe('round 26 (misc): one mistake, one finding', () => {
  it('a bracket naming what to fill is one finding, read as an outline prompt', () => {
    const found = check(countyReport(inReport('三、下一步工作\n（填写整改时限）前建立法律顾问评估机制。', 2025, self)), 2025, self).filter((f) => f.text.includes('填写'));
    expect(found).toHaveLength(1);
    expect(rulesIn(found[0]!).map((r) => kindOf.get(r))).toContain('outline-prompt');
  });
  it('an ended plan named and cited again by its head noun in one sentence is one finding, over the citing words', () => {
    const found = check(countyReport(inReport('对照《法治社会建设实施纲要（2020—2025年）》，把纲要规定的任务作为本年度工作的主要依据。', 2026, self)), 2026, self)
      .filter((f) => rulesIn(f).some((r) => kindOf.get(r) === 'expired-document-as-guidance'));
    expect(found).toHaveLength(1);
    expect(found[0]!.text).toContain('把纲要规定的任务作为本年度工作的主要依据');
  });
});

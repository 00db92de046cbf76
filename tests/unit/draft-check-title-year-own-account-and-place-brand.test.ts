// Round 35: a title year the body names only as a comparison's base, an earlier year opening the unit's own account of
// its work, an ended plan made the basis of a later year's work with the work named before 的, and 法制 before a place
// name the draft uses as a unit. Each with the legitimate look-alikes that must stay silent.
import { describe, expect, it } from 'vitest';
import { ofKind } from './helpers/draft-check.ts';

const annual = (title: string, body: string, signed = '2026年1月20日') => `${title}\n${body}\n三、下一步工作安排\n2026年，继续推进依法行政，提升执法质量。\n临川区人民政府\n${signed}`;
const years = (text: string, year: number, type?: Parameters<typeof ofKind>[3]) => ofKind('year-contradiction', text, year, type).map(([t]) => t);

describe('a title year the body names only as the base of a comparison', () => {
  const body = '2025年，临川区人民政府坚持依法行政，推进法治政府建设。现将2025年度工作情况报告如下。\n一、主要举措和成效\n全年办理行政复议案件120件，较2024年增长15%。\n二、存在的问题\n基层执法力量仍较薄弱。';
  it('flags the title year when the body uses it only after 较, 比 or before 相比, 同期', () => {
    expect(years(annual('临川区人民政府2024年度法治政府建设情况报告', body), 2025, 'law-based-government-annual-report')).toContain('2024年度');
    const withXiangbi = body.replace('较2024年增长15%', '与2024年相比增加18件');
    expect(years(annual('临川区人民政府2024年度法治政府建设情况报告', withXiangbi), 2025, 'law-based-government-annual-report')).toContain('2024年度');
  });
  it('stays silent where the body uses the title year for something of its own (its feedback) or the title is right', () => {
    const feedback = body.replace('全年办理', '对2024年度法治督察反馈的3个问题全部完成整改。全年办理').replace('较2024年增长15%', '较上年增长15%');
    expect(years(annual('临川区人民政府2024年度法治政府建设情况报告', feedback), 2025, 'law-based-government-annual-report')).not.toContain('2024年度');
    expect(years(annual('临川区人民政府2025年度法治政府建设情况报告', body), 2025, 'law-based-government-annual-report')).toEqual([]);
  });
});

describe('an earlier year opening a sentence of the unit’s own account', () => {
  const shufa = (line: string, heading = '二、履行推进法治建设第一责任人职责情况') => `桐溪县交通运输局局长2025年度述法报告\n2025年，本人认真履行推进法治建设第一责任人职责，现将有关情况报告如下。\n一、学习贯彻习近平法治思想情况\n坚持会前学法制度。\n${heading}\n本人主持召开局党组会议研究法治建设。${line}\n三、存在的不足\n执法人员培训还不够。\n四、下一步打算\n2026年，本人将继续推进依法行政。\n述法人：桐溪县交通运输局局长　周明\n2026年1月10日`;
  it('flags 本人 or the unit after an earlier year in the work section, with or without a count', () => {
    expect(years(shufa('2024年，本人坚持把法治建设摆在全局工作的重要位置，与业务工作同谋划、同推进。'), 2025, 'shufa-report')).toContain('2024');
    expect(years(shufa('2024年，我局把合法性审查嵌入重大决策流程，做到应审尽审。'), 2025, 'shufa-report')).toContain('2024');
    expect(years(shufa('2023年度本人督促各执法股室落实行政执法三项制度。'), 2025, 'shufa-report')).toContain('2023');
    expect(years(shufa('2024年，局党组把法治建设纳入年度工作要点，同部署、同推进。'), 2025, 'shufa-report')).toContain('2024');
    expect(years(shufa('2024年，我坚持把法治建设摆在全局工作的重要位置。'), 2025, 'shufa-report')).toContain('2024');
  });
  it('stays silent on history, milestones, comparisons, the year in words, and problem sections', () => {
    const silent = [
      '2024年，本人到任后即着手建立会前学法制度。',
      '2024年，我局被确定为全省交通运输法治建设示范单位。',
      '2024年，我局印发《行政执法案卷评查办法》。',
      '2024年，本人牵头建立的合法性审查制度，今年继续严格执行。',
      '2024年，我局各项法治建设任务已全部完成。',
      '2024年，本人主持办理的复议案件较上年有所减少。',
      '2024年，我国修订行政复议法，我局随即组织专题学习。',
      '2024年，我省把法治建设纳入高质量发展综合绩效考核。',
    ];
    for (const line of silent) expect(years(shufa(line), 2025, 'shufa-report')).toEqual([]);
    expect(years(shufa('2024年，本人对法治建设重视不够。', '二、上年度问题整改情况'), 2025, 'shufa-report')).toEqual([]);
  });
});

describe('an ended plan made the basis of a later year’s work, the work named before 的', () => {
  const expired = (line: string, year = 2026) => ofKind('expired-document-as-guidance', `临川区司法局${year}年度法治政府建设情况报告\n一、主要举措\n${line}\n临川区司法局\n${year + 1}年1月20日`, year).map(([t]) => t);
  it('flags 以…为 and 把…作为 with a long work named first', () => {
    expect(expired('以《法治政府建设实施纲要（2021—2025年）》为全年依法行政工作的根本遵循。').join()).toContain('法治政府建设实施纲要');
    expect(expired('把《法治社会建设实施纲要（2020—2025年）》作为今年全区法治社会建设的总体指引。').join()).toContain('法治社会建设实施纲要');
  });
  it('stays silent while the plan runs, and where the plan is made a base or a review’s object', () => {
    expect(expired('以《法治政府建设实施纲要（2021—2025年）》为全年依法行政工作的根本遵循。', 2025)).toEqual([]);
    expect(expired('把《法治政府建设实施纲要（2021—2025年）》确定的目标任务完成情况作为谋划2026年工作的基础。')).toEqual([]);
  });
});

describe('法制 before a place name the draft uses as a unit', () => {
  const fazhi = (body: string) => ofKind('fazhi-fazhi', `中共梧冈县委书记2024年度述法报告\n${body}\n述法人：中共梧冈县委书记　王林\n2025年1月15日`, 2024, 'shufa-report').map(([t]) => t);
  it('flags 法制梧冈 and 法制梧冈县', () => {
    expect(fazhi('本人团结带领班子成员，努力建设更高水平的法制梧冈。')).toEqual(['法制梧冈']);
    expect(fazhi('全力打造法制梧冈县，为高质量发展提供保障。')).toEqual(['法制梧冈']);
  });
  it('stays silent on offices, reviews, the right word and a word after 法制 that is no place', () => {
    expect(fazhi('梧冈县司法局法制科审核规范性文件12件，重大执法决定法制审核全覆盖。')).toEqual([]);
    expect(fazhi('梧冈县政府法制办公室更名后，努力建设更高水平的法治梧冈。')).toEqual([]);
    expect(fazhi('维护国家法制统一，新建办公区，完善法制工作机制。')).toEqual([]);
  });
});

/**
 * Issue 25, round 3: the general changes made while studying the v1 and v2 sets (both development
 * data now). Each case is a shape of text, not an item of either set.
 */
import { describe, expect, it } from 'vitest';
import { check, rulesIn, rulesOf } from './helpers/draft-check.ts';

describe('heading numbers in a passage taken from a report', () => {
  it('a draft that starts part-way through (（三） with no 一、 above it, 二、 under a 节选 title) is not a skip', () => {
    expect(rulesOf('（三）推进严格规范公正文明执法\n全年办理案件。\n（四）强化行政权力制约监督\n主动接受监督。')).not.toContain('numbering-skip');
    expect(rulesOf('乙县人民政府2026年度法治政府建设情况报告（节选）\n二、存在的不足\n甲。\n三、下一步打算\n乙。')).not.toContain('numbering-skip');
    expect(rulesOf('丙镇党委书记2026年度述法报告\n二、推进法治乡村建设\n全镇完成村规民约修订。', 2026, 'shufa-report')).not.toContain('numbering-skip');
  });
  it('a whole report (title and opening) that starts at 二、, or a （二） under 一、, is still a skip', () => {
    const whole = check('甲局局长2026年度述法报告\n现将有关情况报告如下。\n二、履职情况\n甲。\n三、存在的不足\n乙。', 2026, 'shufa-report');
    expect(whole.find((f) => f.rule === 'numbering-skip')).toMatchObject({ text: '二、', level: 'error' });
    expect(rulesOf('一、主要举措\n（二）完善制度\n甲。')).toContain('numbering-skip');
    expect(rulesOf('（三）推进执法\n甲。\n（五）强化监督\n乙。')).toContain('numbering-skip');
  });
});

describe('figures that cannot agree', () => {
  const mismatch = (text: string) => check(text).filter((f) => rulesIn(f).some((r) => r === 'consistency-parts-sum' || r === 'consistency-rate'));
  it('a breakdown 按…划分 is the whole: its parts must add up to the total', () => {
    expect(mismatch('全年共办理行政处罚案件412件，按程序划分，适用简易程序136件、适用普通程序286件。').map((f) => f.text)).toEqual(['412件']);
    expect(mismatch('全年共办理行政处罚案件422件，按程序划分，适用简易程序136件、适用普通程序286件。')).toEqual([]);
  });
  it('a list closed by its total in the same clause (12个行政村、4个社区共17个) is summed', () => {
    expect(mismatch('全镇12个行政村、4个社区共17个村（社区）全部建立公共法律服务工作室。').map((f) => f.text)).toEqual(['17个']);
    expect(mismatch('全镇12个行政村、4个社区共16个村（社区）全部建立公共法律服务工作室。')).toEqual([]);
  });
  it('a rate its own sentence contradicts, allowing for rounding to the digits written', () => {
    expect(mismatch('全年调处矛盾纠纷213起，调解成功208起，调解成功率98.6%。').map((f) => f.text)).toEqual(['调解成功率98.6%']);
    expect(mismatch('行政诉讼一审审结案件27件，其中败诉2件，败诉率5%。').map((f) => f.level)).toEqual(['hint']);
    expect(mismatch('全年调处矛盾纠纷213起，调解成功208起，调解成功率97.7%。')).toEqual([]);
    expect(mismatch('行政诉讼一审审结案件27件，其中败诉2件，败诉率7%。')).toEqual([]);
    // The whole is the figure just before the part, not the sentence's first.
    expect(mismatch('全年办理行政复议案件64件，行政诉讼一审审结案件30件，其中败诉3件，败诉率10%。')).toEqual([]);
  });
});

describe('a year the sentence itself contradicts', () => {
  const years = (text: string, year = 2026) => check(text, year).filter((f) => /^consistency-(?:current|plan|opening|heading)-year$/.test(f.rule)).map((f) => `${f.rule}:${f.text}`);
  it('今年以来（2023年）, 今年，即2025年, 明年（2026年）, 去年（2024年） against the report year', () => {
    expect(years('今年以来（2023年），本人带头参加集中学法4次。', 2024)).toEqual(['consistency-current-year:2023']);
    expect(years('今年，即2025年，全镇村级法律顾问服务实现全覆盖。')).toEqual(['consistency-current-year:2025']);
    expect(years('三、下一步打算\n明年（2026年）将重点推进治超非现场执法。')).toEqual(['consistency-current-year:2026']);
    expect(years('明年（2027年）将重点推进治超非现场执法。去年（2025年）办理案件12件。')).toEqual([]);
  });
  it('截至2025年底，本年度…, and 2025年是…，全年…', () => {
    expect(years('一、统计执法\n截至2025年底，本年度共开展统计执法检查21次。')).toEqual(['consistency-current-year:2025']);
    expect(years('一、统计执法\n截至2025年底，累计建成站点21个，同比增长10%，本年度新增3个。')).toEqual([]);
    expect(years('一、主要举措\n2025年是我局确定的“财会监督提质年”，全年开展专项检查4轮。')).toEqual(['consistency-current-year:2025']);
  });
  it('a five-year plan’s first or last year written as another year', () => {
    expect(years('2025年是“十五五”开局之年，县政府坚持以习近平法治思想为指导。')).toEqual(['consistency-plan-year:2025年是“十五五”开局']);
    expect(years('一、推进法治社会建设\n作为“十五五”开局之年，2025年全市新增培养“法律明白人”3200名。').some((x) => x.startsWith('consistency-plan-year'))).toBe(true);
    expect(years('2025年是“十四五”收官之年，2026年是“十五五”开局之年。')).toEqual([]);
    expect(years('2026年是“十五五”开局之年，全县统筹推进法治建设。')).toEqual([]);
  });
});

describe('a plan past its period cited as the basis of the work', () => {
  const expired = (text: string, year = 2026) => check(text, year).filter((f) => rulesIn(f).some((r) => r.startsWith('expired-document'))).map((f) => f.text);
  it('以《…》为当前工作遵循, and 推进…规划落实', () => {
    expect(expired('本人以《法治社会建设实施纲要（2020—2025年）》为当前工作遵循，推动出台三年行动方案。')).toEqual(['以《法治社会建设实施纲要（2020—2025年）》为当前工作遵循']);
    expect(expired('本人扎实推进“七五”普法规划落实，全年组织宣传活动18场。', 2024)).toEqual(['扎实推进“七五”普法规划']);
    expect(expired('回顾五年来，我县以《法治社会建设实施纲要（2020—2025年）》为遵循，圆满完成各项任务。')).toEqual([]);
  });
  it('in a report on the plan’s last year, a sentence about the next year', () => {
    expect(expired('四、2026年推进法治政府建设的主要安排\n2026年，县政府将继续以《法治政府建设实施纲要（2021—2025年）》为总遵循，重点做好三方面工作。', 2025)).toHaveLength(1);
    expect(expired('县政府以《法治政府建设实施纲要（2021—2025年）》为总遵循，全面完成年度任务。', 2025)).toEqual([]);
  });
  it('a local plan whose title gives its period', () => {
    expect(expired('2026年，县委依法治县办按照《壬县“十四五”法治建设规划》确定的任务推进工作。')).toEqual(['按照《壬县“十四五”法治建设规划》']);
    expect(expired('按照《某县法治宣传教育规划（2021—2025年）》开展普法。')).toEqual(['按照《某县法治宣传教育规划（2021—2025年）》']);
    expect(expired('按照《某县法治宣传教育规划（2026—2030年）》开展普法。')).toEqual([]);
    expect(expired('按照《某县“十五五”法治建设规划》推进工作。')).toEqual([]);
  });
});

/**
 * Years and expired documents in the plainest shapes a writer who read only the reference would write: a year called
 * an event's anniversary, Nth year or year held (dates from the sources, or the founding years everyone knows); a
 * plan said to close in a year its period does not end; an opening that sets the scene with last year before its own
 * year; an expired plan named in a sentence framed by its own period (“十四五”时期…, a section headed 回顾). Each
 * look-alike is a legitimate sentence of the same shape that must stay silent for the kind.
 */
import { describe, expect, it } from 'vitest';
import { check, kindOf } from './helpers/draft-check.ts';
import { kindProbes, plain, shortReport, shufa, self, type Probe } from './helpers/kind-probes.ts';

const wrap = shortReport({
  title: (year, type) => (type === shufa ? `某县县长${year}年度述法报告` : type === self ? `某镇${year}年度法治建设工作自查报告` : `某县人民政府关于${year}年度法治政府建设情况的报告`),
  opening: (year, type) => (type === shufa ? '本人认真履行推进法治建设第一责任人职责，现将述法情况报告如下。' : `${year}年，我县坚持以习近平法治思想为指导，现将有关情况报告如下。`),
  plans: (year) => `下一步工作安排\n${year + 1}年，我县将继续深化行政执法体制改革。`,
  signoff: (year, type) => (type === shufa ? `述法人：某县县长 李华\n${year + 1}年1月15日` : `某县人民政府\n${year + 1}年2月10日`),
});

/**
 * A whole short report with its own opening and sections, for the opening and the section a sentence sits in. The
 * probe keeps only the opening and the sections (so a failing probe is named by them); `draft` writes the report.
 */
const whole = (year: number, opening: string, sections: string, type: Probe['type'] = 'law-based-government-annual-report'): Probe => ({ text: `@@${opening}\n${sections}`, year, type });
const wholeReport = (year: number, inner: string) =>
  `某县人民政府${year}年法治政府建设情况报告\n${inner}\n三、存在问题\n执法监督力量不足。\n四、${year + 1}年工作打算\n建成县级行政执法监督平台。\n某县人民政府\n${year + 1}年2月10日`;
const draft = (p: Probe) => (p.text.startsWith('@@') ? wholeReport(p.year, p.text.slice(2)) : wrap(p));
const body = '一、主要工作\n全年审查规范性文件18件。';

kindProbes('round 18 (years)', {
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

kindProbes('round 18 (opening years)', {
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

kindProbes('round 18 (expired documents)', {
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

describe('round 18: one mistake, one finding of its kind, and only a hint', () => {
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

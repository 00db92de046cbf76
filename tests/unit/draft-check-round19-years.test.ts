/**
 * Years in the shapes a writer who read only the reference would write: a title that kept last year's year while the
 * body reports on this one; the war's victory (1945) counted as an anniversary; a part of the year with its own count
 * beside the whole year's; a plan told as finished in the year before the report. Each look-alike is a legitimate
 * sentence of the same shape that must stay silent for the kind.
 */
import { describe, expect, it } from 'vitest';
import { check, checkWith, kindOf } from './helpers/draft-check.ts';
import { kindProbes, plain, shortReport, shufa, self, type Probe } from './helpers/kind-probes.ts';

const wrap = shortReport({
  title: (year, type) => (type === shufa ? `某县县长${year}年度述法报告` : type === self ? `某镇${year}年度法治建设工作自查报告` : `某县人民政府关于${year}年度法治政府建设情况的报告`),
  opening: (year, type) => (type === shufa ? '本人认真履行推进法治建设第一责任人职责，现将述法情况报告如下。' : `${year}年，我县坚持以习近平法治思想为指导，现将有关情况报告如下。`),
  plans: (year) => `下一步工作安排\n${year + 1}年，我县将继续深化行政执法体制改革。`,
  signoff: (year, type) => (type === shufa ? `述法人：某县县长 李华\n${year + 1}年1月15日` : `某县人民政府\n${year + 1}年2月10日`),
});

/** A whole report given with its own title and body: only the sections and 落款 are added. */
const whole = (year: number, title: string, body: string, type: Probe['type'] = 'law-based-government-annual-report'): Probe =>
  ({ text: `@@${title}\n${body}\n二、存在的不足\n执法队伍专业化不足。\n三、${year + 1}年工作安排\n加强执法培训。\n某县人民政府\n${year + 1}年2月10日`, year, type });
const draft = (p: Probe) => (p.text.startsWith('@@') ? p.text.slice(2) : wrap(p));

kindProbes('round 19 (years)', {
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

describe('round 19 (years): levels', () => {
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

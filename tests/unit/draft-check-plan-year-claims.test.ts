/**
 * Round 31: a report year called a given year of a dated plan or law (今年是…收官之年, 本年度是…实施的第二年, 2025年是…
 * 修订通过之年) where the reference gives the plan's period or the law's dates; an ended dated goal or target kept as this
 * year's (牢记到2020年基本建成法治政府的目标, 对标“到2025年…”的要求); and the newspaper's old name 《法制日报》 used now.
 * Sentences are written for these tests, in other words than the evaluation sets: other organs, verbs and places in
 * the report. Each family has its legitimate look-alikes, which must stay silent.
 */
import { describe } from 'vitest';
import { annual, countyHeadReport, kindProbes, plain, type Probe, self, shufa, unlessWhole } from './helpers/kind-probes.ts';

const TYPES = { annual, shufa, self } as const;

/**
 * Probes written one a line: the report's year, its type (annual, shufa, self) and the sentence; a sentence that starts
 * with @@ is a whole report, its lines joined by a written \n. Lines starting with # say why the probes below them exist.
 */
function table(block: string): Probe[] {
  return block.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')).map((l) => {
    const [year, type, ...rest] = l.split(' ');
    return plain(Number(year), rest.join(' ').replace(/\\n/g, '\n'), TYPES[type as keyof typeof TYPES]);
  });
}

const inCounty = unlessWhole(countyHeadReport);

describe('round 31: the year a clause names as its subject', () => {
  kindProbes('round 31', {
    'year-contradiction': {
      found: table(`
      # The opening names the report's year twice more; the clause's own 今年 is the year labelled.
      2024 shufa 按照县委依法治县办关于开展2024年度述法工作的通知，今年是《法治政府建设实施纲要（2021—2025年）》的收官之年，现将本人2024年度履职情况报告如下。
      2027 self 根据市委依法治市办2027年度考核方案，本年度是“十五五”规划的开局之年，现将我局2027年度自查情况报告如下。
      2022 annual 对照2022年度法治建设工作要点，今年是“八五”普法规划实施的第三年，现将我镇2022年度工作报告如下。
      # A campaign named without its closing 计划 (提升行政执法质量三年行动) is still the dated one (2023—2025).
      2024 annual 今年是提升行政执法质量三年行动的收官之年，县市场监管局评查执法案卷60卷。
      2023 annual 2023年是提升行政执法质量三年行动实施的第二年，全县开展执法监督检查18次。
      # 中期评估之年: a middle year, not the plan's first or last.
      2021 annual 今年是“八五”普法规划中期评估之年，全县组织普法检查。
      # A law's year of adoption or force named outright.
      2024 annual 本年度是新修订的《行政复议法》修订通过之年，县司法局组织复议人员集中培训。
      2023 annual 今年是新修订的行政复议法施行之年，县政府受理复议申请41件。
      # A year set beside the label (…第三年，即2024年) is the year claimed, not the clause's 今年.
      2023 annual 今年是“八五”普法规划实施的第三年，即2024年，全县深化普法依法治理。
      # The opening's own review dated, mid-sentence, with the year before.
      2025 self @@某县农业农村局2025年度法治建设自查报告\\n根据县委依法治县办关于2025年度法治建设考核的通知，2024年，局党组组织全体干部对照考核细则，对2025年度工作开展自查。现报告如下。\\n一、主要工作\\n开展集中学法6次。\\n二、存在问题\\n培训不够。\\n三、整改措施\\n加强培训。\\n某县农业农村局\\n2026年1月10日
    `),
      silent: table(`
      2025 shufa 按照县委依法治县办关于开展2025年度述法工作的通知，今年是《法治政府建设实施纲要（2021—2025年）》的收官之年，现将本人2025年度履职情况报告如下。
      2026 self 根据市委依法治市办2026年度考核方案，本年度是“十五五”规划的开局之年，现将我局2026年度自查情况报告如下。
      2025 annual 2025年是提升行政执法质量三年行动的收官之年，县交通运输局评查执法案卷42卷。
      2023 annual 今年是“八五”普法规划中期评估之年，全县组织普法检查。
      2023 annual 今年是行政复议法修订通过之年，县司法局组织专题学习。
      2024 annual 2024年是新修订的行政复议法施行之年，县政府受理复议申请41件。
      # A local plan whose period the reference does not give stays silent.
      2024 annual 今年是我县法治乡村建设三年行动的开局之年，全县新建法治文化广场6个。
      2023 annual 今年是“八五”普法规划实施的第三年，即2023年，全县深化普法依法治理。
      2026 self @@某县农业农村局2026年度法治建设自查报告\\n根据县委部署，2025年，“八五”普法规划顺利收官，2026年我局接续推进普法工作。现报告如下。\\n一、主要工作\\n开展集中学法6次。\\n二、存在问题\\n培训不够。\\n三、整改措施\\n加强培训。\\n某县农业农村局\\n2027年1月10日
      # Two years, each with its own label.
      2026 annual 2025年是“十四五”规划收官之年，2026年是“十五五”规划开局之年，我局统筹谋划法治工作。
    `),
    },
  }, inCounty);
});

describe('round 31: an ended dated goal or target kept as this year\'s', () => {
  kindProbes('round 31', {
    'outdated-wording': {
      found: table(`
      2024 annual 局党组牢记到2020年基本建成法治政府的目标要求，全年研究法治工作5次。
      2023 annual 镇政府朝着到2020年基本建成法治政府的目标，扎实推进依法行政。
      2025 annual 我委以到2020年基本建成法治政府为目标，全面推进依法决策。
    `),
      silent: table(`
      2024 annual 我县对照到2020年基本建成法治政府的目标，回顾了“十三五”时期的工作。
      2024 annual 对照到2020年基本建成法治政府的目标，全县已如期实现。
      2024 annual 坚持到2035年基本建成法治国家、法治政府、法治社会的目标。
      2019 annual 局党组牢记到2020年基本建成法治政府的目标要求，全年研究法治工作5次。
    `),
    },
    'expired-document-as-guidance': {
      found: table(`
      2026 annual 对标“到2025年每个行政村至少培养3名法律明白人”的要求，全镇新增培养对象40名。
      2026 annual 瞄准到2025年村（社区）法律顾问全覆盖的目标，今年新聘法律顾问12名。
    `),
      silent: table(`
      2025 annual 对标到2025年每个行政村至少培养3名法律明白人的要求，全镇新增培养对象40名。
      2026 annual 对标到2027年全面完成的目标，全镇新增培养对象40名。
      2026 annual 对标“到2025年每个行政村至少培养3名法律明白人”的要求，全镇已于2025年完成。
    `),
    },
  }, inCounty);
});

describe('round 31: the newspaper by its old name', () => {
  kindProbes('round 31', {
    'fazhi-fazhi': {
      found: table(`
      2025 annual 县应急管理局安全生产执法经验被《法制日报》专版报道。
      2026 self 今年在法制日报、省级报刊发表普法稿件9篇。
    `),
      silent: table(`
      2025 annual 县应急管理局安全生产执法经验被《法治日报》专版报道。
      2025 annual 2018年，我县“枫桥式”调解做法曾被《法制日报》报道。
      2025 annual 全年重大执法决定均经法制审核。
    `),
    },
  }, inCounty);
});


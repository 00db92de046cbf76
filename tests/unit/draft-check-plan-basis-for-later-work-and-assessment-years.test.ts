// Round 45 of issue 25: an ended plan made the basis of 当年 work (当年 there is the report's year, not 'back then'), a plan
// cited for drawing up a later year's work (依据《…（2023—2025年）》制定2026年…计划), a dated target called the current
// standard (“到2025年…”的现行标准), and another year's 考评 (not only 考核) text taken as the yardstick of the year's problems.
import { describe, expect, it } from 'vitest';
import { ofKind } from './helpers/draft-check.ts';

/** An annual report on `year` whose first section holds `body` and whose problems section holds `problems`. */
const report = (year: number, body: string, problems = '基层执法力量不足。') =>
  `某区市场监管局关于${year}年度法治政府建设情况的报告\n${year}年，我局深入学习贯彻习近平法治思想。现将有关情况报告如下。\n一、主要举措和成效\n${body}\n二、存在的问题\n${problems}\n三、下一年度工作安排\n继续推进依法行政。\n某区市场监管局\n${year + 1}年2月1日`;

/** A case: the report's year, the line in the first section, and the line in the problems section. */
type Case = readonly [year: number, body: string, problems?: string];
/** A family: the kind, the cases caught with a word their one finding must hold, and the look-alikes left silent. */
type Family = { name: string; kind: string; caught: readonly (readonly [Case, string])[]; silent: readonly Case[] };

const found = (kind: string, [year, body, problems]: Case) => ofKind(kind, report(year, body, problems), year).map(([t]) => t);

const FAMILIES: Family[] = [
  {
    name: 'expired-document-as-guidance: 当年 naming the year an ended plan is made the basis of',
    kind: 'expired-document-as-guidance',
    caught: [
      [[2026, '（一）局党组以《法治社会建设实施纲要（2020—2025年）》为当年工作遵循，推进普法进市场。'], '为当年工作遵循'],
      [[2027, '（一）我局把《法治政府建设实施纲要（2021—2025年）》作为当年工作依据，推进执法规范化。'], '作为当年工作依据'],
    ],
    silent: [
      [2026, '（一）当年，县里以《法治政府建设实施纲要（2015—2020年）》为遵循完成了示范创建。'],
      [2025, '（一）局党组以《法治社会建设实施纲要（2020—2025年）》为当年工作遵循，推进普法进市场。'],
    ],
  },
  {
    name: 'expired-document-as-guidance: a plan cited for drawing up a later year’s work',
    kind: 'expired-document-as-guidance',
    caught: [
      [[2025, '（一）依据《提升行政执法质量三年行动计划（2023—2025年）》制定2026年执法检查计划。'], '《提升行政执法质量三年行动计划（2023—2025年）》'],
      [[2025, '（一）按照《法治中国建设规划（2020—2025年）》要求，编制2026年度法治建设工作要点。'], '《法治中国建设规划（2020—2025年）》'],
    ],
    silent: [
      [2025, '（一）按照《法治中国建设规划（2020—2025年）》要求，部署2025年度重点任务。'],
      [2024, '（一）依据《提升行政执法质量三年行动计划（2023—2025年）》制定2025年执法检查计划。'],
      [2025, '（一）《法治中国建设规划（2020—2025年）》顺利收官，研究制定2026年工作要点。'],
    ],
  },
  {
    name: 'expired-document-as-guidance: a dated target called the current standard',
    kind: 'expired-document-as-guidance',
    caught: [
      [[2026, '（一）对照“到2025年每个村（社区）至少有3名法律明白人”的现行标准，本年度培育工作已完成。'], '现行标准'],
      [[2027, '（一）按照到2025年每个行政村培养3名法律明白人这一当前要求，全镇培育任务均已完成。'], '当前要求'],
    ],
    silent: [
      [2026, '（一）“到2025年每个行政村至少培养3名法律明白人”的目标已于2025年实现。'],
      [2025, '（一）对照“到2025年每个行政村至少培养3名法律明白人”的现行标准，本年度培育工作已完成。'],
    ],
  },
  {
    name: 'year-contradiction: another year’s 考评 text as the yardstick of the year’s problems',
    kind: 'year-contradiction',
    caught: [
      [[2023, '（一）依法决策。', '对照2024年度法治建设考评指标，我局本年度仍有2项指标未达标。'], '2024'],
      [[2025, '（一）依法决策。', '对照2026年度依法行政考评细则，本局仍有3项指标失分。'], '2026'],
    ],
    silent: [
      [2025, '（一）依法决策。', '对照2025年度法治建设考评指标，我局仍有2项指标未达标。'],
      [2025, '（一）依法决策。', '下一步将对照2026年度法治建设考评指标提前谋划。'],
      [2025, '（一）依法决策。', '对照2026年度考评指标与今年相比，新增2项要求。'],
    ],
  },
];

for (const family of FAMILIES) {
  describe(family.name, () => {
    it.each(family.caught.map(([c, word]) => [c[1] + (c[2] ?? ''), c, word] as const))('catches %s', (_line, c, word) => {
      const texts = found(family.kind, c);
      expect(texts).toHaveLength(1);
      expect(texts[0]).toContain(word);
    });
    it.each(family.silent.map((c) => [c[1] + (c[2] ?? ''), c] as const))('stays silent on %s', (_line, c) => {
      expect(found(family.kind, c)).toEqual([]);
    });
  });
}

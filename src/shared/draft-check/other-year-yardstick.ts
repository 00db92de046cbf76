/**
 * The report year's own work measured against another year's assessment text: 对照2022年度考核指标体系，逐项梳理本年度
 * 工作 or 以2025年度考核细则为依据，对本年度工作逐项打分 in a report on 2023 or 2026. The yardstick of a year's review is that
 * year's 考核指标 (细则, 办法, 评分标准); an earlier year's is left from an older draft (issue 25, round 32). The sentence must
 * take the text as its measure (对照, 依据, 按照, 根据, 以…为) and say the work measured is the year's own (本年度, 今年,
 * 全年, 逐项 with or without 开展: 逐项开展自查, round 41); the earlier year's results, feedback or problems (2025年度考核反馈的问题) and comparisons are another matter.
 */
import type { YearScope } from './last-year-work.ts';
import { sentenceAround } from './sentence.ts';

/** A measure word, then an earlier year's assessment text, close by; 考评 is 考核 in other words (考评指标, round 45). */
const YARDSTICK = /(?:对照|依据|按照|根据|参照|(?<![可予所加难足得])以)\s*(?:上级|市|县|区|省)?[^，,。；\n\d]{0,6}?((?:19|20)\d{2})\s*年度?[^，,。；\n\d]{0,8}?考(?:核|评)(?:评价)?(?:指标(?:体系)?|细则|办法|方案|评分标准|标准|实施方案)/gu;
/** The sentence says the measured work is the report year's own. */
const OWN_YEAR_WORK = /本年度|今年|全年|当年工作|逐项(?:开展|进行|组织)?(?:梳理|打分|对照|核对|评分|自查|检查)/u;
/** The earlier year's own results or what came of them, a comparison, or a span. */
const NOT_THE_MEASURE = /整改|反馈|问题|结果|通报|得分|排名|等次|较|相比|同比|以来|累计|基础/u;
/** Sections where an earlier year is the subject: its feedback, its rectification, the plans. */
const OTHER_SECTION = /整改|反馈|打算|安排|计划|思路|展望|下一步|今后/u;

/**
 * A later year's yardstick for the year's own problems or review (对照2025年度法治建设考核指标，一是… in a body section of a
 * report on 2024, round 44): a year's 考核指标 measure that year's work, so a later year's cannot yet have measured this one.
 * Only under a heading (the opening may name the notice of the next year's round), never in the plans, never with
 * another year in the sentence or a word of the future.
 */
const FUTURE = /将|拟|计划|力争|争取|预计|今后|下一步|明年|来年|下一?年/u;

/** Offsets of the earlier or later years dating the yardstick of the reported year's review. */
export function otherYearYardsticks({ year, text, skipped, section }: Omit<YearScope, 'plansWithinYear'>): number[] {
  const found: number[] = [];
  for (const m of text.matchAll(YARDSTICK)) {
    const y = Number(m[1]);
    if (y === year) continue;
    const at = m.index + m[0].indexOf(m[1]!);
    const { text: sentence } = sentenceAround(text, at, { stops: /[。；\n]/ });
    const otherYears = [...sentence.matchAll(/(?<!\d)((?:19|20)\d{2})\s*年/gu)].filter((o) => Number(o[1]) !== y);
    if (y > year) {
      const heads = section(text.lastIndexOf('\n', at));
      if (otherYears.length || !heads || FUTURE.test(sentence) || /较|相比|同比/.test(sentence) || skipped(at) || OTHER_SECTION.test(heads)) continue;
      found.push(at);
      continue;
    }
    if (otherYears.length || !OWN_YEAR_WORK.test(sentence) || NOT_THE_MEASURE.test(sentence)) continue;
    if (skipped(at) || OTHER_SECTION.test(section(text.lastIndexOf('\n', at)))) continue;
    found.push(at);
  }
  return found;
}

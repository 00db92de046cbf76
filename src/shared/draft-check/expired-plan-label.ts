/**
 * A plan whose period has ended called the plan of a later year (2026年是“八五”普法规划深化之年, 作为“八五”普法规划实施之年的
 * 牵头单位 in a report on 2026): the label says the plan is in force that year, which currency-2026.md (“八五”普法规划一行: the
 * period just ended) rules out. The label's year is its clause's subject (clauseSubjectYear), else the sentence's one year, else
 * the report's year. The plan's last year (收官之年) is planYear's (dates.ts), read against its period; its earlier stages
 * said of a year after it ended are this reader's (round 52).
 */
import type { Mark } from './context.ts';
import { clauseSubjectYear } from './clause-subject-year.ts';
import { sentenceAround } from './sentence.ts';

/**
 * A label of a year in which a plan runs, after the plan's name: 实施之年, 深化之年, 关键之年, 全面实施之年; round 48 also
 * 深入实施的关键一年, 贯彻落实的重要一年. Not 实施一年来 (a span since the plan began) nor 实施的第一年 (the opening year, dates.ts).
 */
const RUNNING_LABEL = /^[》”"’]?(?:的)?(?:全面|深入|持续|贯彻|全面贯彻)?(?:实施|深化|关键|攻坚|推进|落实|巩固|提升|提质|决战|冲刺|深化落实|攻坚突破)(?:(?:之)?年|(?:(?:的)?(?:关键|重要|攻坚|决胜|冲刺|深化|推进|落实|巩固|提升)(?:之年|的?一年)|的一年)(?![来多半以]))/u;

/**
 * Round 52: a stage of the plan short of its last year (作为“八五”普法的开局之年, 《纲要》实施的第二年) said of a year after the
 * plan ended: no year of its period is meant, the ended plan is used to place this year. The last year (收官之年, 最后一年,
 * 第五年 of a five-year plan) one year late is a year slipped from last year's draft, and its middle (中期之年, a year strictly
 * inside the period) said of a later year are planYear's (dates.ts), as ruled before.
 */
const STAGE_LABEL = /^[》”"’]?(?:规划|纲要)?(?:的)?(?:实施)?(?:的)?(?:(?:开局|起步|开篇|起始)(?:之)?年|(?:首|元)年|第([一二三四])个?年)(?![来多半以])/u;
const CN_ORDINAL: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4 };

/** Whether the words after a plan's name call a year a stage before its last (the shared reading of planYear and this reader). */
export function earlyStageWords(after: string, planLength: number | undefined): RegExpExecArray | null {
  const stage = STAGE_LABEL.exec(after);
  if (!stage) return null;
  if (stage[1] && (planLength === undefined || CN_ORDINAL[stage[1]]! >= planLength)) return null;
  return stage;
}

export function expiredPlanLabel(text: string, at: number, name: string, planEnd: number, reportYear: number, planStart?: number): Mark | null {
  const after = text.slice(at + name.length);
  // A 十N五 period runs on into the next (“十四五”开局之年 for “十五五”): its stage words are a slipped year, planYear's.
  const runsOn = /十[一二三四五六七八九]五/.test(name);
  const label = RUNNING_LABEL.exec(after) ?? (runsOn ? null : earlyStageWords(after, planStart === undefined ? undefined : planEnd - planStart + 1));
  if (!label) return null;
  const subject = clauseSubjectYear(text, at, reportYear);
  const sentence = sentenceAround(text, at);
  const years = [...sentence.text.matchAll(/(?<![\d—–\-~～至到])((?:19|20)\d{2})\s*年(?![\d—–\-~～至到]|以来)/gu)];
  const year = subject ? subject.year : years.length === 1 ? Number(years[0]![1]) : years.length === 0 ? reportYear : null;
  if (year === null || year <= planEnd) return null;
  return {
    start: at,
    end: at + name.length + label[0].length,
    message: `${name}已于${planEnd}年期满，${year}年不是它的${label[0].replace(/^[》”"’的]+/u, '')}。`,
    fix: `写${year}年的工作，不要把期满的规划写成仍在实施；也不要自拟接续规划的名称`,
  };
}

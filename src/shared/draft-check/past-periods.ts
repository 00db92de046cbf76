/**
 * A period named as the frame of what a sentence tells (“七五”普法期间，…; “十三五”时期，…; 2016年至2020年，…): once that
 * period has ended, the sentence is history, and a plan or an old wording it names is recalled, not cited as this
 * year's basis (currency-2026.md §1: an ended plan may be named as the completed plan).
 */

const ORDINALS = '一二三四五六七八九';

/**
 * The 普法 series (“七五”普法期间, 八五普法时期): “一五” began in 1986 and each plan runs five years, so “N五” ends in
 * 1990 + 5(N−1) (currency-2026.md §1: “八五” is 2021—2025). The frame word must follow; 按照“七五”普法规划 is a citation.
 */
const PUFA_FRAME = new RegExp(`([${ORDINALS}])五[”"’」]?(?:普法|法治宣传教育|法制宣传教育)(?:规划)?(?:实施)?(?:期间|时期|阶段|以来)`, 'gu');
/** The national five-year plans (“十三五”时期, 十四五期间): “十四五” is 2021—2025, so “十N五” ends in 2025 + 5(N − 4). */
const NATIONAL_FRAME = new RegExp(`十([${ORDINALS}])五[”"’」]?(?:规划)?(?:时期|期间|阶段|以来)`, 'gu');
/** A span of years as a frame (2016年至2020年，…; 2016—2020年间; 2021年到2025年期间), not a title's bracketed period. */
const SPAN_FRAME = /(?<![（(\d])((?:19|20)\d{2})\s*年?\s*(?:—|–|-|－|~|～|至|到)\s*((?:19|20)\d{2})\s*年(?=间|期间|时期|[，,])/gu;

/**
 * A period that describes a thing rather than frames the telling: …期间建成的阵地基础上, “十三五”时期的成果. The words up
 * to the clause's end hold 的.
 */
const ATTRIBUTIVE = /^[^，,。；]*的/u;
/** The writer's own year after the frame (“十三五”期间建成的示范点，今年继续按照…): the sentence is about now. */
const NOW = /今年|本年|年内|当前|目前|现阶段|新的一年|下一步|明年/u;

/** The last year of every period framing `lead` (the text before a mention, in its sentence). */
export function framingPeriodEnds(lead: string): number[] {
  const ends: number[] = [];
  const frames: [RegExp, (m: RegExpMatchArray) => number][] = [
    [PUFA_FRAME, (m) => 1990 + 5 * ORDINALS.indexOf(m[1]!)],
    [NATIONAL_FRAME, (m) => 2025 + 5 * (ORDINALS.indexOf(m[1]!) - 3)],
    [SPAN_FRAME, (m) => Number(m[2])],
  ];
  for (const [frame, endOf] of frames) {
    for (const m of lead.matchAll(frame)) {
      const after = lead.slice(m.index! + m[0].length);
      if (!ATTRIBUTIVE.test(after) && !NOW.test(after)) ends.push(endOf(m));
    }
  }
  return ends;
}

/** Whether `lead` is framed by a period that had ended by `year` (its last year before it). */
export const framedByPastPeriod = (lead: string, year: number): boolean => framingPeriodEnds(lead).some((end) => end < year);

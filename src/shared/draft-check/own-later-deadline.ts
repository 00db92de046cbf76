/**
 * Round 59 (v61c-half-width-punctuation-13, v61c-clean-47): a dated target's words set under the writer's own later deadline
 * (扩大“法律明白人”队伍，2027年底前本县每个行政村至少培养3名, in the plans of a 2026 report): the unit's own aim, dated by
 * itself, not the ended plan's target told as this year's guidance (currency-2026.md §1 asks only that the plan's 2025
 * target not be written as still current). Only where the sentence does not lean on the plan or its standard
 * (按照…标准, 对照…要求, “八五”普法规划): those still read as the ended target put to work.
 */

/** A deadline of the writer's own in the sentence before the words: 2027年底前, 2027年6月前, 到2027年底. */
const OWN_DEADLINE = /(?:(?:到|至)\s*((?:19|20)\d{2})\s*年(?:底|末)?|((?:19|20)\d{2})\s*年(?:底|末|年底|\s*\d{1,2}\s*月(?:底|末)?)?\s*(?:前|之前))/gu;
/** The sentence leans on the plan or its standard: the ended target is put to work. */
const LEANS_ON_PLAN = /按照|对照|对标|依照|依据|根据|参照|执行|遵循|落实|标准|要求|规划|纲要|规范|现行|继续按/u;

/**
 * Whether `before` (the sentence before the words) sets the writer's own deadline in or after `fromYear` (the first
 * year after the target's period), with nothing in `sentence` tying the words to the plan.
 */
export function underOwnLaterDeadline(before: string, sentence: string, fromYear: number): boolean {
  if (LEANS_ON_PLAN.test(sentence)) return false;
  return [...before.matchAll(OWN_DEADLINE)].some((m) => Number(m[1] ?? m[2]) >= fromYear);
}

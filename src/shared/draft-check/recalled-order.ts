/**
 * An old official order of a series quoted as history, not used: 2010年国务院文件曾提出“带头学法、尊法、守法、用法”，如今统一为
 * “尊法学法守法用法” (official-phrases.md D3 records the 2010 order as the old one). The writer mentions the old wording;
 * a bare old order written as the unit's own words (本人带头学法、尊法、守法、用法) stays the order rule's finding.
 *
 * Recalled means quoted (inside quotation marks) and told as past in its sentence: attributed to an earlier text
 * (曾提出, 原提法, 过去表述为), dated to a year while the old order was current, or set against the current form
 * (如今统一为, 现表述为, 后调整为). Or, unquoted, introduced by a word that can only attribute it (曾提出, 原提法).
 */
import { sentenceAround } from './sentence.ts';

/** Words giving the wording to an earlier text: 曾提出, 原提法, 旧表述, 过去的文件表述为, 当时要求. */
const ATTRIBUTED = /曾(?:经)?(?:提出|要求|表述|写作|使用|采用)|(?:原|旧|原来的?|过去的?|以往的?|早期的?|当时的?)(?:文件)?(?:提法|表述|说法|写法)|(?:原|旧)文(?:件)?(?:为|是|作)/u;

/** Words setting it against the form now current: 如今统一为, 现表述为, 现行表述, 此后统一为, 后调整为. */
const NOW_OTHERWISE = /(?:如今|现在?|现已|目前)(?:已|已经)?(?:统一|调整|改|规范)(?:表述|提法)?为|现(?:行|在的?)?(?:表述|提法)(?:为|是)|(?:此后|之后|后来?|其后)[^，。；]{0,12}?(?:统一|调整|改|规范|表述)为|(?:统一|调整|改|规范)为[“"‘]/u;

const OPEN = /[“"‘「]/gu;
const CLOSE = /[”"’」]/gu;

/** Whether the offset lies inside a quotation opened earlier in the same sentence. */
function quotedAt(sentenceBefore: string): boolean {
  const opened = (sentenceBefore.match(OPEN) ?? []).length;
  const closed = (sentenceBefore.match(CLOSE) ?? []).length;
  // Straight quotes open and close alike: an odd count means one is open.
  const straight = (sentenceBefore.match(/"/g) ?? []).length;
  return straight % 2 === 1 || opened - straight > closed - straight;
}

/**
 * Whether the run at [start, end) is an old order recalled as history. `until` is the last year the old order was current
 * (a year up to it before the run dates the quotation to its time).
 */
export function recalledOldOrder(text: string, start: number, end: number, until: number): boolean {
  const sentence = sentenceAround(text, start, { end });
  const before = sentence.text.slice(0, start - sentence.start);
  if (ATTRIBUTED.test(before.slice(-16))) return true;
  if (!quotedAt(before)) return false;
  const dated = [...before.matchAll(/((?:19|20)\d{2})\s*年/gu)].some((m) => Number(m[1]) <= until);
  return dated || ATTRIBUTED.test(before) || NOW_OTHERWISE.test(sentence.text);
}

/**
 * A later count, number first, larger than the year's one total of the same thing (round 52): 全年举办法治培训班20场次 … 23场次
 * 法治培训覆盖全体在编干部; 全年对18份合同进行合法性审查 … 28份合同审查意见均被采纳; 常年法律顾问团队共7名 … 9名法律顾问全程参与.
 * The later mention says something else of the count in passing, so it carries no 全年/均 of its own for restated-measures to
 * go on. What it does carry: a part of the year's whole cannot be larger than the whole. Strict, as a hint (internal
 * consistency, local practice):
 * - the thing is the later noun's start, matching exactly one earlier whole count of the unit: its words before the number
 *   (an act such as 举办 before them at most) or its noun after it; 培训班 is 培训, 干部法治培训 is 法治培训, 常年法律顾问团队 is
 *   法律顾问; what follows the thing in the later clause is an act or a word of the whole (覆盖, 参与, 均), not more noun;
 * - 合同审查意见 is the reviewed 合同 when the earlier count's act is the review;
 * - the later count is larger, or the earlier one's digits in another order; a smaller later count may be a part (3名法律顾问
 *   参与论证 of 7), so it is left alone; several earlier counts of the thing: only a digit permutation speaks;
 * - neither side is a part, a step, another period or scope, or a plan's target.
 */
import { digitsOf, type Ctx, type Mark } from './context.ts';
import { CLAUSE_BREAK, SENTENCE_BREAK } from './checks/figures.ts';
import { startBefore } from './sentence.ts';
import { countsTheWhole, wordsFirstCounts } from './restated-measures.ts';
import { numberFirstCounts } from './restated-noun-first.ts';
import { GENERAL_HEAD } from './pointed-noun-count.ts';
import { inPlanSection } from './plan-section.ts';
import { STOCK, sameDigits, sessionUnitKey as unitKey } from './measures.ts';
import { pairMark } from './pair-mark.ts';

interface Told { start: number; end: number; value: number; unit: string; thing: string; act: string; numberFirst: boolean }

/** Words that name the same sessions or group in a longer form: 培训班 is the 培训, 干部法治培训 the 法治培训, 顾问团队 the 顾问, 重大行政决策事项 the 重大行政决策 (round 58). */
const canon = (words: string): string => words.replace(/培训班/gu, '培训').replace(/干部(?=法治)/gu, '').replace(/常年(?=法律顾问)/gu, '').replace(/(?:团队|队伍)$/u, '').replace(/(?<=[\u3400-\u9fff]{4})事项$/u, '');
/** An act before the thing in the earlier words (举办法治培训班): nothing else may stand there, or it names another set. */
export const ACT_LEAD = /^(?:举办|开展|组织|召开|聘请|聘任|配备|配齐|审查|审核|审议|办理|办结|受理|签订|作出|制定|出台|印发)?$/u;
/** What follows the thing in the later clause: an act or a word of the whole, so the noun ends there. */
const NOUN_ENDS = /^(?:均|全部|全程|全面|全都|都|已|仍|还|尚|也|未|主要|基本|普遍|大多|覆盖|参与|进行|开展|实现|得到|获得|被|经|由|先后|接受|提出)/u;
/** The earlier number-first count's noun ends at its act (18份合同进行合法性审查). */
const ACT_AFTER = /^(?:进行|开展|实施|实行|作出|出具|提出|组织|完成)/u;
/** The reviewed thing's review opinions (合同审查意见) are about the reviewed thing. */
const REVIEW_OPINION = /^审[查核]意见/u;
const REVIEWED = /审[查核]/u;
/** People holding a post or a certificate at a date (持证执法人员共125名): more of them may pass through the year's work. */
const PEOPLE_HELD = /持证|在编|在岗|在职/u;
const heldStock = (t: Told, words: string): boolean => t.unit === '名' && (STOCK.test(words) || PEOPLE_HELD.test(words));

/**
 * A further noun of the counted things after 的 (11项重大行政决策的后评估工作开展不够): the number still counts the things
 * (round 58, v60c-number-mismatch-02/-08/-12/-13/-15, the problems part looking back on the body's 重大行政决策事项8项).
 */
const OF_THE_THINGS = /^的[\u3400-\u9fff]/u;
/** Only a thing of four characters or more: 58个单位的年度考核 is not the 7个单位 notified (v30b-expired-doc-02). */
const OF_MIN = 4;
/** Whether the later noun ends at the thing: an act or a word of the whole follows (活动 of sessions allowed), the review opinions of a reviewed thing, or 的 and a noun of the things. */
const endsNoun = (rest: string, earlierAct: string, thing: string): boolean => NOUN_ENDS.test(rest.replace(/^活动/u, '')) || (thing.length >= OF_MIN && OF_THE_THINGS.test(rest)) || (REVIEW_OPINION.test(rest) && REVIEWED.test(earlierAct));
/** A part, a step or another share named before the later number (另有, 部分, 培训中的3场次). */
const PART_BEFORE = /其中|新增|另有|另|部分|中的?$|之中/u;

function earlierTold(ctx: Ctx): Told[] {
  const wordsFirst = wordsFirstCounts(ctx).filter((c) => /^[\u3400-\u9fff]+$/u.test(c.measure)).map((c) => ({ ...c, unit: unitKey(c.unit), thing: canon(c.measure), act: c.measure, numberFirst: false }));
  const nounAfter = numberFirstCounts(ctx).map((c) => ({ start: c.start, end: c.end, value: c.value, unit: unitKey(c.unit), thing: canon(c.noun), act: c.noun, numberFirst: true }));
  return [...wordsFirst, ...nounAfter].filter((t) => t.thing.length >= 2 && !inPlanSection(ctx, t.start) && countsTheWhole(ctx, t.start));
}

/** The thing an earlier count shares with the later noun, or '' when it names something else. */
function sharedThing(told: Told, later: string): string {
  if (!told.numberFirst) {
    for (let n = later.length; n >= 2; n--) {
      const thing = later.slice(0, n);
      const act = told.thing.slice(0, -n);
      if (!told.thing.endsWith(thing) || GENERAL_HEAD.test(thing) || !ACT_LEAD.test(act)) continue;
      return endsNoun(later.slice(n), act, thing) ? thing : '';
    }
    return '';
  }
  for (let n = Math.min(later.length, told.thing.length); n >= 2; n--) {
    const thing = later.slice(0, n);
    if (!told.thing.startsWith(thing) || GENERAL_HEAD.test(thing) || !ACT_AFTER.test(told.thing.slice(n))) continue;
    return endsNoun(later.slice(n), told.thing.slice(n), thing) ? thing : '';
  }
  return '';
}

/** How many characters of the noun as written spell the thing (法治培训班 for 法治培训), with its 审查意见 if named. */
function writtenLength(noun: string, thing: string): number {
  let k = thing.length;
  while (k < noun.length && canon(noun.slice(0, k)) !== thing) k++;
  const opinion = REVIEW_OPINION.exec(noun.slice(k))?.[0] ?? '';
  return Math.min(noun.length, k) + opinion.length;
}

/** The earlier count as written: its words from the clause start, or the number with its noun. */
const toldAs = (text: string, t: Told): string => (t.numberFirst ? text.slice(t.start, t.end + t.act.length) : text.slice(startBefore(text, t.start, CLAUSE_BREAK), t.end).replace(/^[，。；,;：:\n]/u, ''));

export function countsBeyondTotal(ctx: Ctx): Mark[] {
  const text = digitsOf(ctx);
  const told = earlierTold(ctx);
  const marks: Mark[] = [];
  for (const l of numberFirstCounts(ctx)) {
    if (inPlanSection(ctx, l.start) || !countsTheWhole(ctx, l.start) || PART_BEFORE.test(l.clause)) continue;
    const noun = canon(l.noun);
    const sentence = startBefore(text, l.start, SENTENCE_BREAK);
    const fits = told.filter((t) => t.start < l.start && t.unit === unitKey(l.unit) && startBefore(text, t.start, SENTENCE_BREAK) !== sentence).map((t) => ({ t, thing: sharedThing(t, noun) })).filter((x) => x.thing);
    if (!fits.length || fits.some((x) => x.t.value === l.value)) continue;
    const swapped = fits.filter((x) => sameDigits(x.t.value, l.value));
    const one = fits.length === 1 ? fits[0]! : swapped.length === 1 ? swapped[0]! : null;
    if (!one || (one.t.value > l.value && !sameDigits(one.t.value, l.value))) continue;
    if (heldStock(one.t, text.slice(startBefore(text, one.t.start, CLAUSE_BREAK), one.t.end))) continue;
    const later = { start: l.start, end: l.end + writtenLength(l.noun, one.thing) };
    marks.push({
      ...pairMark(one.t, later, `前文“${toldAs(text, one.t)}”是全年的总数，后文“${text.slice(later.start, later.end)}”比它还多，前后不一致。`, '核对这项数字，前后改成一致'),
      hintOnly: true,
    });
  }
  return marks;
}

/**
 * Outdated or expired wording: literal hits from the shared automaton, except inside the
 * rule's exception words (法制审核 for the 法制 rule). Where the replacement has itself expired
 * by the draft's year, the later fix (the /writing-2026/ advice) replaces the first.
 */
import { underOwnLaterDeadline } from '../own-later-deadline.ts';
import { toOriginal } from '../normalize.ts';
import { excepted } from './existence.ts';
import { recallsPast, type Ctx, type Mark } from '../context.ts';
import type { SubstitutionRule } from '../types.ts';
import { FAZHI_PLAN_PERIODS, periodEnd } from '../substitution-rules.ts';
import { sentenceAround } from '../sentence.ts';
import { framedByPastPeriod } from '../past-periods.ts';
import { oldGoalKept } from '../old-goal-kept.ts';
import { placeNameAt } from '../place-after-word.ts';
import { toldAsFormerBody } from '../former-body.ts';
import { asAimInPlans, asPlanAbility } from '../aim-in-plans.ts';

/** An old wording quoted with its deadline yet held as this year's goal (牢记到2020年基本建成法治政府的目标). */
const keptOldGoal = (rule: SubstitutionRule, ctx: Ctx, m: Mark): boolean => rule.kind === 'outdated-wording' && oldGoalKept(ctx, m.start, m.end, rule.currentUntil);

/**
 * A sentence telling how a wording changed (方针从“有法可依……”发展为“科学立法……”; 由…调整为…): the old
 * wording is named as the starting point of the change, not used as current guidance. Round 56 (v57a-clean-35): also
 * 由“旧”到“新” with both in quotation marks, the change told without a verb of becoming.
 */
const TELLS_CHANGE = /[从由][^。；]{0,60}(?:发展为|发展成|演变为|演进为|转变为|调整为|扩展为|拓展为|提升为|升华为|丰富为|完善为)|[从由]\s*[“"‘「][^”"’」]{1,60}[”"’」]\s*(?:发展|演进|转变)?到\s*[“"‘「]/;

/**
 * The old wording put in quotation marks as a word and named in the change that replaced it (修订后的复议法将“具体行政行为”
 * 调整为“行政行为”; 新法以“行政行为”取代“具体行政行为”; 不再使用“…”的表述): the writer mentions the word, does not use it
 * (central-documents.md 5 tells the same change). Only quoted: unquoted, the words are the writer's own.
 */
const NAMES_A_CHANGE = /(?:(?:调整|修改|变更|替换|统一|修订|更改|改称)为|(?:取代|替代|代替)了?|不再(?:使用|采用|沿用|称|表述为))\s*[“"‘「＂]|[”"’」＂]\s*(?:所|被)?(?:取代|替代|代替)/;
const OPEN_QUOTES = new Set(['“', '"', '‘', '「', '＂']);
const CLOSE_QUOTES = new Set(['”', '"', '’', '」', '＂']);
const quotedInChange = (text: string, m: Mark, sentence: string): boolean =>
  OPEN_QUOTES.has(text[m.start - 1] ?? '') && CLOSE_QUOTES.has(text[m.end] ?? '') && NAMES_A_CHANGE.test(sentence);

/** The last year 法制 was the word in the 普法 plans' names: the end of the 六五 period (official-phrases.md D2). */
const FAZHI_WORD_UNTIL = 2015;

/** A sentence about a 普法 period that was still 法制宣传教育 (“六五”普法期间…): its 法制 is that period's own word (D2). */
const NAMES_A_FAZHI_PLAN = new RegExp(`["“]?(?:${FAZHI_PLAN_PERIODS.join('|')})["”]?(?:普法|法制|期间|时期)`);

/** A character that ends a word or starts a clause (的, 是, 和…): 法制的 is no compound. */
const NOT_A_WORD_START = /[的是和与为成作必一了之而在以及或等对把被将，。、；：]/;

/**
 * The pattern with the two characters after it, where the draft writes those two after `own` elsewhere (法制交通 in a
 * report titled …法治交通建设…): the draft's own word shows the slip, whatever the compound. Not after 依 (依法治县).
 */
function withOwnWord(text: string, m: { start: number; end: number }, own: string): Mark | null {
  const tail = text.slice(m.end, m.end + 2);
  if (!/^[\u4e00-\u9fff]{2}$/.test(tail) || NOT_A_WORD_START.test(tail[0]!)) return null;
  const right = own + tail;
  for (let at = text.indexOf(right); at !== -1; at = text.indexOf(right, at + 1)) {
    if (text[at - 1] !== '依') return { start: m.start, end: m.end + 2, fix: `改为：${right}` };
  }
  return null;
}

export function checkSubstitution(rule: SubstitutionRule, index: number, ctx: Ctx): Mark[] {
  const later = rule.laterFix && ctx.year && ctx.year >= rule.laterFix.fromYear ? rule.laterFix.fix : undefined;
  return (ctx.hits.get(index) ?? [])
    .map((h): Mark | null => {
      const [start, end] = toOriginal(ctx.norm, h.start, h.end);
      if (rule.ownWordForm) return withOwnWord(ctx.text, { start, end }, rule.ownWordForm);
      if (rule.ownPlaceName) {
        // 法制梧冈 in a report of 梧冈县: the place built up under the rule of law, as 法治中国 is (place-after-word.ts).
        const place = placeNameAt(ctx.text, end);
        return place ? { start, end: end + place.length, fix: `改为：法治${place}` } : null;
      }
      const fit = rule.fixFor?.[h.entry.pattern];
      return { start, end, ...(later ? { fix: later } : fit ? { fix: `改为：${fit}` } : {}) };
    })
    .filter((m): m is Mark => m !== null)
    .filter((m) => !rule.asAimInPlans || asAimInPlans(ctx, m.start) || asPlanAbility(ctx, m.start, m.end))
    .filter((m) => !excepted(ctx.text, m.start, m.end, rule.except ?? []) || keptOldGoal(rule, ctx, m))
    .filter((m) => {
      if (!rule.history || keptOldGoal(rule, ctx, m)) return true;
      const sentence = sentenceAround(ctx.text, m.start, { end: m.end });
      // An old wording or a 法制 slip (not an expired plan's name) is not made history by a plan's closing named in another clause.
      const own = rule.kind === 'outdated-wording' || rule.kind === 'fazhi-fazhi' ? closingOutsideClause(sentence.text, m.start - sentence.start, m.end - sentence.start) : sentence.text;
      // Round 57 (v59a-outdated-wording-06): 到期 right before the wording (推动到期基本建成法治政府) is the aim's deadline, not a plan's expiry.
      const text = rule.kind === 'outdated-wording' ? deadlineBlanked(own, m.start - sentence.start) : own;
      const before = text.slice(0, m.start - sentence.start);
      // 法制 was the word until the 六五 period (2011—2015, official-phrases.md D2): a later year before it (2024年市委
      // 依法治市办法制督察) dates a slip, not the old word.
      // A year up to then, however written (2013年，我县…), dates the old word.
      // The same for any old wording whose replacement the reference dates (十个坚持 until the 十一个坚持 of 2020).
      const clause = clauseAround(sentence.text, m.start - sentence.start, m.end - sentence.start);
      const until = rule.currentUntil ?? (rule.kind === 'fazhi-fazhi' ? FAZHI_WORD_UNTIL : undefined);
      const changedBy = until !== undefined && ctx.year ? Math.min(ctx.year, until + 1) : ctx.year;
      if (until !== undefined && [...before.matchAll(/((?:19|20)\d{2})\s*年/g)].some((y) => Number(y[1]) <= until)) return false;
      // “七五”普法期间，…依据《…第七个五年规划（2016—2020年）》完成了…: a period that had ended frames the sentence, so the
      // old name is that period's own, recalled (currency-2026.md §1).
      if (changedBy && framedByPastPeriod(before, changedBy)) return false;
      // 2018年，全区依据《…（2016—2020年）》建成…: a year within the period the wording names dates the work to that period.
      if (datedWithinOwnPeriod(ctx.text.slice(m.start, m.end), before)) return false;
      return !recallsPast(text, before, changedBy) && !TELLS_CHANGE.test(text) && !quotedInChange(ctx.text, m, sentence.text) && !(rule.kind === 'fazhi-fazhi' && NAMES_A_FAZHI_PLAN.test(text)) && !(namesItsOwnTargetYear(rule, before) && !USED_AS_THIS_YEARS.test(text.slice(m.end - sentence.start))) && !toldAsOwnYearsTarget(rule, clause) && !(rule.fromYear && rule.currentUntil === undefined && underOwnLaterDeadline(before, sentence.text, rule.fromYear)) && !(rule.kind === 'system-name' && toldAsFormerBody(clause));
    });
}


/**
 * Round 51: a dated target put to work as this year's yardstick (将“到2025年每个行政村至少培养3名”作为本年度考核标准, 列入今年
 * 目标任务): its own year before it no longer dates it, the sentence uses it as current (currency-2026.md §1).
 */
const USED_AS_THIS_YEARS = /^[^。；]{0,6}?(?:作为|列为|列入|纳入|定为|确定为)(?:本|今)年度?/;

/**
 * A dated target written with its own year before it (“法律明白人”到2025年每个行政村至少培养3名的目标已完成): the target
 * of that year, as currency-2026.md §1 says to write it, not a standing rule. Only for a wording whose period has ended
 * (fromYear), and only a year before that.
 */
function namesItsOwnTargetYear(rule: SubstitutionRule, before: string): boolean {
  if (!rule.fromYear) return false;
  return [...before.matchAll(/到\s*((?:19|20)\d{2})\s*年/g)].some((m) => Number(m[1]) < rule.fromYear!);
}

/** The target's own year after it (…3名“法律明白人”的2025年目标), or the target told as reached (已实现, 均已达到). */
const OWN_YEAR_AFTER = /^[^，,；;]{0,16}?的\s*((?:19|20)\d{2})\s*年度?(?:的)?(?:目标|任务|要求)/;
const TOLD_AS_MET = /已(?:经)?(?:全面|全部|如期)?(?:实现|完成|达到|达成|达标)|均已|如期(?:实现|完成|达到)|(?:实现|完成|达到)了/;
/** Words that make the reaching an aim (确保…已…, 力争实现): the target still at work. */
const AIMED_AT = /确保|力争|争取|努力|将(?:于|在)?|要/;

/**
 * A dated target told in its own clause as its year's result (每个行政村至少培养3名“法律明白人”的2025年目标已经实现, 已实现
 * 每个行政村至少培养3名): currency-2026.md §1 and the bank's note say to write it so in a later year. Only for a wording
 * whose period has ended (fromYear).
 */
function toldAsOwnYearsTarget(rule: SubstitutionRule, clause: { before: string; after: string }): boolean {
  // Round 51: a wording renamed by a law (currentUntil: 具体行政行为) is no target; 复议决定均已履行 does not date it.
  if (!rule.fromYear || rule.currentUntil !== undefined) return false;
  const own = OWN_YEAR_AFTER.exec(clause.after);
  if (own && Number(own[1]) < rule.fromYear) return true;
  const text = clause.before + clause.after;
  return TOLD_AS_MET.test(text) && !AIMED_AT.test(text);
}

/** Where the comma clause around [start, end) of a sentence begins and ends. */
function clauseBounds(sentence: string, start: number, end: number): { from: number; to: number } {
  const from = Math.max(...['，', '；', ','].map((c) => sentence.lastIndexOf(c, start - 1))) + 1;
  const stops = ['，', '；', ','].map((c) => sentence.indexOf(c, end)).filter((x) => x !== -1);
  return { from, to: stops.length ? Math.min(...stops) : sentence.length };
}

/** The comma clause around [start, end) of a sentence, as the words before and after the span. */
function clauseAround(sentence: string, start: number, end: number): { before: string; after: string } {
  const { from, to } = clauseBounds(sentence, start, end);
  return { before: sentence.slice(from, start), after: sentence.slice(end, to) };
}

/** A year of issue straight before the name (2016年印发的《…》) dates the text, not the work. */
const ISSUED_IN = /^\s*(?:\d{1,2}\s*月(?:\d{1,2}\s*日)?)?\s*(?:印发|转发|发布|出台|制定|颁布)/;

/**
 * A wording that names its own period (《…规划（2016—2020年）》) after a year within that period, not the year of issue:
 * the work told is that period's, the plan its basis then (the expired-citation rule reads the same, consistency.ts).
 */
function datedWithinOwnPeriod(found: string, before: string): boolean {
  const end = periodEnd(found);
  if (end === undefined) return false;
  return [...before.matchAll(/(?<![\d—–\-－~～至到])((?:19|20)\d{2})\s*年(?![—–\-－~～至到])/g)].some(
    (y) => Number(y[1]) <= end && !ISSUED_IN.test(before.slice(y.index! + y[0].length)),
  );
}

/** Words that name a plan's closing; they date the plan, not the wordings in the other clauses of the sentence. */
const PLAN_CLOSING = /收官|期满|届满|到期|验收|总结|圆满/g;

/**
 * The sentence with the plan-closing words blanked outside the clause of [start, end) (offsets in the
 * sentence), same length: 2025年是纲要收官之年，市政府以基本建成法治政府为目标 uses the old goal as its own.
 */
function closingOutsideClause(sentence: string, start: number, end: number): string {
  const { from, to } = clauseBounds(sentence, start, end);
  const blank = (part: string) => part.replace(PLAN_CLOSING, (w) => '　'.repeat(w.length));
  return blank(sentence.slice(0, from)) + sentence.slice(from, to) + blank(sentence.slice(to));
}


/** The sentence with 到期 blanked where it stands right before the wording at `start` (offset in the sentence), same length. */
function deadlineBlanked(sentence: string, start: number): string {
  return sentence.slice(start - 2, start) === '到期' ? sentence.slice(0, start - 2) + '　　' + sentence.slice(start) : sentence;
}

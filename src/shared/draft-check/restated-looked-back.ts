/**
 * A figure of the reported year restated where the draft looks back on it (round 55): the problems or plans part grants
 * it in a concession (虽然全年组织法治专题培训18场次，但… of 14场次, v56c-number-mismatch-11; 出庭应诉比例虽达到96%，但… of
 * 100%, v56d-number-mismatch-05/-10/-15), carries it on after 确保/巩固/继续 (确保42件重大事项审查经验转化为制度成果 of
 * 审查重大事项39件, v56d-number-mismatch-03/-08/-13), or takes a part of it that exceeds it (全年新办理的行政复议案件中，
 * 76件涉及… of 67件, v56d-number-mismatch-01; 27件 of 72 is a part and stays silent, -06/-11). Strict, as a hint
 * (internal consistency): the earlier figure stands outside those parts and counts the year's whole; the later one names
 * the same words (leading 全年/共 aside), no other period, part or target; every earlier figure of the words agrees.
 */
import { digitsOf, type Ctx, type Mark } from './context.ts';
import { CLAUSE_BREAK, SENTENCE_BREAK, UNIT, figures } from './checks/figures.ts';
import { startBefore } from './sentence.ts';
import { countsTheWhole, wordsFirstCounts } from './restated-measures.ts';
import { grantedBeforeBut, grantedByBut } from './concession.ts';
import { looksBackOnYear, inPlanSection } from './plan-section.ts';
import { sessionUnitKey } from './measures.ts';
import { pairMark } from './pair-mark.ts';
import { ACT_LEAD } from './count-beyond-total.ts';

interface Told { start: number; end: number; value: number; unit: string; words: string }

/** Leading words that say the whole or grant it, not what is counted: 虽然全年, 尽管已, 全年共. */
const LEAD = /^(?:[一二三四五六七八九十]+是)?(?:虽然?|尽管|但是?)?(?:全年|本年度|今年|年内)?(?:共|累计|已经|已)?/u;
/** The words of a count in one spelling: leading words off, 的 between words dropped (新办理的行政复议案件). */
const plain = (words: string): string => words.replace(LEAD, '').replace(/的/gu, '');
/** Another period, a part, a change or a target in the later sentence: not the year's figure restated. */
const OTHER = /上半年|下半年|季度|较上年|上年|去年|同比|其中|分别|线上|线下|新增|增加|提高到|提升到|力争|不低于|不少于|以上|目标|争取|计划|预计/u;
/**
 * 专题 names a topic's share of a count (专题学法 of 学法), unless the earlier count is 专题 too: then the words are one
 * measure (开展专题学法11次 … 开展专题学法12次，但…, round 56, v57c-number-mismatch-04).
 */
const TOPIC = /专题(?!培训)/u;
/** The later number carried on in the plans (确保42件…经验): after these words only. */
const CARRIED = /(?:确保|巩固|继续)$/u;
/** What follows the thing when the number is the past count carried on: the act done on it, or its lessons. */
const CARRIED_REST = /^的?(?:经验|成果|做法|成效)/u;

/**
 * A figure read as a part because a 其中 list stands earlier in its sentence, though a clause without numbers ended that
 * list (其中维持30件、撤销4件，工作规范化程度明显提升，组织法治专题培训14场次, v56c-number-mismatch-11): a count of its own.
 */
function afterEndedList(text: string, at: number): boolean {
  const s = startBefore(text, at, CLAUSE_BREAK);
  if (s === 0 || text[s - 1] !== '，' || /其中|分别/u.test(text.slice(s, at))) return false;
  const prev = text.slice(startBefore(text, s - 1, CLAUSE_BREAK), s - 1);
  return prev.length > 1 && !/\d/u.test(prev);
}

function earlierTold(ctx: Ctx): Told[] {
  const text = digitsOf(ctx);
  const whole = wordsFirstCounts(ctx).filter((c) => countsTheWhole(ctx, c.start));
  const ownClause = figures(ctx, 0, text.length).filter((f) => f.part && afterEndedList(text, f.start)).map((f) => ({ ...f, unit: f.unit.split('·')[0]! }));
  return [...whole, ...ownClause]
    .filter((c) => !looksBackOnYear(ctx, c.start))
    .map((c) => ({ start: c.start, end: c.end, value: c.value, unit: sessionUnitKey(c.unit), words: plain(c.measure) }))
    .filter((t) => t.words.length >= 4)
    .sort((a, b) => a.start - b.start);
}

const sentenceOf = (text: string, at: number, end: number): string => {
  const stop = text.slice(end).search(SENTENCE_BREAK);
  return text.slice(startBefore(text, at, SENTENCE_BREAK), stop < 0 ? text.length : end + stop);
};
/** One compiled pattern per report year: readers call otherYear once per sentence. */
const OTHER_YEAR = new Map<string, RegExp>();
/** Whether s names a year other than the report's (2024年 in a report on 2025). */
export const otherYear = (ctx: Ctx, s: string): boolean => {
  const year = String(ctx.year ?? '');
  let re = OTHER_YEAR.get(year);
  if (!re) OTHER_YEAR.set(year, (re = new RegExp(`(?<!\\d)(?!${year}年)(?:19|20)\\d{2}\\s*年`, 'u')));
  return re.test(s);
};

/** The one earlier figure a later one restates: all earlier figures of the words agree and differ from the later. */
function oneEarlier(told: Told[], fits: (t: Told) => boolean, value: number, before: number): Told | null {
  const found = told.filter((t) => t.start < before && fits(t));
  if (!found.length || found.some((t) => t.value !== found[0]!.value) || found[0]!.value === value) return null;
  return found[0]!;
}

/** A rate named before its value, the concession word possibly between (出庭应诉比例虽达到96%). */
const RATE_NAMED = /([\u3400-\u9fff]{2,30}?(?:率|比例))((?:虽然?|尽管)?(?:已经|已)?(?:为|达|达到|是|保持在|稳定在)?)\s*(\d+(?:\.\d+)?)\s*[%％]/gu;
/** One rate's name in two spellings: the shorter ends the longer (出庭应诉比例 in 行政机关负责人出庭应诉比例), four characters at least. */
const sameName = (a: string, b: string): boolean => Math.min(a.length, b.length) >= 4 && (a.endsWith(b) || b.endsWith(a));

/** A rate with where its name starts as written (the span, so a rate reader marking the same name and value is one finding). */
interface Rate { start: number; end: number; nameStart: number; name: string; value: number; granted: boolean }

function rates(ctx: Ctx, text: string): Rate[] {
  const out: Rate[] = [];
  for (const m of text.matchAll(RATE_NAMED)) {
    const clauseStart = startBefore(text, m.index + m[1]!.length, CLAUSE_BREAK);
    // The name is the clause's words before 率/比例, from the last 中 (全年行政应诉案件中…比例) on.
    const lead = text.slice(clauseStart, m.index + m[1]!.length).replace(/^[，。；、,;：:\n]/u, '');
    const written = lead.slice(lead.lastIndexOf('中') + 1);
    const bare = written.replace(LEAD, '');
    const name = plain(bare);
    const nameStart = m.index + m[1]!.length - bare.length;
    const numAt = m.index + m[0].length - m[0].replace(/^[^\d]*/u, '').length;
    const end = m.index + m[0].length;
    const granted = (/^(?:虽然?|尽管)/u.test(m[2]!) || /(?:虽然?|尽管)/u.test(lead)) && sentenceOf(text, numAt, end).slice(0).includes('但');
    out.push({ start: numAt, end, nameStart, name, value: Number(m[3]), granted });
  }
  return out;
}

/** The same words, one perhaps with its act before them (组织法治专题培训 and 法治专题培训). */
const sameWords = (a: string, b: string): boolean => {
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.endsWith(short) && ACT_LEAD.test(long.slice(0, long.length - short.length));
};

/**
 * The granted words, their act first, ending the earlier count's words after its doer (开展专题学法 of 镇党委理论学习中心组
 * 围绕习近平法治思想开展专题学法, round 56, v57c-number-mismatch-04): the problems part concedes the doer's work without
 * naming the doer again. Six characters at least, so the act names one measure.
 */
const ACT_FIRST = /^(?:举办|开展|组织|召开|审查|审核|审议|办理|受理|签订|作出|制定|出台|印发|培养|聘请)/u;
const grantedWords = (earlier: string, granted: string): boolean =>
  sameWords(earlier, granted) || (granted.length >= 6 && ACT_FIRST.test(granted) && earlier.length > granted.length && earlier.endsWith(granted));

const COUNT = new RegExp(`(?<![\\d.,])(\\d+)\\s*(${UNIT})`, 'gu');

export function restatedLookedBack(ctx: Ctx): Mark[] {
  const text = digitsOf(ctx);
  const told = earlierTold(ctx);
  const marks: Mark[] = [];
  const say = (t: Told, later: { start: number; end: number }, how: string) =>
    marks.push({ ...pairMark(t, later, `前文写“${t.words}${t.value}”，${how}写成“${text.slice(later.start, later.end)}”：同一年同一项数字前后不一致。`, '核对这项数字，前后改成一致'), hintOnly: true });
  for (const m of text.matchAll(COUNT)) {
    const at = m.index;
    if (!looksBackOnYear(ctx, at)) continue;
    const value = Number(m[1]);
    const unit = sessionUnitKey(m[2]!);
    const end = at + m[0].length;
    const sentence = sentenceOf(text, at, end);
    if (OTHER.test(sentence) || otherYear(ctx, sentence)) continue;
    const topic = TOPIC.test(sentence);
    const clause = text.slice(startBefore(text, at, CLAUSE_BREAK), at).replace(/^[，。；、,;：:\n]/u, '');
    // 虽然全年组织法治专题培训18场次，但…: the words before the number are the earlier count's.
    // 三是全年开展专题学法12次，但…: the 但 right after the count grants it too (round 56, v57c-number-mismatch-04).
    if (grantedBeforeBut(text, clause, end) || grantedByBut(text, end)) {
      const words = plain(clause);
      const ofTopic = (x: Told) => !topic || (TOPIC.test(words) && TOPIC.test(x.words));
      const t = words.length >= 4 ? oneEarlier(told, (x) => x.unit === unit && ofTopic(x) && grantedWords(x.words, words), value, at) : null;
      if (t) say(t, { start: at - clause.length + (clause.length - clause.replace(LEAD, '').length), end }, '问题部分');
      continue;
    }
    if (topic) continue;
    // 全年新办理的行政复议案件中，76件涉及…: a part larger than the whole it names.
    const whole = /([\u3400-\u9fff]{4,24})中[，,]$/u.exec(text.slice(Math.max(0, at - 26), at));
    if (whole && !clause) {
      const words = plain(whole[1]!);
      const t = oneEarlier(told, (x) => x.unit === unit && sameWords(x.words, words), value, at);
      if (t && t.value < value) say(t, { start: at, end }, '后文其中一部分');
      continue;
    }
    // 继续发挥法律顾问作用，确保42件重大事项审查经验…: the past count carried on in the plans, its noun after the number.
    if (inPlanSection(ctx, at) && CARRIED.test(clause)) {
      const noun = /^[\u3400-\u9fff]{2,20}/u.exec(text.slice(end))?.[0] ?? '';
      // How many characters of the noun are the earlier count's thing (重大事项), with its act (审查) or lessons after.
      const thingLength = (x: Told): number => {
        for (let n = Math.min(x.words.length, noun.length); n >= 4; n--) {
          if (!x.words.endsWith(noun.slice(0, n))) continue;
          const rest = noun.slice(n);
          const act = x.words.slice(0, -n).slice(-2);
          return CARRIED_REST.test(rest) || (act.length === 2 && rest.startsWith(act) && CARRIED_REST.test(rest.slice(2))) ? n : 0;
        }
        return 0;
      };
      const t = oneEarlier(told.filter((x) => x.unit === unit), (x) => thingLength(x) > 0, value, at);
      if (t) say(t, { start: at, end: end + thingLength(t) }, '下一步部分');
    }
  }
  // 出庭应诉比例虽达到96%，但…: a rate granted in the problems part, the year's rate told earlier with another value.
  const all = rates(ctx, text);
  for (const r of all) {
    if (!r.granted || !looksBackOnYear(ctx, r.start) || r.name.length < 4) continue;
    const sentence = sentenceOf(text, r.start, r.end);
    if (OTHER.test(sentence) || TOPIC.test(sentence) || otherYear(ctx, sentence)) continue;
    const before = all.filter((x) => x.start < r.start && !looksBackOnYear(ctx, x.start) && sameName(x.name, r.name) && countsTheWhole(ctx, x.start));
    if (!before.length || before.some((x) => x.value !== before[0]!.value) || before[0]!.value === r.value) continue;
    const t = before[0]!;
    marks.push({ ...pairMark(t, { start: r.nameStart, end: r.end }, `前文写${t.name}${t.value}%，问题部分写成${r.value}%：同一年同一项比率前后不一致。`, '核对这项比率，前后改成一致'), hintOnly: true });
  }
  return marks;
}

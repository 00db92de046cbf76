/**
 * What a figure counts, read loosely enough to see one measure restated in other words. Fresh writers
 * restate a figure with another verb for the same act (收到 and 新收, 审核 and 合法性审核), with an
 * adverb added or dropped (带头, 依法, 全年), or with the organ that does the work named instead of the
 * government (区政府 … 区行政复议局 for 行政复议案件); and a mistyped figure is most often the same digits
 * in another order (1720 and 1702, 58 and 85). These helpers say so; restated-figures.ts decides.
 */

/** Words that say how or when, not what was counted: dropped before two predicates are compared. */
const ADVERB = /会前|带头|亲自|依法|全年|本年度|年内|先后|累计|共计|合计|总计|(?<!公)共(?!同|建|享|治|识|产|有)|均|已经|已|全部|认真|严格|全面|专题(?=研究)/g;

/**
 * Verbs that name one act, each family to its first word. Only acts whose words a report uses for one
 * count (the applications received, the documents reviewed); 受理 and 审结 stay apart, as they are two stages.
 */
const VERB_FAMILIES: readonly (readonly string[])[] = [
  ['收到', '新收', '接收'],
  ['审核', '合法性审核', '合法性审查', '审查'],
  ['作出', '做出'],
  // 受理并办结 names both stages at once: the cases taken in and closed, which is what 办理 counts.
  ['查处', '查办', '办理', '受理并办结', '受理并审结'],
  ['举办', '组织', '开展'],
  ['聘请', '聘任', '聘用'],
  ['培养', '培育'],
  ['调解', '调处'],
];
const VERB_OF = new Map<string, string>();
for (const family of VERB_FAMILIES) for (const v of family) VERB_OF.set(v, family[0]!);
/** Longer verbs first, so 合法性审核 is one verb and not 合法性 + 审核. */
const VERB = new RegExp([...VERB_OF.keys()].sort((a, b) => b.length - a.length).join('|'), 'g');

/**
 * 行政 before the thing a government's work names (行政规范性文件, 行政复议案件): writers drop it and add it back when they
 * restate a figure (审核规范性文件47件 … 审核行政规范性文件45件), and it never marks a part, so it is dropped before comparing.
 */
const ADMINISTRATIVE = /行政(?=规范性文件|复议|诉讼|处罚|许可|强制|检查|执法)/g;

/**
 * The only thing a verb can be done to, written after it or not (出庭应诉行政诉讼案件 … 出庭应诉): an organ's head
 * appears in court (出庭应诉) only in administrative suits, so the object names no part and is dropped.
 */
const IMPLIED_OBJECT = /(?<=出庭应诉)(?:行政诉讼|行政)?案件/g;

/**
 * One body of people named in full or short: 持有行政执法证件的人员 and 持证执法人员 are the same people, and a report
 * counts them once in either words and refers back in the other. Each long form to its short one.
 */
const PEOPLE_NAMED_LONG: readonly [RegExp, string][] = [[/持有(?:行政)?执法证(?:件)?的?(?:执法)?人员/gu, '持证执法人员']];
export const shortPeopleName = (words: string): string => PEOPLE_NAMED_LONG.reduce((w, [long, short]) => w.replace(long, short), words);

/** A predicate with its adverbs dropped and each verb written as its family's first word. */
export function normalPredicate(predicate: string): string {
  return predicate.replace(ADVERB, '').replace(IMPLIED_OBJECT, '').replace(ADMINISTRATIVE, '').replace(VERB, (v) => VERB_OF.get(v) ?? v);
}

/**
 * A leading 对… naming what a measure was applied to (对涉及经营主体经济活动的政策措施开展公平竞争审查): without it, the
 * measure itself (开展公平竞争审查). Only before a general verb of doing, and only when the 对… names no part
 * (重点, 部分, 涉企 …); restated-figures.ts also wants a measure of six characters or more left (开展检查 is too general).
 */
const APPLIED_TO = /^对[\u3400-\u9fff“”（）()]{2,30}?(?=(?:开展|进行|实施|组织)[\u3400-\u9fff“”]{4,})/u;
/** Words in the 对… that pick out some of what the measure covers (对重点企业开展执法检查): a part, so the words stay. */
const SOME_OF = /重点|部分|个别|少数|涉企|特定|高风险|其中|新业态/;
export function withoutAppliedTo(predicate: string): string {
  const m = APPLIED_TO.exec(predicate);
  return m && !SOME_OF.test(m[0]) ? predicate.slice(m[0].length) : predicate;
}

/** Whether words are one verb of the families above, or nothing (a predicate's words before its object). */
export function isVerb(words: string): boolean {
  return words === '' || VERB_OF.has(words);
}

/** Whether short is long with some characters left out (a subsequence), in order. */
export function leavesOut(long: string, short: string): boolean {
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}

/**
 * A value's digits in order (1720 → 0127), or '' for a value under 10 or not whole: two different values with the same
 * key are the same digits in another order (1720 and 1702, 58 and 85), a typing slip rather than another count.
 */
export function digitKey(n: number): string {
  if (!Number.isInteger(n) || n < 10) return '';
  return [...String(n)].sort().join('');
}

/** Whether two values are written with the same digits (58 and 85; equal values too): one count with its digits slipped. */
export function sameDigits(a: number, b: number): boolean {
  return digitKey(a) !== '' && digitKey(a) === digitKey(b);
}

/**
 * An organ named for the work it does (区行政复议局, 县政府行政复议机构): its count of that work is the
 * government's count, so 区政府办理行政复议案件 and 区行政复议局办理行政复议案件 are one measure. True when
 * the subject holds four characters of the predicate's object.
 */
export function organOfTheWork(subject: string, predicate: string): boolean {
  if (subject.length < 4) return false;
  const key = `${subject}|${predicate}`;
  let known = organsSeen.get(key);
  if (known === undefined) {
    known = false;
    for (let k = 0; k + 4 <= predicate.length && !known; k++) known = subject.includes(predicate.slice(k, k + 4));
    // Compared pair by pair, the same subject and predicate come back often.
    if (organsSeen.size > 10_000) organsSeen.clear();
    organsSeen.set(key, known);
  }
  return known;
}
const organsSeen = new Map<string, boolean>();

/** Ordinals that name one of a series of parts: 第一轮, 第二期, 一季度, 上半年. */
const ORDINAL = /^(?:第([一二三四五六七八九十])(轮|期|批|次|阶段|季度)|([一二三四])(季度)|([上下])(半年))/u;
const ORDINAL_VALUE: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 上: 1, 下: 2 };
/** How many parts a whole has when the ordinal says: four quarters, two halves. */
const WHOLE_OF: Record<string, number> = { 季度: 4, 半年: 2 };

export interface Ordinal {
  /** The part's place in its series: 第二轮 → 2. */
  n: number;
  /** What the series counts in: 轮, 期, 季度 … */
  kind: string;
  /** How many parts make the whole, when the ordinal says (季度 4, 半年 2). */
  whole: number | null;
  /** The words after the ordinal: 第一轮评查案卷 → 评查案卷. */
  rest: string;
}

/** The ordinal a part's words start with (after a list number such as （一）), or null. */
export function ordinalOf(words: string): Ordinal | null {
  const w = words.replace(/^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.、．])\s*/u, '');
  const m = ORDINAL.exec(w);
  if (!m) return null;
  const kind = (m[2] ?? m[4] ?? m[6])!;
  return { n: ORDINAL_VALUE[(m[1] ?? m[3] ?? m[5])!]!, kind, whole: WHOLE_OF[kind] ?? null, rest: w.slice(m[0].length) };
}

/** Words narrowing a sentence to some of a measure before its clause (在交通运输领域，…; 专项…; 其中…). */
/** Sessions are counted in 次, 场 or 场次 alike (召开专题会议8次 … 8场专题会议). */
export const SESSION_UNIT = /^(?:次|场|场次)$/u;
/** A unit as sessions are compared: 场 and 场次 are 次. */
export const sessionUnitKey = (unit: string): string => (SESSION_UNIT.test(unit) ? '次' : unit);
export const NARROWED = /领域|行业|方面|专项|重点|部分|个别|其中|试点/;

/**
 * An occasion before a count (围绕“宪法宣传周”，共开展普法活动35场; 民法典宣传月期间): the week's or month's events, some
 * of the year's, even with 共.
 */
export const OCCASION = /宣传周|宣传月|活动周|活动月|(?:节|日)期间|”(?:期间|活动中|主题活动)/;

/** Words that make a figure several years' (“八五”普法以来, 近三年, 历年), not the report year's; 今年以来 is this year. */
export const SEVERAL_YEARS = /(?<!今年|本年|本年度)以来|至今|历年|近[两二三四五几]年|[两二三四五几]年来/;

/** The report's own year counted from its start (2026年以来 in a 2026 report) written as 本年以来: the year itself. */
export const ownYearSince = (words: string, year: number | null | undefined): string =>
  year ? words.replace(new RegExp(`${year}年度?以来`, 'gu'), '本年以来') : words;

/**
 * Words that make a figure a stock (现行有效文件64件, 现有执法人员, 在册), not the year's flow: what is in force or on hand
 * counts what earlier years left too, so it is compared only with another stock. Not 截至年底 by itself: 截至2025年底，
 * 提供法律咨询3100余次 sums the year's work up to its end.
 */
export const STOCK = /现行有效|现有|在册|存量|保有/;
/**
 * Words adding to a standing group in the year (充实法制审核人员5名): those added, not the group's size (3名法制审核人员全部
 * 持证). Round 59, v61c-clean-07, -36, -40, -42, -51, -57.
 */
export const ADDED_TO_GROUP = /充实|补充|增配|新配备/u;

/**
 * What is done to a thing named after its number, up to the clause's end (6项重大行政决策事项均履行了法定程序 → 履行了法定程序;
 * 对7项重大行政决策组织专家论证 → 组织专家论证): with the number first, the act after the thing is part of the measure.
 */
export function actAfter(text: string, from: number): string {
  return (/^(?:全部|均已|均|都)?([^，,。；;：:\n]*)/u.exec(text.slice(from))?.[1] ?? '').replace(/^已/u, '');
}

/** Whether two acts are one: the shorter's first four characters (or all of it) open the other (均经过合法性审查 ≠ 均经过公众参与). */
export function sameActWords(a: string, b: string): boolean {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n >= Math.min(4, a.length, b.length);
}

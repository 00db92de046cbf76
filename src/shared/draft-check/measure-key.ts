/**
 * One general reading of "the same measure stated twice with two numbers". Each count gets a key: the counted noun
 * (督察反馈问题, 重大行政决策, 法律明白人) and its unit, found wherever the writer put the noun, before the number
 * (督察反馈问题15个, 召开法治建设会议9次) or after it (上述18个督察反馈问题, 8项重大行政决策事项). Two counts share a
 * key when the words next to their numbers share a noun of four characters or more, ending at the first count's number
 * or starting right after its unit; they are one measure unless their frames make them two (a part, 新增 against 现有,
 * another year, a comparison, a target, a per-unit figure, a range, another act). Different subjects, two occasions and
 * sibling items are left to the filters every restatement passes in checks/consistency.ts.
 */
import { digitsOf, type Ctx, type Mark } from './context.ts';
import { CLAUSE_BREAK, SENTENCE_BREAK, figures } from './checks/figures.ts';
import { NARROWED, OCCASION, SEVERAL_YEARS, normalPredicate, sameDigits } from './measures.ts';
import { VERB } from './measure-ledger.ts';
import { pairMark } from './pair-mark.ts';
import { startBefore } from './sentence.ts';
import { CONCEDED } from './concession.ts';

type Figure = ReturnType<typeof figures>[number];

/** The shortest shared noun that names one thing (法律顾问, 矛盾纠纷); 案件, 问题 alone name nothing. */
const MIN_NOUN = 4;
/** Words at the end of the words before a number that sit between the noun and it (问题共15个, 事项目录6项). */
const BEFORE_NUMBER = /(?:共计|累计|合计|总计|共|达到|达|为|分别为|计)$/u;
/** Words that open the words after a unit before the noun (18个的…): none are kept; 的 is the only one writers put. */
const AFTER_UNIT = /^的/u;
/** A frame that makes a count another measure than the same noun counted plainly. */
const STOCK = /累计|现有|已有|总数|总量|在册|在库|共有/u;
const NEW = /新增|新培养|新培育|新聘|新收|新建|新设|新出台|新制定/u;
const COMPARISON = /同比|较上年|比上年|上年|去年|上一年|增加|减少|增长|下降|提高|上升|多于|少于|较/u;
const TARGET = /(?<!按)计划|力争|目标|预计|拟|争取|不少于|不低于|至少|确保|每|平均|人均|第$/u;
const RANGE_AFTER = /^\s*(?:至|到|-|—|～|~)\s*\d/u;
// 达到55项 states a reached figure, not the end of a range (3到5项).
const RANGE_BEFORE = /(?:至|(?<!达)到|-|—|～|~)\s*$/u;
/** Words that refer back to a count already given. */
const BACK = /上述|前述|以上|上面|这些|该/u;
/**
 * A count granted before a 但 (旁听庭审虽已组织12人次，但…; 尽管开展普法活动40场，但…): the problems section concedes the
 * work already told, so the count refers back to it. The noun stands before 虽 or after the verb.
 */
const conceded = (c: Count) => CONCEDED.test(c.before) && c.rest.includes('但');
/** The words before 虽 of a conceded count, without a list number (三是旁听庭审虽已组织 → 旁听庭审). */
const beforeConcession = (c: Count) => c.before.slice(0, c.before.search(CONCEDED)).replace(/^(?:[一二三四五六七八九十]+是|\d+[.、．])/u, '');
/** A thing named with 事项 after it (重大行政决策事项9项) is referred back to without it (上述6项重大行政决策). */
const ITEMS_WORD = /事项$/u;
/** A numbered item line (（二）…, 2.…): two items of one list are two measures. */
const ITEM_LINE = /^\s*(?:（[一二三四五六七八九十]+）|\d+[.、．]|[一二三四五六七八九十]+是)/u;
/** Units of things a report lists rather than counts as work done (法律法规16部, 学习4学时). */
const LISTED_UNIT = /^(?:部|篇|本|册|张|块|套|台|支|类|期)$/u;
/** Digits in the words: another count or a date stands in the clause, so the noun may be that one's. */
const DIGIT = /\d/u;

interface Count {
  figure: Figure;
  unit: string;
  /** The clause's words before the number, as written (digits folded). */
  before: string;
  /** The words after the unit up to the clause's end. */
  after: string;
  sentence: string;
  /** The sentence's words before the clause. */
  lead: string;
  /** The sentence's words after the unit. */
  rest: string;
}

const sameUnit = (a: string, b: string) => a === b || (/^[名人]$/u.test(a) && /^[名人]$/u.test(b));

function readCounts(ctx: Ctx): Count[] {
  const text = digitsOf(ctx);
  return figures(ctx, 0, text.length).flatMap((figure) => {
    const unit = figure.unit.split('·')[0]!;
    if (/元|亩|公里|公顷|米/u.test(unit) || LISTED_UNIT.test(unit)) return [];
    const unitEnd = figure.end;
    const before = text.slice(startBefore(text, figure.start, CLAUSE_BREAK), figure.start);
    const afterEnd = text.slice(unitEnd).search(CLAUSE_BREAK);
    const after = text.slice(unitEnd, afterEnd < 0 ? text.length : unitEnd + afterEnd).replace(AFTER_UNIT, '');
    const sStart = startBefore(text, figure.start, SENTENCE_BREAK);
    const sEnd = text.slice(unitEnd).search(SENTENCE_BREAK);
    const sentence = text.slice(sStart, sEnd < 0 ? text.length : unitEnd + sEnd);
    const rest = text.slice(unitEnd, sEnd < 0 ? text.length : unitEnd + sEnd);
    const lead = text.slice(sStart, figure.start - before.length);
    return [{ figure, unit, before, after, sentence, rest, lead }];
  });
}

/**
 * 其中 opening a clause with no count before it in the sentence (…纳入法治化轨道，其中调解各类矛盾纠纷611件): it singles out
 * one piece of work to tell, not a part of a count, so the count is the year's whole.
 */
const highlightOpened = (c: Count) => c.before.startsWith('其中') && !DIGIT.test(c.lead);

/** Whether the frame of a count makes it some other measure than the plain count of its noun. */
function framedApart(c: Count, ctx: Ctx): boolean {
  const text = digitsOf(ctx);
  const near = c.before + c.after;
  if (c.figure.part || NARROWED.test(highlightOpened(c) ? c.before.slice(2) : c.before) || OCCASION.test(c.sentence) || SEVERAL_YEARS.test(c.sentence)) return true;
  if (COMPARISON.test(near) || TARGET.test(c.before) || /^\s*(?:以上|以下|以内)/u.test(c.after)) return true;
  // 安湖乡等9个乡镇: the examples name some, the number counts another set each time.
  if (/等$/u.test(c.before) || RANGE_BEFORE.test(c.before) || RANGE_AFTER.test(text.slice(c.figure.end))) return true;
  // Another year named in the sentence (2022年审查合同84份) is that year's count.
  const years = [...c.sentence.matchAll(/(20\d\d)年/gu)].map((m) => Number(m[1]));
  return years.some((y) => ctx.year !== null && y !== ctx.year);
}

/** The noun the two counts share, as written, or '' when they share none (see the file's comment). */
function sharedNoun(a: Count, b: Count): string {
  const words = (c: Count) => c.before.replace(BEFORE_NUMBER, '');
  const candidates: string[] = [];
  // Noun before both numbers: the common end of the two clauses (开展普法活动210场 … 开展主题普法活动201场 shares 普法活动).
  candidates.push(commonTail(words(a), words(b)));
  // Noun before one number, after the other: the end of one clause that the other's words after the unit begin with.
  candidates.push(tailThatStarts(words(a), b.after), tailThatStarts(words(b), a.after));
  if (BACK.test(b.before)) candidates.push(tailThatStarts(words(a).replace(ITEMS_WORD, ''), b.after));
  if (BACK.test(a.before)) candidates.push(tailThatStarts(words(b).replace(ITEMS_WORD, ''), a.after));
  // Noun before both numbers, one of them granted before 虽 (旁听庭审虽已组织12人次).
  if (conceded(b)) candidates.push(commonTail(words(a), beforeConcession(b)));
  if (conceded(a)) candidates.push(commonTail(beforeConcession(a), words(b)));
  // Noun after both units (8项重大行政决策事项 … 4项重大行政决策事项).
  candidates.push(commonHead(a.after, b.after));
  const best = candidates.filter((n) => n.replace(/[“”‘’"]/gu, '').length >= MIN_NOUN && !DIGIT.test(n)).sort((x, y) => y.length - x.length)[0];
  return best ?? '';
}

function commonTail(a: string, b: string): string {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return a.slice(a.length - n);
}

function commonHead(a: string, b: string): string {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return a.slice(0, n);
}

function tailThatStarts(words: string, after: string): string {
  for (let n = Math.min(words.length, after.length); n >= MIN_NOUN; n--) if (after.startsWith(words.slice(-n))) return words.slice(-n);
  return '';
}

/** The acts named around a count, each verb as its family's first word (审查 and 审核 are one act). */
function acts(c: Count, noun: string): Set<string> {
  const words = normalPredicate((c.before + '|' + c.after).replace(noun, '|'));
  return new Set([...words.matchAll(new RegExp(VERB.source, 'gu'))].map((m) => m[0]));
}

/** Whether the two counts name acts and no act is common to both: two measures on one noun (受理 … 审结 …). */
function otherActs(a: Count, b: Count, noun: string): boolean {
  const x = acts(a, noun);
  const y = acts(b, noun);
  // A count that refers back (上述18个…, 已批示的17件) takes the act of the count it refers to; the acts written after
  // its noun are what was then done to them (上述6项重大行政决策均经过合法性审查).
  if ((!x.size && BACK.test(a.before)) || (!y.size && BACK.test(b.before))) return false;
  if ((BACK.test(a.before) && !acts({ ...a, after: '' }, noun).size) || (BACK.test(b.before) && !acts({ ...b, after: '' }, noun).size)) return false;
  // 旁听庭审的75名领导干部 after 组织77名领导干部旁听庭审: the act named before 的 is the other count's act.
  if (namesActOf(a, b) || namesActOf(b, a)) return false;
  if (!x.size && !y.size) return false;
  return ![...x].some((v) => y.has(v));
}

/** Whether two counts sit on two numbered item lines ((一)… (二)…): two items of one list. */
function inTwoItems(ctx: Ctx, x: number, y: number): boolean {
  const lineOf = (at: number) => ctx.text.lastIndexOf('\n', at - 1) + 1;
  const [lx, ly] = [lineOf(x), lineOf(y)];
  const item = (at: number) => ITEM_LINE.test(ctx.text.slice(at, at + 8));
  return lx !== ly && item(lx) && item(ly);
}

const refersBack = (c: Count, other: Count) => BACK.test(c.before) || namesActOf(c, other) || conceded(c);

/**
 * Whether two plain counts name the noun after different words (受理行政复议案件31件 … 审结行政复议案件13件, 涉企): with
 * nothing referring back, any other word before the noun may be another act or a part.
 */
function otherWordsBefore(a: Count, b: Count, noun: string): boolean {
  const rest = (c: Count) => {
    const words = (highlightOpened(c) ? c.before.slice(2) : c.before).replace(BEFORE_NUMBER, '');
    const at = words.lastIndexOf(noun);
    return (at < 0 ? words : words.slice(0, at)).replace(NOT_QUALIFIER, '');
  };
  return rest(a) !== rest(b);
}

/** Whether the two numbers are the same digits in another order (measures.ts sameDigits). */
const oneSlipApart = (a: Count, b: Count) => sameDigits(a.figure.value, b.figure.value);

/** Whether a count's words end in an act and 的 (评查的112卷) and the other count's clause names that act. */
function namesActOf(c: Count, other: Count): boolean {
  const act = /([\u3400-\u9fff]{2})的$/u.exec(c.before)?.[1];
  return (!!act && (other.before + other.after).includes(act)) || actBeforeNoun(c, other);
}

/** The act, 的 and the noun before the number (实行告知承诺制的证明事项达到55项): the act alone, as written. */
const ACT_DE_NOUN = /([\u3400-\u9fff“”]{4,12})的[\u3400-\u9fff“”]{2,12}$/u;
/**
 * Whether a count names its act before 的 and its noun (实行告知承诺制的证明事项达到55项) and the other count's clause names
 * that act, four characters of it at least (对45项证明事项实行告知承诺制): one measure, the noun and act in another order.
 */
function actBeforeNoun(c: Count, other: Count): boolean {
  const act = ACT_DE_NOUN.exec(c.before.replace(BEFORE_NUMBER, ''))?.[1];
  if (!act) return false;
  const words = other.before + other.after;
  for (let n = act.length; n >= 4; n--) if (words.includes(act.slice(-n))) return true;
  return false;
}

/** A short noun ending in a word every report counts (解决问题, 办理事项): it names no one measure. */
const GENERIC_TAIL = /(?:问题|事项|工作|意见)$/u;
const tooGeneric = (noun: string) => noun.length < 6 && GENERIC_TAIL.test(noun);

/** 6个执法中队的法治工作基础薄弱: a number before its noun and 的 describes some of them, not the count restated. */
const attributeOfSome = (c: Count, noun: string) => c.after.startsWith(`${noun}的`);

/** Words that say when, how or that the work was done, not which body did it. */
const NOT_QUALIFIER = /全年|年内|本年度|今年|一年来|组织|开展|召开|举办|坚持|积极|本人|带头|先后|共计|累计|合计|(?<!公)共|各类|各项|全面|深入|扎实|持续/gu;
/** Whether both clauses name the noun with words before it, and the words differ (班子会前学法 … 局务会议会前学法). */
function otherQualifiers(a: Count, b: Count, noun: string): boolean {
  const rest = (c: Count) => {
    const words = c.before.replace(BEFORE_NUMBER, '');
    return words.endsWith(noun) ? words.slice(0, -noun.length).replace(NOT_QUALIFIER, '') : null;
  };
  const [x, y] = [rest(a), rest(b)];
  return !!x && !!y && !x.includes(y) && !y.includes(x);
}

/** Whether one count's number stands in the other's sentence with the same unit (新申领65个、注销41个). */
const listedBeside = (c: Count, other: Count) =>
  new RegExp(`(?<![\\d.])${other.figure.value}\\s*${other.unit}`, 'u').test(c.sentence);

/** Whether exactly one of the two counts is a stock (现有, 累计) or a new count (新增): the other is the year's work. */
const stockAgainstFlow = (a: Count, b: Count) => STOCK.test(a.before) !== STOCK.test(b.before) || NEW.test(a.before) !== NEW.test(b.before);

/** Counts whose numbers differ but whose key (noun, unit) and frame are one: the later is marked, both places shown. */
export function sameKeyCounts(ctx: Ctx): Mark[] {
  const counts = readCounts(ctx).filter((c) => !framedApart(c, ctx));
  const marks: Mark[] = [];
  const marked = new Set<number>();
  for (let j = 0; j < counts.length; j++) {
    const b = counts[j]!;
    for (let i = 0; i < j; i++) {
      const a = counts[i]!;
      if (!sameUnit(a.unit, b.unit) || a.figure.value === b.figure.value || a.sentence === b.sentence) continue;
      const [lo, hi] = [Math.min(a.figure.value, b.figure.value), Math.max(a.figure.value, b.figure.value)];
      if (lo <= 0 || hi / lo > 3) continue;
      if (inTwoItems(ctx, a.figure.start, b.figure.start)) continue;
      const noun = sharedNoun(a, b);
          // Only a count that refers back to the set (上述18个…, 评查的112卷) is sure to be the same measure; two plain counts
      // of one noun are left to the shape readers, whose guards know their look-alikes.
      // Two plain counts are one measure only when their numbers are the same digits in another order (612 and 621, 28
      // and 82): a typing slip, which two measures of one noun (a part, a kind, another body) almost never are.
      if (!refersBack(a, b) && !refersBack(b, a) && !oneSlipApart(a, b)) continue;
      // A short general noun (证明事项) names one measure with its act named on both sides (实行告知承诺制的证明事项).
      const actOnBoth = actBeforeNoun(a, b) || actBeforeNoun(b, a);
      if (!noun || (tooGeneric(noun) && !actOnBoth) || otherActs(a, b, noun) || stockAgainstFlow(a, b)) continue;
      // 7名班子成员落实… 9名班子成员述法: two numbers opening two clauses about a body may each be some of it.
      if (!a.before && !b.before) continue;
      if (attributeOfSome(a, noun) || attributeOfSome(b, noun) || otherQualifiers(a, b, noun)) continue;
      if (!refersBack(a, b) && !refersBack(b, a) && otherWordsBefore(a, b, noun)) continue;
      // 新申领65个、注销41个 … 注销41个: the later number stands beside the earlier one, so the pair is misread.
      if (listedBeside(a, b) || listedBeside(b, a)) continue;
      // Another count of the same key that agrees with the later one: the earlier is the odd one out, or they are two measures.
      if (counts.some((c, k) => k !== i && k !== j && c.figure.value === b.figure.value && sameUnit(c.unit, b.unit) && sharedNoun(c, b))) continue;
      if (marked.has(b.figure.start)) continue;
      marked.add(b.figure.start);
      const shown = (c: Count) => ctx.text.slice(c.figure.start, c.figure.end);
      marks.push({
        ...pairMark(a.figure, b.figure, `“${noun}”前面写${shown(a)}，这里写${shown(b)}，像是同一项数字前后不一致。`, '核对这项数字，前后改成一致'),
        hintOnly: true,
      });
    }
  }
  return marks;
}

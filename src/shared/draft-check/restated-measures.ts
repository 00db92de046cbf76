/**
 * A measure restated with the number before its noun (round 31): the draft counts it once as 作出重大行政决策5项 or
 * 全年参加集中学法6次 and refers to it again as 8项重大行政决策全部经过合法性审查, 在全年9次集中学法中, 全年5次主持法治建设
 * 专题会议, 案卷评查发现的29个问题, 上述13个问题. The readers of restated figures compare clauses whose words stand
 * before the number; this one reads the noun after it. Strict, as a hint (internal consistency): the later mention
 * must call itself the whole (全年, 上述, 全部, 均, …中, 基础上), its noun must end the other count's words (four
 * characters at least, or the act with 的: 发现的N个问题 is 发现问题), and every other count of that noun must agree.
 */
import { digitsOf, type Ctx, type Mark } from './context.ts';
import { CLAUSE_BREAK, SENTENCE_BREAK, UNIT, figures } from './checks/figures.ts';
import { startBefore } from './sentence.ts';
import { ADDED_TO_GROUP, NARROWED, OCCASION, SEVERAL_YEARS, STOCK, isVerb, sameDigits, shortPeopleName } from './measures.ts';
import { TOOK_PART } from './restated-figures.ts';
import { inPlanSection } from './plan-section.ts';
import { pairMark } from './pair-mark.ts';

/** A count with its noun after it: 8项重大行政决策, 9次集中学法. */
export const NUMBER_FIRST = new RegExp(`(?<![\\d.,])(\\d+)\\s*(${UNIT})(?=[\\u3400-\\u9fff“])`, 'gu');
/** Words before the number that make it the whole already counted: 全年, 上述 (referring back), 目录内. */
const WHOLE_BEFORE = /(?:全年|上述|前述|以上)$/;
/**
 * The report's own year named right before the number (针对本年度51件行政复议案件暴露的问题): even in the plans section the
 * count is the year's whole, looked back on, unless the sentence sets a target (力争本年度办结…).
 */
const ownYearBefore = (year: number | null) => new RegExp(`(?:本年度|本年|今年|全年${year ? `|${year}年度?` : ''})$`, 'u');
export const TARGET = /力争|确保|争取|计划|目标|预计|拟|将|达到|不少于|不低于/u;
/** Referring back to the nearest count: the noun may then be short (上述13个问题). */
const BACK_REFERENCE = /(?:上述|前述|以上)$/;
/** 发现的29个问题: the act with 的 before the number, which joins the noun to name the measure (发现问题). */
const ACT_OF = /(发现|排查|查找|查摆|梳理|收到|受理|办理|作出|审议|评查)的$/u;
/** N件…中有M件: a subset told of the count, whose other counts may be of another stage (收案, 审结); a stock of people excepted. */
const SUBSET_AFTER = /^中(?:仍|还|尚)?有/;
/** Words after the noun that make the count the whole: 全部, 均, 都 (all of them), 中 (among them), 基础上. */
const WHOLE_AFTER = /^(?:全部|均|都|中(?![心央国华])|的?基础上)/u;
/** 从33件行政复议申请看: the whole year's count looked at as one, before (从) and after (看, 来看). */
const LOOKED_AT = { before: /从$/u, after: /^(?:来)?看/u };
/** A sentence counting only a part or another period: its number is not the measure restated. */
const NOT_WHOLE = /其中|分别|新增|同比|较上年|上年|去年|上半年|下半年|季度|平均|每/;
/** A Chinese-numeral count ending a clause (主持召开法治建设专题会议三次): read as the digits are. */
const HAN_COUNT = new RegExp(`([\\u3400-\\u9fff“”]{4,20}?)([一二两三四五六七八九十]{1,3})(${UNIT})(?=[，。；,;]|$)`, 'gmu');
const HAN = '一二三四五六七八九';

function hanValue(s: string): number {
  const d = (c: string | undefined) => (c === '两' ? 2 : HAN.indexOf(c ?? '') + 1);
  if (!s.includes('十')) return s.length === 1 ? d(s) : NaN;
  const [tens, ones] = s.split('十');
  return (tens ? d(tens) : 1) * 10 + (ones ? d(ones) : 0);
}

export interface Count { start: number; end: number; value: number; unit: string; measure: string }

const baseUnit = (u: string) => u.split('·')[0]!.replace(/^人$/, '名');

/** How many counts in a unit some words hold (制定6件、修订4件: two). */
const COUNT_IN_UNIT = new RegExp(`(?<![\\d.])\\d+\\s*(${UNIT})`, 'gu');
const countsInUnit = (words: string, unit: string): number => [...words.matchAll(COUNT_IN_UNIT)].filter((m) => baseUnit(m[1]!) === unit).length;

/**
 * 辖区101个行政村共培养“法律明白人”: a count of the places the work covers opening the clause says where, not what; the
 * words after its unit are the measure (行政村培养“法律明白人” ends in the noun a restatement names).
 */
const SCOPE_COUNT = new RegExp(`^[\\u3400-\\u9fff]{0,4}\\d+(?:${UNIT})(?=[\\u3400-\\u9fff])`, 'u');
const afterScopeCount = (measure: string): string => measure.replace(SCOPE_COUNT, '');

/** The counts of the draft with their words before the number: the digit figures and the Chinese-numeral ones. */
export function wordsFirstCounts(ctx: Ctx): Count[] {
  const text = digitsOf(ctx);
  // 持有行政执法证件的人员共772名 is referred back to as 持证执法人员: the words before the number in their short form.
  const out: Count[] = figures(ctx, 0, text.length).filter((f) => !f.part).map((f) => ({ start: f.start, end: f.end, value: f.value, unit: baseUnit(f.unit), measure: shortPeopleName(afterScopeCount(f.measure)) }));
  for (const m of text.matchAll(HAN_COUNT)) {
    const value = hanValue(m[2]!);
    if (!Number.isFinite(value) || value <= 0) continue;
    const start = m.index + m[1]!.length;
    const clause = text.slice(startBefore(text, start, CLAUSE_BREAK), start).replace(/^(?:全年|今年|本年度|共|累计)/, '');
    out.push({ start, end: start + m[2]!.length + m[3]!.length, value, unit: baseUnit(m[3]!), measure: clause });
  }
  return out;
}

/** 列入学习重点内容: what is studied, not a narrower part of the count (round 51; NARROWED reads 重点 as 重点领域). */
const STUDY_CONTENT = /重点(?:内容|篇目|书目)/gu;
/** 重点环节亲自协调, the duty formula of the first-responsible leader (四个亲自), narrows nothing counted after it (round 52). */
const DUTY_FORMULA = /重点环节亲自协调/gu;

/** Whether a count's sentence counts the year's whole measure: not a part, not another period, not a target. */
export function countsTheWhole(ctx: Ctx, at: number): boolean {
  const text = digitsOf(ctx);
  // 2023年以来 in the 2023 report is the year itself, not several years.
  const before = text.slice(startBefore(text, at, SENTENCE_BREAK), at).replace(ctx.year ? `${ctx.year}年以来` : /$^/, '').replace(STUDY_CONTENT, '').replace(DUTY_FORMULA, '');
  return !NOT_WHOLE.test(before) && !NARROWED.test(before) && !SEVERAL_YEARS.test(before) && !OCCASION.test(before);
}

/**
 * The acts of finding problems, one act in any of its words: 自查发现的12个问题 takes up 共梳理问题21个 as much as
 * 发现问题21个 (a self-inspection's problems are found by 梳理, 查摆 or 排查 alike).
 */
const FINDING = /(?:发现|排查|查找|查摆|梳理)(?=问题$)/u;

/** Who found problems, named before the act (巡察发现的, 审计指出的): problems of that inspection only. */
const FOUND_BY = /巡视|巡察|督察|督查|审计|评查|考核|暗访|检查|自查/u;

/** A count's words with its act of finding problems written as the restatement's act (梳理问题 → 发现问题 for 发现的). */
const inActOf = (measure: string, act: string): string => (FINDING.test(`${act}问题`) ? measure.replace(FINDING, act) : measure);

/** The longest end of `measure` that the words after the number name (within their first few characters). */
function sharedNoun(measureAsWritten: string, after: string, act: string): string {
  const measure = inActOf(measureAsWritten, act);
  for (let n = measure.length; n >= 2; n--) {
    const noun = measure.slice(-n);
    if (act && measure.endsWith(act + after.slice(0, n - act.length)) && n - act.length >= 2) return noun;
    const at = after.indexOf(noun);
    // 全年5次主持法治建设专题会议 against 主持召开法治建设专题会议: a verb before the noun must be the other count's too.
    if (at === 0) return noun;
    if (n >= 4 && at > 0 && at <= 4 && measure.includes(after.slice(0, at))) return noun;
  }
  return '';
}

export function restatedMeasures(ctx: Ctx): Mark[] {
  const text = digitsOf(ctx);
  // Words with a number in them (20件行政诉讼案件中有) name a part of another count, not a measure.
  const counts = wordsFirstCounts(ctx).filter((c) => /^[\u3400-\u9fff“”]+$/u.test(c.measure) && !inPlanSection(ctx, c.start) && countsTheWhole(ctx, c.start));
  const marks: Mark[] = [];
  const ownYearRef = ownYearBefore(ctx.year);
  for (const m of text.matchAll(NUMBER_FIRST)) {
    const start = m.index;
    const numberEnd = start + m[0].length;
    const value = Number(m[1]);
    const unit = baseUnit(m[2]!);
    const before = text.slice(startBefore(text, start, CLAUSE_BREAK), start).replace(/^在/, '');
    const back = BACK_REFERENCE.test(before);
    const act = ACT_OF.exec(before)?.[1] ?? '';
    if (!countsTheWhole(ctx, start) && !back) continue;
    // A target in the plans section is another year's number, unless it refers back (对上述13个问题逐项整改).
    // So does the problems found (针对自查发现的12个问题): a plan acts on what was found, not a target of its own.
    const ownYear = ownYearRef.test(before) && !TARGET.test(text.slice(startBefore(text, start, SENTENCE_BREAK), start));
    if (inPlanSection(ctx, start) && !back && !ownYear && !FINDING.test(`${act}问题`)) continue;
    const after = /^[\u3400-\u9fff“”]{2,16}/u.exec(text.slice(numberEnd))?.[0] ?? '';
    let best: { noun: string; found: Count[] } = { noun: '', found: [] };
    for (const c of counts) {
      // A count in the same sentence is a part or the act on it (20件…中有2件败诉), not the measure restated.
      // 上述 points back at a count told just before it, in its own sentence too (作出重大行政决策3项，上述4项决策均经…).
      // Only when that count is the sentence's one count in the unit: several (制定6件、修订4件，上述10件) are added up.
      const pointsBackInSentence = back && c.end <= start && countsInUnit(text.slice(startBefore(text, start, SENTENCE_BREAK), start), unit) === 1;
      // 充实法制审核人员5名 counts those added; 6名法制审核人员全部持证 is the whole group, at least as many (round 59).
      if (!back && ADDED_TO_GROUP.test(c.measure) && c.value <= value) continue;
      if (c.unit !== unit || (c.start <= start && c.end >= numberEnd) || (!pointsBackInSentence && !SENTENCE_BREAK.test(text.slice(Math.min(c.end, start), Math.max(c.start, numberEnd))))) continue;
      const noun = sharedNoun(c.measure, after, act);
      // 审议的31项重大事项 against 研究…重大事项7项: an act named before the number must be the other count's act too.
      const namedAct = /([\u3400-\u9fff]{2})的$/u.exec(before)?.[1];
      if (namedAct && !inActOf(c.measure, act).includes(namedAct)) continue;
      // 巡察发现的5个问题 against 自查梳理问题9个: problems found by another inspection are another count.
      const source = FOUND_BY.exec(before)?.[0];
      // The inspection may be named in the paragraph's lead sentence (（一）开展案卷评查。…发现问题23个).
      if (source && !text.slice(text.lastIndexOf('\n', c.start) + 1, c.start).includes(source)) continue;
      if (!noun || (noun.length < 4 && !back && !(act && noun.startsWith(act)))) continue;
      // 上述31项重大事项 against 研究法治建设重大事项7项: a qualifier (法治建设) before the shared noun names a narrower set.
      // In its own sentence 上述 points at the count just told, which a short noun names whatever the qualifier (重大行政决策 … 上述4项决策).
      const justTold = pointsBackInSentence && !SENTENCE_BREAK.test(text.slice(c.end, start));
      if (back && !justTold && noun.length < c.measure.length && !isVerb(c.measure.slice(-noun.length - 2, -noun.length))) continue;
      if (noun.length > best.noun.length) best = { noun, found: [c] };
      else if (noun === best.noun) best.found.push(c);
    }
    if (!best.noun) continue;
    const nounEnd = numberEnd + after.indexOf(best.noun.slice(act.length)) + best.noun.length - act.length;
    const viaAct = !!act && best.noun.startsWith(act);
    const subset = act !== '发现' && SUBSET_AFTER.test(text.slice(nounEnd));
    const wholeAfter = WHOLE_AFTER.test(text.slice(nounEnd)) || (LOOKED_AT.before.test(before) && LOOKED_AT.after.test(text.slice(nounEnd)));
    // 上述 refers to the nearest count before; otherwise every other count of the measure must say one value.
    const others = back ? best.found.filter((c) => c.start < start).slice(-1) : best.found;
    const values = new Set(others.map((c) => c.value));
    if (values.size !== 1 || values.has(value)) continue;
    // N名X中仍有… is a subset told of the group; it restates the group's size only when the other count is a stock of
    // people (现有法律顾问10人 … 13名法律顾问中仍有个别人员): a standing group has one size, unlike the cases of two stages.
    if (subset && !(unit === '名' && others.every((c) => STOCK.test(text.slice(startBefore(text, c.start, CLAUSE_BREAK), c.start))))) continue;
    // 共培养“法律明白人”837名 … 873名“法律明白人”参与…: the same digits in another order are a typing slip of the one
    // count, though the later mention does not call itself the whole. The noun must be four characters or a quoted name.
    const slip = sameDigits(value, others[0]!.value) && best.noun.replace(/[“”]/gu, '').length >= 4;
    if (!WHOLE_BEFORE.test(before) && !ownYear && !viaAct && !wholeAfter && !slip) continue;
    if (others.reduce((s, c) => s + c.value, 0) === value) continue;
    // 上述56所学校 after 城区学校32所、农村学校24所: the sum of the counts just before it.
    let run = 0;
    if (back && best.found.filter((c) => c.start < start).reverse().some((c) => (run += c.value) === value)) continue;
    const other = others[0]!;
    // 现有执法人员330名 … 272名执法人员全部通过考试: those who took part, not the stock of staff told again.
    if (unit === '名' && TOOK_PART.test(text.slice(nounEnd)) && STOCK.test(text.slice(startBefore(text, other.start, CLAUSE_BREAK), other.start))) continue;
    const span = { start, end: nounEnd };
    const [first, later] = other.start < start ? [other, span] : [span, other];
    marks.push({
      ...pairMark(first, later, `“${text.slice(other.start, other.end)}”和“${text.slice(start, nounEnd)}”说的是同一项，数字前后不一致。`, '核对这项数字，前后改成一致'),
      start, end: nounEnd, hintOnly: true,
    });
  }
  return marks;
}

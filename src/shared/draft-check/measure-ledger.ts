/**
 * A ledger of the draft's counts: every figure read as who counted (subject), what act on what thing (the measure,
 * verb first), its value and unit, whether it is a total (共, 全年), a part (其中, 分别) or a claim of the whole set
 * (全部, 全员覆盖), and whether it stands in the year's summary (the opening or 一、总体情况) or the body.
 *
 * Writers restate the summary's totals in the body in ever new shapes: they add the organ the summary sentence already
 * named (区政府开展规范性文件清理，共废止文件17件 … 共废止区政府行政规范性文件14件), the whole set that did the work
 * (全乡 … 全乡21个行政村共培养…), examples (制定《…办法》等政府规章), a manner word (专题学法), or put the number
 * first (组织1026名行政执法人员参加…，实现全员覆盖). The ledger reads all of these to one measure, so one comparison
 * covers each shape; what it must not join is a real part (涉企规范性文件, 司法所办理的), which adds words of its own.
 */
import { figures } from './checks/figures.ts';
import type { Ctx, Mark } from './context.ts';
import { NARROWED, normalPredicate, OCCASION, SEVERAL_YEARS } from './measures.ts';
import { pairMark } from './pair-mark.ts';
import { commonEnd, tableTopic } from './restated-figures.ts';
import { inPlanSection } from './plan-section.ts';
import { startBefore } from './sentence.ts';

type Figure = ReturnType<typeof figures>[number];

export interface Entry {
  figure: Figure;
  start: number;
  end: number;
  value: number;
  /** The unit, 名 read as 人: the same people counted. */
  unit: string;
  /** Who counted, before the measure's verb (区政府, 街道14个社区), as written. */
  subject: string;
  /** The act and the thing counted, verb first, normalised (normalPredicate) with examples, quotes and 及 dropped. */
  measure: string;
  /** The measure's words as written (examples, quotes and 及 dropped): what a restatement's added words are checked against. */
  words: string;
  /** Whether words before the clause narrow it to some of the measure (在交通运输领域，…; a table line's topic before full words). */
  scoped: boolean;
  /** Whether the only scope is an occasion (围绕宪法宣传周等节点开展…): some of the year's count, or all of it told by its peaks. */
  occasionOnly: boolean;
  /** Whether the act was read after the thing (对23件行政规范性文件出具审核意见): trusted against the year's summary only. */
  actAfterThing: boolean;
  /** For a number written before its thing (组织1026名行政执法人员参加), the thing (行政执法人员); else ''. */
  thing: string;
  total: boolean;
  part: boolean;
  /** Whether the sentence claims the figure is the whole set (全部, 全员覆盖, 实现全覆盖). */
  whole: boolean;
  summary: boolean;
  sentenceStart: number;
  /** The sentence up to the figure: the words a restatement may borrow. */
  before: string;
}

/**
 * The year's summary: the opening before the first heading, and a first section that sums up the year (一、总体情况),
 * one span for every check that compares the year's totals with the body.
 */
const OVERVIEW = /^(?:总体情况|基本情况|总体概况|工作概况|总体工作情况|履职概况|工作总体情况)$/;
export function summarySpans(ctx: Ctx): [number, number][] {
  const spans: [number, number][] = [];
  const [s, e] = ctx.layout.opening;
  if (e > s) spans.push([s, e]);
  const level1 = ctx.layout.headings.filter((h) => h.level === 1);
  const first = level1[0];
  if (first && OVERVIEW.test(first.title.replace(/[。：:]$/, '').trim())) spans.push([first.start, level1[1]?.start ?? ctx.text.length]);
  return spans;
}

/** Acts a report counts; the measure starts at the first of them (what comes before is who did it). */
export const VERB = /(?:主持|召开|合法性审核|合法性审查|备案审查|审查|审核|审议|办理|办结|受理|审结|培训|培养|培育|废止|修改|修订|清理|制定|出台|印发|评查|检查|查处|调解|化解|提供|开展|举办|组织|聘请|建成|建立|设立|研究|学法|出庭|应诉|公开|答复|作出|纠正|备案|发放|处罚|立案|发布|签订|讨论|收到|接收|办件|宣讲|走访|排查|摸排|编制|梳理|公布|认定|确定|共有|现有)(?!的)/;
/** Total words: the subject is before them, the measure after (街道14个社区共培养…). */
const TOTAL_WORD = /共计|累计|合计|总计|(?<!公)共(?!同|建(?!成)|享|治|识|产)|全年/g;
/** Examples named before the thing counted (《…办法》等, 网吧、娱乐场所等): they do not narrow it. */
const EXAMPLES = /《[^》]{1,40}》(?:、《[^》]{1,40}》)*等?|[\u3400-\u9fff]{1,10}(?:、[\u3400-\u9fff]{1,10})+等/gu;
/** Manner words a restatement adds without naming a part (专题学法 is how the study group studies; 集中宣传 is a kind of event, so not 集中). */
// 专题 before an act says how it was done (专题研究, 专题听取); after one it names a kind of the thing (听取专题汇报,
// 召开专题会议): a part of the plain count, so it stays in the measure.
const MANNER = new RegExp(`^专题|专题(?=${VERB.source}|听取|部署|学习)|逐件|逐项|依法|认真|严格|及时|扎实|深入|先后|带头|组织(?=[\\u3400-\\u9fff]{2,}学法)`, 'g');
/** A set that did the work together: 14个社区共…, 21个行政村共… is all of them, the scope restated. */
export const SET_SUBJECT = /\d+个[\u3400-\u9fff（）()]{1,8}$/u;
/**
 * The organ that reviews for the government (合法性审核机构 is the 司法行政部门, or the 法律顾问): its count of reviews is
 * the government's, though the summary names the government.
 */
const REVIEWER = /^[省市县区镇乡]?(?:司法局|司法所|司法厅|法制机构|合法性审核机构|法律顾问)$/;
const REVIEW = /^审核/;

/** A general act with a general object (召开专题会议, 开展检查, 制定方案): meetings and events on several topics share it. */
export const GENERIC = /^(?:召开|开展|组织|举办|参加|印发|制定)[\u3400-\u9fff]{0,2}(?:会议|活动|检查|方案|文件|制度|工作|培训)$/u;

/** Where and when, in a subject: the scope the summary has too (全年, 全乡, 我局). */
export const SCOPE = /^(?:今年以来|今年|全年|本年度|年内|[全我本]?(?:[省市县区镇乡局]|街道))+/;
/** A manner naming every way the work was done (采取线上+线下方式, 通过线上线下相结合的形式): no part of it. */
const EVERY_WAY = /^(?:采取|采用|通过|以)线上[+＋、与和]?线下(?:相结合)?的?(?:方式|形式|模式)/u;
/** A summary stating the size of a set (共有行政执法人员1062名), which a count of all its members must equal. */
const SET_SIZE = /^(?:有|共有|现有|下辖|辖有|设有)/;
/** Words after a number-first figure that claim the whole set. */
const WHOLE = /全部|全员|全覆盖|所有|均已|一个不落/;
/** Last year's figure, or a change on it. */
const COMPARISON = /同比|较上年|较去年|比上年|比去年|上年度|上一年|去年/;
/** A part of the year (上半年, 第三季度, 6月份): its figure is some of the year's. */
const PERIOD = /上半年|下半年|季度|[一二三四五六七八九十\d]{1,2}月|月份|年初|年底前/;

/**
 * The sentence's words that can narrow a count: after the clause's 全年 only. 全年 says the count is the year's, so 年初
 * earlier in the sentence (年初编制目录，全年完成审议9项) dates another act, while 全年新增 still narrows it.
 */
export function narrowingWords(before: string): string {
  const year = before.lastIndexOf('全年');
  return year < 0 ? before : before.slice(year + 2);
}

/**
 * The clause's words before a number, brackets kept whole (村（社区）法律顾问, 公共法律服务站（点）): figures.ts breaks a
 * clause at a bracket, which leaves 法律顾问 of 村（社区）法律顾问.
 */
function clauseWords(text: string, at: number): string {
  let s = at;
  while (s > Math.max(0, at - CLAUSE_MAX)) {
    const c = text[s - 1]!;
    if (c === '）' || c === ')') {
      const open = Math.max(text.lastIndexOf('（', s - 1), text.lastIndexOf('(', s - 1));
      if (open < 0 || s - open > 12) break;
      s = open;
    } else if (/[，。；、,;：:！？!?\n（()）]/.test(c)) break;
    else s--;
  }
  return text.slice(s, at).trim();
}

/** The clause's words with what names no part dropped: 其中, a line's number, examples, quotes, brackets, 及. */
const partWords = (text: string, at: number) => clean(clauseWords(text, at).replace(/^(?:其中|分别为|分别是)/, ''));

function clean(words: string): string {
  // 拟出台的, 拟提请审议的: a draft is what every review is of, so it names no part.
  // 各类合同, 涉政府合同: every contract a government reviews is one it is party to, so neither names a part.
  return words.replace(EXAMPLES, '').replace(/各类|各项|涉政府(?=合同)/gu, '').replace(/拟[\u3400-\u9fff]{1,6}?的/gu, '').replace(/[（(][^（）()]{1,8}[）)]/g, '').replace(/[“”‘’"「」]/g, '').replace(/(?<=[\u3400-\u9fff])(?:及|和|与)(?=[\u3400-\u9fff])/gu, '').replace(/^(?:[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、])/u, '');
}

/** A review done to what a 对… names (对…逐件进行合法性审核): the act, its manner and light verb dropped. */
const ACT_ON = '(?:逐件|逐项|逐一|均|全部)?(?:进行|开展|予以)?(合法性审核|合法性审查|备案审查|审核|审查|清理|评估)';

/** The thing after a number-first count, then the review done to it (23件行政规范性文件逐件进行审核, …出具审核意见). */
const THING_THEN_ACT = new RegExp(`^\\s*([\\u3400-\\u9fff“”]{2,12}?)(?:${ACT_ON}|出具(?:合法性)?(审核|审查)意见)`, 'u');

/** How far back a count's sentence and clause are read. */
const SENTENCE_MAX = 200;
const CLAUSE_MAX = 60;

/** The ledger of the whole draft, read once per check. */
const ledgers = new WeakMap<Ctx, Entry[]>();

export function ledger(ctx: Ctx): Entry[] {
  const cached = ledgers.get(ctx);
  if (cached) return cached;
  const text = ctx.text;
  const spans = summarySpans(ctx);
  const entries: Entry[] = [];
  for (const f of figures(ctx, 0, text.length)) {
    // Bounded, so a draft without stops stays linear: a sentence stating a count is far shorter.
    const sentenceStart = startBefore(text, f.start, /[。；;！？!?\n]/, SENTENCE_MAX);
    const before = text.slice(sentenceStart, f.start);
    // The clause's own words, up to the number; a total word splits who from what (街道14个社区共培养“法律明白人”).
    let words = partWords(text, f.start);
    let subject = '';
    const totals = [...words.matchAll(TOTAL_WORD)];
    const lastTotal = totals[totals.length - 1];
    if (lastTotal && lastTotal.index + lastTotal[0].length < words.length) {
      subject = words.slice(0, lastTotal.index);
      words = words.slice(lastTotal.index + lastTotal[0].length);
    } else if (lastTotal) words = words.slice(0, lastTotal.index);
    const clause = clauseWords(text, f.start);
    const topic = tableTopic(text, f.start - clause.length);
    // A table line's topic is what a bare verb counts (行政复议案件：受理56件); before fuller words it is a scope (交通运输领域：…).
    const scopedOtherwise = NARROWED.test(before.slice(0, before.length - clause.length)) || PERIOD.test(narrowingWords(before)) || (!!topic && words.length > 3);
    const occasion = OCCASION.test(before);
    const scoped = scopedOtherwise || occasion;
    if (words.length <= 3) words += topic;
    // 对市政府拟出台的行政规范性文件29件逐件进行合法性审核: the act follows the number, what it was done to precedes it.
    const actAfter = new RegExp(`^\\s*${ACT_ON}`, 'u').exec(text.slice(f.end, f.end + 16));
    const appliedTo = actAfter ? /^(.*?)对(.{2,})$/u.exec(words) : null;
    // 年内对各类合同进行合法性审核54份: the act between the 对… and the number, the thing inside the 对….
    const actBefore = appliedTo ? null : new RegExp(`^(.*?)对(.{2,}?)${ACT_ON}$`, 'u').exec(words);
    // 对23件行政规范性文件出具审核意见: the number first, then the thing, then the act done to it.
    const thingThenAct = appliedTo || actBefore ? null : /^(.*?)对$/u.test(words) ? THING_THEN_ACT.exec(text.slice(f.end, f.end + 30)) : null;
    if (appliedTo) {
      subject += appliedTo[1]!;
      words = actAfter![1]! + appliedTo[2]!;
    } else if (thingThenAct) {
      subject += words.slice(0, -1);
      words = (thingThenAct[2] ?? thingThenAct[3]!) + clean(thingThenAct[1]!);
    } else if (actBefore) {
      subject += actBefore[1]!;
      words = actBefore[3]! + actBefore[2]!;
    }
    const verb = VERB.exec(words);
    if (verb && verb.index > 0) {
      subject += words.slice(0, verb.index);
      words = words.slice(verb.index);
    }
    const after = text.slice(f.end, f.end + 40);
    const thingMatch = /^[\u3400-\u9fff“”]{2,12}?(?=参加|参训|参与|接受|完成|进行|开展|担任|全部|均|实现|[，。；、,])/u.exec(after);
    const unitBase = f.unit.split('·')[0]!;
    entries.push({
      figure: f, start: f.start, end: f.end, value: f.value,
      unit: unitBase === '名' ? '人' : unitBase,
      subject, words, scoped, actAfterThing: !!thingThenAct, occasionOnly: occasion && !scopedOtherwise, measure: normalPredicate(words).replace(MANNER, ''),
      thing: words.length <= 2 && thingMatch ? clean(thingMatch[0]) : '',
      total: f.total || !!lastTotal, part: f.part,
      whole: WHOLE.test(text.slice(f.end, f.end + 40).split(/[。；;\n]/)[0]!),
      summary: spans.some(([s, e]) => f.start >= s && f.start < e),
      sentenceStart, before,
    });
  }
  ledgers.set(ctx, entries);
  return entries;
}

/** Every character of words is in the source: the words add nothing the source had not said. */
/** Words naming how a piece of work ended (调解成功, 办结): a count with one counts fewer than the count without. */
const OUTCOME = /不成功|成功|办结|审结|结案|到位/u;

export const coveredBy = (words: string, source: string) => [...words].every((c) => source.includes(c));

/**
 * Whether a body entry restates a summary entry's measure. The body may keep the summary's words, leave some out, or add
 * only what the summary's own sentence had said (the organ, the thing in full); its subject may be the summary's, empty,
 * or all the members of the scope (21个行政村共…). Anything else added names a part.
 */
/** Whether the longer words name the shorter's head noun (its last two characters) more often: two things joined by 和 or 及. */
export function joinsMore(longer: string, shorter: string): boolean {
  const head = shorter.slice(-2);
  const times = (x: string) => x.split(head).length - 1;
  return head.length === 2 && times(longer) > times(shorter);
}

function restates(summary: Entry, body: Entry, summarySentence: string, alone = false): boolean {
  const [s, b] = [summary.measure, body.measure];
  if (s.length < 4 || b.length < 4 || s.slice(0, 2) !== b.slice(0, 2)) return false;
  if (commonEnd(s, b) < 2) return false;
  // 受理行政复议案件和行政诉讼案件 … 受理行政复议案件: a summary naming the body's head noun twice totals two things joined.
  if (joinsMore(s, b)) return false;
  // 调解成功纠纷 … 调解纠纷: the word naming how the work ended is no shorthand to leave out; it counts another set.
  if (OUTCOME.exec(s)?.[0] !== OUTCOME.exec(b)?.[0]) return false;
  // 21个行政村共培养… is all the villages together; 3个行政村培养… without 共 is some of them.
  const subject = (body.total ? body.subject.replace(SET_SUBJECT, '') : body.subject).replace(EVERY_WAY, '').replace(SCOPE, '');
  if (subject && !coveredBy(subject, summarySentence) && !(REVIEWER.test(subject) && REVIEW.test(s))) return false;
  // A bare restatement (no 共 or 全年) must name one measure by itself: 召开专题会议 in a section on one topic counts that topic's.
  // A general measure the body states only once, in the summary's own words (组织法治培训 … 组织法治培训), opening its
  // sentence, is the summary's; after a topic clause (研究信访工作，召开专题会议2次) it counts that topic's.
  const opensSentence = !/[，,：:]/.test(body.before);
  if (!body.total && (b.length < 6 || (GENERIC.test(b) && !(alone && s === b && opensSentence)))) return false;
  // A sentence narrowing the scope before the clause (在交通运输领域，…; 专项…; 其中…) counts some of the measure.
  if (body.scoped) return false;
  if (s === b) return true;
  // Added words must come from the summary's sentence; left-out words are the restatement's shorthand.
  return body.total && coveredBy(body.words, summarySentence);
}

/** Whether an entry is an exact figure of the draft's year: not another year's, several years', nor a change on last year. */
export function thisYearsFigure(ctx: Ctx): (e: Entry) => boolean {
  // A sentence naming another year (在2023年全年开展…的基础上) gives that year's figures, not this year's totals.
  const otherYear = new RegExp(`(?<!\\d)(?!${ctx.year ?? ''}年)(?:19|20)\\d{2}\\s*年`);
  // Round 61 (v63d-number-mismatch-01, -09): 认真落实《法治政府建设实施纲要（2021—2025年）》，全年合法性审核…25件: the
  // years inside a title name the plan, not the year of the count.
  return (e) => !e.figure.approx && !COMPARISON.test(e.before) && !SEVERAL_YEARS.test(e.before) && !otherYear.test(e.before.replace(/《[^《》]*》/gu, ''));
}

/**
 * The summary's totals against the body: the same measure with another number (restated in any of the shapes above),
 * a part of it larger than it (其中村（社区）工作室251个 under 共建成…工作室215个), or a number-first count claiming
 * the whole set (组织1026名行政执法人员…，实现全员覆盖 under 共有行政执法人员1062名).
 */
export function summaryAgainstBody(ctx: Ctx): Mark[] {
  const entries = ledger(ctx);
  const text = ctx.text;
  const current = thisYearsFigure(ctx);
  const summaries = entries.filter((e) => e.summary && !e.part && current(e));
  if (!summaries.length) return [];
  const marks: Mark[] = [];
  const statedOnce = (body: Entry) => entries.filter((e) => !e.summary && e.unit === body.unit && e.measure === body.measure).length === 1;
  for (const body of entries) {
    if (body.summary || !current(body) || inPlanSection(ctx, body.start)) continue;
    // 全年办理行政处罚案件210件 restating the opening's 210件: it is that total told again, not a slip in another of the opening's.
    if (summaries.some((o) => o.unit === body.unit && o.value === body.value && (o.measure.endsWith(body.measure) || body.measure.endsWith(o.measure)))) continue;
    for (const sum of summaries) {
      if (sum.unit !== body.unit || sum.value === body.value) continue;
      // 全县 … 我局: a department's count is some of the county's.
      if (sum.figure.actor && body.figure.actor && sum.figure.actor !== body.figure.actor) continue;
      const sumSentence = text.slice(sum.sentenceStart, sum.end);
      let why = '';
      if (!body.part && restates(sum, body, sumSentence, statedOnce(body))) why = '同一项数字前后不一致';
      else if (body.part && sum.total && body.value > sum.value && exceedsAsPart(sum, body)) why = '其中一部分比开头的总数还多';
      else if (exceedsSameMeasure(sum, body, entries)) why = '正文同一项的数字比开头的全年总数还多'
      else if (body.thing && body.whole && SET_SIZE.test(sum.words) && body.thing.length >= 4 && sum.measure.endsWith(normalPredicate(body.thing))) why = '写的是全部，却与开头的总数不同';
      if (!why) continue;
      marks.push(pairMark(sum, body, `开头写“${sum.figure.clause}”，这里写“${body.figure.clause}”：${why}。`, '核对这项数字，开头的总数和正文改成一致'));
      break;
    }
  }
  return marks;
}

/** A subject wider than the draft's own organ (全县, 各乡镇): its count may exceed the organ's own total. */
const WIDER_SCOPE = /全[省市县区国镇乡]|全系统|全行业|各地|各[省市县区乡镇街]/u;

/**
 * The opening's total of a measure and a body clause counting the very same measure (开展普法活动) with words of place
 * or manner before it (深入机关、学校开展普法活动, 对照清单清理证明事项) and a larger number. Added words may name a part,
 * which is why restates() does not pair them; but a part cannot be larger than the whole, so a larger number is the
 * total told again with a slip. A smaller one is left alone (it may be the part).
 */
/** A count of other years, of several years together, or planned: not this year's total. */
const OTHER_PERIOD_OR_PLAN = /累计|合计|总计|上年|去年|前年|明年|下一?年|计划|目标|力争|预计|拟/u;
/** Words naming who did the work: an organ, a level or a person. */
const WHO = /本人|本级|我|政府|局|委|部门|机关|中心|所|院|办|队|会|站|组织|负责人|书记/u;

function exceedsSameMeasure(sum: Entry, body: Entry, entries: Entry[]): boolean {
  if (body.part || body.scoped || body.value <= sum.value || sum.measure.length < 4 || body.measure !== sum.measure) return false;
  if (VERB.exec(sum.measure)?.index !== 0 || WIDER_SCOPE.test(body.subject) || OTHER_PERIOD_OR_PLAN.test(body.before)) return false;
  // Only words of place or manner before the act (深入学校, 对照清单): a subject naming an organ or person counts its own share.
  if (WHO.test(body.subject)) return false;
  // Another count of the measure at the opening's number: the opening is told again there, and this one counts more.
  return !entries.some((e) => e !== sum && e.unit === sum.unit && e.value === sum.value && e.measure === sum.measure);
}

/** A body part (其中村（社区）工作室) of the summary's thing: its words all in the summary's measure, ending alike. */
function exceedsAsPart(sum: Entry, body: Entry): boolean {
  const words = body.words;
  const end = commonEnd(sum.measure, words);
  return words.length >= 2 && end >= 2 && (end >= 4 || coveredBy(words, sum.measure + sum.subject));
}

/**
 * A 合计 of parts named by their words (撤销、确认违法案件合计18件) against the figures those words gave earlier
 * (其中…撤销12件、确认违法5件…): the sum of the named figures.
 */
export function namedPartsTotal(ctx: Ctx): Mark[] {
  const entries = ledger(ctx);
  const marks: Mark[] = [];
  for (const [i, e] of entries.entries()) {
    const m = /(?:^|[，,：:）)])([\u3400-\u9fff]{2,8}?(?:(?:、|和|及|与)[\u3400-\u9fff]{2,8}?)+)(?:合计|共计|总计|共)$/u.exec(e.before);
    if (!m) continue;
    const names = m[1]!.split(/、|和|及|与/);
    // The list's last name may carry the noun of them all (撤销、确认违法案件): a name is a part's words, or them and a short noun.
    const isNamed = (label: string, n: string) => label.length >= 2 && (label === n || (n.startsWith(label) && n.length - label.length <= 3));
    const named = names.map((n) => entries.slice(0, i).findLast((x) => x.unit === e.unit && x.start < e.sentenceStart && isNamed(x.words, n)));
    if (named.some((x) => !x)) continue;
    const sum = named.reduce((n, x) => n + x!.value, 0);
    if (sum === e.value) continue;
    marks.push({
      start: e.start, end: e.end,
      places: [...named.map((x) => ({ start: x!.start, end: x!.end })), { start: e.start, end: e.end }],
      message: `${names.join('、')}前面分别写的是${named.map((x) => ctx.text.slice(x!.start, x!.end)).join('、')}，合计${sum}，这里写${ctx.text.slice(e.start, e.end)}。`,
      fix: '核对合计数和前面的各项数字',
    });
  }
  return marks;
}

/**
 * The summary's total shared out in a body sentence (县政府、县政府办公室分别审核重大行政决策事项9件、7件): the shares
 * of the same measure cannot add up to more than the total. Fewer may be some of the organs only, so only more is read.
 */
export function sharesOverTotal(ctx: Ctx): Mark[] {
  const entries = ledger(ctx);
  const text = ctx.text;
  const totals = entries.filter((e) => e.summary && e.total && !e.part && e.measure.length >= 4);
  if (!totals.length) return [];
  const marks: Mark[] = [];
  const seen = new Set<number>();
  for (const first of entries) {
    if (first.summary || seen.has(first.sentenceStart) || !/分别/.test(first.figure.label)) continue;
    seen.add(first.sentenceStart);
    const shares = entries.filter((e) => e.sentenceStart === first.sentenceStart && e.start >= first.start && e.unit === first.unit);
    const total = totals.find((t) => t.unit === first.unit && t.measure === first.measure);
    const sum = shares.reduce((n, e) => n + e.value, 0);
    if (!total || shares.length < 2 || sum <= total.value) continue;
    marks.push({
      start: total.start, end: total.end,
      places: [{ start: total.start, end: total.end }, ...shares.map((e) => ({ start: e.start, end: e.end }))],
      message: `开头写的是${text.slice(total.start, total.end)}，正文分别列出的${shares.map((e) => text.slice(e.start, e.end)).join('、')}合计${sum}，比总数还多。`,
      fix: '核对开头的总数和正文分别列出的数字',
    });
  }
  return marks;
}

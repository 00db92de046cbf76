/**
 * The same measure stated twice in one draft with two numbers, wherever the two statements stand
 * (opening and body, a section and the closing summary 综上／一年来, two sections). Writers restate a
 * figure in other words: they drop the organ (全市市场监管部门减少涉企检查 … 减少涉企检查), a modifier
 * (专题研究法治建设议题 … 研究法治建设议题) or a field (交通运输行政处罚案件 … 行政处罚案件). So a measure is
 * split into who did it (the subject: 县政府, 本人, 行政机关负责人) and what was counted (the predicate),
 * and two predicates are the same measure when the later one keeps the earlier one's last words and
 * leaves words out but adds none: added words name a part (办理简易程序行政处罚案件 is some of the cases).
 *
 * Short labels (废止、罚没款) are compared only inside two sentences that restate each other, which an
 * equal figure of the same unit in both shows (清理规范性文件86件，废止14件 … 清理…86件，废止16件).
 */
import { figures } from './checks/figures.ts';
import { bodyEnd, type Ctx, type Mark } from './context.ts';
import { sentenceAround, startBefore } from './sentence.ts';
import { pairMark } from './pair-mark.ts';
import { inPlanSection } from './plan-section.ts';
import { ADDED_TO_GROUP, actAfter, digitKey, isVerb, leavesOut, NARROWED, normalPredicate, OCCASION, organOfTheWork, sameActWords, SEVERAL_YEARS, STOCK, withoutAppliedTo } from './measures.ts';
import { LEADER_ONLY } from './leader-count.ts';

type Figure = ReturnType<typeof figures>[number];

/** Who did it, at the start of a measure: an organ or meeting, or a person (本人, 负责人). Greedy, so 县政府法制审核机构 is one subject; 政府 in 政府信息公开, 政府规章 names the thing counted, not who. */
const SUBJECT = /^[\u3400-\u9fff“”]{0,14}(?:人民政府(?!信息|规章|网站|门户|购买|采购|合同)|政府(?!信息|规章|网站|门户|购买|采购|合同)|机构|部门|组织|常委会会议|常务会议|委员会|常委会|办公室|局|所|站|中心|大队|支队|本人|负责人|我(?![国省市县区镇乡])|书记|局长|县长|区长|市长|镇长|乡长)/u;
const SELF = /^(?:本人|我)$/;
/** Subjects of a part of the whole: a 司法所 or a village counts some of what the organ does. */
const PART_SUBJECT = /(?:所|站|村|社区)$|其中|部分|个别|第/;
/** A sentence comparing with another period: its figures are not this year's totals restated. */
export const COMPARISON = /同比|较上年|较去年|比上年|比去年|上年度|上一年|去年|前年|历年|近[两二三四五几]年|[两二三四五几]年来/;
/** A closing sentence summing up the year (综上, 一年来): its figures are results wherever it stands. */
const SUMMING_UP = /^\s*(?:综上|总之|总的来看|总体来看|总体而言|一年来)/;

/** A first section that sums up the year (一、总体情况): its figures are the year's totals, as the opening's are. */
const OVERVIEW_SECTION = /^(?:总体情况|基本情况|总体概况|工作概况|总体工作情况)$/;
function inOverviewSection(ctx: Ctx, at: number): boolean {
  let title = '';
  for (const h of ctx.layout.headings) if (h.start <= at && h.level === 1) title = h.title;
  return OVERVIEW_SECTION.test(title.replace(/^[一二三四五六七八九十]+、/, '').trim());
}

/** How many earlier figures (or set sizes) a figure is compared with. */
const COMPARE_WINDOW = 300;
/** Shortest predicate that names a measure by itself (出庭应诉, 调解矛盾纠纷). */
const PREDICATE_MIN = 4;
/** Shortest common ending of two predicates: the counted thing itself (议题, 案件 are too short alone). */
const COMMON_END_MIN = 4;

interface Measured extends Figure {
  subject: string;
  predicate: string;
  /** The predicate with adverbs dropped and verbs by family (measures.ts), read once per figure. */
  normal: string;
  /** The unit, 名 read as 人 (baseUnit), read once per figure: the pair loop compares it most. */
  unitKey: string;
  /** The value's digits in order (measures.ts digitKey): equal for two values that are one slip apart. */
  digits: string;
  /** The predicate and the thing counted after the number, if any (聘请 + 律师担任常年法律顾问). */
  full: string;
  /** For a number naming a set said before (完成清理的29件文件), the words that name it (完成清理文件); else ''. */
  definite: string;
  /** Whether the figure's words follow a 、 (审核重大行政决策9项、行政规范性文件23件): the list's verb is left unsaid. */
  listItem: boolean;
  sentenceStart: number;
  sentence: string;
  /** The normal predicate without a leading 对… (measures.ts withoutAppliedTo), or '' when what is left is too short to name a measure. */
  applied: string;
  /** Whether the figure stands in the opening, before the first heading: the year's totals, which the body restates. */
  opening: boolean;
  /** Whether its sentence up to it says it is a stock at a date (measures.ts STOCK): compared only with another stock. */
  stock: boolean;
}

function split(measure: string): { subject: string; predicate: string } {
  const s = SUBJECT.exec(measure);
  // A subject must leave a predicate behind; 县政府 alone is not a measure.
  if (!s || s[0].length === measure.length) return { subject: '', predicate: measure };
  return { subject: s[0], predicate: measure.slice(s[0].length) };
}


/** The topic of a table-like line (行政复议案件：受理56件): the words between the line's start or number and a colon. */
export function tableTopic(text: string, clauseStart: number): string {
  return /(?:^|[\n。；）)])\s*([\u3400-\u9fff“”]{2,12})[：:]\s*$/u.exec(text.slice(Math.max(0, clauseStart - 16), clauseStart))?.[1] ?? '';
}

export function commonEnd(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** Units that count the same thing: 名 and 人; 件, 起 and 宗 for cases and disputes (矛盾纠纷264起 … 264件); 场 and 次 for events. */
const baseUnit = (f: Figure) => {
  const u = f.unit.split('·')[0]!;
  return u === '名' ? '人' : u === '起' || u === '宗' ? '件' : u === '场' ? '次' : u;
};

/** 区政府召开常务会议, 区政府组织常务会议 and 区政府常务会议 are one subject: the meeting, with or without its calling (and 共 before it). */
const CALLING = /主持召开|召开|主持|组织|共(?=召开|组织|主持)/g;

/** The chief leading an organ's meeting or study (我带头组织, 本人主持召开) before the organ is named. */
const SELF_LEAD = /^(?:本人|我)?(?:带头|亲自)?(?:组织|主持召开|主持|召集)(?=[\u3400-\u9fff]{0,6}(?:政府|党委|党组|党工委|常委会|常务会议))/u;
/** A light verb before an organ's meeting (开展政府常务会议会前学法, 坚持政府常务会议会前学法): the meeting is who counted. */
const LIGHT_VERB_BEFORE = /^(?:全年)?(?:坚持开展|坚持|开展|落实|举行)(?=[\u3400-\u9fff]{0,6}(?:常委会会议|常务会议))/u;
/** A light verb closing the words after what was done (会前学法全年开展, 会前学法共安排): what was done is before it. */
const LIGHT_VERB_AFTER = /(?<=[\u3400-\u9fff]{4})(?:开展|安排|举办|进行)$/u;

/** A department or body of a government (县自然资源局, 县司法局): its count is some of the county's. */
const DEPARTMENT = /(?:局|委|办|办公室|中心|院|队|所|站)$/;
/** A territorial scope (全县, 我县, 全镇), as figures.ts reads it from 全X/我X: not a department's own 我局. */
const TERRITORY = /^[省市县区镇乡]$/;

/** Words after an organ naming its departments or units (县政府部门, 区政府所属单位). */
const SUB_ORGAN = /^(?:部门|各部门|所属|下属|各单位|工作部门)/;

function subjectsAgree(a: string, b: string, predicate: string, actorA = '', actorB = ''): boolean {
  if (PART_SUBJECT.test(a) || PART_SUBJECT.test(b)) return a === b;
  // 全县办理…412件 … 县自然资源局办理…86件: one department's count is a part of the county's. The organ doing the
  // work counts all of a county's (行政复议 is the county's since the reform), not all of a city's or province's.
  const partOfTerritory = (actor: string, named: string) =>
    TERRITORY.test(actor) && DEPARTMENT.test(named) && !(/[县区镇乡]/.test(actor) && organOfTheWork(named, predicate));
  if (partOfTerritory(actorA, b) || partOfTerritory(actorB, a)) return false;
  if (!a || !b) return true;
  if (SELF.test(a) || SELF.test(b)) return SELF.test(a) && SELF.test(b);
  // 县政府 … 县政府部门 (所属单位): the organ's departments are others, their count a part of its.
  const [shortest, longest] = a.length <= b.length ? [a, b] : [b, a];
  const k = longest.indexOf(shortest);
  if (shortest !== longest && k >= 0 && SUB_ORGAN.test(longest.slice(k + shortest.length))) return false;
  const [x, y] = [a.replace(CALLING, ''), b.replace(CALLING, '')];
  // 县政府 … 县政府办公室: an office or department of the government is another organ, its count a sibling part.
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short !== long && long.startsWith(short) && DEPARTMENT.test(long)) return organOfTheWork(a, predicate) || organOfTheWork(b, predicate);
  return x.includes(y) || y.includes(x) || organOfTheWork(a, predicate) || organOfTheWork(b, predicate);
}

/** A general verb with a general object (召开专题会议, 开展普法活动): meetings and events on several topics share it. */
const GENERIC = /^(?:召开|开展|组织|举办|参加|印发|制定)[\u3400-\u9fff]{0,4}$/u;

/** The later predicate restates the earlier: equal, or the earlier with words left out, keeping its last words. */
function samePredicate(earlier: string, later: string): boolean {
  if (GENERIC.test(later)) return false;
  if (earlier === later) return later.length >= PREDICATE_MIN;
  return later.length >= PREDICATE_MIN && commonEnd(earlier, later) >= COMMON_END_MIN && leavesOut(earlier, later);
}

/** A numbered item's line: （一）, (二), 1. */
const NUMBERED_ITEM = /^\s*(?:[（(][一二三四五六七八九十]+[）)]|\d+[.．、])/u;

/**
 * Two bare counts (no 共 or 全年, not the opening's), each in its own numbered item (（一）举办培训班，培训执法人员320人次
 * （二）组织业务培训，培训执法人员260人次): two events of one kind, each counted once, not one total told twice.
 */
function twoItemsOfAList(text: string, earlier: Measured, later: Measured): boolean {
  if (earlier.total || later.total || earlier.opening) return false;
  const lineOf = (at: number) => text.lastIndexOf('\n', at - 1) + 1;
  const [a, b] = [lineOf(earlier.start), lineOf(later.start)];
  return a !== b && NUMBERED_ITEM.test(text.slice(a, earlier.start)) && NUMBERED_ITEM.test(text.slice(b, later.start));
}

/** A count of whom an event reached (覆盖学生, 参与群众, 惠及…): it measures the event its sentence names first. */
const REACH = /^(?:覆盖|惠及|受益|受众|参与|参加)/u;

/**
 * Two reach counts whose sentences name events with no two characters in common (开展法治讲座4场，覆盖学生2768人次 …
 * 开学第一课以宪法为主题，覆盖学生323人次): the reach of two events, not one figure told twice.
 */
function reachOfOtherEvents(earlier: Measured, later: Measured): boolean {
  if (!REACH.test(earlier.predicate) || !REACH.test(later.predicate)) return false;
  const event = (f: Measured) => f.sentence.slice(0, Math.max(0, f.sentence.indexOf(f.clause)));
  const [a, b] = [event(earlier), event(later)];
  if (!a || !b) return false;
  const pairs = new Set([...a].slice(0, -1).map((c, k) => c + a[k + 1]).filter((x) => /^[\u3400-\u9fff]{2}$/u.test(x)));
  return ![...b].slice(0, -1).some((c, k) => pairs.has(c + b[k + 1]));
}

/**
 * Two groups named by example (安湖乡等9个乡镇（街道）建成调处中心 … 安湖乡等5个乡镇（街道）执法人员不足): each counts the members
 * the act after its thing names, so other acts count other groups.
 */
function examplesOfOtherActs(text: string, earlier: Measured, later: Measured): boolean {
  if (!/等$/u.test(earlier.measure) || !/等$/u.test(later.measure)) return false;
  const [a, b] = [earlier, later].map((f) => /^[^，,。；;：:\n]*/u.exec(text.slice(f.end))![0]);
  const k = commonStart(a!, b!);
  const [ra, rb] = [a!.slice(k), b!.slice(k)];
  return !!ra && !!rb && !sameActWords(ra, rb);
}

/** A clause that opens on last year's figure (上年同期…, 去年…): not this year's count. */
const LAST_YEAR_CLAUSE = /^\s*(?:上年|去年|上一年度?)/u;

export function restatedFigures(ctx: Ctx): Mark[] {
  const text = ctx.text;
  const bodyStart = ctx.layout.titleLine >= 0 ? ctx.layout.lines[ctx.layout.titleLine]!.end : 0;
  const otherYear = ctx.year ? new RegExp(`(?<!\\d)(?!${ctx.year})\\d{4}\\s*年`) : /(?<!\d)\d{4}\s*年/;
  const inPlan = (at: number) => inPlanSection(ctx, at);
  const firstHeading = ctx.layout.headings[0]?.start ?? text.length;
  const all: Measured[] = [];
  for (let f of figures(ctx, bodyStart, bodyEnd(ctx), true)) {
    const { start: s, text: sentence } = sentenceAround(text, f.start, { end: f.end, stops: /[。；;！？!?\n]/, ahead: 400 });
    // A comparison after the figure (办理行政复议案件96件，同比增长12%) speaks of the change, not of the figure.
    // A plan may name the team it will use (充分发挥局机关6名法律顾问的作用): that number is the present stock, a fact.
    const usesStock = STOCK_IN_USE.test(f.label);
    // Round 61 (v63c-clean-17, -22): 上年同期审核规范性文件24件，本年度增加5件 is last year's figure, not this year's restated.
    if (LAST_YEAR_CLAUSE.test(text.slice(startBefore(text, f.start - f.label.length, /[，,。；;！？!?\n]/u), f.start)) || COMPARISON.test(text.slice(s, f.end)) || SEVERAL_YEARS.test(text.slice(s, f.start)) || otherYear.test(sentence) || (inPlan(f.start) && !SUMMING_UP.test(sentence) && !usesStock)) continue;
    // 为1128名劳动者追讨欠薪2730万元: a count of whom the work was for sits inside the measure; the measure is what follows it.
    let own = f.measure.replace(/^[^\d]*\d+\s*(?:名|人|家|户)(?=[\u3400-\u9fff]{4})/u, '').replace(/^其中/, '');
    // 我带头组织县政府会前学法 … 县政府常务会议会前学法全年开展: the chief's own lead before an organ's meeting, and a
    // light verb after the thing done, say how it was done, not what was counted.
    own = own.replace(LIGHT_VERB_AFTER, '');
    // …均由行政机关负责人出庭，共87件次: a bare total counts what the clause before it says.
    // Only its words after the last 的 or 由: 开庭审理的均由行政机关负责人出庭 counts 行政机关负责人出庭.
    if (own === '' && f.total) own = /([\u3400-\u9fff“”]{4,20})[，,]\s*$/u.exec(text.slice(s, f.start - f.label.length))?.[1]?.replace(/^.*[的由]/u, '') ?? '';
    if (!/^[\u3400-\u9fff“”]*$/u.test(own)) continue;
    // 在交通运输领域，开展行政执法检查30次: words narrowing the sentence before the clause make the figure some of the measure.
    if (!f.total && NARROWED.test(text.slice(s, f.start - f.label.length))) continue;
    if (OCCASION.test(text.slice(s, f.start))) continue;
    // 行政诉讼案件：受理56件 (a table-like line): the topic before the colon is what the bare verb counts.
    const topic = own.length <= 3 ? tableTopic(text, f.start - f.label.length) : '';
    if (topic) own += topic;
    // 村（社区）法律顾问: the words were cut at a bracket inside the clause, and a few words left (法律顾问) are not all of
    // them, which the measure ledger reads whole; longer words left still name the measure.
    const cut = f.start - f.label.length;
    if (own.length < PREDICATE_MIN + 2 && /[）)]$/.test(text.slice(0, cut).trimEnd()) && !/^\s*[（(][一二三四五六七八九十\d]{1,3}[）)]$/.test(text.slice(startBefore(text, cut), cut))) continue;
    f = { ...f, measure: own };
    // 先后6次会前学法, 先后5次主持召开…会议, 主要负责人15次主持召开…: the number comes first and the words after it name the measure.
    const after = /^[\u3400-\u9fff“”]{2,20}/u.exec(text.slice(f.end, f.end + 20))?.[0];
    const numberFirst = after && (f.measure === '' || f.measure.endsWith('先后') || LEADER_ONLY.test(f.measure)) ? f.measure.replace(/先后$/, '') + after : null;
    const measure = (numberFirst ?? f.measure).replace(SELF_LEAD, '').replace(LIGHT_VERB_BEFORE, '');
    const parts = split(measure);
    const listItem = text[f.start - f.label.length - 1] === '、';
    // The thing counted when it follows the number (2名律师担任常年法律顾问, 29件文件及时公布): up to the next verb.
    const thing = numberFirst ? '' : (after ?? '').replace(THING_ENDS, '');
    const full = normalPredicate(parts.predicate) + thing;
    // 完成清理的29件文件, 依托局里3名常年法律顾问: the number names a set said before, so its words restate that set.
    // A stock in use is named by its thing alone (法律顾问); the verb of using it (发挥) says nothing of the set.
    const definite = !numberFirst && thing.length >= 2 && DEFINITE.test(f.label) ? normalPredicate(f.label.replace(POINTER, '')) + thing
      : !numberFirst && usesStock && thing.replace(FOOTING, '').length >= STOCK_THING_MIN ? thing.replace(FOOTING, '') : '';
    all.push({ ...f, measure, ...parts, normal: normalPredicate(parts.predicate), unitKey: baseUnit(f), digits: digitKey(f.value), listItem, full, definite, sentenceStart: s, sentence, applied: appliedMeasure(parts.predicate), opening: f.start < firstHeading || inOverviewSection(ctx, f.start), stock: STOCK.test(text.slice(s, f.start)) });
  }
  const marks: Mark[] = [];
  const bySentence = new Map<number, Measured[]>();
  for (const f of all) {
    const group = bySentence.get(f.sentenceStart);
    if (group) group.push(f);
    else bySentence.set(f.sentenceStart, [f]);
  }
  for (let j = 0; j < all.length; j++) {
    const later = all[j]!;
    // A report restates a figure within a few hundred figures; comparing only that far keeps a hostile draft linear.
    for (let i = Math.max(0, j - COMPARE_WINDOW); i < j; i++) {
      const earlier = all[i]!;
      if (earlier.sentenceStart === later.sentenceStart) continue;
      if (earlier.unitKey !== later.unitKey || earlier.value === later.value || !!earlier.approx !== !!later.approx) continue;
      if (earlier.actor && later.actor && earlier.actor !== later.actor) continue;
      if (earlier.stock !== later.stock) continue;
      // Those added in the year (充实…5名) against the group (6名…全部持证): two measures, unless more were added than the
      // group holds (round 59 audit, v61c-clean-07: 充实5名 against 3名 is a real slip).
      const added = ADDED_TO_GROUP.test(earlier.clause) ? earlier : ADDED_TO_GROUP.test(later.clause) ? later : null;
      if (added && !ADDED_TO_GROUP.test((added === earlier ? later : earlier).clause) && added.value <= (added === earlier ? later : earlier).value) continue;
      // Digits in another order are read before the subjects: 娱乐场所 in 检查娱乐场所等经营单位 is what was checked, not who.
      const swapped = swappedTotal(earlier, later);
      if (!swapped && !subjectsAgree(earlier.subject, later.subject, later.predicate, earlier.actor, later.actor)) continue;
      if (!swapped && !sameMeasure(earlier, later, bySentence)) continue;
      if (sumsParts(all, i, j) || partOfEarlier(all, i, j) || twoItemsOfAList(text, earlier, later) || reachOfOtherEvents(earlier, later) || examplesOfOtherActs(text, earlier, later)) continue;
      marks.push(pairMark(earlier, later, `前面写“${earlier.clause}”，这里写“${later.clause}”：同一项数字前后不一致。`, '核对这项数字，前后改成一致'));
      break;
    }
  }
  return marks;
}

/** Words that close a list of parts with their sum (日常检查380家次、专项检查120家次 … 合计检查500家次). */
const SUM_WORDS = /合计|总计|共计/;
/** How many figures before the earlier may be its fellow parts. */
const PARTS_BEFORE = 3;

/**
 * Whether the later figure is the sum of the earlier and other figures of its unit near it (日常检查企业380家次 …
 * 专项检查企业120家次 … 全年合计检查企业500家次): the earlier is one of the parts, not the same measure told again.
 * Whether the parts add up is parts-sum's question.
 */
function sumsParts(all: Measured[], i: number, j: number): boolean {
  const [earlier, later] = [all[i]!, all[j]!];
  if (!SUM_WORDS.test(later.sentence.slice(0, later.start - later.sentenceStart))) return false;
  return all.slice(Math.max(0, i - PARTS_BEFORE), j).some((x) => x !== earlier && x.unitKey === later.unitKey && x.sentenceStart !== later.sentenceStart &&
    x.sentenceStart !== earlier.sentenceStart && x.value + earlier.value <= later.value);
}

/**
 * Whether the later figure and a neighbour of its unit add up to the earlier (抽查任务28项 … 部门联合抽查任务12项 … 本部门
 * 抽查任务16项): the later is one part of the earlier's breakdown, not the earlier told again.
 */
function partOfEarlier(all: Measured[], i: number, j: number): boolean {
  const [earlier, later] = [all[i]!, all[j]!];
  return all.slice(i + 1, Math.min(all.length, j + PARTS_BEFORE + 1)).some((x) => x !== later && x.unitKey === later.unitKey && x.sentenceStart !== later.sentenceStart &&
    x.value + later.value === earlier.value);
}

/** Words that end the thing counted after a number: what is done to it comes next. */
const THING_ENDS = /(?:及时|全部|均|已|都|进行|开展|参与|参加|向|对|在|的|于|为|实现|完成).*$/u;
/**
 * A number that refers back to a set (完成清理的, 依托局里, 上述, 这些, 该): not any 的, as 经审查的40份合同存在风险 picks out
 * some of the contracts reviewed.
 */
const DEFINITE = /(?:完成[\u3400-\u9fff]{1,6}的|依托[\u3400-\u9fff]{0,3}|上述|这些|该)$/u;
/** Using a team or set that exists (发挥局机关6名法律顾问作用, 用好全县12名公职律师, 依靠8个基层司法所): the number is its size. */
const STOCK_IN_USE = /(?:发挥|用好|依靠|在现有)[\u3400-\u9fff]{0,4}$/u;
/** Words closing a stock in use (在现有325名“法律明白人”基础上): the footing, not the thing. */
const FOOTING = /基础上?$/u;
/** Shortest thing that names a stock by itself (法律顾问, 公职律师): 律师 or 人员 alone may be some other set. */
const STOCK_THING_MIN = 4;
/** Verbs that take on or hold a stock (聘请法律顾问5名, 配备公职律师3名): the count is the stock's size; 新聘请, 增配 some of it. */
const HOLDING = /^(?:(?!新|增|续|补)[\u3400-\u9fff]){0,5}(?:聘请|聘任|选聘|配备|配齐|共有|现有)$/u;
/** The pointing words themselves, dropped from the set's words (完成清理的 keeps 完成清理). */
const POINTER = /(?:的|依托[\u3400-\u9fff]{0,3}|上述|这些|该)$/u;

/**
 * Whether a number pointing back at a set (完成清理的29件文件) restates an earlier count of it (清理涉企规范性文件27件): the
 * things counted end alike and the earlier count's verb (清理) is in the later words, or both name the set after the number.
 */
function pointsBack(earlier: Measured, later: Measured): boolean {
  const [ref, other] = later.definite ? [later, earlier] : [earlier, later];
  if (!ref.definite || other.full.length < 2) return false;
  const end = commonEnd(other.full, ref.definite);
  // Without the verb, only a set both name after the number (2名律师担任常年法律顾问 … 3名常年法律顾问): 审议的31项重大事项
  // is not 研究法治建设重大事项7项.
  const otherThing = other.full.length > other.normal.length;
  // A stock in use (发挥6名法律顾问) restates the count that took it on (聘请法律顾问5名): that verb and the thing, nothing more.
  // The words as written (the label): 累计 and 共 tell a stock, and the measure drops them.
  const heldBefore = ref.definite.length >= STOCK_THING_MIN && other.label.endsWith(ref.definite) && HOLDING.test(other.label.slice(0, -ref.definite.length));
  return heldBefore || (end >= 2 && other.normal.length >= 2 && ref.definite.includes(other.normal.slice(0, 2))) || (end >= 4 && otherThing);
}

/** The shortest measure left once 对… is dropped that names one count by itself (开展合法性审核; not 开展检查). */
const APPLIED_MIN = 6;

/** The normal predicate without its leading 对…, or '' when the measure left is short or general (开展检查, 召开会议). */
function appliedMeasure(predicate: string): string {
  const rest = withoutAppliedTo(predicate);
  return rest.length >= APPLIED_MIN && !GENERIC.test(rest) ? normalPredicate(rest) : '';
}

/** The shortest measure (subject and predicate, normalised) that names one count by itself: 区政府常务会议学法. */
const MEASURE_MIN = 6;

/**
 * Whether two figures count one measure. A part (其中…) is compared only when its predicate is restated word
 * for word (其中研究法治政府建设议题6个 … 研究法治政府建设议题8个): another breakdown may use short words again.
 * Figures whose digits are the same in another order are a slip, so their words need only agree loosely.
 */
function sameMeasure(earlier: Measured, later: Measured, bySentence: Map<number, Measured[]>): boolean {
  const [pe, pl] = [earlier.normal, later.normal];
  // Two parts (其中涉企案件31件 … 其中涉企案件12件) may be parts of two wholes: only one part and one plain figure compare.
  if (earlier.part && later.part) return false;
  if (earlier.part || later.part) return pe === pl && pe.length >= PREDICATE_MIN;
  if (pointsBack(earlier, later)) return true;
  if (samePredicate(earlier.predicate, later.predicate) || samePredicate(pe, pl) || objectCarried(earlier, later) || restatedSentence(bySentence, earlier, later)) return true;
  // The opening's total restated in the body with what it was applied to (开展公平竞争审查19件 … 对涉及…的政策措施开展公平竞争审查17件).
  if (earlier.opening && !later.opening && earlier.applied && (earlier.applied !== pe || later.applied !== pl) && earlier.applied === later.applied) return true;
  // A list item restated with its verb (行政规范性文件23件 … 审核行政规范性文件25件), or the other way round.
  // The verb added must be the list's own, said before the item in its sentence (审核 … 审核).
  const carried = (item: Measured, p: string, q: string) =>
    item.listItem && p.length >= PREDICATE_MIN && q.length > p.length && q.endsWith(p) && normalPredicate(item.sentence.slice(0, item.start - item.sentenceStart)).includes(q.slice(0, q.length - p.length));
  if (carried(earlier, pe, pl) || carried(later, pl, pe)) return true;
  const whole = (f: Measured, p: string) => f.subject.replace(CALLING, '') + p;
  if (!GENERIC.test(pl) && whole(earlier, pe) === whole(later, pl) && whole(later, pl).length >= MEASURE_MIN) return true;
  if (!earlier.digits || earlier.digits !== later.digits) return false;
  // The counted thing kept (审核行政规范性文件 … 行政规范性文件), or the later words a shortening of the
  // earlier (出庭应诉 … 出庭); a bare verb later with an object added counts something else (审结 … 审结行政诉讼案件).
  const [long, short] = pe.length >= pl.length ? [pe, pl] : [pl, pe];
  // Words added inside the counted thing name a part (行政处罚案件 … 简易程序行政处罚案件), so the shorter words must end the longer.
  // Words added before it must be a verb (审核 …), not a modifier naming a part (涉企行政复议案件).
  return short.length >= 2 && leavesOut(long, short) && ((short === pl && long.startsWith(short)) || (long.endsWith(short) && isVerb(long.slice(0, long.length - short.length))));
}

/** Units that count visits to units (检查…家次): a measure by themselves, so one shared word is enough. */
const VISIT_UNIT = /^(?:家次|户次|人次|件次)$/;
/** Words a restatement may put before the measure without naming a part: 立案查处 is 查处 told in full. */
const LEADING_VERB = /^(?:立案|依法|累计)/;
/** Two Chinese characters: a word's worth, not a digit or a mark. */
const CJK_PAIR = /^[\u3400-\u9fff]{2}$/u;

/**
 * The year's total (the opening or 总体情况) restated in the body with its digits in another order (1560家次 … 1650家次,
 * 54件 … 45件) under other words. Digits in another order are the commonest slip, but a body figure of a part or of
 * another stage (简易程序…, 收到 … 审结) may have them too, so the words must still restate the total: the later words
 * leave some of the earlier out and add none but a verb before them (查处安全生产违法行为案件 … 立案查处违法案件), or,
 * for a count of visits (家次), which is a measure by itself, share a word (检查) with it.
 */
function swappedTotal(earlier: Measured, later: Measured): boolean {
  if (!earlier.opening || later.opening || earlier.part || later.part || !earlier.digits || earlier.digits !== later.digits || new Set(earlier.digits).size < 2) return false;
  const [pe, pl] = [earlier.normal, later.normal];
  const restates = (words: string) => words.length >= PREDICATE_MIN && commonEnd(pe, words) >= 2 && leavesOut(pe, words);
  if (restates(pl) || (LEADING_VERB.test(pl) && restates(pl.replace(LEADING_VERB, '')))) return true;
  if (!VISIT_UNIT.test(later.unitKey)) return false;
  // The total's clause and the later sentence up to its figure, subject and list too: in 检查网吧、娱乐场所等经营单位 the
  // measure is what follows 、, and 检查 is what is shared.
  const [a, b] = [earlier.clause, later.sentence.slice(0, later.start - later.sentenceStart)];
  const pairs = new Set<string>();
  for (let k = 0; k + 2 <= a.length; k++) if (CJK_PAIR.test(a.slice(k, k + 2))) pairs.add(a.slice(k, k + 2));
  for (let k = 0; k + 2 <= b.length; k++) if (pairs.has(b.slice(k, k + 2))) return true;
  return false;
}

/**
 * A bare verb whose object the sentence named just before (收到行政复议申请96件，审结90件), restated with the
 * object (审结行政复议案件96件): the later predicate starts with the verb, and its object shares four
 * characters with the earlier sentence before the figure.
 */
function objectCarried(earlier: Measured, later: Measured): boolean {
  const verb = earlier.predicate;
  if (verb.length < 2 || verb.length > 3 || earlier.subject || !later.predicate.startsWith(verb)) return false;
  const object = later.predicate.slice(verb.length);
  const before = earlier.sentence.slice(0, earlier.start - earlier.sentenceStart - earlier.label.length);
  for (let k = 0; k + 4 <= object.length; k++) if (before.includes(object.slice(k, k + 4))) return true;
  return false;
}

/**
 * Two short labels (废止, 罚没款) in sentences that restate each other: the same words, and another figure of
 * the same unit in both sentences with the same value (at least 10, so 1次 and 2次 do not tie sentences) and the same last words.
 */
function restatedSentence(bySentence: Map<number, Measured[]>, earlier: Measured, later: Measured): boolean {
  const sameWords = earlier.measure === later.measure && earlier.measure.length >= 2;
  // 排查矛盾纠纷264起，调解成功255起 … 排查矛盾纠纷264起，成功化解252起: the figure right after the shared one, in other
  // words that keep two characters (成功), restates it.
  const nextOf = (anchor: Measured, f: Measured) => (bySentence.get(f.sentenceStart) ?? []).find((x) => x.start > anchor.start && x.unitKey === anchor.unitKey) === f;
  const sharesTwo = () => [...earlier.predicate].some((_, k) => k + 2 <= earlier.predicate.length && later.predicate.includes(earlier.predicate.slice(k, k + 2)));
  if (!sameWords && !sharesTwo()) return false;
  const inSentence = (x: Measured) => (bySentence.get(x.sentenceStart) ?? []).filter((f) => f !== x);
  return inSentence(earlier).some((a) => a.value >= 10 && inSentence(later).some((b) =>
    b.value === a.value && a.unitKey === b.unitKey && commonEnd(a.measure, b.measure) >= 2 && (sameWords || (nextOf(a, earlier) && nextOf(b, later)))));
}

/** Units that count members of a set (社区, 执法主体, 执法人员). */
const MEMBER_UNIT = '个|名|家|所|项';
/** 全区共有村（社区）28个, 街道共有社区14个, 公布行政许可事项287项: the whole set (a list made public defines one), its members named before the number. */
const WHOLE_BEFORE = new RegExp(`(全[省市县区镇乡]|[\\u3400-\\u9fff]{0,6}?)(?:共有|现有|下辖|辖有|共辖|设有|公布|梳理|编制|确定|认定)([\\u3400-\\u9fff（）()]{1,10}?)(\\d+)(${MEMBER_UNIT})(?![\\u3400-\\u9fff]*?[余多])`, 'gu');
/** 全部16个社区, 全镇11个村（社区）全部建立, 12个村（社区）调解室: members named after the number. */
const COUNT_AFTER = new RegExp(`(全部|所有|全[省市县区镇乡])?(?<![\\d.])(\\d+)(${MEMBER_UNIT})([\\u3400-\\u9fff（）()]{2,16})`, 'gu');

/** 重点事项13项全部落地, 持证执法人员856名全部参加: members named before the number, all of them by 全部/均. */
const WHOLE_LABEL_FIRST = new RegExp(`([\\u3400-\\u9fff]{2,8})(?<![\\d.])(\\d+)(${MEMBER_UNIT})(?:全部|均已|均)`, 'gu');

/** Words just before a number naming the jurisdiction's whole set (辖区, 我镇…共有, 全县). */
const SET_LEAD = /(?:辖区|辖内|共有|现有|所有|全部|全体|[我本全](?:省|市|县|区|镇|乡|街道))[^，,。；;\n]{0,8}$/u;

/**
 * act: for a count made whole only by 均/都/全部 after its noun (6项重大行政决策事项均履行了法定程序), what all of them
 * did. Such a count says how many did that, not how large the set is: another act on the same noun (对7项重大行政决策组织
 * 专家论证, 6项…均经过公众参与…) counts another measure.
 */
interface Count { start: number; end: number; value: number; unit: string; noun: string; whole: boolean; scope: string; before: boolean; act?: string }

/** The length of the longest end of a that starts b. */
function overlap(a: string, b: string): number {
  for (let k = Math.min(a.length, b.length); k > 0; k--) if (b.startsWith(a.slice(-k))) return k;
  return 0;
}

/**
 * The size of one set stated twice with two numbers: 街道共有社区14个 … 实现全部16个社区法律顾问全覆盖. Both statements
 * must say they are the whole set (共有, 全部, …全部建立), or the later one must be larger than the whole, which no
 * part can be (全镇11个村（社区） … 依托12个村（社区）调解室). A smaller count without 全部 is a part (3个村获评).
 */
export function wholeCounts(ctx: Ctx): Mark[] {
  const text = ctx.text;
  const counts: Count[] = [];
  for (const m of text.matchAll(WHOLE_BEFORE)) {
    const at = m.index + m[0].lastIndexOf(m[3]! + m[4]!);
    counts.push({ start: at, end: at + m[3]!.length + m[4]!.length, value: Number(m[3]), unit: m[4]!, noun: m[2]!, whole: true, scope: m[1]!.startsWith('全') ? m[1]! : '', before: true });
  }
  for (const m of text.matchAll(WHOLE_LABEL_FIRST)) {
    // 其中…12个全部, 首批…: all of a part, not of the set.
    if (/(?:其中|首批|第一批)[\u3400-\u9fff]*$/u.test(text.slice(Math.max(0, m.index - 12), m.index + m[1]!.length))) continue;
    const at = m.index + m[1]!.length;
    const noun = m[1]!.replace(/^(?:全[省市县区镇乡]|[我本][省市县区镇乡局])/, '');
    counts.push({ start: at, end: at + m[2]!.length + m[3]!.length, value: Number(m[2]), unit: m[3]!, noun, whole: true, scope: /^全[省市县区镇乡]/.exec(m[1]!)?.[0] ?? '', before: true });
  }
  for (const m of text.matchAll(COUNT_AFTER)) {
    const prev = text.slice(Math.max(0, m.index - 4), m.index);
    if (/其中|[近约超逾]$/.test(prev) || /^(?:余|多)/.test(m[4]!)) continue;
    const noun = m[4]!.replace(/(?:全部|均|都|共|分别|每|各).*$/, '');
    // Round 61 (v63b-clean-32): 重大事项76项均… is read with its noun before the number; read again with no noun after it,
    // it would match any set (7项重大行政决策均…).
    if (noun === '' && counts.some((c) => c.before && c.start === m.index + (m[1]?.length ?? 0))) continue;
    // 全乡11个行政村每村培养…: what is done in each member of the scope's set speaks of all of it, as 全部 does.
    const eachOfAll = !!m[1]?.startsWith('全') && /^[\u3400-\u9fff（）()]{2,10}?(?:每|各)/.test(m[4]!);
    const whole = m[1] === '全部' || m[1] === '所有' || eachOfAll || /^[\u3400-\u9fff（）()]{2,10}?(?:全部|均|都)/.test(m[4]!);
    const at = m.index + (m[1]?.length ?? 0);
    // 全镇11个村（社区）全部建立…, 辖区11个社区全部配备…, 我镇共有14个行政村全部…: words before the number that name the
    // jurisdiction's set make the count its size, whatever act follows.
    const byAllAfter = !m[1] && whole && !SET_LEAD.test(text.slice(Math.max(0, m.index - 12), m.index));
    const act = byAllAfter ? actAfter(text, at + m[2]!.length + m[3]!.length + noun.length) : undefined;
    counts.push({ start: at, end: at + m[2]!.length + m[3]!.length, value: Number(m[2]), unit: m[3]!, noun, whole, scope: m[1]?.startsWith('全') ? m[1] : '', before: false, ...(act === undefined ? {} : { act }) });
  }
  counts.sort((a, b) => a.start - b.start);
  const sameSet = (a: Count, b: Count) => {
    if (a.unit !== b.unit || (a.scope && b.scope && a.scope !== b.scope)) return false;
    if (!sameAct(a, b)) return false;
    if (a.before && b.before) return a.noun === b.noun;
    const [first, second] = a.before ? [a, b] : b.before ? [b, a] : [a, b];
    const k = first.before ? overlap(first.noun, second.noun) : commonStart(first.noun, second.noun);
    // Two nouns after their numbers that part after a shared head (领导班子成员 … 领导干部旁听, 法律顾问 … 法律明白人) name
    // two groups of people or things: the shared start must be one whole noun (社区 … 社区法律顾问) or four characters long.
    if (!first.before && !second.before) return k >= Math.min(4, first.noun.length, second.noun.length);
    return k >= 2 && (!first.before || k === first.noun.length || k >= 4);
  };
  const marks: Mark[] = [];
  for (let j = 0; j < counts.length; j++) {
    const later = counts[j]!;
    const whole = counts.slice(Math.max(0, j - COMPARE_WINDOW), j).find((c) => c.whole && c.end <= later.start && sameSet(c, later) && c.value !== later.value);
    if (!whole || !(later.whole || later.value > whole.value)) continue;
    if (whole.act === undefined && tookPart(later)) continue;
    marks.push(pairMark(whole, later, `前面写${text.slice(whole.start, whole.end)}（全部），这里写${text.slice(later.start, later.end)}：同一组的数目前后不一致。`, '核对总数，前后改成一致'));
  }
  return marks;
}

/**
 * Whether a later count may restate an earlier whole: a set named without an act (公布行政许可事项287项) takes any later
 * claim of all of it; a whole by its act (均履行了法定程序) only a later count of the same act (均经过合法性审查 and
 * 均经过公众参与 are two acts).
 */
/**
 * 现有执法人员330名 … 272名执法人员全部通过年度考试: people said all to have sat or passed something are the ones who took
 * part (those in post all year, not the newly certified), a group of their own, not the staff's size told again.
 */
export const TOOK_PART = /^(?:全部|均|都)?(?:通过|参加|参训|参考|完成|取得|考试合格|考核合格)/u;
const tookPart = (c: Count) => c.act !== undefined && /^[名人]$/u.test(c.unit) && TOOK_PART.test(c.act);

function sameAct(whole: Count, later: Count): boolean {
  if (whole.act === undefined) return true;
  return later.act !== undefined && sameActWords(whole.act, later.act);
}

function commonStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Two counts of the same thing anywhere in a draft, read with the default the other readers do not dare: the same
 * counted thing (a shared ending of two characters or more, or the same quoted name) in the same unit with another
 * number is one figure written twice, unless something in the words says it is another count — a part (其中, 分别,
 * 成功), another period (上半年, 一季度, 上年), a change (同比, 新增), another stage of the work (受理 and 办结), a kind
 * named only in the later count (本部门抽查任务 after 抽查任务), or another organ doing it (司法所). Fresh writers
 * restate a figure in other words (聘请…法律顾问 … 配备法律顾问; “法律进村”普法活动 … “法律进村”活动), which the
 * word-for-word readers of figures.ts and restated-figures.ts leave alone; and a mistyped figure is most often the
 * same digits in another order (312 and 321), so a permutation is compared whatever the verbs.
 */
import { bodyEnd, type Ctx, type Mark } from './context.ts';
import { figures } from './checks/figures.ts';
import { pairMark } from './pair-mark.ts';
import { startBefore } from './sentence.ts';
import { digitKey, NARROWED, normalPredicate, OCCASION, SEVERAL_YEARS } from './measures.ts';
import { listDisagrees } from './list-count.ts';
import { commonEnd } from './restated-figures.ts';

type Figure = ReturnType<typeof figures>[number];

/** Verbs a report counts its work with; the words after the last one are the counted thing. Longer first. */
const VERBS = ['出庭应诉', '调解成功', '合法性审核', '合法性审查', '开展', '组织', '举办', '办理', '受理', '办结', '审结', '查处', '查办', '立案',
  '调解', '调处', '化解', '聘请', '聘任', '选聘', '选任', '配备', '推行', '实行', '实施', '作出', '做出', '审议', '审查', '审核', '研究', '召开', '主持', '结合',
  '收到', '新收', '接收', '取消', '清理', '制定', '出台', '印发', '备案', '评查', '抽查', '检查', '培训', '举行', '设立', '建立', '公开', '答复',
  '发放', '接待', '提供', '解答', '纠正', '撤销', '维持', '确认'];
const VERB = new RegExp(VERBS.join('|'), 'gu');
const VERB_AT_END = new RegExp(`(?:${VERBS.join('|')})$`, 'u');
const VERB_BEFORE_DE = new RegExp(`(?:${VERBS.join('|')})(?=的$)`, 'u');

/**
 * The verb whose words after it are the counted thing: the last one that leaves two characters or more after it, as a verb
 * may also end a noun (开展行政执法检查: 开展, not 检查).
 */
function lastVerb(run: string): RegExpExecArray | null {
  let found: RegExpExecArray | null = null;
  for (const m of run.matchAll(VERB)) if (run.length - m.index - m[0].length >= 2) found = m as RegExpExecArray;
  return found;
}

/** Verbs naming one stage of a case's course: two of them, or one and another verb, may be two different counts. */
const STAGE = /^(?:受理|办结|审结|立案|结案|调解成功|化解|收到|新收|接收|答复|清理|印发|备案|出台|取消)$/;
/** Verbs of checking another's work (审核 a decision, 审查 a filed text, 评查 a file): each is its own act, not the handling. */
const REVIEW = /^(?:合法性)?(?:审核|审查)$|^(?:评查|抽查|检查)$/;
/** 审核行政处罚案件 … 办理行政处罚案件: a check and another act, not one verb's family (审核 and 合法性审查 are one). */
const otherReview = (a: string, b: string) => (REVIEW.test(a) || REVIEW.test(b)) && normalPredicate(a) !== normalPredicate(b);

/** Words in a sentence before a figure that make it a part, another period, a change or several years' count. */
const PART_OR_PERIOD = /其中|分别|成功|新增|同比|较上年|比上年|上年|去年|上半年|下半年|季度|\d+月|[一二三四五六七八九十]+月|月份|平均|占|累计|以上|以下|人均|每/;
/** Words right after a figure that make it a part or another measure (…12件，占…; 12件（含…）). */
const AFTER_PART = /^(?:[，,]?\s*(?:占|其中))|^[（(](?:含|其中)/;

/** Time, scope and total words before what was counted, and a list's 一是: they say when or how much, not what. */
const FRAME = /[一二三四五六七八九十]是|今年以来|今年|全年|常年|长期|本年度|本年|年内|一年来|\d{4}年度?|共计|(?<!公)共(?!同|建|享|治|识|产|有)|累计|合计|总计|先后|积极|深入|广泛|扎实|持续|主动|集中|依法|带头|亲自|全部|均|已|达到|达|为|等|只有|仅有|仅|各类|各项|的|[全我本][镇乡县区市局委院办所]|本单位|街道|村（社区）|村/gu;
/** Who did the work when the words say: the writer (本人) or the organ reporting (县政府, 镇党委); two of them are two counts. */
const WHO = /本人|[县区市镇乡]政府|[镇乡县区市]?党委|党组|党工委/gu;
/** A clause opening with how the work was done (结合赶集日、…开展; 依托…): the manner, not who did it. */
const MANNER = /^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)])?\s*(?:结合|依托|围绕|通过|利用|借助|坚持|以)/u;
/** Words saying the figure is a plan or a target, not the year's fact. */
const PLAN = /计划|力争|确保|目标|明年|下一年|下一步|预计|争取|拟|将/u;
/** A unit or organ of its own in the words before the verb (司法所, 执法大队, 法律援助中心): its count, not the whole's. */
const OWN_UNIT = /所|队|科|站|中心|庭|支部|社区|部门|企业|学校|窗口|平台|委员会|调委会/;
/** Kinds of the counted thing (本部门 and 部门联合 are two lists, 行政处罚案件 a kind of 案件, 专职调解员 some of the 调解员). */
const KIND = /专职|兼职|特邀|外聘|持证|级|涉|新|简易|一般|普通|综合|集中|联合|专题|主题|线上|线下|部门|本级|重点|部分|行政处罚|行政许可|行政强制|刑事|民事|信访|网上|现场|非|超|不/;

/** A thing of four characters or fewer that is any meeting, event or round of work: the topic is named elsewhere. */
const GENERAL_THING = /^[\u3400-\u9fff]{0,2}(?:会议|活动|工作|检查|培训|学习|任务)$/u;
/** How many earlier counts of one unit a count is compared with: a report restates a figure within a few dozen. */
const WINDOW = 200;

interface Count {
  f: Figure;
  /** Words before the verb, with time, scope and total words dropped. */
  subject: string;
  verb: string;
  /** What was counted, with 事项 at its end and the frame words dropped. */
  thing: string;
  /** A quoted name in the counted thing (“法律进村”), or ''. */
  quoted: string;
  /** The sentence before the figure. */
  sentence: string;
  /** Who the words name as doing it (本人, 县政府 …), or ''. */
  who: string;
  /** The 对… naming what the work was applied to, or ''. */
  appliedTo: string;
  /** Whether the figure is in the opening, before the first heading. */
  opening: boolean;
  /** Whether the figure is on a numbered item line (（一）…): sibling items count different parts. */
  item: boolean;
  /** Where the heading the figure stands under starts. */
  section: number;
}

/** The clause before a figure with bracketed words dropped (聘请村（社区）法律顾问 reads as 聘请村法律顾问). */
function clauseBefore(text: string, at: number): string {
  const sentence = text.slice(startBefore(text, at, /[。；;！？!?\n]/), at).replace(/[（(][^（()）]*[）)]/gu, '');
  return sentence.slice(Math.max(...[...'，,；;：:、'].map((c) => sentence.lastIndexOf(c))) + 1);
}

/** The body's figures, read once per draft: sameNounCounts and itemsAgainstTotal read the same ones, and each figure's count once. */
const bodyFigures = new WeakMap<Ctx, Figure[]>();
function figuresOfBody(ctx: Ctx): Figure[] {
  let all = bodyFigures.get(ctx);
  if (!all) bodyFigures.set(ctx, (all = figures(ctx, 0, bodyEnd(ctx))));
  return all;
}
const read = new WeakMap<Figure, Count | null>();
function countOf(ctx: Ctx, f: Figure): Count | null {
  if (!read.has(f)) read.set(f, readCount(ctx, f));
  return read.get(f)!;
}

function readCount(ctx: Ctx, f: Figure): Count | null {
  if (f.approx || /元$/.test(f.unit)) return null;
  const clause = clauseBefore(ctx.text, f.start);
  const run = /[\u3400-\u9fff“”‘’]+$/u.exec(clause)?.[0] ?? '';
  if (!run) return null;
  const tail = f.unit.split('·')[1] ?? '';
  // 抽查的301卷行政案卷中: after 的 the thing follows the number; it ends where the sentence goes on (中, 已, 均).
  const thingAfter = /的$/u.test(run) ? /^([\u3400-\u9fff]{2,6}?)(?:中|已|均|全部|都)/u.exec(tail)?.[1] : undefined;
  // 审结15210件的基础上, 17项中: the words after the unit describe the count; other words may name another thing (12件行政处罚案件).
  if (tail && !thingAfter && !/^(?:的|中$)/u.test(tail)) return null;
  if (thingAfter) {
    const act = VERB_BEFORE_DE.exec(run);
    if (!act) return null;
    return { ...placeOf(ctx, f), subject: '', verb: act[0], thing: thingAfter.replace(FRAME, ''), quoted: '', who: '', appliedTo: '' };
  }
  const v = lastVerb(run);
  // 受理各类案件15870件，审结15120件; 依法受理1412件: the verb closes the run, and the thing is the one counted just before.
  const closing = v ? null : VERB_AT_END.exec(run);
  // Without a verb (县政府全年审签…决定书, 作为被告的…案件), the doer and frame words leading the run are still not the thing.
  const lead = v ? '' : (new RegExp(`^(?:${WHO.source}|${FRAME.source})+`, 'u').exec(run)?.[0] ?? '');
  const before = v ? run.slice(0, v.index) : lead;
  const after = v ? run.slice(v.index + v[0].length) : run.slice(Math.max(lead.length, run.lastIndexOf('的') + 1));
  const quoted = /“[^”]{2,12}”|‘[^’]{2,12}’/u.exec(after)?.[0] ?? '';
  const place = placeOf(ctx, f);
  const { sentence } = place;
  // 对保留的证明事项实行…: what the work was applied to, kept apart; the opening's total may be restated with it.
  const appliedTo = /^对.*$/u.exec(before)?.[0] ?? '';
  const who = [...before.matchAll(WHO)].map((m) => (m[0] === '本人' ? '本人' : '机关')).join('');
  // 全乡11个村、1个社区共配备…: the units listed before the verb with 共 or 全 are the whole scope; without them some units.
  const listsUnits = /\d$/.test(clause.slice(0, clause.length - run.length));
  const wholeScope = listsUnits && /全[乡镇县区市]/.test(sentence) && /共|全部/.test(run);
  let subject = appliedTo ? '' : before.replace(WHO, '').replace(FRAME, '');
  // 立案查处, 受理并审结: verbs alone before the verb are part of the act, not a doer.
  if (subject.replace(VERB, '').replace(/^并|和$/u, '') === '') subject = '';
  if (listsUnits) subject = wholeScope ? '' : `${subject}各单位`;
  else if (MANNER.test(sentence)) subject = '';
  // 组织律师开展…, 邀请专家开展…: whom the organ brought in to do its own work, not another doer.
  else subject = subject.replace(/^(?:组织|邀请|带领)[\u3400-\u9fff]{1,6}$/u, '');
  // The quoted name stays as written (“法律进村” keeps its 村); the words around it lose their frame.
  const thing = after.split(quoted || '\u0000').map((w) => w.replace(FRAME, '').replace(WHO, '')).join(quoted ? '“”' : '').replace(/事项$/u, '');
  if (closing) return { ...place, subject: '', verb: closing[0], thing: '', quoted: '', who, appliedTo: '' };
  if (thing.length < 2 && !quoted) return null;
  return { ...place, subject, verb: v?.[0] ?? '', thing, quoted, who, appliedTo };
}

/** Where a count stands: its sentence, whether in the opening, on a numbered item, and under which heading. */
function placeOf(ctx: Ctx, f: Figure): Pick<Count, 'f' | 'sentence' | 'opening' | 'item' | 'section'> {
  const line = ctx.text.slice(ctx.text.lastIndexOf('\n', f.start - 1) + 1, f.start);
  return {
    f,
    sentence: ctx.text.slice(startBefore(ctx.text, f.start, /[。；;！？!?\n]/), f.start),
    opening: f.start >= ctx.layout.opening[0] && f.start < ctx.layout.opening[1],
    item: ITEM.test(line),
    section: sectionOf(ctx, f.start),
  };
}

/** The start of the last level-1 heading before a place (-1 before the first): numbered items under two of them are two lists. */
function sectionOf(ctx: Ctx, at: number): number {
  let start = -1;
  for (const h of ctx.layout.headings) if (h.level === 1 && h.start <= at) start = h.start;
  return start;
}

function actsIn(sentence: string): boolean {
  return VERBS.some((v) => sentence.includes(v));
}

function lastClause(sentence: string): string {
  return /[^，,；;：:、]*$/u.exec(sentence)![0];
}

/** Whether two counts name one thing: a shared ending of two or more (or one quoted name), and the later adds no kind of its own. */
function sameThing(earlier: Count, later: Count, permuted: boolean): boolean {
  // A count named by its verb alone is the same count only as a mistyped figure under the same verb.
  // The other may hold the verb before a verb of its noun (受理政府信息公开申请 reads 公开): its clause holds the verb.
  if (!earlier.thing || !later.thing) {
    const [bare, other] = earlier.thing ? [later, earlier] : [earlier, later];
    // The bare verb's object is named earlier in its sentence (收到行政复议申请…，受理N件): the other's kind must be there too.
    const kind = other.thing.slice(0, -2);
    return permuted && !!bare.verb && (other.verb === bare.verb || lastClause(other.sentence).includes(bare.verb)) && bare.sentence.includes(kind);
  }
  const shared = commonEnd(earlier.thing, later.thing);
  // A quoted name is the thing's own name (“法律进村”): two names are two things, a name and none a kind and the whole.
  if (earlier.quoted !== later.quoted) return false;
  // Two characters (案件, 纠纷) name a thing only with the same digits in another order; otherwise four (法律顾问).
  if (shared < (permuted || earlier.quoted ? 2 : 4)) return false;
  // 专题会议, 普法活动: a meeting or an event of any topic, which the sentence names after the number (研究…, 部署…).
  if (!permuted && !earlier.quoted && GENERAL_THING.test(later.thing)) return false;
  const earlierRest = earlier.thing.slice(0, earlier.thing.length - shared);
  const laterRest = later.thing.slice(0, later.thing.length - shared);
  // The later count names a kind of its own (本部门抽查任务 after 抽查任务): a part, or a list of another kind.
  if (laterRest && !earlierRest.includes(laterRest)) return false;
  if (permuted) return true;
  // The earlier names a kind the later leaves out (行政处罚案件 … 案件): the later may count all cases.
  // With one quoted name on both, the words around it only describe it (“宪法进万家”主题宣传活动 … “宪法进万家”活动).
  if (!earlier.quoted && KIND.test(earlierRest.replace(laterRest, ''))) return false;
  return true;
}

/** Whether anything in the words says the later count is another count than the earlier one. */
function differs(ctx: Ctx, earlier: Count, later: Count, permuted: boolean): boolean {
  for (const c of [earlier, later]) {
    if (PART_OR_PERIOD.test(c.sentence) || NARROWED.test(c.sentence) || OCCASION.test(c.sentence) || SEVERAL_YEARS.test(c.sentence) || PLAN.test(c.sentence)) return true;
    if (c.f.part) return true;
    // 2025年县政府收到…: another year's count.
    if (ctx.year && [...c.sentence.matchAll(/(\d{4})年/g)].some((m) => Number(m[1]) !== ctx.year)) return true;
  }
  // Two numbered items (（一）…（二）…) count two parts, whatever their digits.
  if (earlier.item && later.item && earlier.section === later.section) return true;
  // Two doers named (本人 … 县政府), or a doer of its own in one (城关镇, 县司法局, 日常, 依申请): two counts.
  if (earlier.who && later.who && earlier.who !== later.who) return true;
  // 对…开展公平竞争审查: the opening's total restated with what it was applied to; two body figures may differ in it.
  if (later.appliedTo && (!earlier.opening || later.opening)) return true;
  if (permuted) return false;
  if (earlier.subject !== later.subject) return true;
  // A count without a verb in its sentence (以我局为被申请人的行政复议案件15件) names no stage of its own: it is the thing
  // itself. One in a list after a verb (共审核…9项、行政规范性文件23件) has that verb's stage.
  if ((earlier.verb || actsIn(earlier.sentence)) && (later.verb || actsIn(later.sentence)) && earlier.verb !== later.verb && (STAGE.test(earlier.verb) || STAGE.test(later.verb) || otherReview(earlier.verb, later.verb))) return true;
  return false;
}

/** Whether the later count and another near it add up to the earlier: two parts of it, not it again. */
function partOfEarlier(counts: readonly Count[], earlier: Count, later: Count): boolean {
  return counts.some((x) => x !== later && x !== earlier && x.f.unit === later.f.unit && x.f.start > earlier.f.end && Math.abs(x.f.start - later.f.start) < 300 && x.f.value + later.f.value === earlier.f.value);
}

export function sameNounCounts(ctx: Ctx): Mark[] {
  const counts: Count[] = [];
  for (const f of figuresOfBody(ctx)) {
    const c = countOf(ctx, f);
    if (c && !AFTER_PART.test(ctx.text.slice(f.end, f.end + 6))) counts.push(c);
  }
  const marks: Mark[] = [];
  const byUnit = new Map<string, Count[]>();
  for (const later of counts) {
    const unit = later.f.unit.split('·')[0]!;
    let ofUnit = byUnit.get(unit);
    if (!ofUnit) byUnit.set(unit, (ofUnit = []));
    const earlierSame = ofUnit.filter((e) => {
      const permuted = e.f.value !== later.f.value && digitKey(e.f.value) !== '' && digitKey(e.f.value) === digitKey(later.f.value);
      return sameThing(e, later, permuted) && !differs(ctx, e, later, permuted) && !partOfEarlier(counts, e, later);
    });
    ofUnit.push(later);
    if (ofUnit.length > WINDOW) ofUnit.shift();
    // One slip, one finding: a value written before for the same thing is not a new mistake.
    if (!earlierSame.length || earlierSame.some((e) => e.f.value === later.f.value)) continue;
    const first = earlierSame[0]!;
    marks.push(pairMark(first.f, later.f, `前面写“${first.f.clause}”，这里写“${later.f.clause}”：说的像是同一项，数字却不同。`, '核对这项数字，前后改成一致；若确是两项不同的数，写明各自的范围'));
  }
  return marks;
}

/** 全乡8个村, 全区12个街道, 江口镇下辖14个行政村: the organ's own units, one fixed count for the whole draft. */
const UNITS_OF_SCOPE = /(?:全([乡镇县区市])|([乡镇县区市])(?:下辖|共辖|辖有|辖))(\d+)个(行政村|村（社区）|村|社区|乡镇|街道|镇（街道）|乡（镇）)/gu;

export function scopeUnitCounts(ctx: Ctx): Mark[] {
  const seen = new Map<string, { start: number; end: number; value: number; text: string }>();
  const marks: Mark[] = [];
  for (const m of ctx.text.matchAll(UNITS_OF_SCOPE)) {
    const [level, count, unit] = [m[1] ?? m[2]!, m[3]!, m[4]!];
    const start = m.index + m[0].length - count.length - 1 - unit.length;
    const at = { start, end: start + count.length + 1 + unit.length, value: Number(count), text: m[0] };
    // 全乡12个村中有8个村…, 全县9个乡镇完成…，其余3个…: a part named after or beside the whole, not the whole again.
    if (/^(?:中|里|内|有)/u.test(ctx.text.slice(m.index + m[0].length))) continue;
    const sentenceEnd = ctx.text.slice(m.index).search(/[。；;！？!?\n]/);
    if (/其余|其他|剩余|尚未|另有/u.test(ctx.text.slice(m.index, sentenceEnd === -1 ? undefined : m.index + sentenceEnd))) continue;
    const key = `${level}|${unit}`;
    const first = seen.get(key);
    if (!first) { seen.set(key, at); continue; }
    if (first.value !== at.value) marks.push(pairMark(first, at, `前面写“${first.text}”，这里写“${at.text}”：同一辖区的村（社区）数前后不同。`, '核对辖区的个数，前后改成一致'));
  }
  return marks;
}

/** A numbered item line: （一）, (二), 1. or 一是. */
const ITEM = /^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．]|[一二三四五六七八九十]是)/u;
/** How far after a total its numbered items may start. */
const ITEMS_AFTER = 200;

/**
 * A total and the numbered items right after it, each counting a kind of the same thing in the same unit (共调解矛盾纠纷
 * 246件 … （一）调解邻里纠纷120件 （二）化解物业、婚姻家庭等纠纷116件): items that add up to more than the total, or
 * fall just short of it (listDisagrees), disagree with it. An item counting another measure (调解成功231件, 罚款金额) or
 * a part of an item (其中, 成功) does not enter the sum, nor does an item that names no kind of its own.
 */
export function itemsAgainstTotal(ctx: Ctx): Mark[] {
  const text = ctx.text;
  const end = bodyEnd(ctx);
  const all = figuresOfBody(ctx);
  const marks: Mark[] = [];
  const lineAt = (at: number) => {
    const from = text.lastIndexOf('\n', at - 1) + 1;
    const to = text.indexOf('\n', at);
    return { from, to: to === -1 ? text.length : to };
  };
  for (let i = 0; i < all.length; i++) {
    const total = countOf(ctx, all[i]!);
    // A total names its thing in four characters or more (矛盾纠纷, 道路运输违法案件): 案件 alone may be any of several counts.
    if (!total || total.thing.length < 4 || PART_OR_PERIOD.test(total.sentence)) continue;
    const own = lineAt(total.f.start);
    if (ITEM.test(text.slice(own.from, own.to))) continue;
    // The items: the consecutive numbered lines starting within a short way after the total's line.
    const parts: Count[] = [];
    let at = own.to + 1;
    while (at < end && at - own.to < ITEMS_AFTER && !ITEM.test(text.slice(at, text.indexOf('\n', at) === -1 ? end : text.indexOf('\n', at)))) at = lineAt(at).to + 1;
    for (let line = lineAt(Math.min(at, end)); at < end && ITEM.test(text.slice(line.from, line.to)); at = line.to + 1, line = lineAt(at)) {
      const onLine = all.filter((f) => f.start >= line.from && f.end <= line.to);
      // An item without a figure (规范复议案件办理程序): the list does not count every part, so it has no sum.
      if (!onLine.length) { parts.length = 0; break; }
      const first = onLine.find((f) => f.unit === total.f.unit);
      const part = first && countOf(ctx, first);
      if (!part || part.f.part || PART_OR_PERIOD.test(part.sentence)) continue;
      // Another act on the thing (纠正…案件, 调解和解案件 under 办理…案件) counts an outcome, not a kind.
      if (part.verb && part.verb !== total.verb) continue;
      const shared = commonEnd(total.thing, part.thing);
      // （一）城市规划类3项: a line naming only a 类 of the total, without a verb, is a kind of it as surely as a shared ending.
      const kindLine = !part.verb && !total.verb && /^[\u3400-\u9fff]{2,8}类$/u.test(part.thing);
      // A part names a kind of its own, and is smaller than the whole (共有行政诉讼案件312件 is the whole again).
      if ((!kindLine && (shared < 2 || part.thing.length <= shared)) || part.f.value >= total.f.value) continue;
      parts.push(part);
      if (line.to >= text.length) break;
    }
    const kinds = new Set(parts.map((p) => p.thing));
    if (parts.length < 2 || kinds.size !== parts.length) continue;
    const sum = parts.reduce((n, p) => n + p.f.value, 0);
    if (!listDisagrees(total.f.value, sum)) continue;
    const unit = total.f.unit;
    marks.push({
      start: total.f.start,
      end: total.f.end,
      places: [{ start: total.f.start, end: total.f.end }, ...parts.map((p) => ({ start: p.f.start, end: p.f.end }))],
      message: `总数与下面分项列出的数字之和不一致：写的是${text.slice(total.f.start, total.f.end)}，各项合计${sum}${unit}。`,
      fix: '核对总数和各项数字',
    });
  }
  return marks;
}

/**
 * Figures that disagree within one draft: a total stated in the opening (the summary) and the
 * same measure totalled again in the body with another number (全年开展普法活动56场 … 共开展
 * 普法活动65场), and a total whose listed parts add up to more than it, or to anything else when
 * the list is complete (分别为…, …其他N件, 调解成功…、调解不成功…). Conservative on purpose: a
 * measure is the same only when the words before the number (after time, place and total words
 * such as 全年、我镇、共) and the unit are the same; approximate figures (50余场, 近百人) never count.
 */
import { partsBeforeOtherMeasure } from '../parts-other-measure.ts';
import { bodyEnd, type Ctx, type Mark, digitsOf } from '../context.ts';
import { pairMark } from '../pair-mark.ts';
import { startBefore } from '../sentence.ts';
import { NARROWED, OCCASION, SEVERAL_YEARS, ownYearSince } from '../measures.ts';
import { closedSetInFull, partsNameTheWhole } from '../whole-breakdown.ts';

/** Counting units, longer first. */
export const UNIT = '人次|场次|件次|户次|家次|课时|平方米|立方米|公顷|公里|亩|万元|亿元|元|场|件|次|起|个|人|名|户|家|期|份|篇|条|部|项|所|批|册|处|宗|例|卷|块|张|本|套|台|支|类|节|堂';
/** A number with its unit: 56场, 1,200件, 1.2万人次; not 50余场, 近百人 or 98.5%. */
const FIGURE = new RegExp(`(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s*(万|亿)?\\s*(余|多)?\\s*(${UNIT})(?![余多])`, 'gu');
/** Where a clause starts: the words between it and the number name the measure. */
export const CLAUSE_BREAK = /[，。；、,;：:（）()！？!?\n]/;
export const SENTENCE_BREAK = /[。；;！？!?\n]/;
// 达到 states a reached figure (持证执法人员达到865名), not an approximate one.
const APPROX_BEFORE = /(?:近|约|超|逾|超过|不少于|不低于|大约)$/;
const APPROX_AFTER = /^\s*(?:余|多|以上|左右)/;
const TOTAL = /^(?:共计|共(?!同|建|享|治|识|产)|累计|总计|合计|全年)/;
const LEAD = /^(?:今年以来|今年|全年|本年度|本年|年内|一年来|组织|先后|积极|深入|广泛|扎实|持续|主动|集中)/;
/** Who did it, when the clause says: 全镇 and 我镇 are one scope, 全县 and 我局 are not. */
const ACTOR = /^(?:[全我本]([镇乡县区市局委院办所])|本单位)/;

interface Figure {
  start: number;
  end: number;
  value: number;
  unit: string;
  /** The measure: the words before the number once time, place and total words are dropped. */
  measure: string;
  /** Whether the clause says it is a total (共, 累计, 全年 …). */
  total: boolean;
  /** The scope named before the measure (镇 for 全镇 or 我镇), or ''. */
  actor: string;
  /** The clause as written, for the message. */
  clause: string;
  /** The clause's words before the number, as written. */
  label: string;
  /** Whether a 其中 or 分别 earlier in the sentence makes this figure a part of another. */
  part: boolean;
  /** The word making the figure approximate (余, 多, 近 …), or '' for an exact figure. */
  approx: string;
}

/** The figures of the whole draft, read once per check: several checks walk them all. */
const wholeDraft = new WeakMap<Ctx, Map<boolean, readonly Figure[]>>();

/** Figures with their units between from and to; approximate ones (50余场) only when asked for. */
export function figures(ctx: Ctx, from: number, to: number, withApprox = false): Figure[] {
  if (from !== 0 || to !== ctx.text.length) return readFigures(ctx, from, to, withApprox);
  let byApprox = wholeDraft.get(ctx);
  if (!byApprox) wholeDraft.set(ctx, (byApprox = new Map()));
  let all = byApprox.get(withApprox);
  if (!all) byApprox.set(withApprox, (all = readFigures(ctx, from, to, withApprox)));
  return [...all];
}

function readFigures(ctx: Ctx, from: number, to: number, withApprox: boolean): Figure[] {
  const text = digitsOf(ctx);
  const out: Figure[] = [];
  const reportYear = ctx.year ? new RegExp(`^${ctx.year}年度?(?:以来)?`) : null;
  for (const m of text.slice(from, to).matchAll(FIGURE)) {
    const start = from + m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 60), start);
    const approx = APPROX_BEFORE.exec(before)?.[0] ?? APPROX_AFTER.exec(text.slice(end, end + 3))?.[0]?.trim() ?? m[3] ?? '';
    if (approx && !withApprox) continue;
    const c = startBefore(before, before.length, CLAUSE_BREAK);
    const label = before.slice(c).trim();
    const s = startBefore(before, c, SENTENCE_BREAK);
    const part = /其中|分别/.test(before.slice(s));
    // 对…规范性文件共63件: a total word right before the number marks a total too.
    const endsTotal = /(?:共计|共|累计|总计|合计)$/.test(label);
    let measure = label;
    let total = false;
    let actor = '';
    for (let guard = 0; guard < 8; guard++) {
      const t = TOTAL.exec(measure);
      const a = ACTOR.exec(measure);
      const lead = t ?? a ?? LEAD.exec(measure) ?? reportYear?.exec(measure);
      if (!lead) break;
      if (t) total = true;
      if (a) actor = a[1] ?? '单位';
      measure = measure.slice(lead[0].length);
    }
    // Total words inside the clause (县政府常务会议共审议…) mark a total too, and are not part of the measure.
    if (/共计|(?<!公)共(?!同|建|享|治|识|产|有)|累计|总计|合计|全年/.test(measure)) total = true;
    measure = measure.replace(/各类|各种|各项/g, '').replace(/(?:达到|达)$/, '').replace(/共计|(?<!公)共(?!同|建|享|治|识|产|有)|累计|总计|合计|全年/g, '');
    const tail = /^[\u3400-\u9fff]*/u.exec(text.slice(end, end + 8))![0];
    out.push({
      start, end,
      value: Number(m[1]!.replace(/,/g, '')) * (m[2] === '亿' ? 1e8 : m[2] === '万' ? 1e4 : 1),
      unit: m[4]! + (tail ? `·${tail}` : ''),
      measure, total: total || endsTotal, actor, label, part, approx,
      clause: ctx.text.slice(start - (before.length - c), end).trim(),
    });
  }
  return out;
}

/** A measure worth comparing: at least four characters of words, no digits or other marks left in it. */
const comparable = (f: Figure) => f.measure.length >= 4 && /^[\u3400-\u9fff“”‘’《》]+$/u.test(f.measure) && !f.part;
const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;

/** A total in the body that disagrees with the same measure stated in the opening. */
/** The length from which the same words name the same measure, with or without 共 (常务会议会前学法 is 8). */
const SAME_WORDS_MIN = 6;

/**
 * The body's words with the act told in the passive, 经X审查的合同, read act first as the opening counts it (审查合同):
 * round 58, v60d-number-mismatch-04 (审查各类合同97份 in the opening, 经法律顾问审查的合同累计90份 in the body).
 */
const PASSIVE_ACT = /^经[\u3400-\u9fff]{2,10}?(审查|审核|审议|评查|备案|清理|调解|调处|化解|办理|办结|受理)的(?=[\u3400-\u9fff]{2})/u;
const actFirst = (measure: string): string => measure.replace(PASSIVE_ACT, '$1');

export function summaryTotal(ctx: Ctx): Mark[] {
  const [openStart, openEnd] = ctx.layout.opening;
  if (openEnd <= openStart) return [];
  const signoffStart = bodyEnd(ctx);
  const summary = new Map<string, Figure>();
  for (const f of figures(ctx, openStart, openEnd)) {
    const key = `${f.measure}|${f.unit}`;
    if (comparable(f) && !summary.has(key)) summary.set(key, f);
  }
  if (!summary.size) return [];
  const marks: Mark[] = [];
  const base = (u: string) => u.split('·')[0];
  // The same measure: the same words, or the body's (four characters or more) ending the summary's, as the
  // body leaves out what its section says (本人主持县政府常务会议审议行政规范性文件 … 县政府常务会议审议行政规范性文件).
  // Not the other way round: a body clause that adds words names another scope (司法所共开展普法活动).
  const sameMeasure = (summary: Figure, body: Figure) => summary.measure.endsWith(body.measure) || summary.measure.endsWith(actFirst(body.measure));
  for (const f of figures(ctx, openEnd, signoffStart)) {
    if (!comparable(f)) continue;
    // A body figure without 共/全年 is a total only when its words are the summary's, word for word and
    // long enough to name one measure (评查行政执法案卷, 行政机关负责人出庭应诉); shorter words may be a part.
    const s = [...summary.values()].find((x) => base(x.unit) === base(f.unit) && (x.unit === f.unit || !x.unit.includes('·') || !f.unit.includes('·')) && sameMeasure(x, f) && (f.total || ((x.measure === f.measure || x.measure === actFirst(f.measure)) && f.measure.length >= SAME_WORDS_MIN)));
    if (!s || same(s.value, f.value) || (s.actor && f.actor && s.actor !== f.actor)) continue;
    // 在交通运输领域，开展行政执法检查30次: a clause after words narrowing the sentence counts some of the measure.
    const sentenceBefore = ctx.text.slice(startBefore(ctx.text, f.start, SENTENCE_BREAK), f.start);
    if (!f.total && NARROWED.test(sentenceBefore.slice(0, sentenceBefore.length - f.label.length))) continue;
    if (OCCASION.test(sentenceBefore)) continue;
    // “八五”普法以来累计…: several years' count, not the year's.
    // 2023年以来，我局累计审核…40件 in the opening: several years' count too, which no year's count restates.
    if (SEVERAL_YEARS.test(sentenceBefore) || SEVERAL_YEARS.test(ownYearSince(ctx.text.slice(startBefore(ctx.text, s.start, SENTENCE_BREAK), s.start), ctx.year))) continue;
    marks.push(pairMark(s, f, `开头写“${s.clause}”，这里写“${f.clause}”：同一项数字前后不一致。`, '核对这项数字，开头的总数和正文改成一致'));
  }
  return marks;
}

/** A clause that names a counted item and then its total: 4个社区共17个 (the 4个 closing a list before it). */
/** A clause opening with a sum word and naming what the sum is of (合计法治文化阵地): the total of the list before it. */
const SUM_NAMED = /^(?:合计|共计|总计)[\u3400-\u9fff“”]{2,10}$/u;
const LIST_THEN_TOTAL = new RegExp(`^\\d+(?:\\.\\d+)?\\s*(?:${UNIT})[\\u3400-\\u9fff]{1,6}(?:共计|合计|总计|共)$`, 'u');

/** One label is the other with 不/未/非 added: 调解成功 and 调解不成功 together are the whole. */
export function complements(a: string, b: string): boolean {
  const pairs = [['线上', '线下'], ['网上', '线下'], ['网上', '窗口'], ['线上', '窗口'], ['男', '女'], ['办结', '在办'], ['成功', '失败'], ['城镇', '农村'], ['简易程序', '普通程序'], ['简易程序', '一般程序'], ['省内', '省外'], ['市内', '市外'], ['县内', '县外']];
  if (pairs.some(([x, y]) => (a.includes(x!) && b.includes(y!)) || (a.includes(y!) && b.includes(x!)))) return true;
  const drop = (x: string, y: string) => [...y.matchAll(/[不未非]/g)].some((m) => y.slice(0, m.index) + y.slice(m.index + 1) === x);
  return drop(a, b) || drop(b, a);
}

/**
 * A total and its parts, whose sum cannot be the total: parts after the total (共N件，其中…／分别为…)
 * or a list closed by a bare total (线上20场、线下30场，共计56场), which sums the list by its words.
 */
/** The first and a later stage of one flow of cases (受理 … 审结): the later counts some of the former again. */
const STAGE_IN = /受理|立案|收到|收案/;
const STAGE_OUT = /审结|办结|结案|答复|已结|化解|调解成功/;

/** 正在办理中, 审理中: a state of the work, not 59名执法人员中 (among them). */
const IN_PROGRESS = /(?:正在|尚在|仍在|还在)|(?:办理|审理|处理|进行|推进|审查|整改|核查|调查|实施|流转)中[，,]$/u;

/** Units that count the same thing: 5人 made of 3名 and 3名. */
const unitOf = (f: Figure) => {
  const u = f.unit.split('·')[0]!;
  return u === '名' ? '人' : u;
};

/** The parts of a 其中 sentence right after a total's: figures joined by 、 from its first, in the total's unit. */
function nextBreakdown(all: Figure[], i: number, text: string, from: number): Figure[] {
  const close = text.slice(from).search(SENTENCE_BREAK);
  const to = close === -1 ? text.length : from + close;
  const parts: Figure[] = [];
  for (const f of all.slice(i + 1)) {
    if (f.start < from || f.start >= to) continue;
    if (unitOf(f) !== unitOf(all[i]!)) break;
    const last = parts.at(-1);
    if (last && !/^[、和及]/u.test(text.slice(last.end, f.start))) break;
    parts.push(f);
  }
  return parts;
}

/** Words of what became of the cases (调解成功, 办结, 整改到位): an outcome of the whole, not one of its kinds. */
const OUTCOME_WORDS = /成功|完成|到位/u;
const joinedToPrevious = (text: string, prev: Figure, f: Figure) => /^[、和及]/u.test(text.slice(prev.end, f.start));

/**
 * 受理纠纷125起，其中婚姻家庭纠纷89起、…、其他纠纷20起，调解成功120起: after the 、 list a clause of its own naming an
 * outcome (调解成功, 办结) says what became of the whole; the parts end before it.
 */
function breakdownBeforeOutcome(parts: Figure[], text: string): Figure[] {
  const cut = parts.findIndex((f, k) => k >= 2 && !joinedToPrevious(text, parts[k - 1]!, f) && (STAGE_OUT.test(f.label) || OUTCOME_WORDS.test(f.label)));
  return cut === -1 ? parts : parts.slice(0, cut);
}

/** Whether the whole run of parts joined by 、 from the first adds up exactly to the total, before a clause of its own. */
function addsUpBeforeBreak(parts: Figure[], text: string, total: number): boolean {
  let k = 1;
  while (k < parts.length && joinedToPrevious(text, parts[k - 1]!, parts[k]!)) k++;
  return k >= 2 && k < parts.length && same(parts.slice(0, k).reduce((n, p) => n + p.value, 0), total);
}

/**
 * The words of a total's own clause, up to the 、 its label stops at: 法律顾问、公职律师共21名 names both parts,
 * where the figure's label keeps only 公职律师共.
 */
const wordsBeforeTotal = (text: string, total: Figure): string =>
  text.slice(startBefore(text, total.start, /[，,。；;：:\n]/u), total.start).replace(/\d+(?:\.\d+)?/gu, '');

/** Said when only the meaning of the listed kinds makes them the whole (本地做法): the writer may know of others. */
const WHOLE_BY_MEANING_NOTE = '按本地做法，所列几类合起来视为全部；如还有未列出的类别，可忽略本提示。';

export function partsSum(ctx: Ctx): Mark[] {
  const all = figures(ctx, 0, ctx.text.length);
  const text = ctx.text;
  const marks: Mark[] = [];
  const outsideBrackets = (from: number) => (f: Figure) => !/[（(][^）)]*$/.test(text.slice(from, f.start));
  for (let i = 0; i < all.length; i++) {
    const total = all[i]!;
    // 其中优秀案卷212卷、合格案卷238卷，合计评查案卷470卷: a 合计 closing a breakdown sums the breakdown.
    const closesBreakdown = total.part && /^(?:合计|共计|总计)/.test(total.label);
    if (total.part && !closesBreakdown) continue;
    let parts: Figure[];
    let complete: boolean;
    let wholeByMeaning = false;
    const sentenceEnd = text.slice(total.end).search(SENTENCE_BREAK);
    const end = sentenceEnd === -1 ? text.length : total.end + sentenceEnd;
    // 共63件进行清理，其中…: a few words may finish the total's clause before the parts.
    // 按程序划分，…: a breakdown by one criterion is the whole, like 分别为.
    // 团队共5人，由3名…和3名…组成: the members named are the whole; 9名执法人员中，持证的10名…: parts of the 9.
    const introMatch = /^(?:[\u3400-\u9fff]{0,8}[，,]|[，,]?)\s*(其中|分别为|分别是|分为|按[\u3400-\u9fff]{1,8}(?:划分|分类|区分|分)[，,：:]?|由(?=[^。；;]*组成))|^[\u3400-\u9fff]{1,8}(中)[，,]/u.exec(text.slice(total.end, end));
    // 其余3件正在办理中，…: 中 after an act in progress says how the cases stand, not that parts of them follow.
    const intro = introMatch?.[2] && IN_PROGRESS.test(introMatch[0]) ? null : introMatch;
    const introWord = intro?.[1] ?? intro?.[2];
    const unit = unitOf(total);
    // 共抽查案卷420卷。其中市直部门280卷、县区150卷: the breakdown may open the next sentence; its parts are the list
    // joined by 、 (a later clause, 评出优秀案卷56卷, counts something else).
    const opensNext = intro ? null : /^[\u3400-\u9fff]{0,8}。\s*(?=其中)/u.exec(text.slice(total.end, end + 4));
    // Only for the one figure of its unit in its sentence: with two (受理317件，成功调处309件), the list may break down either.
    const sentenceStart = startBefore(text, total.start, SENTENCE_BREAK);
    const alone = !all.some((f) => f !== total && f.start >= sentenceStart && f.start < end && unitOf(f) === unitOf(total));
    const next = opensNext && alone ? nextBreakdown(all, i, text, total.end + opensNext[0].length) : [];
    // 自查清单共20项…，完成18项，未完成3项: two complements after a total split all of it.
    const after = total.total && !intro ? all.slice(i + 1).filter((f) => f.start < end) : [];
    const pair = after.length === 2 && after.every((f) => unitOf(f) === unit) && complements(after[0]!.label, after[1]!.label) ? after : [];
    if (next.length >= 2 || pair.length) {
      const sum = (next.length ? next : pair).reduce((n, p) => n + p.value, 0);
      // The listed breakdown falls short by a tenth or one, or exceeds; complements must add up exactly.
      const shortBy = total.value - sum;
      if (pair.length ? !same(sum, total.value) : shortBy < 0 || (shortBy > 0 && shortBy <= Math.max(1, total.value / 10))) {
        marks.push({
          start: total.start, end: total.end,
          places: [total, ...(next.length ? next : pair)].map((f) => ({ start: f.start, end: f.end })),
          message: `总数与所列各项之和不一致：写的是${text.slice(total.start, total.end)}，各项合计${sum}${(next[0] ?? pair[0])!.unit.split('·')[0]}。`,
          fix: '核对总数和各项数字',
        });
      }
      continue;
    }
    if (!intro && !total.total) continue;
    if (intro) {
      // Parts outside brackets (a bracket breaks down a part, not the total).
      // Parts in the total's unit (其中…3期、…2期，累计培训1360人次: the 人次 is another measure).
      const until = introWord === '由' ? Math.min(end, total.end + text.slice(total.end).indexOf('组成')) : end;
      parts = all.slice(i + 1).filter((f) => f.start < until && unitOf(f) === unit).filter(outsideBrackets(total.end));
      const labels = parts.map((p) => p.label.replace(/^(?:其中|分别为|分别是)/, ''));
      // A 其中 list of several parts closed without 等 reads as the whole breakdown (其中刑事案件186件、民事案件198件、行政案件26件).
      const listEnd = parts.length ? text.slice(parts[parts.length - 1]!.end, end) : '';
      const closed = parts.length >= 2 && !/^\s*(?:等|左右)/.test(listEnd);
      // Such a list that falls just short of the total (a tenth or one) is a slip in the sum; far short, it names only the main parts.
      const shortBy = total.value - parts.reduce((n, p) => n + p.value, 0);
      // Not for 9名执法人员中，持证的…名: those parts pick out some of the whole, and may leave some out.
      // Round 61 (v63d-number-mismatch-04, -08): 403件行政执法案件中，行政处罚案件373件、行政强制案件29件: a number-first
      // whole split into kinds of its own noun (…案件) is its breakdown, as a 其中 list is; 持证的8名 picks some out.
      const wholeNoun = introWord === '中' ? /^([\u3400-\u9fff]{1,8})中/u.exec(intro![0])?.[1] ?? '' : '';
      const kindsOfWhole = wholeNoun.length >= 4 && labels.every((l, k) => l.length > 2 && l.endsWith(wholeNoun.slice(-2)) && (k === 0 || /^、/u.test(text.slice(parts[k - 1]!.end, parts[k]!.start))));
      const slip = (introWord === '其中' || kindsOfWhole) && closed && shortBy > 0 && shortBy <= Math.max(1, total.value / 10);
      wholeByMeaning = introWord === '其中' && !slip && closedSetInFull(labels);
      complete = (introWord !== '其中' && introWord !== '中') || slip || partsNameTheWhole(wordsBeforeTotal(text, total), labels) || labels.some((l) => /^(?:其他|其余|另有|另|剩余)/.test(l)) || labels.some((a, j) => labels.slice(j + 1).some((b) => complements(a, b)));
    } else if ((total.measure === '' && /^(?:共计|合计|总计|共)$/.test(total.label)) || LIST_THEN_TOTAL.test(total.label) || closesBreakdown) {
      // 12个行政村、4个社区共17个: the list, then its total in the same clause.
      const start = startBefore(text, total.start, SENTENCE_BREAK);
      parts = all.slice(0, i).filter((f) => f.start >= start && !f.total).filter(outsideBrackets(start));
      complete = true;
    } else if (SUM_NAMED.test(total.label)) {
      // 共建成法治文化公园4个、法治广场6个，合计法治文化阵地11个: a clause opening with 合计 sums the list before it, whose
      // first clause may carry the sentence's own 共.
      const start = startBefore(text, total.start, SENTENCE_BREAK);
      parts = all.slice(0, i).filter((f) => f.start >= start && !/^(?:共计|合计|总计)/u.test(f.label)).filter(outsideBrackets(start));
      complete = parts.length >= 2 && parts.slice(1).every((p, k) => /^[、，,和及]/u.test(text.slice(parts[k]!.end, p.start)));
    } else continue;
    if (intro) parts = partsBeforeOtherMeasure(breakdownBeforeOutcome(parts, text), text, wordsBeforeTotal(text, total) + total.measure);
    if (parts.length < 2 || parts.some((p) => unitOf(p) !== unit)) continue;
    // A list joined by 、 from its first part that adds up to the total is the breakdown, whatever follows it.
    if (intro && addsUpBeforeBreak(parts, text, total.value)) continue;
    // 其中受理1386件，已审结1302件: stages of one flow (the cases concluded are among those accepted), not parts to add.
    if (parts.some((p) => STAGE_IN.test(p.label)) && parts.some((p) => STAGE_OUT.test(p.label))) continue;
    // 受理的2104件案件中，审结1987件: a later stage of the accepted cases splits them by outcome, not by kind; nothing to add up.
    // A 其中 list of statuses (已办结17件、正在办理18件; 调解成功…、调解不成功…) does split the whole, and stays.
    if (introWord === '中' && STAGE_IN.test(text.slice(startBefore(text, total.start, SENTENCE_BREAK), total.start)) && parts.some((p) => STAGE_OUT.test(p.label))) continue;
    const sum = parts.reduce((n, p) => n + p.value, 0);
    if (sum > total.value + 1e-9 || (complete && !same(sum, total.value))) {
      // The slip may be in the total or in any part (维持45件 where 43件 was meant): the mark shows them all.
      marks.push({
        start: total.start,
        end: total.end,
        places: [total, ...parts].map((f) => ({ start: f.start, end: f.end })),
        message: `总数与所列各项之和不一致：写的是${text.slice(total.start, total.end)}，${complete ? '各项' : '所列几项'}合计${sum}${parts[0]!.unit.split('·')[0]}。${wholeByMeaning && sum < total.value ? WHOLE_BY_MEANING_NOTE : ''}`,
        fix: '核对总数和各项数字',
      });
    }
  }
  return marks;
}

/** One Han character, for readers that build their patterns from strings. */
export const HAN = String.raw`[\u3400-\u9fff]`;

/** A rate given as a percentage: 调解成功率98.6%, 败诉率5% (not 败诉率下降5%, a change). */
export const RATE = /([\u3400-\u9fff]{2,12})率(?:为|达|达到|是|保持在|稳定在)?\s*(\d+(?:\.\d+)?)\s*[%％]/gu;

/** The bare act of a count or a rate's name: 已整改到位 and 整改完成 are 整改; 审结, 办结 and 结案 one act. */
const actOf = (w: string) => w.replace(/^(?:已经|已|均已|全部)/, '').replace(/^完成(?=..)/, '').replace(/(?:到位|完毕|完成)$/, '').replace(/^(?:审结|办结|已结)$/, '结案');

/** Whether a figure's words (调解成功, 已整改到位) are what a rate (调解成功率, 整改率) is of. */
function namesPart(name: string, label: string): boolean {
  if (label.length < 2) return false;
  if (name.endsWith(label)) return true;
  // 行政机关负责人出庭应诉15件，出庭应诉率100%: the part names who did the act the rate is named by.
  // 局长出庭应诉8件，出庭率100%: 出庭 names the act of 出庭应诉.
  if ((name.length >= 4 && label.endsWith(name)) || label.endsWith(`${name}应诉`)) return true;
  const act = actOf(label);
  return act.length >= 2 && actOf(name).endsWith(act);
}

/** The unit a rate's counts share: 应诉案件45件 … 出庭应诉43件次, a case counted once or per hearing, is one unit. */
export const rateUnit = (u: string) => u.split('·')[0]!.replace(/^件次$/u, '件');

/**
 * part ÷ whole as a percentage, when it does not round to the rate as written (98.6 allows 98.55–98.65);
 * undefined when it does. Shared by every reader that recomputes a stated rate from its counts.
 */
export function rateOffBy(part: number, whole: number, stated: string): number | undefined {
  const actual = (part / whole) * 100;
  return roundsTo(actual, stated) ? undefined : actual;
}

/**
 * Whether a computed percentage is the one written, allowing for rounding to the digits written (98.6 allows
 * 98.55–98.65). 100% and 0% are not rounded values but claims of all and none: 1197 of 1203 (99.5%) is not 100%.
 */
export function roundsTo(actual: number, stated: string): boolean {
  const value = Number(stated);
  if (value === 100 || value === 0) return Math.abs(actual - value) < 1e-9;
  const digits = (stated.split('.')[1] ?? '').length;
  return Math.abs(actual - value) <= 0.5 * 10 ** -digits + 1e-9;
}

/** Occasions counted (次, 场次, 人次) are only the whole a rate is taken over when they are the same work. */
const OCCASION_UNIT = /^(?:次|场次|人次)$/u;

/**
 * Whether a whole counted in occasions is another piece of work: 开展抽查87次，负责人出庭应诉76次，出庭应诉率97.5%
 * lists two works, and 97.5% is taken over the cases, not the 抽查. A whole of the same work shares a word with the
 * rate or its part (应出庭20次，出庭19次) or says what was due (应参加…).
 */
function unrelatedOccasions(wholeLabel: string, partLabel: string, name: string, unit: string): boolean {
  if (!OCCASION_UNIT.test(rateUnit(unit))) return false;
  if (/^[\u3400-\u9fff]{0,6}应/u.test(wholeLabel)) return false;
  const words = (w: string) => Array.from({ length: Math.max(0, w.length - 1) }, (_, i) => w.slice(i, i + 2)).filter((b) => /^[\u3400-\u9fff]{2}$/u.test(b));
  return !words(wholeLabel).some((b) => name.includes(b) || partLabel.includes(b));
}

/**
 * A rate that its own sentence's figures contradict: 调处纠纷213起，调解成功208起，调解成功率98.6%
 * (208 ÷ 213 ≈ 97.7%). The part is the figure whose words are the rate's name (调解成功, 其中败诉); the
 * whole is the figure in the same unit just before it. Allows for rounding to the digits written.
 */
export function rateMismatch(ctx: Ctx): Mark[] {
  const text = digitsOf(ctx);
  const marks: Mark[] = [];
  for (const m of text.matchAll(RATE)) {
    const s = startBefore(text, m.index, SENTENCE_BREAK);
    const name = m[1]!;
    const figs = figures(ctx, s, m.index);
    // 已完成9项 names 完成 as 完成9项 does: 已 only says the act is done.
    const partIdx = figs.findIndex((f) => namesPart(name, f.label.replace(/^(?:其中|分别为|分别是|[，,])/, '').replace(/^(?:已经?|均已)(?=[\u3400-\u9fff]{2})/u, '')));
    if (partIdx <= 0) continue;
    const part = figs[partIdx]!;
    const whole = figs.slice(0, partIdx).findLast((f) => rateUnit(f.unit) === rateUnit(part.unit));
    if (!whole || whole.value <= 0 || whole.value < part.value || unrelatedOccasions(whole.label, part.label, name, whole.unit)) continue;
    const digits = (m[2]!.split('.')[1] ?? '').length;
    const actual = rateOffBy(part.value, whole.value, m[2]!);
    if (actual === undefined) continue;
    // Round 61 (v63b-clean-01, -06, …): 办理…43件，其中维持32件、纠错5件…，纠错率11.6% takes the whole (43件), not the
    // part listed just before (维持32件): a rate that any earlier count of the unit gives is not a mismatch.
    const otherBase = figs.slice(0, partIdx).some((f) => f !== whole && rateUnit(f.unit) === rateUnit(part.unit) && f.value >= part.value && f.value > 0 && rateOffBy(part.value, f.value, m[2]!) === undefined);
    if (otherBase) continue;
    const rateStart = m.index + m[0].indexOf(name);
    marks.push({
      start: rateStart,
      end: m.index + m[0].length,
      places: [{ start: whole.start, end: whole.end }, { start: part.start, end: part.end }, { start: rateStart, end: m.index + m[0].length }],
      message: `${name}率与同一句的数字对不上：${text.slice(part.start, part.end)} ÷ ${text.slice(whole.start, whole.end)} ≈ ${actual.toFixed(Math.max(1, digits))}%，写的是${m[2]}%。`,
      fix: '核对比率和算出它的两个数字',
    });
  }
  return marks;
}

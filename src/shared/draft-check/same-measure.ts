/**
 * The plainest number mismatch: one measure stated twice in one draft with two numbers, wherever the two statements
 * stand (opening, a summary section, two body sections, the first sentence after a 述法报告's name line). Writers restate
 * a count with words inserted (全年, 共, 累计, 均), the number before its thing (全年作出的7项重大行政决策), the thing left
 * to the sentence (每村培养3名“法律明白人”，全乡累计培养36名), or the subject shortened or lengthened by a meeting or an
 * office of the same organ (镇党委 … 镇党委会议, 我局 … 局法制科). measure-ledger.ts compares the summary with the body
 * only; this compares every pair, so it asks more of each: neither statement narrowed (a part, a place, a part of the
 * year, last year, new against the stock, a target, several years) and a measure specific enough to name one count.
 * A count that claims the whole set (全部46件案件, …实现全覆盖) is also read against the earlier total of that thing.
 */
import type { Ctx, Mark } from './context.ts';
import { coveredBy, GENERIC, joinsMore, ledger, narrowingWords, SCOPE, SET_SUBJECT, type Entry } from './measure-ledger.ts';
import { actAfter, digitKey, NARROWED, sameDigits, normalPredicate, sameActWords, SEVERAL_YEARS } from './measures.ts';
import { pairMark } from './pair-mark.ts';
import { commonEnd } from './restated-figures.ts';
import { inPlanSection } from './plan-section.ts';

/** Words that make a count some of the measure, or not this year's: new against the stock, targets, a part of the year, last year. */
const NOT_THE_WHOLE_YEAR = /新增|新培养|新聘|新建|计划|力争|确保|目标|预计|拟|争取|上半年|下半年|季度|[一二三四五六七八九十\d]{1,2}月|月份|年初|年底前|同比|上年|去年|上一年|较|比/;
/** A count per member in its own clause (每村至少培养3名): the next clause of the sentence may still give the whole. */
const PER_MEMBER = /每[村社个镇乡街户人年月季]|平均|单次|最多|最少|至少|不少于/;
/** A template slot not yet filled (【填写次数】): its sentence is a draft's stand-in, its figures no statement. */
const SLOT = /【[^】]{0,20}】/;
/** A meeting or an office of the organ: the organ's own count (镇党委会议 for 镇党委, 局法制科 for 我局). */
const OWN_BODY = /^(?=.)(?:[省市县区镇乡局委]|街道)?(?:党委|党组|人民政府|政府)?(?:机关|会议|常务会议|常委会会议|全体会议|党组会议|班子会议|常委会|[\u3400-\u9fff]{1,4}[科股室])?$/u;
/** The organ itself named inside the measure (审核镇政府合同 for 审核合同): the report's own organ, no part. */
const OWN_ORGAN = /(?:[省市县区镇乡]|街道|本级)(?:人民)?政府(?!办公室|部门|工作部门)的?/gu;
/** Where the thing a number-first count counts ends: the act done to it, a claim of all of it, or the clause's end. */
const THING_AFTER = /^[\u3400-\u9fff“”]{2,14}?(?=参加|参训|参与|接受|完成|进行|开展|担任|全部|均|实现|经|逐|整改|落实|建立|明确|制定|[，。；、,;\n])/u;
/** A count claiming the whole set (全部46件案件, 所有16个村, …实现全覆盖). */
const WHOLE_WORD = /(?:全部|所有|全体)$/;
const WHOLE_SCOPE = /全(?:[省市县区镇乡局]|街道)$/;
/** How near a scope-only count must be to the total to be read as the same set miscounted: a tenth, or two. */
const nearTotal = (a: number, b: number) => Math.abs(a - b) <= Math.max(2, a / 10);
const WHOLE_AFTER = /全覆盖|全员|全部|均已|一个不落/;


/** Words that open a clause without naming who or what (虽然全年办理…, 全年仅开展…): dropped from subject and measure. */
const LEAD_FILLER = /^(?:虽然|尽管|但是|但|仅|只|才|在(?=今年|本年|全年))+/;

/** The thing counted after a number-first count (7项重大行政决策均经…), quotes dropped. */
function thingAfter(text: string, e: Entry): string {
  const m = THING_AFTER.exec(text.slice(e.end, e.end + 20));
  return m ? m[0].replace(/[“”]/g, '') : '';
}

/**
 * The measure's own words: a leading 对 with the whole scope (对全县, 对全部) and a trailing 的 dropped; 组织 before a
 * number-first count (组织全县1302名…参加) only sends the people, the act is after them.
 */
const ownWords = (e: Entry) => e.measure.replace(/^(?:[\u3400-\u9fff]{0,8}对|举办|安排|动员)(?:[全我本]?(?:[省市县区镇乡局]|街道))?(?:全部|所有)?/, '').replace(/的$/, '');

/** The measure as one key: leading 对/全部 and a trailing 的 dropped, a bare verb given the thing after the number. */
function key(text: string, e: Entry): string {
  // A table line's topic ends in 办理情况 (依申请公开办理情况：共受理22件): the topic's words, not a thing counted.
  // 今年受理的43件…, 经合法性审核的规范性文件9件: the year and 经 say when and how, not what.
  let k = ownWords(e).replace(/(?:查处|办理)?情况$/, '').replace(LEAD_FILLER, '').replace(/^(?:今年|本年度?|全年)/, '').replace(/^经(?=[\u3400-\u9fff]{2})/u, '');
  // 行政复议案件受理量45件: the thing counted stands before the act's amount.
  const amount = /^([\u3400-\u9fff]{2})量$/u.exec(k);
  if (amount && e.subject.length >= 4 && !/政府|[局委厅办所]$/.test(e.subject)) k = amount[1]! + normalPredicate(e.subject);
  // 督察反馈的10个问题: the count's thing is after its number, the words before it only say whose.
  if (/的$/.test(e.measure) && k.length > 3) k += normalPredicate(thingAfter(text, e)).replace(/中$/, '');
  k = k.replace(/的(?=[\u3400-\u9fff])/gu, '');
  // 在研究的34项“三重一大”事项中: the set the sentence then breaks down, named by its act and thing.
  const setNamed = /^在/.test(k) && /^[\u3400-\u9fff“”]{2,14}中[，,]/u.test(text.slice(e.end, e.end + 18));
  if (setNamed) k = k.slice(1);
  if (k.length <= 3) k += normalPredicate(thingAfter(text, e)).replace(setNamed || /[，,]/.test(text[e.end + thingAfter(text, e).length] ?? '') ? /中$/ : /$^/, '');
  k = k.replace(/[“”]/g, '');
  // 人民调解组织调解矛盾纠纷: the ledger takes the first 调解 for the verb; the act is the last one.
  const again = k.lastIndexOf(k.slice(0, 2));
  if (again > 0) k = k.slice(again);
  // The thing appended after the act may be the act's only object (出庭应诉的3件案件): normalised with the act.
  return normalPredicate(k.slice(0, 2) + k.slice(2).replace(OWN_ORGAN, ''));
}

/**
 * Two number-first counts of one thing with other acts after it (5项重大行政决策事项均完成合法性审查 … 对6项重大行政决策开展
 * 风险评估): how many had each act done, two measures.
 */
function otherActsOnThing(text: string, a: Entry, b: Entry): boolean {
  const [ta, tb] = [thingAfter(text, a), thingAfter(text, b)];
  if (!ta || !tb) return false;
  const [xa, xb] = [actAfter(text, a.end + ta.length), actAfter(text, b.end + tb.length)];
  return !!xa && !!xb && !sameActWords(xa, xb);
}

/** Words pointing at the report year's own count (以本年度…为基础, 一年来, 上述): the year's whole, however the other count was told. */
const POINTS_AT_YEAR = /全年|今年|本年|一年来|上述/;

/** A count its sentence dates to the whole reported year (全年, 今年, 本年度), with or without 共. */
const YEAR_WIDE = /全年|今年|本年/;

/** Whether the two subjects are the same counter: either empty once the scope is dropped, named in the other's sentence, or its meeting or office. */
function sameCounter(a: Entry, b: Entry, aSentence: string, bSentence: string): boolean {
  // 21个行政村共… is all the villages together; 3个行政村… without 共 is some of them.
  // 本人审签… keeps 本人 in the measure's words when the ledger has no verb for the act: the speaker is the subject.
  // 全年完成审议9项: 完成 (or 已) before the act says it was done, not who did it.
  const strip = (e: Entry) => (/^本人/.test(e.words) ? '本人' : '') + (e.total ? e.subject.replace(SET_SUBJECT, '') : e.subject).replace(LEAD_FILLER, '').replace(SCOPE, '').replace(/^(?:19|20)\d{2}年度?/, '').replace(LEAD_FILLER, '').replace(/(?:完成|已经|已|带头|亲自)+$/, '');
  const [sa, sb] = [strip(a), strip(b)];
  if (sa === sb) return true;
  for (const [one, other, otherSentence] of [[sa, sb, bSentence], [sb, sa, aSentence]] as const) {
    if (!one) {
      // A 述法报告's body sentence without a subject is the speaker's own.
      if (!other || OWN_BODY.test(other) || other === '本人') return true;
      continue;
    }
    if (coveredBy(one, otherSentence)) return true;
    if (other.startsWith(one) && OWN_BODY.test(other.slice(one.length))) return true;
  }
  return false;
}

/** Acts a longer key may add after a shorter one's words: then it counts the meetings or events that did that, some of them. */
const ANOTHER_ACT = /研究|审议|学习|学法|部署|听取|讨论|专题|审查|审核|通报|解决|推进/;

/** Who did an act and for whom, before it: the speaker, or 为/向 and the audience. */
const WHO_FOR = /^(?:本人|带头|亲自)*(?:[为向给][\u3400-\u9fff]{1,6})?$/u;

/**
 * Words before a thing that pick out some of it (涉企规范性文件, 简易程序案件, 部门规范性文件, 城关镇…), or an act of its
 * own (整改督察反馈问题): a key adding them counts another thing than the plain name.
 */
export const SOME_KIND = /涉|新|简易|一般|普通|综合|专职|兼职|部门|下属|所属|本级|重点|部分|个别|其他|其余|领域|行业|专项|集中|联合|专题|主题|线上|线下|[省市县区镇乡村]|街道|社区|整改|完成|落实|办结|解决|答复|报送|报备|备案|纠正|督办|研究|通过|不予|成功|立案|结案|清理|废止|制定|修订|出台|印发|受理|办理|公开|检查|评查|审核|审查|审议/;

/**
 * Whether two keys name one thing with one act, the thing in full in one and shortened in the other, as the draft
 * itself shortens it (审议重大行政决策事项 … 审议决策事项; 受理政府信息公开申请 … 受理信息公开申请; 法治督察反馈问题 …
 * 督察反馈问题): a shared end of four characters or more names the thing, the rest of the later is the act or
 * nothing, and the earlier adds only words that name no kind or part of it. ka is the earlier key.
 */
function sameThing(ka: string, kb: string): boolean {
  const end = commonEnd(ka, kb);
  if (end < 4) return false;
  // The full name first, the short one after: a fuller name after a short one is a kind of it (普法活动 … 普法集中宣传活动).
  const [long, short] = [ka.slice(0, -end), kb.slice(0, -end)];
  if (!long.startsWith(short) || short.length > 3) return false;
  const added = long.slice(short.length);
  return added.length <= 6 && !SOME_KIND.test(added) && !NARROWED.test(added) && !ANOTHER_ACT.test(added);
}

/** Whether two keys name one measure: equal, or one the other cut short (受理依申请公开 … 受理依申请公开政府信息). */
function sameKey(ka: string, kb: string): boolean {
  if (ka.length < 4 || kb.length < 4) return false;
  // An act the ledger has no verb for keeps who did it and for whom (本人讲授法治课 … 为干部职工讲授法治课): the same act after them.
  const end = commonEnd(ka, kb);
  if (end >= 4 && WHO_FOR.test(ka.slice(0, -end)) && WHO_FOR.test(kb.slice(0, -end))) return true;
  if (ka.slice(0, 2) !== kb.slice(0, 2)) return false;
  if (ka === kb) return true;
  const [short, long] = ka.length < kb.length ? [ka, kb] : [kb, ka];
  // The longer may finish the thing (受理依申请公开 … 受理依申请公开政府信息), not add an act (召开常务会议 … 召开常务会议研究法治议题).
  return short.length >= 6 && long.startsWith(short) && !ANOTHER_ACT.test(long.slice(short.length));
}


/**
 * Whether a count claiming the whole set counts the thing an earlier total counted: the words after its number begin with
 * the end of that measure (全部46件案件 after 办理案件64件), or name it in fewer words (持证执法人员 for 持有执法证件人员).
 */
// The earlier count's words with its subject: the ledger may take a verb inside the thing (人民调解员 read as 调解 + 员).
function countsAll(text: string, b: Entry, ka: string): boolean {
  const after = normalPredicate(text.slice(b.end, b.end + 16).replace(/[“”]/g, ''));
  for (let n = Math.min(ka.length - 1, 8); n >= 2; n--) if (after.startsWith(ka.slice(-n))) return true;
  const thing = normalPredicate(thingAfter(text, b));
  return thing.length >= 4 && commonEnd(ka, thing) >= 2 && coveredBy(thing, ka);
}

/** An act's amount named by the act and 量 (全年受理量36件): the act, with nothing counted named; '' for any other words. */
const amountOf = (e: Entry) => /^([\u3400-\u9fff]{2})量$/u.exec(ownWords(e))?.[1] ?? '';

/**
 * Whether one key is the other with lead words only (推动督察反馈 … 督察反馈): the same thing behind another lead verb. A
 * key adding words inside (办理简易程序处罚案件 for 办理处罚案件) names a part.
 */
function addsLeadOnly(ka: string, kb: string): boolean {
  const [short, long] = ka.length < kb.length ? [ka, kb] : [kb, ka];
  // The speaker and one or two lead verbs (我推动, 本人督促落实); words naming a part (涉企, 新) are no lead.
  const lead = long.slice(0, -short.length).replace(/^(?:我|本人)/, '');
  return short.length >= 4 && long.endsWith(short) && lead.length <= 4 && !NARROWED.test(lead) && !/涉|新|简易|一般/.test(lead);
}

/**
 * A count that restates another's act and thing in other lead words or a wider subject, read as one measure only when
 * the two numbers are the same digits in another order (215 and 251, 12 and 21): the commonest typing slip, and two
 * different counts rarely share their digits. Then one key may add lead words to the other (推动督察反馈的21个问题 …
 * 对督察反馈的12个问题) or name the act's amount (受理政府信息公开申请63件 … 全年受理量36件), and the counter may be
 * named wider (我厅 … 全省水利系统); a thing after both numbers must be the same.
 */
function sameSlip(text: string, a: Entry, b: Entry, ka: string, kb: string): boolean {
  if (!sameDigits(a.value, b.value)) return false;
  const [ta, tb] = [thingAfter(text, a), thingAfter(text, b)];
  if (ta && tb && ta.slice(0, 2) !== tb.slice(0, 2)) return false;
  if (sameKey(ka, kb) || addsLeadOnly(ka, kb)) return true;
  const [amountA, amountB] = [amountOf(a), amountOf(b)];
  return (!!amountB && ka.startsWith(amountB)) || (!!amountA && kb.startsWith(amountA));
}

export function sameMeasureTwice(ctx: Ctx): Mark[] {
  const text = ctx.text;
  const otherYear = new RegExp(`(?<!\\d)(?!${ctx.year ?? ''}年)(?:19|20)\\d{2}\\s*年`);
  const sentenceOf = (e: Entry) => text.slice(e.sentenceStart, e.end + 30).split(/[。；;\n]/)[0]!;
  const usable = (e: Entry) => !e.part && !e.scoped && !e.figure.approx && !/分别/.test(e.figure.label)
    && !NOT_THE_WHOLE_YEAR.test(narrowingWords(e.before)) && !PER_MEMBER.test(e.figure.label) && !SLOT.test(sentenceOf(e)) && !NARROWED.test(e.before) && !SEVERAL_YEARS.test(e.before) && !otherYear.test(e.before);
  // The next year's section states targets; a count there with this year's digits swapped (以全年…为基数) is still a slip.
  // A count told by its occasions (围绕宪法宣传周、民法典宣传月等节点开展普法活动129场) may be some of the year's or all of
  // it: it is read against a later count naming the year (以本年度开展普法活动192场为基础) only for digits in another order.
  const byOccasion = (e: Entry) => e.occasionOnly && usable({ ...e, scoped: false });
  const entries = ledger(ctx).filter((e) => usable(e) || byOccasion(e));
  const occasionOnly = entries.map(byOccasion);
  // A plan sentence looking back on this year (对今年作出的6项重大行政决策开展后评估) states this year's count.
  const planned = entries.map((e) => inPlanSection(ctx, e.start) && !/今年|本年度?/.test(e.before));
  const keys = entries.map((e) => key(text, e));
  const sentences = entries.map(sentenceOf);
  const marks: Mark[] = [];
  for (const [j, b] of entries.entries()) {
    const bSentence = sentences[j]!;
    const kb0 = keys[j]!;
    const bOwn = ownWords(b);
    // The claim may close the sentence (组织68名人民调解员参加培训，实现全覆盖).
    const claimsAll = WHOLE_WORD.test(b.before) || WHOLE_AFTER.test(text.slice(b.end, b.end + 40).split(/[。；;\n]/)[0]!);
    // 全县1302名… names the county's staff only as its scope: read as all of them only near the total (a slip), not 350 of 1062.
    const byScope = !claimsAll && WHOLE_SCOPE.test(b.before);
    const wholeClaim = claimsAll || byScope;
    // Cheap tests first: a long draft has a thousand figures, and most pairs differ in unit or first characters.
    if (kb0.length < 4 && !wholeClaim && !b.total && !digitKey(b.value)) continue;
    for (let i = j - 1; i >= 0; i--) {
      const a = entries[i]!;
      if (a.unit !== b.unit || a.value === b.value || a.sentenceStart === b.sentenceStart) continue;
      // Two body counts, one read as 对N件…进行合法性审核 and the other 审查…: often two stages of the work, not one told twice.
      if ((a.actAfterThing || b.actAfterThing) && !a.summary && !b.summary) continue;
      if (occasionOnly[i] || occasionOnly[j]) {
        const plain = occasionOnly[i] ? b : a;
        if (occasionOnly[i] && occasionOnly[j] || !POINTS_AT_YEAR.test(plain.before) || !sameSlip(text, a, b, keys[i]!, kb0)) continue;
        marks.push(pairMark(a, b, `前面写“${a.figure.clause}”，这里写“${b.figure.clause}”：同一项数字前后不一致，像是数位颠倒。`, '核对这项数字，前后改成一致'));
        break;
      }
      if (planned[i] || planned[j]) {
        if (!planned[i] && !(a.figure.actor && b.figure.actor && a.figure.actor !== b.figure.actor) && sameSlip(text, a, b, keys[i]!, kb0)) {
          marks.push(pairMark(a, b, `前面写“${a.figure.clause}”，这里写“${b.figure.clause}”：同一项数字前后不一致。`, '核对这项数字，前后改成一致'));
          break;
        }
        continue;
      }
      // 全县 … 我局: a department's count is some of the county's.
      if (a.figure.actor && b.figure.actor && a.figure.actor !== b.figure.actor) continue;
      const ka = keys[i]!;
      if (ka.slice(0, 2) !== kb0.slice(0, 2) && !wholeClaim && ka.slice(-2) !== kb0.slice(-2)) continue;
      let kb = kb0;
      // The thing left to the sentence (每村培养3名“法律明白人”，全乡累计培养36名): the bare verb borrows it.
      // The sentence may name the thing shortened (年初编制决策事项目录，…全年完成审议7项 after 审议重大行政决策事项).
      if (kb.length <= 3 && b.total && ka.startsWith(kb) && coveredBy(ka.slice(kb.length).slice(-4), bSentence.slice(0, b.start - b.sentenceStart))) kb = ka;
      let why = '';
      // Two bare counts in the body (培训行政执法人员320人次 … 260人次 in two subsections) may be two events: one must be a total or the summary's.
      // A number-first count with no words before it (32个行政执法主体完成…) counts some of the thing, not by another name.
      // Two things joined (行政复议案件和行政诉讼案件) against one of them: their sum, not the one restated.
      if ((sameKey(ka, kb) || (!!bOwn && sameThing(ka, kb))) && !joinsMore(ka, kb) && !joinsMore(kb, ka) && !GENERIC.test(kb) && (a.total || b.total || YEAR_WIDE.test(b.before) || (a.summary && kb.length >= 6)) && sameCounter(a, b, sentences[i]!, bSentence)) why = '同一项数字前后不一致';
      else if (sameSlip(text, a, b, ka, kb0)) why = '同一项数字前后不一致，像是数位颠倒';
      // A whole claim with an act of its own (审议的31项重大事项全部经过…) counts what that act covered, not the earlier total.
      else if (wholeClaim && !a.whole && a.total && (!bOwn || bOwn.slice(0, 2) === ka.slice(0, 2)) && (!byScope || nearTotal(a.value, b.value)) && countsAll(text, b, a.subject + ka)) why = '写的是全部，却与前面的总数不同';
      // Digits in another order stay a slip whatever acts follow; a plain difference with other acts is two measures.
      if (!why || (!why.includes('数位颠倒') && otherActsOnThing(text, a, b))) continue;
      marks.push(pairMark(a, b, `前面写“${a.figure.clause}”，这里写“${b.figure.clause}”：${why}。`, '核对这项数字，前后改成一致'));
      break;
    }
  }
  return marks;
}

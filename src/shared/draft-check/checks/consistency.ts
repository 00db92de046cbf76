/**
 * Consistency within one draft: the reporting year against the years in the opening,
 * the headings and the 落款; one date form in the 落款 (GB/T 9704: Arabic numerals,
 * full year, no leading zeros: 2027年1月15日); and Chinese text with Chinese punctuation.
 */
import { CJK, HISTORY, isCjk, type Ctx, type Mark } from '../context.ts';
import type { ConsistencyRule } from '../types.ts';
import { foldDates, foldDraft } from '../date-reader.ts';
import { currentYear, impossibleDates, lawYear, planYear, signoffAfterDeadline, signoffBeforeReview, signoffBeforeYearEnd, signoffYear } from './dates.ts';
import { planYearsAhead } from '../plan-year-ahead.ts';
import { CLAUSE_BREAK, partsSum, rateMismatch, summaryTotal } from './figures.ts';
import { carriedAgent, namedAgent } from '../named-agent.ts';
import { twoOccasions } from '../two-occasions.ts';
import { digitKey } from '../measures.ts';
import { transposedBreakdowns } from '../transposed-breakdown.ts';
import { startBefore } from '../sentence.ts';
import { grantedBeforeBut } from '../concession.ts';
import { itemsAgainstTotal, sameNounCounts, scopeUnitCounts } from '../same-noun-counts.ts';
import { bareTotalsAgainstEarlier, openingTotalAgainstBody, totalAboveNumberedLines } from '../opening-breakdown.ts';
import { restatedFigures, wholeCounts } from '../restated-figures.ts';
import { confirmedFigureRestated } from '../confirmed-figure-restated.ts';
import { restatedRates } from '../restated-rates.ts';
import { restatedLookedBack } from '../restated-looked-back.ts';
import { wayNamedCounts } from '../way-named-counts.ts';
import { openingActInOtherWords } from '../opening-act-in-other-words.ts';
import { openingMeasureSynonyms } from '../opening-measure-synonyms.ts';
import { oneActCounts } from '../one-act-counts.ts';
import { backReferencedCounts } from '../back-referenced-count.ts';
import { inPlanSection } from '../plan-section.ts';
import { openingYearSummaries } from '../opening-year-summary.ts';
import { namedPartsTotal, sharesOverTotal, summaryAgainstBody } from '../measure-ledger.ts';
import { sameMeasureTwice } from '../same-measure.ts';
import { restatedMeasures } from '../restated-measures.ts';
import { restatedNounFirstCounts } from '../restated-noun-first.ts';
import { yearSummaryCounts } from '../year-summary-count.ts';
import { pointedNounCounts } from '../pointed-noun-count.ts';
import { restatedSessionCounts } from '../restated-session-count.ts';
import { countsBeyondTotal } from '../count-beyond-total.ts';
import { placeNamedWholes } from '../place-named-whole.ts';
import { planLastYearCounts } from '../plan-last-year-count.ts';
import { planYearFigures } from '../plan-year-figure.ts';
import { planStockCounts } from '../plan-stock-count.ts';
import { closedAboveHandled } from '../done-above-handled.ts';
import { sameKeyCounts } from '../measure-key.ts';
import { bareOpeningTotals } from '../opening-bare-count.ts';
import { sharesAgainstOwnCounts } from '../share-of-counts.ts';
import { countArithmetic } from '../count-arithmetic.ts';
import { namedBreakdowns } from '../named-breakdown.ts';
import { remainderCounts } from '../remainder-count.ts';
import { allOfStock } from '../all-of-stock.ts';
import { coverageAgainstStock, fullRateAgainstShare } from '../coverage-of-stock.ts';
import { changesAgainstStep } from '../stated-change.ts';
import { offMarkedSpans, onUnmarkedPlaces } from '../unmarked-places.ts';
import { partsOfOneWhole } from '../parts-of-one-whole.ts';
import { ratesByActName } from '../rate-by-act-name.ts';
import { sharesOverWhole } from '../shares-of-whole.ts';
import { thisYearCounts } from '../this-year-count.ts';
import { wholeNounCounts } from '../whole-noun-counts.ts';
import { allDoneAgainstCounts, allOfCountAgainstSplit } from '../all-done.ts';
import { countedThenAllDone } from '../counted-all-done.ts';
import { concededYearCounts } from '../conceded-year-count.ts';
import { perMemberTotals } from '../per-unit-totals.ts';
import { joinedTotals } from '../joined-total.ts';
import { announcedCount, inSiblingListItems, listAfterTotal, listCount } from '../list-count.ts';
import { breakdownOfEarlierTotal, datedOccasions, partsListedLater, seriesSum } from '../parts-series.ts';
import { rateAndChangeMismatches } from '../rate-counts.ts';
import { partsExceedingWhole } from '../part-exceeds.ts';
import { halvesAgainstYear } from '../halves.ts';
import { yearPartsAgainstYear } from '../year-parts.ts';
import { sessionAttendance } from '../session-attendance.ts';
import { listSizeRestated } from '../list-size.ts';
import { outcomesAgainstTotal } from '../outcome-parts.ts';
import { partsSharingAct } from '../parts-sharing-act.ts';
import { bracketBreakdowns } from '../bracket-breakdown.ts';
import { BARE_YEAR_BEFORE, DATED_VERSION_AFTER, MADE_BASIS, docNumberForms, earlierInSeries, isPilotOf, CENTRAL_ISSUER, issuedPlanPattern, plainNamesOfPlan, seriesShortNames, withSeriesNames, workYearAt, nextYearTaskAfter, yardstickAfterPlan, laterWorkPlannedAfter } from '../expired-citations.ts';
import { quotedTitles, titleKey } from './title.ts';
import { eventYears } from '../event-years.ts';
import { eventsBeforeHeld } from '../event-before-held.ts';
import { expiredTargets } from '../dated-targets.ts';
import { expiredPlanLabel } from '../expired-plan-label.ts';
import { signedBeforeOwnWork } from '../signing-before-own-work.ts';
import { earlierCentralCitations } from '../earlier-central-documents.ts';
import { framingPeriodEnds } from '../past-periods.ts';
import { planLeadYears } from '../plan-leads.ts';
import { planPeriod, YEAR_SPAN } from '../plan-period.ts';
import { inUnitSplit, itemSums, totalOfEarlierParts, tupleMismatches } from '../count-tuples.ts';

function matches(text: string, re: RegExp, offset = 0): { start: number; end: number; m: RegExpExecArray }[] {
  const out: { start: number; end: number; m: RegExpExecArray }[] = [];
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  let m: RegExpExecArray | null;
  while ((m = g.exec(text))) {
    if (!m[0]) { g.lastIndex++; continue; }
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, m });
  }
  return out;
}

function openingYear(ctx: Ctx): Mark[] {
  if (!ctx.year) return [];
  const [s, e] = ctx.layout.opening;
  // Folded: 二〇二五年以来 is read as 2025年以来, in the same place.
  const opening = foldDraft(ctx).slice(s, e);
  const marks: Mark[] = [];
  // "2025年以来" anywhere in the opening and "2025年，" or "2025年度" opening a paragraph name the
  // previous year when last year's opening was kept (or a year not yet reported on); an earlier year
  // there is history (2015年，中共中央、国务院印发…; 2021年以来, since the plan began). "现将…2025年度…报告如下"
  // names the report's own year, so any other year there is wrong.
  const stale = (y: number) => y === ctx.year! - 1 || y > ctx.year!;
  // An opening that also names the report's year as the time of its work (2025年，“八五”普法规划顺利收官。2026年，
  // 县政府…) sets the scene with the year before: only an opening that never names its own year has kept last year's.
  const ownYear = new RegExp(`(?:^|[\\n。；])[^\\S\\n]*(?:${ctx.year}年(?:度)?[，,以]|今年以来|本年度)`).test(opening);
  for (const [r, wrong, paragraphYear] of [
    [/(\d{4})年以来/, stale, false],
    [/(?:^|\n)[^\S\n]*(\d{4})年(?:度)?[，,]/, stale, true],
    [/现将[^。\n]{0,30}?(\d{4})年度?[^。\n]{0,30}?(?:报告|汇报|述法|述职)如下/, (y: number) => y !== ctx.year, false],
    // Round 49: the same clause closing 一并报告 (现将本人2022年度履职情况一并报告。): the report's own year again, unless it
    // adds a review's follow-up (2023年度述法评议意见整改情况一并报告), which is another year's by nature.
    [/现将(?![^。\n]{0,40}?(?:整改|评议|反馈|意见|问题))[^。\n]{0,30}?(\d{4})年度?[^。\n]{0,30}?一并(?:报告|汇报)(?!如下)/, (y: number) => y !== ctx.year, false],
  ] as const) {
    for (const x of matches(opening, r, s)) {
      const y = Number(x.m[1]);
      if (!wrong(y)) continue;
      const sentence = opening.slice(x.start - s).replace(/^\n/, '').split(/[。；\n]/)[0]!;
      // A year opening a paragraph is the writer's framing, not a quoted form: a past event told as such (收官, 期满)
      // or followed by the report's own year is scene-setting; left alone it is likely last year's opening, but the
      // reference gives no rule on an opening's wording, so it is only a hint.
      // Only the year's own clause and the next say whether it is a past event (2025年，“八五”普法规划顺利收官): a 收官评估
      // further on (2025年，县政府在县委领导下…，开展收官评估) is the year's own work.
      const framing = sentence.split(/[，,]/).slice(0, 2).join('，');
      if (paragraphYear && (ownYear || (y < ctx.year! && HISTORY.test(framing)))) continue;
      const at = x.start + x.m[0].indexOf(x.m[1]!);
      marks.push({ start: at, end: at + 4, fix: `报告年度是${ctx.year}年，核对此处年份`, ...(paragraphYear ? { hintOnly: true } : {}) });
    }
  }
  return marks;
}

const REVIEW_IN_SENTENCE = /(主要举措和成效|履职情况|工作情况|存在的不足|存在问题|发现的问题|履行)/;
const REVIEW_IN_HEADING = /(主要举措和成效|履职情况|工作情况|存在的不足|存在问题|发现的问题|履行|成效|亮点|成绩|完成情况|落实情况|开展情况|主要工作|工作回顾)/;

/** Verbs that make, issue or carry out a text (a plan, a list), ending the words before a year: 编制, 印发, 落实, 完成… */
const DOCUMENT_VERB_BEFORE = /(?:编制|制定|制订|印发|出台|起草|拟定|审议|通过|报送|提交|下达|公布|发布|修订|完成|落实|执行|实施|对照|按照|依照|根据|依据)了?$/;

/** A year framing a numbered sentence from its start (在, 于 before it): 2025年，… 2025年全年… 2025年度… 2025年以来… */
const ITEM_LEAD = /^\s*(?:在|于)?\s*$/;
const ITEM_YEAR_FRAME = /^\d{4}\s*年(?:度|全年|以来|\s*[，,])/;

function headingYear(ctx: Ctx): Mark[] {
  if (!ctx.year) return [];
  const marks: Mark[] = [];
  for (const h of ctx.layout.headings) {
    if (h.level > 2) continue;
    // A year inside a cited title or a period (《…（2021—2025年）》) is not the heading's own year.
    const own = foldDates(h.title).replace(/《[^《》]*》/g, (t) => '＿'.repeat(t.length));
    const m = /(?<![\d—–\-~～至到])(\d{4})年度?(?![—–\-~～至到])/.exec(own);
    if (!m) continue;
    const y = Number(m[1]);
    // A full date (（二）2025年4月30日前完成年度执法计划公示) dates one act within the year, not the section's year: the
    // report's own year or an earlier one is then no heading on plans or results, whatever words follow it.
    if (y <= ctx.year && /^\d{4}年\s*\d{1,2}\s*月/.test(own.slice(m.index))) continue;
    // A year after a verb that makes or carries out a text (（二）编制2025年度立法计划并全部完成) names that text,
    // a plan of the report's year carried out in it, not the section's year: whatever words follow, the heading is
    // an item of work done, so the year is no heading year.
    if (DOCUMENT_VERB_BEFORE.test(own.slice(0, m.index))) continue;
    // A numbered sentence (（二）…，…。) has a year of its own only where the year frames it: leading the item and
    // followed by a comma, 全年, 度 or 以来 (（一）2025年全年，县政府共…). A year inside it (较2022年下降, 已于2019年
    // 机构改革中划入) or leading a history clause (2010年国务院文件曾提出…) dates something else.
    const inSentence = /[，,。；]/.test(h.title);
    if (inSentence && !(ITEM_LEAD.test(own.slice(0, m.index)) && ITEM_YEAR_FRAME.test(own.slice(m.index)))) continue;
    // A slip in a numbered sentence is last year's draft kept (2025年，… in a report on 2026); an older year leading it
    // (2020年，区政府率先建立…) or one told as history (曾, 此前, 当年) is the past the item starts from.
    if (inSentence && (y < ctx.year - 1 || (y < ctx.year && HISTORY.test(h.title)))) continue;
    const titleStart = h.markerEnd + (ctx.text.slice(h.markerEnd).indexOf(h.title));
    const at = titleStart + m.index;
    const rest = h.title.slice(m.index);
    // 部署安排, 统筹安排 in a numbered sentence are verbs of the year's own work, not a heading on next year's plans.
    // A plan told as carried out (（二）2025年度立法计划全部完成) is work done in its year, not a heading on plans.
    const isPlan = /(打算|(?<!部署|统筹)安排|计划|思路)/.test(rest) && !/(成效|情况|不足|问题|(?<!确保|力争|争取|需|要|将)完成)/.test(rest);
    // 举措 alone names what was done (2026年推进法治政府建设的主要举措) as often as what will be: either year is fine.
    const measures = !isPlan && /举措/.test(rest) && !/(成效|情况|不足|问题)/.test(rest);
    // What was done in the year: its 成效, 亮点, 完成情况 (a heading on plans says 打算, 安排 and is read above). Those
    // words are read only in a heading proper, not in a numbered sentence (（六）2027年…年底逐项通报完成情况).
    const reviewWords = /[，,。；]/.test(h.title) ? REVIEW_IN_SENTENCE : REVIEW_IN_HEADING;
    // The year after the report's, in a numbered sentence (（一）2025年，严格落实……) or under the plans or rectification
    // part, dates the work still to do: it is a plan, never a review heading naming the wrong year.
    const nextYearPlan = y === ctx.year + 1 && (/[，,。；]/.test(h.title) || (h.level === 2 && inPlanSection(ctx, h.start)));
    const isReview = reviewWords.test(rest) && !/整改|反馈/.test(rest) && !nextYearPlan;
    if (isPlan && y !== ctx.year + 1) marks.push({ start: at, end: at + 4, fix: `下一年度应为${ctx.year + 1}年` });
    else if (measures) {
      if (y !== ctx.year && y !== ctx.year + 1) marks.push({ start: at, end: at + 4, fix: `报告年度是${ctx.year}年，下一年度是${ctx.year + 1}年` });
    }
    else if (!isPlan && isReview && y !== ctx.year) marks.push({ start: at, end: at + 4, fix: `报告年度是${ctx.year}年` });
  }
  return [...marks, ...planLeadYears(ctx)];
}

const ARABIC_DATE = /(\d{2,4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const OTHER_DATE = /\d{4}\s*[.\-/／．]\s*\d{1,2}\s*[.\-/／．]\s*\d{1,2}/;
const HAN_DATE = /[〇○零一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,3}\s*月\s*[一二三四五六七八九十]{1,3}\s*日/;

function signoffLines(ctx: Ctx) {
  return ctx.layout.signoff.map((i) => ctx.layout.lines[i]!);
}

function signoffDateStyle(ctx: Ctx): Mark[] {
  const marks: Mark[] = [];
  for (const l of signoffLines(ctx)) {
    for (const x of matches(l.text, ARABIC_DATE, l.start)) {
      const [, y, mo, d] = x.m;
      if (y!.length !== 4) marks.push({ start: x.start, end: x.end, fix: '年份写全称，如2027年' });
      else if (/^0/.test(mo!) || /^0/.test(d!)) marks.push({ start: x.start, end: x.end, fix: `写作${y}年${Number(mo)}月${Number(d)}日（月、日不编虚位）` });
    }
    for (const x of matches(l.text, OTHER_DATE, l.start)) marks.push({ start: x.start, end: x.end, fix: '写作“2027年1月15日”的形式' });
    for (const x of matches(l.text, HAN_DATE, l.start)) marks.push({ start: x.start, end: x.end, fix: '用阿拉伯数字写作“2027年1月15日”的形式' });
  }
  return marks;
}

/**
 * Half-width , ; : ? ! ( ) next to Chinese characters or closing Chinese marks (》, ”, ）), heading
 * markers included: (一) at a heading is also the structure rule's, and the two merge into one finding.
 */
function halfwidthPunct(ctx: Ctx): Mark[] {
  // A full stop between two Chinese characters (一是强化学习.二是…) too; one before a digit or a letter
  // (1.5万, www.gov.cn) is a decimal point or an address.
  // After a figure (96%;纠错率, 8件,纠错): a comma between digits (1,200) has a digit after it, so a Chinese character after it is a clause break.
  // A full stop ending a line after a Chinese character or a percentage (…率100%.) is never a decimal point.
  // A bracket after a closing mark (《行政处罚法》(2021年修订)) is in Chinese text as much as one after a character.
  // Writers used to English put a space after the mark (纠错率7.4%, 负责人…; 强化学习. 二是…): the mark is still half-width.
  // A list number in half-width brackets ((1)网络监管不足;(2)说理不充分) is a half-width bracket too: at a heading it
  // merges with the heading rule's finding, so one mistake gives one finding.
  // A half-width bracket paired with a full-width one (（同比增长12%)) is a half-width mark, not an unpaired bracket.
  const re = new RegExp(`(?<=[\\d%％])[,;:?!](?=[ \\t]*[${CJK}“])|(?<=[${CJK}%％])\\.(?=[ \\t]*$)|(?<=[${CJK}])\\.(?=[ \\t]*[${CJK}“])|(?<=[${CJK}])[,;:?!](?=[${CJK}“‘\\s]|$)|(?<=[${CJK}”’》）」])[,;:?!]|[(](?=[${CJK}])[^()\\n]{0,40}[)]|(?<=[${CJK}》”）])[(][^()\\n]{0,40}[)]|(?<=^[ \\t\u3000]*|[${CJK}，。；、：;:,])[(]\\d{1,2}[)](?=[${CJK}“])|（[^（）()\\n]{0,40}[)]|[(][^（）()\\n]{0,40}）`, 'gmu');
  return matches(ctx.text, re).map((x) => ({ start: x.start, end: x.end, fix: '中文语句中用全角标点：，；：？！（）。' }));
}

/**
 * Full-width marks left without a partner on their line. A half-width mark may be the partner (（同比增长12%)): that
 * pair is one half-width mark, the half-width rule's finding, not an unpaired one. Two lone marks of the same side
 * in a row (“首违不罚“, ”首违不罚”) are one quotation with one mark typed wrong: one finding over the quotation.
 */
function unpaired(ctx: Ctx, open: string, close: string, halfOpen?: string, halfClose?: string, strayMarks?: RegExp): Mark[] {
  const marks: Mark[] = [];
  for (const l of ctx.layout.lines) {
    let stack: number[] = [];
    let loneCloses: number[] = [];
    for (let i = 0; i < l.text.length; i++) {
      const c = l.text[i];
      if (c === open || (halfOpen !== undefined && c === halfOpen)) stack.push(i);
      else if (c === close || (halfClose !== undefined && c === halfClose)) {
        if (stack.length) stack.pop();
        else loneCloses.push(i);
      }
    }
    if (strayMarks) {
      const mixed = strayPartners(l.text, stack, loneCloses, strayMarks);
      for (const m of mixed) marks.push({ start: l.start + m.at, end: l.start + m.at + 1, fix: `改为：${m.lone === 'open' ? close : open}` });
      stack = stack.filter((i) => !mixed.some((m) => m.partner === i));
      loneCloses = loneCloses.filter((i) => !mixed.some((m) => m.partner === i));
    }
    const lone = (list: number[], mark: string, partner: string) => {
      const own = list.filter((i) => l.text[i] === mark);
      for (let k = 0; k < own.length; k++) {
        const a = own[k]!;
        const b = own[k + 1];
        const inner = b === undefined ? '' : l.text.slice(a + 1, b);
        if (b !== undefined && inner.length > 0 && inner.length <= 40 && !/[。！？；]/.test(inner)) {
          marks.push({ start: l.start + a, end: l.start + b + 1, fix: `改为：${open}${inner}${close}` });
          k++;
          continue;
        }
        marks.push({ start: l.start + a, end: l.start + a + 1, fix: `补上对应的“${partner}”` });
      }
    };
    lone(loneCloses, close, open);
    lone(stack, open, close);
  }
  return marks;
}

/**
 * A lone full-width quote whose other side was typed as an ASCII mark (“矛盾不上交", "以公开为常态”): the quotation
 * has both sides, one in the wrong style. The mistake is the ASCII mark alone, so it is the one place reported and
 * the fix replaces only it; the full-width side is then paired, not unpaired. The ASCII mark must be the nearest
 * quote mark on the lone side's open side of the quotation, with Chinese words between, and not an apostrophe
 * inside a Latin word (Xi'an).
 */
function strayPartners(t: string, loneOpens: number[], loneCloses: number[], stray: RegExp): { at: number; partner: number; lone: 'open' | 'close' }[] {
  const found: { at: number; partner: number; lone: 'open' | 'close' }[] = [];
  const usable = (at: number, inner: string) => {
    if (!stray.test(t[at]!) || inner.length === 0 || inner.length > 60) return false;
    if (!isCjk(inner[0]) && !isCjk(inner[inner.length - 1])) return false;
    return !(/[A-Za-z]/.test(t[at - 1] ?? '') && /[A-Za-z]/.test(t[at + 1] ?? ''));
  };
  const quoteMark = /[“”‘’"'＂＇]/;
  for (const o of loneOpens) {
    let j = o + 1;
    while (j < t.length && !quoteMark.test(t[j]!)) j++;
    if (j < t.length && !found.some((f) => f.at === j) && usable(j, t.slice(o + 1, j))) found.push({ at: j, partner: o, lone: 'open' });
  }
  for (const c of loneCloses) {
    let j = c - 1;
    while (j >= 0 && !quoteMark.test(t[j]!)) j--;
    if (j >= 0 && !found.some((f) => f.at === j) && usable(j, t.slice(j + 1, c))) found.push({ at: j, partner: c, lone: 'close' });
  }
  return found;
}

function yearRangeDash(ctx: Ctx): Mark[] {
  const marks: Mark[] = [];
  // Outside 《》 (titles are the title rules' job).
  const titles = [...ctx.text.matchAll(/《[^《》\n]*》/g)].map((m) => [m.index, m.index + m[0].length] as const);
  for (const x of matches(ctx.text, /(?<!\d)(20\d{2})\s*[-－~～〜–]\s*(20\d{2})\s*年/)) {
    if (titles.some(([s, e]) => x.start >= s && x.end <= e)) continue;
    marks.push({ start: x.start, end: x.end, fix: `写作${x.m[1]}—${x.m[2]}年` });
  }
  return marks;
}

function cjkSpace(ctx: Ctx): Mark[] {
  const re = new RegExp(`(?<=[${CJK}，。、；：])[ \\u3000]+(?=[${CJK}])`, 'gu');
  return matches(ctx.text, re).map((x) => ({ start: x.start, end: x.end, fix: '删去空格' }));
}

/** Chinese text or its punctuation beside a mark: the quotation stands in a Chinese sentence. */
const CHINESE_SIDE = /[\u3400-\u4dbf\u4e00-\u9fff，。、；：！？（）]/;
/**
 * A short token of digits or Latin letters quoted in a Chinese sentence ("721"工作法, "1+N", "A+B"岗): the same
 * wrong marks as around Chinese words. Not code or an English phrase: no spaces, no = or /, a Chinese side.
 */
function quotedToken(inner: string, before: string | undefined, after: string | undefined): boolean {
  return /^[A-Za-z0-9+＋\-.·×%]{1,12}$/.test(inner) && (CHINESE_SIDE.test(before ?? '') || CHINESE_SIDE.test(after ?? ''));
}

/**
 * Quotation marks in the wrong style: straight ASCII quotes around Chinese words ("两个确立"), or
 * single quotes ‘…’ used as the outer quotes (they belong inside “…”). Each pair is one place.
 */
function quoteStyle(ctx: Ctx): Mark[] {
  const marks: Mark[] = [];
  for (const l of ctx.layout.lines) {
    const t = l.text;
    let depth = 0;
    // Inside 《》 the words are the title as its issuer printed it (《医疗纠纷‘以案说法’手册》): a title's ‘’ is a quotation
    // within the title, the inner level the single quotes are for; straight and corner quotes there are still wrong.
    let titleDepth = 0;
    for (let i = 0; i < t.length; i++) {
      const c = t[i]!;
      if (c === '“') depth++;
      else if (c === '”') depth = Math.max(0, depth - 1);
      else if (c === '《') titleDepth++;
      else if (c === '》') titleDepth = Math.max(0, titleDepth - 1);
      else if (c === '"' || c === "'" || c === '＂' || c === '＇' || c === '「' || c === '『' || c === '〝' || (c === '‘' && depth === 0 && titleDepth === 0)) {
        // Full-width straight quotes (＂…＂), corner brackets (「…」, 『…』) and the double prime marks some input methods
        // give (〝…〞) are not the marks of mainland official text either.
        const close = ({ '‘': '’', '「': '」', '『': '』', '〝': '〞' } as Record<string, string>)[c] ?? c;
        let j = t.indexOf(close, i + 1);
        // Round 46: a straight double quote closed by a straight single one, or the reverse ("十一个坚持'): one pair of wrong marks.
        const mixed = c === '"' ? "'" : c === "'" ? '"' : '';
        if (j === -1 && mixed) {
          j = t.indexOf(mixed, i + 1);
          if (j !== -1 && (j - i > 21 || !isCjk(t[i + 1]) || !isCjk(t[j - 1]))) j = -1;
        }
        if (j === -1) continue;
        const inner = t.slice(i + 1, j);
        if (!isCjk(inner[0]) && !isCjk(inner[inner.length - 1]) && !quotedToken(inner, t[i - 1], t[j + 1])) continue;
        if (inner.includes('\n') || inner.length > 60) continue;
        marks.push({ start: l.start + i, end: l.start + j + 1, fix: `改为：“${inner}”` });
        i = j;
      }
    }
  }
  return marks;
}

/** The verbs that make a plan the basis of this year's work; 按 alone (按“七五”普法规划要求), not 按期 or 按时. */
const GUIDANCE = /(按照|根据|依据|依照|遵照|遵循|依循|对照|参照|比照|贯彻|落实|执行|实施|围绕|对标|紧扣|推进|推动|抓好|抓实|按(?![期时照]))/g;
/** 在《…》(的)指导下: the plan the year's work is done under. */
const UNDER_GUIDANCE = /^\s*的?(?:正确)?(?:指导|指引|引领|统领)下/;
/**
 * The report's own year told as a span (过去一年, 过去的一年): its 过去 recalls nothing before the year the plan cannot guide.
 * Nor does 当年 naming the year's basis (为当年工作遵循, round 45): there it is the report's year, not 'back then'.
 */
const REPORT_YEAR = /过去(?:的)?一年|当年(?=(?:度)?(?:的)?(?:工作)?(?:遵循|依据|指引|指南|准绳|标准|主线))/g;
/** A plan's name in a clause: another plan's clause (…，迎接“八五”普法总结验收) says nothing of this one's history. */
const PLAN_NAME = /[一二三四五六七八九十]五[”"’]?|规划|纲要|行动计划|《/;

/**
 * Whether the sentence recalls the plan rather than cites it: a word of history (收官, 总结, 回顾…) in the
 * plan's own comma clause, or in a clause that names no other plan (按照…规划，全面总结五年成效), or a sentence that opens with 回顾.
 */
const REPORT_PURPOSE = /^\s*为了?[^，,、]{0,6}总结(?:经验|工作|成效)/u;
const REPORT_FOLLOWS = /现将[^。；]{0,40}(?:报告|述法|汇报|说明)如下/u;

function recallsPlan(clause: string, nameStart: number, nameEnd: number): boolean {
  // A sentence that opens by looking back (回顾“十三五”以来…，先后对照《A》和《B》) tells of every plan it names.
  if (/^\s*(?:回顾|回首|纵观)/.test(clause)) return true;
  // The plan's own name opening, marks left out: a clause that names it again (迎接“八五”普法总结验收) recalls it too.
  const bare = (t: string) => t.replace(/[“”"'‘’《》]/g, '');
  const core = bare(clause.slice(nameStart, nameEnd)).slice(0, 4);
  let from = 0;
  for (const part of clause.split(/(?<=[，,、：:])/)) {
    const to = from + part.length;
    const own = (from < nameEnd && to > nameStart) || bare(part).includes(core);
    // Round 47: the report's own purpose before 现将…报告如下 (为全面总结经验、查找不足，现将…) sums up the report's year, not the plan.
    const reportsPurpose = !own && REPORT_PURPOSE.test(part) && REPORT_FOLLOWS.test(clause.slice(to));
    if (HISTORY.test(part.replace(REPORT_YEAR, '')) && (own || !PLAN_NAME.test(part)) && !reportsPurpose) return true;
    from = to;
  }
  return false;
}

/** Words that put the work told after a plan's name in the past: 曾, 当时, 彼时, 那时. */
const PAST_MARKER = /曾|当时|彼时|那时/;
/** A year told as the time of the work (于2020年, 2019年底), not a span reaching to now (2020年以来, 2020年起), a period's end (2023—2025年) nor a target's (到2020年). */
const WORK_YEAR = /(?<![—–\-－~～至到]\s*)((?:19|20)\d{2})\s*年(?:底|末|初|\d{1,2}\s*月(?:\d{1,2}\s*日)?)?(?![度以起至开前之—–\-－~～到])/g;

/**
 * Whether the clauses after a plan's name tell work of the plan's own years: a past marker (曾, 当时), or a year up to the
 * plan's end as the time of the work. Only the first two comma clauses: they are what the citing verb governs.
 */
function toldPastAfterName(after: string, end: number): boolean {
  const governed = after.split(/[，,]/).slice(0, 2).join('，');
  if (PAST_MARKER.test(governed)) return true;
  return [...governed.matchAll(WORK_YEAR)].some((m) => Number(m[1]) <= end);
}

/** Kept on a superior's word (按照上级通知…继续参照, 根据…的要求仍按), or until the successor is issued (新一轮…印发前). */
const SUPERIORS_KEEP_IT = /(?:按照|根据|遵照)[^。；]{0,30}?(?:通知|要求|安排)[^。；]{0,20}?(?:继续|仍|沿用)|新一轮[^。；，,]{0,16}?(?:印发|出台|发布)(?:前|之前)/;
/** A plan's targets told as met: 各项任务全部完成, 目标任务已如期完成, 主要指标均已完成. */
const PLAN_TARGETS_MET = /(?:任务|目标|指标)[^，,。；]{0,6}?(?:全部|全面|如期|均已|均|已全部|已全面|已如期|已经全部|圆满|顺利)完成/;
/** Words that make the completion an aim (继续贯彻落实《…》，确保各项任务全面完成): still the plan at work. */
const AIMED = /确保|力争|争取|努力|推动|将(?:于|在|全面|如期|按期)/;
const targetsMet = (sentence: string): boolean => {
  const met = PLAN_TARGETS_MET.exec(sentence);
  return !!met && !AIMED.test(sentence.slice(0, met.index + met[0].length));
};

/** A plan named by its 十N五 period without 《》: “十四五”法治政府建设规划, 十四五规划. */
const BARE_FIVE_YEAR_PLAN = /[“"]?十[一二三四五六七八九]五[”"]?[\u4e00-\u9fff]{0,16}?规划/gu;

/** The end of a period a title names: 2021—2025年, or the 十四五 of a local plan. */
function periodEnd(title: string): number | undefined {
  const range = YEAR_SPAN.exec(title);
  if (range) return Number(range[2]);
  const five = /十([一二三四五六七八九])五/.exec(title);
  if (five) return 2021 + 5 * ('一二三四五六七八九'.indexOf(five[1]!) + 1 - 4) + 4;
  return undefined;
}

/**
 * Where a plan named at [at, at + name.length) is cited as the basis of work in a year after its
 * end: a guidance verb just before it (按照、根据、贯彻、落实…), or 以…为遵循 around it, in a clause
 * that does not close or recall it. The year is the draft's, or a later year the sentence opens with
 * (2026年，县政府将继续以…为总遵循, in the plans of a report on 2025). Returns the finding's start.
 */
function citedAsBasis(ctx: Ctx, at: number, name: string, end: number, after = 0): { start: number; year: number } | null {
  const before = ctx.text.slice(0, at);
  // A back reference (把纲要…作为依据) is read from after the plan's name: the period in that name tells no history.
  const clauseStart = Math.max(before.search(/[^。；！？\n]*$/), after, 0);
  const rest = ctx.text.slice(at + name.length);
  const stop = rest.search(/[。；！？\n]/);
  const clauseEnd = at + name.length + (stop === -1 ? rest.length : stop);
  const clause = ctx.text.slice(clauseStart, clauseEnd);
  // “八五”普法规划的2026年度任务: a plan has no tasks for a year after its period, told as done or not (round 32).
  const yearTask = YEAR_TASK_AFTER.exec(rest);
  if (yearTask && Number(yearTask[1]) > end) return { start: at, year: Number(yearTask[1]) };
  const nextTask = nextYearTaskAfter(rest, ctx.year);
  if (nextTask && nextTask.year > end) return { start: at, year: nextTask.year };
  // “七五”普法规划验收标准 made this year's yardstick: its 验收 names the standard, not a look back (expired-citations.ts).
  const yardstick = yardstickAfterPlan(rest, workYearAt(ctx, at), end);
  const read = yardstick ? clause.slice(0, at - clauseStart + name.length) + '　'.repeat(yardstick) + clause.slice(at - clauseStart + name.length + yardstick) : clause;
  if (recallsPlan(read, at - clauseStart, at - clauseStart + name.length)) return null;
  // 对标《…（2020—2025年）》目标，主要指标均已完成: the plan's targets told as met is the plan closed, which
  // currency-2026.md §1 allows (cite it as the completed plan); this year's own work (完成了普法档案整理) is not that.
  if (targetsMet(clause)) return null;
  // 对照《…（2015—2020年）》，全区曾于2020年完成自评，此后持续巩固: what the sentence goes on to tell is work done within
  // the plan's period, so the plan is that work's yardstick then, not this year's.
  if (toldPastAfterName(ctx.text.slice(at + name.length, clauseEnd), end)) return null;
  // currency-2026.md §1: an ended plan may still be followed where the superiors say so. A sentence that keeps to it on a
  // superior's notice (按照…办公室的通知，本报告继续参照…) or until the next plan comes out (在新一轮…规划印发前) says so.
  if (SUPERIORS_KEEP_IT.test(clause.slice(0, at - clauseStart))) return null;
  // Round 61: 2026年，我局坚持…，对照《…（2020—2025年）》 in a report on 2025: the year leading the opening's summary is
  // itself the mistake (opening-year-summary.ts reports it), so the work is the report's year (v63d-year-contradiction-11, audit: in period).
  const led = /^\s*(\d{4})年/.exec(clause);
  const opensWith = led && openingYearSummaries(ctx).includes(clauseStart + led.index + led[0].indexOf(led[1]!)) ? null : led;
  // 2021年起，转入落实《…（2021—2025年）》: a clause dated within the plan's period tells of those years' work.
  if (opensWith && Number(opensWith[1]) <= end) return null;
  // 依据《…（2023—2025年）》制定2026年执法监督计划: the work the plan is cited for is dated after its end (round 45).
  const year = Math.max(workYearAt(ctx, at), opensWith ? Number(opensWith[1]) : 0, laterWorkPlannedAfter(rest) ?? 0);
  if (year <= end) return null;
  const lead = ctx.text.slice(clauseStart, at);
  if (toldOfPastPeriod(ctx, lead, at, end)) return null;
  // 2026年是“八五”普法规划实施的关键一年: a year after the plan's end called one of its years.
  if (opensWith && /^\s*\d{4}年(?:是|为)[^，,：:]*$/.test(lead)) return { start: clauseStart + clause.search(/\S/), year };
  // 自2016年实施《…（2015—2020年）》以来: a year within the plan's period before it, or 以来 after it, tells of the past.
  // The year it was issued, straight before the name (国务院办公厅2017年印发的…), dates the text, not the work.
  const undated = lead.replace(ISSUED_IN, '');
  if ([...undated.matchAll(/((?:19|20)\d{2})\s*年/g)].some((m) => Number(m[1]) <= end) || SINCE_ISSUED.test(rest)) return null;
  // 以《…》为当前工作遵循: 以 just before the plan, 为…遵循 just after it.
  const yi = /[以把将]$/.test(lead) && MADE_BASIS.test(rest) ? at - 1 : null;
  if (yi !== null) {
    const chain = /(?:继续|坚持|始终|仍|仍然|要)*$/.exec(ctx.text.slice(clauseStart, yi));
    return { start: yi - (chain ? chain[0].length : 0), year };
  }
  // 在《…》的指导下: 在 just before the plan, 指导下 just after it.
  if (/在$/.test(lead) && UNDER_GUIDANCE.test(rest)) return { start: at - 1, year };
  // The last guidance verb before the plan, in the same clause and at most 8 characters before it.
  let verb: RegExpExecArray | null = null;
  for (const m of lead.matchAll(GUIDANCE)) verb = m;
  // Who issued it, put between the verb and the name (落实中共中央、国务院转发的“七五”普法规划), is part of the name
  // cited, however long: the verb still governs the plan.
  const gap = verb ? lead.slice(verb.index + verb[0].length) : '';
  if (!verb || (gap.length > 8 && !ISSUED_BY.test(gap))) return null;
  // A verb in the comma clause before (“十五五”规划实施的第一年，也是“八五”…) governs that clause, not this plan.
  if (/[，,：:]/.test(lead.slice(verb.index + verb[0].length))) return null;
  // 深入贯彻落实: start at the first verb of an unbroken chain of verbs and adverbs.
  let start = clauseStart + verb.index;
  const chain = /(?:认真|深入|全面|坚决|严格|持续|扎实|切实)?(?:贯彻|落实|执行|实施)*$/.exec(ctx.text.slice(clauseStart, start));
  if (chain) start -= chain[0].length;
  return { start, year };
}

/**
 * An issuer and the verb of issuing before a cited name: 中共中央、国务院转发的, 省委、省政府印发的, with the date of issue
 * before or after the issuer and to the month, the day or a part of the year (2016年4月中共中央、国务院转发的, 2015年底印发的).
 */
const ISSUE_DATE = String.raw`(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?|底|末|初)?`;
const ISSUED_BY = new RegExp(String.raw`^(?:于?${ISSUE_DATE})?[\u4e00-\u9fff、]{0,16}?(?:于)?(?:${ISSUE_DATE})?(?:印发|转发|发布|出台|制定|颁布)的$`, 'u');
/** The date of issue straight before a cited name, or before a central issuer: 2017年印发的, 于2016年转发的, 2016年4月中共中央、国务院转发的. */
const ISSUED_IN = new RegExp(String.raw`(?:于)?${ISSUE_DATE}${CENTRAL_ISSUER}?(?:印发|转发|发布|出台|制定|颁布)的$`, 'u');

/**
 * A span of years told as past: 过去五年, 五年来, 这五年, 2021—2025年间. Not one year (一年来, 过去一年, 这一年): that is the
 * report's own year, whose work an ended plan cannot guide.
 */
const PAST_SPAN = /过去(?:的)?(?:[两二三四五六七八九]|十[一二三四五六七八九]?|[2-9]|\d{2})年|(?:[两二三四五六七八九]|十[一二三四五六七八九]?)年来|这(?:[两二三四五六七八九]|十)年|规划期内|规划实施期间/u;
/** A section that looks back (一、回顾; 一、回顾与衔接; 工作回顾): its sentences tell of the plans' own years. */
const LOOKING_BACK_HEADING = /回顾|回首/;

/**
 * A sentence framed by a past period tells history, not this year's basis: “十四五”时期，县政府对照《纲要（2021—2025年）》
 * 完成了各项目标任务 — the 十四五 (2021—2025) ends by the plan's end; so does “八五”普法期间 or 2021年至2025年. Likewise 过去五年 and a section headed 回顾.
 */
function toldOfPastPeriod(ctx: Ctx, lead: string, at: number, end: number): boolean {
  if (framingPeriodEnds(lead).some((frameEnd) => frameEnd <= end)) return true;
  if (PAST_SPAN.test(lead)) return true;
  let section = '';
  for (const h of ctx.layout.headings) if (h.start <= at && h.level === 1) section = h.title;
  // A heading dated after the plan (一、2026年工作回顾) reviews this year's work, where the plan is no basis.
  const years = [...section.matchAll(/(?<![\d—–\-－~～至到])((?:19|20)\d{2})(?!\s*[—–\-－~～至到])/g)];
  return LOOKING_BACK_HEADING.test(section) && years.every((y) => Number(y[1]) <= end);
}

/** The end of 以…为…遵循 after the plan, so the finding covers the whole phrase. */
/** A year's share of a plan named just before (的2026年度任务, 2026年工作要点): the year is the one the plan is said to cover. */
const YEAR_TASK_AFTER = /^\s*(?:的|中的)?\s*((?:19|20)\d{2})\s*年度?(?:的)?(?:各项|全部|主要)?(?:工作|重点|目标)?(?:任务|要点|目标|安排|计划)/u;

function basisEnd(ctx: Ctx, start: number, at: number, name: string): number {
  const yearTask = YEAR_TASK_AFTER.exec(ctx.text.slice(at + name.length));
  if (yearTask && start === at) return at + name.length + yearTask[0].length;
  const nextTask = nextYearTaskAfter(ctx.text.slice(at + name.length), ctx.year);
  if (nextTask && start === at) return at + name.length + nextTask.length;
  const under = ctx.text[start] === '在' && start === at - 1 ? UNDER_GUIDANCE.exec(ctx.text.slice(at + name.length)) : null;
  if (under) return at + name.length + under[0].length;
  if (/[以把将]/.test(ctx.text[at - 1] ?? '') && start <= at - 1) {
    const m = MADE_BASIS.exec(ctx.text.slice(at + name.length));
    if (m) return at + name.length + m[0].length;
  }
  return at + name.length;
}

/** Derived once per rule and per cited text (文件), not per draft: the forms are the same for every draft. */
const seriesCache = new WeakMap<object, ReturnType<typeof earlierInSeries>>();
const seriesOf = (resolved: NonNullable<ConsistencyRule['resolved']>) => {
  let s = seriesCache.get(resolved);
  if (!s) seriesCache.set(resolved, (s = earlierInSeries(resolved)));
  return s;
};
const namesCache = new WeakMap<object, { alias: string; run: string }[]>();
const issuedCache = new Map<string, RegExp | null>();
const issuedPatternOf = (title: string) => {
  if (!issuedCache.has(title)) issuedCache.set(title, issuedPlanPattern(title));
  return issuedCache.get(title)!;
};

/** Every form a 文件 is cited by (its names in all wordings, title forms, 文号 forms), each with its longest Chinese run. */
function namesOf(doc: { title: string; aliases: string[]; status?: string }, numbers: Set<string>): { alias: string; run: string }[] {
  let names = namesCache.get(doc);
  if (!names) {
    const all = [...withSeriesNames(doc.aliases), ...bareTitleForms(doc.title), ...plainNamesOfPlan(doc.title, doc.status), ...numbers, ...seriesShortNames(withSeriesNames(doc.aliases))];
    names = all.map((alias) => ({ alias, run: longestHanRun(alias) }));
    namesCache.set(doc, names);
  }
  return names;
}

/** The longest run of Chinese characters in a name (法治政府建设实施纲要 in 《法治政府建设实施纲要》（2021—2025）). */
function longestHanRun(name: string): string {
  let best = '';
  for (const m of name.matchAll(/[\u4e00-\u9fff]+/gu)) if (m[0].length > best.length) best = m[0];
  return best || name;
}

/**
 * A title as writers give it without 《》: as it is (法治政府建设实施纲要（2015—2020年）), and with its
 * period put first (2015—2020年法治政府建设实施纲要). Derived from the title, so every plan gets them.
 */
function bareTitleForms(title: string): string[] {
  const period = planPeriod(title);
  if (!period?.atEnd || !period.before) return [title];
  const { before: full, from, to } = period;
  // The name shortened as writers shorten it: 法治政府建设纲要 for 法治政府建设实施纲要 (the period still says which plan).
  const names = [full!, ...(/.实施纲要$/.test(full!) ? [full!.replace(/实施纲要$/, '纲要')] : [])];
  // Every dash and bracket writers type (the dash and bracket rules correct the form; this rule reads the plan).
  // The period also after the closing mark (《法治政府建设实施纲要》（2021—2025年）): the short title alone names no period.
  // 年 is often left out of the bracket (法治政府建设实施纲要(2021-2025), as currency-2026.md's own evidence page writes it).
  const periods = PERIOD_DASHES.flatMap((d) => [`${from}${d}${to}年`, `${from}${d}${to}`]);
  const forms = names.flatMap((name) => periods.flatMap((p) => [`${name}（${p}）`, `${name}(${p})`, `《${name}》（${p}）`, `《${name}》(${p})`, ...(p.endsWith('年') ? [`${p}${name}`] : [])]));
  return [title, ...new Set(forms.filter((f) => f !== title))];
}
const PERIOD_DASHES = ['—', '-', '－', '–', '～', '~', '至'];

/**
 * A plan whose period ended before the draft's year, cited as the basis of the year's work:
 * 按照/根据/贯彻/落实… then the plan, in one clause, or 以…为遵循. A clause that closes or recalls the
 * plan (收官, 总结, 回顾) is history and stays silent. The finding covers the verb and the plan. A rule
 * for expired plans also reads any other 《…》 title with its own period (《某县法治宣传教育规划（2021—2025年）》,
 * 《壬县“十四五”法治建设规划》): a local plan, whose end the title gives.
 */
/**
 * 《…》以来, 《…》实施以来的历年督察反馈, 《…》印发施行期间: the years since the plan came out (or while it ran) frame a look
 * back, not this year's basis (official-phrases.md A1 D2: recalling an ended plan is allowed).
 */
const SINCE_ISSUED = /^\s*(?:(?:正式)?(?:印发|出台|颁布|发布|公布|施行|实施|贯彻|落实|执行){0,2})(?:以来|期间|时期)/u;

function expiredGuidance(rule: ConsistencyRule, ctx: Ctx): Mark[] {
  if (!ctx.year) return [];
  const marks: Mark[] = [];
  const known = new Set((rule.resolved ?? []).map((d) => titleKey(d.title)));
  const resolved = rule.resolved ?? [];
  // The earlier plans of a series (“六五”普法) are replaced ones, for the rule on replaced documents.
  const series = rule.statuses?.includes('superseded') ? seriesOf(resolved) : [];
  const docs: { title: string; aliases: string[]; end: number; status?: string; docNumber?: string; successor?: { title: string; end?: number } }[] = [...resolved, ...series];
  if (rule.statuses?.includes('expired')) {
    const quoted = quotedTitles(ctx.text);
    // A plan named by its five-year period without 《》 (按照“十四五”法治政府建设规划): a local or the national plan, ended with the period.
    const bare = [...ctx.text.matchAll(BARE_FIVE_YEAR_PLAN)].filter((m) => !quoted.some((q) => m.index >= q.start && m.index < q.end)).map((m) => m[0]);
    for (const inner of [...quoted.map((q) => q.inner), ...bare]) {
      const end = periodEnd(inner);
      if (end === undefined || known.has(titleKey(inner)) || !/规划|纲要|计划|方案/.test(inner)) continue;
      known.add(titleKey(inner));
      docs.push({ title: inner, aliases: [], end, status: 'expired' });
    }
  }
  // The forms of a name run to hundreds (dashes, brackets, quotation marks): search one only when the draft
  // holds its longest run of Chinese characters, each run looked up once.
  const runs = new Map<string, boolean>();
  const present = (run: string) => {
    let has = runs.get(run);
    if (has === undefined) runs.set(run, (has = ctx.text.includes(run)));
    return has;
  };
  const latestOfName = latestEndByBareName(docs);
  for (const doc of docs) {
    // The title in 《》 in any form (hyphens, half-width brackets: the title rules fix those), and the short names.
    const key = titleKey(doc.title);
    // A replaced pilot known by its 文号 is also cited by its full title (…试点工作方案的通知): found from the replacing title.
    const byNumberOnly = /〔\d{4}〕\d+号$/.test(doc.title);
    const pilot = (inner: string) => byNumberOnly && !!doc.successor && isPilotOf(doc.successor.title, inner);
    const places = quotedTitles(ctx.text).filter((q) => titleKey(q.inner) === key || pilot(q.inner)).map((q) => ({ at: q.start, name: ctx.text.slice(q.start, q.end) }));
    const numbers = new Set(docNumberForms(doc.docNumber ?? (byNumberOnly ? doc.title : undefined)));
    const bareName = planPeriod(doc.title)?.before;
    for (const { alias, run } of namesOf(doc, numbers)) {
      if (!present(run)) continue;
      // The bare name (法治政府建设实施纲要) is the latest plan of that name, not an earlier one the draft also names in full.
      if (alias === bareName && (latestOfName.get(alias) ?? doc.end) > doc.end) continue;
      for (let at = ctx.text.indexOf(alias); at !== -1; at = ctx.text.indexOf(alias, at + alias.length)) {
        // A 文号 in the bracket after the title (《…》（中发〔2021〕33号）) is the title's place, not another citation.
        if (numbers.has(alias) && /》\s*[（(][^）)]{0,10}$/.test(ctx.text.slice(Math.max(0, at - 14), at))) continue;
        // A short name opening a 《…》 title (《提升行政执法质量三年行动计划（2023—2025年）》): the whole title.
        const title = quotedTitles(ctx.text).find((q) => q.start === at - 1);
        if (title && places.some((p) => p.at === title.start)) continue;
        // Another period in the title is another plan (a successor's 2026—2028年), not this one.
        if (title && /\d{4}/.test(ctx.text.slice(title.start, title.end)) && !ctx.text.slice(title.start, title.end).includes(String(doc.end))) continue;
        // One place once: “八五”普法 inside “八五”普法规划 is the same citation.
        if (places.some((p) => at >= p.at && at < p.at + p.name.length)) continue;
        places.push(title ? { at: title.start, name: ctx.text.slice(title.start, title.end) } : { at, name: alias });
      }
    }
    // Named by issuer and a finer date (中共中央、国务院2015年12月印发的…): the whole phrase is the place, over any shorter
    // form found inside it.
    const issued = issuedPatternOf(doc.title);
    if (issued && present(longestHanRun(planPeriod(doc.title)?.before ?? doc.title))) {
      for (const m of ctx.text.matchAll(issued)) {
        const end = m.index + m[0].length;
        if (places.some((p) => p.at < m.index && p.at + p.name.length > m.index)) continue;
        for (let i = places.length - 1; i >= 0; i--) if (places[i]!.at >= m.index && places[i]!.at < end) places.splice(i, 1);
        places.push({ at: m.index, name: m[0] });
      }
    }
    const cites: { at: number; name: string; after?: number }[] = [...places, ...backReferences(ctx, doc.title, places)];
    const docMarks: Mark[] = [];
    for (const { at, name, after } of cites) {
      const cited = citedAsBasis(ctx, at, name, doc.end, after);
      if (cited === null) {
        // Round 47: not cited as the basis, but called the plan of a later year (…规划实施之年).
        const labelled = doc.status === 'expired' && after === undefined ? expiredPlanLabel(ctx.text, at, name, doc.end, ctx.year, planPeriod(doc.title)?.from) : null;
        if (labelled) docMarks.push(labelled);
        continue;
      }
      const { start, year } = cited;
      // The plan's yardstick after its name (…规划验收标准) is part of what is cited.
      const end = Math.max(basisEnd(ctx, start, at, name), at + name.length + yardstickAfterPlan(ctx.text.slice(at + name.length), year, doc.end));
      // The plan named and then cited again by its short name in one sentence (对照《纲要（2020—2025年）》，把纲要规定的
      // 任务作为本年度工作的主要依据) is one citing: one finding, from the name to the words that make it the basis.
      const same = docMarks.find((m) => !/[。；！？\n]/.test(ctx.text.slice(m.end, start)) && m.end <= start);
      if (same) {
        same.end = Math.max(same.end, end);
        continue;
      }
      // A back reference in the sentence that names the plan without citing it (本年度是《…》实施的最后一年，对照规划任务
      // 逐项推进) follows that naming: the sentence has said which year the plan is in.
      if (after !== undefined && !/[。；！？\n]/.test(ctx.text.slice(after, at))) continue;
      const succ = doc.successor && (doc.successor.end === undefined || doc.successor.end >= year) ? doc.successor.title : undefined;
      docMarks.push({
        start,
        end,
        message: `${name}${doc.status === 'superseded' ? '已被取代' : `已于${doc.end}年期满`}，不能作为${year}年工作的现行依据。${rule.message}`,
        fix: succ ? `改为现行文件：《${succ}》` : `写${year}年的工作，不要把它写成现行依据，也不要自拟接续文件的名称；按上级本年度的部署写，回顾时写明它已期满（见“2026年度报告写作须知”）`,
      });
    }
    marks.push(...docMarks);
  }
  return marks;
}

/**
 * The latest end among the plans of each bare name (法治政府建设实施纲要: 2015—2020, 2021—2025): a writer who leaves the
 * period out means the plan of that name in force, so the bare name is read only as the latest one.
 */
function latestEndByBareName(docs: readonly { title: string; end: number }[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const d of docs) {
    const name = planPeriod(d.title)?.before;
    if (name) out.set(name, Math.max(out.get(name) ?? 0, d.end));
  }
  return out;
}

/** The words a plan is referred back to by, after its name: 纲要 for a 纲要, 规划 for a 规划, 计划 for a 行动计划. */
const HEAD_NOUN = /纲要|规划|计划|方案/g;
/** Words that make a bare head noun point back (该纲要, 上述规划, 这一纲要, 此规划). */
const POINTING = /(?:该|上述|这一|此|前述)$/;
/** What a bare head noun (纲要) may directly follow and still mean the plan just named: a verb, 把/以/将, a comma. */
const BARE_LEAD = /(?:[，,、：:]|^|按照|根据|依据|依照|对照|参照|落实|贯彻|执行|实施|围绕|对标|紧扣|[把以将在])$/;

/**
 * The places a plan already named is referred back to by its head noun (该纲要, 上述规划; a bare 纲要 in the same
 * paragraph), as a writer does after naming it once: cited as this year's basis, the back reference is the citing.
 * Not when another title or plan with that head noun comes between (the words would point to that one).
 */
function backReferences(ctx: Ctx, title: string, places: { at: number; name: string }[]): { at: number; name: string; after: number }[] {
  if (places.length === 0) return [];
  const head = title.match(HEAD_NOUN)?.at(-1);
  if (!head) return [];
  const first = Math.min(...places.map((p) => p.at + p.name.length));
  const refs: { at: number; name: string; after: number }[] = [];
  let from = first;
  for (let at = ctx.text.indexOf(head, first); at !== -1; at = ctx.text.indexOf(head, at + head.length)) {
    if (places.some((p) => at >= p.at && at < p.at + p.name.length)) {
      from = at + head.length;
      continue;
    }
    const before = ctx.text.slice(Math.max(0, at - 4), at);
    const pointing = POINTING.exec(before);
    const between = ctx.text.slice(from, at);
    // Another plan of that kind or any title between: the words may point to it.
    if (/《/.test(between) || between.includes(head)) break;
    if (pointing) refs.push({ at: at - pointing[0].length, name: pointing[0] + head, after: from });
    // 按照计划, 按方案 say "as planned" as often as they point back: only 纲要 and 规划 stand alone for the plan.
    else if (/纲要|规划/.test(head) && BARE_LEAD.test(ctx.text.slice(Math.max(0, at - 2), at)) && !between.includes('\n')) refs.push({ at, name: head, after: from });
    else break; // 年度普法规划, 工作方案: the noun names another text.
  }
  return refs;
}

/** A law's title as compared: without 中华人民共和国 and a revision note (（2023年修订）). */
const lawKey = (title: string) => titleKey(title.replace(/^中华人民共和国/, '').replace(/[（(]\d{4}年(?:修订|修正)[）)]$/, ''));
/** An earlier text named by its year right before the title: 2017年修正的《…》, 2008年施行的《…》. */
const DATED_VERSION_BEFORE = /((?:19|20)\d{2})\s*年(?:\d{1,2}\s*月(?:\d{1,2}\s*日)?)?(修正|修订|修改|施行|颁布|公布|印发|版)的$/;

/** A basis verb and the text before the revision, without its year: 依照修订前的《…》, 按照原《…》. */
const PRE_REVISION_BEFORE = /((?:按照|根据|依据|依照|遵照|执行|适用|沿用|仍按|仍依照|仍然按照)\s*(?:修订前|修正前|修改前|旧版|旧|原)的?)$/;

/** A verb of citing right before a dated text: 依据2008年施行的…; without it (2008年施行的…历经修订) the year is history. */
const CITING_BEFORE = /(?:按照|根据|依据|依照|遵照|对照|执行|落实|贯彻|适用|沿用|仍按|严格按照)\s*$/;

/**
 * A current law or 条例 named without 《》 (政府信息公开条例, 中华人民共和国行政复议法), outside any 《…》 title:
 * writers drop the marks, and the year before the name still names an earlier text.
 */
function bareLawTitles(text: string, numbered: { title: string }[]): { inner: string; start: number; end: number; bare: true }[] {
  const quoted = quotedTitles(text);
  const out: { inner: string; start: number; end: number; bare: true }[] = [];
  for (const { title } of numbered) {
    const name = title.replace(/^中华人民共和国/, '').replace(/[（(]\d{4}年(?:修订|修正)[）)]$/, '');
    // Only a law, 条例 or 规定 is named bare; a 意见 or 通知 without 《》 is not cited by a year this way.
    if (!/(?:法|条例|规定)$/.test(name)) continue;
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
      const start = text.slice(0, at).endsWith('中华人民共和国') ? at - '中华人民共和国'.length : at;
      if (quoted.some((q) => start >= q.start && start < q.end)) continue;
      out.push({ inner: text.slice(start, at + name.length), start, end: at + name.length, bare: true });
    }
  }
  return out;
}

/** A 文号 in brackets right after a title: （国务院令第711号）, （国办发〔2018〕118号）. */
const DOC_NUMBER_AFTER = /^\s*[（(]([^（）()\n]{0,40}?)[）)]/;
/** The kind of a 文号 without its year and serial (国务院令第号, 国办发〔〕号), so only a number of the same kind is compared. */
const numberKind = (n: string) => n.replace(/[\d〇零一二三四五六七八九十百]+/g, '');

/**
 * A current source cited with another text's 文号 of the same kind: 《政府信息公开条例》（国务院令第492号）
 * where the text in force is 国务院令第711号. A bracket that also names the current number (公布…，第711号修订) is fine.
 */
function docNumber(rule: ConsistencyRule, ctx: Ctx): Mark[] {
  const marks: Mark[] = [];
  const byKey = new Map((rule.numbered ?? []).map((d) => [lawKey(d.title), d]));
  for (const q of [...quotedTitles(ctx.text), ...bareLawTitles(ctx.text, rule.numbered ?? [])]) {
    const doc = byKey.get(lawKey(q.inner));
    if (!doc) continue;
    // 根据2017年修正的《行政复议法》 in a report on a year after the current text took effect (2024): the old text;
    // likewise 依照1999年《行政复议法》 and 《行政处罚法》（2017年修正）.
    const before = ctx.text.slice(Math.max(0, q.start - 12), q.start);
    const after = DATED_VERSION_AFTER.exec(ctx.text.slice(q.end));
    const bare = BARE_YEAR_BEFORE.exec(before);
    const dated = DATED_VERSION_BEFORE.exec(before) ?? (bare ? [bare[0].slice(bare[0].search(/\d/)), bare[1]!, ''] as const : null);
    // A title without 《》 is read only with its year right before it (依据2008年施行的政府信息公开条例): elsewhere
    // the words may be a topic (政府信息公开条例贯彻情况), not a citation.
    // 依照修订前的《行政复议法》: the text before the current one, named without its year (bare too: 依照旧行政复议法).
    const revisedBefore = PRE_REVISION_BEFORE.exec(before);
    if ('bare' in q && !revisedBefore && !(dated && CITING_BEFORE.test(before.slice(0, before.length - dated[0].length)))) continue;
    const datedAfter = !dated && after ? [after[0], after[1]!, after[2] ?? ''] as const : null;
    if (!dated && !datedAfter && revisedBefore && doc.since && ctx.year && ctx.year >= doc.since) {
      const start = q.start - revisedBefore[0].length + revisedBefore[0].indexOf(revisedBefore[1]!);
      marks.push({ start, end: q.end, fix: `按现行文本写：《${q.inner}》（${doc.since}年起施行的文本）`, message: `《${q.inner}》现行文本${doc.since}年起施行，${ctx.year}年的工作不再依据修订前的文本。${rule.message}` });
      continue;
    }
    const version = dated ?? datedAfter;
    // 2023年修订的 is the current text (adopted 2023, in force 2024); 施行 compares with the year it took effect.
    const current = version && (version[2] === '施行' ? doc.since : doc.adopted);
    if (version && current && doc.since && ctx.year && Number(version[1]) < current && ctx.year >= doc.since) {
      const start = dated ? q.start - dated[0].length : q.start;
      const end = dated ? q.end : q.end + version[0].length;
      marks.push({ start, end, fix: `按现行文本写：《${q.inner}》（${doc.since}年起施行的文本）`, message: `《${q.inner}》现行文本${doc.since}年起施行，${ctx.year}年的工作不再依据${version[1]}年的文本。${rule.message}` });
    }
    const m = DOC_NUMBER_AFTER.exec(ctx.text.slice(q.end));
    if (!doc.docNumber || !m || m[1]!.includes(doc.docNumber)) continue;
    for (const n of m[1]!.matchAll(/[\u4e00-\u9fff]{1,8}?(?:〔\d{4}〕\d+号|第\d+号)/gu)) {
      if (numberKind(n[0]) !== numberKind(doc.docNumber) || n[0] === doc.docNumber) continue;
      const start = q.end + m.index + m[0].indexOf(m[1]!) + n.index;
      marks.push({ start, end: start + n[0].length, fix: `改为现行文本的文号：${doc.docNumber}`, message: `《${q.inner}》现行文本的文号是${doc.docNumber}，这里写的“${n[0]}”不是它。${rule.message}` });
    }
  }
  return marks;
}

export function checkConsistency(rule: ConsistencyRule, ctx: Ctx): Mark[] {
  switch (rule.check) {
    case 'opening-year': return openingYear(ctx);
    case 'heading-year': return headingYear(ctx);
    case 'signoff-date-style': return signoffDateStyle(ctx);
    case 'signoff-year': return signoffYear(ctx);
    case 'signoff-before-year-end': return signoffBeforeYearEnd(ctx);
    case 'signoff-after-deadline': return signoffAfterDeadline(ctx);
    // Round 47: signed before the self-inspection its body dates (one rule on the 落款 against the body's own dates).
    case 'signoff-before-review': return [...signoffBeforeReview(ctx), ...signedBeforeOwnWork(ctx, signoffLines(ctx))];
    case 'halfwidth-punct': return halfwidthPunct(ctx);
    case 'unpaired-quote': return unpaired(ctx, '“', '”', undefined, undefined, /["']/);
    case 'unpaired-paren': return unpaired(ctx, '（', '）', '(', ')');
    case 'year-range-dash': return yearRangeDash(ctx);
    case 'cjk-space': return cjkSpace(ctx);
    case 'impossible-date': return impossibleDates(ctx);
    case 'current-year': return [...currentYear(ctx), ...planYearsAhead(ctx)];
    case 'plan-year': return [...planYear(ctx, rule), ...lawYear(rule, ctx)];
    case 'summary-total': return summaryTotalMarks(ctx);
    case 'parts-sum': {
      const marks = [...partsSum(ctx), ...listCount(ctx), ...announcedCount(ctx)];
      const more = [...itemSums(ctx), ...listAfterTotal(ctx), ...partsExceedingWhole(ctx), ...halvesAgainstYear(ctx), ...seriesAndYearParts(ctx), ...breakdownOfEarlierTotal(ctx), ...partsListedLater(ctx), ...datedOccasions(ctx), ...allDoneAgainstCounts(ctx), ...allOfCountAgainstSplit(ctx), ...countedThenAllDone(ctx), ...perMemberTotals(ctx), ...joinedTotals(ctx), ...openingAndAboveLines(ctx), ...bareTotalsAgainstEarlier(ctx), ...namedPartsTotal(ctx), ...sharesOverTotal(ctx), ...itemsAgainstTotal(ctx), ...outcomesAgainstTotal(ctx), ...partsSharingAct(ctx), ...bracketBreakdowns(ctx)];
      more.push(...onUnmarkedPlaces([...countArithmetic(ctx), ...namedBreakdowns(ctx), ...remainderCounts(ctx), ...allOfStock(ctx), ...coverageAgainstStock(ctx), ...changesAgainstStep(ctx), ...transposedBreakdowns(ctx), ...partsOfOneWhole(ctx)], [...marks, ...more]));
      return [...marks, ...more.filter((m) => !marks.some((x) => x.start === m.start || (x.start < m.end && m.start < x.end)))];
    }
    case 'rate': {
      // One place, one mark: the one-sentence rate first, then the rates and changes read across the draft.
      // A rate that agrees with the earlier figure of a restated count (出庭应诉91件 … 出庭应诉89件，出庭应诉率100%) is the
      // same one slip, already marked on the count: one mistake, one finding.
      const marks = rateMismatch(ctx);
      const all = [...marks, ...offMarkedSpans([...rateAndChangeMismatches(ctx), ...sharesAgainstOwnCounts(ctx), ...ratesByActName(ctx), ...fullRateAgainstShare(ctx), ...sharesOverWhole(ctx)], marks)];
      return all.filter((m) => !rateOfRestatedCount(ctx, m));
    }
    case 'quote-style': return quoteStyle(ctx);
    // A dated target past its year (到2025年…) is an ended plan's target: the rule on ended periods reads it too.
    case 'expired-guidance':
      // The earlier central documents ride on the hint rule for replaced predecessors (local practice, earlier-central-documents.ts).
      return [...expiredGuidance(rule, ctx), ...(rule.statuses?.includes('expired') ? expiredTargets(ctx) : []), ...(rule.predecessors ? earlierCentralCitations(ctx) : [])];
    case 'doc-number': return docNumber(rule, ctx);
    case 'event-year': return eventYears(rule, ctx);
    case 'event-before-held': return eventsBeforeHeld(rule, ctx);
  }
}

/** A year's quarters read as an ordinal series and as parts of the year are one finding on their total, not two. */
function seriesAndYearParts(ctx: Ctx): Mark[] {
  const series = seriesSum(ctx);
  return [...series, ...yearPartsAgainstYear(ctx).filter((m) => !series.some((x) => x.start === m.start))];
}

/** A total the opening reading already compared with its numbered lines is one finding, not two. */
function openingAndAboveLines(ctx: Ctx): Mark[] {
  const opening = openingTotalAgainstBody(ctx);
  return [...opening, ...totalAboveNumberedLines(ctx).filter((m) => !opening.some((x) => x.start === m.start))];
}

/** The restated-figure marks of a draft, read once: the rate check asks which counts they fall on. */
const summaryTotalRead = new WeakMap<Ctx, Mark[]>();
function summaryTotalMarks(ctx: Ctx): Mark[] {
  let out = summaryTotalRead.get(ctx);
  if (out) return [...out];
  // The opening-against-body comparison and the restatement anywhere may find one pair twice: keep one mark per place.
  const marks = summaryTotal(ctx);
  const seen = new Set(marks.map((m) => m.start));
  const more = [...restatedFigures(ctx), ...wholeCounts(ctx), ...summaryAgainstBody(ctx), ...sameMeasureTwice(ctx), ...sameNounCounts(ctx), ...scopeUnitCounts(ctx), ...restatedMeasures(ctx), ...sessionAttendance(ctx), ...listSizeRestated(ctx), ...restatedRates(ctx), ...backReferencedCounts(ctx), ...restatedNounFirstCounts(ctx), ...yearSummaryCounts(ctx), ...pointedNounCounts(ctx), ...restatedSessionCounts(ctx), ...planLastYearCounts(ctx), ...planYearFigures(ctx), ...planStockCounts(ctx), ...closedAboveHandled(ctx), ...countsBeyondTotal(ctx), ...placeNamedWholes(ctx), ...confirmedFigureRestated(ctx), ...restatedLookedBack(ctx), ...wayNamedCounts(ctx), ...openingActInOtherWords(ctx), ...openingMeasureSynonyms(ctx), ...oneActCounts(ctx)].filter((m) => !seen.has(m.start) && seen.add(m.start));
  more.push(...[...thisYearCounts(ctx), ...wholeNounCounts(ctx), ...concededYearCounts(ctx)].filter((m) => !seen.has(m.start) && seen.add(m.start)));
  // The general same-key reader speaks only on pairs no shape reader has marked at either place.
  const touches = (m: Mark, x: Mark) => (m.places ?? [m]).some((p) => (x.places ?? [x]).some((q) => p.start < q.end && q.start < p.end));
  // A verbless opening total (全年合同129份) against the body's one count of its thing: likewise only where none spoke.
  more.push(...bareOpeningTotals(ctx).filter((m) => ![...marks, ...more].some((x) => touches(m, x)) && !seen.has(m.start) && seen.add(m.start)));
  more.push(...sameKeyCounts(ctx).filter((m) => ![...marks, ...more].some((x) => touches(m, x)) && !seen.has(m.start) && seen.add(m.start)));
  // The tuple reader compares every count by one likeness; it speaks only where no shape reader has already.
  // A later total that adds up earlier counts alike is the sum of parts, whichever reader read it as a restatement.
  // An item line in a split by units (（一）县直部门聘请…58名（二）乡镇聘请…60名) is a share of the total, not it restated.
  const found = [...marks, ...more].filter((m) => !totalOfEarlierParts(ctx, m.start) && !inUnitSplit(ctx, m.start));
  out = [...found, ...offMarkedSpans(tupleMismatches(ctx), found)].filter((m) => !otherAgents(ctx, m) && !siblingItems(ctx, m) && !ofTwoOccasions(ctx, m));
  summaryTotalRead.set(ctx, out);
  return out;
}

/**
 * Whether a pair's two counts name different doers or audiences in their clauses (法律顾问全年审查合同29份 … 审查合同38份):
 * two measures. A count without one that calls itself the whole (我局共审查各类合同45份, 全区开展…42场) takes in what any
 * doer did, so an adviser's count may restate it. A count granted before 但 (旁听庭审虽已组织12人次，但…) names no new doer:
 * it refers back to the count told earlier, whoever that one names.
 */
const CALLS_ITSELF_WHOLE = /共|累计|合计|总计|各类|全[县市区镇乡局]/u;
function otherAgents(ctx: Ctx, m: Mark): boolean {
  if (m.places?.length !== 2) return false;
  const clauses = m.places.map((p) => ctx.text.slice(startBefore(ctx.text, p.start, CLAUSE_BREAK), p.start));
  const [a, b] = m.places.map((p, i) => namedAgent(clauses[i]!) || carriedAgent(ctx.text, p.start));
  // The same digits in another order (75件 … 57件) are a typing slip, whoever each clause names.
  const [x, y] = m.places.map((p) => Number(/\d+/u.exec(ctx.text.slice(p.start, p.end))?.[0] ?? NaN));
  if (a === b || (!!digitKey(x!) && digitKey(x!) === digitKey(y!))) return false;
  const unnamed = a ? 1 : 0;
  if (!!a && !!b) return true;
  // Round 60 (v62d-number-mismatch-02, -11): the opening's count of the year's work (审查合同281份) is the whole; a doer's
  // count above it (经法律顾问审查的合同282份) cannot be a share of it, so it restates it.
  const [o, e] = ctx.layout.opening;
  const inOpening = m.places[unnamed]!.start >= o && m.places[unnamed]!.start < e;
  if (inOpening && [x, y][1 - unnamed]! > [x, y][unnamed]!) return false;
  return !CALLS_ITSELF_WHOLE.test(clauses[unnamed]!) && !grantedBeforeBut(ctx.text, clauses[unnamed]!, m.places[unnamed]!.end);
}

/** Whether a pair's two counts belong to two events, two doers' shares or two inspections: two measures. */
function ofTwoOccasions(ctx: Ctx, m: Mark): boolean {
  return m.places?.length === 2 && twoOccasions(ctx.text, m.places[0]!, m.places[1]!, ctx.year);
}

/** Whether a pair's two counts sit in two 一是…二是… items of one paragraph: two tasks, whatever reader paired them. */
function siblingItems(ctx: Ctx, m: Mark): boolean {
  return m.places?.length === 2 && inSiblingListItems(ctx.text, m.places[0]!.start, m.places[1]!.start);
}

/** Whether a rate's part is a count marked as a restatement whose earlier figure gives the rate as written. */
function rateOfRestatedCount(ctx: Ctx, rate: Mark): boolean {
  const [whole, part] = rate.places ?? [];
  const stated = /(\d+(?:\.\d+)?)\s*[%％]$/u.exec(ctx.text.slice(rate.start, rate.end));
  if (!whole || !part || !stated) return false;
  const value = (p: { start: number; end: number }) => Number(/\d+(?:\.\d+)?/u.exec(ctx.text.slice(p.start, p.end))?.[0] ?? NaN);
  const digits = (stated[1]!.split('.')[1] ?? '').length;
  return summaryTotalMarks(ctx).some((m) => {
    const earlier = m.places?.[0];
    if (!earlier || m.start >= part.end || part.start >= m.end || earlier.start === m.start) return false;
    return Math.abs((value(earlier) / value(whole)) * 100 - Number(stated[1])) <= 0.5 * 10 ** -digits + 1e-9;
  });
}

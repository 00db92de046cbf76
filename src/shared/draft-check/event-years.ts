/**
 * A year called an event's anniversary, its Nth year or the year it was held: 今年是新中国成立75周年 (1949 + 75 is
 * 2024), 今年是全面推行行政执法“三项制度”的第一年 (the 指导意见 came out 2018-12 / 2019-01), 今年是中央全面依法治国
 * 工作会议召开之年 (2020 and 2025). The events and their years are rule data (consistency.yaml, the years filled in
 * from the sources by compileRules); this module only reads the sentence that dates them. Only a sentence that
 * names its year as the event's (今年是…, 2025年恰逢…) is read: 在…75周年之际 alone says nothing of the year.
 */
import { escapeRegExp } from '../escape-regexp.ts';
import type { Ctx, Mark } from './context.ts';
import type { ConsistencyRule } from './types.ts';
import { foldDraft } from './date-reader.ts';

/**
 * The year claimed, then 是/恰逢…, then the event within the same clause. A clause that opens with 恰逢, 适逢 or 正值 and
 * names no year (适逢新中国成立75周年，我局…) frames the report's own year, as 今年 does.
 */
const CLAIM = /(?:(今年|本年度?|((?:19|20)\d{2})\s*年度?)\s*(?:也|又|正|恰)?(?:是|为|恰逢|正值|适逢|正逢|迎来)|(?:^|[。；！？\n，,]\s*)(恰逢|适逢|正值|正逢))[^，,。；！？\n]{0,12}$/u;
const COUNT = '[一二三四五六七八九十百零〇]{1,5}|\\d{1,3}';
/**
 * What the sentence says the year is: the event's Nth year, its Nth anniversary (召开10周年, 成立75周年), or the year it
 * was held (召开之年).
 */
// Up to two verbs: a constitution is 公布施行, 颁布实施 in one breath (现行宪法颁布实施40周年).
const EVENT_VERB = '(?:召开|举行|举办|印发|出台|发布|作出|实施|施行|公布|颁布|提出|正式提出|确立)';
// 胜利召开, 隆重召开: the manner word before the verb says nothing of the year.
const AFTER = new RegExp(`^[”"’]?(?:的)?(?:(?:胜利|隆重)?${EVENT_VERB}{1,2}(?:的)?)?(?:第(${COUNT})个?年|(${COUNT})周年)|^[”"’]?(?:的)?(?:胜利|隆重)?(召开|举行|举办|印发|出台|发布)之年`, 'u');
/**
 * Round 30: the years of carrying out a meeting's spirit (今年是全面贯彻党的二十大精神的第二年, …精神的开局之年): they are
 * counted from the year after the meeting, held late in its year (二十大 2022-10-16, official-phrases.md F1), so 2023 is
 * the first (开局之年).
 */
const SPIRIT_AFTER = new RegExp(`^[”"’]?(?:的)?精神的?(?:(开局之)年|第(${COUNT})个?年)`, 'u');

/**
 * A meeting dated by the year it was held, written before its name (今年11月召开的中央全面依法治国工作会议, 去年召开的…):
 * only meetings (召开, 举行), whose years are those they were held in; a 文件's year may be another text's.
 */
const HELD_BEFORE = /(今年|本年度?|去年|上一?年度?|((?:19|20)\d{2})\s*年)\s*(?:\d{1,2}\s*月份?(?:\s*\d{1,2}\s*日)?)?\s*(?:胜利|隆重)?(?:召开|举行)的$/u;

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** 75, 七十五, 一百, 一百零三: a count as writers give it. */
function countOf(n: string): number {
  if (/^\d+$/.test(n)) return Number(n);
  let total = 0;
  let digit = 0;
  for (const c of n) {
    if (c === '十') { total += (digit || 1) * 10; digit = 0; }
    else if (c === '百') { total += (digit || 1) * 100; digit = 0; }
    else digit = DIGITS[c] ?? 0;
  }
  return total + digit;
}

/** A name matched with or without quotation marks between its characters (全面推行行政执法“三项制度”). */
export function nameSource(name: string): string {
  const plain = [...name.replace(/[“”"‘’]/g, '')].map((c) => escapeRegExp(c));
  return plain.join('[“”"‘’]?');
}

const compiled = new WeakMap<object, RegExp>();

export function eventYears(rule: ConsistencyRule, ctx: Ctx): Mark[] {
  const events = (rule.events ?? []).filter((e) => e.years?.length);
  if (!events.length) return [];
  const text = foldDraft(ctx);
  const marks: Mark[] = [];
  for (const event of events) {
    let re = compiled.get(event);
    if (!re) compiled.set(event, (re = new RegExp(`[“"]?(?:${event.names.map(nameSource).join('|')})`, 'gu')));
    const years = event.years!;
    for (const m of text.matchAll(re)) {
      const heldBefore = HELD_BEFORE.exec(text.slice(Math.max(0, m.index - 24), m.index));
      if (heldBefore) {
        // 去年, 上年 count back one year from the report's.
        const lastYear = /^(?:去|上)/.test(heldBefore[1]!);
        const claimed = heldBefore[2] ? Number(heldBefore[2]) : ctx.year && (lastYear ? ctx.year - 1 : ctx.year);
        if (claimed && !years.includes(claimed)) {
          const start = m.index - heldBefore[0].length + heldBefore[0].indexOf(heldBefore[1]!);
          const claimWord = heldBefore[2] ? `${claimed}年` : `${heldBefore[1]}（${claimed}年）`;
          marks.push({ start, end: m.index + m[0].length, message: `${m[0]}在${years.join('年、')}年召开，${claimWord}没有召开。`, fix: `${m[0]}召开于${years.join('年、')}年，核对年份` });
        }
        continue;
      }
      const following = text.slice(m.index + m[0].length);
      const spirit = SPIRIT_AFTER.exec(following);
      // 精神的开局之年 is its first year; the count starts the year after the meeting.
      const after = spirit ? null : AFTER.exec(following);
      if (!spirit && !after) continue;
      const [whole, nth, anniversary, held]: (string | undefined)[] = spirit ? [spirit[0], spirit[2] ?? '一'] : [...after!];
      const counted = spirit ? years.map((y) => y + 1) : years;
      // A lead cut from mid-text starts with a mark, so ^ in CLAIM means only the draft's start.
      const from = Math.max(0, m.index - 24);
      const lead = (from > 0 ? '\u0000' : '') + text.slice(from, m.index);
      const claim = CLAIM.exec(lead);
      if (!claim) continue;
      const claimed = claim[2] ? Number(claim[2]) : ctx.year;
      if (!claimed) continue;
      const n = nth ? countOf(nth) : anniversary ? countOf(anniversary) : 0;
      const fits = (y: number) => (held ? y === claimed : nth ? y + n - 1 === claimed : y + n === claimed);
      if (counted.some(fits) || (!held && n <= 0)) continue;
      // The event's year nearest before the year claimed is the one the writer counts from.
      const base = counted.filter((y) => y <= claimed).at(-1) ?? counted[0]!;
      // 2022年是全面贯彻党的二十大精神的开局之年: the meeting's own year comes before the first year of carrying it out.
      const meetingYear = spirit && base > claimed && years.includes(claimed);
      if (!held && base > claimed && !meetingYear) continue;
      const right = nth ? claimed - base + 1 : claimed - base;
      const name = m[0];
      const claimWordAt = claim[0].indexOf(claim[1] ?? claim[3]!);
      const start = m.index - claim[0].length + claimWordAt;
      const end = m.index + name.length + whole!.length;
      const claimWord = claim[2] ? `${claimed}年` : `今年（${claimed}年）`;
      const when = years.length > 1 ? years.join('年、') + '年' : `${base}年`;
      marks.push({
        start,
        end,
        message: held
          ? `${name}在${when}，${claimWord}不是它的${held}之年。`
          : meetingYear
            ? `${name}召开于${claimed}年，贯彻其精神从${base}年算起，${claimWord}还不是${n === 1 ? '开局之年' : `第${n}年`}。`
          : spirit
            ? `${name}召开于${years.join('年、')}年，贯彻其精神从${base}年算起，${claimWord}是第${right}年，这里写的是${n === 1 ? '开局之年' : `第${n}年`}。`
            : `${name}在${base}年，${claimWord}是${nth ? `第${right}年` : `${right}周年`}，这里写的是${nth ? `第${n}年` : `${n}周年`}。`,
        fix: held ? `${name}${held}于${when}，核对年份` : meetingYear ? `改为${base}年，或核对年份` : `改为${nth ? `第${right}年` : `${right}周年`}，或核对年份`,
      });
    }
  }
  return marks;
}

/**
 * One reader of dates for every date check. 公文 write the 落款 and many body dates in Han numerals
 * (二〇二七年一月十五日, 二○二七年元月, 2027年元月, 二〇二六年度, 今年（二〇二六年）) and some writers type
 * full-width digits; the checks are written against ASCII digits. foldDates rewrites every such date
 * part into ASCII digits without moving any character, so a check reads the folded text and marks
 * offsets that are still the draft's own. The few parts whose digits would be longer than the Han
 * (十月, 十日) stay Han there and are read by readDates directly.
 */
import { cnNumber } from './text.ts';

/** Full-width digits to ASCII, one character for one, so offsets stay the same. */
export function foldDigits(text: string): string {
  return text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

// The zero as writers type it when 〇 is not at hand: ○, 零, the letter O (二O二六年), a full-width Ｏ, a 0 among Han digits.
const HAN_DIGIT: Record<string, string> = { '〇': '0', '○': '0', '零': '0', 'Ｏ': '0', 'O': '0', 'o': '0', '0': '0', '一': '1', '二': '2', '三': '3', '四': '4', '五': '5', '六': '6', '七': '7', '八': '8', '九': '9' };
const HAN_DIGITS = '〇○零ＯOo0一二三四五六七八九';

/** A Han number of a month or a day (一, 十, 十二, 三十一) as ASCII digits, or null when it is none. */
function hanNumber(han: string): string | null {
  const n = han === '元' ? 1 : cnNumber(han);
  return Number.isFinite(n) && n > 0 ? String(n) : null;
}

/** Han digits as ASCII when they fit in the Han's place; shorter digits are padded with spaces in front (a check reads \s* there). */
function fit(han: string, digits: string | null): string {
  return digits !== null && digits.length <= han.length ? digits.padStart(han.length, ' ') : han;
}

// 二〇二六年: four Han digits before 年, read as a year only when it is one (19xx, 20xx).
const HAN_YEAR = new RegExp(`(?<![${HAN_DIGITS}十])([${HAN_DIGITS}]{4})(?=\\s*年)`, 'gu');
// 年一月, 年十二月, 年元月 (a month written after a year), and 二月三十日 (a Han month before a Han day).
const HAN_MONTH = /(?<=年\s*)(元|[一二三四五六七八九十]{1,2})(?=\s*月)|(?<![一二三四五六七八九十统单逐每同唯])([一二三四五六七八九十]{1,2})(?=\s*月\s*[一二三四五六七八九十]{1,3}\s*[日号])/gu;
// 年一至九月, 年一—十一月: a range of months, its first month (the last is folded after it, from the digit before).
const HAN_MONTH_RANGE_FROM = /(?<=年\s*)([一二三四五六七八九十]{1,2})(?=\s*(?:至|到|—|–|-|－|~|～)\s*[一二三四五六七八九十]{1,2}\s*月)/gu;
const HAN_MONTH_RANGE_TO = /(?<=\d\s*(?:至|到|—|–|-|－|~|～)\s*)([一二三四五六七八九十]{1,2})(?=\s*月)/gu;
// 月十五日, 月三十一号 (a day written after a month, Han or folded).
const HAN_DAY = /(?<=月\s*)([一二三四五六七八九十]{1,3})(?=\s*[日号])/gu;

/**
 * Each draft's fold, keyed by the check's context: several checks fold the same draft in turn, and the fold goes
 * with the context instead of living on in a module variable after the check.
 */
const foldedDrafts = new WeakMap<{ text: string }, string>();

/** The whole draft of a check's context, folded as foldDates does, once per draft. */
export function foldDraft(ctx: { text: string }): string {
  let folded = foldedDrafts.get(ctx);
  if (folded === undefined) {
    folded = foldDates(ctx.text);
    foldedDrafts.set(ctx, folded);
  }
  return folded;
}

/** The text with every date's year, month and day in ASCII digits where they fit, offsets unchanged. */
export function foldDates(text: string): string {
  let t = foldDigits(text);
  if (!/[〇○零Ｏ一二三四五六七八九十元]/.test(t)) return t;
  t = t.replace(HAN_YEAR, (han) => {
    const year = [...han].map((c) => HAN_DIGIT[c]).join('');
    return /^(?:19|20)\d\d$/.test(year) && /[^\dOo]/.test(han) ? year : han;
  });
  t = t.replace(/元(?=\s*月)/g, (c, at: number) => (/\d\s*年\s*$/.test(t.slice(Math.max(0, at - 4), at)) ? '1' : c));
  t = t.replace(HAN_MONTH, (han) => fit(han, hanNumber(han)));
  t = t.replace(HAN_MONTH_RANGE_FROM, (han) => fit(han, hanNumber(han)));
  t = t.replace(HAN_MONTH_RANGE_TO, (han) => fit(han, hanNumber(han)));
  return t.replace(HAN_DAY, (han) => fit(han, hanNumber(han)));
}

export interface DateMention {
  start: number;
  end: number;
  /** Offset of the year's first character, when the date has a year. */
  yearStart?: number;
  year?: number;
  month: number;
  day?: number;
  /** For a date without a year: the year of the date before it in the same sentence (2026年2月1日至2月29日). */
  contextYear?: number;
}

// 2027年2月30日, 2026年13月, 2月30日 (a month without a year and a day says nothing).
const ARABIC = /(?<![\d.．])(?:(\d{4})\s*年\s*)?(?<![\d.．])(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?/gu;
// 2027.2.30, 2027-02-30, 2027/2/30
const NUMERIC = /(?<![\d.．\-/／])(\d{4})[.．\-/／](\d{1,2})[.．\-/／](\d{1,2})(?![\d]|[.．\-/／]\d)/gu;
// What the fold leaves Han (二〇二六年十月十日 folds to 2026年十月十日, 2026年12月十日 stays so): read here.
const HAN_LEFT = /(?<!\d)(\d{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月(?:\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号])?/gu;

/** Every date with at least a month in it, in any notation, in the text's own offsets (plus offset); `folded` when the caller has the fold. */
export function readDates(text: string, offset = 0, folded = foldDates(text)): DateMention[] {
  const t = folded;
  const found = new Map<number, DateMention>();
  const push = (m: RegExpMatchArray, year: number | undefined, month: number, day: number | undefined) => {
    const start = offset + m.index!;
    // The longer reading of the same start wins (2026年12月 against 2026年12月十日).
    const prev = found.get(start);
    if (prev && prev.end - prev.start >= m[0].length) return;
    found.set(start, { start, end: start + m[0].length, month, ...(year !== undefined ? { year, yearStart: start } : {}), ...(day !== undefined ? { day } : {}) });
  };
  for (const m of t.matchAll(ARABIC)) {
    if (!m[1] && !m[3]) continue;
    push(m, m[1] ? Number(m[1]) : undefined, Number(m[2]), m[3] ? Number(m[3]) : undefined);
  }
  for (const m of t.matchAll(NUMERIC)) push(m, Number(m[1]), Number(m[2]), Number(m[3]));
  for (const m of t.matchAll(HAN_LEFT)) {
    if (!/[一二三四五六七八九十]/.test(m[2]! + (m[3] ?? ''))) continue;
    push(m, Number(m[1]), Number(hanNumber(m[2]!) ?? m[2]), m[3] ? Number(hanNumber(m[3]) ?? m[3]) : undefined);
  }
  const out = [...found.values()].sort((a, b) => a.start - b.start);
  out.forEach((d, i) => {
    const prev = out[i - 1];
    const y = prev?.year ?? prev?.contextYear;
    if (d.year === undefined && y !== undefined && !/[。；;\n]/.test(t.slice(prev!.end - offset, d.start - offset))) d.contextYear = y;
  });
  return out;
}

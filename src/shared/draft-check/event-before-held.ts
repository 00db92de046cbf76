/**
 * An event named in a report before it happened: 本年度认真学习贯彻党的二十届四中全会精神 in a report on 2024 signed in March
 * 2025, when the plenum met in October 2025 (currency-2026.md 2.2). The events and their dates are the event-year rule's
 * data, dated by their sources in compileRules; events known only by a fixed year (新中国成立) are never late. Only an
 * event after the reported year is read: one within it or before may be in the report whatever the 落款 says. The report
 * was written by its 落款 date, so an event dated after it cannot be in it; without a 落款 date, only an event two years or
 * more after the reported year is read (a report is written in the year after the one it reports on), and only as a hint.
 * A sentence looking ahead to the event (即将召开, 迎接…胜利召开) names it before it happens and stays silent.
 */
import type { Ctx, Mark } from './context.ts';
import type { ConsistencyRule } from './types.ts';
import { foldDraft, readDates } from './date-reader.ts';
import { nameSource } from './event-years.ts';
import { signoffLines } from './checks/dates.ts';
import { sentenceAround } from './sentence.ts';

const AHEAD = /即将|将于|将要|行将|迎接|召开前|召开之前|前夕/u;

/** A date as a number that sorts: 2025-10-23 is 20251023, 2025-11 is 20251100. */
const sortKey = (y: number, m: number, d = 0) => y * 10000 + m * 100 + d;
function keyOf(date: string): { key: number; hasDay: boolean } | null {
  const m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?/.exec(date);
  return m ? { key: sortKey(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : 0), hasDay: !!m[3] } : null;
}

/** The 落款 date with a year and a month, or null. */
function signoffDate(ctx: Ctx): { key: number; hasDay: boolean; words: string } | null {
  for (const l of signoffLines(ctx)) {
    const d = readDates(l.text, l.start).find((x) => x.year !== undefined);
    if (d) return { key: sortKey(d.year!, d.month, d.day), hasDay: d.day !== undefined, words: ctx.text.slice(d.start, d.end) };
  }
  return null;
}

const compiled = new WeakMap<object, RegExp>();

export function eventsBeforeHeld(rule: ConsistencyRule, ctx: Ctx): Mark[] {
  const year = ctx.year;
  if (!year) return [];
  const signed = signoffDate(ctx);
  const text = foldDraft(ctx);
  const marks: Mark[] = [];
  for (const event of rule.events ?? []) {
    const first = event.dates?.map(keyOf).find((k) => k !== null);
    if (!first) continue;
    const eventYear = Math.floor(first.key / 10000);
    // After the 落款: by month, or by day where both have one.
    // A 落款 dated before an event of the reported year or earlier is the 落款's own slip, the signing-date rules' finding.
    if (eventYear <= year) continue;
    const late = signed
      ? first.key > signed.key && (Math.floor(first.key / 100) > Math.floor(signed.key / 100) || (first.hasDay && signed.hasDay))
      : eventYear >= year + 2;
    if (!late) continue;
    let re = compiled.get(event);
    if (!re) compiled.set(event, (re = new RegExp(event.names.map(nameSource).join('|'), 'gu')));
    for (const m of text.matchAll(re)) {
      if (lineIndex(ctx, m.index) === ctx.layout.titleLine) continue;
      if (AHEAD.test(sentenceAround(text, m.index, { end: m.index + m[0].length, stops: /[。；！？\n]/ }).text)) continue;
      const when = event.dates![0]!.replace(/^(\d{4})-0?(\d{1,2})(?:-0?(\d{1,2}))?.*/, (_, y, mo, d) => `${y}年${mo}月${d ? `${d}日` : ''}`);
      marks.push({
        start: m.index,
        end: m.index + m[0].length,
        message: signed
          ? `${m[0]}在${when}，晚于本报告的落款日期${signed.words}：报告${year}年度情况时还没有这件事。`
          : `${m[0]}在${when}，报告${year}年度情况时还没有这件事。`,
        fix: `核对名称或年份（${m[0]}在${when}）`,
        ...(signed ? {} : { hintOnly: true }),
      });
    }
  }
  return marks;
}

const lineIndex = (ctx: Ctx, at: number) => ctx.layout.lines.findIndex((l) => at >= l.start && at <= l.end);


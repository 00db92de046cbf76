/**
 * A report signed before the work it reports (落款2023年12月28日, while the body says 市局于2024年1月组织开展了…自查): the body
 * dates the report's own self-inspection (or review) after the 落款's month, told as done. The 落款 is when the report was made,
 * after the work it reports, so the two dates contradict each other. A hint of internal consistency (no reference line); a
 * December self-inspection that dates nothing later stays silent, as round 43 ruled.
 */
import type { Ctx, Mark } from './context.ts';
import { readDates } from './date-reader.ts';
import { sentenceAround } from './sentence.ts';
import { impossibility } from './checks/dates.ts';

/** The report's own inspection after the date, told as done: 组织开展了…自查, 进行了全面自查, 完成…自评. */
const OWN_INSPECTION_AFTER = /^[^。；\n]{0,12}?(?:组织|开展|进行|完成|启动)[^。；，,\n]{0,24}?(?:自查|自评|自检)/u;
/**
 * Round 54: any of the report's own events on a full date after the 落款's day, told as done (2027年1月20日，召开全面依法
 * 治理工作推进会; 于2025年1月18日举办了…培训). Only right after the date, so another body's step dated elsewhere stays out.
 */
const OWN_EVENT_AFTER = /^[^。；\n]{0,6}?(?:召开|举办|举行|组织|开展|进行|完成|启动|印发|出台)/u;
/** Another body's step: a notice, a deadline or a call the report answers, not its own work. */
const OTHER_BODYS = /通知|要求|部署|安排|截至|截止|起施行|施行/u;
/** A meeting on the report itself (召开会议审议本报告): a report may be signed before it is passed, so not its work. */
const ON_THE_REPORT = /本报告|审议|审定/u;

/** A step still to come or a deadline (将于, 拟于, 计划于, …前): not the date of work done. */
const NOT_DONE = /将|拟|计划|力争|前|底前|以前|之前|要求/u;

export function signedBeforeOwnWork(ctx: Ctx, signoff: { text: string; start: number }[]): Mark[] {
  const signed = signoff.flatMap((l) => readDates(l.text, l.start)).find((d) => d.year !== undefined && d.day !== undefined);
  if (!signed) return [];
  const signoffStart = ctx.layout.lines[ctx.layout.signoff[0] ?? ctx.layout.lines.length]?.start ?? signed.start;
  const body = ctx.text.slice(0, Math.min(signoffStart, signed.start));
  const month = (d: { year?: number; month: number }) => d.year! * 12 + d.month;
  const day = (d: { year?: number; month: number; day?: number }) => month(d) * 32 + (d.day ?? 0);
  for (const d of readDates(body)) {
    if (d.year === undefined || month(d) < month(signed)) continue;
    const inspection = month(d) > month(signed) ? OWN_INSPECTION_AFTER.exec(body.slice(d.end)) : null;
    const event = !inspection && d.day !== undefined && day(d) > day(signed) ? OWN_EVENT_AFTER.exec(body.slice(d.end)) : null;
    const after = inspection ?? event;
    if (!after) continue;
    const sentence = sentenceAround(body, d.start, { end: d.end, stops: /[。；！？\n]/ });
    const before = sentence.text.slice(0, d.start - sentence.start);
    if (NOT_DONE.test(before) || NOT_DONE.test(after[0])) continue;
    if (event && (OTHER_BODYS.test(before) || OTHER_BODYS.test(after[0]) || ON_THE_REPORT.test(sentence.text) || impossibility(d))) continue;
    const when = ctx.text.slice(d.start, d.end);
    const what = inspection ? '开展这次自查' : '开展这项工作';
    return [{
      start: signed.start,
      end: signed.end,
      message: `正文说${when}才${what}，落款日期却在这之前；落款是报告的成文日期，不会早于报告所写的工作。`,
      fix: `落款日期不早于${when}，或核对正文的${inspection ? '自查' : '工作'}日期`,
    }];
  }
  return [];
}

/**
 * A report signed before the work it reports (落款2023年12月28日, while the body says 市局于2024年1月组织开展了…自查): the body
 * dates the report's own self-inspection (or review) after the 落款's month, told as done. The 落款 is when the report was made,
 * after the work it reports, so the two dates contradict each other. A hint of internal consistency (no reference line); a
 * December self-inspection that dates nothing later stays silent, as round 43 ruled.
 */
import type { Ctx, Mark } from './context.ts';
import { readDates } from './date-reader.ts';
import { sentenceAround } from './sentence.ts';

/** The report's own inspection after the date, told as done: 组织开展了…自查, 进行了全面自查, 完成…自评. */
const OWN_INSPECTION_AFTER = /^[^。；\n]{0,12}?(?:组织|开展|进行|完成|启动)[^。；，,\n]{0,24}?(?:自查|自评|自检)/u;
/** A step still to come or a deadline (将于, 拟于, 计划于, …前): not the date of work done. */
const NOT_DONE = /将|拟|计划|力争|前|底前|以前|之前|要求/u;

export function signedBeforeOwnWork(ctx: Ctx, signoff: { text: string; start: number }[]): Mark[] {
  const signed = signoff.flatMap((l) => readDates(l.text, l.start)).find((d) => d.year !== undefined && d.day !== undefined);
  if (!signed) return [];
  const signoffStart = ctx.layout.lines[ctx.layout.signoff[0] ?? ctx.layout.lines.length]?.start ?? signed.start;
  const body = ctx.text.slice(0, Math.min(signoffStart, signed.start));
  const month = (d: { year?: number; month: number }) => d.year! * 12 + d.month;
  for (const d of readDates(body)) {
    if (d.year === undefined || month(d) <= month(signed)) continue;
    const after = OWN_INSPECTION_AFTER.exec(body.slice(d.end));
    if (!after) continue;
    const sentence = sentenceAround(body, d.start, { end: d.end, stops: /[。；！？\n]/ });
    if (NOT_DONE.test(sentence.text.slice(0, d.start - sentence.start)) || NOT_DONE.test(after[0])) continue;
    const when = ctx.text.slice(d.start, d.end);
    return [{
      start: signed.start,
      end: signed.end,
      message: `正文说${when}才开展这次自查，落款日期却在这之前；落款是报告的成文日期，不会早于报告所写的工作。`,
      fix: `落款日期不早于${when}，或核对正文的自查日期`,
    }];
  }
  return [];
}

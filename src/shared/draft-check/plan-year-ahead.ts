/**
 * A plan section that sets out next year's work (2027年，本人将…) and then opens another sentence on a year further on
 * (2028年，我们将…) or on the reported year itself (2026年，我们将…, round 36); a heading naming next year (四、2027年工作安排) sets it too (round 41): the next steps of an annual report are the next year's, so the second year is most likely a slip
 * for the first. Only when the section itself names the next year as its plan's year, and only sentence-opening
 * years (到2028年, 2028年前 are targets over several years and stay silent). The reference has no line on this: a
 * 提示 of internal consistency (consistency-current-year).
 */
import type { Ctx, Mark } from './context.ts';
import { foldDraft } from './date-reader.ts';
import { PLAN_SECTION } from './plan-section.ts';

/** A year opening a sentence or a line, then a short subject and 将: 2027年，本人将 / 2027年，我局将. */
const PLAN_YEAR_OPENING = /(?<=^|[。；！？\n]\s*)(\d{4})\s*年(?:度)?[，,]\s*[\u3400-\u9fff]{0,8}?将/gmu;

/** [start, end, heading] of each level-1 section whose heading names plans. */
function planSections(ctx: Ctx, length: number): [number, number, string][] {
  const level1 = ctx.layout.headings.filter((h) => h.level === 1);
  const signoffStart = ctx.layout.signoff.length ? ctx.layout.lines[ctx.layout.signoff[0]!]!.start : length;
  return level1.flatMap((h, i) => (PLAN_SECTION.test(h.title) && !/整改|反馈/.test(h.title.replace(/整改措施|改进措施/, '')) ? [[h.start, Math.min(level1[i + 1]?.start ?? length, signoffStart), h.title] as [number, number, string]] : []));
}

/**
 * Round 36: 将 also puts an object before its verb (2026年，我局将普法纳入考核): told of the reported year, that is a look back at
 * what was done, not a plan. Such a clause names where the object went (纳入, 列为, 作为…) or says it is done (了, 已).
 */
const DISPOSAL = /纳入|列入|列为|作为|确定为|定为|转化为|融入|了|已/u;
function isRecap(text: string, at: number): boolean {
  const rest = text.slice(at);
  const end = rest.search(/[。；！？\n]/);
  return DISPOSAL.test(end === -1 ? rest : rest.slice(0, end));
}

export function planYearsAhead(ctx: Ctx): Mark[] {
  const year = ctx.year;
  if (!year) return [];
  const text = foldDraft(ctx);
  const marks: Mark[] = [];
  for (const [from, to, heading] of planSections(ctx, text.length)) {
    const opened = [...text.slice(from, to).matchAll(PLAN_YEAR_OPENING)].map((m) => ({ year: Number(m[1]), at: from + m.index }));
    // Round 41: the heading naming the next year (四、2026年工作安排) sets the plan's year as well as an opening does.
    const headingNamesNext = new RegExp(`${year + 1}\\s*年`, 'u').test(heading) && !new RegExp(`${year}\\s*年`, 'u').test(heading);
    if (!headingNamesNext && !opened.some((o) => o.year === year + 1)) continue;
    for (const o of opened) {
      if (o.year === year && !isRecap(text, o.at)) {
        marks.push({
          start: o.at,
          end: o.at + 4,
          message: `下一步打算说的是${year + 1}年的工作（本节已写“${year + 1}年，…将”），这里却写报告年度${year}年：${year}年已经过去，不再是“将”做的事。`,
          fix: `核对年份，是${year + 1}年吗`,
        });
        continue;
      }
      if (o.year < year + 2) continue;
      marks.push({
        start: o.at,
        end: o.at + 4,
        message: `下一步打算说的是${year + 1}年的工作（本节已写“${year + 1}年，…将”），这里却写${o.year}年。`,
        fix: `核对年份，是${year + 1}年吗`,
      });
    }
  }
  return marks;
}

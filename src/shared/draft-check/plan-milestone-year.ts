/**
 * A plan's first or last year given to the reported year in a second clause with no subject of its own: 今年是《法治政府
 * 建设实施纲要（2021—2025年）》实施的关键之年，也是收官之年 in a report on 2024, 本年度是《…（2026—2030年）》落地见效之年，同时
 * 是开局之年 in one on 2027 (round 41). planYear reads a label set right after the plan's name; here the first clause
 * names the plan and the year (its subject), the second only the label, so the label is that year's too. The period is
 * read from the title the first clause cites (plan-period.ts); currency-2026.md line 11 gives the same reading ("2025年
 * 是…的收官之年"). A second clause with a subject of its own (明年是收官之年, 2025年将是收官之年), a first clause dated
 * another year, or a label measured from another (收官之年的前一年) stays silent.
 */
import type { Mark } from './context.ts';
import { clauseSubjectYear } from './clause-subject-year.ts';
import { YEAR_SPAN } from './plan-period.ts';

/** A clause with no subject, calling the same year a plan's first or last year: ，也是收官之年 / ，同时是开局之年. */
const ELIDED_LABEL = /[，,]\s*(?:也|又|同时|更|还|亦)(?:将)?是\s*(?:规划的?|纲要的?)?(收官之年|收官年|最后一年|开局之年|起步之年|开局年|第一年)(?![的前后])/gu;
/** The first clause: up to 40 characters back, its plan's title with a period. */
const SPAN_IN_CLAUSE = new RegExp(`[《“][^《》“”，,。；\\n]{0,40}?${YEAR_SPAN.source}[^《，,。；\\n]{0,30}$`, 'u');

/** Marks on the second-clause labels whose year the cited plan's period contradicts. */
export function elidedPlanLabels(text: string, reportYear: number | undefined): Mark[] {
  const marks: Mark[] = [];
  for (const m of text.matchAll(ELIDED_LABEL)) {
    const clause = text.slice(Math.max(0, m.index - 70), m.index);
    const plan = SPAN_IN_CLAUSE.exec(clause);
    if (!plan) continue;
    const planAt = m.index - clause.length + plan.index;
    const subject = clauseSubjectYear(text, planAt, reportYear);
    if (!subject) continue;
    const from = Number(plan[1]);
    const to = Number(plan[2]);
    const last = /收官|最后/.test(m[1]!);
    const due = last ? to : from;
    if (due === subject.year) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    const which = last ? '收官之年（最后一年）' : '开局之年（第一年）';
    marks.push({
      start,
      end: start + m[1]!.length,
      fix: `规划期是${from}—${to}年，${which}是${due}年，核对年份或说法`,
      message: `前一分句说的是${subject.year}年（“${subject.words}”），所引规划期是${from}—${to}年，它的${which}是${due}年，不是${subject.year}年。`,
    });
  }
  return marks;
}

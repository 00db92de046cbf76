/**
 * Round 54: a next-steps heading dated by the reported year (四、2026年整改措施 in a self-inspection on 2026 signed in
 * 2027): the plans a report sets out are for the year after the one it reviews (requirements.md 二: 下一年度…主要安排),
 * so the heading's year is a slip for the next. A heading on the work done (2026年工作开展情况, 整改措施落实情况) is not
 * a plans heading; a report signed within its own year may still plan for the rest of it and stays silent.
 */
import type { Heading } from './text.ts';
import { isNextStepsHeading } from './plan-section.ts';

/** A year opening the heading's words (2026年整改措施, 2026年度工作打算), the year captured. */
const HEADING_YEAR = /^\s*((?:19|20)\d{2})\s*年度?/u;

/**
 * The name of a section (整改措施, 工作打算), not a list item's sentence under a year (（一）2026年，按照…部署安排…;
 * 2025年4月30日前完成…计划公示): a level-1 heading of a few words with no clause break or further date.
 */
const SECTION_NAME = /^[^，,。；、\d]{2,12}$/u;

/** Offsets of the years of plan headings dated the reported year or the one before it. */
export function planHeadingsOwnYear(headings: Heading[], text: string, year: number, signedAfterYear: boolean): number[] {
  if (!signedAfterYear) return [];
  const found: number[] = [];
  for (const h of headings) {
    const m = h.level === 1 ? HEADING_YEAR.exec(h.title) : null;
    if (!m) continue;
    const y = Number(m[1]);
    const rest = h.title.slice(m[0].length);
    if ((y !== year && y !== year - 1) || !SECTION_NAME.test(rest) || !isNextStepsHeading(rest)) continue;
    const at = text.indexOf(m[1]!, h.markerEnd);
    if (at !== -1) found.push(at);
  }
  return found;
}

/**
 * The reported year's own 述法评议 told as already rectified (对2024年度述法评议指出的问题已全部整改, in a report on 2024):
 * a year's 述法 and its 评议 come after the report on that year (requirements.md 二: the report is on the year just
 * ended), so the problems a report says it has rectified are those of an earlier year's 评议. The year was most likely
 * written for the earlier one.
 */
import type { YearScope } from './last-year-work.ts';
import { sentenceAround } from './sentence.ts';

/** A year's 述法 review: 2024年度述法评议, 2024年述法点评, 2024年度述职述法评议. */
const YEARS_REVIEW = /(\d{4})\s*年度?(?:述职)?述法(?:评议|点评|考评|测评)/gu;
/** The review's findings told as rectified or being rectified. */
const RECTIFIED = /整改|反馈的|指出的/;
/** The review still to come: what will be done with its result (将纳入考核), or a review awaited. */
const STILL_TO_COME = /将|拟|待|即将|届时|计划|准备/;

/** Offsets of the reported year written as the year of a 述法评议 whose findings the report has rectified. */
export function ownYearReviewRectified({ year, text, skipped }: Pick<YearScope, 'year' | 'text' | 'skipped'>): number[] {
  const found: number[] = [];
  for (const m of text.matchAll(YEARS_REVIEW)) {
    if (Number(m[1]) !== year || skipped(m.index)) continue;
    const { text: sentence } = sentenceAround(text, m.index);
    if (RECTIFIED.test(sentence) && !STILL_TO_COME.test(sentence)) found.push(m.index);
  }
  return found;
}

/**
 * Years that are one end of a span of years (“七五”普法（2016—2020年）, 2021至2025年期间, 2016年—2020年): the span names a
 * plan's or a review's period, so neither end claims to be the year a report speaks of. Readers of the current year
 * drop such years, whatever words stand around them; a month span (2025年1月至12月) is not one and stays read.
 */
import { YEAR_SPAN } from './plan-period.ts';

/** YEAR_SPAN, with 年 or 年度 allowed after the first year too (2016年至2020年, 2021年度—2022年度). */
const SPANS = new RegExp(YEAR_SPAN.source.replace('(\\d{4})\\s*', '(\\d{4})\\s*(?:年度?)?\\s*'), 'gu');

/** The offsets of both years of every span of years in a text. */
export function yearSpanEnds(text: string): Set<number> {
  const ends = new Set<number>();
  for (const m of text.matchAll(SPANS)) {
    ends.add(m.index);
    ends.add(m.index + m[0].lastIndexOf(m[2]!));
  }
  return ends;
}

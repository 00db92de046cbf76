/**
 * Currency of the phrase bank and the sources (issue 13). The site's advice is current for
 * reports on REPORT_YEAR: written in early 2027, they cover 2026, the first year of 十五五.
 * A plan whose period ended before that year is 期满, never 现行.
 */
import { periodEnd } from './draft-check/substitution-rules.ts';

/** The year of work the site's advice is current for. */
export const REPORT_YEAR = 2026;

/** Fields of a phrase entry or a source this module reads. */
export interface Dated {
  status?: string;
  period?: [number, number];
}

/** The last year of the entry's period: the period field, else a period written in the wording (（2021—2025年）). */
export function lastYear(entry: Dated, wording = ''): number | undefined {
  return entry.period?.[1] ?? periodEnd(wording);
}

/**
 * Why an entry may not be labelled 现行, or undefined when it may: its period (typed, or
 * written in its wording or title) ended before REPORT_YEAR.
 */
export function staleCurrent(entry: Dated, wording = ''): string | undefined {
  if ((entry.status ?? 'current') !== 'current') return undefined;
  const end = lastYear(entry, wording);
  if (end !== undefined && end < REPORT_YEAR) {
    return `期限到${end}年为止，已在${REPORT_YEAR}年之前期满，不能标为现行。修正方法：改为 status: expired，并写 period: [起始年, ${end}]`;
  }
  return undefined;
}

/** Formats a period for readers: 2021—2025年. */
export const periodLabel = ([from, to]: [number, number]) => `${from}—${to}年`;

/**
 * 今年, 本年度, 去年 or 明年 stating its year outright (今年是2025年，部分干部…; 本年度为2025年度。) where the report's year
 * makes it another: in a report on 2026, 今年 is 2026. A year kept from last year's draft. Only a year that closes its
 * clause is a statement of the year: 今年是2021年以来首次… compares, and 今年是2026年“八五”普法… names the period.
 * A year after the report's year stated as 今年 stays silent: a report is written early the next year, and its plans may
 * call that year 今年 (今年是2027年，我局将…).
 */
const STATED = /(今年|本年度?|去年|上一?年度?|明年|下一?年度?)(?:正|也|已|恰)?(?:是|为)\s*(\d{4})\s*年度?(?=\s*[，,。；;！!：:])/gu;

/** The year a relative word means in a report on `year`: 明年, 来年, 下一年度, 新的一年 the next; 去年, 上年度 the one before. */
export const yearMeantBy = (word: string, year: number): number =>
  /^(?:明|来|下(?!半)|新)/.test(word) ? year + 1 : /^(?:去|上(?!半))/.test(word) ? year - 1 : year;

/** Offsets of the stated years that are not the year the word means. */
export function statedRelativeYears(text: string, year: number): number[] {
  const found: number[] = [];
  for (const m of text.matchAll(STATED)) {
    const meant = yearMeantBy(m[1]!, year);
    const stated = Number(m[2]);
    if (stated === meant || (meant === year && stated === year + 1)) continue;
    found.push(m.index + m[0].lastIndexOf(m[2]!));
  }
  return found;
}

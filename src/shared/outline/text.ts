/**
 * Text measures and date formatting shared by the .docx layout and the report model; kept apart
 * from gongwen-docx.ts so that a page can use them without loading the docx package.
 */

/** A calendar date without a clock, so no time zone can move the day. */
export interface YMD {
  year: number;
  month: number;
  day: number;
}

/** Width in characters of the body font: Chinese and full-width forms 1, ASCII ½. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u0000-\u00ff]/.test(ch) ? 0.5 : 1;
  return w;
}

/** 2027年1月15日: Arabic numerals, full year, no leading zeros. */
export function formatDate(date: Date | YMD | string): string {
  if (typeof date === 'string') return date;
  const { year, month, day } = date instanceof Date ? { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() } : date;
  return `${year}年${month}月${day}日`;
}

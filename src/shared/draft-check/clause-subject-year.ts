/**
 * The year a clause names as its subject before a label of that year (今年是…收官之年, 2025年是…开局之年, 本年度是…第二年).
 * An opening sentence often names the report's year more than once (按照…2023年度述法工作的安排，今年是…第二年，现将
 * 本人2023年度述法情况报告如下): the clause's own subject says which year the label is given to, whatever else the
 * sentence dates.
 */
export interface SubjectYear {
  year: number;
  /** Where the subject starts in the text, and its length (今年, 2025年度). */
  at: number;
  length: number;
  /** The words as written. */
  words: string;
}

/** The subject, then 是 or a word of the same use, then at most a plan's name up to the label. */
const SUBJECT = /(?:^|[，,。；;：:\n])\s*(今年|本年度?|明年|来年|去年|(\d{4})\s*年度?)(?:也|又|正|恰|将|已)?(?:是|作为|为|正值|恰逢|适逢)([^，,。；;：:\n]{0,40})$/u;

/**
 * The subject of the clause that ends at `labelAt` (where the plan or law's name starts), or null. Years of words
 * count from the report's year: 明年, 来年 the next, 去年 the one before.
 */
export function clauseSubjectYear(text: string, labelAt: number, reportYear: number | undefined): SubjectYear | null {
  const lead = text.slice(Math.max(0, labelAt - 60), labelAt);
  const m = SUBJECT.exec(lead);
  if (!m) return null;
  const words = m[1]!;
  const offset = m[2] ? 0 : /^(?:明|来)年/.test(words) ? 1 : words === '去年' ? -1 : 0;
  const year = m[2] ? Number(m[2]) : reportYear === undefined ? null : reportYear + offset;
  if (year === null) return null;
  const at = labelAt - lead.length + m.index + m[0].indexOf(words);
  return { year, at, length: words.length, words };
}

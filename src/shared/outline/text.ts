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

/** Function words that may end a title line: a break after them keeps each line's sense whole. */
const LINE_END_WORDS = new Set(['的', '和', '及', '与', '关于']);

/**
 * A long title broken into lines of at most `maxWidth` characters, as GB/T 9704 7.3.1 asks: whole
 * words on each line (词意完整) and lines of about the same length, the upper no longer than the
 * lower (梯形). Words come from Intl.Segmenter; a break is allowed only between two words of two
 * or more characters, or after a function word, because the segmenter splits names and compounds
 * into single characters (委员/会, 述/职); never between a number and its unit. A title that fits, or has no allowed break, is one line.
 */
export function titleLines(title: string, maxWidth: number): string[] {
  if (textWidth(title) <= maxWidth) return [title];
  const words = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(title)].map((s) => s.segment);
  const breaks: number[] = [];
  let offset = 0;
  for (let i = 0; i < words.length - 1; i++) {
    offset += words[i].length;
    const [before, after] = [words[i], words[i + 1]];
    // A number stays with its unit (2026年度).
    if (/^[0-9０-９]+$/.test(before)) continue;
    if ((before.length >= 2 && after.length >= 2) || LINE_END_WORDS.has(before)) breaks.push(offset);
  }
  const lineCount = Math.ceil(textWidth(title) / maxWidth);
  let best: { lines: string[]; cost: number } | undefined;
  // Titles have two or three lines; try every choice of lineCount − 1 breaks (a few dozen at most).
  const choose = (from: number, start: number, picked: number[]) => {
    if (picked.length === lineCount - 1) {
      const cuts = [0, ...picked, title.length];
      const lines = cuts.slice(1).map((end, i) => title.slice(cuts[i], end));
      const widths = lines.map(textWidth);
      if (widths.some((w) => w > maxWidth)) return;
      // Unequal lines cost their spread; a lower line shorter than the one above costs a little more.
      const cost = Math.max(...widths) - Math.min(...widths) + widths.slice(1).reduce((c, w, i) => c + (w < widths[i] ? 0.5 : 0), 0);
      if (!best || cost < best.cost) best = { lines, cost };
      return;
    }
    for (let b = from; b < breaks.length; b++) if (breaks[b] > start) choose(b + 1, breaks[b], [...picked, breaks[b]]);
  };
  choose(0, 0, []);
  return best?.lines ?? [title];
}

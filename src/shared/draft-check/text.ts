/**
 * The draft's layout: lines with offsets, numbered headings, the title, the opening
 * and the 落款. Every checker reads this once instead of re-splitting the text.
 */

export interface Line { start: number; end: number; text: string }

export type HeadingLevel = 1 | 2 | 3 | 4;

export interface Heading {
  level: HeadingLevel;
  /** The number as an integer (一 → 1, 12 → 12). */
  num: number;
  /** The marker as written, e.g. 一、 or (一) or 1、 */
  marker: string;
  /** Offsets of the marker in the original text. */
  start: number;
  markerEnd: number;
  /** The heading's words up to the first 。 or the end of the line. */
  title: string;
  /** Whether the marker deviates in form: 一. 一， for level 1; half-width brackets for 2 and 4; 1、 for 3. */
  style: 'standard' | 'dot' | 'halfwidth' | 'dun';
  line: number;
}

export interface Layout {
  lines: Line[];
  headings: Heading[];
  /** Index of the title line, or -1. */
  titleLine: number;
  /** [start, end) of the opening: after the title, before the first level-1 heading (or the first 600 characters). */
  opening: [number, number];
  /** Indices of the lines of the 落款 (signature and date) at the end, possibly empty. */
  signoff: number[];
}

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 一 … 九十九 as written in headings. */
export function cnNumber(s: string): number {
  if (s.length === 1) return CN_DIGITS[s] ?? NaN;
  const ten = s.indexOf('十');
  if (ten === -1) return NaN;
  const hi = ten === 0 ? 1 : CN_DIGITS[s.slice(0, ten)] ?? NaN;
  const lo = ten === s.length - 1 ? 0 : CN_DIGITS[s.slice(ten + 1)] ?? NaN;
  return hi * 10 + lo;
}

const CN = '[一二三四五六七八九十]{1,3}';
// Markers at the start of a line (after indentation). Order matters: bracketed forms first.
const H2 = new RegExp(`^([（(])(${CN})([）)])`);
const H4 = /^([（(])(\d{1,2})([）)])/;
const H1 = new RegExp(`^(${CN})([、.．，,])`);
const H3 = /^(\d{1,2})([.．、，,])(?![\d.．])/;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      lines.push({ start, end: i, text: text.slice(start, i) });
      start = i + 1;
    }
  }
  return lines;
}

function headingOf(line: Line, index: number): Heading | null {
  const indent = line.text.length - line.text.trimStart().length;
  const t = line.text.slice(indent);
  let m: RegExpExecArray | null;
  let level: HeadingLevel;
  let num: number;
  let style: Heading['style'] = 'standard';
  if ((m = H2.exec(t))) {
    level = 2;
    num = cnNumber(m[2]!);
    if (m[1] === '(' || m[3] === ')') style = 'halfwidth';
  } else if ((m = H4.exec(t))) {
    level = 4;
    num = Number(m[2]);
    if (m[1] === '(' || m[3] === ')') style = 'halfwidth';
  } else if ((m = H1.exec(t))) {
    level = 1;
    num = cnNumber(m[1]!);
    if (m[2] !== '、') style = 'dot';
    // 一，二，三 at a line start is a sentence more often than a heading: require 、 or a dot.
    if (m[2] === '，' || m[2] === ',') return null;
  } else if ((m = H3.exec(t))) {
    level = 3;
    num = Number(m[1]);
    if (m[2] === '、') style = 'dun';
    if (m[2] === '，' || m[2] === ',') return null;
  } else return null;
  if (!Number.isFinite(num)) return null;
  const marker = m[0];
  const rest = t.slice(marker.length);
  const stop = rest.search(/[。；;]/);
  const title = (stop === -1 ? rest : rest.slice(0, stop)).trim();
  if (!title) return null;
  return { level, num, marker, start: line.start + indent, markerEnd: line.start + indent + marker.length, title, style, line: index };
}

/**
 * Whether a short line looks like a report title. The bare kind of report (述法报告, 自查报告, 述职报告) is a title on its own
 * when the organ and the person stand on the next line (述法报告⏎中共某区委书记 某某).
 */
function isTitle(t: string): boolean {
  return (t.length >= 6 || /^[\u4e00-\u9fff]{2}报告$/.test(t)) && t.length <= 80 && /(报告|述法|述职|自查)/.test(t) && !/[。；]$/.test(t);
}

const DATE_LINE = /^[（(]?\s*(\d{4}|[〇○零ＯO一二三四五六七八九]{4})\s*[年.\-/／．]/;

/**
 * 2.2026年是开局之年 / 2.12月底前完成: a list item whose words open with a figure. Read alone, 2.2026 could be a decimal,
 * so H3 refuses it; it is the item when it carries on the list just above it (1. before it, with no other heading
 * between) or opens one (1.2026年… with 2. as the next heading). 1、2月份 stays a pair of months unless a year follows.
 */
export const H3_BEFORE_FIGURE = /^(\d{1,2})([.．]|、(?=\d{4}年))(?=\d)/;

function figureLedItem(line: Line, index: number, before: Heading | undefined, after: Heading | undefined): Heading | null {
  const indent = line.text.length - line.text.trimStart().length;
  const t = line.text.slice(indent);
  const m = H3_BEFORE_FIGURE.exec(t);
  if (!m) return null;
  const num = Number(m[1]);
  const continues = before?.level === 3 && before.num === num - 1;
  const opens = num === 1 && after?.level === 3 && after.num === 2;
  if (!continues && !opens) return null;
  const rest = t.slice(m[0].length);
  const stop = rest.search(/[。；;]/);
  const title = (stop === -1 ? rest : rest.slice(0, stop)).trim();
  const start = line.start + indent;
  return { level: 3, num, marker: m[0], start, markerEnd: start + m[0].length, title, style: m[2] === '、' ? 'dun' : 'standard', line: index };
}

function readHeadings(lines: Line[]): Heading[] {
  const found = lines.map((l, i) => headingOf(l, i));
  // The next heading after each line, filled from the end: one pass, however many blank lines a draft has.
  const next: (Heading | undefined)[] = new Array(found.length);
  for (let i = found.length - 1, after: Heading | undefined; i >= 0; i--) {
    next[i] = after;
    if (found[i]) after = found[i]!;
  }
  const headings: Heading[] = [];
  found.forEach((h, i) => {
    const item = h ?? figureLedItem(lines[i]!, i, headings.at(-1), next[i]);
    if (item) headings.push(item);
  });
  return headings;
}

export function layout(text: string): Layout {
  const lines = splitLines(text);
  const headings = readHeadings(lines);
  let titleLine = -1;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text.trim();
    if (!t) continue;
    if (isTitle(t)) titleLine = i;
    break;
  }
  const firstL1 = headings.find((h) => h.level === 1);
  const openStart = titleLine >= 0 ? lines[titleLine]!.end : 0;
  const openEnd = firstL1 ? firstL1.start : Math.min(text.length, openStart + 600);
  // 落款: the last few short non-empty lines, if one of them is a date.
  const signoff: number[] = [];
  let hasDate = false;
  for (let i = lines.length - 1; i >= 0 && signoff.length < 4; i--) {
    const t = lines[i]!.text.trim();
    if (!t) continue;
    if (t.length > 30 || /[。；，]/.test(t)) break;
    if (headings.some((h) => h.line === i)) break;
    signoff.unshift(i);
    if (DATE_LINE.test(t) || /\d{1,2}\s*月\s*\d{1,2}\s*日/.test(t)) hasDate = true;
  }
  return { lines, headings, titleLine, opening: [openStart, Math.max(openStart, openEnd)], signoff: hasDate ? signoff : [] };
}

/** The level-1 heading (or the title, for the opening) whose section contains offset. */
export function sectionAt(l: Layout, offset: number): string | undefined {
  let found: string | undefined;
  for (const h of l.headings) {
    if (h.start > offset) break;
    if (h.level === 1) found = `${h.marker}${h.title}`;
  }
  if (!found && offset < l.opening[1]) return '开头';
  return found;
}

/**
 * The importer's cleaning rules, one function each, applied in the order of `cleanLines`.
 * They change layout, markers and punctuation width only; they never reword the report.
 * Each rule is unit-tested in tests/unit/importer-rules.test.ts.
 */

import { TABLE_LINE_PATTERN } from './docx.ts';

/** CJK ideographs and CJK punctuation: the characters next to which spaces are layout, not text. */
const CJK = '\\p{Script=Han}\\u3000-\\u303F\\uFF00-\\uFFEF“”‘’—…·';
const CJK_CHAR = new RegExp(`[${CJK}]`, 'u');

/** Characters after which a line is a complete sentence or clause (so it is not a PDF line break). */
const LINE_END = /[。！？；：:;!?…”’）)》」』】〕\]]$/u;

/** Rule 1. Removes paywall markers such as ##paidbegin## and ##paidend##, wherever they stand. */
export function stripPaywallMarkers(text: string): { text: string; removed: number } {
  let removed = 0;
  const out = text.replace(/##\s*paid\s*(?:begin|end)\s*##/giu, () => {
    removed++;
    return '';
  });
  return { text: out, removed };
}

/** Page footers left by PDF extraction: — - 1 - —, - 2 -, 第 3 页, 第3页共9页. */
const PAGE_FOOTER = /^(?:[—–\-－\s]*\d+[—–\-－\s]*|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?)$/u;

/** Rule 2. Drops lines that are only a page number. */
export function isPageFooter(line: string): boolean {
  return PAGE_FOOTER.test(line.trim()) && /\d/.test(line);
}

/**
 * Rule 3. Normalises whitespace inside a line: trims ideographic and other spaces at both ends,
 * removes spaces that touch a CJK character (layout from PDFs and justified text), and folds
 * runs of spaces between Latin words or digits to one.
 */
export function normalizeWhitespace(line: string): string {
  return line
    .replace(/[\s\u3000\u00A0\uFEFF]+/gu, ' ')
    .trim()
    .replace(new RegExp(`(?<=[${CJK}]) | (?=[${CJK}])`, 'gu'), '');
}

/**
 * Rule 4. Normalises punctuation width in Chinese text: ASCII brackets, commas, semicolons,
 * colons, question and exclamation marks become their full-width forms when they touch Chinese
 * text, and an unmatched pair such as （) is made consistent. Decimal points, times and
 * Latin-only passages are left alone.
 */
export function normalizePunctuation(line: string): string {
  if (!CJK_CHAR.test(line)) return line;
  return line
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/,(?!\d)/g, '，')
    .replace(/;/g, '；')
    .replace(/:(?!\d)/g, '：')
    .replace(/\?/g, '？')
    .replace(/!/g, '！');
}

/** Heading markers of Chinese official documents, from the top level down (GB/T 9704 order). */
export const HEADING_MARKERS = [
  /^[一二三四五六七八九十]+、/u, // 一、
  /^[（(][一二三四五六七八九十]+[）)]/u, // （一） or (一) before punctuation is normalised
  /^\d{1,2}[、.．](?!\d)/u, // 1、 1.
  /^[（(]\d{1,2}[）)]/u, // （1）
] as const;

/** Returns the marker depth (1–4) of a line that starts with a heading marker, else 0. */
export function headingDepth(line: string): number {
  const i = HEADING_MARKERS.findIndex((re) => re.test(line));
  return i + 1;
}

/**
 * Rule 5. Rejoins lines that PDF extraction broke in mid-sentence (e.g. 法治思 / 维、).
 * A line is joined to the next when it is long (a full printed line, ≥ minLength characters),
 * does not end with sentence or clause punctuation, does not start with a heading marker, and
 * the next line does not start with one. Short lines (titles, signatures, dates) never join.
 */
export function rejoinBrokenLines(lines: string[], minLength = 16): { lines: string[]; joined: number } {
  // Linear: the line being built is kept as its pieces, with its length in characters, whether it
  // starts with a heading marker (a property of its first piece) and whether it ends a sentence
  // (a property of its last piece), so no joined string is rescanned or copied while it grows.
  const out: string[] = [];
  let parts: string[] = [];
  let chars = 0;
  let isHeading = false;
  const flush = () => {
    if (parts.length) out.push(parts.length === 1 ? parts[0] : parts.join(''));
  };
  let joined = 0;
  for (const line of lines) {
    const depth = headingDepth(line);
    if (
      parts.length &&
      out.length > 0 && // never join onto the title (the first line)
      chars >= minLength &&
      !LINE_END.test(parts[parts.length - 1]) &&
      !isHeading &&
      depth === 0 &&
      !TABLE_LINE_PATTERN.test(line) &&
      !TABLE_LINE_PATTERN.test(parts[0])
    ) {
      parts.push(line);
      chars += codePoints(line);
      joined++;
    } else {
      flush();
      parts = [line];
      chars = codePoints(line);
      isHeading = depth !== 0;
    }
  }
  flush();
  return { lines: out, joined };
}

/** Length in characters (code points), as a reader counts them, without building an array. */
function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n--;
  }
  return n;
}

/**
 * Rule 6. Splits a run-in heading: a marked line that runs on past its first sentence.
 * The first sentence (through the first 。！？) is the heading; the rest is its first paragraph.
 */
export function splitRunInHeading(line: string): { heading: string; rest: string } {
  const m = /^(.+?[。！？])(.+)$/u.exec(line);
  if (!m) return { heading: line, rest: '' };
  return { heading: m[1], rest: m[2] };
}

/**
 * Rule 7. Assigns heading levels from marker depth, clamped so a level is never more than one
 * below its parent: a source that skips a level (（1） straight under 一、) still nests cleanly.
 * Returns the Markdown level (2 = ##) for each marker depth in order of appearance.
 */
export function headingLevels(depths: number[]): number[] {
  const stack: { depth: number; level: number }[] = [];
  return depths.map((depth) => {
    while (stack.length && stack.at(-1)!.depth >= depth) stack.pop();
    const parentLevel = stack.at(-1)?.level ?? 1;
    const level = Math.min(depth + 1, parentLevel + 1);
    stack.push({ depth, level });
    return level;
  });
}

/** Names the source masked with a letter, and what they stand for. */
export const MASKED_NAMES: { pattern: RegExp; name: string }[] = [
  { pattern: /A(?=总书记|法治思想|新时代中国特色社会主义思想|经济思想|生态文明思想|强军思想|外交思想|文化思想)/gu, name: '习近平' },
];

/** Masked numbers and places that stay masked: * or ＊, and X before a place suffix (X镇, X村). */
export const REDACTION = /[*＊]|[XＸ](?=[省市县区乡镇村街社])/gu;

/**
 * Brackets the source emptied: a name cut out of 述职人：……镇长（） leaves （）. Kept as written
 * and marked like the other redactions, so the reader sees that something was removed.
 */
export const EMPTY_BRACKETS = /（）|【】|〔〕/gu;

/**
 * ASCII characters Markdown or GFM may read as syntax somewhere in a line: emphasis (* _),
 * strikethrough (~), code (`), links and images ([ ] !), headings (#), lists (+ - . and ) after a
 * number), block quotes and HTML (< >), tables (|), escapes (\) and attribute braces ({ }); and the colon
 * of ://, so GFM does not turn a web address into a link (inside one, escapes would show).
 */
const MARKDOWN_SYNTAX = /[\\`*_{}[\]()#+\-.!|~]|:(?=\/\/)/g;

/**
 * Rule 8. Escapes report text for Markdown so the page shows exactly the characters of the text:
 * & < > become entities, and every character of MARKDOWN_SYNTAX gets a backslash, wherever it stands.
 * Escaping more than strictly needed is harmless: a backslash before ASCII punctuation only ever
 * means the character itself (CommonMark §2.4).
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(MARKDOWN_SYNTAX, '\\$&');
}

/**
 * The bounds on what a reader of a report or draft takes, in one place: the 报告体检 page
 * (src/browser/check/read-file.ts), `npm run check` and `npm run import` (src/build/importer/read.ts)
 * all read through the shared text decoder (importer/decode.ts) and .docx reader
 * (importer/docx-file.ts), which enforce these, so all three refuse the same file with the same
 * words, before the work it would cost. The README lists them.
 *
 * Each refusal is what is wrong and what to do, in Chinese without a final full stop; the caller
 * puts the file name in front (formatProblem, or the page's status line).
 */

const MB = 1024 * 1024;

/** Text of one report, in UTF-8 bytes, after reading: some twenty times the longest report seen. */
export const MAX_TEXT_BYTES = 5 * MB;
/** A .txt file: UTF-16 takes up to twice the bytes of the same text in UTF-8. */
export const MAX_TXT_FILE_BYTES = 2 * MAX_TEXT_BYTES;
/** A .docx file, and all of its parts unzipped (pictures included), by the sizes in the zip directory. */
export const MAX_DOCX_FILE_BYTES = 50 * MB;
export const MAX_DOCX_UNZIPPED_BYTES = 50 * MB;
/**
 * The XML parts the reader parses (word/document.xml, numbering.xml, styles.xml) unzipped. The
 * longest sample report saved as Word has 16 KB of document.xml; at 100 bytes of markup a
 * character (a heavily formatted file) this holds a report of 100,000 characters. Read in under a
 * second; the file's text, checked, in a few seconds more.
 */
export const MAX_DOCX_XML_BYTES = 10 * MB;

/** Word's own bounds on automatic numbering: nine levels (0–8), start values 0–32767. */
export const MAX_LIST_LEVEL = 8;
export const MAX_LIST_NUMBER = 32767;
/** The text a level draws around its numbers (lvlText, e.g. “第%1章”, “（%2）”): Word's dialog takes far fewer. */
export const MAX_LEVEL_TEXT_CHARS = 100;

/** A refusal: what is wrong and what to do (no final full stop). */
export interface Refusal {
  problem: string;
  fix: string;
}

export const megabytes = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

/** UTF-8 length of a string without encoding it. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return n;
}

const WHOLE_REPORTS = '一份报告远小于这个大小，请确认选对了文件；合订的多份报告请分成单份';

/** A file too large to read, judged from its size alone (before its bytes are read). */
export function fileSizeRefusal(kind: 'docx' | 'text', bytes: number): Refusal | undefined {
  const limit = kind === 'docx' ? MAX_DOCX_FILE_BYTES : MAX_TXT_FILE_BYTES;
  if (bytes <= limit) return undefined;
  return {
    problem: `文件有 ${megabytes(bytes)}，超过上限 ${megabytes(limit)}`,
    fix: kind === 'docx' ? '如果文档里有大量图片，请删去图片后另存为 .docx 再试' : WHOLE_REPORTS,
  };
}

/** Text too long to check or import: more than MAX_TEXT_BYTES in UTF-8. */
export function textSizeRefusal(text: string): Refusal | undefined {
  // A UTF-16 code unit takes at least one byte in UTF-8: short texts need no count.
  if (text.length * 3 <= MAX_TEXT_BYTES) return undefined;
  const size = utf8Length(text);
  return size > MAX_TEXT_BYTES ? textTooLong(size) : undefined;
}

/** The refusal for text of `size` bytes (> MAX_TEXT_BYTES), or for text known only to be longer. */
export const textTooLong = (size?: number): Refusal => ({
  problem: size === undefined ? `文字超过上限 ${megabytes(MAX_TEXT_BYTES)}` : `文字有 ${megabytes(size)}，超过上限 ${megabytes(MAX_TEXT_BYTES)}`,
  fix: WHOLE_REPORTS,
});

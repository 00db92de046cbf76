/**
 * Plain-text files as offices save them: UTF-8 (with or without BOM), UTF-16 with a BOM (Windows
 * Notepad's "Unicode"), or GB18030 (Chinese Windows). Shared by the importer's reader
 * (src/build/importer/read.ts) and the 报告体检 page, so a .txt reads the same in the CLI and in
 * the browser. Text in another legacy encoding (Big5, Shift-JIS) also decodes as GB18030, into
 * garbage; a plausibility check on the characters refuses it rather than import mojibake.
 */

import { fileSizeRefusal, textSizeRefusal, type Refusal } from '../limits.ts';

/** The text, or what is wrong with the bytes and how to fix it (in Chinese, no final full stop). */
export type Decoded = { text: string } | Refusal;

const TO_UTF8 = '请在记事本或 WPS 中把文件另存为 UTF-8 编码的 .txt';

/** Byte-order marks and the encoding each announces. */
const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/** The text of a .txt, refused when the file or its text is larger than the shared limits (../limits.ts). */
export function decodeText(bytes: Uint8Array): Decoded {
  const tooLarge = fileSizeRefusal('text', bytes.length);
  if (tooLarge) return tooLarge;
  const d = decode(bytes);
  return 'text' in d ? (textSizeRefusal(d.text) ?? d) : d;
}

function decode(bytes: Uint8Array): Decoded {
  for (const [bom, encoding] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) {
      try {
        return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(bom.length)) };
      } catch {
        return { problem: `文件开头标明是 ${encoding.toUpperCase()} 编码，但内容不是有效的 ${encoding.toUpperCase()}`, fix: TO_UTF8 };
      }
    }
  }
  if (bytes.includes(0)) return { problem: '文件含有二进制内容，不是纯文本', fix: '请提供 .txt（UTF-8、UTF-16 或 GB18030 编码）或 .docx 文件' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // not UTF-8: try GB18030
  }
  let text: string;
  try {
    text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    return { problem: '无法识别文件编码', fix: TO_UTF8 };
  }
  const share = commonHanShare(text);
  if (share < MIN_COMMON_SHARE) {
    return {
      problem: `文件不是 UTF-8，按 GB18030 读出的汉字只有 ${Math.round(share * 100)}% 是常用字，可能是繁体 Big5、日文 Shift-JIS 等其他编码`,
      fix: `${TO_UTF8}（繁体文本请先转为简体），再导入`,
    };
  }
  return { text };
}

/**
 * Chinese prose is written almost wholly in the 3,755 hanzi of GB2312 level 1 (the five sample
 * reports: 99.9–100%). Big5 text read as GB18030 gives 30–37% (measured on the samples converted
 * with iconv), Shift-JIS text 0%. Below this share the decoding is wrong.
 */
export const MIN_COMMON_SHARE = 0.8;
/** With fewer hanzi than this the share says little; the text is accepted as decoded. */
const MIN_HAN_FOR_CHECK = 20;

let level1: Set<string> | undefined;
/** GB2312 level-1 hanzi: rows 0xB0–0xD7 of the code table, read with the platform's own GB18030 decoder. */
function gb2312Level1(): Set<string> {
  if (level1) return level1;
  const bytes: number[] = [];
  for (let hi = 0xb0; hi <= 0xd7; hi++) for (let lo = 0xa1; lo <= 0xfe; lo++) bytes.push(hi, lo);
  level1 = new Set([...new TextDecoder('gb18030').decode(new Uint8Array(bytes))].filter((c) => /\p{Script=Han}/u.test(c)));
  return level1;
}

/** Share of hanzi in `text` that are GB2312 level-1 characters (1 when there are too few hanzi to judge). */
export function commonHanShare(text: string): number {
  const common = gb2312Level1();
  let han = 0;
  let hits = 0;
  for (const m of text.matchAll(/\p{Script=Han}/gu)) {
    han++;
    if (common.has(m[0])) hits++;
  }
  return han < MIN_HAN_FOR_CHECK ? 1 : hits / han;
}

/** A .docx is a zip archive: it starts with PK\3\4 (a renamed .doc or text file does not). */
export const looksLikeDocx = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/**
 * Plain-text files as offices save them: UTF-8 (with or without BOM) or GB18030 (Chinese Windows).
 * Shared by the importer's reader (src/build/importer/read.ts) and the 报告体检 page, so a .txt
 * reads the same in the CLI and in the browser.
 */

/** The text, or what is wrong with the bytes and how to fix it (in Chinese, no final full stop). */
export type Decoded = { text: string } | { problem: string; fix: string };

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.includes(0)) return { problem: '文件含有二进制内容，不是纯文本', fix: '请提供 .txt（UTF-8 或 GB18030 编码）或 .docx 文件' };
  for (const encoding of ['utf-8', 'gb18030']) {
    try {
      return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes).replace(/^\uFEFF/, '') };
    } catch {
      // try the next encoding
    }
  }
  return { problem: '无法识别文件编码', fix: '请在记事本或 WPS 中把文件另存为 UTF-8 编码的 .txt' };
}

/** A .docx is a zip archive: it starts with PK\3\4 (a renamed .doc or text file does not). */
export const looksLikeDocx = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/**
 * Reads an opened file in the browser, as the CLI reads it (src/build/importer/read.ts): .txt as
 * UTF-8 or GB18030, .docx through mammoth's raw-text extraction, so both give the same text and
 * the same finding offsets. mammoth's browser build is loaded with import() only when a .docx is opened.
 */
import { decodeText, looksLikeDocx } from '../../shared/importer/decode.ts';

export class ReadError extends Error {}

export async function readDraftFile(file: File): Promise<string> {
  const name = file.name.toLowerCase();
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.length === 0) throw new ReadError('文件是空的。请换一份有正文的报告。');
  if (name.endsWith('.docx')) {
    if (!looksLikeDocx(bytes)) throw new ReadError('这不是有效的 .docx 文件。如果是旧版 .doc 或 .wps，请在 Word/WPS 中“另存为”.docx 后再打开。');
    const mammoth = (await import('mammoth/mammoth.browser.js')).default;
    let value: string;
    try {
      ({ value } = await mammoth.extractRawText({ arrayBuffer: bytes.buffer }));
    } catch (e) {
      throw new ReadError(`无法读取 .docx（${(e as Error).message}）。请用 Word/WPS 打开确认文件未损坏，再另存为 .docx。`);
    }
    if (!value.trim()) throw new ReadError('文档里没有文字。');
    return value;
  }
  if (name.endsWith('.txt') || !name.includes('.')) {
    const d = decodeText(bytes);
    if ('text' in d) return d.text;
    throw new ReadError(`${d.problem}。${d.fix}。`);
  }
  throw new ReadError('只能打开 .docx 或 .txt 文件。.doc、.wps、.pdf 请先在 Word/WPS 中另存为 .docx。');
}

/**
 * Reads an opened file in the browser, as `npm run check` reads it (src/build/importer/read.ts):
 * .txt through the shared decoder (UTF-8, UTF-16 with a BOM, GB18030), .docx through the shared
 * reader src/shared/importer/docx-file.ts (fflate, Word's numbering rebuilt, tables one row a line),
 * so page and CLI give the same text and the same finding offsets, and refuse the same files: the
 * size limits are the shared ones (src/shared/limits.ts), a file too large refused from its size
 * before a byte is read. The .docx reader and fflate are loaded with import() only when a .docx is
 * opened. Every refusal names the file, what is wrong and what to do.
 */
import { decodeText } from '../../shared/importer/decode.ts';
import { fileSizeRefusal, type Refusal } from '../../shared/limits.ts';

export class ReadError extends Error {}

const refusal = (name: string, d: Refusal) => new ReadError(`${name}：${d.problem}。${d.fix}。`);

/** The draft's text from an opened file, and the file's bytes (for 下载带批注的 Word 文件). */
export async function openDraftFile(file: File): Promise<{ text: string; bytes: Uint8Array }> {
  const name = file.name.toLowerCase();
  const docx = name.endsWith('.docx');
  if (!docx && !name.endsWith('.txt') && name.includes('.')) {
    throw new ReadError(`${file.name}：只能打开 .docx 或 .txt 文件。.doc、.wps、.pdf 请先在 Word/WPS 中另存为 .docx。`);
  }
  const tooLarge = fileSizeRefusal(docx ? 'docx' : 'text', file.size);
  if (tooLarge) throw refusal(file.name, tooLarge);
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.length === 0) throw new ReadError(`${file.name}：文件是空的。请换一份有正文的报告。`);
  if (docx) {
    const { readDocx, docxPlainText } = await import('../../shared/importer/docx-file.ts');
    const d = readDocx(bytes);
    if ('problem' in d) throw refusal(file.name, d);
    return { text: docxPlainText(d), bytes };
  }
  const d = decodeText(bytes);
  if ('text' in d) return { text: d.text, bytes };
  throw refusal(file.name, d);
}

/** The draft's text from an opened file. */
export const readDraftFile = async (file: File): Promise<string> => (await openDraftFile(file)).text;

/**
 * Reads an opened file in the browser, as `npm run check` reads it (src/build/importer/read.ts):
 * .txt through the shared decoder (UTF-8, UTF-16 with a BOM, GB18030), .docx through the shared
 * reader src/shared/importer/docx-file.ts (fflate, Word's numbering rebuilt, tables one row a line),
 * so page and CLI give the same text and the same finding offsets. The .docx reader and fflate are
 * loaded with import() only when a .docx is opened.
 */
import { decodeText } from '../../shared/importer/decode.ts';

export class ReadError extends Error {}

const refusal = (d: { problem: string; fix: string }) => new ReadError(`${d.problem}。${d.fix}。`);

/** The draft's text from an opened file (its bytes, when the caller has read them already). */
export async function readDraftFile(file: File, given?: Uint8Array): Promise<string> {
  const name = file.name.toLowerCase();
  const bytes = given ?? new Uint8Array(await file.arrayBuffer());
  if (bytes.length === 0) throw new ReadError('文件是空的。请换一份有正文的报告。');
  if (name.endsWith('.docx')) {
    const { readDocx, docxPlainText } = await import('../../shared/importer/docx-file.ts');
    const d = readDocx(bytes);
    if ('problem' in d) throw refusal(d);
    return docxPlainText(d);
  }
  if (name.endsWith('.txt') || !name.includes('.')) {
    const d = decodeText(bytes);
    if ('text' in d) return d.text;
    throw refusal(d);
  }
  throw new ReadError('只能打开 .docx 或 .txt 文件。.doc、.wps、.pdf 请先在 Word/WPS 中另存为 .docx。');
}

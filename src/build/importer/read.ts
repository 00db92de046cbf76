import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ImportError } from '../../shared/importer/errors.ts';
import { decodeText as decode } from '../../shared/importer/decode.ts';
import { docxPlainText, readDocx as readDocxBytes } from '../../shared/importer/docx-file.ts';
import type { DocxTable } from '../../shared/importer/docx.ts';
import { MAX_TEXT_BYTES } from '../../shared/importer/index.ts';

/** The text of a source, and for a .docx its tables (each stands in the text as one TABLE_LINE). */
export interface SourceText {
  text: string;
  tables: DocxTable[];
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Reads a raw report. .txt may be UTF-8, UTF-16 (with BOM) or GB18030 (common for files saved on
 * Chinese Windows); .docx is read by src/shared/importer/docx-file.ts (fflate, then docx.ts), the
 * reader the 报告体检 page uses too. Anything else, or anything unreadable, is refused with an
 * ImportError before a single file is written.
 */
export async function readReportSource(file: string): Promise<SourceText> {
  const { ext, bytes } = await readBytes(file);
  if (ext === '.docx') return readDocx(file, bytes);
  return { text: decodeText(file, bytes), tables: [] };
}

/**
 * The source as plain text for the draft checker (npm run check): a .docx through the same shared
 * reader as the 报告体检 page (numbering rebuilt, tables one row a line), so the text, the offsets
 * and the findings agree between page and CLI. The same checks on type and size apply first.
 */
export async function readSource(file: string): Promise<string> {
  const { ext, bytes } = await readBytes(file);
  return ext === '.docx' ? docxPlainText(readDocx(file, bytes)) : decodeText(file, bytes);
}

/** The file's bytes, refused when missing, empty, too large or of an unsupported type. */
async function readBytes(file: string): Promise<{ ext: string; bytes: Buffer }> {
  const ext = path.extname(file).toLowerCase();
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error('不是文件');
    // UTF-16 takes up to twice the bytes of the same text in UTF-8; the text itself is checked after decoding.
    if (ext !== '.docx' && info.size > 2 * MAX_TEXT_BYTES) {
      throw new ImportError(file, `文件有 ${mb(info.size)}，超过导入上限 ${mb(MAX_TEXT_BYTES)}`, '请确认选对了文件，或把合订的多份报告分开后逐份导入');
    }
    bytes = await readFile(file);
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new ImportError(file, `无法读取文件（${(e as Error).message}）`, '请检查路径是否正确、文件是否存在');
  }
  if (bytes.length === 0) throw new ImportError(file, '文件是空的', '请换一份有正文的报告');
  if (ext === '.docx' || ext === '.txt' || ext === '.md' || ext === '') return { ext, bytes };
  throw new ImportError(file, `不支持的文件类型“${ext}”`, '请提供 .txt 或 .docx 文件；.doc、.wps、.pdf 请先在 Word/WPS 中另存为 .docx');
}

function readDocx(file: string, bytes: Uint8Array): SourceText {
  const d = readDocxBytes(bytes);
  if ('problem' in d) throw new ImportError(file, d.problem, d.fix);
  return d;
}

function decodeText(file: string, bytes: Buffer): string {
  const d = decode(bytes);
  if ('text' in d) return d.text;
  throw new ImportError(file, d.problem, d.fix);
}

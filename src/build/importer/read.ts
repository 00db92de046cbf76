import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ImportError } from '../../shared/importer/errors.ts';
import { decodeText as decode } from '../../shared/importer/decode.ts';
import { docxPlainText, readDocx as readDocxBytes } from '../../shared/importer/docx-file.ts';
import type { DocxTable } from '../../shared/importer/docx.ts';
import { fileSizeRefusal } from '../../shared/limits.ts';

/** The text of a source, and for a .docx its tables (each stands in the text as one TABLE_LINE). */
export interface SourceText {
  text: string;
  tables: DocxTable[];
}

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

/** Why a file cannot be opened, in Chinese, from Node's error code (its English message never reaches the user). */
const OPEN_ERRORS: Record<string, string> = {
  ENOENT: '文件不存在',
  ENOTDIR: '路径中有一段不是文件夹',
  EISDIR: '这是一个文件夹，不是文件',
  EACCES: '没有读取这个文件的权限',
  EPERM: '没有读取这个文件的权限',
  ENAMETOOLONG: '文件路径太长',
  ELOOP: '路径中的符号链接形成了循环',
};

/** The file's bytes, refused when missing, empty, too large or of an unsupported type, before they are read. */
async function readBytes(file: string): Promise<{ ext: string; bytes: Buffer }> {
  const ext = path.extname(file).toLowerCase();
  if (ext !== '.docx' && ext !== '.txt' && ext !== '.md' && ext !== '') {
    throw new ImportError(file, `不支持的文件类型“${ext}”`, '请提供 .txt 或 .docx 文件；.doc、.wps、.pdf 请先在 Word/WPS 中另存为 .docx');
  }
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw Object.assign(new Error(), { code: 'EISDIR' });
    // The shared limits (src/shared/limits.ts), judged from the size before a byte is read; the readers check again.
    const tooLarge = fileSizeRefusal(ext === '.docx' ? 'docx' : 'text', info.size);
    if (tooLarge) throw new ImportError(file, tooLarge.problem, tooLarge.fix);
    bytes = await readFile(file);
  } catch (e) {
    if (e instanceof ImportError) throw e;
    const code = (e as { code?: unknown }).code;
    const why = (typeof code === 'string' && OPEN_ERRORS[code]) || `打开时出错${typeof code === 'string' ? `，错误代码 ${code}` : ''}`;
    throw new ImportError(file, `无法读取文件（${why}）`, '请检查路径是否正确、文件是否存在');
  }
  if (bytes.length === 0) throw new ImportError(file, '文件是空的', '请换一份有正文的报告');
  return { ext, bytes };
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

import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import mammoth from 'mammoth';
import { ImportError } from '../../shared/importer/errors.ts';
import { decodeText as decode, looksLikeDocx } from '../../shared/importer/decode.ts';

/**
 * Reads a raw report as text. .txt may be UTF-8 or GB18030 (common for files saved on
 * Chinese Windows); .docx is read with mammoth. Anything else, or anything unreadable,
 * is refused with an ImportError before a single file is written.
 */
export async function readSource(file: string): Promise<string> {
  const ext = path.extname(file).toLowerCase();
  let bytes: Buffer;
  try {
    if (!(await stat(file)).isFile()) throw new Error('不是文件');
    bytes = await readFile(file);
  } catch (e) {
    throw new ImportError(file, `无法读取文件（${(e as Error).message}）`, '请检查路径是否正确、文件是否存在');
  }
  if (bytes.length === 0) throw new ImportError(file, '文件是空的', '请换一份有正文的报告');
  if (ext === '.docx') return readDocx(file, bytes);
  if (ext === '.txt' || ext === '.md' || ext === '') return decodeText(file, bytes);
  throw new ImportError(file, `不支持的文件类型“${ext}”`, '请提供 .txt 或 .docx 文件；.doc、.wps、.pdf 请先在 Word/WPS 中另存为 .docx');
}

async function readDocx(file: string, bytes: Buffer): Promise<string> {
  // A .docx is a zip archive; anything else (a renamed .doc, a text file) starts differently.
  if (!looksLikeDocx(bytes)) {
    throw new ImportError(file, '这不是有效的 .docx 文件（缺少 Word 文档的压缩包结构）', '如果是旧版 .doc 或 .wps，请在 Word/WPS 中“另存为”.docx 后再导入');
  }
  try {
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    if (!value.trim()) throw new Error('文档里没有文字');
    return value;
  } catch (e) {
    throw new ImportError(file, `无法读取 .docx（${(e as Error).message}）`, '请用 Word/WPS 打开确认文件未损坏，再另存为 .docx');
  }
}

function decodeText(file: string, bytes: Buffer): string {
  const d = decode(bytes);
  if ('text' in d) return d.text;
  throw new ImportError(file, d.problem, d.fix);
}

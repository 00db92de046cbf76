import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import mammoth from 'mammoth';
import { ImportError } from '../../shared/importer/errors.ts';
import { decodeText as decode, looksLikeDocx } from '../../shared/importer/decode.ts';
import { docxText, NumberingError, type DocxTable } from '../../shared/importer/docx.ts';
import { entryDataOffset, zipEntries, type ZipEntry } from '../../shared/importer/zip.ts';
import { MAX_TEXT_BYTES } from '../../shared/importer/index.ts';

/** The text of a source, and for a .docx its tables (each stands in the text as one TABLE_LINE). */
export interface SourceText {
  text: string;
  tables: DocxTable[];
}

/** A .docx whose parts inflate past this is refused before anything is inflated. */
export const MAX_DOCX_UNCOMPRESSED = 50 * 1024 * 1024;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Reads a raw report. .txt may be UTF-8, UTF-16 (with BOM) or GB18030 (common for files saved on
 * Chinese Windows); .docx is unzipped here and its body read by src/shared/importer/docx.ts.
 * Anything else, or anything unreadable, is refused with an ImportError before a single file is written.
 */
export async function readReportSource(file: string): Promise<SourceText> {
  const { ext, bytes } = await readBytes(file);
  if (ext === '.docx') return readDocx(file, bytes);
  return { text: decodeText(file, bytes), tables: [] };
}

/**
 * The source as plain text for the draft checker (npm run check): a .docx is read with mammoth,
 * exactly as the 报告体检 page reads it, so offsets and findings agree between page and CLI.
 * The same checks on type and size apply first.
 */
export async function readSource(file: string): Promise<string> {
  const { ext, bytes } = await readBytes(file);
  if (ext !== '.docx') return decodeText(file, bytes);
  docxEntries(file, bytes);
  try {
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    if (!value.trim()) throw new Error('文档里没有文字');
    return value;
  } catch (e) {
    throw docxBroken(file, (e as Error).message);
  }
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

const docxBroken = (file: string, why: string) => new ImportError(file, `无法读取 .docx（${why}）`, '请用 Word/WPS 打开确认文件未损坏，再另存为 .docx');

/** The zip directory of a .docx, refused when it is not a zip or its parts inflate past the limit (read before inflating). */
function docxEntries(file: string, bytes: Buffer): ZipEntry[] {
  // A .docx is a zip archive; anything else (a renamed .doc, a text file) starts differently.
  if (!looksLikeDocx(bytes)) {
    throw new ImportError(file, '这不是有效的 .docx 文件（缺少 Word 文档的压缩包结构）', '如果是旧版 .doc 或 .wps，请在 Word/WPS 中“另存为”.docx 后再导入');
  }
  let entries: ZipEntry[];
  try {
    entries = zipEntries(bytes);
  } catch (e) {
    throw docxBroken(file, (e as Error).message);
  }
  // Sizes from the central directory, before inflating a byte: a zip bomb is refused here.
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > MAX_DOCX_UNCOMPRESSED) {
    throw new ImportError(file, `文档解压后有 ${mb(total)}，超过上限 ${mb(MAX_DOCX_UNCOMPRESSED)}`, '报告的 Word 文件解压后远小于这个大小；如果文档里有大量图片，请删去图片后另存为 .docx 再导入');
  }
  return entries;
}

function readDocx(file: string, bytes: Buffer): SourceText {
  const entries = docxEntries(file, bytes);
  const part = (name: string): string | undefined => {
    const entry = entries.find((e) => e.name === name);
    if (!entry) return undefined;
    const data = bytes.subarray(entryDataOffset(bytes, entry), entryDataOffset(bytes, entry) + entry.compressedSize);
    if (entry.method === 0) return new TextDecoder().decode(data);
    if (entry.method !== 8) throw new Error(`${name} 用了不支持的压缩方式 ${entry.method}`);
    // The directory's size is also the most inflate may produce: a lying directory cannot inflate more.
    return new TextDecoder().decode(inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) }));
  };
  let result: SourceText;
  try {
    const document = part('word/document.xml');
    if (document === undefined) throw new Error('缺少 word/document.xml，不是 Word 文档');
    result = docxText(document, part('word/numbering.xml'), part('word/styles.xml'));
  } catch (e) {
    if (e instanceof NumberingError) {
      throw new ImportError(
        file,
        `文档的自动编号用了本程序不认识的格式“${e.message}”，标题序号会丢失`,
        '请在 Word/WPS 中把自动编号转为文字（选中全文，复制后“选择性粘贴 → 只保留文本”，或对列表用“转换为文本”）后再导入',
      );
    }
    throw docxBroken(file, (e as Error).message);
  }
  if (!result.text.replace(/[\uE000\uE001\d]/g, '').trim() && !result.tables.length) throw docxBroken(file, '文档里没有文字');
  return result;
}

function decodeText(file: string, bytes: Buffer): string {
  const d = decode(bytes);
  if ('text' in d) return d.text;
  throw new ImportError(file, d.problem, d.fix);
}

/**
 * A .docx file's bytes → its body text, the one reader the importer (src/build/importer/read.ts),
 * `npm run check` and the 报告体检 page (src/browser/check/read-file.ts) share, so Word's automatic
 * numbering (一、/（一）) and tables come through the same way everywhere and the checker's
 * offsets agree between page and CLI. Unzips with fflate under the shared size limits
 * (../limits.ts: the file, all its parts, and the XML parts read, each judged before anything is
 * inflated), reads the XML with ./docx.ts. Every refusal is a problem and its fix in Chinese (no
 * final full stop), as ./decode.ts gives for text files; the caller words it for its surface.
 */
import { strFromU8 } from 'fflate';
import { looksLikeDocx } from './decode.ts';
import { DocxRefusal, docxText, NumberingError, TABLE_LINE_PATTERN, type DocxText } from './docx.ts';
import { unzipWithLimit, ZipTooLarge } from './unzip.ts';
import { fileSizeRefusal, MAX_DOCX_UNZIPPED_BYTES, MAX_DOCX_XML_BYTES, megabytes, textSizeRefusal, type Refusal } from '../limits.ts';

export type DocxRead = DocxText | Refusal;

const PARTS = ['word/document.xml', 'word/numbering.xml', 'word/styles.xml'];
const broken = (why: string) => ({ problem: `无法读取 .docx（${why}）`, fix: '请用 Word/WPS 打开确认文件未损坏，再另存为 .docx' });

/** Reads a .docx: its body with numbering rebuilt and tables apart (see ./docx.ts), or why it cannot be read. */
export function readDocx(bytes: Uint8Array): DocxRead {
  const tooLarge = fileSizeRefusal('docx', bytes.length);
  if (tooLarge) return tooLarge;
  // A .docx is a zip archive; anything else (a renamed .doc, a text file) starts differently.
  if (!looksLikeDocx(bytes)) {
    return { problem: '这不是有效的 .docx 文件（缺少 Word 文档的压缩包结构）', fix: '如果是旧版 .doc 或 .wps，请在 Word/WPS 中“另存为”.docx 后再试' };
  }
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipWithLimit(bytes, (name) => PARTS.includes(name), MAX_DOCX_UNZIPPED_BYTES, MAX_DOCX_XML_BYTES);
  } catch (e) {
    if (e instanceof ZipTooLarge && e.entries === 'all') {
      return {
        problem: `文档解压后有 ${megabytes(e.total)}，超过上限 ${megabytes(e.limit)}`,
        fix: '报告的 Word 文件解压后远小于这个大小；如果文档里有大量图片，请删去图片后另存为 .docx 再试',
      };
    }
    if (e instanceof ZipTooLarge) {
      return {
        problem: `文档的正文和格式（XML）解压后有 ${megabytes(e.total)}，超过上限 ${megabytes(e.limit)}，文件可能已损坏或被改动`,
        fix: '一份报告的正文远小于这个大小；请确认选对了文件，或在 Word/WPS 中把正文复制到新文档后另存为 .docx 再试',
      };
    }
    return broken((e as Error).message);
  }
  const part = (name: string) => (parts[name] ? strFromU8(parts[name]) : undefined);
  const document = part('word/document.xml');
  if (document === undefined) return broken('缺少 word/document.xml，不是 Word 文档');
  let result: DocxText;
  try {
    result = docxText(document, part('word/numbering.xml'), part('word/styles.xml'));
  } catch (e) {
    if (e instanceof DocxRefusal) return { problem: e.problem, fix: e.fix };
    if (e instanceof NumberingError) {
      return {
        problem: `文档的自动编号用了本程序不认识的格式“${e.message}”，标题序号会丢失`,
        fix: '请在 Word/WPS 中把自动编号转为文字（选中全文，复制后“选择性粘贴 → 只保留文本”，或对列表用“转换为文本”）后再试',
      };
    }
    // Anything else is a defect of this reader; its message (English, from the JavaScript engine) says nothing to a writer.
    return broken('文档的结构不合 Word 的格式');
  }
  if (!result.text.replace(/[\uE000\uE001\d]/g, '').trim() && !result.tables.length) return broken('文档里没有文字');
  const tooLong = textSizeRefusal(result.text);
  if (tooLong) return tooLong;
  return result;
}

/**
 * The body as plain text for the draft checker: each table in place, one row a line, its cells
 * separated by tabs (the paragraphs of a cell joined by a space), as Word's “表格转换成文本” gives.
 */
export function docxPlainText({ text, tables }: DocxText): string {
  return text
    .split('\n')
    .map((line) => {
      const table = TABLE_LINE_PATTERN.exec(line);
      return table ? tables[Number(table[1])].rows.map((row) => row.map((cell) => cell.replace(/\n/g, ' ')).join('\t')).join('\n') : line;
    })
    .join('\n');
}

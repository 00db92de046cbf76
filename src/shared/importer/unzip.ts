/**
 * Unzips the parts a reader needs from a zip archive (a .docx is one) with fflate, refusing an
 * archive whose entries would inflate past a limit before a byte is inflated: the sizes come from
 * the central directory (fflate's filter sees each entry's originalSize first). A directory that
 * lies about a size cannot inflate more: fflate inflates each entry into a buffer of that size.
 * Pure, for the importer (Node) and the 报告体检 page (browser) alike.
 */
import { unzipSync, type UnzipFileInfo } from 'fflate';

/** The entries' uncompressed sizes add up to more than the limit; nothing was inflated. */
export class ZipTooLarge extends Error {
  readonly total: number;
  readonly limit: number;
  constructor(total: number, limit: number) {
    super(`压缩包解压后有 ${total} 字节，超过上限 ${limit} 字节`);
    this.total = total;
    this.limit = limit;
  }
}

/** fflate's error codes (its `code` property) and what they mean for a reader of the file. */
const FFLATE_ERRORS: Record<number, string> = {
  0: '压缩数据已损坏',
  1: '压缩数据已损坏',
  2: '压缩数据已损坏',
  3: '压缩数据已损坏',
  13: '压缩包缺少目录（文件不完整或已损坏）',
  14: '压缩包用了不支持的压缩方式',
};

/**
 * The entries `wanted` picks, inflated; throws ZipTooLarge when all entries together would inflate
 * past `limit`, and an Error with a Chinese message when the archive is broken.
 */
export function unzipWithLimit(bytes: Uint8Array, wanted: (name: string) => boolean, limit: number): Record<string, Uint8Array> {
  try {
    // First pass: the directory only (the filter keeps nothing, so nothing is inflated).
    let total = 0;
    unzipSync(bytes, {
      filter: (f: UnzipFileInfo) => {
        total += f.originalSize;
        return false;
      },
    });
    if (total > limit) throw new ZipTooLarge(total, limit);
    return unzipSync(bytes, { filter: (f: UnzipFileInfo) => wanted(f.name) });
  } catch (e) {
    if (e instanceof ZipTooLarge) throw e;
    const code = (e as { code?: unknown }).code;
    throw new Error(typeof code === 'number' && FFLATE_ERRORS[code] ? FFLATE_ERRORS[code] : `压缩包已损坏（${(e as Error).message}）`);
  }
}

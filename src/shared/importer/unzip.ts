/**
 * Unzips the parts a reader needs from a zip archive (a .docx is one) with fflate, refusing an
 * archive whose entries would inflate past a limit before a byte is inflated: the sizes come from
 * the central directory (fflate's filter sees each entry's originalSize first). A directory that
 * lies about a size cannot inflate more: fflate inflates each entry into a buffer of that size.
 * Pure, for the importer (Node) and the 报告体检 page (browser) alike.
 */
import { unzipSync, type UnzipFileInfo } from 'fflate';

/** The entries' uncompressed sizes (all of them, or the wanted ones) add up to more than a limit; nothing was inflated. */
export class ZipTooLarge extends Error {
  readonly total: number;
  readonly limit: number;
  /** Which sum: every entry's, or the entries the caller reads. */
  readonly entries: 'all' | 'wanted';
  constructor(total: number, limit: number, entries: 'all' | 'wanted' = 'all') {
    super(`压缩包${entries === 'all' ? '' : '中要读的部分'}解压后有 ${total} 字节，超过上限 ${limit} 字节`);
    this.total = total;
    this.limit = limit;
    this.entries = entries;
  }
}

/** fflate's error codes (its `code` property) and what they mean for a reader of the file. */
const FFLATE_ERRORS: Record<number, string> = {
  0: '压缩数据已损坏',
  1: '压缩数据已损坏',
  2: '压缩数据已损坏',
  3: '压缩数据已损坏',
  8: '压缩包里的文件名不是有效的 UTF-8',
  9: '压缩包的目录已损坏',
  10: '压缩包的目录已损坏',
  11: '压缩包的目录已损坏',
  13: '压缩包缺少目录（文件不完整或已损坏）',
  14: '压缩包用了不支持的压缩方式',
};

/**
 * The entries `wanted` picks, inflated; throws ZipTooLarge when all entries together would inflate
 * past `limit`, or the wanted ones past `wantedLimit`, and an Error with a Chinese message (never
 * fflate's English) when the archive is broken.
 */
export function unzipWithLimit(bytes: Uint8Array, wanted: (name: string) => boolean, limit: number, wantedLimit = limit): Record<string, Uint8Array> {
  try {
    // First pass: the directory only (the filter keeps nothing, so nothing is inflated).
    let total = 0;
    let read = 0;
    unzipSync(bytes, {
      filter: (f: UnzipFileInfo) => {
        total += f.originalSize;
        if (wanted(f.name)) read += f.originalSize;
        return false;
      },
    });
    if (total > limit) throw new ZipTooLarge(total, limit);
    if (read > wantedLimit) throw new ZipTooLarge(read, wantedLimit, 'wanted');
    return unzipSync(bytes, { filter: (f: UnzipFileInfo) => wanted(f.name) });
  } catch (e) {
    if (e instanceof ZipTooLarge) throw e;
    const code = (e as { code?: unknown }).code;
    throw new Error((typeof code === 'number' && FFLATE_ERRORS[code]) || '压缩包已损坏');
  }
}

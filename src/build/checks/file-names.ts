import type { Problem } from '../../shared/problem.ts';
import { SLUG_PATTERN } from '../../shared/schemas/vocab.ts';

/** One folder of content files, by collection folder name, file extension and entry ids (file names). */
export interface NamedFiles {
  folder: string;
  ext: string;
  ids: string[];
}

/** File names are URL slugs: lower-case ASCII, and unique even when case is ignored. */
export function checkFileNames(folders: NamedFiles[]): Problem[] {
  const problems: Problem[] = [];
  for (const { folder, ext, ids } of folders) {
    const seen = new Map<string, string>();
    for (const id of ids) {
      const file = `src/content/${folder}/${id}.${ext}`;
      if (!SLUG_PATTERN.test(id)) {
        const suggestion = id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'my-report-2024';
        problems.push({ file, field: '', problem: `文件名“${id}”不是合规的短名`, fix: `改用小写英文字母、数字和连字符，如 ${suggestion}.${ext}` });
      }
      const key = id.toLowerCase();
      if (seen.has(key)) problems.push({ file, field: '', problem: `与 ${seen.get(key)}.${ext} 的网址相同（${key}）`, fix: '删去重复的文件，或换一个短名' });
      seen.set(key, id);
    }
  }
  return problems;
}

import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { parse } from 'yaml';
import type { Loader } from 'astro/loaders';
import { ProblemError, type Problem } from '../shared/problem.ts';
import { yamlProblem } from '../shared/yaml-problem.ts';

/**
 * Loads every `*.yaml` file in a folder, where each file holds a YAML list of entries
 * with an `id`. Used for the phrase bank, where one file per topic keeps 250+ short
 * entries editable by hand. Errors name the file and the entry so a maintainer can fix them.
 */
function fail(problem: Problem): never {
  throw new ProblemError('内容文件有错误', [problem]);
}

export function yamlListLoader(folder: string): Loader {
  return {
    name: 'yaml-list-loader',
    async load({ store, parseData, config, generateDigest, logger }) {
      const dir = fileURLToPath(new URL(folder, config.root));
      const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.yaml')).sort();
      const seen = new Map<string, string>();
      store.clear();
      for (const file of files) {
        const filePath = path.join(dir, file);
        const rel = path.relative(fileURLToPath(config.root), filePath);
        let items: unknown;
        try {
          items = parse(await readFile(filePath, 'utf8'));
        } catch (e) {
          fail(yamlProblem(rel, e as Error));
        }
        if (items == null) continue;
        if (!Array.isArray(items)) {
          fail({ file: rel, field: '', problem: `文件应为一个列表（每项以“- id:”开头），实际是 ${typeof items}`, fix: '每个条目以“- id: ”开头，写成列表' });
        }
        for (const [index, item] of items.entries()) {
          const id = (item as { id?: unknown })?.id;
          if (typeof id !== 'string' || !id) {
            fail({ file: rel, field: `第 ${index + 1} 项`, problem: '缺少字段 id', fix: '加上唯一的英文 id，如 id: si-ge-qinzi' });
          }
          const earlier = seen.get(id);
          if (earlier) {
            fail({ file: rel, field: `第 ${index + 1} 项`, problem: `id “${id}” 与 ${earlier} 重复`, fix: '换一个未用过的 id' });
          }
          seen.set(id, `${rel} 第 ${index + 1} 项`);
          const data = await parseData({ id, data: item as Record<string, unknown>, filePath: `${rel}#${id}` });
          store.set({ id, data, filePath: rel, digest: generateDigest(data) });
        }
      }
      logger.info(`${seen.size} entries from ${files.length} files in ${folder}`);
    },
  };
}

import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { parse, type YAMLParseError } from 'yaml';
import type { Loader } from 'astro/loaders';
import { ProblemError, type Problem } from '../shared/problem.ts';
import { yamlProblem } from '../shared/yaml-problem.ts';

/**
 * Loads every `*.yaml` file in a folder, where each file holds a YAML list of entries
 * with an `id`. Used for the phrase bank, where one file per topic keeps 250+ short
 * entries editable by hand. Errors name the file and the entry so a maintainer can fix them.
 */
function fail(problems: Problem[]): never {
  throw new ProblemError('内容文件有错误', problems);
}

/** One entry of a YAML list file: its id, its 0-based position and the parsed item. */
export interface ListEntry {
  id: string;
  index: number;
  item: Record<string, unknown>;
}

/**
 * The entries of one parsed YAML list file (`items`), and the problems of its shape: not a list,
 * an item without an id, an id used before (`seen` maps each id of the folder to where it was
 * first used, and is updated). The loader and the build's pre-validation both use it.
 */
export function listEntries(file: string, items: unknown, seen: Map<string, string>): { entries: ListEntry[]; problems: Problem[] } {
  const entries: ListEntry[] = [];
  const problems: Problem[] = [];
  if (items == null) return { entries, problems };
  if (!Array.isArray(items)) {
    problems.push({ file, field: '', problem: `文件应为一个列表（每项以“- id:”开头），实际是 ${typeof items}`, fix: '每个条目以“- id: ”开头，写成列表' });
    return { entries, problems };
  }
  for (const [index, item] of items.entries()) {
    const id = (item as { id?: unknown })?.id;
    if (typeof id !== 'string' || !id) {
      problems.push({ file, field: `第 ${index + 1} 项`, problem: '缺少字段 id', fix: '加上唯一的英文 id，如 id: si-ge-qinzi' });
      continue;
    }
    const earlier = seen.get(id);
    if (earlier) {
      problems.push({ file, field: `第 ${index + 1} 项`, problem: `id “${id}” 与 ${earlier} 重复`, fix: '换一个未用过的 id' });
      continue;
    }
    seen.set(id, `${file} 第 ${index + 1} 项`);
    entries.push({ id, index, item: item as Record<string, unknown> });
  }
  return { entries, problems };
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
        const text = await readFile(filePath, 'utf8');
        let items: unknown;
        try {
          items = parse(text);
        } catch (e) {
          fail([yamlProblem(rel, e as YAMLParseError, text)]);
        }
        const { entries, problems } = listEntries(rel, items, seen);
        if (problems.length) fail(problems);
        for (const { id, item } of entries) {
          const data = await parseData({ id, data: item, filePath: `${rel}#${id}` });
          store.set({ id, data, filePath: rel, digest: generateDigest(data) });
        }
      }
      logger.info(`${seen.size} entries from ${files.length} files in ${folder}`);
    },
  };
}

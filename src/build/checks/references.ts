import type { Problem } from '../../shared/problem.ts';

/** What the cross-reference checks look keys up in. */
export interface KnownKeys {
  sources: Set<string>;
  topics: Set<string>;
}

/** Every source key cited must be a file in src/content/sources. */
export function checkSourceKeys(file: string, field: string, keys: string[], known: KnownKeys): Problem[] {
  return keys
    .filter((key) => !known.sources.has(key))
    .map((key) => ({ file, field, problem: `来源“${key}”不存在`, fix: `改用 src/content/sources/ 中已有的文件名，或先新建 src/content/sources/${key}.yaml` }));
}

/** Every topic id cited must be a file in src/content/topics. */
export function checkTopicIds(file: string, field: string, ids: string[], known: KnownKeys): Problem[] {
  return ids
    .filter((id) => !known.topics.has(id))
    .map((id) => ({ file, field, problem: `主题“${id}”不存在`, fix: `改用 src/content/topics/ 中已有的主题（${[...known.topics].join('、')}）` }));
}

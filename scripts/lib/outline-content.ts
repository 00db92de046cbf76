/**
 * Node-side reading for `npm run outline` and `npm run report-docx`: the guides, phrase bank and
 * topics read from the content root (config.contentDir, as the build reads them), validated with
 * the collections' schemas and cut by the shared outlineData(), so the CLI's outline data is the
 * page's /draft/data.json; and a sample report's title and Markdown body.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { config } from '../../src/build/config.ts';
import { guideSchema } from '../../src/shared/schemas/guide.ts';
import { phraseSchema } from '../../src/shared/schemas/phrase.ts';
import { topicSchema } from '../../src/shared/schemas/topic.ts';
import { outlineData, type PhraseEntry } from '../../src/shared/outline/outline-data.ts';
import type { OutlineData } from '../../src/shared/outline/outline.ts';

const root = path.resolve(config.contentDir);
const files = (dir: string, ext: RegExp) =>
  readdirSync(path.join(root, dir))
    .filter((f) => ext.test(f))
    .sort();
const read = (dir: string, f: string) => readFileSync(path.join(root, dir, f), 'utf8');

/** Front matter and body of a Markdown content file, split as Astro's glob loader splits them. */
function frontMatter(src: string): { data: unknown; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(src);
  return m ? { data: parse(m[1]), body: m[2] } : { data: {}, body: src };
}

function valid<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, value: unknown, where: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const first = r.error.issues[0];
  throw new Error(`${where}：${first.path.join('.')} ${first.message}（先运行 npm run build 查看全部内容错误）`);
}

export function loadOutlineData(): OutlineData {
  const guides = files('guides', /\.md$/).map((f) => ({ id: f.replace(/\.md$/, ''), ...valid(guideSchema, frontMatter(read('guides', f)).data, `guides/${f}`) }));
  const phrases = files('phrases', /\.ya?ml$/).flatMap((f) =>
    ((parse(read('phrases', f)) ?? []) as unknown[]).map((item, i) => valid(phraseSchema, item, `phrases/${f} 第 ${i + 1} 项`) as PhraseEntry),
  );
  const topics = files('topics', /\.ya?ml$/).map((f) => ({ id: f.replace(/\.ya?ml$/, ''), ...valid(topicSchema, parse(read('topics', f)), `topics/${f}`) }));
  return outlineData({ guides, phrases, topics });
}

/** Slugs of the sample reports. */
export const reportSlugs = () => files('reports', /\.md$/).map((f) => f.replace(/\.md$/, ''));

/** A sample report's title and Markdown body, or undefined when there is no such slug. */
export function loadReport(slug: string): { title: string; body: string } | undefined {
  const file = path.join(root, 'reports', `${slug}.md`);
  if (!/^[a-z0-9-]+$/.test(slug) || !existsSync(file)) return undefined;
  const { data, body } = frontMatter(readFileSync(file, 'utf8'));
  return { title: (data as { title: string }).title, body };
}

/**
 * Node-side reading for `npm run outline` and `npm run report-docx`: the outline data from the
 * built site's /draft/data.json (what the page reads), and a sample report's title and Markdown
 * body from the content root (config.contentDir).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { config } from '../../src/build/config.ts';
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

/**
 * The outline data the build wrote to <site>/draft/data.json: the same file the /draft/ page reads,
 * so the CLI ranks phrases as the bank does (that ranking needs the built site's occurrences).
 */
export function loadOutlineData(site = config.outDir): OutlineData {
  const file = path.join(site, 'draft', 'data.json');
  if (!existsSync(file)) throw new Error(`${file}：找不到起草提纲的数据。修正方法：请先运行 npm run build（或用 SHUFA_OUT_DIR 指向已构建的网站）`);
  return JSON.parse(readFileSync(file, 'utf8')) as OutlineData;
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

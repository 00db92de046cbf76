/**
 * Node-side reading of content files for the CLIs, benchmarks and tests that run without Astro:
 * one place that lists a collection's files and splits a Markdown file into frontmatter and body
 * the way Astro does (parseFrontmatter from @astrojs/internal-helpers, whose extractFrontmatter the
 * build's pre-validation uses too).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { parse } from 'yaml';
import { config } from '../../src/build/config.ts';

/** The content root (config.contentDir, default src/content). */
export const contentRoot = path.resolve(config.contentDir);

/** File names in one collection folder with the given extension, sorted. */
export const contentFiles = (folder: string, ext: 'md' | 'yaml', root = contentRoot) =>
  readdirSync(path.join(root, folder))
    .filter((f) => f.endsWith(`.${ext}`))
    .sort();

/** The id of a content file: its name without the extension. */
export const fileId = (f: string) => f.replace(/\.(md|ya?ml)$/, '');

/** A YAML content file, parsed. */
export const readYaml = <T>(folder: string, f: string, root = contentRoot): T => parse(readFileSync(path.join(root, folder, f), 'utf8')) as T;

/** A Markdown content file: its frontmatter and its body (without the newline after the closing ---). */
export function readMarkdown<T>(folder: string, f: string, root = contentRoot): { data: T; body: string } {
  const { frontmatter, content } = parseFrontmatter(readFileSync(path.join(root, folder, f), 'utf8'));
  return { data: frontmatter as T, body: content.replace(/^\r?\n/, '') };
}

/** Slugs of the sample reports. */
export const reportSlugs = (root = contentRoot) => contentFiles('reports', 'md', root).map(fileId);

/** A sample report's title and Markdown body, or undefined when there is no such slug. */
export function loadReport(slug: string): { title: string; body: string } | undefined {
  if (!/^[a-z0-9-]+$/.test(slug) || !existsSync(path.join(contentRoot, 'reports', `${slug}.md`))) return undefined;
  const { data, body } = readMarkdown<{ title: string }>('reports', `${slug}.md`);
  return { title: data.title, body };
}

/**
 * The build's pre-validation: before `astro build` starts, every file of every content collection
 * (src/build/collections.ts) is read, its frontmatter or YAML parsed and validated with the same
 * zod schemas the collections use, and the cross-file checks that need no rendered Markdown
 * (checks/data.ts) run on the parsed data. Every problem of every file is collected, so one run
 * lists them all, each as a Problem with the file, the line where known, the field and the fix.
 *
 * Parsing follows Astro's: frontmatter is the block its regular expression finds (extractFrontmatter),
 * YAML files are read with timestamps as dates as js-yaml does, and YAML list files as the list
 * loader reads them (listEntries).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
// Astro's own frontmatter extraction (also re-exported by @astrojs/markdown-remark, which loads far more).
import { extractFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import type { Problem } from '../shared/problem.ts';
import { yamlProblem } from '../shared/yaml-problem.ts';
import { isCalendarDate } from '../shared/schemas/report.ts';
import { COLLECTIONS, extensionOf, type CollectionKind, type CollectionName } from './collections.ts';
import { listEntries } from './yaml-list-loader.ts';
import { dataChecks, type ContentData, type Entry } from './checks/data.ts';

/** A content file as read from disk: its path as shown in messages (e.g. src/content/reports/x.md) and its text. */
export interface ContentFile {
  file: string;
  text: string;
}

/** The result of parsing one file: its entries (one, or a list file's many) with where each field is, or a problem. */
interface Parsed {
  entries: { id: string; data: unknown; label: string; lineOf: (p: PropertyKey[]) => number | undefined }[];
  problems: Problem[];
}

/** Astro's test for the start of a frontmatter block (a file that opens with ---). */
const OPENS_FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---/;

/** Parses YAML text; `firstLine` is the file line of the text's first line. */
function parseYaml(file: string, text: string, firstLine: number, timestamps: boolean) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, ...(timestamps ? { customTags: ['timestamp'] } : {}) });
  const toFile = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  if (doc.errors.length) return { problem: yamlProblem(file, doc.errors[0], text, firstLine) };
  const dates = timestamps ? impossibleDates(file, doc, text, toFile) : [];
  return { data: doc.toJS() as unknown, lineOf: (p: PropertyKey[]) => lineOfPath(doc, p, toFile), dates };
}

/**
 * Unquoted dates that are not on the calendar. YAML reads `date: 2023-02-30` as a timestamp and
 * rolls it over (2023-03-02; 2023-13-45 becomes 2024-02-14) before any schema sees it, so the
 * source text of every value read as a date is checked here.
 */
function impossibleDates(file: string, doc: Document, text: string, toFile: (offset: number) => number): Problem[] {
  const problems: Problem[] = [];
  const walk = (node: unknown, at: PropertyKey[]) => {
    if (isMap(node)) for (const pair of node.items) walk(pair.value, [...at, (pair.key as { value?: PropertyKey } | null)?.value ?? '']);
    else if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...at, i]));
    else if (isScalar(node) && node.value instanceof Date && node.range) {
      const written = text.slice(node.range[0], node.range[1]).trim();
      const m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(written);
      if (m && !isCalendarDate(`${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`)) {
        problems.push({
          file,
          line: toFile(node.range[0]),
          field: `字段 ${fieldPath(at)}`,
          problem: `日期“${written}”不存在（月份或日子超出范围），YAML 会把它顺延成 ${node.value.toISOString().slice(0, 10)}`,
          fix: '写日历上有的日期，如 2024-01-19',
        });
      }
    }
  };
  walk(doc.contents, []);
  return problems;
}

/** The file line of the deepest node along `p` that exists (a field's key, a list's item). */
function lineOfPath(doc: Document, p: PropertyKey[], toFile: (offset: number) => number): number | undefined {
  let node: unknown = doc.contents;
  let offset: number | undefined;
  for (const seg of p) {
    if (isMap(node)) {
      const pair = node.items.find((it) => (it.key as { value?: unknown } | null)?.value === seg);
      if (!pair) break;
      offset = (pair.key as { range?: [number, number, number] }).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number' && node.items[seg]) {
      node = node.items[seg];
      offset = (node as { range?: [number, number, number] }).range?.[0] ?? offset;
    } else break;
  }
  return offset === undefined ? undefined : toFile(offset);
}

function parseFile(kind: CollectionKind, { file, text }: ContentFile, id: string, seen: Map<string, string>): Parsed {
  if (kind === 'markdown') {
    const raw = extractFrontmatter(text);
    if (raw === undefined) {
      const problem: Problem = OPENS_FRONTMATTER.test(text)
        ? { file, line: 1, field: 'frontmatter', problem: '开头的 frontmatter 没有结束行“---”，其后的字段都读不到', fix: '在最后一个字段之后单独写一行 ---，再写正文' }
        : { file, line: 1, field: 'frontmatter', problem: '文件开头没有 frontmatter（以 --- 开始、以 --- 结束的字段块）', fix: '在文件开头写一行 ---、各个字段，再写一行 ---' };
      return { entries: [], problems: [problem] };
    }
    // The frontmatter text starts right after the opening ---, so its first line is that line.
    const firstLine = text.slice(0, text.indexOf(raw)).split('\n').length;
    const r = parseYaml(file, raw, firstLine, true);
    if ('problem' in r) return { entries: [], problems: [r.problem!] };
    return { entries: [{ id, data: r.data ?? {}, label: '', lineOf: r.lineOf }], problems: r.dates! };
  }
  const r = parseYaml(file, text, 1, kind === 'yaml');
  if ('problem' in r) return { entries: [], problems: [r.problem!] };
  if (kind === 'yaml') return { entries: [{ id, data: r.data, label: '', lineOf: r.lineOf }], problems: r.dates! };
  const { entries, problems } = listEntries(file, r.data, seen);
  return {
    entries: entries.map((e) => ({ id: e.id, data: e.item, label: `条目 ${e.id}`, lineOf: (p) => r.lineOf([e.index, ...p]) })),
    problems: problems.map((p) => ({ ...p, line: lineOfItem(p.field, r.lineOf) })),
  };
}

/** The line of a list problem's “第 N 项”. */
const lineOfItem = (field: string, lineOf: (p: PropertyKey[]) => number | undefined) => {
  const m = /^第 (\d+) 项$/.exec(field);
  return m ? lineOf([Number(m[1]) - 1]) : undefined;
};

/** A zod issue path as a field name: sections[2].examples[0]. */
export const fieldPath = (p: PropertyKey[]) => p.map((s, i) => (typeof s === 'number' ? `[${s}]` : `${i ? '.' : ''}${String(s)}`)).join('');

/** A schema's message “问题。修正方法：改法” as the two parts of a Problem. */
export function splitMessage(message: string): { problem: string; fix: string } {
  const [problem, fix] = message.split('。修正方法：');
  return { problem, fix: fix ?? '对照字段说明改写' };
}

interface Schema {
  safeParse(data: unknown): { success: boolean; data?: unknown; error?: { issues: { path: PropertyKey[]; message: string }[] } };
}

/**
 * Validates every file of every collection; `files` maps each collection to its files (read from
 * disk by validateContentDir, or given directly by the tests). Returns every problem, schema
 * problems first in file order, then the cross-file problems.
 */
export function validateContent(files: Partial<Record<CollectionName, ContentFile[]>>): Problem[] {
  const problems: Problem[] = [];
  const data = {} as ContentData;
  const ids = {} as Record<CollectionName, string[]>;
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    const { kind, schema } = COLLECTIONS[name];
    const seen = new Map<string, string>();
    data[name] = [];
    ids[name] = [];
    for (const f of files[name] ?? []) {
      const id = path.basename(f.file).replace(/\.(md|ya?ml)$/, '');
      if (kind !== 'yaml-list') ids[name].push(id);
      const parsed = parseFile(kind, f, id, seen);
      problems.push(...parsed.problems);
      for (const e of parsed.entries) {
        if (kind === 'yaml-list') ids[name].push(e.id);
        const result = (schema as Schema).safeParse(e.data);
        if (result.success) {
          (data[name] as Entry[]).push({ id: e.id, filePath: f.file, data: result.data });
          continue;
        }
        for (const issue of result.error!.issues) {
          const field = [e.label, issue.path.length ? `字段 ${fieldPath(issue.path)}` : ''].filter(Boolean).join(' ');
          problems.push({ file: f.file, line: e.lineOf(issue.path), field, ...splitMessage(issue.message) });
        }
      }
    }
  }
  return [...problems, ...dataChecks(data, ids)];
}

/** Reads every collection's files under `contentDir` (shown as `shownAs`, e.g. src/content) and validates them. */
export async function validateContentDir(contentDir: string, shownAs = 'src/content'): Promise<Problem[]> {
  const files = {} as Record<CollectionName, ContentFile[]>;
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    const { folder, kind } = COLLECTIONS[name];
    const dir = path.join(contentDir, folder);
    const names = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith(`.${extensionOf(kind)}`)).sort();
    files[name] = await Promise.all(names.map(async (n) => ({ file: `${shownAs}/${folder}/${n}`, text: await readFile(path.join(dir, n), 'utf8') })));
  }
  return validateContent(files);
}

/**
 * Raw report text of a given number of lines for bench:import, made from the five seeds as a PDF
 * extraction would give it: every line (heading or paragraph) cut into printed lines of 28
 * characters, so most lines must be rejoined; the whole repeated to length.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadSeedManifest, seedsDir } from '../lib/seed-manifest.ts';
import { headingDepth } from '../../src/shared/importer/rules.ts';

/** Characters on a printed line of a 公文 page. */
const LINE = 28;

/** Seed lines (title first) cut into printed lines. */
export async function printedLines(): Promise<string[]> {
  const out: string[] = [];
  for (const seed of await loadSeedManifest()) {
    const text = await readFile(path.join(seedsDir(), seed.file), 'utf8');
    for (const raw of text.split('\n')) {
      const line = raw.replace(/##paid(begin|end)##/g, '').trim();
      if (!line) continue;
      for (let i = 0; i < line.length; i += LINE) out.push(line.slice(i, i + LINE));
    }
  }
  return out;
}

/** A report of n lines: the title, then the printed lines repeated. */
export function reportOfLines(lines: string[], n: number): string {
  const out = ['某县2023年度法治政府建设工作报告'];
  for (let i = 0; out.length < n; i++) out.push(lines[i % lines.length]);
  return out.join('\n');
}

/** The worst case for rejoining: n printed lines of one paragraph, none ending a sentence. */
export function unbrokenParagraph(lines: string[], n: number): string {
  const body = lines.filter((l) => !headingDepth(l)).map((l) => l.replace(/[。！？；：:;!?…”’）)》」』】〕\]]+$/u, '，'));
  const out = ['某县2023年度法治政府建设工作报告', '一、主要工作'];
  for (let i = 0; out.length < n; i++) out.push(body[i % body.length]);
  return out.join('\n');
}

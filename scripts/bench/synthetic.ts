/**
 * Writes N synthetic sample reports for the scale benchmark into a content folder (never the real
 * src/content). Each one recombines paragraphs of the real samples under a real sample's heading
 * skeleton, with varied places and numbers, and is marked synthetic in its title, its frontmatter
 * (synthetic: true) and an editorial note.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { ORGAN_LEVELS, REPORT_TYPES } from '../../src/shared/schemas/vocab.ts';
import { contentFiles, readMarkdown } from '../lib/content-files.ts';

/** Small seeded PRNG (mulberry32) so every run generates the same library. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)], int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)) };
}

const PLACES = ['东湖镇', '西山乡', '南桥镇', '北坪乡', '青石镇', '白沙乡', '长林镇', '清河乡', '石门镇', '新田乡', '高岭镇', '柳溪乡'];

interface Skeleton {
  blocks: { heading: boolean; text: string }[];
}

async function readSamples(contentDir: string): Promise<{ skeletons: Skeleton[]; paragraphs: string[] }> {
  const skeletons: Skeleton[] = [];
  const paragraphs: string[] = [];
  for (const f of contentFiles('reports', 'md', contentDir).filter((f) => !f.startsWith('synthetic-'))) {
    const { body } = readMarkdown('reports', f, contentDir);
    const blocks = body.split(/\n{2,}/).map((b) => b.trim()).filter(Boolean).map((b) => ({ heading: b.startsWith('#'), text: b }));
    skeletons.push({ blocks });
    paragraphs.push(...blocks.filter((b) => !b.heading && b.text.length > 40).map((b) => b.text));
  }
  return { skeletons, paragraphs };
}

/** Varies the figures of a paragraph (keeps years) so synthetic reports are not copies. */
const varyNumbers = (text: string, r: ReturnType<typeof rng>) => text.replace(/(?<![\d年])\d{1,4}(?![\d年])/g, (d) => String(Math.max(1, Math.round(Number(d) * (0.5 + r.next())))));

export async function writeSynthetic(contentDir: string, n: number, seed = 20261121): Promise<number> {
  const { skeletons, paragraphs } = await readSamples(contentDir);
  const r = rng(seed);
  const out = path.join(contentDir, 'reports');
  await mkdir(out, { recursive: true });
  for (let i = 1; i <= n; i++) {
    const place = r.pick(PLACES);
    const year = r.int(2019, 2025);
    const type = r.pick(REPORT_TYPES);
    const skeleton = r.pick(skeletons);
    const body = skeleton.blocks
      .map((b) => (b.heading ? b.text : varyNumbers(r.pick(paragraphs), r).replace(/江湾镇|金城乡/g, place)))
      .join('\n\n');
    const fm = {
      title: `【合成样本】${place}${year}年度${type}（第${i}号）`,
      reportType: type,
      organKind: place.endsWith('镇') ? '镇政府' : '乡政府',
      organLevel: r.pick(ORGAN_LEVELS),
      year,
      authorRole: '乡镇主要负责人',
      place,
      source: '规模基准测试自动合成，不是真实报告。',
      editorialNotes: ['本文由基准测试程序用真实范文的段落重新组合而成，地名和数字已改动，仅用于测量网站在大量报告下的性能。'],
      synthetic: true,
    };
    await writeFile(path.join(out, `synthetic-${String(i).padStart(5, '0')}.md`), `---\n${stringify(fm)}---\n\n${body}\n`);
  }
  return n;
}

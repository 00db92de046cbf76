/**
 * The five seeds: re-importing each one must reproduce the committed content file byte for byte,
 * and the cleaned text must equal the raw text apart from the documented rules.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSeed, loadSeedManifest, seedsDir } from '../../scripts/lib/seed-manifest.ts';
import { normalize } from '../../src/shared/normalize.ts';

const seeds = await loadSeedManifest();

/** What the importer's rules may remove or change, applied to the raw text for comparison. */
const documentedCleaning = (raw: string) =>
  normalize(raw.replace(/##paid(begin|end)##/g, '').replace(/^[—\-\s]*\d+[—\-\s]*$/gm, '').replace(/A(?=总书记|法治思想|新时代)/g, '习近平'));

/** The rendered text of a content file: frontmatter title plus body without markup. */
const contentText = (md: string) => {
  const [, fm, body] = md.split(/^---$/m);
  const title = /^title: (.*)$/m.exec(fm)![1];
  return normalize(title + body.replace(/<[^>]+>/g, '').replace(/^#+ /gm, '').replace(/\\/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
};

describe.each(seeds)('seed $file → $slug', (seed) => {
  it('round-trips: re-import equals the committed file', async () => {
    const committed = await readFile(path.join('src/content/reports', `${seed.slug}.md`), 'utf8');
    expect(await importSeed(seed)).toBe(committed);
  });
  it('keeps the wording verbatim apart from the documented cleaning', async () => {
    const raw = await readFile(path.join(seedsDir(), seed.file), 'utf8');
    const committed = await readFile(path.join('src/content/reports', `${seed.slug}.md`), 'utf8');
    expect(contentText(committed)).toBe(documentedCleaning(raw));
  });
  it('has no paywall markers or masked names left', async () => {
    const committed = await readFile(path.join('src/content/reports', `${seed.slug}.md`), 'utf8');
    expect(committed).not.toMatch(/paidbegin|paidend|A总书记|A法治思想/);
  });
});

describe('seed 001 (PDF line breaks)', () => {
  it('rejoins 法治思 / 维 and 三是着力 / 打造', async () => {
    const md = await readFile('src/content/reports/jiangwan-town-mayor-2023.md', 'utf8');
    expect(md).toContain('法治思维、法治氛围还不够强不够浓');
    expect(md).toContain('三是着力打造和谐立镇品牌');
  });
});

describe('heading trees follow the 一、/（一） structure', () => {
  const headings = async (slug: string) =>
    (await readFile(`src/content/reports/${slug}.md`, 'utf8')).split('\n').filter((l) => l.startsWith('#')).map((l) => l.replace(/ .*/, '') + ' ' + l.split(' ')[1].slice(0, 4));
  it('seed 000', async () => {
    const h = await headings('township-party-secretary-2023');
    expect(h.filter((x) => x.startsWith('## '))).toEqual(['## 一、20', '## 二、存在', '## 三、下一']);
    expect(h.filter((x) => x.startsWith('### ')).length).toBe(13);
  });
  it('seed 001', async () => {
    expect(await headings('jiangwan-town-mayor-2023')).toEqual([
      '## 一、履职', '### （一）上', '### （二）本', '#### 1、坚持', '#### 2、践行', '### （三）深', '## 二、存在', '## 三、下一', '### （一）加', '### （二）完', '### （三）加',
    ]);
  });
  it('seed 002 (run-in headings)', async () => {
    const h = await headings('city-peoples-congress-office-2023');
    expect(h).toEqual(['## 一、工作', '### （一）加', '### （二）履', '### （三）充', '## 二、存在', '### （一）理', '### （二）依', '### （三）普', '## 三、下一', '### （一）坚', '### （二）强', '### （三）坚']);
  });
  it('seed 003 (mixed （1）/（三） markers nest under 二、)', async () => {
    const h = await headings('jincheng-township-government-2023');
    expect(h.filter((x) => x.startsWith('## '))).toEqual(['## 一、20', '## 二、20', '## 三、20', '## 四、下步']);
    expect(h.slice(h.indexOf('## 二、20'), h.indexOf('## 三、20'))).toEqual(['## 二、20', '### （1）带', '### （2）带', '### （三）带']);
  });
  it('seed 004', async () => {
    expect(await headings('town-self-inspection-2023')).toEqual(['## 一、学习', '## 二、党领', '## 三、深入']);
  });
});

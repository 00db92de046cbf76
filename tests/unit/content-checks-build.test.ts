/**
 * The pieces of the atomic build (src/build/site-build.ts), in-process: the staging folders beside
 * the output folder, the swap, the closing line of a failed build, and the problem list picked
 * out of Astro's output. The whole build is tested in tests/build/content-fixtures.test.ts.
 */
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { failureLine, lastProblemList, stagingDirs, swapIn } from '../../src/build/site-build.ts';

describe('stagingDirs and failureLine', () => {
  it('stages beside the output folder, so the swap is a rename on one filesystem', () => {
    expect(stagingDirs('/srv/site/dist', 42)).toEqual({ fresh: '/srv/site/.dist.building-42', previous: '/srv/site/.dist.previous-42' });
  });
  it('says what happened to the output folder', () => {
    expect(failureLine('dist', true)).toBe('构建失败，dist/ 保留上一次成功构建的网站，未改动');
    expect(failureLine('out/site/', false)).toBe('构建失败，没有生成 out/site/');
  });
});

describe('swapIn', () => {
  it('replaces the output folder by the fresh one and removes the old one', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'shufa-swap-'));
    const { fresh, previous } = stagingDirs(path.join(dir, 'dist'));
    await mkdir(path.join(dir, 'dist'));
    await writeFile(path.join(dir, 'dist', 'old.html'), 'old');
    await mkdir(fresh);
    await writeFile(path.join(fresh, 'index.html'), 'new');
    await swapIn(fresh, path.join(dir, 'dist'), previous);
    expect(await readdir(dir)).toEqual(['dist']);
    expect(await readdir(path.join(dir, 'dist'))).toEqual(['index.html']);
    expect(await readFile(path.join(dir, 'dist', 'index.html'), 'utf8')).toBe('new');
  });
  it('creates the output folder when there was none', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'shufa-swap-'));
    const { fresh, previous } = stagingDirs(path.join(dir, 'dist'));
    await mkdir(fresh);
    await swapIn(fresh, path.join(dir, 'dist'), previous);
    expect(await readdir(dir)).toEqual(['dist']);
  });
});

describe('lastProblemList', () => {
  it('takes the last problem list out of Astro’s output, without its log prefix', () => {
    const list = '内容检查发现问题（1 个问题）：\n  - a.md 正文 <script>：含有脚本。修正方法：删去';
    const output = `12:00:00 [ERROR] [build] Caught error rendering /404: ProblemError: ${list}\n  Stack trace:\n    at check (x.mjs:1:1)\n12:00:01 [ERROR] ProblemError: ${list}\n`;
    expect(lastProblemList(output)).toBe(list);
    expect(lastProblemList('[build] Error: something else\n')).toBeUndefined();
  });
});

/**
 * The pieces of the atomic build (src/build/site-build.ts), in-process: the staging folders beside
 * the output folder, the swap, the closing line of a failed build, and the problem list picked
 * out of Astro's output. The whole build is tested in tests/build/content-fixtures.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { failureLine, lastProblemList, removeStaleStaging, stagingDirs, swapIn, untilFirstError } from '../../src/build/site-build.ts';

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

describe('removeStaleStaging', () => {
  /** The id of a process that has exited. */
  const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

  it('removes the staging folders of killed builds, keeps those of running ones, and puts a half-swapped site back', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'shufa-stale-'));
    const out = path.join(dir, 'dist');
    const [dead1, dead2] = [deadPid(), deadPid()];
    const running = [`.dist.building-${process.pid}`, `.dist.building-${process.ppid}`];
    for (const name of [`.dist.building-${dead1}`, `.dist.previous-${dead2}`, ...running, '.dist.building-notes', '.site.building-1']) {
      await mkdir(path.join(dir, name));
    }
    await writeFile(path.join(dir, `.dist.previous-${dead2}`, 'index.html'), 'last good site');
    // Killed mid-swap: dist/ was renamed aside and the fresh site never renamed in.
    expect(await removeStaleStaging(out)).toEqual([`.dist.building-${dead1}`, `.dist.previous-${dead2}`].sort());
    expect((await readdir(dir)).sort()).toEqual([...running, '.dist.building-notes', '.site.building-1', 'dist'].sort());
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('last good site');
    // With dist/ in place, a leftover previous site is removed.
    await mkdir(path.join(dir, `.dist.previous-${dead1}`));
    expect(await removeStaleStaging(out)).toEqual([`.dist.previous-${dead1}`]);
    expect(existsSync(path.join(dir, `.dist.previous-${dead1}`))).toBe(false);
  });
});

describe('untilFirstError', () => {
  it('passes Astro’s output through line by line and holds back everything from its first [ERROR] line, on every stream', () => {
    const out: string[] = [];
    const err: string[] = [];
    const gate = untilFirstError();
    const [o, e] = [(t: string) => out.push(t), (t: string) => err.push(t)];
    gate.push('12:00:00 [build] Building\n 生成', o);
    gate.push('页面 ├─ /404.html', o);
    gate.push('12:00:01 [ERROR] ProblemError: 内容检查发现问题（1 个问题）：\n  - a.md', e);
    gate.push('\n    at check (x.mjs:1:1)\n', e);
    gate.push('12:00:02 [build] more\n', o);
    gate.end();
    expect(out.join('')).toBe('12:00:00 [build] Building\n');
    expect(err.join('')).toBe('');
    expect(gate.held()).toBe('12:00:01 [ERROR] ProblemError: 内容检查发现问题（1 个问题）：\n  - a.md\n    at check (x.mjs:1:1)\n12:00:02 [build] more\n');
  });
  it('writes everything, the last unfinished line too, when there is no error', () => {
    const out: string[] = [];
    const gate = untilFirstError();
    const write = (t: string) => out.push(t);
    gate.push('a\nb', write);
    gate.push('c\nd', write);
    gate.end();
    expect(out.join('')).toBe('a\nbc\nd');
    expect(gate.held()).toBe('');
  });
});

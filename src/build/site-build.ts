/**
 * The whole build, atomically: pre-validate the content (validate-content.ts), build the site with
 * Astro into a fresh folder beside the output folder, write the search indexes into it
 * (search-index.ts), and only then swap it in for the output folder by renames on the same
 * filesystem. If any step fails, the previous output folder is left exactly as it was and the
 * message says so. scripts/build.ts is the CLI (`npm run build`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { formatProblems } from '../shared/problem.ts';
import { validateContentDir } from './validate-content.ts';
import { buildSearchIndex } from './search-index.ts';

export interface SiteBuildOptions {
  /** The project root (where astro.config.mjs is). */
  root: string;
  /** The output folder the finished site replaces (config.outDir), relative to root or absolute. */
  outDir: string;
  /** The content root (config.contentDir), relative to root or absolute. */
  contentDir: string;
  /** Where progress and problems go (one line or block per call). */
  log: (text: string) => void;
}

/** The folder a build writes before the swap, and the one the previous site moves to meanwhile: siblings of the output folder. */
export function stagingDirs(out: string, id = process.pid) {
  const dir = path.dirname(out);
  const base = path.basename(out);
  return { fresh: path.join(dir, `.${base}.building-${id}`), previous: path.join(dir, `.${base}.previous-${id}`) };
}

/** The closing line of a failed build: what happened to the output folder. */
export function failureLine(outDir: string, hadPrevious: boolean): string {
  const shown = `${outDir.replace(/\/+$/, '')}/`;
  return hadPrevious ? `构建失败，${shown} 保留上一次成功构建的网站，未改动` : `构建失败，没有生成 ${shown}`;
}

/**
 * Replaces `out` by `fresh`: the old folder is renamed aside, the new one renamed in, then the old
 * one removed. If the second rename fails, the old folder is put back.
 */
export async function swapIn(fresh: string, out: string, previous: string): Promise<void> {
  const had = existsSync(out);
  if (had) await rename(out, previous);
  try {
    await rename(fresh, out);
  } catch (e) {
    if (had) await rename(previous, out);
    throw e;
  }
  if (had) await rm(previous, { recursive: true, force: true });
}

/** Starts `astro build` in `root` with the output folder `outDir`; `done` resolves with its exit code and the tail of its output, which is also passed through to this process's. */
function astroBuild(root: string, outDir: string): { child: ChildProcess; done: Promise<{ code: number; tail: string }> } {
  const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
  const child = spawn(process.execPath, [astro, 'build'], {
    cwd: root,
    stdio: ['inherit', 'pipe', 'pipe'],
    // config.ts reads SHUFA_OUT_DIR in the child: Astro writes the site there.
    env: { ...process.env, SHUFA_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  let tail = '';
  const keep = (chunk: Buffer) => (tail = (tail + chunk.toString('utf8')).slice(-200_000));
  child.stdout!.on('data', (d: Buffer) => (process.stdout.write(d), keep(d)));
  child.stderr!.on('data', (d: Buffer) => (process.stderr.write(d), keep(d)));
  const done = new Promise<{ code: number; tail: string }>((resolve) => {
    child.on('close', (code) => resolve({ code: code ?? 1, tail }));
    child.on('error', () => resolve({ code: 1, tail }));
  });
  return { child, done };
}

/**
 * The last problem list (formatProblems: a heading “…（N 个问题）：” and one “  - ” line per
 * problem) in Astro's output, which repeats it inside its own error frames and stack traces.
 */
export function lastProblemList(output: string): string | undefined {
  const lists = [...output.matchAll(/^[^\n]*（\d+ 个问题）：\n(?: {2}- [^\n]*(?:\n|$))+/gm)];
  const last = lists.at(-1)?.[0].trimEnd();
  // Astro's logger prefixes the first line (time, [ERROR], the page it was rendering): keep the heading only.
  return last?.replace(/^[^\n]*?(?=[^\s:：]*（\d+ 个问题）：)/, '');
}

/** Builds the site; resolves with the exit code (0 built and swapped in, 1 content problems or a failed step). */
export async function buildSite({ root, outDir, contentDir, log }: SiteBuildOptions): Promise<number> {
  const out = path.resolve(root, outDir);
  const hadPrevious = existsSync(out);
  const failed = (why: string) => {
    log(`${why}\n${failureLine(outDir, hadPrevious)}`);
    return 1;
  };

  const problems = await validateContentDir(path.resolve(root, contentDir), path.relative(root, path.resolve(root, contentDir)) || '.');
  if (problems.length) return failed(formatProblems('内容文件有错误，没有开始构建网站', problems));

  const { fresh, previous } = stagingDirs(out);
  await rm(fresh, { recursive: true, force: true });
  // Interrupted (Ctrl-C, a CI timeout): drop the staging folder, and put the old site back if the swap was half done.
  let astro: ReturnType<typeof astroBuild> | undefined;
  const interrupted = () => {
    const finish = () => {
      rmSync(fresh, { recursive: true, force: true });
      if (!existsSync(out) && existsSync(previous)) renameSync(previous, out);
      log(`构建被中断\n${failureLine(outDir, hadPrevious)}`);
      process.exit(130);
    };
    // Astro must stop writing into the staging folder before it is removed.
    if (astro && astro.child.exitCode === null) {
      astro.child.once('close', finish);
      astro.child.kill('SIGTERM');
    } else finish();
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    astro = astroBuild(root, fresh);
    const { code, tail } = await astro.done;
    if (code !== 0) {
      const list = lastProblemList(tail);
      return failed(list ? `\n${list}` : 'Astro 构建网站失败（原因见上方输出）');
    }
    try {
      log(await buildSearchIndex(fresh));
    } catch (e) {
      return failed(`搜索索引没有建成：${(e as Error).message}`);
    }
    await swapIn(fresh, out, previous);
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    await rm(fresh, { recursive: true, force: true });
  }
  log(`网站已构建到 ${outDir.replace(/\/+$/, '')}/`);
  return 0;
}

/**
 * The whole build, atomically: pre-validate the content (validate-content.ts), build the site with
 * Astro into a fresh folder beside the output folder, write the search indexes into it
 * (search-index.ts), and only then swap it in for the output folder by renames on the same
 * filesystem. If any step fails, the previous output folder is left exactly as it was and the
 * message says so. scripts/build.ts is the CLI (`npm run build`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { formatProblems } from '../shared/problem.ts';
import { escapeRegExp } from '../shared/escape-regexp.ts';
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

/** True while process `pid` runs (signal 0 tests without sending; EPERM means it runs as another user). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Staging folders that a killed build (SIGKILL, a power cut) left beside `out`: those whose
 * process is gone, and only those, so a build running beside this one keeps its own. A leftover
 * `.building-<pid>` is removed; a leftover `.previous-<pid>` is the last site when the kill came
 * mid-swap, so it is put back if `out` is missing and removed otherwise. Returns the names handled.
 */
export async function removeStaleStaging(out: string): Promise<string[]> {
  const dir = path.dirname(out);
  const pattern = new RegExp(`^\\.${escapeRegExp(path.basename(out))}\\.(building|previous)-(\\d+)$`);
  const handled: string[] = [];
  for (const name of (await readdir(dir).catch(() => [] as string[])).sort()) {
    const m = pattern.exec(name);
    if (!m || Number(m[2]) === process.pid || isRunning(Number(m[2]))) continue;
    const stale = path.join(dir, name);
    if (m[1] === 'previous' && !existsSync(out)) await rename(stale, out);
    else await rm(stale, { recursive: true, force: true });
    handled.push(name);
  }
  return handled;
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

/**
 * Astro's output, passed through line by line until its first error report (a line with
 * [ERROR]); from there on it is held back: Astro prints the error with its stack traces and the
 * problem list two or three times, and the build prints the clean list once instead. `held()` is
 * what was held back, for a failure that is not a problem list. `write` is the stream a chunk
 * came from; once one stream reports an error, all are held.
 */
export function untilFirstError() {
  let holding = false;
  let held = '';
  // Each stream's last line while it has no line break yet.
  const pending = new Map<(text: string) => void, string>();
  return {
    push(chunk: string, write: (text: string) => void) {
      if (holding) {
        held = (held + chunk).slice(-200_000);
        return;
      }
      const text = (pending.get(write) ?? '') + chunk;
      const error = text.indexOf('[ERROR]');
      const cut = text.lastIndexOf('\n', error >= 0 ? error : text.length) + 1;
      write(text.slice(0, cut));
      pending.set(write, text.slice(cut));
      if (error >= 0) {
        holding = true;
        held = text.slice(cut);
      }
    },
    /** Writes each stream's last line that had no line break, unless holding. */
    end() {
      if (!holding) for (const [write, text] of pending) write(text);
      pending.clear();
    },
    held: () => held,
  };
}

/** Starts `astro build` in `root` with the output folder `outDir`; `done` resolves with its exit code, the tail of its output and what untilFirstError held back. */
function astroBuild(root: string, outDir: string): { child: ChildProcess; done: Promise<{ code: number; tail: string; held: string }> } {
  const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
  const child = spawn(process.execPath, [astro, 'build'], {
    cwd: root,
    stdio: ['inherit', 'pipe', 'pipe'],
    // config.ts reads SHUFA_OUT_DIR in the child: Astro writes the site there.
    env: { ...process.env, SHUFA_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  let tail = '';
  const keep = (chunk: string) => (tail = (tail + chunk).slice(-200_000));
  // One gate for both streams: once Astro reports an error on either, both are held.
  const gate = untilFirstError();
  const [out, err] = [(t: string) => process.stdout.write(t), (t: string) => process.stderr.write(t)];
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (gate.push(d, out), keep(d)));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (gate.push(d, err), keep(d)));
  const done = new Promise<{ code: number; tail: string; held: string }>((resolve) => {
    const finish = (code: number) => (gate.end(), resolve({ code, tail, held: gate.held() }));
    child.on('close', (code) => finish(code ?? 1));
    child.on('error', () => finish(1));
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
  const stale = await removeStaleStaging(out);
  if (stale.length) log(`清理了被中断的构建留下的临时目录：${stale.join('、')}`);
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
    const { code, tail, held } = await astro.done;
    if (code !== 0) {
      const list = lastProblemList(tail);
      return failed(list ? `\n${list}` : `${held.trimEnd()}\nAstro 构建网站失败（原因见上方输出）`);
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

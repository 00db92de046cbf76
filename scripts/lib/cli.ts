/**
 * What every CLI does at its edges: a wrong flag is one Chinese line in the problem format plus
 * the usage, exit 2; any other failure prints its message (after `failurePrefix`), exit 1;
 * otherwise main's exit code.
 */
import { existsSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatProblem } from '../../src/shared/problem.ts';
import { config } from '../../src/build/config.ts';
import { forTerminal } from './terminal.ts';

/** A flag or argument the user got wrong. */
export class UsageError extends Error {}

/** A UsageError naming the flag, what is wrong and the fix. */
export const badFlag = (field: string, problem: string, fix: string) => new UsageError(formatProblem({ file: '命令行', field, problem, fix }));

/** node:util parseArgs errors (unknown flag, flag without its value) as one UsageError line. */
export function parseFlags<T>(parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    throw badFlag('选项', flagProblem((e as Error).message), '只用下面列出的选项，每个选项后写它的值');
  }
}

/** node:util's English message, in Chinese for the cases users meet; anything else quoted on one line. */
function flagProblem(message: string): string {
  const name = /'(-[^' ]+)/.exec(message)?.[1];
  if (name && /^Unknown option/.test(message)) return `没有选项 ${name}`;
  if (name && /argument missing/.test(message)) return `选项 ${name} 后缺少值`;
  if (name && /argument is ambiguous/.test(message)) return `选项 ${name} 后缺少值（下一项是另一个选项）`;
  if (/Unexpected argument/.test(message)) return `多余的参数（${/'([^']+)'/.exec(message)?.[1] ?? ''}）`;
  return `选项有误（${message.replace(/\s*\n\s*/g, ' ')}）`;
}

/**
 * A path the user typed, as this process must open it: npm runs every script in the project
 * root, so `npm run check -- 甲镇.txt` typed in a subfolder names a file in that subfolder
 * (npm's INIT_CWD). Unchanged when it is absolute or typed in the project root.
 */
export function userPath(p: string): string {
  const from = config.invokedFrom;
  if (!from || path.isAbsolute(p) || path.resolve(from) === process.cwd()) return p;
  return path.resolve(from, p);
}

/**
 * The file a CLI is to write (`given` as typed after `flag`), checked before any work: its folder
 * must exist, and an existing file is overwritten only with --force. Refusals are UsageErrors.
 */
export function outputFile(given: string, force: boolean, flag = '--out'): string {
  const file = userPath(given);
  const dir = path.dirname(path.resolve(file));
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw badFlag(flag, `输出文件“${given}”所在的文件夹“${dir}”不存在`, '先建好这个文件夹，或写到已有的文件夹中');
  }
  if (existsSync(file)) {
    if (statSync(file).isDirectory()) throw badFlag(flag, `“${given}”是一个文件夹`, `写文件名，如 ${flag} ${path.join(given, '文件.docx')}`);
    if (!force) throw badFlag(flag, `输出文件“${given}”已存在`, '如需覆盖请加 --force，或换一个文件名');
  }
  return file;
}

/** Writes `bytes` to `file` (from outputFile); a refusal by the system is one Chinese line, exit 2. */
export async function writeOutput(file: string, bytes: Uint8Array, flag = '--out'): Promise<void> {
  try {
    await writeFile(file, bytes);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' || code === 'EPERM' ? '没有写入权限' : code === 'ENOSPC' ? '磁盘已满' : `系统拒绝写入（${code ?? '未知原因'}）`;
    throw badFlag(flag, `无法写入“${file}”：${why}`, '换一个有写入权限的文件夹，或检查磁盘空间');
  }
}

export function runCli(main: (args: string[]) => Promise<number>, usage: string, failurePrefix = ''): void {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      if (e instanceof UsageError) {
        console.error(forTerminal(e.message));
        console.error(usage);
        process.exit(2);
      }
      console.error(forTerminal(e instanceof Error ? `${failurePrefix}${e.message}` : String(e)));
      process.exit(1);
    },
  );
}

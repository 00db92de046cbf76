/**
 * What every CLI does at its edges: a wrong flag is one Chinese line in the problem format plus
 * the usage, exit 2; any other failure prints its message (after `failurePrefix`), exit 1;
 * otherwise main's exit code.
 */
import { formatProblem } from '../../src/shared/problem.ts';

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

export function runCli(main: (args: string[]) => Promise<number>, usage: string, failurePrefix = ''): void {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      if (e instanceof UsageError) {
        console.error(e.message);
        console.error(usage);
        process.exit(2);
      }
      console.error(e instanceof Error ? `${failurePrefix}${e.message}` : e);
      process.exit(1);
    },
  );
}

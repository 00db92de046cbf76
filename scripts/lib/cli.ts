/**
 * What every CLI does at its edges: a wrong flag is one Chinese line in the problem format plus
 * the usage, exit 2; any other failure prints its message, exit 1; otherwise main's exit code.
 */
import { formatProblem } from '../../src/shared/problem.ts';

/** A flag or argument the user got wrong. */
export class UsageError extends Error {}

/** A UsageError naming the flag, what is wrong and the fix. */
export const badFlag = (field: string, problem: string, fix: string) => new UsageError(formatProblem({ file: '命令行', field, problem, fix }));

export function runCli(main: (args: string[]) => Promise<number>, usage: string): void {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      if (e instanceof UsageError) {
        console.error(e.message);
        console.error(usage);
        process.exit(2);
      }
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}

import { formatProblem, type Problem } from '../problem.ts';

/** An input the importer refuses. The message names the file, what is wrong and the fix, through the one problem formatter. */
export class ImportError extends Error {
  readonly file: string;
  readonly problem: Problem;
  constructor(file: string, problem: string, fix: string, field = '') {
    const p: Problem = { file, field, problem, fix };
    super(formatProblem(p));
    this.name = 'ImportError';
    this.file = file;
    this.problem = p;
  }
}

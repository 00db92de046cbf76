/**
 * One shape for every problem a maintainer or a writer can meet: a content file the build
 * rejects, an input the importer refuses, a YAML syntax error, a finding of the draft checker.
 * Each names the file, where in it, what is wrong and how to fix it, in Chinese, and prints
 * through one formatter, so every message reads the same way.
 */
export interface Problem {
  /** The file, as the maintainer would open it (e.g. src/content/phrases/law-enforcement.yaml). */
  file: string;
  /** 1-based line, where known. */
  line?: number;
  /** The field or place inside the file (e.g. 条目 si-ge-qinzi 字段 topics; sections[2].examples[0]); empty for the file as a whole. */
  field: string;
  /** What is wrong, in one sentence without a final full stop. */
  problem: string;
  /** What to do about it, in one sentence without a final full stop. */
  fix: string;
}

/** 'src/content/x.yaml 第 3 行 字段 topics：主题“y”不存在。修正方法：改用 a、b' */
export function formatProblem(p: Problem): string {
  const where = [p.file, p.line ? `第 ${p.line} 行` : '', p.field].filter(Boolean).join(' ');
  return `${where}：${trimStop(p.problem)}。修正方法：${trimStop(p.fix)}`;
}

/** Several problems under one heading, one per line, e.g. for a failed build. */
export function formatProblems(heading: string, problems: Problem[]): string {
  return `${heading}（${problems.length} 个问题）：\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`;
}

/** An error that carries its problems, for code paths that must throw (a build step, a CLI). */
export class ProblemError extends Error {
  readonly problems: Problem[];
  constructor(heading: string, problems: Problem[]) {
    super(formatProblems(heading, problems));
    this.name = 'ProblemError';
    this.problems = problems;
  }
}

const trimStop = (s: string) => s.replace(/[。.]+$/, '');

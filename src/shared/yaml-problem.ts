/**
 * A YAML syntax error from the `yaml` package as a Problem: the line where the parser stopped and
 * a Chinese explanation of its error code, so a maintainer is never left with an English parser
 * message alone.
 */
import type { Problem } from './problem.ts';

const EXPLAIN: Record<string, string> = {
  BAD_INDENT: '缩进不对：同一层的字段要对齐，下一层多缩进两个空格',
  BLOCK_AS_IMPLICIT_KEY: '缩进不对，或在“键: 值”的值里又写了“键: 值”：检查这一行和下一行的缩进，值里有冒号时整段加引号',
  MISSING_CHAR: '缺少配对的引号或括号',
  DUPLICATE_KEY: '同一层有两个相同的字段名',
  TAB_AS_INDENT: '用了制表符缩进：YAML 只能用空格缩进',
  UNEXPECTED_TOKEN: '有一个不该出现在这里的符号',
  MULTILINE_IMPLICIT_KEY: '字段名跨了行：检查上一行是否少了冒号或引号',
  BAD_SCALAR_START: '值以特殊符号开头：整段加引号',
};

export function yamlProblem(file: string, error: { code?: string; linePos?: { line: number; col: number }[]; message: string }): Problem {
  const pos = error.linePos?.[0];
  const why = (error.code && EXPLAIN[error.code]) ?? `YAML 格式错误（${error.code ?? error.message.split('\n')[0]}）`;
  return {
    file,
    line: pos?.line,
    field: pos ? `第 ${pos.col} 列附近` : '',
    problem: `YAML 格式错误：${why}`,
    fix: '检查这一行及上一行的缩进、冒号和引号',
  };
}

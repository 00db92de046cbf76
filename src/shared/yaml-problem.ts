/**
 * A YAML syntax error from the `yaml` package as a Problem: the line where the parser stopped and
 * a Chinese explanation of its error code, so a maintainer is never left with an English parser
 * message alone. Given the file's text, an unclosed quote or bracket is named at the line where it
 * opens, not where the parser gave up (often the end of the file).
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

/** The opening character a parser message says was never closed, and its closing partner. */
const UNCLOSED: [RegExp, string, string][] = [
  [/Missing closing "quote/, '"', '"'],
  [/Missing closing 'quote/, "'", "'"],
  [/end with a \]/, '[', ']'],
  [/end with a \}/, '{', '}'],
];

export interface YamlError {
  code?: string;
  message: string;
  /** Start (and end) of the error, 1-based. */
  linePos?: { line: number; col: number }[];
  /** Character offsets of the error in the text. */
  pos?: [number, number];
}

/** Where an unclosed quote or bracket opens: the last opener before the error with no closer after it. */
function unclosedOpener(text: string, error: YamlError) {
  const kind = UNCLOSED.find(([re]) => re.test(error.message));
  if (!kind || !error.pos) return undefined;
  const [, open, close] = kind;
  const before = text.slice(0, error.pos[0]);
  const at = before.lastIndexOf(open);
  if (at < 0 || (open !== close && before.indexOf(close, at) >= 0)) return undefined;
  const lineStart = before.lastIndexOf('\n', at) + 1;
  return { open, close, line: before.slice(0, at).split('\n').length, col: at - lineStart + 1 };
}

/**
 * `error` as a Problem of `file`. With `text` (what was parsed), an unclosed quote or bracket is
 * placed at its opening; `firstLine` is the file line of the text's first line (frontmatter starts
 * below the opening ---).
 */
export function yamlProblem(file: string, error: YamlError, text?: string, firstLine = 1): Problem {
  const opener = text === undefined ? undefined : unclosedOpener(text, error);
  if (opener) {
    return {
      file,
      line: opener.line + firstLine - 1,
      field: `第 ${opener.col} 列`,
      problem: `YAML 格式错误：${EXPLAIN.MISSING_CHAR}：这里的 ${opener.open} 没有配对的 ${opener.close}`,
      fix: `在这个值的末尾补上 ${opener.close}；值里本身有引号时，改用另一种引号包住整段`,
    };
  }
  const pos = error.linePos?.[0];
  const why = (error.code && EXPLAIN[error.code]) ?? `YAML 格式错误（${error.code ?? error.message.split('\n')[0]}）`;
  return {
    file,
    line: pos ? pos.line + firstLine - 1 : undefined,
    field: pos ? `第 ${pos.col} 列附近` : '',
    problem: `YAML 格式错误：${why}`,
    fix: '检查这一行及上一行的缩进、冒号和引号',
  };
}

/**
 * Helpers of `npm run check` (scripts/check.ts): load the compiled rules the build wrote, name the
 * report types, and print findings as a table (at most SHOWN_PER_RULE of a rule, as the page
 * lists them: src/shared/check-view.ts; control characters escaped) or as the JSON the README
 * specifies (every finding; a file that could not be read as {file, error}).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { config } from '../../src/build/config.ts';
import { LEVEL_LABELS, REPORT_KINDS, REPORT_KIND_LABELS } from '../../src/shared/draft-check/labels.ts';
import type { CheckResult, ReportKind, RulesFile } from '../../src/shared/draft-check/types.ts';
import { capPerRule, positionFinder, restLine } from '../../src/shared/check-view.ts';
import { forTerminal, jsonForTerminal } from './terminal.ts';

/** Where the build writes the rules: <outDir>/check/rules.json (the page fetches the same file). */
export const RULES_FILE = path.join(config.outDir, 'check', 'rules.json');

/** The rules the build wrote, or undefined when the site has not been built. */
export function loadBuiltRules(file = RULES_FILE): RulesFile | undefined {
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as RulesFile;
}

/** --type accepts the guide slug, the full Chinese name, or a short one (述法, 年度报告, 自查). */
const SHORT: Record<string, ReportKind> = { 述法: 'shufa-report', 述职述法: 'shufa-report', 履行推进法治建设第一责任人职责述职报告: 'shufa-report', 年度报告: 'law-based-government-annual-report', 法治政府: 'law-based-government-annual-report', 自查: 'self-inspection-report', 自查报告: 'self-inspection-report' };
export function parseReportKind(s: string): ReportKind | undefined {
  if ((REPORT_KINDS as readonly string[]).includes(s)) return s as ReportKind;
  return REPORT_KINDS.find((k) => REPORT_KIND_LABELS[k] === s) ?? SHORT[s];
}
export const REPORT_KIND_CHOICES = REPORT_KINDS.map((k) => `${k}（${REPORT_KIND_LABELS[k]}）`).join(' | ');

/** One object per file, as `--json` prints it. Offsets are UTF-16 code units into the text as read. */
export interface FileResult {
  file: string;
  type: ReportKind | null;
  findings: { rule: string; level: 'error' | 'hint'; start: number; end: number; text: string; message: string; fix: string | null }[];
}
/** A file that could not be read: why, in Chinese (problem and fix). */
export interface FileError {
  file: string;
  error: string;
}

export function toJson(file: string, r: CheckResult): FileResult {
  return {
    file,
    type: r.type,
    findings: r.findings.map((f) => ({ rule: f.rule, level: f.level, start: f.start, end: f.end, text: f.text, message: f.message, fix: f.fix ?? null })),
  };
}

/**
 * The --json array, a piece at a time, laid out as JSON.stringify(array, null, 2) lays it out: one
 * file's result (as many findings as 5 MB of text can hold) never has to fit in one string, so a
 * large batch cannot fail with the engine's “Invalid string length”. Control characters escaped.
 */
export function* jsonPieces(item: FileResult | FileError, first: boolean): Generator<string> {
  const at = (v: unknown, depth: number) => jsonForTerminal(JSON.stringify(v, null, 2)).replace(/\n/g, `\n${'  '.repeat(depth)}`);
  const open = first ? '[\n  ' : ',\n  ';
  if ('error' in item || !item.findings.length) {
    yield open + at(item, 1);
    return;
  }
  yield `${open}{\n    "file": ${at(item.file, 0)},\n    "type": ${at(item.type, 0)},\n    "findings": [`;
  for (let i = 0; i < item.findings.length; i++) yield `${i ? ',' : ''}\n      ${at(item.findings[i], 3)}`;
  yield '\n    ]\n  }';
}

/** Display width in a terminal: CJK and full-width forms take two columns. */
const width = (s: string) => [...s].reduce((n, c) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1), 0);
const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)));
const clip = (s: string, n: number) => {
  const one = s.replace(/\s+/g, ' ');
  return [...one].length > n ? `${[...one].slice(0, n).join('')}…` : one;
};

/**
 * A heading line per file, then one row per finding listed: 行 | 级别 | 规则 | 原文 | 说明（改法）;
 * past SHOWN_PER_RULE findings of a rule, one line with the count of the rest.
 */
export function formatTable(file: string, text: string, r: CheckResult, typeGiven: boolean): string {
  const errors = r.findings.filter((f) => f.level === 'error').length;
  const type = r.type ? `按${REPORT_KIND_LABELS[r.type]}检查${typeGiven ? '' : '（自动判断）'}` : '未判断出报告类型，未查必备部分';
  const year = r.year ? `年度 ${r.year}` : '未读出年度';
  const head = `${forTerminal(file)}：${type}，${year}；错误 ${errors} 条，提示 ${r.findings.length - errors} 条`;
  if (!r.findings.length) return `${head}\n  没有发现规则所列的问题。`;
  const at = positionFinder(text);
  const { shown, rest } = capPerRule(r.findings, (f) => f.rule);
  const rows = shown.map((f) => {
    const { line, column } = at(f.start);
    return [
      f.end > f.start ? `${line}:${column}` : '全篇',
      LEVEL_LABELS[f.level],
      f.rule,
      f.end > f.start ? forTerminal(clip(f.text, 16)) : '',
      forTerminal(f.fix ? `${f.message} 改法：${f.fix}` : f.message),
    ];
  });
  const header = ['行:列', '级别', '规则', '原文', '说明'];
  const widths = header.slice(0, 4).map((h, c) => rows.reduce((w, row) => Math.max(w, width(row[c]!)), width(h)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => (i < 4 ? pad(c, widths[i]!) : c)).join('  ')}`.trimEnd();
  const restLines = rest.map((x) => `  ${restLine(x)}；用 --json 可得到全部。`);
  return [head, line(header), ...rows.map(line), ...restLines].join('\n');
}

/**
 * Helpers of `npm run check` (scripts/check.ts): load the compiled rules the build wrote, name the
 * report types, and print findings as a table or as the JSON the issue specifies.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { config } from '../../src/build/config.ts';
import { LEVEL_LABELS, REPORT_KINDS, REPORT_KIND_LABELS } from '../../src/shared/draft-check/labels.ts';
import type { CheckResult, ReportKind, RulesFile } from '../../src/shared/draft-check/types.ts';

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

export function toJson(file: string, r: CheckResult): FileResult {
  return {
    file,
    type: r.type,
    findings: r.findings.map((f) => ({ rule: f.rule, level: f.level, start: f.start, end: f.end, text: f.text, message: f.message, fix: f.fix ?? null })),
  };
}

/** Display width in a terminal: CJK and full-width forms take two columns. */
const width = (s: string) => [...s].reduce((n, c) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1), 0);
const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)));
const clip = (s: string, n: number) => {
  const one = s.replace(/\s+/g, ' ');
  return [...one].length > n ? `${[...one].slice(0, n).join('')}…` : one;
};

/** A heading line per file, then one row per finding: 行 | 级别 | 规则 | 原文 | 说明（改法）. */
export function formatTable(file: string, text: string, r: CheckResult, typeGiven: boolean): string {
  const errors = r.findings.filter((f) => f.level === 'error').length;
  const type = r.type ? `按${REPORT_KIND_LABELS[r.type]}检查${typeGiven ? '' : '（自动判断）'}` : '未判断出报告类型，未查必备部分';
  const year = r.year ? `年度 ${r.year}` : '未读出年度';
  const head = `${file}：${type}，${year}；错误 ${errors} 条，提示 ${r.findings.length - errors} 条`;
  if (!r.findings.length) return `${head}\n  没有发现规则所列的问题。`;
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (o: number) => lineStarts.filter((s) => s <= o).length;
  const rows = r.findings.map((f) => [
    f.end > f.start ? `${lineOf(f.start)}:${f.start - lineStarts[lineOf(f.start) - 1]! + 1}` : '全篇',
    LEVEL_LABELS[f.level],
    f.rule,
    f.end > f.start ? clip(f.text, 16) : '',
    f.fix ? `${f.message} 改法：${f.fix}` : f.message,
  ]);
  const header = ['行:列', '级别', '规则', '原文', '说明'];
  const widths = header.slice(0, 4).map((h, c) => Math.max(width(h), ...rows.map((row) => width(row[c]!))));
  const line = (cells: string[]) => `  ${cells.map((c, i) => (i < 4 ? pad(c, widths[i]!) : c)).join('  ')}`.trimEnd();
  return [head, line(header), ...rows.map(line)].join('\n');
}

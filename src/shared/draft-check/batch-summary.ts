/**
 * 批量体检: one row per file for the summary table on /check/ and its downloads (.csv, .xlsx).
 * A row says the report type checked as, the year, the 错误 and 提示 counts and which required
 * sections are missing; a file that could not be read (or was not reached before 取消) is a row too,
 * with its reason, never left out. Pure: the page's worker builds rows, the page sorts and draws them.
 */
import type { CheckResult, CompiledRules, ReportKind } from './types.ts';
import { REPORT_KIND_LABELS } from './labels.ts';
import { xlsxWorkbook, type Cell } from '../xlsx.ts';

export interface BatchRow {
  file: string;
  /** Why there are no findings: the file could not be read, or the batch was cancelled first. */
  problem?: string;
  /** The type checked as (chosen on the page, else guessed) and the year; null when neither says. */
  type: ReportKind | null;
  year: number | null;
  errors: number;
  hints: number;
  /** Titles of the required sections the draft lacks (the structure rules' guide sections). */
  missing: string[];
}

export type BatchColumn = 'file' | 'type' | 'year' | 'errors' | 'hints' | 'missing' | 'note';

/** The table's columns, in order, as the page, the .csv and the .xlsx head them. */
export const BATCH_COLUMNS: { key: BatchColumn; label: string; width: number }[] = [
  { key: 'file', label: '文件', width: 28 },
  { key: 'type', label: '报告类型', width: 24 },
  { key: 'year', label: '年度', width: 8 },
  { key: 'errors', label: '错误', width: 8 },
  { key: 'hints', label: '提示', width: 8 },
  { key: 'missing', label: '缺少的必备部分', width: 48 },
  { key: 'note', label: '说明', width: 40 },
];

/** The row of a checked draft. */
export function batchRow(file: string, result: CheckResult, rules: CompiledRules): BatchRow {
  const byId = new Map(rules.rules.map((r) => [r.id, r]));
  const missing: string[] = [];
  for (const f of result.findings) {
    const r = byId.get(f.rule);
    if (r?.type !== 'structure' || r.check !== 'missing-section') continue;
    const title = r.guide?.title ?? r.sectionSpec?.section ?? r.id;
    if (!missing.includes(title)) missing.push(title);
  }
  return {
    file,
    type: result.type,
    year: result.year,
    errors: result.findings.filter((f) => f.level === 'error').length,
    hints: result.findings.filter((f) => f.level === 'hint').length,
    missing,
  };
}

/** The row of a file that has no findings to show, with the reason. */
export function problemRow(file: string, problem: string): BatchRow {
  return { file, problem, type: null, year: null, errors: 0, hints: 0, missing: [] };
}

/** What a row shows in each column, as text (the page's cells, the .csv) or a number (the .xlsx). */
export function batchCells(row: BatchRow): Record<BatchColumn, Cell> {
  if (row.problem) return { file: row.file, type: null, year: null, errors: null, hints: null, missing: null, note: row.problem };
  const notes: string[] = [];
  if (!row.type) notes.push('没有判断出报告类型，未检查必备部分');
  if (!row.year) notes.push('没有读出报告年度，与年度有关的规则未运行');
  return {
    file: row.file,
    type: row.type ? REPORT_KIND_LABELS[row.type] : '未判断出',
    year: row.year,
    errors: row.errors,
    hints: row.hints,
    missing: row.missing.length ? row.missing.join('；') : row.type ? '无' : null,
    note: notes.join('；') || null,
  };
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

/**
 * Rows sorted by a column (stable: equal rows keep their order). Rows without a value in that column
 * (an unreadable file has no counts, a draft may have no year) go last in either direction; sorting
 * by 说明 therefore gathers the unreadable files and the drafts with a note at the top.
 */
export function sortRows(rows: BatchRow[], column: BatchColumn, direction: 'ascending' | 'descending'): BatchRow[] {
  const value = (r: BatchRow): string | number | null => {
    if (column === 'missing') return r.problem || !r.type ? null : r.missing.length;
    const v = batchCells(r)[column];
    return v === null || v === '' ? null : v;
  };
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((r, i) => ({ r, i, v: value(r) }))
    .sort((a, b) => {
      if (a.v === null || b.v === null) return a.v === b.v ? a.i - b.i : a.v === null ? 1 : -1;
      const c = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : collator.compare(String(a.v), String(b.v));
      return c * sign || a.i - b.i;
    })
    .map((x) => x.r);
}

/**
 * A cell as CSV: quoted when it holds a comma, quote or line break; a text cell that a spreadsheet
 * would read as a formula (=, +, -, @ first: a file named "=HYPERLINK(…).docx") gets a leading ' .
 */
function csvCell(v: Cell): string {
  if (v === null) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The table as CSV: UTF-8 with a byte-order mark (so Excel and WPS read the Chinese), CRLF line ends. */
export function batchCsv(rows: BatchRow[]): string {
  const lines = [BATCH_COLUMNS.map((c) => c.label), ...rows.map((r) => BATCH_COLUMNS.map((c) => batchCells(r)[c.key]))];
  return `\uFEFF${lines.map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** The table as an .xlsx workbook (counts and years as numbers). */
export function batchXlsx(rows: BatchRow[]): Uint8Array {
  return xlsxWorkbook(
    '批量体检',
    BATCH_COLUMNS.map((c) => c.label),
    rows.map((r) => BATCH_COLUMNS.map((c) => batchCells(r)[c.key])),
    BATCH_COLUMNS.map((c) => c.width),
  );
}

/** Whether a file is read as Word (the page's reader decides by the name, as here). */
export const isDocx = (name: string) => name.toLowerCase().endsWith('.docx');

/** The annotated file's name, as `npm run check --annotate` writes it: 甲镇.txt → 甲镇.批注.docx. */
export function annotatedFileName(name: string): string {
  const base = name.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  return `${dot > 0 ? base.slice(0, dot) : base}.批注.docx`;
}

/** `name`, or 甲镇（2）.批注.docx and so on when `taken` already has it (two files named alike from two folders). */
export function uniqueName(name: string, taken: Record<string, unknown>): string {
  if (!(name in taken)) return name;
  const [, stem, ext] = /^(.*?)((?:\.批注)?\.[^.]+)?$/.exec(name)!;
  for (let n = 2; ; n++) {
    const next = `${stem}（${n}）${ext ?? ''}`;
    if (!(next in taken)) return next;
  }
}

// 批量体检's summary rows, sorting and downloads (src/shared/draft-check/batch-summary.ts, src/shared/xlsx.ts).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { BATCH_COLUMNS, annotatedFileName, batchCsv, batchRow, batchXlsx, problemRow, sortRows, uniqueName, type BatchRow } from '../../src/shared/draft-check/batch-summary.ts';
import { columnName } from '../../src/shared/xlsx.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';
import { parseCsv } from '../lib/csv.ts';

const compiled = loadCompiled();

/** A 述法 draft that has the study section but none of the others, and one 某某 placeholder. */
const SHUFA = '某镇党委书记2025年度述法报告\n一、学习贯彻习近平法治思想情况\n某某同志带头学法。\n';

describe('batch rows', () => {
  it('counts errors and hints and names the missing required sections by their guide titles', () => {
    const result = checkDraft(SHUFA, compiled);
    const row = batchRow('甲镇.txt', result, compiled);
    expect(row.type).toBe('shufa-report');
    expect(row.year).toBe(2025);
    expect(row.errors).toBe(result.findings.filter((f) => f.level === 'error').length);
    expect(row.hints).toBe(result.findings.filter((f) => f.level === 'hint').length);
    expect(row.errors + row.hints).toBe(result.findings.length);
    expect(row.missing).toContain('存在的问题和不足');
    expect(row.missing).toContain('下一步思路和改进举措');
    expect(row.missing).not.toContain('学习贯彻习近平法治思想情况');
  });

  it('sorts by a column, stable, with rows lacking a value last in both directions', () => {
    const rows: BatchRow[] = [
      { ...problemRow('坏.docx', '无法读取'), file: '坏.docx' },
      batchRow('乙镇.txt', checkDraft(SHUFA, compiled), compiled),
      { ...batchRow('甲镇.txt', checkDraft(SHUFA, compiled), compiled), errors: 0 },
      { ...batchRow('丙镇.txt', checkDraft(SHUFA, compiled), compiled), errors: 9 },
    ];
    expect(sortRows(rows, 'errors', 'descending').map((r) => r.file)).toEqual(['丙镇.txt', '乙镇.txt', '甲镇.txt', '坏.docx']);
    expect(sortRows(rows, 'errors', 'ascending').map((r) => r.file)).toEqual(['甲镇.txt', '乙镇.txt', '丙镇.txt', '坏.docx']);
    // Names in pinyin order (zh-CN collation): 丙 bing, 乙 yi, 甲 jia; numbers inside names numerically.
    expect(sortRows(rows, 'file', 'ascending').map((r) => r.file)).toEqual(['丙镇.txt', '坏.docx', '甲镇.txt', '乙镇.txt']);
    const numbered = ['报告10.txt', '报告9.txt', '报告2.txt'].map((f) => problemRow(f, 'x'));
    expect(sortRows(numbered, 'file', 'ascending').map((r) => r.file)).toEqual(['报告2.txt', '报告9.txt', '报告10.txt']);
    // The unreadable file gathers at the top when sorted by 说明 (its reason), in either direction.
    expect(sortRows(rows, 'note', 'descending')[0]!.file).toBe('坏.docx');
  });
});

describe('annotated file names in the .zip', () => {
  it('names each as the command line does, and two files named alike apart', () => {
    expect(annotatedFileName('甲镇.txt')).toBe('甲镇.批注.docx');
    expect(annotatedFileName('乙镇 2025.v2.DOCX')).toBe('乙镇 2025.v2.批注.docx');
    expect(annotatedFileName('无扩展名')).toBe('无扩展名.批注.docx');
    const taken: Record<string, true> = {};
    const names = ['甲镇.docx', '甲镇.txt', '甲镇.docx'].map((f) => {
      const n = uniqueName(annotatedFileName(f), taken);
      taken[n] = true;
      return n;
    });
    expect(names).toEqual(['甲镇.批注.docx', '甲镇（2）.批注.docx', '甲镇（3）.批注.docx']);
  });
});

describe('downloads', () => {
  const rows = [
    batchRow('甲镇,"草稿".txt', checkDraft(SHUFA, compiled), compiled),
    problemRow('=HYPERLINK("x").docx', '这不是有效的 .docx 文件。请另存为 .docx'),
  ];
  it('leaves out of the .xlsx the characters XML cannot hold', () => {
    const sheet = strFromU8(unzipSync(batchXlsx([problemRow('甲\u0001镇.txt', 'x')]))['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('>甲镇.txt<');
  });

  it('writes a CSV with a BOM and Chinese headers that parses back to the table', () => {
    const csv = batchCsv(rows);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = parseCsv(csv.slice(1));
    expect(parsed[0]).toEqual(['文件', '报告类型', '年度', '错误', '提示', '缺少的必备部分', '说明']);
    expect(parsed).toHaveLength(3);
    expect(parsed[1]!.slice(0, 5)).toEqual(['甲镇,"草稿".txt', '述法报告', '2025', String(rows[0]!.errors), String(rows[0]!.hints)]);
    expect(parsed[1]![5]).toContain('存在的问题和不足；');
    expect(parsed[1]![6]).toBe('');
    // A name a spreadsheet would run as a formula is written as text.
    expect(parsed[2]).toEqual([`'=HYPERLINK("x").docx`, '', '', '', '', '', '这不是有效的 .docx 文件。请另存为 .docx']);
  });

  it('writes an .xlsx whose sheet holds the same cells, counts as numbers', () => {
    const parts = unzipSync(batchXlsx(rows));
    expect(Object.keys(parts).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
    const sheet = strFromU8(parts['xl/worksheets/sheet1.xml']!);
    for (const c of BATCH_COLUMNS) expect(sheet).toContain(`<t xml:space="preserve">${c.label}</t>`);
    expect(sheet).toContain(`<c r="D2"><v>${rows[0]!.errors}</v></c>`);
    expect(sheet).toContain('<t xml:space="preserve">甲镇,&quot;草稿&quot;.txt</t>');
    expect(columnName(0)).toBe('A');
    expect(columnName(25)).toBe('Z');
    expect(columnName(26)).toBe('AA');
  });

  // LibreOffice Calc (Debian's libreoffice-calc-nogui, installed by .ci/run).
  it.runIf(existsSync('/usr/lib/libreoffice/program/libsclo.so'))('opens in LibreOffice and reads back as the CSV table', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'shufa-xlsx-'));
    writeFileSync(path.join(dir, 'table.xlsx'), batchXlsx(rows));
    // Filter options 44,34,76: comma, double quote, UTF-8.
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', dir, path.join(dir, 'table.xlsx')], { stdio: 'ignore', timeout: 120_000 });
    const back = parseCsv(readFileSync(path.join(dir, 'table.csv'), 'utf8').replace(/\r?\n/g, '\r\n'));
    const want = parseCsv(batchCsv(rows).slice(1));
    expect(back[0]).toEqual(want[0]);
    expect(back[1]).toEqual(want[1]);
    // LibreOffice shows the formula-like name as the plain text it is (no leading quote in the .xlsx).
    expect(back[2]![0]).toBe('=HYPERLINK("x").docx');
  }, 150_000);
});

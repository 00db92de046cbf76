/**
 * Showing many findings (issue 24, items 7 and 11): the shared cap on the findings listed per rule
 * and the line lookup (src/shared/check-view.ts), the CLI table built on them, and control
 * characters escaped for the terminal (scripts/lib/terminal.ts).
 */
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { capPerRule, positionFinder, restLine, SHOWN_PER_RULE } from '../../src/shared/check-view.ts';
import { formatTable, jsonPieces, type FileError, type FileResult } from '../../scripts/lib/check-output.ts';
import { forTerminal, jsonForTerminal } from '../../scripts/lib/terminal.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';
import { manyFindings } from '../../scripts/bench/check-hostile.ts';

const compiled = loadCompiled();

describe('the findings listed: at most SHOWN_PER_RULE a rule, and the count of the rest', () => {
  it('keeps the first of each rule in order and counts the others', () => {
    const items = [...Array.from({ length: 25 }, (_, i) => ({ rule: 'a', i })), { rule: 'b', i: 99 }];
    const { shown, rest } = capPerRule(items, (x) => x.rule);
    expect(shown.map((x) => x.i)).toEqual([...Array.from({ length: SHOWN_PER_RULE }, (_, i) => i), 99]);
    expect(rest).toEqual([{ rule: 'a', count: 5 }]);
    expect(restLine(rest[0]!)).toBe('另有 5 处同类问题未列出（规则 a）');
  });
  it('finds line and column by binary search', () => {
    const at = positionFinder('甲\n\n乙丙\n');
    expect([0, 1, 2, 3, 4, 5, 6].map((o) => at(o))).toEqual([
      { line: 1, column: 1 }, { line: 1, column: 2 }, { line: 2, column: 1 }, { line: 3, column: 1 }, { line: 3, column: 2 }, { line: 3, column: 3 }, { line: 4, column: 1 },
    ]);
  });
  it('the CLI table of 60,000 findings lists 20 and one line for the rest', () => {
    const text = manyFindings(60_000);
    const r = checkDraft(text, compiled);
    const table = formatTable('甲.txt', text, r, false);
    const rows = table.split('\n').filter((l) => /^\s+\d+:\d+\s+错误\s+placeholder-xx/.test(l));
    expect(rows).toHaveLength(SHOWN_PER_RULE);
    expect(rows.at(-1)).toMatch(/^\s+3:28\s+错误/); // ten a line: the 20th is the last of line 3
    expect(table.split('\n').at(-1)).toBe('  另有 59980 处同类问题未列出（规则 placeholder-xx）；用 --json 可得到全部。');
  });
});

describe('--json is written a piece at a time (no “Invalid string length” on a large batch)', () => {
  it('the pieces make the array JSON.stringify(array, null, 2) makes, C1 controls escaped', () => {
    const items: (FileResult | FileError)[] = [
      { file: '甲\u009b.txt', type: null, findings: [] },
      { file: '乙.txt', type: 'shufa-report', findings: [{ rule: 'r', level: 'error', start: 0, end: 3, text: 'X\u001bX', message: '甲', fix: null }, { rule: 's', level: 'hint', start: 3, end: 4, text: '乙', message: '丙', fix: '丁' }] },
      { file: '丙.txt', error: '无法读取文件（文件不存在）。修正方法：请检查路径是否正确、文件是否存在' },
    ];
    const pieces = items.flatMap((item, i) => [...jsonPieces(item, i === 0)]);
    expect(pieces.length).toBeGreaterThan(items.length); // a finding a piece
    const json = `${pieces.join('')}\n]`;
    expect(json).toBe(JSON.stringify(items, null, 2).replace('\u009b', '\\u009b'));
    expect(JSON.parse(json)).toEqual(items);
  });
});

describe('control characters are shown, not obeyed, in the terminal (item 11)', () => {
  it('forTerminal escapes C0 (but tab and line feed), DEL and C1', () => {
    expect(forTerminal('甲\u001b[31m乙\u0007丙\r丁\u007f戊\u009b1m\t己\n')).toBe('甲\\x1b[31m乙\\x07丙\\x0d丁\\x7f戊\\x9b1m\t己\n');
    expect(forTerminal('某县2023年述法报告')).toBe('某县2023年述法报告');
  });
  it('the JSON output escapes C1 too, and reads back the same', () => {
    const value = { text: 'a\u001b\u009bb' };
    const json = jsonForTerminal(JSON.stringify(value));
    expect(json).toBe('{"text":"a\\u001b\\u009bb"}');
    expect(JSON.parse(json)).toEqual(value);
  });
  it('the table escapes them in the file name, the text and the messages', () => {
    const text = '某县\u001b]0;标题\u0007 2023年述法报告\nXX。';
    const table = formatTable('甲\u001b[2J.txt', text, checkDraft(text, compiled), false);
    expect(table).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(table.split('\n')[0]).toMatch(/^甲\\x1b\[2J\.txt：/);
    expect(table).toContain('某县\\x1b]0;标题\\x07 2023年述');
  });
});

/**
 * `npm run check` and `npm run import`, spawned as users run them, on the hostile files of issue 24
 * (items 2, 5, 6, 7, 8, 11, 14): each ends with the full Chinese message or a capped
 * table, a batch never loses a file, and the terminal never gets a raw control character. The
 * files are made here (scripts/bench/check-hostile.ts), a few hundred bytes to a few hundred KB;
 * the rules are compiled from the content, so no site build is needed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';
import { docx, manyFindings, numberingBomb, para, xmlBomb } from '../../scripts/bench/check-hostile.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'shufa-check-hostile-'));
const site = path.join(dir, 'site');
const file = (name: string, bytes: Uint8Array | string) => {
  const f = path.join(dir, name);
  writeFileSync(f, bytes);
  return f;
};

beforeAll(() => {
  mkdirSync(path.join(site, 'check'), { recursive: true });
  writeFileSync(path.join(site, 'check', 'rules.json'), JSON.stringify({ ...loadCompiled(), links: {} }));
});

/**
 * The CLI as users run it. How long each file takes is measured by `npm run bench:check`
 * (scripts/bench/check-hostile.ts, target 5 s), not here: the test machine is shared. Before the
 * fixes these files took minutes or never ended; the spawn's 60 s timeout then kills the child,
 * its status is null and the exit-code assertions fail.
 */
function run(script: 'check' | 'import', args: string[]) {
  return spawnSync(process.execPath, [`scripts/${script}.ts`, ...args], { encoding: 'utf8', env: { ...process.env, SHUFA_OUT_DIR: site }, maxBuffer: 256 * 1024 * 1024, timeout: 60_000 });
}

const RENUMBER = '请在 Word/WPS 中重新设置编号（或把自动编号转为文字）后另存为 .docx，再试';
const NO_STACK = /\n\s+at |Error:|TypeError|RangeError/;

describe('the numbering bomb (item 2)', () => {
  it.each([
    ['编号炸弹.docx', 'decimal', '100000000000'],
    ['无穷编号.docx', 'decimal', 'Infinity'],
    ['字母编号.docx', 'lowerLetter', '2000000000'],
  ])('npm run check refuses %s, naming the value and the range (exit 2)', (name, fmt, start) => {
    const f = file(name, numberingBomb(fmt, start));
    const r = run('check', [f]);
    expect(r.status).toBe(2);
    expect(r.stdout.trim()).toBe(`${f}：文档自动编号的起始值“${start}”超出范围（应为 0 到 32767 之间的整数），文件可能已损坏或被改动。修正方法：${RENUMBER}`);
  });
  it('npm run import refuses it, in one line, writing nothing', () => {
    const f = file('甲.docx', numberingBomb('lowerLetter', '2000000000'));
    const r = run('import', [f, '--slug', 'x-report', '--stdout']);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(`导入失败：${f}：文档自动编号的起始值“2000000000”超出范围（应为 0 到 32767 之间的整数），文件可能已损坏或被改动。修正方法：${RENUMBER}`);
    expect(r.stdout).toBe('');
  });
});

describe('a paragraph holding only U+E000 0 U+E001 (item 5)', () => {
  it('is read as text; in a --json batch every file has its result', () => {
    const pua = file('私用区.docx', docx(para('某县2023年述法报告') + para('\uE0000\uE001') + para('XX')));
    const good = file('乙.txt', '某县2023年述法报告\nXX');
    const r = run('check', [pua, good, '--json']);
    expect(r.stderr).not.toMatch(NO_STACK);
    expect(r.status).toBe(1); // findings of level 错误, not a crash
    const out = JSON.parse(r.stdout) as { file: string; findings: { rule: string; text: string }[] }[];
    expect(out.map((o) => o.file)).toEqual([pua, good]);
    for (const o of out) expect(o.findings.filter((f) => f.rule === 'placeholder-xx').map((f) => f.text)).toEqual(['XX']);
  });
});

describe('one size limit for every reader (item 6)', () => {
  it('a small .docx of 48 MB XML is refused from the zip directory (exit 2)', () => {
    const bytes = xmlBomb(48);
    expect(bytes.length).toBeLessThan(200 * 1024);
    const f = file('大XML.docx', bytes);
    const r = run('check', [f]);
    expect(r.status).toBe(2);
    expect(r.stdout.trim()).toBe(
      `${f}：文档的正文和格式（XML）解压后有 48.0 MB，超过上限 10.0 MB，文件可能已损坏或被改动。修正方法：一份报告的正文远小于这个大小；请确认选对了文件，或在 Word/WPS 中把正文复制到新文档后另存为 .docx 再试`,
    );
  });
  it('a 50 MB .txt is refused from its size by check and import alike', () => {
    const f = path.join(dir, '合订本.txt');
    writeFileSync(f, '');
    truncateSync(f, 50 * 1024 * 1024);
    const message = `${f}：文件有 50.0 MB，超过上限 10.0 MB。修正方法：一份报告远小于这个大小，请确认选对了文件；合订的多份报告请分成单份`;
    const check = run('check', [f]);
    expect(check.status).toBe(2);
    expect(check.stdout.trim()).toBe(message);
    const imp = run('import', [f, '--slug', 'x-report', '--stdout']);
    expect(imp.status).toBe(1);
    expect(imp.stderr.trim()).toBe(`导入失败：${message}`);
  });
});

describe('60,000 findings (item 7)', () => {
  it('the table lists 20 of the rule and counts the rest; --json keeps all', () => {
    const f = file('六万处.txt', manyFindings(60_000));
    const table = run('check', [f]);
    expect(table.status).toBe(1);
    expect(table.stdout.split('\n').filter((l) => /^\s+\d+:\d+\s+错误\s+placeholder-xx/.test(l))).toHaveLength(20);
    expect(table.stdout).toContain('\n  另有 59980 处同类问题未列出（规则 placeholder-xx）；用 --json 可得到全部。\n');
    const json = run('check', [f, '--json']);
    expect(json.status).toBe(1);
    const [o] = JSON.parse(json.stdout) as { findings: { rule: string }[] }[];
    expect(o!.findings.filter((x) => x.rule === 'placeholder-xx')).toHaveLength(60_000);
  });
});

describe('no English from the engine (item 8)', () => {
  it('a missing file, a folder, a character past U+10FFFF and a broken table, each in Chinese', () => {
    const missing = path.join(dir, '不存在.docx');
    const codepoint = file('字符.docx', docx(para('某县2023年述法报告') + para('&#x110000;')));
    const table = file('表格.docx', docx(para('某县2023年述法报告') + para('甲') + '</w:tc>'));
    const r = run('check', [missing, dir, codepoint, table]);
    expect(r.status).toBe(2);
    expect(r.stdout.trim().split(/\n+/)).toEqual([
      `${missing}：无法读取文件（文件不存在）。修正方法：请检查路径是否正确、文件是否存在`,
      `${dir}：无法读取文件（这是一个文件夹，不是文件）。修正方法：请检查路径是否正确、文件是否存在`,
      `${codepoint}：文档含有无效的字符编码“&#x110000;”，文件可能已损坏或被改动。修正方法：请用 Word/WPS 打开确认文件未损坏，再另存为 .docx`,
      `${table}：文档的表格结构已损坏（有表格行或单元格不在表格里）。修正方法：请用 Word/WPS 打开确认文件未损坏，再另存为 .docx`,
    ]);
  });
});

describe('control characters from a .docx (item 11)', () => {
  it('are printed escaped in the table, never raw', () => {
    const f = file('控制符.docx', docx(para('某县\u001b]0;标题\u0007 2023年述法报告') + para('XX\u001b[2J')));
    const r = run('check', [f]);
    expect(r.status).toBe(1);
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(r.stdout).toContain('某县\\x1b]0;标题\\x07 2023年述');
  });
});

describe('a batch never loses a file (item 14)', () => {
  it('--json lists an unreadable file as {file, error} in its place, and exits 2', () => {
    const good = file('丙.txt', '某县2023年述法报告\n正文。');
    const bomb = file('丁.docx', numberingBomb());
    const missing = path.join(dir, '戊.txt');
    const r = run('check', [good, bomb, missing, '--json']);
    expect(r.status).toBe(2);
    const out = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(out.map((o) => o.file)).toEqual([good, bomb, missing]);
    expect(out[0]).toHaveProperty('findings');
    expect(out.slice(1)).toEqual([
      { file: bomb, error: `文档自动编号的起始值“100000000000”超出范围（应为 0 到 32767 之间的整数），文件可能已损坏或被改动。修正方法：${RENUMBER}` },
      { file: missing, error: '无法读取文件（文件不存在）。修正方法：请检查路径是否正确、文件是否存在' },
    ]);
    // The same reasons on stderr, for the one reading the terminal.
    expect(r.stderr).toContain(`${missing}：无法读取文件（文件不存在）。`);
  });
  it('the table lists it in its place too', () => {
    const good = file('己.txt', '某县2023年述法报告\n正文。');
    const missing = path.join(dir, '庚.txt');
    const r = run('check', [missing, good]);
    expect(r.status).toBe(2);
    const blocks = r.stdout.trim().split(/\n\n/);
    expect(blocks[0]).toBe(`${missing}：无法读取文件（文件不存在）。修正方法：请检查路径是否正确、文件是否存在`);
    expect(blocks[1]).toMatch(new RegExp(`^${good.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}：`));
  });
});

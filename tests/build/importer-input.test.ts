/** Bad input to the importer: a clear error naming the file, and nothing written. */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Document, Packer, Paragraph } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSource } from '../../src/build/importer/read.ts';
import { seedsDir } from '../../scripts/lib/seed-manifest.ts';

const run = promisify(execFile);
let dir: string;
let outDir: string;

/** Runs the real CLI and returns its exit code and output. */
async function cli(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['scripts/import.ts', ...args, '--out-dir', outDir]);
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'shufa-import-'));
  outDir = path.join(dir, 'out');
  await writeFile(path.join(dir, 'empty.txt'), '');
  await writeFile(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
  await writeFile(path.join(dir, 'fake.docx'), '这其实是纯文本，不是 Word 文档。');
  await writeFile(path.join(dir, 'short.txt'), '通知：明天开会。');
  await writeFile(path.join(dir, 'report.pdf'), '%PDF-1.4');
  const seed = await readFile(path.join(seedsDir(), '004_51954c0da616a2a1.txt'), 'utf8');
  await writeFile(path.join(dir, 'gbk.txt'), Buffer.from(new TextEncoder().encode('')));
  const doc = new Document({ sections: [{ children: seed.split('\n').map((line) => new Paragraph(line)) }] });
  await writeFile(path.join(dir, 'seed004.docx'), await Packer.toBuffer(doc));
  const zipButNotDocx = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64)]);
  await writeFile(path.join(dir, 'broken.docx'), zipButNotDocx);
});

describe('importer CLI on bad input', () => {
  it.each([
    ['empty.txt', /empty.txt：文件是空的/],
    ['binary.txt', /binary.txt：文件含有二进制内容/],
    ['fake.docx', /fake.docx：这不是有效的 \.docx 文件.*另存为/],
    ['broken.docx', /broken.docx：无法读取 \.docx/],
    ['short.txt', /short.txt：正文只有 \d+ 个汉字，不像一份报告/],
    ['report.pdf', /report.pdf：不支持的文件类型“\.pdf”/],
    ['missing.txt', /missing.txt：无法读取文件/],
  ])('%s → clear error, exit 1, nothing written', async (name, message) => {
    const r = await cli(path.join(dir, name), '--slug', 'x-report');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^导入失败：/);
    expect(r.stderr).toMatch(message);
    await expect(readdir(outDir)).rejects.toThrow();
  });

  it('names the flags it needs when a field cannot be detected, and writes nothing', async () => {
    const r = await cli(path.join(seedsDir(), '004_51954c0da616a2a1.txt'), '--slug', 'x-report');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/organKind（用 --organ 指定）、organLevel（用 --level 指定）/);
    await expect(readdir(outDir)).rejects.toThrow();
  });

  it('refuses a slug that is not lower-case ASCII', async () => {
    const r = await cli(path.join(seedsDir(), '004_51954c0da616a2a1.txt'), '--slug', 'X镇报告');
    expect(r.stderr).toMatch(/短名“X镇报告”不合规/);
  });

  it.each([['--bogus'], ['--year']])('a wrong flag (%s) gets one line in the problem format and the usage, exit 2', async (flag) => {
    const r = await cli(path.join(seedsDir(), '004_51954c0da616a2a1.txt'), flag);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toMatch(/^命令行 选项：(没有选项 --bogus|选项 --year 后缺少值.*)。修正方法：/);
    expect(r.stderr).toContain('用法：npm run import');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('importer on good input', () => {
  it('reads a .docx and produces the same body as the .txt', async () => {
    const args = ['--organ', '镇党委', '--level', '乡镇', '--author-role', '镇党委'];
    const fromDocx = await cli(path.join(dir, 'seed004.docx'), '--slug', 'from-docx', ...args, '--stdout');
    const fromTxt = await cli(path.join(seedsDir(), '004_51954c0da616a2a1.txt'), '--slug', 'from-txt', ...args, '--stdout');
    expect(fromDocx.code).toBe(0);
    expect(fromDocx.stdout).toBe(fromTxt.stdout);
  });
  it('reads GB18030-encoded text (Chinese Windows Notepad)', async () => {
    // GB18030 bytes for “法治”, then enough text to pass as a report when repeated.
    const gbk = Buffer.from([0xb7, 0xa8, 0xd6, 0xce]);
    await writeFile(path.join(dir, 'gbk.txt'), gbk);
    expect(await readSource(path.join(dir, 'gbk.txt'))).toBe('法治');
  });
  it('writes the file and refuses to overwrite without --force', async () => {
    const args = [path.join(seedsDir(), '004_51954c0da616a2a1.txt'), '--slug', 'x-report', '--organ', '镇党委', '--level', '乡镇', '--author-role', '镇党委'];
    expect((await cli(...args)).code).toBe(0);
    expect(await readdir(outDir)).toEqual(['x-report.md']);
    const again = await cli(...args);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/已存在.*--force/);
    expect((await cli(...args, '--force')).code).toBe(0);
  });
});

/**
 * The CLIs' paths and output files, spawned as npm runs them: npm runs every script in the project
 * root and says where the command was typed in INIT_CWD, so a path typed in a subfolder names a
 * file there (check, import, report-docx --out); an output file in a missing folder, or one that
 * exists (without --force), is refused with one Chinese line and exit 2 before any work. The
 * outline CLI, which needs a built site, is tested in outline-cli.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';

const tmp = mkdtempSync(path.join(tmpdir(), 'shufa-cli-paths-'));
/** The folder the user typed the command in. */
const sub = path.join(tmp, '报告');
mkdirSync(sub);
// The rules a build writes to /check/rules.json, without building the site.
const site = path.join(tmp, 'site');
mkdirSync(path.join(site, 'check'), { recursive: true });
writeFileSync(path.join(site, 'check', 'rules.json'), JSON.stringify(loadCompiled()));

/** Runs scripts/<script>.ts in the project root as `npm run <script>` typed in `from` would. */
const run = (script: string, args: string[], from = sub) =>
  spawnSync(process.execPath, [`scripts/${script}.ts`, ...args], { encoding: 'utf8', env: { ...process.env, INIT_CWD: from, SHUFA_OUT_DIR: site } });

const SLUG = 'jiangwan-town-mayor-2023';

describe('paths typed in a subfolder (INIT_CWD)', () => {
  it('npm run check -- 甲镇.txt reads 甲镇.txt in the folder the command was typed in', () => {
    copyFileSync('tests/fixtures/drafts/city-peoples-congress-office-2023--clean.txt', path.join(sub, '甲镇.txt'));
    const r = run('check', ['甲镇.txt', '--json']);
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.status);
    expect((JSON.parse(r.stdout) as { file: string }[]).map((f) => f.file)).toEqual(['甲镇.txt']);
  });

  it('npm run import reads the file and writes --out-dir in that folder', () => {
    copyFileSync('tests/fixtures/drafts/city-peoples-congress-office-2023--clean.txt', path.join(sub, '乙镇.txt'));
    const r = run('import', ['乙镇.txt', '--slug', 'yizhen-2023', '--out-dir', '导入', '--level', '市级', '--author-role', '主任', '--type', '述法报告', '--organ', '市人大常委会机关', '--year', '2023']);
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(path.join(sub, '导入', 'yizhen-2023.md'))).toBe(true);
  });

  it('npm run report-docx -- --out 范文.docx writes into that folder', () => {
    const r = run('report-docx', [SLUG, '--out', '范文.docx']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^已写出 范文\.docx：/);
    expect(existsSync(path.join(sub, '范文.docx'))).toBe(true);
    expect(existsSync('范文.docx')).toBe(false);
  });
});

describe('output files', () => {
  it('refuses --out in a folder that does not exist, in Chinese, exit 2', () => {
    const r = run('report-docx', [SLUG, '--out', '没有的文件夹/范文.docx']);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(`命令行 --out：输出文件“没有的文件夹/范文.docx”所在的文件夹“${path.join(sub, '没有的文件夹')}”不存在。修正方法：先建好这个文件夹，或写到已有的文件夹中`);
  });

  it('refuses to overwrite an existing file without --force, and overwrites it with --force', () => {
    const file = path.join(sub, '已有.docx');
    writeFileSync(file, '上一份');
    const r = run('report-docx', [SLUG, '--out', '已有.docx']);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('命令行 --out：输出文件“已有.docx”已存在。修正方法：如需覆盖请加 --force，或换一个文件名');
    expect(readFileSync(file, 'utf8')).toBe('上一份');
    const forced = run('report-docx', [SLUG, '--out', '已有.docx', '--force']);
    expect(forced.status, forced.stderr).toBe(0);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
  });
});

/**
 * `npm run check`, spawned as the receiving office runs it, against a built site's /check/rules.json:
 * the --json shape and offsets (text.slice(start, end) === finding.text in the text as read), .txt
 * (UTF-8 and GB18030) and .docx, the table, exit codes, bad flags, and the message when the site
 * has not been built. Uses dist/ when its rules.json is what the content compiles to; otherwise
 * builds the site into a temporary folder first.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { docxPlainText, readDocx } from '../../src/shared/importer/docx-file.ts';
import type { DocxText } from '../../src/shared/importer/docx.ts';
import type { RulesFile } from '../../src/shared/draft-check/types.ts';
import { config } from '../../src/build/config.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';
import { buildSiteInto } from './test-utils.ts';
import { anchorProblems, libreOfficeCommentCounts, readComments, unchangedPartsProblems, wordNumbered } from '../annotate-helpers.ts';

const tmp = mkdtempSync(path.join(tmpdir(), 'shufa-check-cli-'));
const FIXTURES = 'tests/fixtures/drafts';
let site = config.outDir;
let rules: RulesFile;

const byId = (list: { id: string }[]) => JSON.stringify([...list].sort((a, b) => a.id.localeCompare(b.id)));
const rulesIn = (dir: string) => path.join(dir, 'check', 'rules.json');

beforeAll(async () => {
  const fresh = byId(JSON.parse(JSON.stringify(loadCompiled().rules)));
  const current = existsSync(rulesIn(site)) && byId((JSON.parse(readFileSync(rulesIn(site), 'utf8')) as RulesFile).rules) === fresh;
  if (!current) {
    // In a project root of its own, so this build never races another on the project's .astro/.
    site = path.join(tmp, 'site');
    await buildSiteInto(site);
  }
  rules = JSON.parse(readFileSync(rulesIn(site), 'utf8')) as RulesFile;
  // The build compiles the collections to what the Node reader compiles the content files to.
  expect(byId(rules.rules)).toBe(fresh);
}, 600_000);

const run = (args: string[], outDir = site) =>
  spawnSync(process.execPath, ['scripts/check.ts', ...args], { encoding: 'utf8', env: { ...process.env, SHUFA_OUT_DIR: outDir } });

interface JsonFinding { rule: string; level: string; start: number; end: number; text: string; message: string; fix: string | null }
interface JsonFile { file: string; type: string | null; findings: JsonFinding[] }
const key = (f: { rule: string; start: number; end: number }) => `${f.rule}@${f.start}-${f.end}`;
const fixture = (name: string) => ({
  file: path.join(FIXTURES, `${name}.txt`),
  ...(JSON.parse(readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8')) as { year: number; expected: { rule: string; start: number; end: number }[] }),
});

describe('npm run check --json', () => {
  it('prints one object per file, .txt and .docx, with offsets into the text as read', async () => {
    const fx = fixture('township-party-secretary-2023--title-1');
    const text = readFileSync(fx.file, 'utf8');
    const docx = path.join(tmp, '草稿.docx');
    writeFileSync(docx, await Packer.toBuffer(new Document({ sections: [{ children: text.split('\n').filter((l) => l.trim()).map((l) => new Paragraph(l)) }] })));
    const docxText = docxPlainText(readDocx(readFileSync(docx)) as DocxText);

    const r = run([fx.file, docx, '--json', '--year', String(fx.year)]);
    expect(r.status, r.stderr).toBe(1);
    const out = JSON.parse(r.stdout) as JsonFile[];
    expect(out.map((o) => o.file)).toEqual([fx.file, docx]);
    for (const o of out) {
      expect(Object.keys(o)).toEqual(['file', 'type', 'findings']);
      expect(o.type).toBe('shufa-report');
      for (const f of o.findings) {
        expect(Object.keys(f)).toEqual(['rule', 'level', 'start', 'end', 'text', 'message', 'fix']);
        expect(['error', 'hint']).toContain(f.level);
        expect(f.message.length).toBeGreaterThan(3);
      }
    }
    // The .txt: exactly the fixture's planted findings, and each span is the finding's text.
    expect(out[0]!.findings.map(key).sort()).toEqual(fx.expected.map(key).sort());
    for (const f of out[0]!.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    // The .docx: offsets into the shared reader's text (the page's too), the same findings as the shared checker gives on it.
    for (const f of out[1]!.findings) expect(docxText.slice(f.start, f.end)).toBe(f.text);
    expect(out[1]!.findings.map(key)).toEqual(checkDraft(docxText, rules, { year: fx.year }).findings.map(key));
    expect(out[1]!.findings.filter((f) => f.rule.startsWith('title-')).map((f) => f.text)).toEqual(out[0]!.findings.filter((f) => f.rule.startsWith('title-')).map((f) => f.text));
  });

  it('reads GB18030 text and takes --type by name', () => {
    const file = path.join(tmp, 'gbk.txt');
    writeFileSync(file, Buffer.from('c4b3cfd85858c4eacaf6b7a8b1a8b8e6', 'hex')); // 某县XX年述法报告
    const r = run([file, '--json', '--type', '自查']);
    expect(r.status, r.stderr).toBe(1);
    const [o] = JSON.parse(r.stdout) as JsonFile[];
    expect(o!.type).toBe('self-inspection-report');
    const xx = o!.findings.find((f) => f.rule === 'placeholder-xx')!;
    expect([xx.start, xx.end, xx.text]).toEqual([2, 4, 'XX']);
  });

  it('exits 0 when the findings are only 提示', () => {
    const file = path.join(tmp, 'hints-only.txt');
    const text = '某县2023年法治政府建设年度报告\n一、2023年推进法治政府建设的主要举措和成效\n二、党政主要负责人履行推进法治建设第一责任人职责情况\n三、存在的不足和原因\n四、2024年主要安排\n';
    writeFileSync(file, text);
    const expected = checkDraft(text, rules).findings;
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.every((f) => f.level === 'hint')).toBe(true);
    const r = run([file, '--json']);
    expect(r.status, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as JsonFile[])[0]!.findings.map(key)).toEqual(expected.map(key));
  });
});

describe('npm run check (table)', () => {
  it('prints a heading per file and one row per finding', () => {
    const fx = fixture('jiangwan-town-mayor-2023--existence-1');
    const r = run([fx.file, '--year', String(fx.year)]);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toContain(`${fx.file}：按述法报告检查（自动判断），年度 ${fx.year}；`);
    expect(r.stdout).toMatch(/行:列\s+级别\s+规则\s+原文\s+说明/);
    const rows = r.stdout.split('\n').filter((l) => /^\s+\d+:\d+\s+(错误|提示)\s/.test(l));
    expect(rows).toHaveLength(fx.expected.length);
    for (const e of fx.expected) expect(r.stdout).toContain(e.rule);
  });
});

describe('npm run check: input errors', () => {
  it.each([
    [['--bogus', 'a.txt'], '参数错误：不认识或缺少值的选项 --bogus。'],
    [['a.txt', '--type', '年报'], '参数错误：不认识的报告类型“年报”。'],
    [['a.txt', '--year', '25'], '参数错误：报告年度“25”应为四位数字，如 2025。'],
    [[], '参数错误：请至少给出一个要检查的 .docx 或 .txt 文件。'],
  ])('%j → one Chinese line, the usage, exit 2', (args, line) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(line);
    expect(r.stderr).toContain('用法：npm run check --');
    expect(r.stdout).toBe('');
  });

  it('says to run npm run build first when the site has not been built (exit 2)', () => {
    const r = run([path.join(FIXTURES, 'township-party-secretary-2023--clean.txt')], path.join(tmp, 'not-built'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('找不到体检规则文件');
    expect(r.stderr).toContain('请先运行 npm run build');
  });

  it('names a file it cannot read, in Chinese, keeps it in the JSON and exits 2', () => {
    const missing = path.join(tmp, 'missing.docx');
    const r = run([missing, '--json']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`${missing}：无法读取文件（文件不存在）。修正方法：请检查路径是否正确、文件是否存在`);
    expect(JSON.parse(r.stdout)).toEqual([{ file: missing, error: '无法读取文件（文件不存在）。修正方法：请检查路径是否正确、文件是否存在' }]);
  });
});

describe('npm run check --annotate', () => {
  it('writes DIR/<name>.批注.docx for a .docx and a .txt, one comment per finding on its text, that LibreOffice opens', async () => {
    const fx = fixture('township-party-secretary-2023--title-1');
    const dir = mkdtempSync(path.join(tmp, 'annotate-'));
    const docx = path.join(dir, 'a.docx');
    writeFileSync(docx, await Packer.toBuffer(wordNumbered(readFileSync(fx.file, 'utf8'))));
    const txt = path.join(dir, 'b.txt');
    copyFileSync(fx.file, txt);
    const out = path.join(dir, 'out');

    const r = run([docx, txt, '--year', String(fx.year), '--annotate', `${out}/`, '--json']);
    expect(r.status, r.stderr).toBe(1);
    const [a, b] = JSON.parse(r.stdout) as JsonFile[];
    const annotatedA = readFileSync(path.join(out, 'a.批注.docx'));
    const annotatedB = readFileSync(path.join(out, 'b.批注.docx'));
    expect(r.stderr).toContain(`已写出 ${path.join(out, 'a.批注.docx')}（${a!.findings.length} 条批注）`);
    // The user's own .docx: its parts unchanged, each comment on its finding's text.
    expect(unchangedPartsProblems(readFileSync(docx), annotatedA)).toEqual([]);
    expect(anchorProblems(docxPlainText(readDocx(readFileSync(docx)) as DocxText), a!.findings, readComments(annotatedA))).toEqual([]);
    // The .txt: a new GB/T 9704 document with the same findings as comments.
    expect(anchorProblems(readFileSync(txt, 'utf8'), b!.findings, readComments(annotatedB))).toEqual([]);
    expect(readComments(annotatedA)[0]!.lines[0]).toMatch(/^【(错误|提示)】/);

    // An existing file is kept unless --force.
    const again = run([docx, '--annotate', out]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('已存在');
    expect(readFileSync(path.join(out, 'a.批注.docx'))).toEqual(annotatedA);
    expect(run([docx, '--annotate', out, '--force']).status).toBe(1);

    // LibreOffice opens both and reads every comment back.
    expect(libreOfficeCommentCounts([path.join(out, 'a.批注.docx'), path.join(out, 'b.批注.docx')], dir)).toEqual({ 'a.批注': a!.findings.length, 'b.批注': b!.findings.length });
  }, 180_000);

  it('refuses two inputs that would write the same file, and --force without --annotate (exit 2)', () => {
    expect(run(['x/a.docx', 'y/a.txt', '--annotate', tmp]).stderr.split('\n')[0]).toContain('有两个文件都要写成');
    const r = run(['a.txt', '--force']);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('参数错误：--force 只与 --annotate 一起使用。');
  });
});

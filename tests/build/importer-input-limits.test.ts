/**
 * The importer refuses what the build would reject, and bounds its input; reads UTF-16 and refuses
 * mis-decoded legacy encodings; keeps a .docx's automatic heading numbers and tables.
 * Every refusal: one line naming file, field and fix; non-zero exit; nothing written.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedsDir } from '../../scripts/lib/seed-manifest.ts';
import { readReportSource } from '../../src/build/importer/read.ts';

const run = promisify(execFile);
const SEED = path.join(seedsDir(), '004_51954c0da616a2a1.txt');
const FLAGS = ['--slug', 'x-report', '--organ', '镇党委', '--level', '乡镇', '--author-role', '镇党委'];
const FIXTURES = 'tests/fixtures/encodings';
let dir: string;
let outDir: string;

async function cli(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['scripts/import.ts', ...args, '--out-dir', outDir], { maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** A refusal: exit 1, one line (导入失败：file …：problem。修正方法：fix), nothing written. */
async function refused(args: string[], message: RegExp) {
  const r = await cli(...args);
  expect(r.code).toBe(1);
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^导入失败：.+：.+。修正方法：.+/);
  expect(lines[0]).toMatch(message);
  await expect(readdir(outDir)).rejects.toThrow();
}

const para = (text: string) => new Paragraph(text);
const filler = '本年度认真履行推进法治建设第一责任人职责，坚持重大问题亲自过问，重要环节亲自协调，重点任务亲自督办。';

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'shufa-import-limits-'));
  outDir = path.join(dir, 'out');
});

describe('the importer validates with the content schema (src/shared/schemas/report.ts)', () => {
  it.each([
    [['--year', '99999'], /字段 year（--year）：年度晚于 \d{4} 年，不合理（现为“99999”）。修正方法：用 --year 重新指定，如 --year 2023/],
    [['--year', '1999'], /字段 year（--year）：年度早于 2000 年/],
    [['--year', String(new Date().getFullYear() + 2)], /字段 year（--year）：年度晚于/],
    [['--year', ''], /字段 year（--year）：--year “” 不是年份/],
    [['--organ', '乡'], /字段 organKind（--organ）：报告机关至少要 2 个字（现为“乡”）。修正方法：用 --organ 重新指定/],
    [['--date', '2023-13-45'], /字段 date（--date）：日期不存在/],
    [['--date', '2023-02-30'], /字段 date（--date）：日期不存在/],
    [['--date', '2023/1/5'], /字段 date（--date）：日期格式应为 YYYY-MM-DD/],
    [['--type', ''], /字段 reportType（--type）：报告类型必须是以下之一/],
  ])('%j is refused', async (flag, message) => {
    await refused([SEED, ...FLAGS, ...flag], message);
  });
  it('accepts next year and a leap day', async () => {
    const r = await cli(SEED, ...FLAGS, '--year', String(new Date().getFullYear() + 1), '--date', '2024-02-29', '--stdout');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^date: 2024-02-29$/m);
  });
  it('refuses text without line structure, with advice', async () => {
    const seed = await readFile(SEED, 'utf8');
    await writeFile(path.join(dir, 'one-line.txt'), seed.replace(/\s*\n\s*/g, ''));
    await refused([path.join(dir, 'one-line.txt'), ...FLAGS], /全文只有 1 行，没有分行。修正方法：请让标题、各级小标题和每个段落各占一行/);
    await writeFile(path.join(dir, 'long-line.txt'), `标题\n一、情况\n${filler.repeat(200)}\n二、问题\n${filler}`);
    await refused([path.join(dir, 'long-line.txt'), ...FLAGS], /有一行长达 \d+ 字，原文的分行丢失了/);
  });
});

describe('bounded input', () => {
  it('refuses more than 5 MB of text', async () => {
    await writeFile(path.join(dir, 'huge.txt'), `标题\n${`${filler}\n`.repeat(40_000)}`);
    await refused([path.join(dir, 'huge.txt'), ...FLAGS], /huge\.txt：文字有 [\d.]+ MB，超过上限 5\.0 MB。修正方法：一份报告远小于这个大小，请确认选对了文件；合订的多份报告请分成单份$/);
  });
  it('refuses a .docx whose parts inflate past 50 MB, from the zip directory', async () => {
    const bomb = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'word/document.xml': strToU8(`<w:document><w:body>${' '.repeat(60 * 1024 * 1024)}</w:body></w:document>`),
    });
    await writeFile(path.join(dir, 'bomb.docx'), bomb);
    await refused([path.join(dir, 'bomb.docx'), ...FLAGS], /bomb\.docx：文档解压后有 60\.0 MB，超过上限 50\.0 MB/);
  });
});

describe('encodings', () => {
  it.each([
    ['UTF-16 LE', (b: Buffer) => Buffer.concat([Buffer.from([0xff, 0xfe]), b])],
    ['UTF-16 BE', (b: Buffer) => Buffer.concat([Buffer.from([0xfe, 0xff]), b.swap16()])],
  ])('reads %s with a BOM', async (name, encode) => {
    const text = await readFile(path.join(FIXTURES, 'report.utf8.txt'), 'utf8');
    const file = path.join(dir, `${name.replace(/\W/g, '')}.txt`);
    await writeFile(file, encode(Buffer.from(text, 'utf16le')));
    expect((await readReportSource(file)).text).toBe(text);
  });
  it('reads real GB18030 bytes', async () => {
    const text = await readFile(path.join(FIXTURES, 'report.utf8.txt'), 'utf8');
    expect((await readReportSource(path.join(FIXTURES, 'report.gb18030.txt'))).text).toBe(text);
  });
  it.each([['report.big5.txt'], ['report.sjis.txt']])('refuses %s (decodes as GB18030, but into garbage) and suggests UTF-8', async (name) => {
    await refused([path.join(FIXTURES, name), ...FLAGS], /不是 UTF-8，按 GB18030 读出的汉字只有 \d+% 是常用字.*修正方法：请在记事本或 WPS 中把文件另存为 UTF-8/);
  });
});

describe('.docx structure', () => {
  const numbering = (format: (typeof LevelFormat)[keyof typeof LevelFormat]) => ({
    config: [
      {
        reference: 'heads',
        levels: [
          { level: 0, format, text: '%1、', alignment: AlignmentType.START },
          { level: 1, format, text: '（%2）', alignment: AlignmentType.START },
        ],
      },
    ],
  });
  const numbered = (text: string, level: number) => new Paragraph({ text, numbering: { reference: 'heads', level } });
  const body = () => [
    para('某镇2023年度法治政府建设工作报告'),
    numbered('主要工作', 0),
    numbered('加强组织领导。', 1),
    para(filler.repeat(3)),
    numbered('规范行政执法。', 1),
    para(filler.repeat(2)),
    new Table({
      rows: [
        new TableRow({ children: [new TableCell({ children: [para('项目')] }), new TableCell({ children: [para('件数')] })] }),
        new TableRow({ children: [new TableCell({ children: [para('行政复议|诉讼')] }), new TableCell({ children: [para('*')] })] }),
      ],
    }),
    numbered('存在问题', 0),
    para(filler.repeat(2)),
    new Table({
      rows: [
        new TableRow({ children: [new TableCell({ children: [para('合并标题')], columnSpan: 2 })] }),
        new TableRow({ children: [new TableCell({ children: [para('甲')] }), new TableCell({ children: [para('乙'), para('丙')] })] }),
      ],
    }),
    numbered('下一步打算', 0),
    numbered('强化学习。', 1),
    para(filler),
  ];

  it('rebuilds Word’s automatic 一、/（一） numbering into heading markers, and keeps tables as GFM tables', async () => {
    const file = path.join(dir, 'numbered.docx');
    await writeFile(file, await Packer.toBuffer(new Document({ numbering: numbering(LevelFormat.CHINESE_COUNTING), sections: [{ children: body() }] })));
    const r = await cli(file, ...FLAGS, '--stdout');
    expect(r.code).toBe(0);
    const headings = r.stdout.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual(['## 一、主要工作', '### （一）加强组织领导。', '### （二）规范行政执法。', '## 二、存在问题', '## 三、下一步打算', '### （一）强化学习。']);
    expect(r.stdout).toContain('| 项目 | 件数 |\n| --- | --- |\n| 行政复议\\|诉讼 | <span class="redaction" title="原文在此隐去了数字或地名">\\*</span> |');
    expect(r.stdout).toContain('| 合并标题 |  |\n| --- | --- |\n| 甲 | 乙<br>丙 |');
    expect(r.stdout).toMatch(/原文第 2 个表格有合并的单元格.*合并格的文字列在它的第一格，其余格留空/);
  });

  it('stops with a clear message when a numbering format cannot be drawn', async () => {
    const file = path.join(dir, 'aiueo.docx');
    await writeFile(file, await Packer.toBuffer(new Document({ numbering: numbering(LevelFormat.AIUEO), sections: [{ children: body() }] })));
    await refused([file, ...FLAGS], /aiueo\.docx：文档的自动编号用了本程序不认识的格式“aiueo”，标题序号会丢失。修正方法：.*转换为文本/);
  });
});

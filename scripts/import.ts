/**
 * npm run import -- <file.txt|file.docx> [--slug …] [--type …] [--organ …] [--level …]
 *   [--year …] [--date …] [--author-role …] [--place …] [--source …] [--note …]
 *   [--out-dir src/content/reports] [--force] [--stdout]
 *
 * Turns a raw report into a clean Markdown content file with frontmatter. Writes nothing
 * when the input is bad or a required field is neither detected nor given.
 */
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readReportSource } from '../src/build/importer/read.ts';
import { importReport, toMarkdownFile } from '../src/shared/importer/index.ts';
import { ImportError } from '../src/shared/importer/errors.ts';
import { SLUG_PATTERN } from '../src/shared/schemas/vocab.ts';
import { parseFlags, runCli, userPath } from './lib/cli.ts';

const USAGE = `用法：npm run import -- <报告.txt|报告.docx> --slug <英文短名> [选项]
  --type        报告类型：述法报告（含履行推进法治建设第一责任人职责述职报告） | 法治政府建设年度报告 | 法治建设工作自查报告
  --organ       报告机关类别，如 乡党委、镇政府、市人大常委会机关
  --level       机关层级：乡镇 | 县级 | 市级 | 省级
  --year        报告年度，如 2023
  --date        落款日期，YYYY-MM-DD
  --author-role 述职人职务，如 镇长、党组书记（不写人名）
  --place       地名；原文隐去时写 匿名（默认）
  --source      来源说明
  --note        编者按（可多次使用）
  --out-dir     输出目录（默认 src/content/reports；自己写的相对于运行命令的文件夹）
  --force       覆盖已有文件
  --stdout      只打印结果，不写文件`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(() => parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      slug: { type: 'string' },
      type: { type: 'string' },
      organ: { type: 'string' },
      level: { type: 'string' },
      year: { type: 'string' },
      date: { type: 'string' },
      'author-role': { type: 'string' },
      place: { type: 'string' },
      source: { type: 'string' },
      note: { type: 'string', multiple: true },
      'out-dir': { type: 'string' },
      force: { type: 'boolean', default: false },
      stdout: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
  if (values.help || positionals.length !== 1) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const [file] = positionals;
  const slug = values.slug ?? path.basename(file, path.extname(file)).toLowerCase();
  if (!SLUG_PATTERN.test(slug)) {
    throw new ImportError(file, `短名“${slug}”不合规`, '请用 --slug 指定由小写英文字母、数字和连字符组成的短名，如 --slug jiangwan-town-mayor-2023');
  }
  const year = values.year === undefined ? undefined : /^\s*\d+\s*$/.test(values.year) ? Number(values.year) : NaN;
  if (Number.isNaN(year)) throw new ImportError(file, `--year “${values.year}” 不是年份`, '请写四位数年份，如 --year 2023', '字段 year（--year）');

  const report = importReport(
    await readReportSource(userPath(file)),
    {
      type: values.type,
      organ: values.organ,
      level: values.level,
      year,
      date: values.date,
      authorRole: values['author-role'],
      place: values.place,
      source: values.source,
      notes: values.note,
    },
    file,
  );
  if (report.missing.length) {
    const list = report.missing.map((m) => `${m.field}（用 ${m.flag} 指定）`).join('、');
    throw new ImportError(file, `未能从原文识别：${list}`, '请加上这些选项后重新导入；未写入任何文件');
  }
  const output = toMarkdownFile(report);
  if (values.stdout) {
    process.stdout.write(output);
    return 0;
  }
  // The default is the project's own folder; a folder the user typed is theirs (userPath).
  const target = path.join(values['out-dir'] === undefined ? 'src/content/reports' : userPath(values['out-dir']), `${slug}.md`);
  if (existsSync(target) && !values.force) {
    throw new ImportError(file, `${target} 已存在`, '如需覆盖请加 --force，或用 --slug 换一个短名');
  }
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, output);
  console.log(`已写入 ${target}：${report.frontmatter.title}（${report.frontmatter.reportType}）`);
  return 0;
}

runCli(main, USAGE, '导入失败：');

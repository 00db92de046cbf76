/**
 * npm run report-docx -- SLUG --out FILE.docx
 *
 * A sample report (src/content/reports/SLUG.md) as a .docx in the 公文 layout, the same file the
 * build serves at /reports/SLUG/SLUG.docx. Bad arguments: one line, the usage, exit code 2.
 */
import { parseArgs } from 'node:util';
import { Packer } from 'docx';
import { loadReport, reportSlugs } from './lib/content-files.ts';
import { gongwenDocument } from '../src/shared/outline/gongwen-docx.ts';
import { reportModel } from '../src/shared/outline/report-blocks.ts';
import { badFlag, outputFile, runCli, writeOutput } from './lib/cli.ts';
import { forTerminal } from './lib/terminal.ts';

const USAGE = `用法：npm run report-docx -- <范文短名> --out 范文.docx [--force]
  范文短名  src/content/reports 中的文件名（不带 .md），如 jiangwan-town-mayor-2023
  --out     输出的 .docx 文件（相对于运行命令的文件夹）
  --force   覆盖已有的输出文件`;


async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { out: { type: 'string' }, force: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } } });
  } catch (e) {
    throw badFlag('', `选项有误（${(e as Error).message}）`, '只用下面列出的选项');
  }
  const { values: v, positionals } = parsed;
  if (v.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1) throw badFlag('范文短名', positionals.length ? `只能给一个范文短名，收到 ${positionals.length} 个` : '缺少范文短名', `写 ${reportSlugs().join('、')} 之一`);
  const [slug] = positionals;
  const report = loadReport(slug);
  if (!report) throw badFlag('范文短名', `没有范文“${slug}”`, `写 ${reportSlugs().join('、')} 之一`);
  if (!v.out || !/\.docx$/i.test(v.out)) throw badFlag('--out', v.out ? `输出文件“${v.out}”不以 .docx 结尾` : '缺少 --out', '写输出文件名，如 --out 范文.docx');
  const out = outputFile(v.out, v.force!);
  await writeOutput(out, await Packer.toBuffer(gongwenDocument(reportModel(report))));
  console.log(forTerminal(`已写出 ${v.out}：${report.title}`));
  return 0;
}

runCli(main, USAGE);

/**
 * npm run check -- FILE… [--type …] [--year …] [--json] [--annotate DIR [--force]]
 *
 * 报告体检 on the command line, for an office that receives many reports: reads .txt (UTF-8, UTF-16
 * with a BOM, or GB18030) and .docx files as the importer does (src/build/importer/read.ts; a .docx
 * through the reader the /check/ page uses too, so text and offsets agree), checks each with
 * src/shared/draft-check on the rules the build wrote to <outDir>/check/rules.json (the file the
 * /check/ page loads), and prints a table per file or, with --json, one JSON array. A file that
 * cannot be read is in both, in its place: a table block with the reason, or {file, error}; the
 * others are still checked. Terminal output shows control characters escaped (lib/terminal.ts).
 * With --annotate, writes DIR/<name>.批注.docx for each file read (src/shared/annotate): a .docx
 * with the findings as Word comments, a .txt as a new GB/T 9704 document with them.
 *
 * Exit status: 0 no 错误 finding; 1 at least one 错误 finding; 2 bad flags, no built rules, or a file
 * that cannot be read.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { annotateDocx, annotatedDocxFromText } from '../src/shared/annotate/index.ts';
import { readSource } from '../src/build/importer/read.ts';
import { ImportError } from '../src/shared/importer/errors.ts';
import { checkDraft } from '../src/shared/draft-check/index.ts';
import { outputFile, UsageError, userPath, writeOutput } from './lib/cli.ts';
import { formatProblem } from '../src/shared/problem.ts';
import { REPORT_KIND_CHOICES, RULES_FILE, formatTable, jsonPieces, loadBuiltRules, parseReportKind, toJson, type FileError, type FileResult } from './lib/check-output.ts';
import { forTerminal } from './lib/terminal.ts';

const USAGE = `用法：npm run check -- <报告.docx|报告.txt>… [选项]
  --type   报告类型（不写则按标题自动判断）：${REPORT_KIND_CHOICES}
  --year   报告年度，如 2025（不写则从标题或开头读出）
  --json   输出 JSON：每个文件一项 {file, type, findings: [{rule, level, start, end, text, message, fix}]}；
           读不出的文件为 {file, error}
  --annotate 文件夹  为每个文件写出“文件夹/<文件名>.批注.docx”：问题作为 Word 批注标在原文上（.txt 写成公文格式的新文档）
  --force  覆盖已有的批注文件
  -h, --help  显示本说明
退出码：0 没有“错误”级问题；1 有“错误”级问题；2 参数错误、未构建网站或文件无法读取。`;

function fail(message: string): number {
  console.error(`${message}\n\n${USAGE}`);
  return 2;
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        type: { type: 'string' },
        year: { type: 'string' },
        json: { type: 'boolean', default: false },
        annotate: { type: 'string' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    const m = /'(-{1,2}[^']+)'/.exec((e as Error).message);
    return fail(`参数错误：${m ? `不认识或缺少值的选项 ${m[1]}` : (e as Error).message}。`);
  }
  const { values, positionals: files } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!files.length) return fail('参数错误：请至少给出一个要检查的 .docx 或 .txt 文件。');
  const type = values.type === undefined ? undefined : parseReportKind(values.type);
  if (values.type !== undefined && !type) return fail(`参数错误：不认识的报告类型“${values.type}”。`);
  if (values.year !== undefined && !/^20\d{2}$/.test(values.year)) return fail(`参数错误：报告年度“${values.year}”应为四位数字，如 2025。`);
  const year = values.year === undefined ? undefined : Number(values.year);
  let outputs: string[] | undefined;
  try {
    outputs = values.annotate === undefined ? undefined : annotatedFiles(files, values.annotate, values.force);
  } catch (e) {
    if (e instanceof UsageError) return fail(e.message);
    throw e;
  }
  if (values.force && !outputs) return fail('参数错误：--force 只与 --annotate 一起使用。');

  const rules = loadBuiltRules();
  if (!rules) {
    console.error(`找不到体检规则文件 ${RULES_FILE}。请先运行 npm run build 构建网站（规则随网站一起生成），再运行 npm run check。`);
    return 2;
  }

  // --json: the array is written a file at a time, in pieces of about a megabyte (lib/check-output.ts).
  let written = 0;
  let pending = '';
  const emit = (item: FileResult | FileError) => {
    for (const piece of jsonPieces(item, written++ === 0)) {
      pending += piece;
      if (pending.length > 1 << 20) {
        process.stdout.write(pending);
        pending = '';
      }
    }
  };
  let unreadable = false;
  let errors = false;
  for (const [i, file] of files.entries()) {
    let text: string;
    let result: ReturnType<typeof checkDraft>;
    try {
      text = await readSource(userPath(file));
      result = checkDraft(text, rules, { ...(type ? { type } : {}), ...(year ? { year } : {}) });
    } catch (e) {
      // An ImportError says what is wrong in Chinese; anything else is a defect here, and one file's defect must not cost the batch.
      const { problem, fix } = e instanceof ImportError ? e.problem : { problem: '读取或检查这个文件时程序出错', fix: '请把这个文件另存为 .txt 后再试，并把原文件交给维护者排查' };
      unreadable = true;
      const line = forTerminal(formatProblem({ file, field: '', problem, fix }));
      if (values.json) {
        emit({ file, error: `${problem}。修正方法：${fix}` });
        console.error(line);
      } else console.log(`${line}\n`);
      continue;
    }
    if (result.findings.some((f) => f.level === 'error')) errors = true;
    if (values.json) emit(toJson(file, result));
    else console.log(`${formatTable(file, text, result, !!type)}\n`);
    if (outputs) {
      const meta = { date: new Date() };
      const docx = /\.docx$/i.test(file) ? annotateDocx(readFileSync(userPath(file)), result.findings, meta) : await annotatedDocxFromText(text, result.findings, meta);
      await writeOutput(outputs[i], docx, '--annotate');
      console.error(forTerminal(`已写出 ${outputs[i]}（${result.findings.length} 条批注）`));
    }
  }
  if (values.json) process.stdout.write(`${pending}${written ? '\n]' : '[]'}\n`);
  return unreadable ? 2 : errors ? 1 : 0;
}

/** DIR/<name>.批注.docx for each input, checked before any work: none may exist without --force, no two may share a name. */
function annotatedFiles(files: string[], dir: string, force: boolean): string[] {
  const folder = userPath(dir);
  try {
    mkdirSync(folder, { recursive: true });
  } catch (e) {
    throw new UsageError(`参数错误：无法建立批注文件夹“${dir}”（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）。`);
  }
  const outputs = files.map((f) => outputFile(path.join(folder, `${path.basename(f, path.extname(f))}.批注.docx`), force, '--annotate'));
  const twice = outputs.find((o, i) => outputs.indexOf(o) !== i);
  if (twice) throw new UsageError(`参数错误：有两个文件都要写成“${twice}”（文件名相同、扩展名不同），请分两次检查。`);
  return outputs;
}

process.exitCode = await main(process.argv.slice(2));

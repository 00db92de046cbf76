/**
 * npm run outline -- --type <类型> --level <层级> --year <年度> [--organ <机关>] [--sections a,b]
 *   [--phrases x,y] --out FILE.docx
 *
 * The 起草提纲 of the /draft/ page as a .docx, from the same data (scripts/lib/outline-content.ts
 * reads the content as the build does) and the same shared modules, so the same choices give
 * the same document. Bad flags: one line saying what is wrong, the usage, exit code 2.
 */
import { parseArgs } from 'node:util';
import { Packer } from 'docx';
import { loadOutlineData } from './lib/outline-content.ts';
import { gongwenDocument } from '../src/shared/outline/gongwen-docx.ts';
import { ORGAN_MAX, OUTLINE_LEVELS, OUTLINE_LEVEL_SLUGS, buildOutline, organName, choicesToQuery, guideFor, outlineToDocument, type OutlineChoices } from '../src/shared/outline/outline.ts';
import { REPORT_TYPES, reportTypeOf } from '../src/shared/schemas/vocab.ts';
import { badFlag, outputFile, runCli, writeOutput } from './lib/cli.ts';
import { forTerminal } from './lib/terminal.ts';

const USAGE = `用法：npm run outline -- --type <报告类型> --level <层级> --year <年度> [--organ <机关名称>] [--sections <部分,…>] [--phrases <表述,…>] --out 提纲.docx [--force]
  --type      ${REPORT_TYPES.join(' | ')}（或网址中的英文短名，如 shufa；履行推进法治建设第一责任人职责述职报告即述法报告）
  --level     ${OUTLINE_LEVELS.join(' | ')}（或 ${Object.values(OUTLINE_LEVEL_SLUGS).join(' | ')}）
  --year      所报告的年度，如 2026
  --organ     机关名称，如 江湾镇党委，不超过 40 个字（控制字符不写入）；不写则留〔机关名称〕
  --sections  要写入的可选部分的 id，用逗号分隔；不写则全部写入（必写部分总会写入）
  --phrases   勾选的表述 id，用逗号分隔；不写则每个写作步骤取表述库排第一的一条；写 --phrases= 则不选表述
  --out       输出的 .docx 文件（相对于运行命令的文件夹）
  --force     覆盖已有的输出文件
与 /draft/ 页面同样的选择得到同样的文件；页面网址中的 t l y o x p 对应上面的选项。`;

const list = (v: string) => v.split(',').map((s) => s.trim()).filter(Boolean);

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        type: { type: 'string' },
        level: { type: 'string' },
        year: { type: 'string' },
        organ: { type: 'string', default: '' },
        sections: { type: 'string' },
        phrases: { type: 'string' },
        out: { type: 'string' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    throw badFlag('', `选项有误（${(e as Error).message}）`, '只用下面列出的选项');
  }
  const v = parsed.values;
  if (v.help) {
    console.log(USAGE);
    return 0;
  }
  const type = reportTypeOf(v.type);
  if (!type) throw badFlag('--type', v.type ? `没有报告类型“${v.type}”` : '缺少 --type', `写 ${REPORT_TYPES.join('、')} 之一`);
  const level = OUTLINE_LEVELS.find((l) => l === v.level || OUTLINE_LEVEL_SLUGS[l] === v.level);
  if (!level) throw badFlag('--level', v.level ? `没有层级“${v.level}”` : '缺少 --level', `写 ${OUTLINE_LEVELS.join('、')} 之一`);
  const year = Number(v.year);
  if (!v.year || !/^\d{4}$/.test(v.year) || year < 2000 || year > 2100) throw badFlag('--year', v.year ? `年度“${v.year}”不是 2000—2100 之间的四位数` : '缺少 --year', '写所报告的年度，如 --year 2026');
  if (!v.out || !/\.docx$/i.test(v.out)) throw badFlag('--out', v.out ? `输出文件“${v.out}”不以 .docx 结尾` : '缺少 --out', '写输出文件名，如 --out 提纲.docx');
  if ([...v.organ!.trim()].length > ORGAN_MAX) throw badFlag('--organ', `机关名称有 ${[...v.organ!.trim()].length} 个字，超过 ${ORGAN_MAX} 个字`, `写机关全称，不超过 ${ORGAN_MAX} 个字，如 --organ 江湾镇党委`);
  const out = outputFile(v.out, v.force!);

  let data;
  try {
    data = loadOutlineData();
  } catch (e) {
    // No built site: the same exit code as a wrong flag, with the fix in the message.
    console.error((e as Error).message);
    return 2;
  }
  const guide = guideFor(data.guides, type);
  const choices: OutlineChoices = { type, level, year, organ: organName(v.organ!) };
  if (v.sections !== undefined) {
    const on = list(v.sections);
    const unknown = on.filter((id) => !guide.sections.some((s) => s.id === id));
    if (unknown.length) throw badFlag('--sections', `“${guide.title}”没有部分“${unknown.join('、')}”`, `可选：${guide.sections.map((s) => s.id).join('、')}`);
    const off = guide.sections.filter((s) => s.basis !== 'rule' && !on.includes(s.id)).map((s) => s.id);
    if (off.length) choices.off = off;
  }
  if (v.phrases !== undefined) {
    const ids = list(v.phrases);
    const offered = new Set(buildOutline(choices, data).sections.flatMap((s) => s.moves.flatMap((m) => m.phrases.map((p) => p.id))));
    const unknown = ids.filter((id) => !offered.has(id));
    if (unknown.length) throw badFlag('--phrases', `表述“${unknown.join('、')}”不在这份提纲的可选表述中（已过时，或不属于这类报告，或 id 有误）`, '在 /draft/ 页面勾选后看网址中的 p=，或查 /phrases/ 各表述的 id');
    choices.phrases = ids;
  }
  const outline = buildOutline(choices, data);
  await writeOutput(out, await Packer.toBuffer(gongwenDocument(outlineToDocument(outline))));
  console.log(forTerminal(`已写出 ${v.out}：${outline.title}（页面网址：/draft/?${choicesToQuery(choices)}）`));
  return 0;
}

runCli(main, USAGE);

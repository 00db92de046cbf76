/**
 * npm run bench:docx: does the exported .docx really give 22 lines of 28 characters?
 *
 * Writes the five samples and two outlines as .docx with the shared modules, renders them to PDF
 * with LibreOffice (installing libreoffice-writer-nogui and poppler-utils with apt-get when
 * soffice or pdftotext is missing and we are root), reads every text line's position with
 * `pdftotext -bbox-layout`, and counts body lines per page and characters per full line next to
 * the 22 × 28 target. Also reports where the first line, the left edge and the page numbers
 * fall, and which fonts LibreOffice used. Writes bench/results/docx-layout.md. A benchmark,
 * never a test.
 *
 *   npm run bench:docx [-- --out bench/results/docx-layout.md --keep DIR]
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Packer } from 'docx';
import { CHAR_PITCH, CHARS_PER_LINE, LINES_PER_PAGE, LINE_PITCH, MARGIN, TEXT_HEIGHT, TEXT_WIDTH, TITLE_CHARS_PER_LINE, gongwenDocument, type GongwenModel } from '../src/shared/outline/gongwen-docx.ts';
import { titleLines } from '../src/shared/outline/text.ts';
import { buildOutline, outlineToDocument, type OutlineChoices, type OutlineData, type TopicData } from '../src/shared/outline/outline.ts';
import { reportModel } from '../src/shared/outline/report-blocks.ts';
import { contentFiles, fileId, loadReport, readMarkdown, readYaml, reportSlugs } from './lib/content-files.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'bench/results/docx-layout.md' },
    /** Keep the .docx and .pdf files in this folder instead of a temporary one. */
    keep: { type: 'string' },
  },
});

const PT_PER_TWIP = 1 / 20;
const MM_PER_PT = 25.4 / 72;
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

/** soffice and pdftotext, installed with apt-get if missing; returns why not when they cannot be. */
function ensureTools(): string | undefined {
  if (has('soffice') && has('pdftotext')) return undefined;
  if (process.getuid?.() !== 0 || !has('apt-get')) return 'soffice 或 pdftotext 不在，且没有 root 权限或 apt-get，无法安装';
  console.log('安装 LibreOffice Writer 和 poppler-utils（apt-get）……');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
  const install = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'libreoffice-writer-nogui', 'poppler-utils'], { stdio: 'inherit', env });
  if (update.status !== 0 || install.status !== 0) return `apt-get 失败（update ${update.status}，install ${install.status}）`;
  return has('soffice') && has('pdftotext') ? undefined : '安装后仍找不到 soffice 或 pdftotext';
}

// ---- Documents ---------------------------------------------------------------------------

function documents(): { name: string; model: GongwenModel }[] {
  const samples = reportSlugs().map((name) => ({ name, model: reportModel(loadReport(name)!) }));
  const data: OutlineData = {
    guides: contentFiles('guides', 'md').map((f) => ({ id: fileId(f), ...readMarkdown<Omit<OutlineData['guides'][number], 'id'>>('guides', f).data })),
    phrases: contentFiles('phrases', 'yaml').flatMap((f) => readYaml<OutlineData['phrases']>('phrases', f)),
    topics: contentFiles('topics', 'yaml')
      .map((f) => ({ id: fileId(f), ...readYaml<Omit<TopicData, 'id'> & { order: number }>('topics', f) }))
      .sort((a, b) => a.order - b.order),
  };
  const outlines: OutlineChoices[] = [
    { type: '述法报告', level: '乡镇', year: 2026, organ: '江湾镇党委' },
    { type: '法治政府建设年度报告', level: '县级', year: 2026, organ: '某某县人民政府' },
    { type: '法治政府建设年度报告', level: '乡镇', year: 2026, organ: '某某镇人民政府' },
  ];
  return [
    ...samples,
    ...outlines.map((c) => ({ name: `outline-${c.type}-${c.level}`, model: outlineToDocument(buildOutline(c, data)) })),
  ];
}

// ---- Measuring the PDF -----------------------------------------------------------------

interface Line {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  text: string;
}
interface Page {
  number: number;
  body: Line[];
  footer?: Line;
}

/** Lines of each page from pdftotext -bbox-layout; pieces of one visual line are merged. */
function pdfPages(xhtml: string): Page[] {
  const pages: Page[] = [];
  for (const [i, page] of xhtml.split('<page ').slice(1).entries()) {
    const pieces: Line[] = [];
    for (const m of page.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)<\/line>/gs)) {
      const text = [...m[5].matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((w) => w[1]).join('');
      pieces.push({ xMin: +m[1], yMin: +m[2], xMax: +m[3], yMax: +m[4], text });
    }
    pieces.sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
    const lines: Line[] = [];
    for (const p of pieces) {
      const same = lines.find((l) => Math.abs(l.yMin - p.yMin) < 3);
      if (same) {
        const [first, second] = same.xMin <= p.xMin ? [same, p] : [p, same];
        Object.assign(same, { xMin: Math.min(same.xMin, p.xMin), xMax: Math.max(same.xMax, p.xMax), text: first.text + second.text });
      } else lines.push({ ...p });
    }
    const footer = lines.find((l) => /^—\s*\d+\s*—$/.test(l.text));
    pages.push({ number: i + 1, body: lines.filter((l) => l !== footer), footer });
  }
  return pages;
}

/** A line that opens a heading: 一、 （一） 1、 1. （1）. */
const HEADING = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d{1,2}[、.．]|（\d{1,2}）)/;

/** Width in body characters: Chinese and full-width 1, ASCII ½. */
const width = (text: string) => [...text].reduce((w, ch) => w + (/[\u0000-\u00ff]/.test(ch) ? 0.5 : 1), 0);

const left = MARGIN.left * PT_PER_TWIP;
const textWidthPt = TEXT_WIDTH * PT_PER_TWIP;
const pitchPt = CHAR_PITCH * PT_PER_TWIP;

interface Measure {
  name: string;
  pages: number;
  linesPerPage: number[];
  fullLines: number;
  charsPerFullLine: Map<number, number>;
  linePitch: number;
  /** The lowest line position used on any page (1 = first line of the 版心). */
  deepestLine: number;
  /** Full pages short of 22 lines whose next page opens with a heading (kept with its next line). */
  shortBeforeHeading: number;
  firstLineTopMm: number;
  leftEdgeMm: number;
  footers: { odd: string; even: string };
  /** Lines whose last glyph (a hanging closing mark) passes the right edge of the 版心 by over 1 pt. */
  overflowing: string[];
  /** The 成文日期 line opens a page, away from the organ's name above it. */
  dateAlone: boolean;
  /** The title's lines as rendered, and whether they are the lines titleLines chose. */
  titleLines: string[];
  titleAsPlanned: boolean;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
}

/** `fallbackTop`: where the first body line of a page sits, from the other files, for a file of one page (an outline). */
function measure(name: string, pages: Page[], title: string, fallbackTop: number): Measure {
  const chars = new Map<number, number>();
  let fullLines = 0;
  const gaps: number[] = [];
  for (const p of pages) {
    p.body.forEach((l, i) => i > 0 && gaps.push(l.yMin - p.body[i - 1].yMin));
    for (const l of p.body) {
      // A full line reaches the right edge of the 版心 (justified); paragraph ends do not.
      if (l.xMax < left + textWidthPt - pitchPt / 2) continue;
      const indent = Math.round((l.xMin - left) / pitchPt);
      const n = width(l.text) + indent;
      chars.set(n, (chars.get(n) ?? 0) + 1);
      fullLines++;
    }
  }
  const side = (p: Page | undefined) => {
    if (!p?.footer) return '无';
    const f = p.footer;
    const rightGap = (left + textWidthPt - f.xMax) * MM_PER_PT;
    const leftGap = (f.xMin - left) * MM_PER_PT;
    const below = (f.yMin - (MARGIN.top + TEXT_HEIGHT) * PT_PER_TWIP) * MM_PER_PT;
    return `${f.text}，${rightGap < leftGap ? `右，距版心右缘 ${rightGap.toFixed(1)} mm` : `左，距版心左缘 ${leftGap.toFixed(1)} mm`}，距版心下缘 ${below.toFixed(1)} mm`;
  };
  const firstTops = pages.slice(1).map((p) => p.body[0]?.yMin).filter((y): y is number => y !== undefined);
  const top = firstTops.length ? median(firstTops) : fallbackTop;
  const pitch = median(gaps);
  // Line positions used on each page, so that page 1 counts the blank line under the title.
  const linesPerPage = pages.map((p) => Math.max(0, ...p.body.map((l) => Math.round((l.yMin - top) / pitch) + 1)));
  const deepestLine = Math.max(...linesPerPage);
  const shortBeforeHeading = pages
    .slice(0, -1)
    .filter((_, i) => linesPerPage[i] < LINES_PER_PAGE && HEADING.test(pages[i + 1].body[0]?.text ?? '')).length;
  const rightEdge = left + textWidthPt;
  const overflowing = pages.flatMap((p) => p.body.filter((l) => l.xMax > rightEdge + 1).map((l) => `第 ${p.number} 页“…${l.text.slice(-6)}”`));
  const lastPage = pages.at(-1)!;
  const lastLine = lastPage.body.at(-1);
  const dateAlone = !!lastLine && /^\d{4}年\d{1,2}月\d{1,2}日$/.test(lastLine.text) && lastPage.body.length === 1;
  // The title is the first lines of page 1 until their text makes up the whole title.
  const rendered: string[] = [];
  for (const l of pages[0]?.body ?? []) {
    if (rendered.join('') === title || rendered.join('').length >= title.length) break;
    rendered.push(l.text);
  }
  const planned = titleLines(title, TITLE_CHARS_PER_LINE);
  return {
    name,
    overflowing,
    dateAlone,
    titleLines: rendered,
    titleAsPlanned: rendered.length === planned.length && rendered.every((t, i) => t === planned[i]),
    pages: pages.length,
    linesPerPage,
    fullLines,
    charsPerFullLine: chars,
    linePitch: pitch,
    deepestLine,
    shortBeforeHeading,
    firstLineTopMm: top * MM_PER_PT,
    leftEdgeMm: Math.min(...pages.flatMap((p) => p.body.map((l) => l.xMin))) * MM_PER_PT,
    footers: { odd: side(pages.find((p) => p.number % 2 === 1)), even: side(pages.find((p) => p.number % 2 === 0)) },
  };
}

// ---- Run ------------------------------------------------------------------------------

const run = (cmd: string, args: string[]) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} 失败：${r.stderr || r.stdout}`);
  return r.stdout;
};

const work = values.keep ? path.resolve(values.keep) : await mkdtemp(path.join(os.tmpdir(), 'bench-docx-'));
await mkdir(work, { recursive: true });
const lines: string[] = [
  '# .docx 版式：22 行 × 28 字',
  '',
  '`npm run bench:docx` 的结果。用共享模块（src/shared/outline/）导出五篇范文和两份起草提纲，用 LibreOffice 转成 PDF，再用 `pdftotext -bbox-layout` 读出每一行的位置，统计每页正文行数和每个整行（排满到版心右缘的行，不含段末行）的字数。字数按正文字宽计：汉字和全角标点 1，半角数字和字母 ½，首行缩进按缩进的字数计入。',
  '',
  `版式参数：A4，上 ${MARGIN.top}、左 ${MARGIN.left}、下 ${MARGIN.bottom}、右 ${MARGIN.right} twips；版心 ${TEXT_WIDTH} × ${TEXT_HEIGHT} twips（156 × 225 mm）；行距固定 ${LINE_PITCH} twips（${(LINE_PITCH / 20).toFixed(2)} pt）；字距 ${(CHAR_PITCH / 20).toFixed(2)} pt（3号字收紧 ${(16 - CHAR_PITCH / 20).toFixed(2)} pt）。`,
  '',
];
const missing = ensureTools();
if (missing) {
  lines.push(`**未能渲染：${missing}。** 本机没有 LibreOffice，无法统计行数和字数。`);
  console.log(missing);
} else {
  const docs = documents();
  for (const d of docs) await writeFile(path.join(work, `${d.name}.docx`), await Packer.toBuffer(gongwenDocument(d.model)));
  const started = Date.now();
  run('soffice', [`-env:UserInstallation=file://${path.join(work, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, ...docs.map((d) => path.join(work, `${d.name}.docx`))]);
  const seconds = (Date.now() - started) / 1000;
  const version = run('soffice', ['--version']).trim();
  const parsed: { name: string; title: string; pages: Page[] }[] = [];
  const fonts = new Set<string>();
  for (const d of docs) {
    const pdf = path.join(work, `${d.name}.pdf`);
    const html = path.join(work, `${d.name}.html`);
    run('pdftotext', ['-bbox-layout', pdf, html]);
    parsed.push({ name: d.name, title: d.model.title, pages: pdfPages(await readFile(html, 'utf8')) });
    for (const row of run('pdffonts', [pdf]).split('\n').slice(2)) if (row.trim()) fonts.add(row.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, ''));
  }
  // Every file has the same 版心, so a one-page file (a short outline) takes the others' first-line position.
  const fallbackTop = median(parsed.flatMap((p) => p.pages.slice(1).map((pg) => pg.body[0]?.yMin).filter((y): y is number => y !== undefined)));
  const results = parsed.map((p) => measure(p.name, p.pages, p.title, fallbackTop));
  lines.push(`渲染：${version}，${docs.length} 个文件共 ${seconds.toFixed(1)} 秒。PDF 中实际用到的字体：${[...fonts].join('、')}。本机没有仿宋_GB2312、楷体_GB2312、黑体、方正小标宋简体，LibreOffice 以这些字体代替；字宽相同（等宽汉字），行数和字数不受影响，字形与 Word 中不同。`, '');
  lines.push('| 文件 | 页数 | 满页正文行数（目标 22） | 其中少于 22 行、下页以标题开头的页 | 用到的最低行位 | 末页行数 | 整行数 | 整行字数（目标 28）：字数×行数 | 行距 pt | 首行字顶距纸边 mm | 最左字距纸边 mm |');
  lines.push('| --- | ---: | --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |');
  for (const r of results) {
    const full = r.linesPerPage.slice(0, -1);
    const fullText = full.length ? [...new Set(full)].sort((a, b) => a - b).map((n) => `${n}（${full.filter((x) => x === n).length} 页）`).join('、') : '—';
    const chars = [...r.charsPerFullLine.entries()].sort((a, b) => b[1] - a[1]).map(([n, c]) => `${n}×${c}`).join('，');
    lines.push(`| ${r.name} | ${r.pages} | ${fullText} | ${r.shortBeforeHeading} | ${r.deepestLine} | ${r.linesPerPage.at(-1)} | ${r.fullLines} | ${chars} | ${r.linePitch.toFixed(2)} | ${r.firstLineTopMm.toFixed(1)} | ${r.leftEdgeMm.toFixed(1)} |`);
  }
  lines.push('', '标题断行、落款和行末标点：', '');
  lines.push('| 文件 | 标题各行（按词断开、上短下长） | 与计划的断行一致 | 成文日期单独在末页 | 标点溢出版心右缘的行 |', '| --- | --- | --- | --- | --- |');
  for (const r of results) lines.push(`| ${r.name} | ${r.titleLines.join(' / ')} | ${r.titleAsPlanned ? '是' : '否'} | ${r.dateAlone ? '是' : '否'} | ${r.overflowing.length ? `${r.overflowing.length}：${r.overflowing.join('，')}` : '0'} |`);
  lines.push('', '页码（第一个奇数页和第一个偶数页）：', '');
  for (const r of results) lines.push(`- ${r.name}：奇数页 ${r.footers.odd}；偶数页 ${r.footers.even}`);
  const allFull = results.flatMap((r) => r.linesPerPage.slice(0, -1));
  const allChars = new Map<number, number>();
  for (const r of results) for (const [n, c] of r.charsPerFullLine) allChars.set(n, (allChars.get(n) ?? 0) + c);
  const total = [...allChars.values()].reduce((a, b) => a + b, 0);
  const exact = allChars.get(CHARS_PER_LINE) ?? 0;
  const short = allFull.filter((n) => n !== LINES_PER_PAGE).length;
  const beforeHeading = results.reduce((a, r) => a + r.shortBeforeHeading, 0);
  const summary = [
    `合计：每页最多 ${Math.max(...results.map((r) => r.deepestLine))} 行（目标 ${LINES_PER_PAGE}）；满页 ${allFull.length} 页，其中 ${allFull.length - short} 页正好 ${LINES_PER_PAGE} 行，${short} 页少于 ${LINES_PER_PAGE} 行（${[...new Set(allFull.filter((n) => n !== LINES_PER_PAGE))].sort().join('、') || '—'} 行），其中 ${beforeHeading} 页的下一页以标题开头；`,
    `标点溢出版心右缘的行 ${results.reduce((a, r) => a + r.overflowing.length, 0)} 行（目标 0）；成文日期单独在末页的文件 ${results.filter((r) => r.dateAlone).length} 个；标题与计划断行不一致的文件 ${results.filter((r) => !r.titleAsPlanned).length} 个；`,
    `整行 ${total} 行，其中 ${exact} 行正好 ${CHARS_PER_LINE} 字（${((exact / Math.max(1, total)) * 100).toFixed(1)}%），其余 ${[...allChars.entries()].filter(([n]) => n !== CHARS_PER_LINE).sort((a, b) => a[0] - b[0]).map(([n, c]) => `${n} 字 ${c} 行`).join('、') || '无'}。`,
  ].join('');
  lines.push('', summary, '');
  lines.push(
    '说明：“用到的最低行位”是各页正文行按行距落在第几行，22 表示第 22 行位置有字、没有第 23 行，即版心正好排 22 行。满页少于 22 行时，下一页若以标题开头，是因为标题样式“与下段同页”，排不下标题和下一行就一起移到下页；下一页若以落款开头，是因为落款前空一行，排不下就整体移到下页。整行字数偏离 28，是因为半角数字和字母实际宽度不是正好半个字（这里按 ½ 计），以及行首行末禁则（如“《”不放行末）把一个字挪到下一行、其余字距拉开。这些都不是行距或字距的误差。首行字顶距纸边略大于 37 mm，是因为固定行距 28.95 pt 的行里 16 pt 字形不顶格；页码同理。',
  );
  console.log(summary);
}
await mkdir(path.dirname(values.out!), { recursive: true });
await writeFile(values.out!, `${lines.join('\n')}\n`);
console.log(`写入 ${values.out}`);
if (!values.keep) await rm(work, { recursive: true, force: true });

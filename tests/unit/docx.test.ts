/**
 * The .docx export: generated files are unzipped and their XML checked against the GB/T 9704
 * layout (../shared/reference/gbt9704-layout.md), and every sample report survives a round trip
 * through the project's own importer with the same headings and body text.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Packer, type Document } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importReport } from '../../src/shared/importer/index.ts';
import { readSource } from '../../src/build/importer/read.ts';
import { CHARS_PER_LINE, LINE_PITCH, TEXT_HEIGHT, TEXT_WIDTH, TITLE_CHARS_PER_LINE, formatDate, gongwenDocument, textWidth, type GongwenModel } from '../../src/shared/outline/gongwen-docx.ts';
import { titleLines } from '../../src/shared/outline/text.ts';
import { docxText } from '../../src/shared/importer/docx.ts';
import { markdownBlocks, plainText, reportModel } from '../../src/shared/outline/report-blocks.ts';

const reports = readdirSync('src/content/reports')
  .sort()
  .map((f) => {
    const [, fm, ...rest] = readFileSync(path.join('src/content/reports', f), 'utf8').split(/^---$/m);
    return { slug: f.replace(/\.md$/, ''), title: parse(fm).title as string, body: rest.join('---') };
  });

async function unzip(doc: Document) {
  const buffer = await Packer.toBuffer(doc);
  const files = unzipSync(buffer);
  return { buffer, part: async (name: string) => (files[name] ? strFromU8(files[name]) : '') };
}
const styleXml = (styles: string, id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`, 's').exec(styles)?.[0] ?? '';
const paragraphWith = (doc: string, text: string) => doc.split('<w:p>').find((p) => p.includes(`>${text}<`)) ?? '';
const attr = (xml: string, el: string, name: string) => new RegExp(`<w:${el} [^>]*w:${name}="([^"]*)"`).exec(xml)?.[1];

const MODEL: GongwenModel = {
  title: '江湾镇2026年度法治政府建设情况的报告',
  blocks: [
    { addressee: '县委、县政府：' },
    { paragraph: '2026年，我镇坚持以习近平法治思想为指导。' },
    { heading: 1, text: '一、主要举措和成效' },
    { heading: 2, text: '（一）加强党的领导' },
    { heading: 3, text: '1.健全工作机制' },
    { heading: 4, text: '（1）召开专题会议' },
    { paragraph: '全年召开专题会议〔次数〕次，X镇隐去的地名照录。' },
    { table: [['指标', '数量'], ['行政复议', '3']] },
  ],
  organ: '江湾镇人民政府',
  date: { year: 2027, month: 1, day: 15 },
};

describe('gongwenDocument: GB/T 9704 layout in the XML', async () => {
  const { part } = await unzip(gongwenDocument(MODEL));
  const document = await part('word/document.xml');
  const styles = await part('word/styles.xml');
  const settings = await part('word/settings.xml');
  const sectPr = /<w:sectPr>.*<\/w:sectPr>/s.exec(document)![0];

  it('is A4 with the standard margins (top 2098, left 1587 twips, ±1 mm)', () => {
    expect(attr(sectPr, 'pgSz', 'w')).toBe('11906');
    expect(attr(sectPr, 'pgSz', 'h')).toBe('16838');
    expect(Math.abs(Number(attr(sectPr, 'pgMar', 'top')) - 2098)).toBeLessThanOrEqual(57);
    expect(Math.abs(Number(attr(sectPr, 'pgMar', 'left')) - 1587)).toBeLessThanOrEqual(57);
    // The 版心 is 156 × 225 mm (±1 mm).
    expect(Math.abs(TEXT_WIDTH - 156 * 56.69)).toBeLessThanOrEqual(57);
    expect(Math.abs(TEXT_HEIGHT - 225 * 56.69)).toBeLessThanOrEqual(57);
  });

  it('sets the body in 3号 仿宋_GB2312 with a fixed line spacing that fits exactly 22 lines', () => {
    const normal = styleXml(styles, 'Normal');
    expect(attr(normal, 'rFonts', 'eastAsia')).toBe('仿宋_GB2312');
    expect(attr(normal, 'sz', 'val')).toBe('32');
    expect(attr(normal, 'spacing', 'lineRule')).toBe('exact');
    const line = Number(attr(normal, 'spacing', 'line'));
    expect(Math.floor(TEXT_HEIGHT / line)).toBe(22);
    const body = styleXml(styles, 'BodyText');
    expect(body).toContain('<w:basedOn w:val="Normal"/>');
    expect(attr(body, 'ind', 'firstLineChars')).toBe('200');
    expect(paragraphWith(document, '2026年，我镇坚持以习近平法治思想为指导。')).toContain('<w:pStyle w:val="BodyText"/>');
  });

  it('fits 28 characters per line by character spacing, with no snapping grid', () => {
    const normal = styleXml(styles, 'Normal');
    // Run spacing (twips) in the rPr: 3号 characters set that much closer.
    const spacing = Number(/<w:rPr>.*<w:spacing w:val="(-?\d+)"\/>/s.exec(normal)![1]);
    const pitchPt = 16 + spacing / 20;
    expect(Math.floor(TEXT_WIDTH / 20 / pitchPt)).toBe(CHARS_PER_LINE);
    // The grid records the line pitch but does not snap (LibreOffice would put the title on two grid lines).
    expect(attr(sectPr, 'docGrid', 'linePitch')).toBe(String(LINE_PITCH));
    expect(attr(sectPr, 'docGrid', 'type')).toBeUndefined();
    // Widow control off, so that every full page keeps its 22 lines.
    expect(normal).toContain('<w:widowControl w:val="false"/>');
  });

  it('uses the heading typeface for each level: 黑体, 楷体_GB2312, 仿宋_GB2312, 仿宋_GB2312', () => {
    const fonts = [1, 2, 3, 4].map((n) => attr(styleXml(styles, `Heading${n}`), 'rFonts', 'eastAsia'));
    expect(fonts).toEqual(['黑体', '楷体_GB2312', '仿宋_GB2312', '仿宋_GB2312']);
    for (const n of [1, 2, 3, 4]) {
      const h = styleXml(styles, `Heading${n}`);
      expect(attr(h, 'sz', 'val')).toBe('32');
      expect(h).toContain(`<w:name w:val="heading ${n}"/>`);
      expect(attr(h, 'outlineLvl', 'val')).toBe(String(n - 1));
    }
    expect(paragraphWith(document, '（一）加强党的领导')).toContain('<w:pStyle w:val="Heading2"/>');
    expect(paragraphWith(document, '（1）召开专题会议')).toContain('<w:pStyle w:val="Heading4"/>');
  });

  it('sets the title in 2号 方正小标宋简体, centred, with no first-line indent', () => {
    const title = styleXml(styles, 'Title');
    expect(attr(title, 'rFonts', 'eastAsia')).toBe('方正小标宋简体');
    expect(attr(title, 'sz', 'val')).toBe('44');
    expect(attr(title, 'jc', 'val')).toBe('center');
    expect(attr(title, 'ind', 'firstLine')).toBe('0');
    expect(title).not.toContain('firstLineChars');
    const p = paragraphWith(document, MODEL.title);
    expect(p).toContain('<w:pStyle w:val="Title"/>');
    expect(p).not.toMatch(/firstLine(Chars)?="[1-9]/);
  });

  it('keeps first-line indents out of Normal, table cells and the 主送机关', () => {
    expect(styleXml(styles, 'Normal')).not.toContain('<w:ind');
    const table = /<w:tbl>.*<\/w:tbl>/s.exec(document)![0];
    expect(table).toContain('>行政复议<');
    expect(table).not.toContain('BodyText');
    expect(table).not.toContain('firstLine');
    expect(paragraphWith(document, '县委、县政府：')).toContain('<w:pStyle w:val="Normal"/>');
  });

  it('numbers pages "— 1 —" in 4号 宋体, right on odd pages and left on even pages', async () => {
    expect(settings).toContain('<w:evenAndOddHeaders/>');
    const refs = Object.fromEntries([...sectPr.matchAll(/<w:footerReference w:type="(\w+)" r:id="(\w+)"\/>/g)].map((m) => [m[1], m[2]]));
    expect(Object.keys(refs).sort()).toEqual(['default', 'even']);
    const rels = await part('word/_rels/document.xml.rels');
    const target = (id: string) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1];
    const odd = await part(`word/${target(refs.default)}`);
    const even = await part(`word/${target(refs.even)}`);
    for (const [footer, side] of [
      [odd, 'right'],
      [even, 'left'],
    ] as const) {
      const text = [...footer.matchAll(/<w:(?:t|instrText)[^>]*>([^<]*)</g)].map((m) => m[1]).join('|');
      expect(text).toBe('\u2014 |PAGE| \u2014');
      expect(attr(footer, 'jc', 'val')).toBe(side);
      expect(footer).toContain('<w:pStyle w:val="Footer"/>');
      expect(footer).not.toMatch(/firstLine(Chars)?="[1-9]/);
    }
    const footerStyle = styleXml(styles, 'Footer');
    expect(attr(footerStyle, 'rFonts', 'ascii')).toBe('宋体');
    expect(attr(footerStyle, 'sz', 'val')).toBe('28');
  });

  it('lists the fonts with alternative names for machines without them', async () => {
    const table = await part('word/fontTable.xml');
    for (const name of ['仿宋_GB2312', '楷体_GB2312', '黑体', '方正小标宋简体', '宋体']) {
      expect(table).toMatch(new RegExp(`<w:font w:name="${name}"><w:altName w:val="[^"]+"/>`));
    }
    expect(table).toMatch(/w:name="方正小标宋简体"><w:altName w:val="[^"]*宋体/);
  });

  it('places 落款 and 成文日期 as without a seal: name two characters in, date two characters right of its start', () => {
    const organ = paragraphWith(document, '江湾镇人民政府');
    const date = paragraphWith(document, '2027年1月15日');
    expect(attr(organ, 'jc', 'val')).toBe('right');
    expect(attr(organ, 'spacing', 'before')).toBe(String(LINE_PITCH)); // one blank line below the body
    const chars = (p: string) => Number(attr(p, 'ind', 'right')) / (TEXT_WIDTH / CHARS_PER_LINE);
    // The date (6.5 characters) is shorter than the name (7) by less than two, so it keeps two
    // characters to the right and the name moves left.
    expect(chars(date)).toBeCloseTo(2, 1);
    const nameStart = CHARS_PER_LINE - chars(organ) - textWidth('江湾镇人民政府');
    const dateStart = CHARS_PER_LINE - chars(date) - textWidth('2027年1月15日');
    expect(dateStart - nameStart).toBeCloseTo(2, 1);
  });
});

describe('long titles, the 落款 kept together, and punctuation inside the 版心', () => {
  const LONG = '某某县人民政府关于2026年度法治政府建设情况的报告';

  it('breaks a long title between words into balanced lines, the upper no longer than the lower', () => {
    expect(TITLE_CHARS_PER_LINE).toBe(20); // 2号 at the body's tightened spacing in a 156 mm 版心
    expect(titleLines(LONG, 20)).toEqual(['某某县人民政府关于2026年度', '法治政府建设情况的报告']);
    // Before: Word and LibreOffice filled the first line and broke inside 情况.
    expect(titleLines('中共江湾镇委员会书记2026年度履行推进法治建设第一责任人职责情况述职报告', 20)).toEqual([
      '中共江湾镇委员会书记2026年度履行推进',
      '法治建设第一责任人职责情况述职报告',
    ]);
    for (const t of [LONG, '江湾镇人民政府关于2026年度法治政府建设工作情况和2027年工作安排的报告', '中共某某县委全面依法治县委员会办公室关于2026年度法治建设工作的自查报告']) {
      const lines = titleLines(t, 20);
      expect(lines.join('')).toBe(t);
      for (const l of lines) expect(textWidth(l)).toBeLessThanOrEqual(20);
      // No line ends inside a number and its unit, or inside 委员会, 情况, 报告.
      for (const l of lines.slice(0, -1)) expect(l).not.toMatch(/\d$|委员$|情$|报$/);
    }
    expect(titleLines('江湾镇2026年度述法报告', 20)).toEqual(['江湾镇2026年度述法报告']);
  });

  it('writes the title lines with manual breaks in one Title paragraph, read back as one title', async () => {
    const { part } = await unzip(gongwenDocument({ title: LONG, blocks: [{ paragraph: '正文。' }] }));
    const doc = await part('word/document.xml');
    const title = doc.split('<w:p>').find((p) => p.includes('<w:pStyle w:val="Title"/>'))!;
    expect([...title.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1])).toEqual(titleLines(LONG, 20));
    expect(title.match(/<w:br\/>/g)).toHaveLength(1);
    expect(docxText(doc).text.split('\n')[0]).toBe(LONG);
  });

  it('keeps the organ with the date, and the last body paragraph with the 落款', async () => {
    const { part } = await unzip(gongwenDocument({ title: 'T', blocks: [{ paragraph: '第一段。' }, { paragraph: '最后一段。' }], organ: '某某县人民政府', date: { year: 2027, month: 1, day: 15 } }));
    const doc = await part('word/document.xml');
    const keeps = (p: string) => ({ next: /<w:keepNext\/>/.test(p), lines: /<w:keepLines\/>/.test(p) });
    expect(keeps(paragraphWith(doc, '某某县人民政府'))).toEqual({ next: true, lines: true });
    expect(keeps(paragraphWith(doc, '2027年1月15日'))).toEqual({ next: false, lines: true });
    expect(keeps(paragraphWith(doc, '最后一段。')).next).toBe(true);
    expect(keeps(paragraphWith(doc, '第一段。')).next).toBe(false);
    // Without a 落款 nothing is kept with it.
    const { part: bare } = await unzip(gongwenDocument({ title: 'T', blocks: [{ paragraph: '最后一段。' }] }));
    expect(keeps(paragraphWith(await bare('word/document.xml'), '最后一段。')).next).toBe(false);
  });

  it('turns w:overflowPunct on in Normal, in schema order, so LibreOffice keeps closing marks inside the 版心', async () => {
    const { part } = await unzip(gongwenDocument(MODEL));
    const normal = styleXml(await part('word/styles.xml'), 'Normal');
    expect(normal).toMatch(/<w:widowControl w:val="false"\/><w:overflowPunct w:val="1"\/><w:spacing /);
  });
});

describe('dates and 落款 geometry', () => {
  it('writes dates in Arabic numerals without leading zeros', () => {
    expect(formatDate({ year: 2027, month: 1, day: 5 })).toBe('2027年1月5日');
    expect(formatDate(new Date(2027, 0, 15))).toBe('2027年1月15日');
    expect(formatDate('〔成文日期〕')).toBe('〔成文日期〕');
  });

  it('keeps the name two characters in when it is the longer by two or more', async () => {
    const { part } = await unzip(gongwenDocument({ title: 'T', blocks: [], organ: '中共江湾镇委员会办公室', date: { year: 2027, month: 1, day: 15 } }));
    const doc = await part('word/document.xml');
    const pitch = TEXT_WIDTH / CHARS_PER_LINE;
    const right = (t: string) => Number(attr(paragraphWith(doc, t), 'ind', 'right')) / pitch;
    expect(right('中共江湾镇委员会办公室')).toBeCloseTo(2, 1);
    expect(CHARS_PER_LINE - right('2027年1月15日') - 6.5 - (CHARS_PER_LINE - 2 - 11)).toBeCloseTo(2, 1);
  });
});

describe('report-blocks: a sample body as the document model', () => {
  it('maps ## to ##### onto heading levels 1–4 and strips markup but keeps redaction markers', () => {
    const blocks = markdownBlocks(
      '前言<span class="redaction" title="x">X</span>镇。\n\n## 一、甲\n\n### （一）乙\n\n#### 1、丙\n\n##### （1）丁\n\n学习<ins class="restored" title="y">习近平</ins>法治思想，共\\[*\\]次；a &amp; b。',
    );
    expect(blocks).toEqual([
      { paragraph: '前言X镇。' },
      { heading: 1, text: '一、甲' },
      { heading: 2, text: '（一）乙' },
      { heading: 3, text: '1、丙' },
      { heading: 4, text: '（1）丁' },
      { paragraph: '学习习近平法治思想，共[*]次；a & b。' },
    ]);
    expect(plainText('<span class="redaction">＊</span>人')).toBe('＊人');
  });

  it('finds the 主送机关 and the closing 落款 and date of a sample', () => {
    const m = reportModel(reports.find((r) => r.slug === 'jincheng-township-government-2023')!);
    expect(m.blocks.find((b) => 'addressee' in b)).toEqual({ addressee: '中共博爱县委、博爱县人民政府：' });
    expect(m.organ).toEqual(['中共金城乡委员会', '金城乡人民政府']);
    expect(m.date).toBe('2024年1月19日');
  });
});

describe('round trip: every sample exported and read back by the importer', () => {
  let dir: string | undefined;
  afterAll(async () => dir && rm(dir, { recursive: true, force: true }));

  /** Title, then headings (level and text) and paragraphs, as plain text. */
  const lines = (title: string, body: string) => [
    `T ${title}`,
    ...markdownBlocks(body).map((b) => ('heading' in b ? `H${b.heading} ${b.text}` : 'paragraph' in b ? `P ${b.paragraph}` : '')),
  ];

  it.each(reports.map((r) => [r.slug, r] as const))('%s', async (slug, report) => {
    dir ??= await mkdtemp(path.join(os.tmpdir(), 'docx-roundtrip-'));
    const file = path.join(dir, `${slug}.docx`);
    await writeFile(file, await Packer.toBuffer(gongwenDocument(reportModel(report))));
    const imported = importReport(await readSource(file), {}, file);
    const source = lines(report.title, report.body);
    expect(source.filter((l) => l.startsWith('H')).length).toBeGreaterThan(2);
    expect(lines(imported.frontmatter.title, imported.body)).toEqual(source);
  });
});

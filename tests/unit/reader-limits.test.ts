/**
 * The shared readers on hostile input (issue 24, items 2, 5, 6, 8): numbering values out of Word's
 * bounds, numbers drawn at the cost of their length, a paragraph that looks like a table's line,
 * the shared size limits (src/shared/limits.ts), and no English from the engine in a refusal. Each
 * .docx is made here with fflate, a few hundred bytes.
 */
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { docxPlainText, readDocx } from '../../src/shared/importer/docx-file.ts';
import { decodeText } from '../../src/shared/importer/decode.ts';
import { chineseCounting, formatNumber } from '../../src/shared/importer/docx.ts';
import { cleanReport } from '../../src/shared/importer/index.ts';
import { fileSizeRefusal, textSizeRefusal } from '../../src/shared/limits.ts';
import { docx, numberingBomb, numberingXml, para, xmlBomb } from '../../scripts/bench/check-hostile.ts';

const RENUMBER = '请在 Word/WPS 中重新设置编号（或把自动编号转为文字）后另存为 .docx，再试';
const RESAVE = '请用 Word/WPS 打开确认文件未损坏，再另存为 .docx';
const outOfRange = (what: string, value: string, max: number) => ({
  problem: `文档自动编号的${what}“${value}”超出范围（应为 0 到 ${max} 之间的整数），文件可能已损坏或被改动`,
  fix: RENUMBER,
});
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

describe('numbering values are bounded as Word bounds them, before the body is read (item 2)', () => {
  it.each([
    ['decimal', '100000000000'],
    ['decimal', 'Infinity'],
    ['chineseCounting', '100000000000'],
    ['lowerLetter', '2000000000'],
    ['lowerRoman', '1e9'],
    ['decimal', '-1'],
    ['decimal', 'NaN'],
  ])('a %s list starting at %s is refused at once, with the value and the range', (fmt, start) => {
    const bytes = numberingBomb(fmt, start);
    expect(bytes.length).toBeLessThan(1500);
    expect(readDocx(bytes)).toEqual(outOfRange('起始值', start, 32767));
  });

  it('bounds a start override, a level and the text around the number, in numbering.xml, styles and paragraphs', () => {
    const body = para('某县2023年述法报告') + para('主要工作', 0);
    const override = numberingXml('decimal', '1').replace(
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="99999"/></w:lvlOverride></w:num>',
    );
    expect(readDocx(docx(body, override))).toEqual(outOfRange('起始值', '99999', 32767));
    expect(readDocx(docx(body, numberingXml('decimal', '1').replace('w:ilvl="0"', 'w:ilvl="4294967295"')))).toEqual(outOfRange('级别', '4294967295', 8));
    expect(readDocx(docx(para('某县2023年述法报告') + para('主要工作', 9), numberingXml('decimal', '1')))).toEqual(outOfRange('级别', '9', 8));
    const styles = `<w:styles ${W}><w:style w:styleId="1"><w:pPr><w:numPr><w:ilvl w:val="12"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>`;
    const withStyles = zipSync({ 'word/document.xml': strToU8(`<w:document ${W}><w:body>${body}</w:body></w:document>`), 'word/styles.xml': strToU8(styles) });
    expect(readDocx(withStyles)).toEqual(outOfRange('级别', '12', 8));
    expect(readDocx(docx(body, numberingXml('decimal', '1', '%1'.repeat(60))))).toEqual({
      problem: '文档自动编号的编号文字长达 120 字（最多 100 字），文件可能已损坏或被改动',
      fix: RENUMBER,
    });
    // A value far too long to show is cut in the message.
    expect(readDocx(docx(body, numberingXml('decimal', '9'.repeat(5000))))).toEqual(outOfRange('起始值', `${'9'.repeat(20)}…`, 32767));
  });

  it('a list counted past 32767 is refused', () => {
    const body = para('某县2023年述法报告') + para('甲', 0) + para('乙', 0);
    expect(readDocx(docx(body, numberingXml('decimal', '32767')))).toEqual({
      problem: '文档的一个自动编号列表编到了第 32768 项，超出范围（最多 32767 项），文件可能已损坏或被改动',
      fix: RENUMBER,
    });
  });

  it('draws the largest numbers arithmetically, at the cost of their length', () => {
    expect(chineseCounting(32767)).toBe('三万二千七百六十七');
    expect([1000, 1001, 1010, 1100, 10000, 10010, 20305].map(chineseCounting)).toEqual(['一千', '一千零一', '一千零一十', '一千一百', '一万', '一万零一十', '二万零三百零五']);
    expect(formatNumber(3999, 'upperRoman')).toBe('MMMCMXCIX');
    expect(formatNumber(32767, 'lowerRoman')).toBe(`${'m'.repeat(32)}dcclxvii`);
    expect([26, 27, 52, 53].map((n) => formatNumber(n, 'lowerLetter'))).toEqual(['z', 'aa', 'zz', 'aaa']);
    expect(formatNumber(32767, 'upperLetter')).toBe('G'.repeat(1261));
  });

  it('stops when the drawn numbers would make the text longer than the limit', () => {
    // Every paragraph draws fifty letter numbers of some 1,231 characters: 61,550 characters from a few bytes.
    const body = para('某县2023年述法报告') + para('甲', 0).repeat(100);
    expect(readDocx(docx(body, numberingXml('lowerLetter', '32000', '%1'.repeat(50))))).toEqual({ problem: '文字超过上限 5.0 MB', fix: '一份报告远小于这个大小，请确认选对了文件；合订的多份报告请分成单份' });
  });
});

describe('a paragraph holding what marks a table line (item 5)', () => {
  it('reads as text, the private-use characters shown as U+FFFD', () => {
    const bytes = docx(para('某县2023年述法报告') + para('\uE0000\uE001') + para('正文'));
    const read = readDocx(bytes);
    expect('problem' in read).toBe(false);
    expect(docxPlainText(read as Exclude<typeof read, { problem: string }>)).toBe('某县2023年述法报告\n\uFFFD0\uFFFD\n正文');
  });
  it('the importer takes the same characters in a .txt as text', () => {
    const text = `某县2023年述法报告\n一、主要工作\n\uE0000\uE001\n${'本年度认真履行推进法治建设第一责任人职责。'.repeat(12)}\n二、存在问题\n学习不够深入。`;
    expect(cleanReport(text).blocks.map((b) => b.kind)).not.toContain('table');
  });
});

describe('the shared size limits (item 6)', () => {
  it('a .docx whose XML parts inflate past 10 MB is refused from the zip directory, before inflating', () => {
    const bytes = xmlBomb(48);
    expect(bytes.length).toBeLessThan(200 * 1024);
    expect(readDocx(bytes)).toEqual({
      problem: '文档的正文和格式（XML）解压后有 48.0 MB，超过上限 10.0 MB，文件可能已损坏或被改动',
      fix: '一份报告的正文远小于这个大小；请确认选对了文件，或在 Word/WPS 中把正文复制到新文档后另存为 .docx 再试',
    });
  });
  it('a 50 MB .txt is refused from its size; text over 5 MB after decoding too', () => {
    expect(decodeText(new Uint8Array(50 * 1024 * 1024).fill(0x41))).toEqual({
      problem: '文件有 50.0 MB，超过上限 10.0 MB',
      fix: '一份报告远小于这个大小，请确认选对了文件；合订的多份报告请分成单份',
    });
    expect(decodeText(new Uint8Array(6 * 1024 * 1024).fill(0x41))).toEqual({
      problem: '文字有 6.0 MB，超过上限 5.0 MB',
      fix: '一份报告远小于这个大小，请确认选对了文件；合订的多份报告请分成单份',
    });
  });
  it('the same limits for every caller: by file size, and on text pasted or given', () => {
    expect(fileSizeRefusal('text', 10 * 1024 * 1024)).toBeUndefined();
    expect(fileSizeRefusal('docx', 51 * 1024 * 1024)).toEqual({ problem: '文件有 51.0 MB，超过上限 50.0 MB', fix: '如果文档里有大量图片，请删去图片后另存为 .docx 再试' });
    expect(readDocx(new Uint8Array(51 * 1024 * 1024))).toEqual(fileSizeRefusal('docx', 51 * 1024 * 1024));
    // 5 MB is 5,242,880 bytes: 1,747,626 characters of three bytes fit, one more does not.
    expect(textSizeRefusal('字'.repeat(1_747_627))).toEqual({ problem: '文字有 5.0 MB，超过上限 5.0 MB', fix: '一份报告远小于这个大小，请确认选对了文件；合订的多份报告请分成单份' });
    expect(textSizeRefusal('字'.repeat(1_747_626))).toBeUndefined();
    expect(() => cleanReport('字'.repeat(2_000_000), '甲.txt')).toThrow('甲.txt：文字有 5.7 MB，超过上限 5.0 MB。修正方法：一份报告远小于这个大小，请确认选对了文件；合订的多份报告请分成单份');
  });
});

describe('refusals are Chinese, never the engine’s English (item 8)', () => {
  it('a character reference past U+10FFFF (Invalid code point 1114112)', () => {
    expect(readDocx(docx(para('某县2023年述法报告') + para('&#x110000;')))).toEqual({ problem: '文档含有无效的字符编码“&#x110000;”，文件可能已损坏或被改动', fix: RESAVE });
    expect(readDocx(docx(para('某县') + para('&#99999999999999999999999;')))).toEqual({ problem: `文档含有无效的字符编码“&#${'9'.repeat(18)}…”，文件可能已损坏或被改动`, fix: RESAVE });
  });
  it.each([
    ['a row outside a table', '<w:tr><w:tc>' + para('甲') + '</w:tc></w:tr>'],
    ['a cell closed outside a row (Cannot read properties of undefined (reading ’row’))', para('甲') + '</w:tc>'],
    ['a merge mark outside a table', '<w:vMerge/>'],
    ['a table closed twice', '<w:tbl><w:tr><w:tc>' + para('甲') + '</w:tc></w:tr></w:tbl></w:tbl>'],
  ])('%s: the table structure is broken', (_, xml) => {
    expect(readDocx(docx(para('某县2023年述法报告') + xml))).toEqual({ problem: '文档的表格结构已损坏（有表格行或单元格不在表格里）', fix: RESAVE });
  });
  it('a stray end of paragraph is ignored', () => {
    const read = readDocx(docx(`</w:p>${para('某县2023年述法报告')}`));
    expect(read).toMatchObject({ text: '某县2023年述法报告' });
  });
  it('a .docx damaged at any byte is read or refused in Chinese, never with an exception or English', () => {
    const bytes = docx(para('某县2023年述法报告') + para('一、主要工作', 0), numberingXml('chineseCounting', '1'));
    // Words of the messages themselves (.docx, Word/WPS, XML, MB, the part's name) and values quoted from the file aside, Latin letters are leaked English.
    const english = (s: string) => s.replace(/“[^”]*”|\.docx?|\.wps|Word|WPS|XML|MB|word\/document\.xml/g, '').match(/[A-Za-z]{2,}/)?.[0];
    const leaks = new Set<string>();
    for (let i = 0; i < bytes.length; i++) {
      for (const value of [0x00, 0xff]) {
        const bad = bytes.slice();
        bad[i] = value;
        const read = readDocx(bad);
        const leak = 'problem' in read ? english(`${read.problem}${read.fix}`) : undefined;
        if (leak) leaks.add(`byte ${i}: ${leak}`);
      }
    }
    expect([...leaks]).toEqual([]);
    // Every entry's compression method, in the central directory, set to one no reader knows.
    const method = bytes.slice();
    bytes.forEach((b, i) => {
      if (b === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 1 && bytes[i + 3] === 2) method[i + 10] = 99;
    });
    expect(readDocx(method)).toEqual({ problem: '无法读取 .docx（压缩包用了不支持的压缩方式）', fix: RESAVE });
  });
});

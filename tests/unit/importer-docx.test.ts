/** The .docx body reader (src/shared/importer/docx.ts) on hand-written XML, and unzipping under a size limit (unzip.ts, docx-file.ts). */
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { chineseCounting, docxText, formatNumber, NumberingError, TABLE_LINE } from '../../src/shared/importer/docx.ts';
import { unzipWithLimit, ZipTooLarge } from '../../src/shared/importer/unzip.ts';
import { docxPlainText, readDocx } from '../../src/shared/importer/docx-file.ts';
import { commonHanShare, decodeText } from '../../src/shared/importer/decode.ts';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const doc = (body: string) => `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
const p = (text: string, num?: [number, number]) =>
  `<w:p><w:pPr>${num ? `<w:numPr><w:ilvl w:val="${num[1]}"/><w:numId w:val="${num[0]}"/></w:numPr>` : ''}<w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const numbering = (fmt0: string, fmt1: string, extraNums = '') => `<w:numbering ${W}>
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${fmt0}"/><w:lvlText w:val="%1、"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="${fmt1}"/><w:lvlText w:val="（%2）"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>${extraNums}
</w:numbering>`;

describe('numbers as Word draws them', () => {
  it.each([[1, '一'], [9, '九'], [10, '十'], [11, '十一'], [20, '二十'], [35, '三十五'], [100, '一百'], [105, '一百零五'], [110, '一百一十']])('chineseCounting %i → %s', (n, s) => expect(chineseCounting(n)).toBe(s));
  it('other formats', () => {
    expect(formatNumber(12, 'ideographDigital')).toBe('一二');
    expect(formatNumber(3, 'decimalEnclosedCircle')).toBe('③');
    expect(formatNumber(2, 'ideographTraditional')).toBe('乙');
    expect(formatNumber(4, 'upperRoman')).toBe('IV');
    expect(formatNumber(1, 'bullet')).toBe('');
    expect(formatNumber(1, 'aiueo')).toBeUndefined();
  });
});

describe('docxText', () => {
  it('draws list numbers, restarting a level under a new parent, and continues across paragraphs in between', () => {
    const body = [p('报告标题'), p('主要工作', [1, 0]), p('加强领导', [1, 1]), p('正文'), p('规范执法', [1, 1]), p('具体做法', [1, 2]), p('存在问题', [1, 0]), p('学习不够', [1, 1])].join('');
    expect(docxText(doc(body), numbering('chineseCounting', 'chineseCounting')).text.split('\n')).toEqual([
      '报告标题', '一、主要工作', '（一）加强领导', '正文', '（二）规范执法', '1.具体做法', '二、存在问题', '（一）学习不够',
    ]);
  });
  it('a w:num with a start override restarts the list', () => {
    const extra = '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>';
    const body = [p('甲', [1, 0]), p('乙', [1, 0]), p('丙', [2, 0])].join('');
    expect(docxText(doc(body), numbering('chineseCounting', 'chineseCounting', extra)).text).toBe('一、甲\n二、乙\n一、丙');
  });
  it('takes numbering from a paragraph style (标题 1 linked to a list)', () => {
    const styles = `<w:styles ${W}><w:style w:type="paragraph" w:styleId="1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>`;
    const body = `<w:p><w:pPr><w:pStyle w:val="1"/></w:pPr><w:r><w:t>履职情况</w:t></w:r></w:p>`;
    expect(docxText(doc(body), numbering('chineseCounting', 'decimal'), styles).text).toBe('一、履职情况');
  });
  it('throws NumberingError for a format it cannot draw', () => {
    expect(() => docxText(doc(p('甲', [1, 0])), numbering('aiueo', 'decimal'))).toThrow(NumberingError);
  });
  it('leaves out deleted text and field codes, keeps inserted text, tabs and breaks, decodes entities', () => {
    const body = `<w:p><w:r><w:t>依法</w:t></w:r><w:del><w:r><w:delText>删去</w:delText></w:r></w:del><w:ins><w:r><w:t>行政</w:t></w:r></w:ins><w:r><w:instrText>PAGE</w:instrText><w:tab/><w:t>&lt;A&amp;B&gt;</w:t><w:br/><w:t>次行</w:t></w:r></w:p>`;
    expect(docxText(doc(body)).text).toBe('依法行政\t<A&B>\n次行');
  });
  it('turns tables into a table line and cells, marking merged cells', () => {
    const cell = (t: string, pr = '') => `<w:tc><w:tcPr>${pr}</w:tcPr>${p(t)}</w:tc>`;
    const body = `${p('前')}<w:tbl><w:tr>${cell('甲', '<w:gridSpan w:val="2"/>')}</w:tr><w:tr>${cell('乙')}${cell('丙')}</w:tr></w:tbl>${p('后')}`;
    const { text, tables } = docxText(doc(body));
    expect(text).toBe(`前\n${TABLE_LINE(0)}\n后`);
    expect(tables).toEqual([{ rows: [['甲'], ['乙', '丙']], merged: true }]);
  });
});

describe('unzipping under a limit, and decoding', () => {
  const archive = () => zipSync({ 'word/document.xml': strToU8('x'.repeat(100_000)), 'a.txt': strToU8('') }, { level: 6 });
  /** The archive with the first entry's deflated data overwritten: inflating it fails. */
  const corrupted = () => {
    const bytes = archive();
    const dataStart = 30 + 'word/document.xml'.length;
    bytes.fill(0xff, dataStart, dataStart + 8);
    return bytes;
  };
  it('inflates only the entries asked for', () => {
    const parts = unzipWithLimit(archive(), (name) => name === 'word/document.xml', 1_000_000);
    expect(Object.keys(parts)).toEqual(['word/document.xml']);
    expect(parts['word/document.xml']).toHaveLength(100_000);
  });
  it('refuses from the directory sizes, before inflating anything', () => {
    // The data is broken, but the refusal comes first: nothing was inflated.
    expect(() => unzipWithLimit(corrupted(), () => true, 99_999)).toThrow(ZipTooLarge);
    expect(() => unzipWithLimit(corrupted(), () => true, 99_999)).toThrow(expect.objectContaining({ total: 100_000 }));
    expect(() => unzipWithLimit(corrupted(), () => true, 100_000)).toThrow(/压缩数据已损坏/);
  });
  it('refuses bytes without a central directory', () => {
    expect(() => unzipWithLimit(new Uint8Array([0x50, 0x4b, 3, 4, ...new Array(40).fill(0)]), () => true, 1000)).toThrow(/缺少目录/);
  });
  it('readDocx names what is wrong: not a zip, no document part, too large', () => {
    expect(readDocx(strToU8('not a zip file'))).toMatchObject({ problem: expect.stringMatching(/不是有效的 \.docx/) });
    expect(readDocx(zipSync({ 'a.txt': strToU8('甲') }))).toMatchObject({ problem: '无法读取 .docx（缺少 word/document.xml，不是 Word 文档）' });
    expect(readDocx(archive())).toMatchObject({ problem: '无法读取 .docx（文档里没有文字）' });
    const big = zipSync({ 'word/document.xml': strToU8(doc(p(' '.repeat(51 * 1024 * 1024)))) });
    expect(readDocx(big)).toMatchObject({ problem: expect.stringMatching(/^文档解压后有 51\.0 MB，超过上限 50\.0 MB$/) });
  });
  it('readDocx keeps numbering; the plain text puts a table one row a line, cells apart by tabs', () => {
    const body = p('甲', [1, 0]) + `<w:tbl><w:tr><w:tc>${p('项目')}</w:tc><w:tc>${p('件数')}${p('（件）')}</w:tc></w:tr><w:tr><w:tc>${p('复议')}</w:tc><w:tc>${p('3')}</w:tc></w:tr></w:tbl>` + p('乙', [1, 0]);
    const read = readDocx(zipSync({ 'word/document.xml': strToU8(doc(body)), 'word/numbering.xml': strToU8(numbering('chineseCounting', 'decimal')) }));
    expect('problem' in read).toBe(false);
    expect(docxPlainText(read as Exclude<typeof read, { problem: string }>)).toBe('一、甲\n项目\t件数 （件）\n复议\t3\n二、乙');
  });
  it('simplified Chinese prose is almost all GB2312 level-1 hanzi', () => {
    expect(commonHanShare('坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，全面推进依法行政')).toBeGreaterThan(0.95);
  });
  it('a UTF-16 BOM without valid UTF-16 is refused', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x00, 0xd8]))).toMatchObject({ problem: expect.stringMatching(/UTF-16LE/) });
  });
});

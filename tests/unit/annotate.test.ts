/**
 * src/shared/annotate on a hand-written .docx: comments anchored on exactly the flagged text across
 * run boundaries, a hyperlink, a field, table cells, Word-numbered headings and a title set in two
 * lines; a finding in a text box listed at the start; the other parts unchanged; the user's own
 * comments kept; characters XML does not allow left out of the comment text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { annotateDocx, AnnotateError, annotatedDocxFromText } from '../../src/shared/annotate/index.ts';
import { gongwenDraft } from '../../src/shared/annotate/from-text.ts';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';
import type { AnnotateFinding } from '../../src/shared/annotate/index.ts';
import { docxPlainText, readDocx } from '../../src/shared/importer/docx-file.ts';
import type { DocxText } from '../../src/shared/importer/docx.ts';
import { canonicalDocument, readComments, unchangedPartsProblems } from '../annotate-helpers.ts';

const FIXTURES = 'tests/fixtures/drafts';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"';
const num = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>';
const r = (t: string, rPr = '') => `<w:r>${rPr}<w:t xml:space="preserve">${t}</w:t></w:r>`;
const cell = (t: string) => `<w:tc><w:p>${r(t)}</w:p></w:tc>`;
const BODY = [
  `<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>${r('某镇2025年度')}<w:r><w:br/><w:t>述法报告</w:t></w:r></w:p>`,
  `<w:p>${num}${r('主要工作')}</w:p>`,
  `<w:p w:rsidR="00A1">${r('坚持依法', '<w:rPr><w:b/></w:rPr>')}<w:r w:rsidR="00B2"><w:t xml:space="preserve">行政，推进 </w:t></w:r><w:hyperlink r:id="rId9"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>法治政府</w:t></w:r></w:hyperlink><w:r><w:t>建设&amp;示范</w:t></w:r></w:p>`,
  `<w:p>${r('共开展')}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r('12')}<w:r><w:fldChar w:fldCharType="end"/></w:r>${r('场')}</w:p>`,
  `<w:p>${num}${r('存在问题')}</w:p>`,
  `<w:tbl><w:tr>${cell('项目')}${cell('数量')}</w:tr><w:tr>${cell('培训')}${cell('3场')}</w:tr></w:tbl>`,
  `<w:p>${r('正文')}<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent><w:p>${r('框内待填写')}</w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict/></mc:Fallback></mc:AlternateContent></w:r>${r('结束')}</w:p>`,
  '<w:sectPr/>',
].join('');
const NUMBERING = `<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
const RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/" TargetMode="External"/></Relationships>';
const TYPES = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';

function makeDocx(extra: Record<string, string> = {}, body = BODY): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(TYPES),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${body}</w:body></w:document>`),
    'word/numbering.xml': strToU8(NUMBERING),
    'word/_rels/document.xml.rels': strToU8(RELS),
    'word/media/image1.png': new Uint8Array([137, 80, 78, 71, 1, 2, 3]),
    ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, strToU8(v)])),
  });
}

const plainOf = (bytes: Uint8Array) => docxPlainText(readDocx(bytes) as DocxText);

/** A finding on the n-th occurrence of `quote` in the text the checker reads. */
function finding(text: string, quote: string, level: 'error' | 'hint' = 'hint', rule = 'test-rule'): AnnotateFinding {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`no ${quote}`);
  return { rule, level, start, end: start + quote.length, message: `说明：${quote}`, fix: '改法示例', type: 'existence', text: quote };
}

describe('annotateDocx', () => {
  const original = makeDocx();
  const text = plainOf(original);

  it('reads the test document as the checker does', () => {
    expect(text).toBe('某镇2025年度述法报告\n一、主要工作\n坚持依法行政，推进 法治政府建设&示范\n共开展12场\n二、存在问题\n项目\t数量\n培训\t3场\n框内待填写\n正文结束');
  });

  const cases: [string, string][] = [
    ['依法行政', '依法行政'], // two runs, the first bold: both split
    ['推进 法治政府建设', '推进 法治政府建设'], // into and out of a hyperlink
    ['开展12场', '开展12场'], // over a field's result (its code is not text)
    ['一、主要工作', '主要工作'], // the number is Word's: the heading's text
    ['二、', '存在问题'], // nothing but the number: the whole heading
    ['数量\n培训', '数量\n培训'], // from one table cell into the next row
    ['&示', '&示'], // an entity in the XML
    ['2025年度述法', '2025年度述法'], // over the title's line break
    ['某', '某'], // the first character of the document
    ['结束', '结束'], // the last
  ];

  it('anchors each finding on exactly its text, and lists the one in a text box at the start', () => {
    const findings = [...cases.map(([q]) => finding(text, q)), finding(text, '框内待填写', 'error', 'placeholder')];
    const annotated = annotateDocx(original, findings);
    const comments = readComments(annotated);
    expect(comments).toHaveLength(cases.length + 1);
    cases.forEach(([q, anchored], i) => {
      expect(comments[i]!.anchored.replace(/\n$/, ''), q).toBe(anchored);
      expect(comments[i]!.lines).toEqual([`【提示】说明：${q}`, '改法：改法示例', '规则：test-rule（遗留占位）']);
    });
    const list = comments.at(-1)!;
    expect(list.lines[0]).toBe('以下 1 条问题所在的文字无法加批注（如文本框中的文字），列在这里：');
    expect(list.lines[1]).toContain('【错误】说明：框内待填写　原文：“框内待填写”　改法：改法示例　规则：placeholder');
    expect(list.anchored).toBe('某镇2025年度述法报告'); // the title
    expect(unchangedPartsProblems(original, annotated)).toEqual([]);
    // The annotated file reads as the same text, so it can be checked again.
    expect(plainOf(annotated)).toBe(text);
  });

  it('splits a run with the same tag and properties on both halves, and registers the comments part', () => {
    const annotated = annotateDocx(original, [finding(text, '依法行政')]);
    const parts = unzipSync(annotated);
    const doc = strFromU8(parts['word/document.xml']!);
    expect(doc).toContain('<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">坚持</w:t></w:r><w:commentRangeStart w:id="0"/><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">依法</w:t></w:r>');
    expect(doc).toContain('<w:r w:rsidR="00B2"><w:t xml:space="preserve">行政</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r><w:r w:rsidR="00B2"><w:t xml:space="preserve">，推进 </w:t></w:r>');
    expect(strFromU8(parts['[Content_Types].xml']!)).toContain('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>');
    expect(strFromU8(parts['word/_rels/document.xml.rels']!)).toContain('<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>');
  });

  it('the comparison catches a changed run property or text', () => {
    const annotated = annotateDocx(original, [finding(text, '依法行政')]);
    const doc = strFromU8(unzipSync(annotated)['word/document.xml']!);
    expect(canonicalDocument(doc)).toBe(canonicalDocument(strFromU8(unzipSync(original)['word/document.xml']!)));
    const tampered = (from: string, to: string) => {
      const parts = unzipSync(annotated);
      parts['word/document.xml'] = strToU8(doc.replace(from, to));
      return unchangedPartsProblems(original, zipSync(parts));
    };
    expect(tampered('<w:rPr><w:b/></w:rPr><w:t xml:space="preserve">依法', '<w:rPr><w:i/></w:rPr><w:t xml:space="preserve">依法')).toEqual(['document.xml runs differ']);
    expect(tampered('>依法<', '>依去<')).toEqual(['document.xml runs differ']);
  });

  it('keeps the user’s own comments and numbers ours after them', () => {
    const own = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments ${W}><w:comment w:id="4" w:author="张三"><w:p><w:r><w:t>原有批注</w:t></w:r></w:p></w:comment></w:comments>`;
    const withOwn = makeDocx({ 'word/comments.xml': own }).slice();
    // Registered as Word registers it.
    const parts = unzipSync(withOwn);
    parts['word/_rels/document.xml.rels'] = strToU8(RELS.replace('</Relationships>', '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>'));
    const docx = zipSync(parts);
    const annotated = annotateDocx(docx, [finding(text, '依法行政')]);
    const out = unzipSync(annotated);
    expect(strFromU8(out['word/comments.xml']!)).toMatch(/^<\?xml[\s\S]*<w:comment w:id="4" w:author="张三">[\s\S]*<\/w:comment><w:comment [^>]*w:id="5"[\s\S]*<\/w:comments>$/);
    expect(out['word/_rels/document.xml.rels']).toEqual(parts['word/_rels/document.xml.rels']);
    expect(readComments(annotated).map((c) => c.id)).toEqual([4, 5]);
  });

  it('leaves characters XML does not allow out of the comment text', () => {
    const f = { ...finding(text, '依法行政'), message: '说明\u0001\u0008含控制字符\uFFFE\uD800', fix: '改<法>&"' };
    const [comment] = readComments(annotateDocx(original, [f]));
    expect(comment!.lines).toEqual(['【提示】说明含控制字符', '改法：改<法>&"', '规则：test-rule（遗留占位）']);
  });

  it('handles indented XML, a VML text box, a nested table and findings out of range or empty', () => {
    const body = [
      `<w:p>\n  <w:r>\n    <w:rPr><w:i/></w:rPr>\n    <w:t>甲乙丙</w:t>\n  </w:r>\n  <w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent><w:p>${r('框中字')}</w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>\n</w:p>`,
      `<w:tbl><w:tr><w:tc><w:p>${r('外格')}</w:p><w:tbl><w:tr>${cell('内一')}${cell('内二')}</w:tr></w:tbl><w:p/></w:tc></w:tr></w:tbl>`,
      `<w:p>${r('末段')}</w:p><w:sectPr/>`,
    ].join('');
    const docx = makeDocx({}, body);
    const t = plainOf(docx);
    expect(t).toBe('框中字\n甲乙丙\n外格 内一 内二 \n末段');
    const findings = [finding(t, '甲乙'), finding(t, '框中'), finding(t, '内一 内二'), { ...finding(t, '末段'), start: t.length + 5, end: t.length + 9 }, { ...finding(t, '末段'), end: t.indexOf('末段') }];
    const annotated = annotateDocx(docx, findings);
    const comments = readComments(annotated);
    expect(comments.map((c) => c.anchored.replace(/\n$/, ''))).toEqual(['甲乙', '内一\n内二', '末段', '甲乙丙']);
    expect(comments.at(-1)!.lines[0]).toBe('以下 2 条问题所在的文字无法加批注（如文本框中的文字），列在这里：');
    const canon = (b: Uint8Array) => canonicalDocument(strFromU8(unzipSync(b)['word/document.xml']!));
    expect(canon(annotated)).toBe(canon(docx));
    expect(unchangedPartsProblems(docx, annotated)).toEqual([]);
    // Outside the run's text, the indentation is kept: the comment starts before the run.
    expect(strFromU8(unzipSync(annotated)['word/document.xml']!)).toContain('<w:p>\n  <w:commentRangeStart w:id="0"/><w:commentRangeStart w:id="3"/><w:r>\n    <w:rPr><w:i/></w:rPr>\n    <w:t xml:space="preserve">甲乙</w:t></w:r><w:commentRangeEnd w:id="0"/>');
  });

  it('returns the file unchanged when there is nothing to say, and refuses what is not a .docx', () => {
    expect(annotateDocx(original, [])).toBe(original);
    expect(() => annotateDocx(strToU8('not a zip'), [])).toThrow(AnnotateError);
  });
});

describe('annotatedDocxFromText', () => {
  const compiled = loadCompiled();
  const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt') && !f.includes('--clean')).slice(0, 12);

  it.each(fixtures)('%s: a GB/T 9704 document with one comment per finding, on its text', async (name) => {
    const pasted = readFileSync(path.join(FIXTURES, name), 'utf8');
    const { findings } = checkDraft(pasted, compiled);
    expect(findings.length).toBeGreaterThan(0);
    const draft = await gongwenDraft(pasted);
    const annotated = annotateDocx(draft.bytes, findings.map(draft.move));
    expect(unchangedPartsProblems(draft.bytes, annotated)).toEqual([]);
    const comments = readComments(annotated);
    expect(comments).toHaveLength(findings.length);
    findings.forEach((f, i) => {
      // The text as flagged, its line breaks and surrounding spaces aside (lines become paragraphs with an indent).
      const flagged = f.text.split('\n').map((l) => l.trim()).filter(Boolean).join('\n');
      expect(comments[i]!.anchored.replace(/\n$/, ''), `${f.rule} “${f.text}”`).toBe(flagged || pasted.split('\n').find((l, n, all) => all.slice(0, n).join('\n').length + (n ? 1 : 0) >= f.start && l.trim())!.trim());
    });
  });

  it('recognises the title and the 一、（一）1.（1） headings, and strips characters XML does not allow', async () => {
    const pasted = '　某局2025年度法治政府建设情况的报告\n\n一、主要工作\n（一）加强领导\x01。\n1.健全制度\n（1）完善规则\n正文一段。\n';
    const bytes = await annotatedDocxFromText(pasted, [{ rule: 'r', level: 'error', start: pasted.indexOf('加强'), end: pasted.indexOf('加强') + 4, message: '示例' }]);
    const doc = canonicalDocument(strFromU8(unzipSync(bytes)['word/document.xml']!));
    for (const [style, words] of [['Title', '某局2025年度'], ['Heading1', '一、主要工作'], ['Heading2', '（一）加强领导'], ['Heading3', '1.健全制度'], ['Heading4', '（1）完善规则'], ['BodyText', '正文一段。']]) {
      expect(doc, style).toMatch(new RegExp(`<w:pStyle w:val="${style}"/>[\\s\\S]*?${words.replace(/[()]/g, '\\$&')}`));
    }
    expect(doc).toContain('加强领导\uFFFD。');
    expect(readComments(bytes).map((c) => c.anchored)).toEqual(['加强领导']);
  });
});

/**
 * 下载带批注的 Word 文件 on /check/: the checked draft back as a .docx with each finding as a Word
 * comment (src/shared/annotate). An opened .docx whose text is still what was checked comes back as
 * the user's own file with comments added; otherwise (pasted, or edited after opening) the text
 * becomes a new GB/T 9704 document. The module and, for a new document, the docx package load from
 * this site on click; the file is made in the browser and nothing is sent.
 */
import type { Finding } from '../../shared/draft-check/types.ts';
import { saveFile } from '../download.ts';

/** The .docx the draft was read from, and the text read from it. */
export interface DocxSource { name: string; bytes: Uint8Array; text: string }

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A file name from the draft's first line (its title), without characters file systems refuse. */
function nameFromText(text: string): string {
  const title = (text.split('\n').find((l) => l.trim()) ?? '').trim().replace(/[\\/:*?"<>|\u0000-\u001f]/g, '').slice(0, 40);
  return title || '报告草稿';
}

/** Makes and saves the annotated file; returns the sentence the page shows. */
export async function downloadAnnotated(text: string, findings: Finding[], source: DocxSource | undefined): Promise<string> {
  const meta = { date: new Date() };
  let bytes: Uint8Array;
  let name: string;
  let what: string;
  if (source && source.text === text) {
    const { annotateDocx } = await import('../../shared/annotate/annotate-docx.ts');
    bytes = annotateDocx(source.bytes, findings, meta);
    name = `${source.name.replace(/\.docx$/i, '')}.批注.docx`;
    what = '您打开的文件，只加了批注';
  } else {
    const { annotatedDocxFromText } = await import('../../shared/annotate/from-text.ts');
    bytes = await annotatedDocxFromText(text, findings, meta);
    name = `${nameFromText(text)}.批注.docx`;
    what = source ? '草稿在打开后改过，按改后的文字生成的公文格式新文档' : '按粘贴的草稿生成的公文格式新文档';
  }
  saveFile(new Blob([bytes as BlobPart], { type: DOCX_TYPE }), name);
  const comments = findings.length ? `${findings.length} 条问题都作为批注标在原文上，可在 Word/WPS 的“审阅”中逐条查看` : '没有发现问题，所以文件里没有批注';
  return `已生成“${name}”（${what}），${comments}。`;
}

/**
 * Reading an annotated .docx back, for the unit, build and e2e tests of src/shared/annotate:
 * the comparison of its parts with the original's (issue 26: every part byte for byte except
 * document.xml, the comment parts and the two registries, where only the added entries may
 * differ; document.xml's runs the same once the comment markers are removed and split runs
 * joined), and the text each comment is anchored on.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { AlignmentType, Document, Header, LevelFormat, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { tokens } from '../src/shared/importer/docx.ts';

const unzip = (bytes: Uint8Array) => Object.fromEntries(Object.entries(unzipSync(bytes)).filter(([name]) => !name.endsWith('/')));
const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

const MARKERS = /<w:commentRangeStart w:id="\d+"\/>|<w:commentRangeEnd w:id="\d+"\/>|<w:r><w:commentReference w:id="\d+"\/><\/w:r>/g;
const RUN = /<w:r(?=[\s>])[^>]*>(<w:rPr\/>|<w:rPr>[\s\S]*?<\/w:rPr>)?([\s\S]*?)<\/w:r>/g;

/**
 * document.xml with comment markers removed, w:t tags without attributes, no whitespace between
 * elements outside w:t, and adjacent runs with
 * the same w:r tag and w:rPr joined (their texts joined too), so a run split where a comment
 * starts or ends reads as it was.
 */
export function canonicalDocument(xml: string): string {
  const plain = xml
    .replace(MARKERS, '')
    .replace(/<w:t(?:\s[^>]*)?>/g, '<w:t>')
    // Indentation between elements is not content (a split run is written without it); a w:t's spaces are.
    .replace(/(<w:t>|>)\s+</g, (m, before: string) => (before === '<w:t>' ? m : '><'));
  let out = '';
  let last: { key: string; at: number } | undefined;
  let cursor = 0;
  for (const m of plain.matchAll(RUN)) {
    const key = m[0].slice(0, m[0].indexOf('>') + 1) + (m[1] ?? '');
    const between = plain.slice(cursor, m.index);
    if (last && last.key === key && between === '') {
      // Join: drop this run's tag and rPr and the previous run's close.
      out = out.slice(0, out.length - '</w:r>'.length) + m[2] + '</w:r>';
    } else out += between + m[0];
    last = { key, at: m.index };
    cursor = m.index + m[0].length;
  }
  return (out + plain.slice(cursor)).replace(/<\/w:t><w:t>/g, '');
}

/** dcterms:created and dcterms:modified, which the docx package sets to the time it wrote the file. */
const withoutTimestamps = (xml: string) => xml.replace(/<dcterms:(created|modified)\b[^>]*>[^<]*<\/dcterms:\1>/g, '');

/**
 * What differs between the original and the annotated file beyond what annotating may change; []
 * when nothing. `timestamps: false` compares docProps/core.xml without its two timestamps, for two
 * documents the docx package wrote from the same text at different times.
 */
export function unchangedPartsProblems(original: Uint8Array, annotated: Uint8Array, { timestamps = true } = {}): string[] {
  const a = unzip(original);
  const b = unzip(annotated);
  const problems: string[] = [];
  const text = (parts: Record<string, Uint8Array>, name: string) => strFromU8(parts[name]);
  const commentParts = new Set(['word/comments.xml']);
  for (const name of Object.keys(b)) if (!(name in a) && !commentParts.has(name)) problems.push(`added part ${name}`);
  for (const name of Object.keys(a)) {
    if (!(name in b)) problems.push(`missing part ${name}`);
    else if (name === 'word/document.xml') {
      if (canonicalDocument(text(a, name)) !== canonicalDocument(text(b, name))) problems.push('document.xml runs differ');
    } else if (name === '[Content_Types].xml') {
      const removed = text(b, name).replace(/<Override PartName="\/word\/comments\.xml" ContentType="[^"]+"\/>/, '');
      if (removed !== text(a, name)) problems.push('[Content_Types].xml differs beyond the comments entry');
    } else if (name === 'word/_rels/document.xml.rels') {
      const removed = text(b, name).replace(/<Relationship Id="rId\d+" Type="[^"]+\/comments" Target="comments\.xml"\/>/, '');
      if (removed !== text(a, name)) problems.push('document.xml.rels differs beyond the comments entry');
    } else if (name === 'docProps/core.xml' && !timestamps) {
      if (withoutTimestamps(text(a, name)) !== withoutTimestamps(text(b, name))) problems.push(`part ${name} changed`);
    } else if (!commentParts.has(name) && !same(a[name], b[name])) problems.push(`part ${name} changed`);
  }
  return problems;
}

export interface ReadComment {
  id: number;
  /** The text between the comment's range start and end, paragraphs ending in \n. */
  anchored: string;
  /** The comment's paragraphs. */
  lines: string[];
}

/** The comments of an annotated file, by id, with the text each one covers. */
export function readComments(annotated: Uint8Array): ReadComment[] {
  const parts = unzip(annotated);
  const doc = strFromU8(parts['word/document.xml']);
  const anchored = new Map<number, string>();
  const open = new Set<number>();
  let inText = false;
  let skip = 0;
  for (const t of tokens(doc)) {
    if ('text' in t) {
      if (inText && !skip) for (const id of open) anchored.set(id, anchored.get(id)! + decode(t.text));
      continue;
    }
    if (['w:del', 'w:instrText', 'mc:Fallback'].includes(t.name)) {
      if (!t.selfClosing) skip += t.close ? -1 : 1;
      continue;
    }
    const id = Number(t.attrs['w:id']);
    if (t.name === 'w:commentRangeStart') (open.add(id), anchored.set(id, ''));
    else if (t.name === 'w:commentRangeEnd') open.delete(id);
    else if (t.name === 'w:t') inText = !t.close && !t.selfClosing;
    else if (t.name === 'w:tab' && !t.close) for (const i of open) anchored.set(i, anchored.get(i)! + '\t');
    else if (t.name === 'w:p' && (t.close || t.selfClosing)) for (const i of open) anchored.set(i, anchored.get(i)! + '\n');
  }
  const comments = parts['word/comments.xml'] ? strFromU8(parts['word/comments.xml']) : '';
  return [...comments.matchAll(/<w:comment\b[^>]*\bw:id="(\d+)"[^>]*>([\s\S]*?)<\/w:comment>/g)].map((m) => ({
    id: Number(m[1]),
    anchored: anchored.get(Number(m[1])) ?? '',
    lines: [...m[2].matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map((p) => [...p[1].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((x) => decode(x[1])).join('')),
  }));
}

/** The number of comments whose reference is in document.xml (what Word shows in its review pane). */
export const referenceCount = (annotated: Uint8Array) => (strFromU8(unzip(annotated)['word/document.xml']).match(/<w:commentReference /g) ?? []).length;

/**
 * A draft as Word writes it with automatic numbering: each 一、 and （一） heading without its
 * marker, numbered by a chineseCounting list (as 多级列表 in Word/WPS); every other line in two runs,
 * the first bold, so findings cross run boundaries; a table at the end; a page header.
 */
export function wordNumbered(text: string): Document {
  const level = (level: number, text: string) => ({ level, format: LevelFormat.CHINESE_COUNTING, text, alignment: AlignmentType.START });
  const children: (Paragraph | Table)[] = text.split('\n').map((line) => {
    const m = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/.exec(line);
    if (m) return new Paragraph({ text: line.slice(m[0].length), numbering: { reference: 'heads', level: m[0].startsWith('（') ? 1 : 0 } });
    const half = Math.ceil(line.length / 2);
    return new Paragraph({ children: [new TextRun({ text: line.slice(0, half), bold: true }), new TextRun(line.slice(half))] });
  });
  const cell = (t: string) => new TableCell({ children: [new Paragraph(t)] });
  children.push(new Table({ rows: [new TableRow({ children: [cell('项目'), cell('件数')] }), new TableRow({ children: [cell('行政复议'), cell('3')] })] }));
  return new Document({
    numbering: { config: [{ reference: 'heads', levels: [level(0, '%1、'), level(1, '（%2）')] }] },
    sections: [{ headers: { default: new Header({ children: [new Paragraph('某镇人民政府（页眉）')] }) }, children }],
  });
}

/** Text without whitespace and without 一、/（一） markers at line starts (Word draws those of numbered headings). */
const bare = (s: string) => s.replace(/(^|\n)\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/g, '$1').replace(/\s+/g, '');

/**
 * Comment i against finding i: it covers the finding's text (spaces and drawn numbers aside) or,
 * for a finding on a number alone, its line's text. [] when every comment is on the right text.
 */
export function anchorProblems(text: string, findings: { rule: string; start: number; end: number }[], comments: ReadComment[]): string[] {
  const problems: string[] = [];
  if (comments.length !== findings.length) problems.push(`${comments.length} comments for ${findings.length} findings`);
  findings.forEach((f, i) => {
    const flagged = bare(text.slice(f.start, f.end));
    const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
    const line = text.slice(lineStart, (text.indexOf('\n', f.start) + 1 || text.length + 1) - 1);
    const expected = flagged || bare(line);
    const got = bare(comments[i]?.anchored ?? '');
    if (got !== expected) problems.push(`${f.rule}@${f.start}-${f.end}: anchored “${got}”, expected “${expected}”`);
  });
  return problems;
}

/**
 * LibreOffice (soffice, Debian's libreoffice-writer-nogui) opens each file and exports it as PDF
 * with its comments as PDF text annotations: how many it read back from each file (by base name).
 * Throws when soffice is missing or fails.
 */
export function libreOfficeCommentCounts(files: string[], workDir: string): Record<string, number> {
  const out = path.join(workDir, 'lo-pdf');
  const lo = spawnSync('soffice', [`-env:UserInstallation=file://${path.join(workDir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}', '--outdir', out, ...files], { encoding: 'utf8' });
  if (lo.error || lo.status !== 0) throw new Error(`soffice failed (Debian: libreoffice-writer-nogui, installed by .ci/run): ${lo.error?.message ?? lo.stderr}`);
  return Object.fromEntries(
    files.map((f) => {
      const base = path.basename(f, path.extname(f));
      const pdf = readFileSync(path.join(out, `${base}.pdf`)).toString('latin1');
      if (!pdf.startsWith('%PDF')) throw new Error(`${base}.pdf is not a PDF`);
      return [base, (pdf.match(/\/Subtype\s*\/Text\b/g) ?? []).length];
    }),
  );
}

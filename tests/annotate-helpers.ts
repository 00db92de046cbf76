/**
 * Reading an annotated .docx back, for the unit, build and e2e tests of src/shared/annotate:
 * the comparison of its parts with the original's (issue 26: every part byte for byte except
 * document.xml, the comment parts and the two registries, where only the added entries may
 * differ; document.xml's runs the same once the comment markers are removed and split runs
 * joined), and the text each comment is anchored on.
 */
import { strFromU8, unzipSync } from 'fflate';
import { tokens } from '../src/shared/importer/docx.ts';

const unzip = (bytes: Uint8Array) => Object.fromEntries(Object.entries(unzipSync(bytes)).filter(([name]) => !name.endsWith('/')));
const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

const MARKERS = /<w:commentRangeStart w:id="\d+"\/>|<w:commentRangeEnd w:id="\d+"\/>|<w:r><w:commentReference w:id="\d+"\/><\/w:r>/g;
const RUN = /<w:r(?=[\s>])[^>]*>(<w:rPr\/>|<w:rPr>[\s\S]*?<\/w:rPr>)?([\s\S]*?)<\/w:r>/g;

/**
 * document.xml with comment markers removed, w:t tags without attributes, and adjacent runs with
 * the same w:r tag and w:rPr joined (their texts joined too), so a run split where a comment
 * starts or ends reads as it was.
 */
export function canonicalDocument(xml: string): string {
  const plain = xml.replace(MARKERS, '').replace(/<w:t(?:\s[^>]*)?>/g, '<w:t>');
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

/** What differs between the original and the annotated file beyond what annotating may change; [] when nothing. */
export function unchangedPartsProblems(original: Uint8Array, annotated: Uint8Array): string[] {
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

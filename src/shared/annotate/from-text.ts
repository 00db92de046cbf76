/**
 * annotatedDocxFromText (see ./index.ts): a pasted draft as a new .docx in the GB/T 9704 layout
 * (../outline/gongwen-docx.ts), with the findings as comments. Each non-empty line is one
 * paragraph, its leading and trailing spaces left to the layout's indent; the title and the
 * 一、（一）1.（1） headings are those the checker sees (../draft-check/text.ts). The new document
 * is then annotated like the user's own (./annotate-docx.ts): the findings' offsets are carried
 * from the pasted text to the text the shared reader reads from the new document.
 */
import { Packer } from 'docx';
import { gongwenDocument, type Block, type GongwenModel } from '../outline/gongwen-docx.ts';
import { layout } from '../draft-check/text.ts';
import { docxPlainText, readDocx } from '../importer/docx-file.ts';
import { xmlTextKeepingOffsets } from '../xml-text.ts';
import { annotateDocx } from './annotate-docx.ts';
import type { AnnotateFinding, AnnotateMeta } from './comments.ts';


export interface GongwenDraft {
  /** The new document, without comments. */
  bytes: Uint8Array;
  /** A finding on the pasted text, moved to the text the reader reads from `bytes`. */
  move<F extends AnnotateFinding>(f: F): F;
}

/** The pasted draft as a GB/T 9704 document, and how its offsets move. */
export async function gongwenDraft(pasted: string): Promise<GongwenDraft> {
  const text = xmlTextKeepingOffsets(pasted); // characters XML does not allow as U+FFFD, offsets unchanged
  const lay = layout(text);
  const headingOf = new Map(lay.headings.map((h) => [h.line, h.level]));
  /** [start, end) in the pasted text of each line that becomes a paragraph, the title first. */
  const kept: { start: number; end: number }[] = [];
  let title = '';
  const blocks: Block[] = [];
  lay.lines.forEach((line, i) => {
    const start = line.start + (line.text.length - line.text.trimStart().length);
    const end = line.start + line.text.trimEnd().length;
    if (end <= start) return;
    const words = text.slice(start, end);
    const level = headingOf.get(i);
    if (i === lay.titleLine) {
      title = words;
      kept.unshift({ start, end });
      return;
    }
    kept.push({ start, end });
    blocks.push(level ? { heading: level, text: words } : { paragraph: words });
  });
  if (lay.titleLine < 0) kept.unshift({ start: 0, end: 0 }); // an empty title paragraph
  const model: GongwenModel = { title, blocks };
  const bytes = new Uint8Array(await Packer.toArrayBuffer(gongwenDocument(model)));

  // Where each kept line starts in the text read back from the new document.
  const read = readDocx(bytes);
  const back = 'problem' in read ? '' : docxPlainText(read);
  const at: number[] = [];
  let pos = 0;
  for (const k of kept) {
    const found = back.indexOf(text.slice(k.start, k.end), pos);
    at.push(found);
    if (found >= 0) pos = found + (k.end - k.start);
  }
  const found = kept.map((k, i) => ({ ...k, at: at[i] })).filter((k) => k.at >= 0);
  /** The reader's offset for a finding's start: in its line, or the start of the next line. */
  const moveStart = (o: number) => {
    const k = found.find((x) => x.start <= o && o < x.end) ?? found.filter((x) => x.start >= o).sort((a, b) => a.start - b.start)[0];
    return k ? k.at + Math.max(0, o - k.start) : back.length;
  };
  /** …and for its end: in its line, or the end of the line before. */
  const moveEnd = (o: number) => {
    const k = found.find((x) => x.start < o && o <= x.end) ?? found.filter((x) => x.end <= o).sort((a, b) => b.end - a.end)[0];
    return k ? k.at + Math.min(o, k.end) - k.start : 0;
  };
  return {
    bytes,
    move: (f) => {
      const start = moveStart(f.start);
      return { ...f, start, end: Math.max(start, moveEnd(f.end)) };
    },
  };
}

export async function annotatedDocxFromText(text: string, findings: readonly AnnotateFinding[], meta: AnnotateMeta = {}): Promise<Uint8Array> {
  const draft = await gongwenDraft(text);
  return annotateDocx(draft.bytes, findings.map(draft.move), meta);
}

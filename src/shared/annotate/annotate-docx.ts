/**
 * annotateDocx (see ./index.ts): the user's own .docx with each finding as a Word comment.
 *
 * The shared reader (../importer/docx.ts) reports, for each paragraph it reads, where every
 * character came from in word/document.xml; the checker's text (docxPlainText) is those paragraphs
 * in order with one separator between two, so each offset of a finding maps to an offset in the
 * XML. A comment starts before the finding's first character that has one and ends after its last:
 * a number Word draws (自动编号) has none, so a finding on 三、 alone is anchored on its heading's
 * text. w:commentRangeStart/End go between runs; where one falls inside a run, the run is split in
 * two with the same w:r tag and w:rPr on both halves. Nothing else in document.xml changes, and
 * every other part is copied as it was; [Content_Types].xml and document.xml.rels gain one entry
 * each, a comments part the user already has gains our comments after theirs.
 */
import { strFromU8, strToU8, zipSync, type Zippable } from 'fflate';
import { docxText, tokens } from '../importer/docx.ts';
import { docxPlainText, readDocx } from '../importer/docx-file.ts';
import { unzipWithLimit } from '../importer/unzip.ts';
import { MAX_DOCX_UNZIPPED_BYTES } from '../limits.ts';
import {
  appendToRoot,
  commentLines,
  commentsPart,
  commentXml,
  COMMENTS_REL,
  COMMENTS_TYPE,
  nextCommentId,
  unanchoredLines,
  type AnnotateFinding,
  type AnnotateMeta,
} from './comments.ts';

/** The bytes are not a .docx this module can annotate; the message is Chinese, for the user. */
export class AnnotateError extends Error {}

interface Run { start: number; tag: string; rPr: string; contentStart: number; end: number; closeEnd: number }
interface WText { tagStart: number; tag: string; textStart: number; textEnd: number; closeEnd: number; run: Run }
interface Structure {
  runs: Run[];
  texts: WText[];
  /** w:tab, w:br, w:cr in a run: start → end. */
  elements: Map<number, number>;
  /** [start, end) of text boxes and mc:AlternateContent, where no comment is anchored. */
  boxes: [number, number][];
  /** The first paragraph outside a text box, for the list of unanchored findings when no text can carry it. */
  firstParagraph?: { tagStart: number; tagEnd: number; selfClosing: boolean; pPrEnd?: number };
}

const BOXES = new Set(['w:txbxContent', 'mc:AlternateContent']);

/** Runs, their w:t and other children, and text boxes, with offsets in the XML. */
function scan(xml: string): Structure {
  const s: Structure = { runs: [], texts: [], elements: new Map(), boxes: [] };
  const stack: string[] = [];
  let box = 0;
  let boxStart = 0;
  let run: Run | undefined;
  let text: Partial<WText> | undefined;
  let rPrStart = -1;
  const open = new Map<string, number>(); // element name in a run → its start
  let firstDepth = -1; // the first paragraph's depth while it is open
  for (const t of tokens(xml)) {
    if ('text' in t) continue;
    const parent = stack.at(-1);
    if (t.close) {
      stack.pop();
      if (BOXES.has(t.name) && --box === 0) s.boxes.push([boxStart, t.end]);
      if (box) continue;
      if (t.name === 'w:r' && run) {
        run.end = t.at;
        run.closeEnd = t.end;
        run = undefined;
      } else if (t.name === 'w:rPr' && rPrStart >= 0 && run) {
        run.rPr = xml.slice(rPrStart, t.end);
        run.contentStart = t.end;
        rPrStart = -1;
      } else if (t.name === 'w:t' && text) {
        s.texts.push({ ...(text as WText), textEnd: t.at, closeEnd: t.end });
        text = undefined;
      } else if (open.has(t.name)) {
        s.elements.set(open.get(t.name)!, t.end);
        open.delete(t.name);
      } else if (t.name === 'w:pPr' && stack.length === firstDepth + 1 && s.firstParagraph!.pPrEnd === undefined) {
        s.firstParagraph!.pPrEnd = t.end;
      } else if (t.name === 'w:p' && stack.length === firstDepth) firstDepth = -1;
      continue;
    }
    if (!t.selfClosing) stack.push(t.name);
    if (BOXES.has(t.name)) {
      if (!t.selfClosing && box++ === 0) boxStart = t.at;
      continue;
    }
    if (box) continue;
    const tag = xml.slice(t.at, t.end);
    if (t.name === 'w:p' && !s.firstParagraph) {
      s.firstParagraph = { tagStart: t.at, tagEnd: t.end, selfClosing: t.selfClosing };
      if (!t.selfClosing) firstDepth = stack.length - 1;
    }
    else if (t.name === 'w:r' && !t.selfClosing) {
      run = { start: t.at, tag, rPr: '', contentStart: t.end, end: -1, closeEnd: -1 };
      s.runs.push(run);
    } else if (run && parent === 'w:r') {
      if (t.name === 'w:rPr') {
        if (t.selfClosing) (run.rPr = tag), (run.contentStart = t.end);
        else rPrStart = t.at;
      } else if (t.name === 'w:t') {
        if (!t.selfClosing) text = { tagStart: t.at, tag, textStart: t.end, run };
      } else if (['w:tab', 'w:br', 'w:cr'].includes(t.name)) {
        if (t.selfClosing) s.elements.set(t.at, t.end);
        else open.set(t.name, t.at);
      }
    }
  }
  return s;
}

/** The last item whose key is at or before `at`, in a list sorted by that key. */
function lastAtOrBefore<T>(list: T[], at: number, key: (x: T) => number): T | undefined {
  let lo = 0;
  let hi = list.length - 1;
  let found: T | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]) <= at) (found = list[mid]), (lo = mid + 1);
    else hi = mid - 1;
  }
  return found;
}

/**
 * For each character of the checker's text, its offset in document.xml (-1: a drawn number or a
 * separator), and each paragraph's [start, end) in that text (undefined if it was not found).
 */
function charOrigins(plain: string, paragraphs: { text: string; origins: number[] }[]) {
  const origin = new Int32Array(plain.length).fill(-1);
  const spans: ([number, number] | undefined)[] = [];
  // A line break inside a table cell reads as a space.
  const matchesAt = (at: number, text: string) => {
    if (at + text.length > plain.length) return false;
    for (let i = 0; i < text.length; i++) if (plain[at + i] !== text[i] && !(text[i] === '\n' && plain[at + i] === ' ')) return false;
    return true;
  };
  let pos = 0;
  for (const p of paragraphs) {
    // One separator between two paragraphs; an empty table cell without a paragraph adds one more.
    let at = -1;
    for (let skip = 0; skip <= 3 && pos + skip <= plain.length; skip++) {
      if (skip > 0 && !/[\t\n ]/.test(plain[pos + skip - 1])) break;
      if (matchesAt(pos + skip, p.text)) {
        at = pos + skip;
        break;
      }
    }
    if (at < 0) {
      spans.push(undefined);
      continue;
    }
    for (let i = 0; i < p.text.length; i++) origin[at + i] = p.origins[i];
    spans.push([at, at + p.text.length]);
    pos = at + p.text.length + 1;
  }
  return { origin, spans };
}

type Place = { at: number; kind: 'outside' } | { at: number; kind: 'run'; run: Run } | { at: number; kind: 'text'; text: WText };

/** Everything to write at one place: comment ends first, then starts. */
interface Edit { place: Place; ends: number[]; starts: number[] }

const startMarker = (id: number) => `<w:commentRangeStart w:id="${id}"/>`;
const endMarker = (id: number) => `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;
const preserve = (tag: string) => (/\sxml:space=/.test(tag) ? tag : tag.replace(/\s*\/?>$/, ' xml:space="preserve">'));

export function annotateDocx(docxBytes: Uint8Array, findings: readonly AnnotateFinding[], meta: AnnotateMeta = {}): Uint8Array {
  const read = readDocx(docxBytes);
  if ('problem' in read) throw new AnnotateError(`${read.problem}。${read.fix}。`);
  const parts = unzipWithLimit(docxBytes, (name) => !name.endsWith('/'), MAX_DOCX_UNZIPPED_BYTES);
  const part = (name: string) => (parts[name] ? strFromU8(parts[name]) : undefined);
  const xml = part('word/document.xml')!;
  const paragraphs: { text: string; origins: number[] }[] = [];
  const plain = docxPlainText(docxText(xml, part('word/numbering.xml'), part('word/styles.xml'), (text, origins) => paragraphs.push({ text, origins })));
  const { origin, spans } = charOrigins(plain, paragraphs);
  const s = scan(xml);

  const textAt = (o: number) => {
    const t = lastAtOrBefore(s.texts, o, (x) => x.textStart);
    return t && o < t.textEnd ? t : undefined;
  };
  const boxed = (o: number) => {
    const b = lastAtOrBefore(s.boxes, o, (x) => x[0]);
    return !!b && o < b[1];
  };
  const usable = (i: number) => {
    const o = origin[i];
    if (o < 0 || boxed(o)) return false;
    const r = lastAtOrBefore(s.runs, o, (x) => x.start);
    return !!r && o < r.end && (!!textAt(o) || s.elements.has(o));
  };
  /** Indices (in the checker's text) of the first and last characters a comment can cover. */
  const usableIn = (a: number, b: number): [number, number] | undefined => {
    let first = -1;
    let last = -1;
    for (let i = Math.max(0, a); i < Math.min(b, plain.length); i++) {
      if (!usable(i)) continue;
      if (first < 0) first = i;
      last = i;
    }
    return first < 0 ? undefined : [first, last];
  };
  const anchorOf = (f: AnnotateFinding) =>
    usableIn(f.start, f.end) ??
    // Nothing the comment can cover (a number Word draws, an empty range): the paragraph's text.
    spans.filter((sp): sp is [number, number] => !!sp && sp[0] <= f.start && f.start <= sp[1]).map((sp) => usableIn(sp[0], sp[1])).find((x) => x);

  /** Where a place inside run r at `at` goes: outside the run at its edges, else a split. */
  const inRun = (r: Run, at: number): Place => {
    if (!xml.slice(r.contentStart, at).trim()) return { at: r.start, kind: 'outside' };
    if (!xml.slice(at, r.end).trim()) return { at: r.closeEnd, kind: 'outside' };
    return { at, kind: 'run', run: r };
  };
  const before = (o: number): Place => {
    const t = textAt(o);
    if (t) return o === t.textStart ? inRun(t.run, t.tagStart) : { at: o, kind: 'text', text: t };
    return inRun(lastAtOrBefore(s.runs, o, (r) => r.start)!, o);
  };
  const after = (o: number): Place => {
    const t = textAt(o);
    if (!t) return inRun(lastAtOrBefore(s.runs, o, (r) => r.start)!, s.elements.get(o) ?? o);
    // The character's length in the XML: an entity, a surrogate pair, or one unit.
    const len = xml[o] === '&' ? xml.indexOf(';', o) + 1 - o : /[\uD800-\uDBFF]/.test(xml[o]) ? 2 : 1;
    return o + len >= t.textEnd ? inRun(t.run, t.closeEnd) : { at: o + len, kind: 'text', text: t };
  };

  const edits = new Map<number, Edit>();
  const editAt = (place: Place) => {
    if (!edits.has(place.at)) edits.set(place.at, { place, ends: [], starts: [] });
    return edits.get(place.at)!;
  };
  const target = commentTarget(parts, part);
  let id = nextCommentId(target.xml);
  const comments: string[] = [];
  const unanchored: AnnotateFinding[] = [];
  for (const f of findings) {
    const anchor = anchorOf(f);
    if (!anchor) {
      unanchored.push(f);
      continue;
    }
    editAt(before(origin[anchor[0]])).starts.push(id);
    editAt(after(origin[anchor[1]])).ends.push(id);
    comments.push(commentXml(id++, commentLines(f), meta));
  }

  // The findings no text can carry: one comment at the start of the document, on its first text.
  const replacements: { at: number; del: number; insert: string }[] = [];
  if (unanchored.length) {
    const first = spans.map((sp) => sp && usableIn(sp[0], sp[1])).find((x) => x);
    if (first) {
      editAt(before(origin[first[0]])).starts.push(id);
      editAt(after(origin[first[1]])).ends.push(id);
    } else {
      const p = s.firstParagraph;
      if (!p) throw new AnnotateError('文档里没有可以加批注的段落。请用 Word/WPS 打开确认文件未损坏，再另存为 .docx');
      const markers = startMarker(id) + endMarker(id);
      if (p.selfClosing) replacements.push({ at: p.tagStart, del: p.tagEnd - p.tagStart, insert: `${xml.slice(p.tagStart, p.tagEnd).replace(/\s*\/>$/, '>')}${markers}</w:p>` });
      else replacements.push({ at: p.pPrEnd ?? p.tagEnd, del: 0, insert: markers });
    }
    comments.push(commentXml(id++, unanchoredLines(unanchored), meta));
  }
  if (!comments.length) return docxBytes;

  const preserved = new Set<WText>();
  for (const { place, ends, starts } of edits.values()) {
    const markers = ends.map(endMarker).join('') + starts.map(startMarker).join('');
    if (place.kind === 'outside') replacements.push({ at: place.at, del: 0, insert: markers });
    else if (place.kind === 'run') replacements.push({ at: place.at, del: 0, insert: `</w:r>${markers}${place.run.tag}${place.run.rPr}` });
    else {
      const t = place.text;
      replacements.push({ at: place.at, del: 0, insert: `</w:t></w:r>${markers}${t.run.tag}${t.run.rPr}${preserve(t.tag)}` });
      // Both halves keep their spaces.
      if (!preserved.has(t) && preserve(t.tag) !== t.tag) replacements.push({ at: t.tagStart, del: t.tag.length, insert: preserve(t.tag) });
      preserved.add(t);
    }
  }
  // In document order; at one offset, insertions before the replaced tag.
  replacements.sort((a, b) => a.at - b.at || a.del - b.del);
  let out = '';
  let cursor = 0;
  for (const r of replacements) {
    out += xml.slice(cursor, r.at) + r.insert;
    cursor = r.at + r.del;
  }
  out += xml.slice(cursor);

  const files: Zippable = {};
  for (const [name, data] of Object.entries(parts)) files[name] = name.startsWith('word/media/') ? [data, { level: 0 }] : data;
  files['word/document.xml'] = strToU8(out);
  files[target.path] = strToU8(commentsPart(target.xml, comments));
  if (target.xml === undefined) {
    files['[Content_Types].xml'] = strToU8(appendToRoot(part('[Content_Types].xml') ?? '', `<Override PartName="/${target.path}" ContentType="${COMMENTS_TYPE}"/>`));
    const rels = part('word/_rels/document.xml.rels') ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    const max = Math.max(0, ...[...rels.matchAll(/\bId="rId(\d+)"/g)].map((m) => Number(m[1])));
    files['word/_rels/document.xml.rels'] = strToU8(appendToRoot(rels, `<Relationship Id="rId${max + 1}" Type="${COMMENTS_REL}" Target="comments.xml"/>`));
  }
  return zipSync(files, { level: 6 });
}

/** The comments part the document already registers (the user's own comments), or where ours go. */
function commentTarget(parts: Record<string, Uint8Array>, part: (name: string) => string | undefined): { path: string; xml?: string } {
  const rels = part('word/_rels/document.xml.rels') ?? '';
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    if (!m[0].includes(`Type="${COMMENTS_REL}"`)) continue;
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (!target) continue;
    const path = target.startsWith('/') ? target.slice(1) : `word/${target}`;
    if (parts[path]) return { path, xml: part(path) };
  }
  return { path: 'word/comments.xml' };
}

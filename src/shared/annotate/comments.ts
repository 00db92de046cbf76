/**
 * What a Word comment says about a finding, and the XML of the comment parts: word/comments.xml
 * and its entries in [Content_Types].xml and word/_rels/document.xml.rels (each only added to).
 */
import type { Finding } from '../draft-check/types.ts';
import { LEVEL_LABELS, RULE_TYPE_LABELS } from '../draft-check/labels.ts';
import { xmlText } from '../xml-text.ts';

/** The part of a checker finding a comment needs (a Finding from checkDraft fits). */
export type AnnotateFinding = Pick<Finding, 'rule' | 'level' | 'start' | 'end' | 'message'> & Partial<Pick<Finding, 'fix' | 'type' | 'text'>>;

export interface AnnotateMeta {
  /** The comments' author as Word shows it; default 报告体检. */
  author?: string;
  /** The comments' date; left out when not given (Word then shows none). */
  date?: Date;
}

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
export const COMMENTS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';

/** Escaped for XML, without the characters XML 1.0 does not allow (controls, lone surrogates, U+FFFE/FFFF). */
export const escapeXml = (s: string) => xmlText(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

const short = (s: string, n = 30) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n)}……` : one;
};

/** The rule as a comment names it: its id and, when known, its type (过时表述 …). */
const ruleName = (f: AnnotateFinding) => `规则：${f.rule}${f.type ? `（${RULE_TYPE_LABELS[f.type]}）` : ''}`;

/** The comment on an anchored finding, one line a paragraph: level and message, fix, rule. */
export function commentLines(f: AnnotateFinding): string[] {
  return [`【${LEVEL_LABELS[f.level]}】${f.message}`, ...(f.fix ? [`改法：${f.fix}`] : []), ruleName(f)];
}

/** The comment at the start of the document that lists the findings no text could carry. */
export function unanchoredLines(findings: readonly AnnotateFinding[]): string[] {
  return [
    `以下 ${findings.length} 条问题所在的文字无法加批注（如文本框中的文字），列在这里：`,
    ...findings.map(
      (f, i) =>
        `${i + 1}. 【${LEVEL_LABELS[f.level]}】${f.message}${f.text ? `　原文：“${short(f.text)}”` : ''}${f.fix ? `　改法：${f.fix}` : ''}　${ruleName(f)}`,
    ),
  ];
}

/** One w:comment; xmlns on the element so it can join a comments part whatever its prefixes. */
export function commentXml(id: number, lines: string[], meta: AnnotateMeta): string {
  const author = escapeXml(meta.author ?? '报告体检');
  const date = meta.date ? ` w:date="${meta.date.toISOString().replace(/\.\d{3}Z$/, 'Z')}"` : '';
  const paras = lines.map(
    (line, i) => `<w:p>${i === 0 ? '<w:r><w:annotationRef/></w:r>' : ''}<w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`,
  );
  return `<w:comment xmlns:w="${W_NS}" w:id="${id}" w:author="${author}" w:initials="体检"${date}>${paras.join('')}</w:comment>`;
}

/** A new comments part, or the user's own with ours appended; the first id ours may use. */
export function commentsPart(existing: string | undefined, comments: string[]): string {
  if (existing === undefined) {
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W_NS}">${comments.join('')}</w:comments>`;
  }
  return appendToRoot(existing, comments.join(''));
}

/** The first comment id after those a comments part already uses. */
export function nextCommentId(existing: string | undefined): number {
  let max = -1;
  for (const m of (existing ?? '').matchAll(/<(?:\w+:)?comment\b[^>]*?\b(?:\w+:)?id="(\d+)"/g)) max = Math.max(max, Number(m[1]));
  return max + 1;
}

/** An element added just before the root's closing tag, the rest of the part unchanged. */
export const appendToRoot = (xml: string, element: string) => {
  const close = xml.lastIndexOf('</');
  return `${xml.slice(0, close)}${element}${xml.slice(close)}`;
};

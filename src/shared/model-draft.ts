/**
 * 示范稿 (src/content/model-drafts/*.md) read into blocks: headings and paragraphs, each with its
 * plain text, its stable anchor (as the samples' anchors are made) and the illustrative facts
 * marked {{…}} in the source, as offsets into the plain text. Pure: the build, the tests and the
 * .docx route all read a draft through here, so the text checked, indexed and downloaded is the
 * text shown.
 */
import { blockAnchor, makeUnique } from './anchors.ts';
import { normalize } from './normalize.ts';
import type { GongwenModel } from './outline/gongwen-docx.ts';
import { plainText, reportModel } from './outline/report-blocks.ts';
import { MODEL_DRAFT_LABEL } from './schemas/model-draft.ts';

/** An illustrative fact: {{12次}} in the source. */
const FACT = /\{\{(.+?)\}\}/gs;

export interface Fact {
  start: number;
  end: number;
  text: string;
}

export interface DraftBlock {
  kind: 'heading' | 'paragraph';
  /** Heading level as in the samples' Markdown: 2 for 一、, 3 for （一）. */
  level: number;
  id: string;
  /** What a reader sees and copies: no markup. */
  text: string;
  facts: Fact[];
  /** 落款 or 成文日期: the closing lines, set right. */
  closing: boolean;
}

/** The source without the fact markup: the Markdown a sample report would have. */
export const withoutFacts = (body: string) => body.replace(FACT, '$1');

/** A block's plain text and the facts in it. */
function inline(raw: string): { text: string; facts: Fact[] } {
  const facts: Fact[] = [];
  let text = '';
  let last = 0;
  for (const m of raw.matchAll(FACT)) {
    text += plainText(raw.slice(last, m.index));
    const fact = plainText(m[1]);
    facts.push({ start: text.length, end: text.length + fact.length, text: fact });
    text += fact;
    last = m.index + m[0].length;
  }
  text += plainText(raw.slice(last));
  return { text, facts };
}

/** The blocks of a draft body, in order. */
export function draftBlocks(body: string): DraftBlock[] {
  const unique = makeUnique();
  const blocks: DraftBlock[] = [];
  for (const chunk of body.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const raw = chunk.trim();
    if (!raw) continue;
    const h = /^(#{2,5})\s+(.*)$/s.exec(raw);
    const { text, facts } = inline(h ? h[2] : raw);
    if (!text) continue;
    const kind = h ? 'heading' : 'paragraph';
    blocks.push({ kind, level: h ? h[1].length : 0, id: unique(blockAnchor(h ? 'h' : 'p', text)), text, facts, closing: false });
  }
  // The 落款 and 成文日期, found as the .docx finds them.
  const model = reportModel({ title: '', body: withoutFacts(body) });
  const closing = (Array.isArray(model.organ) ? model.organ.length : model.organ ? 1 : 0) + (model.date === undefined ? 0 : 1);
  for (const b of blocks.slice(blocks.length - closing)) b.closing = true;
  return blocks;
}

/** Length in characters, as a writer counts 字数: the body's text without spaces, title and closing lines left out. */
export const draftLength = (blocks: DraftBlock[]) => blocks.filter((b) => !b.closing).reduce((n, b) => n + [...b.text.replace(/\s/g, '')].length, 0);

/** The draft as plain text (title line, blank line, one block a line): what 报告体检 reads and a copy of the page gives. */
export const draftText = (title: string, blocks: DraftBlock[]) => `${title}\n\n${blocks.map((b) => b.text).join('\n')}\n`;

/** Where each guide section starts: one entry of the draft's `sections` field. */
export interface SectionStart {
  section: string;
  startsWith: string;
}

/**
 * The guide section of every block: each entry of `sections` opens at the first block, after the
 * previous entry's, whose text starts with its words. Problems (as sentences) when an entry is
 * not found, a section is not the guide's, the guide's order is broken or a section is left out.
 */
export function assignSections(blocks: DraftBlock[], starts: SectionStart[], guideSections: string[]): { sectionOf: string[]; problems: string[] } {
  const problems: string[] = [];
  const sectionOf: string[] = new Array(blocks.length).fill('');
  let from = 0;
  const opened: { section: string; at: number }[] = [];
  for (const s of starts) {
    if (!guideSections.includes(s.section)) {
      problems.push(`部分“${s.section}”不是撰写指引中的部分（可用：${guideSections.join('、')}）`);
      continue;
    }
    const want = normalize(s.startsWith);
    const at = blocks.findIndex((b, i) => i >= from && normalize(b.text).startsWith(want));
    if (at < 0) {
      problems.push(`部分“${s.section}”：在前一部分之后没有以“${s.startsWith}”开头的标题或段落`);
      continue;
    }
    opened.push({ section: s.section, at });
    from = at + 1;
  }
  opened.forEach((o, i) => sectionOf.fill(o.section, o.at, opened[i + 1]?.at ?? blocks.length));
  const order = opened.map((o) => guideSections.indexOf(o.section));
  if (order.some((n, i) => i > 0 && n <= order[i - 1])) problems.push(`各部分的顺序应与撰写指引一致：${guideSections.join('、')}`);
  const missing = guideSections.filter((g) => !opened.some((o) => o.section === g));
  if (missing.length) problems.push(`缺少撰写指引中的部分：${missing.join('、')}`);
  if (opened.length && opened[0].at > 0) problems.push('第一个部分应从正文第一段开始');
  return { sectionOf, problems };
}

/**
 * The draft as a 公文 .docx model: the samples' reading of the body, with the label as the first
 * line of the text and in the header of every page, and each illustrative fact marked to replace
 * (the 待替换 style) where the draft marks it.
 */
export function draftGongwen(title: string, body: string): GongwenModel {
  const model = reportModel({ title, body: withoutFacts(body) });
  // Both read the same blocks in the same order; the closing lines are left out of model.blocks.
  const blocks = draftBlocks(body);
  model.blocks.forEach((b, i) => {
    const facts = blocks[i]?.facts;
    if (!facts?.length) return;
    if ('heading' in b && b.text === blocks[i].text) b.toReplace = facts.map(({ start, end }) => ({ start, end }));
    else if ('paragraph' in b && b.paragraph === blocks[i].text) b.toReplace = facts.map(({ start, end }) => ({ start, end }));
  });
  model.blocks.unshift({ paragraph: MODEL_DRAFT_LABEL });
  model.header = MODEL_DRAFT_LABEL;
  return model;
}

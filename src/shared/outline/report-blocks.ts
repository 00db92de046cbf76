/**
 * A sample report's Markdown body (src/content/reports/*.md, as the importer writes it) turned
 * into the document model of gongwen-docx.ts. Pure: the caller passes the title and body.
 *
 * The importer writes headings 一、→ ##, （一）→ ###, 1.→ ####, （1）→ #####; paragraphs separated
 * by blank lines; inline HTML for restorations (<ins>) and redactions (<span class="redaction">),
 * whose text stays; and backslash or entity escapes for characters Markdown would read as syntax.
 */
import type { Block, GongwenModel } from './gongwen-docx.ts';
import { formatDate } from './text.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", nbsp: '\u00a0' };

/** The text a reader sees: tags dropped (their text kept, so * and X镇 stay), escapes undone. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/<[^>]*>/g, '')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1') // any ASCII punctuation may be escaped (CommonMark §2.4)
    .replace(/&(amp|lt|gt|quot|apos|#39|nbsp);/g, (_, name: string) => ENTITIES[name])
    .replace(/\s*\n\s*/g, '')
    .trim();
}

/** Blocks of a Markdown body: ## to ##### are heading levels 1–4; everything else a paragraph. */
export function markdownBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of body.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const raw = chunk.trim();
    if (!raw) continue;
    const h = /^(#{1,6})\s+(.*)$/s.exec(raw);
    if (h) {
      const level = Math.min(4, Math.max(1, h[1].length - 1)) as 1 | 2 | 3 | 4;
      blocks.push({ heading: level, text: plainText(h[2]) });
    } else {
      const text = plainText(raw);
      if (text) blocks.push({ paragraph: text });
    }
  }
  return blocks;
}

/** A date line standing alone, as a 成文日期 is written: 2024年1月19日. */
const DATE_LINE = /^\d{4}年\d{1,2}月\d{1,2}日$/;
/** A 落款 line: short, with no sentence or clause punctuation. */
const SIGNATURE_LINE = /^[^。，；：！？、,;:!?]{2,24}$/;
/** A 主送机关 line: short and ending with a colon, before the first heading. */
const ADDRESSEE_LINE = /^[^。！？]{2,40}[：:]$/;

/**
 * The document model of a sample report. A 主送机关 line before the first heading is set flush
 * left; a date line closing the body, with up to three short lines above it, becomes the
 * 落款 and 成文日期, kept as written so the text is the source's.
 */
export function reportModel(report: { title: string; body: string }): GongwenModel {
  const blocks = markdownBlocks(report.body);
  const firstHeading = blocks.findIndex((b) => 'heading' in b);
  const opening = firstHeading < 0 ? blocks.length : firstHeading;
  const addr = blocks.slice(0, opening).findIndex((b) => 'paragraph' in b && ADDRESSEE_LINE.test(b.paragraph));
  if (addr >= 0) blocks[addr] = { addressee: (blocks[addr] as { paragraph: string }).paragraph };

  const model: GongwenModel = { title: report.title, blocks };
  const last = blocks.at(-1);
  if (last && 'paragraph' in last && DATE_LINE.test(last.paragraph)) {
    let start = blocks.length - 1;
    while (start > 0 && blocks.length - start <= 3) {
      const prev = blocks[start - 1];
      if (!('paragraph' in prev) || !SIGNATURE_LINE.test(prev.paragraph)) break;
      start--;
    }
    const organ = blocks.slice(start, -1).map((b) => (b as { paragraph: string }).paragraph);
    model.date = last.paragraph;
    if (organ.length) model.organ = organ;
    model.blocks = blocks.slice(0, start);
  }
  return model;
}

/** The text of a model in reading order, one entry per line, for round-trip comparison. */
export function modelLines(model: GongwenModel): { kind: 'title' | 'heading' | 'text'; level?: number; text: string }[] {
  const out: ReturnType<typeof modelLines> = [{ kind: 'title', text: model.title }];
  for (const b of model.blocks) {
    if ('heading' in b) out.push({ kind: 'heading', level: b.heading, text: b.text });
    else if ('paragraph' in b) out.push({ kind: 'text', text: b.paragraph });
    else if ('addressee' in b) out.push({ kind: 'text', text: b.addressee });
    else for (const row of b.table) out.push({ kind: 'text', text: row.join('\t') });
  }
  for (const n of Array.isArray(model.organ) ? model.organ : model.organ ? [model.organ] : []) out.push({ kind: 'text', text: n });
  if (model.date !== undefined) out.push({ kind: 'text', text: formatDate(model.date) });
  return out;
}

/**
 * The outline's input data, cut from the content collections as they are validated: the same
 * function serves the build (src/build/outline-data.ts, from astro:content, written to
 * /draft/data.json for the page) and the CLI (scripts/lib/outline-content.ts, from the files),
 * so the page and `npm run outline` build their outlines from the same data. Pure.
 */
import { organName, type GuideData, type OutlineData, type PhraseData, type TopicData } from './outline.ts';

/** A guide as validated (src/shared/schemas/guide.ts) with its id (the file name). */
export interface GuideEntry {
  id: string;
  title: string;
  order: number;
  reportTypes: string[];
  submitTo: { text: string };
  sections: { id: string; title: string; basis: string; rule: string; cover: string[]; strongFacts: string[]; topics: string[] }[];
}
/** A phrase as validated (src/shared/schemas/phrase.ts): what the outline reads, with note and status always present. */
export type PhraseEntry = PhraseData & { note: string; status: string; newerWording?: string };
/** A topic as validated (src/shared/schemas/topic.ts) with its id. */
export interface TopicEntry {
  id: string;
  name: string;
  order: number;
  moves: { id: string; name: string; description?: string }[];
}

/**
 * Guides and topics in their display order (order, then id); phrases in the order given, which
 * the build makes the bank's rank (src/build/outline-data.ts) and the outline keeps within a move.
 * Only the fields the outline reads are kept, so the page downloads no more than it needs.
 */
export function outlineData(input: { guides: GuideEntry[]; phrases: PhraseEntry[]; topics: TopicEntry[] }): OutlineData {
  const byOrder = <T extends { order: number; id: string }>(list: T[]) => [...list].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const guides: GuideData[] = byOrder(input.guides).map((g) => ({
    id: g.id,
    title: g.title,
    reportTypes: g.reportTypes,
    submitTo: { text: g.submitTo.text },
    sections: g.sections.map((s) => ({ id: s.id, title: s.title, basis: s.basis, rule: s.rule, cover: s.cover, strongFacts: s.strongFacts, topics: s.topics })),
  }));
  // Notes travel into the outline's comments where they warn: a 期满 wording, a wording with a
  // newer form, or the newer form itself (十二个坚持: its central text was not found). The rest stay
  // on the phrase pages, so the page downloads no more than it needs.
  const newer = new Set(input.phrases.flatMap((p) => (p.newerWording ? [p.newerWording] : [])));
  const warns = (p: PhraseEntry) => p.status !== 'current' || !!p.newerWording || newer.has(p.id);
  const phrases: PhraseData[] = input.phrases.map((p) => ({
    id: p.id,
    text: p.text,
    topics: p.topics,
    sections: p.sections,
    move: p.move,
    pattern: p.pattern,
    status: p.status,
    ...(p.period ? { period: p.period } : {}),
    ...(warns(p) ? { note: p.note } : {}),
  }));
  const topics: TopicData[] = byOrder(input.topics).map((t) => ({
    id: t.id,
    name: t.name,
    moves: t.moves.map((m) => ({ id: m.id, name: m.name, ...(m.description ? { description: m.description } : {}) })),
  }));
  return { guides, phrases, topics };
}

/**
 * The outline's file name: 〔organ〕〔year〕年度〔type〕提纲.docx, without characters a file system
 * forbids. The organ is bounded (organName, 40 characters), so the name stays under the 255 bytes
 * file systems allow: at most 40 × 4 + 4 + 6 + 19 × 3 + 11 = 238 bytes in UTF-8.
 */
export function outlineFileName(c: { organ: string; year: number; type: string }): string {
  return `${organName(c.organ)}${c.year}年度${c.type}提纲.docx`.replace(/[\\/:*?"<>|]/g, '');
}

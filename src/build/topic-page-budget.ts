/**
 * The byte budget of a topic page (/phrases/<topic>/) and how much its rows can show within it.
 * Plain data in, no Astro: the page (via phrase-bank.ts), the unit tests and the end-to-end test
 * that compares the estimate with the built pages all call these same functions.
 */

/**
 * A topic page must stay under this many bytes of HTML however many phrases the topic has
 * (tests/e2e/phrase-topics.spec.ts measures every page; npm run bench:phrase-topics a multiplied bank).
 */
export const TOPIC_PAGE_BUDGET = 80 * 1024;

/**
 * How much a topic page's row shows beside the wording, its status and the link to the full entry:
 * the counts and the note (用法), the counts only, or nothing more. The richest that keeps the page
 * within the budget (rowDetail).
 */
export type RowDetail = 'note' | 'counts' | 'bare';
export const ROW_DETAILS: readonly RowDetail[] = ['note', 'counts', 'bare'];

/** What the estimate reads of a phrase: its own bytes on the row. */
export interface BudgetPhrase {
  id: string;
  data: { text: string; move: string; note: string; pattern: string };
}

/** What the estimate reads of a topic: its moves (a heading, a contents line and a link each). */
export interface BudgetTopic {
  id: string;
  name: string;
  moves: { name: string; description: string }[];
}

/**
 * HTML bytes of a topic page beside its rows' own wording, ids and notes, measured on the built
 * pages and rounded up, so the estimate errs toward the leaner rows (the end-to-end test checks it
 * exceeds every page's real size): the page's frame (header, contents, the link to the related
 * phrases), each move's heading, contents line and link, a bare row's markup (a 现行 badge; the
 * wording and status of a row are PhraseRow's), the counts line and a note's markup.
 */
const FRAME_BYTES = 4 * 1024;
const MOVE_BYTES = 600;
const BARE_ROW_BYTES = 95;
const COUNTS_BYTES = 80;
const NOTE_MARKUP_BYTES = 30;

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** Estimated HTML bytes of a topic page listing `own` (its phrases) with rows that show `detail`. */
export function topicPageBytes(topic: BudgetTopic, own: BudgetPhrase[], detail: RowDetail): number {
  // The id twice (the row's anchor, the link's fragment) and the move in the link's path.
  const row = (p: BudgetPhrase) =>
    BARE_ROW_BYTES + 2 * p.id.length + bytes(p.data.text) + p.data.move.length
    + (detail === 'bare' ? 0 : COUNTS_BYTES)
    + (detail === 'note' && p.data.pattern !== 'term' ? NOTE_MARKUP_BYTES + bytes(p.data.note) : 0);
  const frame = FRAME_BYTES + topic.moves.reduce((sum, m) => sum + MOVE_BYTES + bytes(m.name) * 3 + bytes(m.description), 0);
  return frame + own.reduce((sum, p) => sum + row(p), 0);
}

/**
 * The richest rows that keep a topic page within TOPIC_PAGE_BUDGET. Every row keeps its wording,
 * status and link, so every /phrases/<topic>/#<id> still lands; a topic too large even for bare
 * rows fails the build, with the advice to split it, rather than publish a page past the budget.
 */
export function rowDetail(topic: BudgetTopic, own: BudgetPhrase[]): RowDetail {
  const detail = ROW_DETAILS.find((d) => topicPageBytes(topic, own, d) <= TOPIC_PAGE_BUDGET);
  if (!detail) throw new Error(`主题“${topic.name}”（${topic.id}）的表述太多，主题页即使每条只列原文和状态也超过 ${TOPIC_PAGE_BUDGET / 1024} KB：请把它拆成两个主题`);
  return detail;
}

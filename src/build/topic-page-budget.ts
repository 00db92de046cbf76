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
 * the note (用法) and the counts; the note's first sentence (noteLead) and the counts; the counts
 * only; or nothing more. A page shows every note in full if it can; else its least attested rows
 * cut their notes to the first sentence, then shed them, then the counts (rowDetails).
 */
export type RowDetail = 'note' | 'lead' | 'counts' | 'bare';
export const ROW_DETAILS: readonly RowDetail[] = ['note', 'lead', 'counts', 'bare'];

/** Marks a note cut to its first sentence; the page says the full note is on the full entry. */
export const LEAD_MARK = '…';

/**
 * The first sentence of a note, ending with its full stop (。！？) and LEAD_MARK, when more follows;
 * else the whole note. What a writer most needs first: most notes open with where the phrase is used.
 */
export function noteLead(note: string): string {
  // A closing quote or bracket right after the full stop belongs to the sentence; a full stop inside
  // a quotation or brackets (“……追求。”) ends none.
  for (const stop of note.matchAll(/[。！？][”’」）]*(?![。！？”’」）])(?=.)/gs)) {
    const lead = note.slice(0, stop.index + stop[0].length);
    if (balanced(lead)) return lead + LEAD_MARK;
  }
  return note;
}

const PAIRS = ['“”', '‘’', '「」', '（）', '《》'];
const balanced = (s: string) => PAIRS.every(([open, close]) => s.split(open).length === s.split(close).length);

/** The part of a note a row with `detail` shows ('' for none). */
export const rowNote = (note: string, detail: RowDetail) => (detail === 'note' ? note : detail === 'lead' ? noteLead(note) : '');

/**
 * What the estimate reads of a phrase: its own bytes on the row, its counts line as shown (rowCounts),
 * and how widely it is attested (Attestation.total: the order of a move's rows), so the notes writers
 * reach first, at the top of each move, are the last to be cut.
 */
export interface BudgetPhrase {
  id: string;
  data: { text: string; move: string; note: string; pattern: string; status?: string; replacedBy?: string };
  counts: string;
  attested: number;
}

/** What the estimate reads of a topic: its moves (a heading, a contents line and a link each). */
export interface BudgetTopic {
  id: string;
  name: string;
  moves: { name: string; description: string }[];
}

/**
 * HTML bytes of a topic page beside its rows' own wording, ids, notes and counts, measured on the
 * built pages and rounded up, so the estimate errs toward the leaner rows (the end-to-end test checks
 * it exceeds every page's real size): the page's frame (header, contents, the note on the how-line,
 * the link to the related phrases), each move's heading, contents line and link, a bare row's markup
 * (a 现行 badge; the wording and status of a row are PhraseRow's), a dated row's and a replaced row's
 * extra bytes, the paragraph that holds a row's note and counts (<p>…</p>) and the counts'
 * <small>…</small>, and a term tag's count.
 */
const FRAME_BYTES = 4 * 1024;
const MOVE_BYTES = 600;
const BARE_ROW_BYTES = 95;
/** A 期满 or 已过时 row: its class, the badge's modifier and its longer text (期满（2021—2025年）). */
const DATED_ROW_BYTES = 80;
/** The link to a replaced phrase's replacement (改用：…), its wording and path included: 242 at most on the built pages. */
const REPLACED_BYTES = 300;
const PARAGRAPH_BYTES = 7;
const SMALL_BYTES = 15;
const TERM_COUNT_BYTES = 40;

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** What each row shows, by phrase id (rowDetails), or one detail for every row. */
export type RowPlan = RowDetail | ReadonlyMap<string, RowDetail>;
const detailIn = (plan: RowPlan, id: string): RowDetail => (typeof plan === 'string' ? plan : plan.get(id)!);

/** Estimated HTML bytes of a topic page listing `own` (its phrases) with rows that show what `plan` says. */
export function topicPageBytes(topic: BudgetTopic, own: BudgetPhrase[], plan: RowPlan): number {
  const frame = FRAME_BYTES + topic.moves.reduce((sum, m) => sum + MOVE_BYTES + bytes(m.name) * 3 + bytes(m.description), 0);
  return frame + own.reduce((sum, p) => sum + rowBytes(p, detailIn(plan, p.id)), 0);
}

function rowBytes(p: BudgetPhrase, detail: RowDetail): number {
  // The id twice (the row's anchor, the link's fragment) and the move in the link's path.
  const bare = BARE_ROW_BYTES + 2 * p.id.length + bytes(p.data.text) + p.data.move.length
    + (p.data.status && p.data.status !== 'current' ? DATED_ROW_BYTES : 0) + (p.data.replacedBy ? REPLACED_BYTES : 0);
  if (detail === 'bare') return bare;
  if (p.data.pattern === 'term') return bare + TERM_COUNT_BYTES;
  // <p> and, with counts, <small>: a row without either has no paragraph.
  const note = rowNote(p.data.note, detail);
  return bare + (note || p.counts ? PARAGRAPH_BYTES : 0) + (p.counts ? SMALL_BYTES + bytes(p.counts) : 0) + bytes(note);
}

/**
 * What each row of a topic page shows, the most that keeps the page within TOPIC_PAGE_BUDGET: every
 * note in full if they fit; else rows give up detail one step at a time, one row at a time, until the
 * page fits: first notes are cut to their first sentence, then shed, then the counts; within a step
 * the least attested rows first (the last rows of their moves, so the notes writers reach first stay
 * longest), the row that saves most first among equals. Every row keeps its wording, status and link,
 * so every /phrases/<topic>/#<id> still lands; a topic too large even for bare rows fails the build,
 * with the advice to split it, rather than publish a page past the budget.
 */
export function rowDetails(topic: BudgetTopic, own: BudgetPhrase[]): Map<string, RowDetail> {
  const plan = new Map<string, RowDetail>(own.map((p) => [p.id, 'note']));
  let size = topicPageBytes(topic, own, plan);
  for (const to of ROW_DETAILS.slice(1)) {
    // Rows not yet this lean: a note with one sentence has nothing to cut, so it goes from 'note' to 'counts'.
    const steps = own
      .map((p) => ({ p, saves: rowBytes(p, plan.get(p.id)!) - rowBytes(p, to) }))
      .filter((s) => s.saves > 0)
      .sort((a, b) => a.p.attested - b.p.attested || b.saves - a.saves);
    for (const { p, saves } of steps) {
      if (size <= TOPIC_PAGE_BUDGET) return plan;
      plan.set(p.id, to);
      size -= saves;
    }
  }
  if (size > TOPIC_PAGE_BUDGET) throw new Error(`主题“${topic.name}”（${topic.id}）的表述太多，主题页即使每条只列原文和状态也超过 ${TOPIC_PAGE_BUDGET / 1024} KB：请把它拆成两个主题`);
  return plan;
}

/**
 * The marks of 标出规范表述 on one report page, computed at build time: per mark the passage
 * id, the start and end offsets in the passage text (as blocksFromHtml gives it), the phrase
 * index and the exact text it covers. Overlapping occurrences keep the longest. Only
 * formulations are marked (isMarkable: 固定提法 and 排比句式 of at least 8 characters that are used
 * beyond this report, and every 期满 or 已过时 phrase); 期满 and 已过时 phrases carry their status and note so the page can mark them
 * in their own style.
 */
import { dropOverlaps, loadBank, phrasePath } from './phrase-bank.ts';
import { href } from './site.ts';
import { isMarkable } from '../shared/phrase-spans.ts';
import { PHRASE_STATUSES, type PhraseStatus } from '../shared/schemas/vocab.ts';

export interface MarkPhrase {
  id: string;
  href: string;
  text: string;
  status: PhraseStatus;
  /** Label shown with a dated mark: 期满 or 已过时. */
  label: string;
  /** The entry's note, shown with 期满 and 已过时 marks. */
  note?: string;
}
export type Mark = readonly [passage: string, start: number, end: number, phrase: number, text: string];

export async function reportMarks(report: string): Promise<{ phrases: MarkPhrase[]; marks: Mark[] }> {
  const bank = await loadBank();
  const ours = bank.byReport.get(report);
  interface Span { passage: string; start: number; end: number; phrase: number; text: string }
  const phrases: MarkPhrase[] = [];
  const byPassage = new Map<string, Span[]>();
  for (const p of bank.phrases) {
    // Only formulations used beyond this report (shared/phrase-spans.ts isMarkable): this report is one of the samples counted.
    const elsewhere = (bank.attestations.get(p.id)?.total ?? 0) - 1;
    const here = (ours?.get(p.id) ?? []).filter((o) => isMarkable(p.data, o.passage.text.slice(o.start, o.end), elsewhere));
    if (here.length === 0) continue;
    const status = p.data.status;
    const index =
      phrases.push({
        id: p.id,
        href: href(phrasePath(p)),
        text: p.data.text,
        status,
        label: PHRASE_STATUSES[status],
        ...(status === 'current' ? {} : { note: p.data.note }),
      }) - 1;
    for (const o of here) {
      const span = { passage: o.passage.id, start: o.start, end: o.end, phrase: index, text: o.passage.text.slice(o.start, o.end) };
      byPassage.set(o.passage.id, [...(byPassage.get(o.passage.id) ?? []), span]);
    }
  }
  const marks = [...byPassage.values()].flatMap(dropOverlaps).map((s) => [s.passage, s.start, s.end, s.phrase, s.text] as const);
  return { phrases, marks };
}

/** The marks as JSON for a <script type="application/json"> element: < escaped so no text can close it. */
export const marksJson = (data: object) => JSON.stringify(data).replace(/</g, '\\u003c');

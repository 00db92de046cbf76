/**
 * Build-time facts for the 2026年度报告写作须知 page and the currency links on phrase entries:
 * which sources ended with their period, which phrases are 期满 or 已过时, which carry a
 * 较新表述, and which come from the late-2025 documents. Derived from the collections, never typed.
 */
import type { CollectionEntry } from 'astro:content';
import { REPORT_YEAR, periodLabel } from '../shared/currency.ts';
import { PHRASE_STATUSES, SOURCE_STATUSES, type Confidence, type PhraseStatus, type SourceStatus } from '../shared/schemas/vocab.ts';
import { normalize } from '../shared/normalize.ts';

type Phrase = CollectionEntry<'phrases'>;
type Source = CollectionEntry<'sources'>;

/** URL of the 2026年度报告写作须知 page. */
export const WRITING_2026_PATH = '/writing-2026/';
export const WRITING_2026_TITLE = `${REPORT_YEAR}年度报告写作须知`;

/** Sources dated from the fourth plenum of October 2025 on carry the late-2025 formulations. */
const LATE_2025 = '2025-10';
export const isLate2025 = (s: Source) => (s.data.date ?? '') >= LATE_2025;

export const phraseStatusLabel = (s: PhraseStatus) => PHRASE_STATUSES[s];
export const sourceStatusLabel = (s: SourceStatus) => SOURCE_STATUSES[s];
export { periodLabel };

/**
 * Whether a phrase is affected by what changed for 2026 reports, so its entry links to the
 * 写作须知 page: it is 期满 or 已过时, it has or is a 较新表述, or it cites a source that
 * ended with its period or that dates from late 2025.
 */
export function affectedPhraseIds(phrases: Phrase[], sources: Map<string, Source>): Set<string> {
  const newer = new Set(phrases.map((p) => p.data.newerWording).filter((x) => x !== undefined));
  return new Set(
    phrases
      .filter(
        (p) =>
          p.data.status !== 'current' ||
          p.data.newerWording !== undefined ||
          newer.has(p.id) ||
          p.data.sources.some((k) => {
            const s = sources.get(k);
            return s !== undefined && (s.data.status === 'expired' || isLate2025(s));
          }),
      )
      .map((p) => p.id),
  );
}

/** Counts of phrases by status, in the order current, expired, outdated. */
export function statusCounts(phrases: Phrase[]): { status: PhraseStatus; label: string; count: number }[] {
  return (Object.keys(PHRASE_STATUSES) as PhraseStatus[]).map((status) => ({
    status,
    label: PHRASE_STATUSES[status],
    count: phrases.filter((p) => p.data.status === status).length,
  }));
}

/** A phrase from a late-2025 source, with that source and how far the reference verified the wording. */
export interface LatePhrase {
  phrase: Phrase;
  source: Source;
  /** The mark of the source's excerpt that holds the wording, else of the source itself. */
  confidence: Confidence;
}

/**
 * The late-2025 source each phrase cites and its verification mark, split in two: wordings first
 * seen in late 2025 (no public report on a year before 2025 has them), and corrections, wordings
 * that public reports used before and that a late-2025 source only confirmed (深刻领悟“两个确立”).
 */
export function latePhrasesOf(phrases: Phrase[], lateSources: Source[], yearOf: (key: string) => number | undefined) {
  const items: LatePhrase[] = [];
  for (const phrase of phrases.filter((p) => p.data.status === 'current')) {
    const source = lateSources.find((s) => phrase.data.sources.includes(s.id));
    if (!source) continue;
    const excerpt = source.data.excerpts.find((e) => normalize(e.text).includes(normalize(phrase.data.text)));
    items.push({ phrase, source, confidence: excerpt?.confidence ?? source.data.confidence });
  }
  const seenBefore = (p: Phrase) => p.data.attested.some((k) => (yearOf(k) ?? Infinity) < 2025);
  return { newWordings: items.filter((i) => !seenBefore(i.phrase)), corrections: items.filter((i) => seenBefore(i.phrase)) };
}

/** Everything the 写作须知 page lists, computed from the collections. */
export async function writing2026Facts() {
  const { getCollection } = await import('astro:content');
  const [phrases, sourceList, catalogue] = await Promise.all([getCollection('phrases'), getCollection('sources'), getCollection('publicReports')]);
  const years = new Map(catalogue.map((r) => [r.id, r.data.year as number]));
  const byDate = (a: Source, b: Source) => (a.data.date ?? '').localeCompare(b.data.date ?? '') || a.id.localeCompare(b.id);
  const expiredSources = sourceList.filter((s) => s.data.status === 'expired').sort(byDate);
  const lateSources = sourceList.filter((s) => isLate2025(s)).sort(byDate);
  return {
    expiredSources,
    lateSources,
    expiredPhrases: phrases.filter((p) => p.data.status === 'expired'),
    newerPairs: phrases
      .filter((p) => p.data.newerWording)
      .map((p) => ({ older: p, newer: phrases.find((q) => q.id === p.data.newerWording)! })),
    ...latePhrasesOf(phrases, lateSources, (k) => years.get(k)),
    outdated: phrases
      .filter((p) => p.data.status === 'outdated' && p.data.replacedBy)
      .map((p) => ({ older: p, replacement: phrases.find((q) => q.id === p.data.replacedBy)! })),
    counts: statusCounts(phrases),
  };
}

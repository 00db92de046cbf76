/**
 * The build's facts for search (src/shared/search/facts.ts), computed once while Astro builds and
 * written into the site as /search/facts.json (src/pages/search/facts.json.ts), which the indexer
 * reads: each phrase's status badge and replacement, as the phrase pages show them, and the
 * catalogue entries (title and organ), from the catalogue data.
 */
import { loadBank } from './phrase-bank.ts';
import { periodLabel, phraseStatusLabel } from './currency.ts';
import { CATALOGUE_PATH, getPublicReports, publicReportLabel } from './public-reports.ts';
import type { PhraseFacts, SearchFacts } from '../shared/search/facts.ts';

/** The catalogue page's title (src/pages/public-reports/index.astro). */
export const CATALOGUE_TITLE = '公开报告目录';

export async function searchFacts(): Promise<SearchFacts> {
  const [bank, reports] = await Promise.all([loadBank(), getPublicReports()]);
  const phrases: Record<string, PhraseFacts> = {};
  for (const p of bank.phrases) {
    const { status, period, replacedBy } = p.data;
    const replacement = replacedBy ? bank.phraseById.get(replacedBy)?.data.text : undefined;
    phrases[p.id] = {
      status,
      // The badge of the phrase pages (PhraseEntry.astro): 期满 names its period.
      label: status === 'expired' && period ? `${phraseStatusLabel(status)}（${periodLabel(period)}）` : phraseStatusLabel(status),
      ...(replacement ? { replacement } : {}),
    };
  }
  // A result links to /public-reports/#<key>: the search page builds links as page#id, and the
  // catalogue's first page forwards such an anchor to the page of the paginated list that has it.
  const entries = reports.map((r) => ({ id: r.id, title: publicReportLabel(r), organ: r.data.organ }));
  return { phrases, catalogue: { url: CATALOGUE_PATH, title: CATALOGUE_TITLE, entries } };
}

/**
 * Build-time view of the phrase bank for the /phrases/ pages and the report-page marks:
 * topics in order, phrases in file order, and each phrase's occurrences in the samples
 * (from phraseOccurrences(), with overlapping matches of text and variants merged).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { phraseOccurrences, type Occurrence } from './grounding.ts';
import { affectedPhraseIds, periodLabel } from './currency.ts';
import { sourcesByKey } from './sources.ts';
import { SLOT } from '../shared/normalize.ts';
import { containersFirst } from './rank.ts';
import { rowDetails, type RowDetail } from './topic-page-budget.ts';

export { LEAD_MARK, ROW_DETAILS, TOPIC_PAGE_BUDGET, rowNote, type RowDetail } from './topic-page-budget.ts';
import { dropOverlaps } from '../shared/phrase-spans.ts';

export { dropOverlaps };
import { PATTERN_TYPES, PHRASE_STATUSES, SECTION_ROLES, type PatternType, type SectionRole } from '../shared/schemas/vocab.ts';
import { getPublicReports, type PublicReport } from './public-reports.ts';

export type Phrase = CollectionEntry<'phrases'>;
export type Topic = CollectionEntry<'topics'>;

export interface Bank {
  topics: Topic[];
  topicById: Map<string, Topic>;
  phrases: Phrase[];
  phraseById: Map<string, Phrase>;
  /** Non-overlapping occurrences per phrase id, in report and paragraph order. */
  occurrences: Map<string, Occurrence[]>;
  /** The same occurrences by report slug, then phrase id: a report page reads only its own. */
  byReport: Map<string, Map<string, Occurrence[]>>;
  /** How widely each phrase is attested: samples, catalogue of public reports, official sources. */
  attestations: Map<string, Attestation>;
  /** Phrases affected by what changed for 2026 reports: their entries link to the 写作须知 page. */
  affected: Set<string>;
}

function mergeOccurrences(list: Occurrence[]): Occurrence[] {
  const byPassage = new Map<string, Occurrence[]>();
  for (const o of list) {
    const key = o.passage.url;
    const same = byPassage.get(key);
    if (same) same.push(o);
    else byPassage.set(key, [o]);
  }
  return [...byPassage.values()]
    .flatMap(dropOverlaps)
    .sort((a, b) => a.passage.reportTitle.localeCompare(b.passage.reportTitle, 'zh-CN') || a.passage.index - b.passage.index || a.start - b.start);
}

let cache: Promise<Bank> | undefined;

export function loadBank(): Promise<Bank> {
  cache ??= (async () => {
    const [topicList, phrases, raw, sources] = await Promise.all([getCollection('topics'), getCollection('phrases'), phraseOccurrences(), sourcesByKey()]);
    const topics = topicList.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
    const occurrences = new Map(phrases.map((p) => [p.id, mergeOccurrences(raw.get(p.id) ?? [])]));
    const byReport = new Map<string, Map<string, Occurrence[]>>();
    for (const [id, list] of occurrences) {
      for (const o of list) {
        let forReport = byReport.get(o.passage.report);
        if (!forReport) byReport.set(o.passage.report, (forReport = new Map()));
        const same = forReport.get(id);
        if (same) same.push(o);
        else forReport.set(id, [o]);
      }
    }
    const [catalogue, samples] = await Promise.all([getPublicReports(), getCollection('reports')]);
    const attestations = attestationsOf(phrases, occurrences, catalogue, new Map(samples.map((r) => [r.id, r.data.year])));
    return {
      topics,
      topicById: new Map(topics.map((t) => [t.id, t])),
      phrases,
      phraseById: new Map(phrases.map((p) => [p.id, p])),
      occurrences,
      byReport,
      attestations,
      affected: affectedPhraseIds(phrases, sources),
    };
  })();
  return cache;
}

/** Anchor of the group 其他主题中的相关表述 on a topic page (defined beside the check that keeps move ids off it). */
export { OTHER_TOPICS_ID, EVIDENCE_SEGMENT } from './checks/data.ts';
import { EVIDENCE_SEGMENT, OTHER_TOPICS_ID } from './checks/data.ts';

export const topicPath = (topicId: string) => `/phrases/${topicId}/`;
export const sectionPath = (role: SectionRole) => `/phrases/sections/${role}/`;
export const patternPath = (pattern: PatternType) => `/phrases/patterns/${pattern}/`;
/** One topic's part of a section-role or pattern page (TopicGroupedList): under that page's path. */
export const topicListPath = (listPath: string, topicId: string) => `${listPath}${topicId}/`;
/** The home entry of a phrase: its anchor on the page of its first topic (a row that links to its full entry). */
export const phrasePath = (p: Phrase) => `${topicPath(p.data.topics[0])}#${p.id}`;
/** The phrases of other topics that also list a topic (relatedPhrases), on a page of their own: the topic page's anchor of the same name links there. */
export const relatedPath = (topicId: string) => `${topicPath(topicId)}${OTHER_TOPICS_ID}/`;
/** A move's page: the full entries of the move's phrases (note, variants, first uses and reports). */
export const movePath = (topicId: string, moveId: string) => `${topicPath(topicId)}${moveId}/`;
/** A phrase's full entry, on its move's page; also its one search passage. */
export const phraseEntryPath = (p: Phrase) => `${movePath(p.data.topics[0], p.data.move)}#${p.id}`;
/** A topic's companion page: every use in the samples, every attesting public report and the chart by year. */
export const evidencePath = (topicId: string) => `${topicPath(topicId)}${EVIDENCE_SEGMENT}/`;
/** A phrase's entry on its home topic's companion page. */
export const phraseEvidencePath = (p: Phrase) => `${evidencePath(p.data.topics[0])}#${p.id}`;
/** The page listing every public report that attests a phrase: built only when the companion page cuts its list. */
export const phraseReportsPath = (p: Phrase) => `${evidencePath(p.data.topics[0])}${p.id}/`;

/**
 * The most recent public reports a companion-page entry lists; a longer list is cut to these and
 * links to the phrase's own list page (phraseReportsPath), so the companion page stays light
 * (one phrase alone is attested by some 500 reports).
 */
export const EVIDENCE_REPORTS_LIMIT = 5;

/** Phrases of a topic whose list of public reports the companion page cuts: each gets a page of its own. */
export async function phraseReportsStaticPaths() {
  const bank = await loadBank();
  return bank.phrases
    .filter((p) => (bank.attestations.get(p.id)?.reports.length ?? 0) > EVIDENCE_REPORTS_LIMIT)
    .map((phrase) => ({ params: { topic: phrase.data.topics[0], phrase: phrase.id }, props: { phrase, topic: bank.topicById.get(phrase.data.topics[0])! } }));
}

/**
 * What a topic page lists inline in an entry's folds; the rest is on the companion page, so a
 * topic page stays small however many reports attest a phrase (tests bound it at 80 KB).
 */
export const FOLD_LIMITS = { uses: 1, reports: 1 } as const;

/** The topic whose phrases are for next year's plans: its list of related phrases leaves out 期满 and 已过时 ones. */
export const PLANS_TOPIC_ID = 'next-steps';

/**
 * Phrases of other topics that also list this one, shown on its page under 其他主题中的相关表述.
 * For the plans (下一步打算) a phrase whose plan has ended or that was replaced does not belong
 * among next year's wording, so 期满 and 已过时 phrases are left out there.
 */
export function relatedPhrases(bank: Bank, topicId: string): Phrase[] {
  return bank.phrases.filter((p) => p.data.topics.indexOf(topicId) > 0 && (topicId !== PLANS_TOPIC_ID || p.data.status === 'current'));
}

/** Static paths of the related-phrases pages: one per topic that other topics' phrases list. */
export async function relatedStaticPaths() {
  const bank = await loadBank();
  return bank.topics.map((topic) => ({ topic, related: relatedPhrases(bank, topic.id) })).filter((t) => t.related.length > 0).map(({ topic, related }) => ({ params: { topic: topic.id }, props: { topic, related } }));
}

/** Static paths of the pages made for each topic (its topic page and companion page). */
export async function topicStaticPaths() {
  const bank = await loadBank();
  return bank.topics.map((topic) => ({ params: { topic: topic.id }, props: { topic } }));
}

/** Static paths of the move pages: one per move of each topic that has phrases, with the move's phrases. */
export async function moveStaticPaths() {
  const bank = await loadBank();
  return bank.topics.flatMap((topic) => {
    const groups = movesOf(bank, topic).filter((g) => g.phrases.length > 0);
    return groups.map((group) => ({ params: { topic: topic.id, move: group.move.id }, props: { topic, group, groups } }));
  });
}

/**
 * What each row of a topic page shows (rowDetails, src/build/topic-page-budget.ts), by phrase id: the
 * most that keeps the page within TOPIC_PAGE_BUDGET; a topic too large even for bare rows fails the build.
 */
export function topicRowDetails(bank: Bank, topic: Topic): Map<string, RowDetail> {
  const own = bank.phrases.filter((p) => p.data.topics[0] === topic.id).map((p) => ({ ...p, counts: rowCounts(p, bank), attested: bank.attestations.get(p.id)!.total }));
  return rowDetails({ id: topic.id, name: topic.data.name, moves: topic.data.moves }, own);
}

/**
 * A topic page row's counts, as short as they can be read (the page says what they count): uses in
 * the samples, and public reports with the span of their years, e.g. 范文 3 处 · 公开报告 28 份（2021—2025）;
 * a part without any is left out, and a phrase with neither has no counts line ('': most of the bank,
 * whose rows the attested ones then stand out from). The full counts (reports among the samples,
 * 年度) are on the full entry.
 */
export function rowCounts(phrase: Phrase, bank: Bank): string {
  const uses = bank.occurrences.get(phrase.id)?.length ?? 0;
  const a = bank.attestations.get(phrase.id)!;
  return [uses > 0 && `范文 ${uses} 处`, a.reports.length > 0 && `公开报告 ${a.reports.length} 份（${attestationYears(a)}）`].filter(Boolean).join(' · ');
}

/** A topic's own phrases (those whose first topic it is) by move, in the order of rankByAttestation. */
export function movesOf(bank: Bank, topic: Topic) {
  const own = bank.phrases.filter((p) => p.data.topics[0] === topic.id);
  return topic.data.moves.map((move) => ({ move, phrases: rankByAttestation(own.filter((p) => p.data.move === move.id), bank) }));
}

/** Status as shown on an entry: 现行, 已过时, or 期满 with its period, e.g. 期满（2021—2025年）. */
export const phraseStatusText = (d: Phrase['data']) =>
  d.status === 'expired' && d.period ? `${PHRASE_STATUSES[d.status]}（${periodLabel(d.period)}）` : PHRASE_STATUSES[d.status];

export { yearChart, type YearChart } from './year-chart.ts';

export const sectionLabel = (role: SectionRole) => SECTION_ROLES[role];
export const patternLabel = (pattern: PatternType) => PATTERN_TYPES[pattern];

/** Splits a template into fixed text and 〔slots〕, so slots can be styled; joined back they are the text. */
export function textParts(text: string): { text: string; slot: boolean }[] {
  const parts: { text: string; slot: boolean }[] = [];
  let last = 0;
  for (const m of text.matchAll(new RegExp(SLOT.source, 'g'))) {
    if (m.index! > last) parts.push({ text: text.slice(last, m.index), slot: false });
    parts.push({ text: m[0], slot: true });
    last = m.index! + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), slot: false });
  return parts;
}

/** Phrases grouped by their first (home) topic, in topic order; empty groups left out. */
export function groupByTopic(bank: Bank, phrases: Phrase[]): { topic: Topic; phrases: Phrase[] }[] {
  return bank.topics
    .map((topic) => ({ topic, phrases: phrases.filter((p) => p.data.topics[0] === topic.id) }))
    .filter((g) => g.phrases.length > 0);
}

/** Number of distinct reports an occurrence list touches. */
export const reportCount = (occ: Occurrence[]) => new Set(occ.map((o) => o.passage.report)).size;

/** Key-word-in-context line: about `width` characters either side of the match. */
export function kwic(o: Occurrence, width = 20) {
  const chars = (s: string) => [...s];
  const before = chars(o.passage.text.slice(0, o.start));
  const after = chars(o.passage.text.slice(o.end));
  return {
    left: (before.length > width ? '…' : '') + before.slice(-width).join(''),
    match: o.passage.text.slice(o.start, o.end),
    right: after.slice(0, width).join('') + (after.length > width ? '…' : ''),
  };
}

/** How widely one phrase is attested. Computed at build time from the phrase's data and the samples. */
export interface Attestation {
  /** Catalogue entries whose text attests the phrase (its `attested` keys), oldest year first. */
  reports: PublicReport[];
  /** Sample reports the phrase (text or a variant) occurs in. */
  samples: number;
  /** Official sources cited for the phrase. */
  sources: number;
  /** samples + catalogue entries + sources: the order of phrases within a move. */
  total: number;
  /** First and last year covered by the catalogue entries; absent without any. */
  span?: [number, number];
  /** Reports by year covered (catalogue entries and samples), every year from the first to the last. */
  byYear: { year: number; count: number }[];
}

/** The years the catalogue entries cover: 2024 or 2020—2025 ('' without any). */
const attestationYears = (a: Attestation) => (a.span ? (a.span[0] === a.span[1] ? `${a.span[0]}` : `${a.span[0]}—${a.span[1]}`) : '');

/** The years the catalogue entries cover, as shown: 2024年度 or 2020—2025年度 ('' without any). */
export const attestationSpan = (a: Attestation) => (a.span ? `${attestationYears(a)}年度` : '');

/** At least this many dated attestations (catalogue entries and samples) get a chart by year. */
export const CHART_THRESHOLD = 5;

export function attestationsOf(
  phrases: Phrase[],
  occurrences: Map<string, Occurrence[]>,
  catalogue: PublicReport[],
  sampleYears: Map<string, number>,
): Map<string, Attestation> {
  const byKey = new Map(catalogue.map((r) => [r.id, r]));
  const out = new Map<string, Attestation>();
  for (const p of phrases) {
    const reports = p.data.attested.map((k) => byKey.get(k)).filter((r) => r !== undefined).sort((a, b) => a.data.year - b.data.year || a.id.localeCompare(b.id));
    const sampleIds = [...new Set((occurrences.get(p.id) ?? []).map((o) => o.passage.report))];
    const years = [...reports.map((r) => r.data.year), ...sampleIds.map((id) => sampleYears.get(id)).filter((y) => y !== undefined)];
    const byYear: { year: number; count: number }[] = [];
    if (years.length) {
      for (let y = Math.min(...years); y <= Math.max(...years); y++) byYear.push({ year: y, count: years.filter((x) => x === y).length });
    }
    out.set(p.id, {
      reports,
      samples: sampleIds.length,
      sources: p.data.sources.length,
      total: sampleIds.length + reports.length + p.data.sources.length,
      span: reports.length ? [reports[0].data.year, reports[reports.length - 1].data.year] : undefined,
      byYear,
    });
  }
  return out;
}

/**
 * Phrases of one move in the order that serves a writer: full formulations before terms (pattern
 * 术语), each most widely attested first (ties keep file order); and a full formulation always
 * before a phrase of the same move whose text it contains, so 深入学习贯彻习近平法治思想 comes
 * before 习近平法治思想 however many more reports the bare words are found in. Over a list from
 * several moves, each move's phrases keep the order this gives that move alone.
 */
export function rankByAttestation(phrases: Phrase[], bank: Bank): Phrase[] {
  const total = (p: Phrase) => bank.attestations.get(p.id)?.total ?? 0;
  const term = (p: Phrase) => (p.data.pattern === 'term' ? 1 : 0);
  const ranked = phrases
    .map((p, i) => ({ p, i }))
    .sort((a, b) => term(a.p) - term(b.p) || total(b.p) - total(a.p) || a.i - b.i)
    .map(({ p }) => p);
  return containersFirst(ranked, (p) => `${p.data.topics[0]}#${p.data.move}`, (p) => p.data.text);
}


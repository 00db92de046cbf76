import { getCollection, type CollectionEntry } from 'astro:content';
import { isTemplate, normalize, normalizeWithMap, templateToRegExp } from '../shared/normalize.ts';
import { findSpans } from '../shared/phrase-spans.ts';
import { wordingCandidates } from '../shared/wording-prefilter.ts';
import { reportPassages, type Passage } from './passages.ts';
import type { Problem } from '../shared/problem.ts';

/** One place a phrase occurs in a sample report: the passage and the matched span in its text. */
export interface Occurrence {
  passage: Passage;
  /** Offsets of the match in passage.text. */
  start: number;
  end: number;
  /** Which wording matched: the phrase text or one of its variants. */
  wording: string;
}

/**
 * Every occurrence of each wording (a fixed string or a 〔slot〕 template) in the passages, each as
 * the exact words it covers (src/shared/phrase-spans.ts): never across a full stop, never cutting a
 * number or dropping half of a pair of quotation marks. One Aho-Corasick pass over each passage picks
 * the wordings that can occur there (src/shared/wording-prefilter.ts), and only those are matched
 * exactly: the same result as scanning every passage for every wording, in the same order. Each
 * passage is normalised once, here.
 */
export function occurrencesOfAll(wordings: readonly string[], passages: Passage[]): Occurrence[][] {
  const out: Occurrence[][] = wordings.map(() => []);
  const candidates = wordingCandidates(wordings);
  for (const passage of passages) {
    const prepared = normalizeWithMap(passage.text);
    for (const w of candidates(prepared.norm)) {
      const wording = wordings[w]!;
      for (const { start, end } of findSpans(wording, passage.text, prepared)) out[w]!.push({ passage, start, end, wording });
    }
  }
  return out;
}

/** Whether a wording appears in the recorded excerpts of the given sources. */
export function inSources(wording: string, sources: CollectionEntry<'sources'>[]): boolean {
  const texts = sources.flatMap((s) => s.data.excerpts.map((e) => normalize(e.text)));
  if (isTemplate(wording)) {
    const re = templateToRegExp(wording);
    return texts.some((t) => re.test(t));
  }
  const needle = normalize(wording);
  return texts.some((t) => t.includes(needle));
}

export interface Grounding {
  /** Occurrences in the samples, per phrase id (text and variants together). */
  occurrences: Map<string, Occurrence[]>;
  problems: Problem[];
}

let cache: Promise<Grounding> | undefined;

/**
 * Grounds every phrase: each wording (text and variants) must occur in a sample report or in
 * the recorded excerpts of a source the phrase cites; the text may instead be attested by
 * catalogue entries (src/content/public-reports) listed in `attested`. Occurrences are computed here, at build
 * time, and never typed by hand.
 */
export function groundPhrases(
  phrases: CollectionEntry<'phrases'>[],
  sources: CollectionEntry<'sources'>[],
  passages: Map<string, Passage[]>,
): Promise<Grounding> {
  cache ??= (async () => {
    const all = [...passages.values()].flat();
    const occurrences = new Map<string, Occurrence[]>();
    const problems: Problem[] = [];
    const wordingsOf = (p: CollectionEntry<'phrases'>) => [p.data.text, ...p.data.variants];
    const everyWording = phrases.flatMap(wordingsOf);
    const hitsOf = occurrencesOfAll(everyWording, all);
    let w = 0;
    for (const p of phrases) {
      const cited = sources.filter((s) => p.data.sources.includes(s.id));
      const found: Occurrence[] = [];
      for (const wording of wordingsOf(p)) {
        const hits = hitsOf[w++]!;
        found.push(...hits);
        // A catalogue attestation grounds the text (the wording seen in those public reports), and a
        // variant note's attestation grounds that variant.
        const attested =
          wording === p.data.text ? p.data.attested.length > 0 : p.data.variantNotes.some((v) => v.text === wording && v.attested.length > 0);
        if (hits.length === 0 && !attested && !inSources(wording, cited)) {
          const field = wording === p.data.text ? 'text' : 'variants';
          problems.push({
            file: p.filePath ?? 'src/content/phrases',
            field: `条目 ${p.id} 字段 ${field}`,
            problem: `“${wording}”既不见于任何范文，也不见于所引来源的摘录（sources: ${p.data.sources.join('、') || '无'}）${field === 'text' ? '，也没有公开报告佐证（attested）' : ''}`,
            fix: `改成范文中的原文，或在 sources 中列出收录了这句原文的来源${field === 'text' ? '，或在 attested 中列出原文见于其中的公开报告' : ''}`,
          });
        }
      }
      occurrences.set(p.id, found);
    }
    return { occurrences, problems };
  })();
  return cache;
}

/** Occurrences of all phrases, for pages (the integrity check has already run). */
export async function phraseOccurrences(): Promise<Map<string, Occurrence[]>> {
  const [phrases, sources, passages] = await Promise.all([getCollection('phrases'), getCollection('sources'), reportPassages()]);
  return (await groundPhrases(phrases, sources, passages)).occurrences;
}

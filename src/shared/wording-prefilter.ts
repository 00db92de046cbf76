/**
 * Which phrase wordings can occur in a text, found in one Aho-Corasick pass over the normalised
 * text instead of one scan per wording. Grounding scans every passage of every report for every
 * wording of the bank: at 5,000 reports and 2,000+ phrases that is billions of substring scans;
 * this makes it one pass per passage plus exact checks (findSpans) for the few candidates.
 * modern-ahocorasick is the automaton the draft checker already uses (src/shared/draft-check/matcher.ts).
 */
import AhoCorasick from 'modern-ahocorasick';
import { isTemplate, normalize, SLOT } from './normalize.ts';

/**
 * The normalised literal every occurrence of a wording contains: the wording itself, or the
 * longest fixed part of a 〔slot〕 template. Empty when a template has no fixed text.
 */
export function requiredLiteral(wording: string): string {
  if (!isTemplate(wording)) return normalize(wording);
  return wording
    .split(SLOT)
    .map(normalize)
    .reduce((a, b) => (b.length > a.length ? b : a), '');
}

/**
 * Returns a function from a normalised text to the indices (into `wordings`, ascending) of the
 * wordings that may occur in it. It never leaves out a wording that occurs: every occurrence
 * contains its required literal, and a wording without one is always a candidate.
 */
export function wordingCandidates(wordings: readonly string[]): (norm: string) => number[] {
  const always: number[] = [];
  const byLiteral = new Map<string, number[]>();
  wordings.forEach((w, i) => {
    const lit = requiredLiteral(w);
    if (!lit) always.push(i);
    else byLiteral.set(lit, [...(byLiteral.get(lit) ?? []), i]);
  });
  const groups = [...byLiteral.values()];
  const ac = groups.length ? new AhoCorasick([...byLiteral.keys()].map((pattern, k) => ({ pattern, data: k }))) : undefined;
  return (norm) => {
    const hit = new Set<number>(always);
    if (ac && norm) for (const m of ac.search(norm)) for (const i of groups[m.data!]!) hit.add(i);
    return [...hit].sort((a, b) => a - b);
  };
}

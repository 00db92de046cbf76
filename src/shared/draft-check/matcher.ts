/**
 * One Aho-Corasick automaton over every literal pattern of every rule, run once over
 * the normalised draft. modern-ahocorasick is plain ESM with no Node or DOM imports,
 * so the same code runs in the browser and in the CLI.
 */
import AhoCorasick from 'modern-ahocorasick';
import type { DictEntry } from './types.ts';
import type { Normalised } from './normalize.ts';

export interface Hit { entry: DictEntry; start: number; end: number }

const cache = new WeakMap<DictEntry[], AhoCorasick<number>>();

function automaton(dict: DictEntry[]): AhoCorasick<number> {
  let ac = cache.get(dict);
  if (!ac) {
    ac = new AhoCorasick(dict.map((d, i) => ({ pattern: d.pattern, data: i })));
    cache.set(dict, ac);
  }
  return ac;
}

/** All (overlapping) hits, in normalised offsets, grouped by rule index. */
export function matchAll(dict: DictEntry[], n: Normalised): Map<number, Hit[]> {
  const byRule = new Map<number, Hit[]>();
  if (!dict.length || !n.text) return byRule;
  for (const m of automaton(dict).search(n.text)) {
    const entry = dict[m.data!]!;
    const list = byRule.get(entry.rule) ?? [];
    list.push({ entry, start: m.start, end: m.end });
    byRule.set(entry.rule, list);
  }
  return byRule;
}

/**
 * The order of phrases within a move, as plain functions (no astro:content), so unit tests can
 * run them: src/build/phrase-bank.ts ranks with them.
 */
import { normalize } from '../shared/normalize.ts';

/**
 * Reorders a ranked list so that every item comes after the items of its group whose text
 * contains its text (after normalisation), and otherwise keeps the ranked order: at each step
 * the first item, in ranked order, whose containers are all placed.
 */
export function containersFirst<T>(ranked: T[], group: (x: T) => string, text: (x: T) => string): T[] {
  const norm = ranked.map((x) => normalize(text(x)));
  const groups = ranked.map(group);
  const byGroup = new Map<string, number[]>();
  ranked.forEach((_, i) => byGroup.set(groups[i], [...(byGroup.get(groups[i]) ?? []), i]));
  const waitsFor = ranked.map((_, i) =>
    (byGroup.get(groups[i]) ?? []).filter((j) => j !== i && norm[j].length > norm[i].length && norm[i] !== '' && norm[j].includes(norm[i])),
  );
  const placed = new Array<boolean>(ranked.length).fill(false);
  const out: T[] = [];
  for (let n = 0; n < ranked.length; n++) {
    const next = ranked.findIndex((_, i) => !placed[i] && waitsFor[i].every((j) => placed[j]));
    placed[next] = true;
    out.push(ranked[next]);
  }
  return out;
}

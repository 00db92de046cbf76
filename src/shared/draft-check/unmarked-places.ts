/**
 * One mistake, one finding: a newer reader's mark whose places (or span) touch any place an earlier reader
 * already marked is the same slip seen again (共20项，已完成17项，未完成4项 is read both as outcomes against their
 * total and as a complement), so it is dropped.
 */
import type { Mark } from './context.ts';

const placesOf = (m: Mark) => [{ start: m.start, end: m.end }, ...(m.places ?? [])];
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** The newer marks whose own span overlaps no earlier mark's span (their other places may). */
export function offMarkedSpans(newer: Mark[], earlier: Mark[]): Mark[] {
  return newer.filter((m) => !earlier.some((x) => overlaps(m, x)));
}

export function onUnmarkedPlaces(newer: Mark[], earlier: Mark[]): Mark[] {
  const taken = earlier.flatMap(placesOf);
  return newer.filter((m) => !placesOf(m).some((p) => taken.some((t) => overlaps(p, t))));
}

/** A finding on the later of two figures that disagree, with both places shown (the reader checks both against the ledger). */
import type { Mark } from './context.ts';

export function pairMark(first: { start: number; end: number }, later: { start: number; end: number }, message: string, fix: string): Mark {
  return { places: [{ start: first.start, end: first.end }, { start: later.start, end: later.end }], start: later.start, end: later.end, message, fix };
}

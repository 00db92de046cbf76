import { normalize } from './normalize.ts';

/**
 * Stable anchors for report headings and paragraphs. An anchor is a hash of the block's own
 * normalised text, so it does not move when other text is added, removed or reordered; it
 * changes only when the block itself is reworded. Prefix h- for headings, p- for paragraphs.
 */
export function blockAnchor(kind: 'h' | 'p', text: string): string {
  // FNV-1a, 32 bit: tiny, dependency-free, and stable across Node and browsers.
  let hash = 0x811c9dc5;
  for (const ch of normalize(text)) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${kind}-${hash.toString(36).padStart(7, '0')}`;
}

/** Gives repeated anchors within one page a -2, -3 … suffix, in document order. */
export function makeUnique() {
  const seen = new Map<string, number>();
  return (id: string) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}-${n}`;
  };
}

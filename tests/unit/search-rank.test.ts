import { describe, expect, it } from 'vitest';
import { rankHits } from '../../src/shared/search/rank.ts';

describe('ranking', () => {
  it('puts headings first, then more occurrences, then page order', () => {
    const hits = [
      { id: 'a', heading: false, occurrences: 1, order: 1 },
      { id: 'b', heading: false, occurrences: 3, order: 9 },
      { id: 'c', heading: true, occurrences: 1, order: 5 },
      { id: 'd', heading: false, occurrences: 1, order: 0 },
      { id: 'e', heading: true, occurrences: 2, order: 7 },
    ];
    expect(rankHits(hits).map((h) => h.id)).toEqual(['e', 'c', 'b', 'd', 'a']);
  });
});

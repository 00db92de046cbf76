/** Item 6 of issue 27: within a move, a full formulation before the bare term it contains. */
import { describe, expect, it } from 'vitest';
import { containersFirst } from '../../src/build/rank.ts';

describe('containersFirst', () => {
  const g = () => 'move';
  it('puts a full formulation before the bare term it contains, whatever the ranking said', () => {
    const ranked = ['习近平法治思想', '坚持党的领导', '深入学习贯彻习近平法治思想'];
    expect(containersFirst(ranked, g, (x) => x)).toEqual(['坚持党的领导', '深入学习贯彻习近平法治思想', '习近平法治思想']);
  });
  it('keeps the ranked order otherwise, and compares after normalisation', () => {
    expect(containersFirst(['乙', '甲'], g, (x) => x)).toEqual(['乙', '甲']);
    expect(containersFirst(['“关键少数”', '抓住领导干部这个关键少数'], g, (x) => x)).toEqual(['抓住领导干部这个关键少数', '“关键少数”']);
  });
  it('only within a group: another move’s phrase does not hold a term back', () => {
    const items = [{ t: '关键少数', m: 'a' }, { t: '抓住关键少数', m: 'b' }];
    expect(containersFirst(items, (x) => x.m, (x) => x.t).map((x) => x.t)).toEqual(['关键少数', '抓住关键少数']);
  });
});

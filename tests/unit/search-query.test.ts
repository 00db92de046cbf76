import { describe, expect, it } from 'vitest';
import { MAX_QUERY_CHARS, MAX_TERMS, parseQuery, pagefindFilters, readState, stateToSearch } from '../../src/shared/search/query.ts';

describe('parseQuery', () => {
  it('splits on whitespace and normalises each term', () => {
    expect(parseQuery('  “八五”普法   学法、守法 ').terms).toEqual(['八五普法', '学法守法']);
    expect(parseQuery('ＡＢＣ　法治').terms).toEqual(['abc', '法治']);
  });
  it('drops empty and duplicate terms', () => {
    expect(parseQuery('法治 法治 ，。 😀').terms).toEqual(['法治']);
    expect(parseQuery('').terms).toEqual([]);
    expect(parseQuery(null).terms).toEqual([]);
    expect(parseQuery('!!! ??? ***').terms).toEqual([]);
  });
  it('keeps hostile text as plain characters', () => {
    expect(parseQuery('<script>alert(1)</script>').terms).toEqual(['scriptalert1script']);
    expect(parseQuery('.*+?^${}()|[]\\').terms).toEqual([]);
    expect(parseQuery('a.*b').terms).toEqual(['ab']);
  });
  it('caps very long queries and says so', () => {
    const q = parseQuery('法'.repeat(2500));
    expect(q.truncated).toBe(true);
    expect(Array.from(q.text)).toHaveLength(MAX_QUERY_CHARS);
    const many = parseQuery(Array.from({ length: 30 }, (_, i) => `词${i}`).join(' '));
    expect(many.terms).toHaveLength(MAX_TERMS);
    expect(many.truncated).toBe(true);
    expect(parseQuery('亲自督办').truncated).toBe(false);
  });
  it('never cuts an emoji in half', () => {
    const q = parseQuery('😀'.repeat(200));
    expect(q.text).toBe('😀'.repeat(MAX_QUERY_CHARS));
  });
});

describe('URL state', () => {
  it('reads and writes q and filters', () => {
    const s = readState('?q=%E4%BA%B2%E8%87%AA%E7%9D%A3%E5%8A%9E&kind=%E8%8C%83%E6%96%87&bogus=1&type=');
    expect(s).toEqual({ q: '亲自督办', filters: { kind: '范文' } });
    expect(readState(stateToSearch(s))).toEqual(s);
    expect(stateToSearch({ q: ' ', filters: {} })).toBe('');
    expect(pagefindFilters(s)).toEqual({ kind: '范文' });
  });
  it('reads a link saved with the former type 履行推进法治建设第一责任人职责述职报告 as 述法报告 (issue 29)', () => {
    const s = readState(`?q=x&type=${encodeURIComponent('履行推进法治建设第一责任人职责述职报告')}`);
    expect(pagefindFilters(s)).toEqual({ type: '述法报告' });
    expect(readState('?type=法治政府建设年度报告').filters).toEqual({ type: '法治政府建设年度报告' });
  });
});

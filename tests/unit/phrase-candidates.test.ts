import { describe, expect, it } from 'vitest';
import {
  bankNeedles, context, foldWithMap, formatCandidates, inBank, ngramCandidates, openerCandidates, seriesCandidates, stripMarkup,
  type SampleText,
} from '../../src/shared/phrase-candidates.ts';

const sample = (report: string, ...paras: string[]): SampleText => ({ report, text: paras.join('\n') });

describe('stripMarkup', () => {
  it('drops front matter, tags, heading marks and emphasis, keeping the words', () => {
    const md = '---\ntitle: 报告\nyear: 2023\n---\n\n## 一、履职情况\n\n坚持<ins class="restored" title="x">习近平</ins>法治思想，**带头**学法。\n\n- 列表项\n';
    expect(stripMarkup(md)).toBe('一、履职情况\n坚持习近平法治思想，带头学法。\n列表项');
  });
  it('keeps redaction marks as text', () => {
    expect(stripMarkup('开展<span class="redaction" title="隐去">*</span>次')).toBe('开展*次');
  });
});

describe('bankNeedles and inBank', () => {
  it('normalises texts and variants, and splits templates at their slots', () => {
    const needles = bankNeedles([{ text: '学法、守法、用法', variants: ['“八五”普法'] }, { text: '全年开展法治宣传活动〔次数〕次' }]);
    expect(needles).toEqual(['学法守法用法', '八五普法', '全年开展法治宣传活动', '次']);
    expect(inBank('守法用法', needles)).toBe(true);
    expect(inBank('法治宣传活动', needles)).toBe(true);
    expect(inBank('依法行政', needles)).toBe(false);
  });
});

describe('context and foldWithMap', () => {
  it('cuts context to the width either side, with ellipses', () => {
    expect(context('一二三四五六七八九十', 4, 6, 2)).toBe('…三四五六七八…');
    expect(context('一二三', 0, 3, 2)).toBe('一二三');
  });
  it('maps folded characters back to the original offsets', () => {
    const { folded, map } = foldWithMap('ＡＢ，法治');
    expect(folded).toBe('ab,法治');
    expect(map).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('ngramCandidates', () => {
  const samples = [
    sample('a', '坚持强化组织领导，推进依法行政。', '今年以来，成效明显。'),
    sample('b', '我们强化组织领导。今年以来，工作有序。'),
    sample('c', '今年以来，2023年度工作顺利。2023年度总结。'),
  ];
  const found = ngramCandidates(samples, []);
  const keys = found.map((c) => c.key);
  it('finds runs repeated across two or more reports, ranked by reports then occurrences', () => {
    expect(keys[0]).toBe('今年以来');
    expect(found[0].reports).toEqual(['a', 'b', 'c']);
    expect(found[0].count).toBe(3);
    expect(keys).toContain('强化组织领导');
  });
  it('keeps the longest form and drops pieces that only occur inside it', () => {
    expect(keys).not.toContain('强化组织');
    expect(keys).not.toContain('组织领导');
  });
  it('ignores runs found in one report only, runs with digits, and runs across punctuation', () => {
    expect(keys).not.toContain('推进依法行政');
    expect(keys.some((k) => /\d/.test(k))).toBe(false);
    expect(keys.some((k) => k.includes('以来成效'))).toBe(false);
  });
  it('leaves out what the bank already has', () => {
    expect(ngramCandidates(samples, bankNeedles([{ text: '坚持强化组织领导' }])).map((c) => c.key)).not.toContain('强化组织领导');
  });
  it('gives an example in the original wording with its report', () => {
    const c = found.find((x) => x.key === '强化组织领导')!;
    expect(c.example.report).toBe('a');
    expect(c.example.text).toContain('强化组织领导，');
  });
});

describe('seriesCandidates', () => {
  const samples = [
    sample('a', '引导干部学法、守法、用法，树立法治意识。', '重视政府网站、政务微信、电子屏等宣传阵地建设。'),
    sample('b', '做到学法、守法、用法。亲自部署、亲自过问、亲自协调、亲自督办。'),
    sample('c', '开展宪法、民法典宣传。'),
  ];
  const found = seriesCandidates(samples, []);
  it('finds series of three or more equal-length items, trimming the run-on first and last items', () => {
    const c = found.find((x) => x.text === '学法、守法、用法')!;
    expect(c.reports).toEqual(['a', 'b']);
    expect(c.count).toBe(2);
    expect(found.map((x) => x.text)).toContain('亲自部署、亲自过问、亲自协调、亲自督办');
  });
  it('ends a list at 等', () => {
    expect(found.map((x) => x.text)).toContain('政府网站、政务微信、电子屏');
  });
  it('ignores two-item lists and leaves out bank phrases', () => {
    expect(found.some((x) => x.text.includes('民法典'))).toBe(false);
    const needles = bankNeedles([{ text: '学法、守法、用法' }]);
    expect(seriesCandidates(samples, needles).map((x) => x.text)).not.toContain('学法、守法、用法');
  });
});

describe('openerCandidates', () => {
  const samples = [
    sample('a', '一是强化组织领导。及时调整领导小组。二是丰富普法形式，开展活动。'),
    sample('b', '工作中，一是强化组织领导；二是抓好落实。统一是好事。'),
  ];
  const found = openerCandidates(samples, []);
  it('takes the clause after 一是/二是/三是 up to the first 。 or ，(or ；)', () => {
    expect(found[0]).toMatchObject({ text: '强化组织领导', reports: ['a', 'b'], count: 2 });
    const texts = found.map((c) => c.text);
    expect(texts).toContain('抓好落实');
    expect(texts).toContain('强化组织领导');
    expect(texts).toContain('丰富普法形式');
  });
  it('does not take 是 inside a word (统一是)', () => {
    expect(found.map((c) => c.text)).not.toContain('好事');
  });
  it('leaves out bank phrases', () => {
    expect(openerCandidates(samples, bankNeedles([{ text: '丰富普法形式' }])).map((c) => c.text)).not.toContain('丰富普法形式');
  });
});

describe('formatCandidates', () => {
  it('prints a ranked, numbered list per kind with counts and an example', () => {
    const ngram = ngramCandidates([sample('a', '今年以来，好。'), sample('b', '今年以来，好。')], []);
    const out = formatCandidates({ ngram, series: [], opener: [] }, { reports: 2, phrases: 0 });
    expect(out).toContain('一、多篇范文重复出现的词串');
    expect(out).toMatch(/1\. 今年以来\n\s+2 篇 2 次｜例：今年以来，好。（a）/);
    expect(out).toContain('（没有）');
  });
});

/**
 * 标出规范表述 marks formulations, not words (issue 29, item 5): the rule (isMarkable) on small
 * inputs, and the density it gives on every sample report: at most one mark per sentence on
 * average. The samples are read from src/content as the checker tests read them, and each
 * phrase's evidence beyond a sample is counted as the build counts it (src/build/phrase-marks.ts:
 * attestation total minus this sample): other samples, catalogued public reports, cited sources.
 */
import { describe, expect, it } from 'vitest';
import { isMarkable, MARK_MIN_CHARS, phraseSpansIn, sentenceCount } from '../../src/shared/phrase-spans.ts';
import { loadPhrases, sampleText, SAMPLE_SLUGS } from '../../scripts/lib/content-rules.ts';

interface BankPhrase {
  id: string;
  text: string;
  variants?: string[];
  pattern: string;
  status?: string;
  attested?: string[];
  sources?: string[];
}

describe('isMarkable', () => {
  it('marks a formulation of at least eight characters that is used beyond this report', () => {
    expect(isMarkable({ pattern: 'fixed' }, '深入学习贯彻习近平法治思想', 3)).toBe(true);
    expect(isMarkable({ pattern: 'series' }, '学法、尊法、守法、用法', 1)).toBe(true);
  });
  it('does not mark a bare term, a template’s plain fact, a short name or wording found only here', () => {
    expect(isMarkable({ pattern: 'term' }, '习近平新时代中国特色社会主义思想', 9)).toBe(false);
    expect(isMarkable({ pattern: 'template' }, '组织乡、村、组三级干部集中学习6场次', 2)).toBe(false);
    expect(isMarkable({ pattern: 'fixed' }, '重大行政决策', 15)).toBe(false);
    expect(isMarkable({ pattern: 'fixed' }, '在总结工作的同时，也清醒地看到法治建设还存在一些问题和不足', 0)).toBe(false);
  });
  it('always marks a 期满 or 已过时 wording, which a 2026 report must not copy', () => {
    expect(isMarkable({ pattern: 'term', status: 'expired' }, '八五普法', 0)).toBe(true);
    expect(isMarkable({ pattern: 'fixed', status: 'outdated' }, '七五普法规划', 0)).toBe(true);
  });
  it('counts characters without punctuation', () => {
    expect(MARK_MIN_CHARS).toBe(8);
    expect(isMarkable({ pattern: 'fixed' }, '“八五”普法规划', 1)).toBe(false); // 6 characters
    expect(isMarkable({ pattern: 'fixed' }, '规范公正文明执法', 1)).toBe(true);
  });
});

describe('sentenceCount', () => {
  it('counts the parts ending in 。！？ that hold words; a heading is one', () => {
    expect(sentenceCount('一、学习贯彻习近平法治思想情况')).toBe(1);
    expect(sentenceCount('一是强化学习。二是抓好落实；三是加强宣传。')).toBe(2);
    expect(sentenceCount('“为什么？”')).toBe(1);
  });
});

describe('mark density on every sample report', () => {
  const phrases = loadPhrases() as unknown as BankPhrase[];
  const passages = new Map(SAMPLE_SLUGS.map((slug) => [slug, sampleText(slug).split('\n').filter((l) => l.trim())]));
  const samplesWith = new Map(phrases.map((p) => [p.id, new Set<string>()]));
  // As the build counts samples: where any wording of the phrase occurs, whether or not a longer phrase overlaps it.
  for (const p of phrases) for (const [slug, lines] of passages) if (lines.some((l) => phraseSpansIn(l, [p]).length)) samplesWith.get(p.id)!.add(slug);
  const elsewhere = (p: BankPhrase, slug: string) =>
    (p.attested?.length ?? 0) + (p.sources?.length ?? 0) + [...samplesWith.get(p.id)!].filter((s) => s !== slug).length;

  expect(SAMPLE_SLUGS.length).toBeGreaterThanOrEqual(5);
  for (const [slug, lines] of passages) {
    it(`${slug}: at most one mark per sentence on average, and some marks`, () => {
      const marks = lines.flatMap((line) => phraseSpansIn(line, phrases, (s) => isMarkable(s.phrase, line.slice(s.start, s.end), elsewhere(s.phrase, slug))));
      const sentences = lines.reduce((n, l) => n + sentenceCount(l), 0);
      expect(marks.length / sentences).toBeLessThanOrEqual(1);
      expect(marks.length).toBeGreaterThan(0);
      // Without the rule nearly every clause is marked: the bound is not met by accident.
      const unfiltered = lines.reduce((n, line) => n + phraseSpansIn(line, phrases).length, 0);
      expect(unfiltered / sentences).toBeGreaterThan(1);
    });
  }
});

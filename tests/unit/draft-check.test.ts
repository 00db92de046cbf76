// Unit tests of the draft checker: offsets, each rule type's mechanics, generated rules, type guessing, fixtures.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDraft, compileRules, normalise, substitutionRules, toOriginal } from '../../src/shared/draft-check/index.ts';
import { periodEnd } from '../../src/shared/draft-check/substitution-rules.ts';
import { titleKey } from '../../src/shared/draft-check/checks/title.ts';
import { layout } from '../../src/shared/draft-check/text.ts';
import { loadPhrases, sampleText } from '../../scripts/lib/content-rules.ts';
import type { Rule } from '../../src/shared/draft-check/types.ts';
import { checkWith, compiled, rulesIn } from './helpers/draft-check.ts';

/** Own rules only: a merged rule does not count here. */
const rulesOf = (text: string, opts = {}) => checkWith(text, opts).map((f) => f.rule);

describe('normalisation and offsets', () => {
  it('drops spaces and folds full-width letters, mapping back to the original', () => {
    const src = '开展 活动ＸＸ 次';
    const n = normalise(src);
    expect(n.text).toBe('开展活动XX次');
    const at = n.text.indexOf('XX');
    const [s, e] = toOriginal(n, at, at + 2);
    expect(src.slice(s, e)).toBe('ＸＸ');
  });
  it('reports findings at offsets into the text as given, across spaces and CRLF', () => {
    const src = '标题\r\n共开展活动 X X 次，由某 某负责。';
    const f = checkDraft(src, compiled).findings.find((x) => x.rule === 'placeholder-moumou')!;
    expect(src.slice(f.start, f.end)).toBe('某 某');
    expect(f.text).toBe('某 某');
  });
  it('keeps every finding text equal to the slice it points at on every sample', () => {
    for (const f of readdirSync(join(import.meta.dirname, '../fixtures/drafts')).filter((x) => x.endsWith('.txt'))) {
      const text = readFileSync(join(import.meta.dirname, '../fixtures/drafts', f), 'utf8');
      for (const x of checkDraft(text, compiled).findings) expect(text.slice(x.start, x.end)).toBe(x.text);
    }
  });
});

describe('existence', () => {
  it('finds placeholders but not 文号 brackets, 二〇 dates or X光', () => {
    expect(rulesOf('依据厅字〔2019〕28号。二〇二四年一月。购置X光机。')).toEqual([]);
    expect(rulesOf('〔单位名称〕召开会议XX次。')).toEqual(expect.arrayContaining(['template-slot-bracket', 'placeholder-xx']));
  });
});

describe('order', () => {
  it('detects a permutation whatever the separators', () => {
    expect(rulesOf('同部署同考核同推进')).toContain('order-wu-tong');
    expect(rulesOf('同部署，同推进，同督促')).not.toContain('order-wu-tong');
  });
  it('does not join items separated by other words', () => {
    expect(rulesOf('加强学法，推动全民守法，尊法为先')).not.toContain('order-zunfa-xuefa-shoufa-yongfa');
  });
  it('gives one finding for an order mistake inside an outdated sentence: the narrower one, which fixes only the words out of place', () => {
    const f = checkDraft('不断提高广大干部群众学法、守法、尊法、用法水平', compiled).findings;
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'order-zunfa-xuefa-shoufa-yongfa', text: '学法、守法、尊法', fix: '改为：尊法、学法、守法', merged: ['phrase-xuefa-shoufa-zunfa-yongfa-shuiping'] });
  });
});

describe('title', () => {
  it('keeps years in the comparison key', () => {
    expect(titleKey('法治政府建设实施纲要(2021-2025年)')).toBe(titleKey('法治政府建设实施纲要（2021—2025年）'));
    expect(titleKey('法治政府建设实施纲要（2015—2020年）')).not.toBe(titleKey('法治政府建设实施纲要（2021—2025年）'));
  });
  it('accepts the exact title and the other document of the same name', () => {
    const f = checkDraft('《法治政府建设实施纲要（2021—2025年）》和《法治政府建设实施纲要（2015—2020年）》', compiled).findings;
    expect(f.filter((x) => x.type === 'title')).toEqual([]);
  });
});

describe('structure', () => {
  it('reads heading levels and numbers', () => {
    const l = layout('一、总体\n（一）学习\n1.集中学习\n（1）中心组\n二.问题\n(二)原因');
    expect(l.headings.map((h) => [h.level, h.num, h.style])).toEqual([[1, 1, 'standard'], [2, 1, 'standard'], [3, 1, 'standard'], [4, 1, 'standard'], [1, 2, 'dot'], [2, 2, 'halfwidth']]);
  });
  it('flags missing sections only for the report type checked', () => {
    const draft = '某县2023年法治政府建设年度报告\n一、主要举措和成效\n二、存在的不足和原因\n三、2024年工作安排';
    expect(rulesOf(draft)).toContain('structure-annual-leaders-duty');
    expect(rulesOf(draft, { type: 'shufa-report' })).not.toContain('structure-annual-leaders-duty');
  });
  it('links a missing section to its guide section', () => {
    const f = checkDraft('某县2023年法治政府建设年度报告\n一、主要举措和成效', compiled).findings.find((x) => x.rule === 'structure-annual-shortcomings')!;
    expect(f.guide).toEqual({ slug: 'law-based-government-annual-report', section: 'shortcomings-and-causes' });
  });
});

describe('consistency', () => {
  it('compares the opening year with the reporting year', () => {
    expect(rulesOf('某镇2026年法治政府建设年度报告\n2025年以来，我镇……', {})).toContain('consistency-opening-year');
    expect(rulesOf('某镇2026年法治政府建设年度报告\n2026年以来，我镇推进法治建设。')).not.toContain('consistency-opening-year');
  });
  it('checks the 落款 date form and year', () => {
    const f = checkDraft('某镇2023年法治政府建设年度报告\n一、主要举措\n正文。\n\n某镇人民政府\n2022年01月09日', compiled).findings;
    const date = f.filter((x) => x.text.startsWith('2022'));
    // One place, one finding: the year speaks, the date form is merged into it.
    expect(date).toHaveLength(1);
    expect(rulesIn(date[0]!).sort()).toEqual(['consistency-signoff-date-style', 'consistency-signoff-year']);
  });
});

describe('guessing', () => {
  it('guesses type and year from the title, and says when it was given', () => {
    const r = checkDraft('X镇2023年法治建设工作自查报告\n今年以来', compiled);
    expect([r.guessedType, r.type, r.year]).toEqual(['self-inspection-report', 'self-inspection-report', 2023]);
    const g = checkDraft('X镇2023年法治建设工作自查报告', compiled, { type: 'shufa-report', year: 2024 });
    expect([g.guessedType, g.type, g.year]).toEqual(['self-inspection-report', 'shufa-report', 2024]);
  });
  it('guesses 述法报告 for a 第一责任人职责 述职报告 under any of its titles (issue 29)', () => {
    for (const title of [
      '2023年度党政主要负责人履行推进法治建设第一责任人职责述职报告',
      '中共X镇委员会书记关于2026年度履行推进法治建设第一责任人职责情况的报告',
      'X镇党政主要负责人2026年度履行推进法治政府建设第一责任人职责情况报告',
    ]) {
      const r = checkDraft(`${title}\n今年以来，本人认真履行职责。`, compiled);
      expect([r.guessedType, r.type], title).toEqual(['shufa-report', 'shufa-report']);
    }
  });
  it('guesses from headings when the title says nothing', () => {
    const r = checkDraft('报告\n一、学习贯彻习近平法治思想情况\n二、履职情况\n三、存在的问题和不足\n四、下一步打算', compiled);
    expect(r.guessedType).toBe('shufa-report');
  });
});

describe('substitutionRules', () => {
  const phrases = loadPhrases();
  it('turns every outdated phrase of the real bank into an error rule with its replacement', () => {
    const rules = substitutionRules(phrases);
    const outdated = phrases.filter((p) => p.status === 'outdated');
    const errors = rules.filter((r) => r.level === 'error');
    expect(errors.map((r) => r.id).sort()).toEqual(outdated.map((p) => `phrase-${p.id}`).sort());
    for (const r of errors) expect(r.fix).toMatch(/^改为：/);
  });
  it('turns every 期满 phrase of the real bank into a hint from the year after its period field', () => {
    const rules = substitutionRules(phrases);
    const expired = phrases.filter((p) => p.status === 'expired');
    expect(expired.length).toBeGreaterThan(0);
    for (const p of expired) {
      const r = rules.find((x) => x.id === `phrase-${p.id}`)!;
      expect(r.level).toBe('hint');
      expect(p.period).toBeDefined();
      expect(r.fromYear).toBe(p.period![1] + 1);
    }
    expect(rules.length).toBe(phrases.filter((p) => p.status === 'outdated' || p.status === 'expired').length);
  });
  it('takes the period field over a period written in the wording', () => {
    const [r] = substitutionRules([{ id: 'target', text: '每个行政村至少培养3名', note: '到2025年的目标。', status: 'expired', period: [2021, 2025] }]);
    expect(r).toMatchObject({ level: 'hint', fromYear: 2026 });
    const [w] = substitutionRules([{ id: 'plan', text: '规划（2016—2020年）', note: '已期满。', status: 'expired', period: [2021, 2025] }]);
    expect(w.fromYear).toBe(2026);
  });
  it('treats 期满 entries as hints from the year after the period', () => {
    const [r] = substitutionRules([{ id: 'bawu', text: '深入实施“八五”普法规划（2021—2025年）', note: '“八五”普法规划已期满。', status: 'expired' }]);
    expect(r).toMatchObject({ level: 'hint', fromYear: 2026 });
    const c = compileRules([], [{ id: 'bawu', text: '深入实施“八五”普法规划（2021—2025年）', note: '已期满。', status: 'expired' }]);
    expect(checkDraft('深入实施“八五”普法规划（2021—2025年）', c, { year: 2025 }).findings).toEqual([]);
    expect(checkDraft('深入实施“八五”普法规划（2021—2025年）', c, { year: 2026 }).findings[0]?.level).toBe('hint');
    expect(periodEnd('（2020—2025年）')).toBe(2025);
  });
  it('lets a typed rule override a generated one', () => {
    const phrase = { id: 'jiu-tifa', text: '旧的提法甲乙丙', note: '已改。', status: 'outdated' };
    const typed: Rule = { id: 'sub-jiu-tifa', type: 'substitution', kind: 'outdated-wording', level: 'hint', message: '旧提法。', source: { kind: 'practice', note: '测试' }, patterns: ['旧的提法甲乙丙'], overridesPhrase: 'jiu-tifa', examples: { bad: [], good: [] } } as Rule;
    expect(compileRules([], [phrase]).rules.map((r) => r.id)).toContain('phrase-jiu-tifa');
    const overridden = compileRules([typed], [phrase]).rules;
    expect(overridden.map((r) => r.id)).not.toContain('phrase-jiu-tifa');
    expect(overridden.find((r) => r.id === 'sub-jiu-tifa')?.level).toBe('hint');
  });
});

describe('fixtures', () => {
  const dir = join(import.meta.dirname, '../fixtures/drafts');
  const names = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  it('has at least 60 drafts', () => expect(names.length).toBeGreaterThanOrEqual(60));
  it.each(names)('%s gives exactly its expected findings', (f) => {
    const text = readFileSync(join(dir, f), 'utf8');
    const { year, expected } = JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, '.json')), 'utf8'));
    const got = checkDraft(text, compiled, { year }).findings.map((x) => `${x.rule}@${x.start}-${x.end}`).sort();
    expect(got).toEqual(expected.map((x: { rule: string; start: number; end: number }) => `${x.rule}@${x.start}-${x.end}`).sort());
  });
  it('uses sample text that matches the fixture files', () => {
    expect(readFileSync(join(dir, 'jincheng-township-government-2023--clean.txt'), 'utf8')).toBe(sampleText('jincheng-township-government-2023'));
  });
});

describe('purity', () => {
  it('imports nothing from Node, the DOM or astro in src/shared/draft-check', () => {
    const root = join(import.meta.dirname, '../../src/shared/draft-check');
    const files = readdirSync(root, { recursive: true }).map(String).filter((f) => f.endsWith('.ts'));
    for (const f of files) {
      const src = readFileSync(join(root, f), 'utf8');
      expect(src, f).not.toMatch(/from ['"](node:|astro|fs|path)/);
      expect(src, f).not.toMatch(/\b(document|window|import\.meta\.env)\b/);
    }
  });
});

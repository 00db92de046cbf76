/**
 * The audit's corrections (issue 27, item 7), each pinned so that undoing it fails a test: the
 * phrase entries as written in the YAML, the checks that keep a warned-against wording from being
 * copyable, the /writing-2026/ split of late-2025 wordings and the /sources/ citation facts.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { checkPhrases } from '../../src/build/checks/phrases.ts';
import { latePhrasesOf } from '../../src/build/currency.ts';
import { formatProblem } from '../../src/shared/problem.ts';

interface YamlPhrase {
  id: string; text: string; status?: string; period?: number[]; variants?: string[]; note: string;
  variantNotes?: { text: string; label: string; attested?: string[] }[]; misspellings?: string[]; sources?: string[]; attested?: string[];
}
const DIR = 'src/content/phrases/';
const BANK = new Map(
  readdirSync(DIR).filter((f) => f.endsWith('.yaml')).flatMap((f) => (parse(readFileSync(DIR + f, 'utf8')) as YamlPhrase[]).map((p) => [p.id, p] as const)),
);
const phrase = (id: string) => BANK.get(id)!;
const source = (key: string) => parse(readFileSync(`src/content/sources/${key}.yaml`, 'utf8'));

describe('phrase corrections', () => {
  it('guifan-gongzheng-wenming-zhifa: the main wording is 严格规范公正文明执法, the short form a labelled variant', () => {
    const p = phrase('guifan-gongzheng-wenming-zhifa');
    expect(p.text).toBe('严格规范公正文明执法');
    expect(p.variants).toContain('规范公正文明执法');
    expect(p.variantNotes?.find((v) => v.text === '规范公正文明执法')?.label).toMatch(/简写/);
  });
  it('qie-shi-l-xing-tui-jin-fa-zhi: the central form 推进法治建设第一责任人职责; the 法治政府 form a variant labelled 地方做法', () => {
    const p = phrase('qie-shi-l-xing-tui-jin-fa-zhi');
    expect(p.text).toContain('推进法治建设第一责任人职责');
    expect(p.text).not.toContain('法治政府');
    const local = p.variantNotes?.find((v) => v.text.includes('法治政府建设第一责任人'));
    expect(local?.label).toBe('地方做法');
    expect(p.variants).toContain(local!.text);
  });
  it('jia-kuai-gou-jian-zhi-ze-ming-que and jian-quan-zheng-fu-ji-gou-zhi-neng are 现行, not 期满', () => {
    for (const id of ['jia-kuai-gou-jian-zhi-ze-ming-que', 'jian-quan-zheng-fu-ji-gou-zhi-neng']) {
      expect(phrase(id).status ?? 'current', id).toBe('current');
      expect(phrase(id).period, id).toBeUndefined();
    }
  });
  it('the two 八五 2025-target variants of 现行 entries say so', () => {
    for (const [id, variant] of [
      ['banshi-yifa-yushi-zhaofa', '全社会办事依法、遇事找法、解决问题用法、化解矛盾靠法的法治环境显著改善'],
      ['zunfa-xuefa-shoufa-yongfa', '全社会尊法、学法、守法、用法的自觉性和主动性显著增强'],
    ]) {
      expect(phrase(id).status ?? 'current').toBe('current');
      expect(phrase(id).variants).toContain(variant);
      expect(phrase(id).variantNotes?.find((v) => v.text === variant)?.label, id).toMatch(/八五.*2025年目标/);
    }
  });
  it('切实履行法治建设第一责任人职责 is a 常见误写, not a copyable variant', () => {
    const p = phrase('qieshi-lvxing-diyi-zerenren-zhize');
    expect(p.misspellings).toContain('切实履行法治建设第一责任人职责');
    expect(p.variants).not.toContain('切实履行法治建设第一责任人职责');
    expect(p.note).toContain('不要省略“推进”');
  });
});

describe('checkPhrases keeps labels and 常见误写 honest', () => {
  const topics = [{ id: 'first-responsibility', data: { moves: [{ id: 'claim' }] } }];
  const known = { sources: new Set<string>(), topics: new Set(['first-responsibility']) };
  const entry = (data: object) => ({ id: 'x', filePath: 'src/content/phrases/first-responsibility.yaml', data: { topics: ['first-responsibility'], move: 'claim', sources: [], text: '甲乙', variants: ['甲丙'], ...data } });
  it('names a 常见误写 that is also offered as a variant', () => {
    expect(checkPhrases([entry({ misspellings: ['甲丙'] })], topics, known).map(formatProblem)).toEqual([
      'src/content/phrases/first-responsibility.yaml 条目 x 字段 misspellings[0]：常见误写“甲丙”又列为表述或其他写法，会提供复制。修正方法：从 text 或 variants 中删去这句，只留在 misspellings 中',
    ]);
  });
  it('names a variant label whose text is not a variant', () => {
    expect(checkPhrases([entry({ variantNotes: [{ text: '甲丁', label: '地方做法' }] })], topics, known).map(formatProblem)).toEqual([
      'src/content/phrases/first-responsibility.yaml 条目 x 字段 variantNotes[0]：“甲丁”不是本条的其他写法（variants）。修正方法：把这句写进 variants，或改成 variants 中的原文',
    ]);
    expect(checkPhrases([entry({ variantNotes: [{ text: '甲丙', label: '地方做法' }], misspellings: ['甲戊'] })], topics, known)).toEqual([]);
  });
});

describe('/writing-2026/', () => {
  const src = (id: string, excerpts: { text: string; confidence: string }[], confidence = 'verified') => ({ id, data: { confidence, excerpts } }) as never;
  const ph = (id: string, text: string, sources: string[], attested: string[] = []) => ({ id, data: { text, status: 'current', sources, attested } }) as never;
  it('gives each late-2025 wording its own source and mark, and sets wordings seen before 2025 apart as corrections', () => {
    const xinhua = src('xinhua', [{ text: '深刻领悟“两个确立”的决定性意义', confidence: 'content-verified' }], 'content-verified');
    const conference = src('conf', [{ text: '全面依法治国总体格局基本形成', confidence: 'verified' }]);
    const years: Record<string, number> = { r2022: 2022, r2025: 2025 };
    const { newWordings, corrections } = latePhrasesOf(
      [ph('queli', '深刻领悟“两个确立”的决定性意义', ['xinhua'], ['r2022']), ph('geju', '全面依法治国总体格局基本形成', ['conf'], ['r2025'])],
      [xinhua, conference],
      (k) => years[k],
    );
    expect(newWordings.map((i) => [i.phrase.id, i.source.id, i.confidence])).toEqual([['geju', 'conf', 'verified']]);
    expect(corrections.map((i) => [i.phrase.id, i.source.id, i.confidence])).toEqual([['queli', 'xinhua', 'content-verified']]);
  });
  it('the page no longer claims every item was checked against the 新华社 wire', () => {
    const page = readFileSync('src/pages/writing-2026.astro', 'utf8');
    expect(page).not.toContain('全部核对过转载的新华社电文');
    expect(page).toContain('data-outdated-table');
  });
  it('every 已过时 entry the table lists has its replacement; wordings that are still valid are not among them', () => {
    const outdated = [...BANK.values()].filter((p) => p.status === 'outdated');
    expect(outdated.length).toBeGreaterThan(0);
    // Issue 25: 坚持人民主体地位 (also a 2014 四中全会 principle) and 学法守法用法 (现行, attested widely)
    // have newer wordings but are not wrong, so they are not 已过时.
    for (const id of ['jianchi-renmin-zhuti-diwei', 'zhifa-shoufa-xuefa-yongfa']) {
      expect(BANK.get(id)?.status ?? 'current', id).not.toBe('outdated');
      expect((BANK.get(id) as YamlPhrase & { newerWording?: string })?.newerWording, id).toBeTruthy();
    }
    for (const p of outdated) expect(BANK.has((p as YamlPhrase & { replacedBy: string }).replacedBy), p.id).toBe(true);
  });
});

describe('/sources/', () => {
  it('xi-thought-qa is dated 约2023, as the reference gives it', () => {
    expect(source('xi-thought-qa')).toMatchObject({ date: '2023', dateApprox: true });
  });
  it('the 法律明白人 source’s note does not contradict its issuer field', () => {
    const s = source('legal-understanding-persons-norms');
    expect(s.issuer).toBe('中央宣传部、司法部、民政部、农业农村部、国家乡村振兴局、全国普法办公室');
    expect(s.note).not.toMatch(/未列出具体印发部门/);
  });
});

/**
 * 起草提纲: the outline built from the real guides and phrase bank (loaded with the yaml package,
 * as plain data), its document model, and the choices' round trip through the URL.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPORT_TYPES } from '../../src/shared/schemas/vocab.ts';
import { gongwenDocument } from '../../src/shared/outline/gongwen-docx.ts';
import { outlineFileName } from '../../src/shared/outline/outline-data.ts';
import {
  OUTLINE_LEVELS,
  buildOutline,
  choicesToQuery,
  chineseNumber,
  organName,
  outlineToDocument,
  queryToChoices,
  sectionComment,
  superiorNamed,
  writtenFor,
  type GuideData,
  type OutlineChoices,
  type OutlineData,
  type PhraseData,
  type TopicData,
} from '../../src/shared/outline/outline.ts';

const dir = (d: string) => readdirSync(path.join('src/content', d)).sort();
const read = (d: string, f: string) => readFileSync(path.join('src/content', d, f), 'utf8');
const guides: GuideData[] = dir('guides').map((f) => ({ id: f.replace(/\.md$/, ''), ...parse(read('guides', f).split(/^---$/m)[1]) }));
const phrases: PhraseData[] = dir('phrases').flatMap((f) => parse(read('phrases', f)));
const topics: TopicData[] = dir('topics')
  .map((f) => ({ id: f.replace(/\.yaml$/, ''), ...parse(read('topics', f)) }))
  .sort((a, b) => a.order - b.order);
const data: OutlineData = { guides, phrases, topics };

const base: OutlineChoices = { type: '述法报告', level: '乡镇', year: 2026, organ: '江湾镇党委' };
const allPhrases = (o: ReturnType<typeof buildOutline>) => o.sections.flatMap((s) => s.moves.flatMap((m) => m.phrases.map((p) => ({ ...p, section: s.id }))));

describe('buildOutline', () => {
  it.each(REPORT_TYPES.map((t) => [t]))('%s: the guide sections in order, required ones always in', (type) => {
    const guide = guides.find((g) => g.reportTypes.includes(type))!;
    const ids = guide.sections.map((s) => s.id);
    const o = buildOutline({ ...base, type, off: ids }, data);
    expect(o.sections.map((s) => s.id)).toEqual(ids);
    for (const s of o.sections) {
      expect(s.required).toBe(guide.sections.find((g) => g.id === s.id)!.basis === 'rule');
      expect(s.included).toBe(s.required); // everything was switched off; only required sections stay
      expect(s.cover.length).toBeGreaterThan(0);
      expect(s.evidence.length).toBeGreaterThan(0);
    }
    // 自查报告 has no central rule on its sections (the guide marks them all 参考做法), so none is required.
    expect(o.sections.some((s) => s.required)).toBe(type !== '法治建设工作自查报告');
    expect(buildOutline({ ...base, type }, data).sections.every((s) => s.included)).toBe(true);
  });

  it('offers phrases under every section, grouped by the topics’ moves, each phrase once', () => {
    for (const type of REPORT_TYPES) {
      const o = buildOutline({ ...base, type }, data);
      for (const s of o.sections) expect(s.moves.length, `${type} ${s.id}`).toBeGreaterThan(0);
      const ids = allPhrases(o).map((p) => p.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    const o = buildOutline(base, data);
    const problems = o.sections.find((s) => s.id === 'problems')!;
    const bank = new Map(phrases.map((p) => [p.id, p]));
    for (const m of problems.moves) for (const p of m.phrases) expect(bank.get(p.id)!.sections).toContain('problems');
    // Move names come from the topics.
    const moveNames = new Set(topics.flatMap((t) => t.moves.map((m) => m.name)));
    for (const m of o.sections.flatMap((s) => s.moves)) expect(moveNames).toContain(m.name);
  });

  it('keeps the bank’s order within a move, the level’s own leadership sentence first', () => {
    const o = buildOutline(base, data);
    const order = new Map(phrases.map((p, i) => [p.id, i]));
    for (const m of o.sections.flatMap((s) => s.moves)) {
      const lead = m.phrases.filter((p) => superiorNamed(p.text));
      expect(m.phrases.slice(0, lead.length)).toEqual(lead);
      const idx = m.phrases.slice(lead.length).map((p) => order.get(p.id)!);
      expect(idx).toEqual([...idx].sort((a, b) => a - b));
    }
  });

  it('suggests no wording written for another type of report', () => {
    const o = buildOutline(base, data); // a township 述法报告 on 2026
    const ids = allPhrases(o).map((p) => p.id);
    expect(ids).not.toContain('tui-jin-fa-zhi-zheng-fu-jian-she'); // 推进法治政府建设的主要举措和成效
    expect(ids).not.toContain('template-annual-report-transition'); // 现将〔单位〕〔年份〕年度法治政府建设情况报告如下
    for (const p of allPhrases(o)) expect(writtenFor(p.text) ?? 'shufa-report', p.text).toBe('shufa-report');
    const annual = allPhrases(buildOutline({ ...base, type: '法治政府建设年度报告' }, data)).map((p) => p.id);
    expect(annual).toContain('tui-jin-fa-zhi-zheng-fu-jian-she');
    expect(annual).not.toContain('template-shuzhi-report-request-review');
  });

  it('offers the leadership sentence of the level’s own superior, ticked, and not another level’s', () => {
    const lead = (level: OutlineChoices['level']) => allPhrases(buildOutline({ ...base, level }, data)).filter((p) => superiorNamed(p.text));
    const town = lead('乡镇');
    expect(town.length).toBeGreaterThan(0);
    expect(new Set(town.map((p) => superiorNamed(p.text)))).toEqual(new Set(['县', '区']));
    expect(town[0].ticked).toBe(true);
    expect(new Set(lead('县级').map((p) => superiorNamed(p.text)))).toEqual(new Set(['市']));
    expect(lead('省级')).toEqual([]);
    // 乡镇 and 县级 outlines differ in more than the organ's name.
    expect(allPhrases(buildOutline(base, data)).filter((p) => p.ticked)).not.toEqual(allPhrases(buildOutline({ ...base, level: '县级' }, data)).filter((p) => p.ticked));
  });

  it('never suggests 已过时 phrases', () => {
    const outdated = new Set(phrases.filter((p) => p.status === 'outdated').map((p) => p.id));
    expect(outdated.size).toBeGreaterThan(0);
    for (const type of REPORT_TYPES) {
      for (const year of [2021, 2023, 2026]) {
        const found = allPhrases(buildOutline({ ...base, type, year }, data)).filter((p) => outdated.has(p.id));
        expect(found).toEqual([]);
      }
    }
  });

  it('suggests 期满 phrases only when the year reported on is within the plan period', () => {
    const src = phrases.find((p) => p.id === 'si-ge-qinzi')!;
    const expired: PhraseData = { ...src, id: 'test-expired-plan', text: '“八五”普法规划〔名称〕', status: 'expired', period: [2021, 2025] };
    const noPeriod: PhraseData = { ...src, id: 'test-expired-no-period', status: 'expired' };
    const withExpired = { ...data, phrases: [expired, noPeriod, ...phrases] };
    const has = (year: number) => allPhrases(buildOutline({ ...base, year }, withExpired)).map((p) => p.id);
    for (const year of [2021, 2023, 2025]) expect(has(year)).toContain('test-expired-plan');
    for (const year of [2020, 2026, 2027]) expect(has(year)).not.toContain('test-expired-plan');
    for (const year of [2021, 2025, 2026]) expect(has(year)).not.toContain('test-expired-no-period');
    const shown = allPhrases(buildOutline({ ...base, year: 2025 }, withExpired)).find((p) => p.id === 'test-expired-plan')!;
    expect(shown).toMatchObject({ status: 'expired', period: [2021, 2025], text: '“八五”普法规划〔名称〕' });
  });

  it('ticks the first phrase of each move that is not a bare term by default, exactly the listed ones otherwise', () => {
    const byDefault = buildOutline(base, data);
    for (const m of byDefault.sections.flatMap((s) => s.moves)) {
      const first = m.phrases.findIndex((p) => p.pattern !== 'term');
      expect(m.phrases.map((p) => p.ticked)).toEqual(m.phrases.map((_, i) => i === first));
    }
    expect(allPhrases(byDefault).filter((p) => p.pattern === 'term' && p.ticked)).toEqual([]);
    const none = buildOutline({ ...base, phrases: [] }, data);
    expect(allPhrases(none).some((p) => p.ticked)).toBe(false);
    const some = allPhrases(byDefault).slice(3, 6).map((p) => p.id);
    expect(allPhrases(buildOutline({ ...base, phrases: some }, data)).filter((p) => p.ticked).map((p) => p.id)).toEqual(some);
  });

  it('fills the year into 法治政府建设年度报告 headings and names whom each level reports to', () => {
    const o = buildOutline({ ...base, type: '法治政府建设年度报告', level: '部门', organ: '县司法局' }, data);
    expect(o.title).toBe('县司法局关于2026年度法治政府建设情况的报告');
    expect(o.sections.find((s) => s.id === 'measures-and-results')!.heading).toBe('2026年度推进法治政府建设的主要举措和成效');
    expect(o.sections.find((s) => s.id === 'next-year-plan')!.heading).toBe('2027年度推进法治政府建设的主要安排');
    expect(o.addressee).toBe('〔主送机关：本级党委和政府、上一级政府有关部门〕：');
    expect(buildOutline({ ...base, organ: ' ' }, data).title).toBe('〔机关名称〕主要负责人2026年度述法报告');
  });
});

describe('outlineToDocument', () => {
  const template = allPhrases(buildOutline(base, data)).find((p) => p.pattern === 'template' && /〔[^〕]+〕/.test(p.text) && !['opening', 'rectification'].includes(p.section))!;

  it('numbers the included sections 一、二、… and puts every prompt and suggestion in a comment on its heading', () => {
    const choices: OutlineChoices = { ...base, off: ['rectification'], phrases: [template.id] };
    const outline = buildOutline(choices, data);
    const model = outlineToDocument(outline);
    const headings = model.blocks.filter((b) => 'heading' in b) as { text: string; comment?: string[] }[];
    const included = outline.sections.filter((s) => s.included && s.heading);
    expect(headings.map((h) => h.text)).toEqual(included.map((s, i) => `${chineseNumber(i + 1)}、${s.heading}`));
    expect(headings.some((h) => h.text.includes('整改'))).toBe(false);
    // The body holds only the 主送机关 slot, the headings and empty paragraphs for the writer.
    const body = model.blocks.map((b) => ('paragraph' in b ? b.paragraph : 'addressee' in b ? b.addressee : 'heading' in b ? b.text : ''));
    expect(body.filter((t) => t && !headings.some((h) => h.text === t))).toEqual(['〔主送机关〕：']);
    // Each heading's comment: what to cover, the facts to gather, the ticked phrases.
    headings.forEach((h, i) => expect(h.comment).toEqual(sectionComment(included[i])));
    const all = model.blocks.flatMap((b) => ('comment' in b ? (b.comment ?? []) : []));
    expect(all.filter((l) => l.startsWith('要写：'))).toHaveLength(outline.sections.filter((s) => s.included).flatMap((s) => s.cover).length);
    expect(all.filter((l) => l.startsWith(`可用表述：${template.text}`))).toHaveLength(1);
    expect(model.organ).toBe('江湾镇党委');
    expect(model.date).toBe('〔成文日期〕');
  });

  it('exports as a .docx whose body has no suggestion or prompt: they are Word comments on the headings, notes included', async () => {
    const expired: PhraseData = { ...phrases.find((p) => p.id === 'si-ge-qinzi')!, id: 'test-expired-plan', text: '深入实施“八五”普法规划', status: 'expired', period: [2021, 2025], note: '规划期已满，写2026年的工作时不再写。' };
    const outline = buildOutline({ ...base, year: 2025, phrases: [template.id, 'test-expired-plan'] }, { ...data, phrases: [expired, ...phrases] });
    const files = unzipSync(await Packer.toBuffer(gongwenDocument(outlineToDocument(outline))));
    const xml = strFromU8(files['word/document.xml']!);
    const comments = strFromU8(files['word/comments.xml']!);
    expect(xml).toContain(`<w:pgSz w:w="11906" w:h="16838"`);
    expect(xml).toContain('<w:pStyle w:val="Title"/></w:pPr><w:r><w:t xml:space="preserve">江湾镇党委主要负责人2025年度述法报告<');
    const paragraphs = xml.split('<w:p>').slice(1).map((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
    const bodyTexts = paragraphs.filter(Boolean);
    for (const t of bodyTexts) expect(t, t).not.toMatch(/要写|可用事实|可用表述/);
    expect(bodyTexts).not.toContain(template.text);
    // One comment a heading, anchored on it; the suggestions and the 期满 note are in comments.xml.
    const headings = outline.sections.filter((s) => s.included && s.heading).length;
    expect(xml.match(/<w:commentRangeStart /g)).toHaveLength(headings + 1); // and the opening's, on the 主送机关 line
    expect(xml.match(/<w:commentReference /g)).toHaveLength(headings + 1);
    expect(comments).toContain(`可用表述：${template.text}`);
    expect(comments).toContain('可用表述：深入实施“八五”普法规划（期满，2021—2025年：规划期已满，写2026年的工作时不再写。）');
    expect(comments).toContain('要写：');
  });
});

describe('choices in the URL', () => {
  it('round-trips every type and level, with short stable keys', () => {
    for (const type of REPORT_TYPES) {
      for (const level of OUTLINE_LEVELS) {
        const c: OutlineChoices = { type, level, year: 2026, organ: '江湾镇人民政府', off: ['problems', 'opening'], phrases: ['si-ge-qinzi', 'a-b'] };
        const q = choicesToQuery(c);
        expect([...new URLSearchParams(q).keys()]).toEqual(['t', 'l', 'y', 'o', 'x', 'p']);
        expect(queryToChoices(`?${q}`, { year: 2000 })).toEqual({ ...c, off: ['opening', 'problems'], phrases: ['a-b', 'si-ge-qinzi'] });
        expect(choicesToQuery(queryToChoices(q, { year: 2000 }))).toBe(q);
      }
    }
  });

  it('tells the default picks (no p) from none ticked (empty p), and restores the same outline', () => {
    const dflt = queryToChoices(choicesToQuery(base), { year: 2000 });
    expect(dflt.phrases).toBeUndefined();
    expect(dflt).toEqual(base);
    const none = queryToChoices(choicesToQuery({ ...base, phrases: [] }), { year: 2000 });
    expect(none.phrases).toEqual([]);
    const ticked = allPhrases(buildOutline(base, data)).filter((p) => p.ticked).map((p) => p.id);
    const shared = queryToChoices(choicesToQuery({ ...base, phrases: ticked, off: ['rectification'] }), { year: 2000 });
    expect(outlineToDocument(buildOutline(shared, data))).toEqual(outlineToDocument(buildOutline({ ...base, off: ['rectification'] }, data)));
  });

  it('opens a link with the former 述职报告 type (issue 29) as a 述法报告 outline, and rewrites its slug', () => {
    // The default is another type, so only the old slug itself can pick 述法报告.
    const old = queryToChoices('t=first-responsibility-duty&l=township&y=2026', { year: 2026, type: '法治建设工作自查报告' });
    expect(old).toEqual({ type: '述法报告', level: '乡镇', year: 2026, organ: '' });
    expect(choicesToQuery(old)).toBe('t=shufa&l=township&y=2026');
    expect(REPORT_TYPES).not.toContain('履行推进法治建设第一责任人职责述职报告');
  });

  it('falls back to defaults for missing or unknown values', () => {
    expect(queryToChoices('t=nope&l=planet&y=abc&x=%3Cscript%3E&p=ok.BAD.also-ok', { year: 2026 })).toEqual({
      type: '述法报告',
      level: '县级',
      year: 2026,
      organ: '',
      phrases: ['ok', 'also-ok'],
    });
    expect(choicesToQuery({ type: '法治政府建设年度报告', level: '部门', year: 2026, organ: '' })).toBe('t=law-based-government-annual&l=department&y=2026');
  });
});

describe('organ names from a link or a flag', () => {
  it('drops control characters, U+FFFE/U+FFFF and lone surrogates, and keeps at most 40 characters', () => {
    expect(organName(' 江湾镇\u001b[31m\uFFFE\uFFFF\ud800党委\u0085 ')).toBe('江湾镇[31m党委');
    expect(organName('𠀀'.repeat(50))).toBe('𠀀'.repeat(40));
    expect(queryToChoices(`o=${encodeURIComponent('某'.repeat(500))}`, { year: 2026 }).organ).toBe('某'.repeat(40));
  });
  it('keeps the file name within 255 bytes whatever the link holds', () => {
    const name = outlineFileName({ organ: '𠀀'.repeat(500), year: 2026, type: '法治政府建设年度报告' });
    expect(name).toBe(`${'𠀀'.repeat(40)}2026年度法治政府建设年度报告提纲.docx`);
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(255);
  });
});

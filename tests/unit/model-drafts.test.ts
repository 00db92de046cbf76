/**
 * 示范稿 (issue 28): every draft in src/content/model-drafts passes 报告体检 with the compiled
 * rules (no 错误, no dated or wrong wording, no missing section), uses no 期满 or 已过时 phrase of the
 * bank, covers its guide's sections in order at the length of its type; and the nine type × level
 * combinations all exist. The draft reader's fact markup and section assignment are tested on
 * small inputs.
 */
import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkDraft, type CheckOptions } from '../../src/shared/draft-check/index.ts';
import { assignSections, draftBlocks, draftGongwen, draftText } from '../../src/shared/model-draft.ts';
import { TO_REPLACE_STYLE, gongwenDocument } from '../../src/shared/outline/gongwen-docx.ts';
import { modelStartFor } from '../../src/shared/outline/model-start.ts';
import { phraseSpansIn } from '../../src/shared/phrase-spans.ts';
import { MODEL_DRAFT_LABEL, MODEL_DRAFT_LEVELS, modelDraftSchema, type ModelDraftData } from '../../src/shared/schemas/model-draft.ts';
import { PUBLIC_REPORT_TYPES } from '../../src/shared/schemas/vocab.ts';
import { checkModelDrafts } from '../../src/build/checks/model-drafts.ts';
import { loadCompiled, loadGuides, loadPhrases } from '../../scripts/lib/content-rules.ts';
import { contentFiles, fileId, readMarkdown } from '../../scripts/lib/content-files.ts';

const compiled = loadCompiled();
const guides = loadGuides();
const dated = loadPhrases().filter((p) => p.status === 'expired' || p.status === 'outdated');
const drafts = contentFiles('model-drafts', 'md').map((f) => {
  const { data, body } = readMarkdown<unknown>('model-drafts', f);
  return { id: fileId(f), body, data: modelDraftSchema.parse(data) as ModelDraftData };
});

describe('the model drafts', () => {
  it('cover each report type for a township, a county government and a county department', () => {
    const have = new Set(drafts.map((d) => `${d.data.reportType}/${d.data.level}`));
    for (const type of PUBLIC_REPORT_TYPES) for (const level of Object.keys(MODEL_DRAFT_LEVELS)) expect(have, `${type}/${level}`).toContain(`${type}/${level}`);
  });

  it('pass the build checks: every guide section in order, 2026 signed in 2027, the length of their type', () => {
    const problems = checkModelDrafts(drafts, guides.map((g) => ({ id: g.slug, reportTypes: g.reportTypes, sections: g.sections })));
    expect(problems).toEqual([]);
  });

  for (const d of drafts) {
    describe(d.id, () => {
      const guide = guides.find((g) => g.reportTypes.includes(d.data.reportType))!;
      const blocks = draftBlocks(d.body);

      it('passes 报告体检 with no 错误, no dated wording and no missing section', () => {
        const findings = checkDraft(draftText(d.data.title, blocks), compiled, { type: guide.slug as CheckOptions['type'], year: d.data.year }).findings;
        const bad = findings.filter((f) => f.level === 'error' || ['substitution', 'title', 'structure', 'existence', 'order'].includes(f.type));
        expect(bad.map((f) => `${f.rule} ${f.level}: ${f.text}`)).toEqual([]);
      });

      it('uses no 期满 or 已过时 phrase of the bank', () => {
        const used = blocks.flatMap((b) => phraseSpansIn(b.text, dated).map((s) => `${s.phrase.id}: ${b.text.slice(s.start, s.end)}`));
        expect(used).toEqual([]);
      });

      it('marks illustrative facts and keeps the markup out of the text', () => {
        expect(blocks.reduce((n, b) => n + b.facts.length, 0)).toBeGreaterThan(10);
        for (const b of blocks) {
          expect(b.text).not.toMatch(/[{}]/);
          for (const f of b.facts) expect(b.text.slice(f.start, f.end)).toBe(f.text);
        }
      });
    });
  }
});

describe('draftBlocks', () => {
  const body = '县委：\n\n全年开展{{12次}}学法，参加{{96人}}。\n\n## 一、学习情况\n\n学了{{3部}}法律。\n\n青禾镇党委书记\n\n2027年1月12日\n';
  const blocks = draftBlocks(body);

  it('reads facts as offsets into the plain text', () => {
    expect(blocks[1].text).toBe('全年开展12次学法，参加96人。');
    expect(blocks[1].facts).toEqual([
      { start: 4, end: 7, text: '12次' },
      { start: 12, end: 15, text: '96人' },
    ]);
    expect(blocks[2]).toMatchObject({ kind: 'heading', level: 2, text: '一、学习情况' });
  });

  it('marks the 落款 and 成文日期 as closing lines', () => {
    expect(blocks.map((b) => b.closing)).toEqual([false, false, false, false, true, true]);
  });

  it('assigns each block to the section it falls under and reports a section out of order or missing', () => {
    const ok = assignSections(blocks, [{ section: 'opening', startsWith: '县委' }, { section: 'study', startsWith: '一、学习' }], ['opening', 'study']);
    expect(ok).toEqual({ sectionOf: ['opening', 'opening', 'study', 'study', 'study', 'study'], problems: [] });
    const bad = assignSections(blocks, [{ section: 'study', startsWith: '一、学习' }], ['opening', 'study', 'next']);
    expect(bad.problems).toEqual(['缺少撰写指引中的部分：opening、next', '第一个部分应从正文第一段开始']);
  });

  it('puts the label first in the .docx model, without the markup', () => {
    const model = draftGongwen('标题', body);
    expect(model.blocks[0]).toEqual({ paragraph: MODEL_DRAFT_LABEL });
    expect(JSON.stringify(model)).not.toMatch(/[{][{]/);
    expect(model.date).toBe('2027年1月12日');
  });
});

/** A draft's .docx, unzipped: its parts as text. */
async function docxParts(title: string, body: string): Promise<Record<string, string>> {
  const files = unzipSync(new Uint8Array(await Packer.toBuffer(gongwenDocument(draftGongwen(title, body)))));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}
const texts = (xml: string) => [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
/** The text of each run in the 待替换 style. */
const toReplaceRuns = (xml: string) =>
  [...xml.matchAll(/<w:r>(?:(?!<\/w:r>).)*?<\/w:r>/gs)].map((r) => r[0]).filter((r) => r.includes(`<w:rStyle w:val="${TO_REPLACE_STYLE.id}"/>`)).map(texts);

describe('a draft as a .docx: the label on every page, the facts to replace in the 待替换 style', () => {
  const d = drafts.find((x) => x.id === 'qinghe-town-shufa-2026')!;
  const blocks = draftBlocks(d.body);

  it('puts the label in the header of every page, odd and even, and nowhere a first-page header differs', async () => {
    const parts = await docxParts(d.data.title, d.body);
    const document = parts['word/document.xml'];
    const refs = [...document.matchAll(/<w:headerReference w:type="(\w+)" r:id="(\w+)"\/>/g)].map((m) => m[1]).sort();
    expect(refs).toEqual(['default', 'even']);
    expect(document).not.toContain('<w:titlePg');
    const headers = Object.keys(parts).filter((n) => /^word\/header\d+\.xml$/.test(n));
    expect(headers).toHaveLength(2);
    for (const h of headers) expect(texts(parts[h])).toBe(MODEL_DRAFT_LABEL);
  });

  it('defines 待替换 as a character style Word shows highlighted', async () => {
    const styles = (await docxParts(d.data.title, d.body))['word/styles.xml'];
    const style = new RegExp(`<w:style w:type="character" w:styleId="${TO_REPLACE_STYLE.id}">.*?</w:style>`, 's').exec(styles)?.[0] ?? '';
    expect(style).toContain('<w:name w:val="待替换"/>');
    expect(style).toMatch(/<w:highlight w:val="yellow"\/>|<w:shd /);
  });

  it('writes every marked fact, and nothing else, in the 待替换 style', async () => {
    const document = (await docxParts(d.data.title, d.body))['word/document.xml'];
    const facts = blocks.filter((b) => !b.closing).flatMap((b) => b.facts.map((f) => f.text));
    expect(facts.length).toBeGreaterThan(10);
    expect(toReplaceRuns(document)).toEqual(facts);
    // The text itself is unchanged: the body paragraphs read as the page does.
    for (const b of blocks.filter((x) => !x.closing && x.facts.length)) expect(texts(document)).toContain(b.text);
  });

  it('leaves a model without header or marks as before: no header part, no 待替换 run', async () => {
    const files = unzipSync(new Uint8Array(await Packer.toBuffer(gongwenDocument({ title: '标题', blocks: [{ paragraph: '全年开展12次学法。' }] }))));
    expect(Object.keys(files).filter((n) => n.startsWith('word/header'))).toEqual([]);
    expect(toReplaceRuns(strFromU8(files['word/document.xml']))).toEqual([]);
  });
});

describe('modelStartFor: the 示范稿 to start an outline from', () => {
  const start = (slug: string, level: ModelDraftData['level'], reportType = '述法报告') => ({ slug, title: slug, reportType, level, levelLabel: MODEL_DRAFT_LEVELS[level], href: `/model-drafts/${slug}/`, docx: `/model-drafts/${slug}/${slug}.docx` });
  const starts = {
    述法报告: [start('town', 'township'), start('county', 'county'), start('dept', 'department')],
    法治建设工作自查报告: [start('street', 'township', '法治建设工作自查报告')],
  };

  it('opens the draft of the same type and level', () => {
    expect(modelStartFor(starts, '述法报告', '乡镇')).toEqual({ start: starts.述法报告[0], sameLevel: true });
    expect(modelStartFor(starts, '述法报告', '县级')?.start.slug).toBe('county');
    expect(modelStartFor(starts, '述法报告', '部门')?.start.slug).toBe('dept');
  });

  it('falls back to the nearest level of the same type, and says so', () => {
    expect(modelStartFor(starts, '述法报告', '市级')).toEqual({ start: starts.述法报告[1], sameLevel: false });
    expect(modelStartFor(starts, '法治建设工作自查报告', '部门')).toEqual({ start: starts.法治建设工作自查报告[0], sameLevel: false });
  });

  it('offers nothing for a type without drafts', () => {
    expect(modelStartFor(starts, '法治政府建设年度报告', '乡镇')).toBeUndefined();
  });
});

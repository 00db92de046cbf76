/**
 * Issue 25, round 2: the general changes made while studying the v1 evaluation set (now development
 * data). Each case is a shape of text, not an item of the set.
 */
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { fazhiTermRule } from '../../src/shared/draft-check/substitution-rules.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';

const compiled = loadCompiled();
const check = (text: string, year = 2026) => checkDraft(text, compiled, { year, type: 'law-based-government-annual-report' }).findings;
const rulesOf = (text: string, year = 2026) => check(text, year).flatMap((f) => [f.rule, ...(f.merged ?? [])]);

describe('法制 forms of the phrase bank’s current 法治 terms', () => {
  it('are derived from the bank: each current term with 法治 gives its 法制 form, fixed to the term', () => {
    const r = fazhiTermRule([
      { id: 'a', text: '法治副校长', note: '', pattern: 'term' },
      { id: 'b', text: '全面依法治〔县〕', note: '', pattern: 'term' },
      { id: 'c', text: '法治宣传教育的长篇固定提法不在其内', note: '', pattern: 'fixed' },
      { id: 'd', text: '法治督察', note: '', pattern: 'term', status: 'outdated' },
    ])!;
    expect(r.patterns).toEqual(['法制副校长']);
    expect(r.fixFor).toEqual({ 法制副校长: '法治副校长' });
    expect(r.level).toBe('hint');
  });
  it('flag 法制副校长, 民主法制示范村 and 法制督察 as hints, and leave 法制审核 and history alone', () => {
    for (const [text, fix] of [['全县中小学全部配备法制副校长。', '改为：法治副校长'], ['新创建省级民主法制示范村2个。', '改为：民主法治示范村'], ['开展年度法制督察。', '改为：法治督察']] as const) {
      const f = check(text).find((x) => x.rule === 'phrase-fazhi-terms');
      expect(f, text).toMatchObject({ level: 'hint', fix });
    }
    expect(rulesOf('重大执法决定均经法制审核。')).not.toContain('phrase-fazhi-terms');
    expect(rulesOf('该村2009年被命名为省级民主法制示范村。')).not.toContain('phrase-fazhi-terms');
  });
});

describe('old wording quoted as history', () => {
  it('is silent in a sentence that opens with an earlier year or names the old period', () => {
    expect(rulesOf('2016年中办、国办印发规定，明确党政主要负责人要坚持宪法法律至上，反对以言代法、以权压法、徇私枉法。')).not.toContain('sub-fandui-yiyan-daifa-2016');
    expect(rulesOf('改革开放初期，我国法制建设提出了“有法可依、有法必依、执法必严、违法必究”的要求。')).toEqual([]);
    expect(rulesOf('“六五”普法期间称“法制宣传教育”，“七五”以后统一称“法治宣传教育”。')).toEqual([]);
  });
  it('still speaks where the sentence is about the year reported on', () => {
    expect(rulesOf('2026年，我县深入开展法制宣传教育。')).toContain('sub-fazhi-xuanchuan-jiaoyu');
    expect(rulesOf('2025年，金城乡坚持有法可依、有法必依、执法必严、违法必究。', 2026)).toContain('sub-youfa-keyi');
  });
});

describe('outdated wording found in the development items', () => {
  it('flags a shortened 2015 target list, the old 复议法 wording and the 十九届 formula; keeps the full target to the phrase rule', () => {
    expect(rulesOf('以建设权责法定、执法严明、公开公正、廉洁高效、守法诚信的法治政府为目标。')).toContain('sub-lianjie-gaoxiao-shoufa-chengxin');
    const full = check('基本建成职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信的法治政府。');
    expect(full.map((f) => f.rule)).toEqual(['phrase-fazhi-zhengfu-mubiao-2015']);
    expect(check('发挥行政复议保障和监督行政机关依法行使职权的作用。')[0]).toMatchObject({ level: 'error', text: '保障和监督行政机关依法行使职权' });
    expect(check('对申请人不服的具体行政行为进行审查。')[0]).toMatchObject({ level: 'hint', text: '具体行政行为', fix: '改为：行政行为' });
    expect(rulesOf('对申请人不服的具体行政行为进行审查。', 2023)).toEqual([]);
    expect(check('全面贯彻党的十九大和十九届历次全会精神。')[0]).toMatchObject({ level: 'error', rule: 'sub-shijiu-jie-lici-quanhui' });
    expect(check('深入贯彻党的二十大和二十届二中、三中全会精神。')[0]).toMatchObject({ level: 'hint', rule: 'sub-ershi-jie-er-san-zhong-2026' });
    expect(rulesOf('深入贯彻党的二十大和二十届二中、三中全会精神。', 2025)).toEqual([]);
  });
});

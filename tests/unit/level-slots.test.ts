/**
 * Level slots (〔县〕〔镇〕〔局〕, src/shared/normalize.ts): one entry covers every level's form, in
 * grounding (templateToRegExp), the 标出规范表述 marks (findSpans), the draft checker (literal
 * patterns, one per form) and search (the entry's passage must hold every form). The build runs
 * the same checks (checkLevelSlots, levelFormsIndexed) over the whole bank.
 */
import { describe, expect, it } from 'vitest';
import { hasLevelSlot, levelForms, normalize, templateToRegExp } from '../../src/shared/normalize.ts';
import { findSpans } from '../../src/shared/phrase-spans.ts';
import { checkDraft, compileRules } from '../../src/shared/draft-check/index.ts';
import { checkLevelSlots } from '../../src/build/checks/phrases.ts';
import { levelFormsIndexed } from '../../src/build/search-index.ts';

const marked = (wording: string, text: string) => findSpans(wording, text).map((s) => text.slice(s.start, s.end));
const COMMITTEE = '全面依法治〔县〕委员会';

describe('levelForms', () => {
  it('expands a level slot into every level form, and a repeated slot varies together', () => {
    expect(levelForms(COMMITTEE)).toEqual(['省', '市', '州', '盟', '县', '区', '旗', '镇', '乡'].map((l) => `全面依法治${l}委员会`));
    expect(levelForms('〔县〕委全面依法治〔县〕办')).toContain('市委全面依法治市办');
    expect(levelForms('〔县〕委全面依法治〔县〕办')).not.toContain('县委全面依法治市办');
    expect(levelForms('〔镇〕法治建设领导小组')).toEqual(['镇法治建设领导小组', '乡法治建设领导小组', '街道法治建设领导小组']);
    expect(levelForms('召开〔次数〕次会议')).toEqual(['召开〔次数〕次会议']);
    expect(hasLevelSlot('召开〔次数〕次会议')).toBe(false);
    expect(hasLevelSlot(COMMITTEE)).toBe(true);
  });
});

describe('grounding and marks', () => {
  it('match each level form, and only it', () => {
    const re = templateToRegExp(COMMITTEE);
    for (const form of levelForms(COMMITTEE)) expect(re.test(normalize(`召开${form}第一次会议`)), form).toBe(true);
    expect(re.test(normalize('中央全面依法治国委员会'))).toBe(false);
    expect(re.test(normalize('全面依法治理委员会'))).toBe(false);
  });
  it('mark exactly the form, never more', () => {
    expect(marked(COMMITTEE, '区委召开全面依法治区委员会第三次会议。')).toEqual(['全面依法治区委员会']);
    expect(marked(COMMITTEE, '中央全面依法治国委员会印发意见。')).toEqual([]);
    expect(marked('〔镇〕法治建设领导小组', '成立街道法治建设领导小组，')).toEqual(['街道法治建设领导小组']);
    expect(marked('〔县〕委全面依法治〔县〕办', '经市委全面依法治市办审定')).toEqual(['市委全面依法治市办']);
  });
  it('the build check passes for good templates and names none', () => {
    expect(checkLevelSlots([{ id: 'x', data: { text: COMMITTEE, variants: ['〔县〕委全面依法治〔县〕办'] } }])).toEqual([]);
  });
});

describe('draft checker', () => {
  it('turns a level slot in an outdated wording into one pattern per form', () => {
    const compiled = compileRules([], [
      { id: 'old', text: '依法治〔县〕领导小组', note: '机构改革后改称委员会。', status: 'outdated', replacedBy: 'new' },
      { id: 'new', text: COMMITTEE, note: '现行名称。' },
    ]);
    const hits = (text: string) => checkDraft(text, compiled).findings.filter((f) => f.rule === 'phrase-old').map((f) => f.text);
    expect(hits('本市依法治市领导小组办公室')).toEqual(['依法治市领导小组']);
    expect(hits('本镇依法治镇领导小组')).toEqual(['依法治镇领导小组']);
    expect(hits('依法治国领导小组')).toEqual([]);
  });
});

describe('search', () => {
  const passage = (text: string) => ({ url: '/phrases/party-leadership/#x', copy: COMMITTEE, text });
  it('the build fails when a phrase passage lacks one of its forms', () => {
    const all = `${COMMITTEE}\u2029各级写法：${levelForms(COMMITTEE).join('、')}`;
    expect(() => levelFormsIndexed(passage(all))).not.toThrow();
    expect(() => levelFormsIndexed(passage(`${COMMITTEE}\u2029各级写法：全面依法治市委员会`))).toThrow(/全面依法治省委员会/);
  });
});

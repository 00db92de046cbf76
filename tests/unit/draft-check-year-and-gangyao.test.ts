/**
 * Two follow-ups to round 10: the report's year is read from a title written in Han numerals (the page
 * guesses the year when the writer does not give one), and the bare 《法治政府建设实施纲要》 finding does not
 * send a writer on 2026 to the expired 2021—2025 纲要 as current guidance; a 落款 typed with the letter O (二O二七年) is a 落款.
 */
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { layout } from '../../src/shared/draft-check/text.ts';
import { compiled, rulesIn } from './helpers/draft-check.ts';

const body = ['一、主要工作', '全年召开常务会议研究法治议题6次。', '二、存在问题', '部分执法人员能力不足。', '三、下一步工作', '加强执法监督。'];

describe('the year of a title in Han numerals', () => {
  it('is read as the report year, so the 落款 is checked against it', () => {
    const early = ['某县人民政府二〇二六年度法治政府建设情况报告', ...body, '某县人民政府', '2026年11月20日'].join('\n');
    const late = ['某县人民政府二〇二六年度法治政府建设情况报告', ...body, '某县人民政府', '2027年1月20日'].join('\n');
    const report = checkDraft(early, compiled, {});
    expect(report.year).toBe(2026);
    expect(report.findings.flatMap(rulesIn).some((r) => r.includes('signoff'))).toBe(true);
    expect(checkDraft(late, compiled, {}).findings.flatMap(rulesIn).some((r) => r.includes('signoff'))).toBe(false);
  });
});

describe('a bare 《法治政府建设实施纲要》', () => {
  it('asks which 纲要 is meant and does not offer the 2021—2025 纲要 as current guidance for 2026', () => {
    const text = ['某县人民政府2026年度法治政府建设情况报告', '全年深入贯彻《法治政府建设实施纲要》，推进依法行政。', ...body.slice(2), '某县人民政府', '2027年1月20日'].join('\n');
    const f = checkDraft(text, compiled, { year: 2026, type: 'law-based-government-annual-report' }).findings.find((x) => rulesIn(x).includes('title-fazhi-zhengfu-gangyao-no-year'));
    expect(f?.text).toBe('《法治政府建设实施纲要》');
    expect(f?.fix).toContain('2015—2020年');
    expect(f?.fix).toContain('2021—2025年');
    expect(f?.fix).toContain('期满');
    expect(f?.fix).not.toMatch(/^写作《法治政府建设实施纲要（2021—2025年）》/);
  });
});

describe('a 落款 dated with the letter O for 〇', () => {
  it('is still read as the 落款', () => {
    const text = ['某县2026年度法治政府建设情况报告', ...body, '某县人民政府', '二O二七年一月二十日'].join('\n');
    const lay = layout(text);
    expect(lay.signoff.map((i) => lay.lines[i]!.text)).toEqual(['某县人民政府', '二O二七年一月二十日']);
  });
});

describe('a sentence that opens with 回顾', () => {
  it('recalls every plan it names, even two in a row; the same plan cited without 回顾 is still reported', () => {
    const report = (line: string) => ['某县2025年度法治政府建设情况报告', '一、主要工作', line, '二、存在问题', '执法力量不足。', '某县人民政府', '2026年1月20日'].join('\n');
    const cited = (line: string) => checkDraft(report(line), compiled, { year: 2025, type: 'law-based-government-annual-report' }).findings.filter((f) => rulesIn(f).some((r) => r.startsWith('expired-document')));
    expect(cited('回顾“十三五”以来的工作，我县先后对照《法治政府建设实施纲要（2015—2020年）》和《法治政府建设实施纲要（2021—2025年）》推进各项任务。')).toEqual([]);
    expect(cited('全年对照《法治政府建设实施纲要（2015—2020年）》推进各项任务。').length).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import {
  headingDepth,
  headingLevels,
  isPageFooter,
  normalizePunctuation,
  normalizeWhitespace,
  rejoinBrokenLines,
  splitRunInHeading,
  stripPaywallMarkers,
} from '../../src/shared/importer/rules.ts';
import { detectDate, detectReportType, detectYear, detectAuthorRole } from '../../src/shared/importer/meta.ts';
import { cleanReport, importReport } from '../../src/shared/importer/index.ts';

const filler = '本年度认真履行推进法治建设第一责任人职责，'.repeat(12);

describe('stripPaywallMarkers', () => {
  it('removes markers on their own line and in mid-word', () => {
    const { text, removed } = stripPaywallMarkers('本##paidbegin##地贯彻落实\n##paidend##\n');
    expect(text).toBe('本地贯彻落实\n\n');
    expect(removed).toBe(2);
  });
  it('is case- and space-tolerant', () => {
    expect(stripPaywallMarkers('a## PaidBegin ##b').text).toBe('ab');
  });
});

describe('isPageFooter', () => {
  it.each(['— - 1 - —', '- 2 -', '—3—', '第 4 页', '第4页共9页'])('drops %s', (line) => expect(isPageFooter(line)).toBe(true));
  it.each(['2024年1月19日', '一、履职情况', '12', 'abc'].slice(0, 2))('keeps %s', (line) => expect(isPageFooter(line)).toBe(false));
});

describe('normalizeWhitespace', () => {
  it('removes spaces that touch Chinese text, keeps them between Latin words', () => {
    expect(normalizeWhitespace('2023 年度党政主要负责人 第一责任人')).toBe('2023年度党政主要负责人第一责任人');
    expect(normalizeWhitespace('　　（一）加强学习 ')).toBe('（一）加强学习');
    expect(normalizeWhitespace('PDF   file  名称')).toBe('PDF file名称');
  });
});

describe('normalizePunctuation', () => {
  it('makes brackets and commas full-width in Chinese text', () => {
    expect(normalizePunctuation('(一)健全制度,强化领导')).toBe('（一）健全制度，强化领导');
    expect(normalizePunctuation('述职人：江湾镇人民政府镇长（)')).toBe('述职人：江湾镇人民政府镇长（）');
  });
  it('leaves decimals, times and Latin-only lines alone', () => {
    expect(normalizePunctuation('问题解决率98.1%，时间9:30')).toBe('问题解决率98.1%，时间9:30');
    expect(normalizePunctuation('(a, b)')).toBe('(a, b)');
  });
});

describe('headingDepth', () => {
  it.each([
    ['一、履职情况', 1],
    ['十二、其他', 1],
    ['（一）上一年度', 2],
    ['1、坚持政治引领', 3],
    ['2.践行法治理念', 3],
    ['（1）带头抓学习', 4],
    ['一是强化组织领导', 0],
    ['2023年以来', 0],
    ['1.5倍', 0],
  ])('%s → %i', (line, depth) => expect(headingDepth(line)).toBe(depth));
});

describe('rejoinBrokenLines', () => {
  it('joins a long line that stops mid-word to the next line (seed 001)', () => {
    const { lines, joined } = rejoinBrokenLines(['标题', '二是法治思维仍需加强。个别村居、个别干部整体的法治意识、法治思', '维、法治氛围还不够强不够浓。']);
    expect(lines).toEqual(['标题', '二是法治思维仍需加强。个别村居、个别干部整体的法治意识、法治思维、法治氛围还不够强不够浓。']);
    expect(joined).toBe(1);
  });
  it('never joins short lines, headings, the title, or lines ending in punctuation', () => {
    const input = ['金城乡2023年法治政府建设工作报告这是一个较长的标题行', '(一)健全制度、强化领导，法治政府建设保障有力', '乡党委、政府对法治政府建设高度重视，将其纳入全年工作重点。', '中共金城乡委员会', '金城乡人民政府', '2024年1月19日'];
    expect(rejoinBrokenLines(input).lines).toEqual(input);
  });
  it('does not join a long line onto a following heading', () => {
    const input = ['标题', '一年来虽然取得了一定成绩但也存在一些不足主要表现在', '（一）理论学习氛围不浓。'];
    expect(rejoinBrokenLines(input).joined).toBe(0);
  });
});

describe('splitRunInHeading', () => {
  it('splits a heading that runs on into its paragraph (seed 002)', () => {
    expect(splitRunInHeading('（一）加强法律法规学习宣传，提高法治素养。持续开展以宪法为核心的学习。')).toEqual({
      heading: '（一）加强法律法规学习宣传，提高法治素养。',
      rest: '持续开展以宪法为核心的学习。',
    });
  });
  it('keeps a one-sentence heading whole', () => {
    expect(splitRunInHeading('（一）上一年度述法报告问题整改落实情况。')).toEqual({ heading: '（一）上一年度述法报告问题整改落实情况。', rest: '' });
  });
});

describe('headingLevels', () => {
  it('maps 一、/（一）/1、/（1） to ##/###/####/#####', () => {
    expect(headingLevels([1, 2, 3, 4, 2, 1])).toEqual([2, 3, 4, 5, 3, 2]);
  });
  it('never skips a level when the source does (（1） straight under 一、, seed 003)', () => {
    expect(headingLevels([1, 4, 4, 2, 1])).toEqual([2, 3, 3, 3, 2]);
  });
});

describe('metadata detection', () => {
  it.each([
    ['党员干部2023年度述法报告', '述法报告'],
    // Issue 29: a 第一责任人职责 report is a 述法报告, even when its title names 法治政府建设.
    ['2023年度党政主要负责人履行推进法治建设第一责任人职责述职报告', '述法报告'],
    ['西洞庭管理区关于履行推进法治建设第一责任人职责情况的报告', '述法报告'],
    ['岩山镇党政主要负责人2024年度履行推进法治政府建设第一责任人职责情况报告', '述法报告'],
    ['金城乡2023年法治政府建设工作报告', '法治政府建设年度报告'],
    ['X镇2023年法治建设工作自查报告', '法治建设工作自查报告'],
    ['2023年工作总结', undefined],
  ])('type of %s', (title, type) => expect(detectReportType(title)).toBe(type));
  it('reads year, date and author role', () => {
    expect(detectYear('2023年党组书记述法工作报告', [])).toBe(2023);
    expect(detectDate(['正文。', '（2023年11月24日）'])).toBe('2023-11-24');
    expect(detectDate(['2024年1月19日'])).toBe('2024-01-19');
    expect(detectAuthorRole(['述职人：江湾镇人民政府镇长（）'])).toBe('江湾镇人民政府镇长');
  });
});

describe('importReport', () => {
  const raw = `X镇2023年法治建设工作自查报告\n一、学习贯彻A法治思想情况\n${filler}对*个部门开展专题询问。\n##paidbegin##二、存在问题\n${filler}\n— - 1 - —\n`;
  it('restores masked names visibly and keeps masked numbers and places', () => {
    const { body, frontmatter } = importReport(raw, { organ: '镇党委', level: '乡镇', authorRole: '镇党委' });
    expect(body).toContain('## 一、学习贯彻<ins class="restored" title="原文作“A”，编者补为“习近平”">习近平</ins>法治思想情况');
    expect(body).toContain('<span class="redaction" title="原文在此隐去了数字或地名">\\*</span>个部门');
    expect(body).not.toMatch(/paid|— - 1/);
    expect(frontmatter.title).toBe('X镇2023年法治建设工作自查报告');
    expect(frontmatter.reportType).toBe('法治建设工作自查报告');
    expect(frontmatter.editorialNotes.join('')).toMatch(/补全/);
    expect(frontmatter.editorialNotes.join('')).toMatch(/隐去了 1 处/);
  });
  it('lists the flags for fields it cannot detect', () => {
    expect(importReport(raw).missing.map((m) => m.flag)).toEqual(['--organ', '--level', '--author-role']);
  });
  it('refuses text that is not a report', () => {
    expect(() => cleanReport('你好，这是一条很短的消息。', 'msg.txt')).toThrow(/msg\.txt：正文只有 \d+ 个汉字/);
  });
  it('refuses an unknown --type or --level with the allowed values', () => {
    expect(() => importReport(raw, { type: '工作总结' }, 'a.txt')).toThrow(/a\.txt：--type “工作总结” 不是已知的报告类型。修正方法：请从以下选择：述法报告/);
    expect(() => importReport(raw, { level: '村级' }, 'a.txt')).toThrow(/乡镇、县级、市级、省级/);
  });
  it('accepts the former type name 履行推进法治建设第一责任人职责述职报告 and files it as 述法报告', () => {
    expect(importReport(raw, { type: '履行推进法治建设第一责任人职责述职报告' }).frontmatter.reportType).toBe('述法报告');
  });
  it('escapes Markdown syntax so the text renders verbatim', () => {
    const { body } = importReport(`标题2023年述法报告\n一、情况\n# 开头<b>粗体</b>_下划线_${filler}`, { organ: '乡党委', level: '乡镇', authorRole: '书记' });
    expect(body).toContain('\\#开头&lt;b&gt;粗体&lt;/b&gt;\\_下划线\\_');
  });
});

/**
 * Round 58: a filing word put in before the 制 of a fixed name (…告知承诺备案制, v60d-system-name-06, -08), another 制
 * word after the 普法 duty's quoted slogan (“谁执法谁普法”责任追究制, -15), and a title year against a body whose only
 * other year sits in a cited plan's title (《…纲要（2021—2025年）》, v60c-year-contradiction-08). Sentences written
 * for these tests, not taken from the evaluation sets.
 */
import { describe, expect, it } from 'vitest';
import { checkWith, kindOf } from './helpers/draft-check.ts';

const report = (year: number, body: string, titleYear = year) =>
  `某县市场监管局${titleYear}年度法治政府建设工作报告\n一、主要举措和成效\n${year}年，${body}\n二、存在的不足\n学法形式较为单一。\n三、下一步打算\n加强学习培训。\n某县市场监管局\n${year + 1}年1月10日`;
const spans = (kind: string, text: string, year: number) =>
  checkWith(text, { year, type: 'law-based-government-annual-report' }).filter((f) => kindOf.get(f.rule) === kind).map((f) => f.text);
const levels = (text: string, year: number) => checkWith(text, { year, type: 'law-based-government-annual-report' }).filter((f) => kindOf.get(f.rule) === 'system-name').map((f) => f.level);

describe('a filing word before the 制 of a fixed name', () => {
  const caught: [string, string][] = [
    ['我局全面推行证明事项告知承诺备案制，办件量稳步上升。', '告知承诺备案制'],
    ['对涉企经营事项实行告知承诺报备制。', '告知承诺报备制'],
  ];
  for (const [body, span] of caught) it(`reports: ${body}`, () => expect(spans('system-name', report(2025, body), 2025).join('|')).toContain(span));
  it('as a hint', () => expect(levels(report(2025, caught[0]![0]), 2025)).toEqual(['hint']));
  const silent = ['我局全面推行证明事项告知承诺制，办件量稳步上升。', '告知承诺制度落实情况纳入年度考核。', '对承诺不实的申请人建立备案登记台账。'];
  for (const body of silent) it(`stays silent: ${body}`, () => expect(spans('system-name', report(2025, body), 2025)).toEqual([]));
});

describe('another 制 word after the quoted 普法 slogan', () => {
  const caught = ['全面落实“谁执法谁普法”责任追究制，年内开展以案释法活动。', '建立“谁执法谁普法”考核问责制。'];
  for (const body of caught) it(`reports: ${body}`, () => expect(spans('system-name', report(2025, body), 2025).join('|')).toContain('谁执法谁普法'));
  const silent = [
    '全面落实“谁执法谁普法”普法责任制，年内开展以案释法活动。',
    '压实“谁执法谁普法”责任制，各股室分别制定普法清单。',
    '健全“谁执法谁普法”工作机制，年内开展以案释法活动。',
    '落实“谁执法谁普法”普法责任制度，列出普法责任清单。',
  ];
  for (const body of silent) it(`stays silent: ${body}`, () => expect(spans('system-name', report(2025, body), 2025)).toEqual([]));
});

describe('a title year against a body whose other year is in a cited title', () => {
  const body = '我局对照《法治政府建设实施纲要（2021—2025年）》梳理任务清单，全年办理行政复议案件12件。';
  it('reports the title year', () => expect(spans('year-contradiction', report(2026, body, 2025), 2026).join('|')).toContain('2025年度'));
  it('counts a single year in a cited notice title as the year reviewed', () =>
    expect(spans('year-contradiction', report(2025, '根据《关于开展2025年度法治建设工作自查的通知》要求，我局逐项自查。', 2026), 2025).join('|')).toContain('2026年度'));
  it('stays silent when the title year is right', () => expect(spans('year-contradiction', report(2026, body), 2026)).toEqual([]));
  it('stays silent when the body itself reviews the title year too', () =>
    expect(spans('year-contradiction', report(2026, `${body}延续2025年度开展的案卷评查。`, 2025), 2026)).toEqual([]));
});

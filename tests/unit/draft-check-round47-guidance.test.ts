/**
 * Round 47 (notes to the drafter, names, expired plans, signing dates): a part of the text told how to be drafted
 * (标题按…拟写), a note under 注意 on what the problems must match, a 要点 listing topics by form and result; the first slot of
 * “重要组织者、推动者和实践者” filled with another word; an ended plan called the plan of a later year (…实施之年); a 落款
 * dated before the self-inspection the body dates. Each with look-alikes that must stay silent.
 */
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';

const compiled = loadCompiled();
const kindById = new Map(compiled.rules.map((r) => [r.id, r.kind]));
const kindsOf = (f: { rule: string; merged?: string[] }) => [f.rule, ...(f.merged ?? [])].map((id) => kindById.get(id));

function found(text: string, kind: string, type?: string, year?: number) {
  const r = checkDraft(text, compiled, type ? { type: type as never, year } : {});
  return r.findings.filter((f) => kindsOf(f).includes(kind)).map((f) => ({ text: f.text, level: f.level }));
}

const report = (body: string, title = '某县市场监管局2025年度法治建设工作报告') => `${title}\n${body}\n一、主要工作\n全年办理案件30件。\n某县市场监管局\n2026年1月20日\n`;

describe('outline prompts: a part told how to be drafted', () => {
  it.each([
    ['某县市场监管局2025年度法治建设工作报告〔标题按“单位＋年度＋文种”拟写〕', '〔标题按“单位＋年度＋文种”拟写〕'],
    ['某县市场监管局2025年度法治建设工作报告（落款依照公文格式书写）', '（落款依照公文格式书写）'],
    ['某县市场监管局2025年度法治建设工作报告【请按上级通知要求拟写】', '【请按上级通知要求拟写】'],
  ])('%s', (title, span) => {
    expect(found(report('2025年，我局扎实推进依法行政。', title), 'outline-prompt').map((f) => f.text)).toContain(span);
  });
  it.each([
    '某县市场监管局2025年度法治建设工作报告（按省局模板报送）',
    '某县市场监管局2025年度法治建设工作报告（2021—2025年）',
  ])('silent: %s', (title) => {
    expect(found(report('2025年，我局扎实推进依法行政。', title), 'outline-prompt')).toEqual([]);
  });
});

describe('outline prompts: a note on what the problems must match, and topics listed under 要点', () => {
  it.each([
    ['存在的主要问题是执法记录不全。注意：所列问题须与督察反馈意见一致。', '注意：所列问题须与督察反馈意见一致。'],
    ['二是培训不足。提示：上述问题应和年度考核反馈相对应。', '提示：上述问题应和年度考核反馈相对应。'],
    ['（要点：学习次数、学习形式、学习成果）全年集中学法10次。', '（要点：学习次数、学习形式、学习成果）'],
    ['【要点：整改时限、责任单位、整改结果】全部问题已整改。', '【要点：整改时限、责任单位、整改结果】'],
  ])('%s', (body, span) => {
    expect(found(report(body), 'outline-prompt').map((f) => f.text)).toContain(span);
  });
  it.each([
    '要求各单位所列问题须与督察反馈意见一致。',
    '坚持依法行政（要点：依法、规范、高效）。',
    '注意：数据截至2025年12月20日。',
    '要求各单位写明整改时限。',
  ])('silent: %s', (body) => {
    expect(found(report(body), 'outline-prompt')).toEqual([]);
  });
});

describe('system-name: the first slot of 重要组织者、推动者和实践者', () => {
  it.each([
    ['切实履行依法治国重要领导者、推动者和实践者的职责。', '重要领导者'],
    ['当好法治建设重要引领者、推动者和实践者。', '重要引领者'],
    ['履行依法治国决策者、推动者和实践者职责。', '决策者'],
  ])('%s', (body, span) => {
    expect(found(report(body), 'system-name')).toContainEqual({ text: span, level: 'error' });
  });
  it.each([
    '切实履行依法治国重要组织者、推动者和实践者的职责。',
    '切实履行法治建设重要组织者、推动者和实践者职责。',
    '发挥党委领导者作用，当好推动者。',
  ])('silent: %s', (body) => {
    expect(found(report(body), 'system-name')).toEqual([]);
  });
});

describe('expired-document-as-guidance: the report\'s own purpose is no recall of the plan', () => {
  const r2024 = (body: string) => `某区卫健委主任2024年度述法报告\n${body}\n一、主要工作\n全年办理案件30件。\n述法人：某某\n2025年1月20日\n`;
  it('以“七五”普法规划为指引，为全面总结经验…，现将…述法如下', () => {
    const text = r2024('本人以“七五”普法规划为指引，为全面总结经验、查找差距，现将本人2024年度履职情况述法如下。');
    expect(found(text, 'expired-document-as-guidance').map((f) => f.text)).toContain('以“七五”普法规划为指引');
  });
  it.each([
    '为全面总结“七五”普法规划实施经验，现将有关情况报告如下。',
    '对照“七五”普法规划，全面总结经验，现将有关情况报告如下。',
  ])('silent: %s', (body) => {
    expect(found(r2024(body), 'expired-document-as-guidance')).toEqual([]);
  });
});

describe('expired-document-as-guidance: an ended plan called the plan of a later year', () => {
  const r2026 = (body: string) => `某县司法局2026年度法治建设工作报告\n${body}\n一、主要工作\n全年办理案件30件。\n某县司法局\n2027年1月20日\n`;
  it.each([
    ['今年是“八五”普法规划深化之年，我局开展普法宣传12场。', '“八五”普法规划深化之年'],
    ['2026年，我校作为“八五”普法规划实施之年的牵头单位推进普法。', '“八五”普法规划实施之年'],
  ])('%s', (body, span) => {
    expect(found(r2026(body), 'expired-document-as-guidance').map((f) => f.text)).toContain(span);
  });
  it('one finding where the plan is also read as the year\'s basis', () => {
    expect(found(r2026('2026年是“八五”普法规划关键之年，我局推进普法。'), 'expired-document-as-guidance')).toHaveLength(1);
  });
  it.each([
    '2025年是“八五”普法规划收官之年，我局完成总结验收。',
    '回顾2024年，作为“八五”普法规划攻坚之年，我局成效明显。',
  ])('silent: %s', (body) => {
    expect(found(r2026(body), 'expired-document-as-guidance')).toEqual([]);
  });
  it('silent in a year inside the plan', () => {
    const text = '某县司法局2024年度法治建设工作报告\n2024年是“八五”普法规划深化之年，我局推进普法。\n一、主要工作\n正文。\n某县司法局\n2025年1月20日\n';
    expect(found(text, 'expired-document-as-guidance')).toEqual([]);
  });
});

describe('signing-date: signed before the self-inspection the body dates', () => {
  const selfCheck = (body: string, signed: string) => `某县水利局关于2025年度法治建设工作的自查报告\n${body}\n一、自查情况\n正文。\n某县水利局\n${signed}\n`;
  it.each([
    ['根据上级部署，我局于2026年1月组织开展了2025年度法治建设工作自查。现报告如下。', '2025年12月26日'],
    ['2026年1月10日至15日，局里成立专班进行了全面自查。', '2025年12月30日'],
  ])('%s', (body, signed) => {
    expect(found(selfCheck(body, signed), 'signing-date', 'self-inspection-report', 2025)).toContainEqual({ text: signed, level: 'hint' });
  });
  it.each([
    ['根据上级部署，我局于2025年12月组织开展了自查。', '2025年12月26日'],
    ['我局将于2026年1月组织开展自查整改“回头看”。', '2025年12月26日'],
    ['根据上级部署，我局于2026年1月组织开展了自查。', '2026年1月26日'],
  ])('silent: %s', (body, signed) => {
    expect(found(selfCheck(body, signed), 'signing-date', 'self-inspection-report', 2025)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';
import { restatedLookedBack } from '../../src/shared/draft-check/restated-looked-back.ts';
import { layout } from '../../src/shared/draft-check/text.ts';
import { normalise } from '../../src/shared/draft-check/normalize.ts';

const compiled = loadCompiled();
const report = (opening: string, body: string, problems: string, plans = '继续抓好法治建设。') =>
  `某区市场监督管理局2025年度法治建设工作报告\n2025年，我局坚持依法行政，${opening}现报告如下。\n一、主要工作\n${body}\n二、存在的问题\n一是基层执法力量不足。${problems}\n三、下一步打算\n${plans}\n`;
/** What this round's reader marks, as text. */
const marked = (opening: string, body: string, problems: string, plans?: string) => {
  const text = report(opening, body, problems, plans);
  const ctx = { text, norm: normalise(text), layout: layout(text), hits: [], type: undefined, year: 2025 } as unknown as Parameters<typeof restatedLookedBack>[0];
  return restatedLookedBack(ctx).map((m) => text.slice(m.start, m.end));
};
/** The checker's number-mismatch findings on the draft, as text and level. */
const hints = (opening: string, body: string, problems: string, plans?: string) => {
  const text = report(opening, body, problems, plans);
  return checkDraft(text, compiled, { year: 2025 }).findings.filter((f) => f.rule === 'consistency-summary-total').map((f) => `${text.slice(f.start, f.end)}:${f.level}`);
};

describe('a year figure granted in a concession in the problems part (round 55)', () => {
  it('marks a count granted with 虽然/尽管 … 但 that differs from the body, words before the number', () => {
    const body = '（一）强化执法监督。全年开展执法检查，评查执法案卷126卷，发现问题均已整改。';
    expect(marked('', body, '尽管全年评查执法案卷162卷，但案卷质量仍不均衡。')).toEqual(['评查执法案卷162卷']);
    expect(hints('', body, '尽管全年评查执法案卷162卷，但案卷质量仍不均衡。')).toContain('评查执法案卷162卷:hint');
  });
  it('reads the body count after a clause that ended an earlier 其中 list', () => {
    const body = '（一）推进普法。办理投诉举报53件，其中转办20件、自办33件，群众满意度明显提升，开展普法宣讲21场次，受众3000人次。';
    expect(marked('', body, '虽然开展普法宣讲12场次，但覆盖面不够广。')).toEqual(['开展普法宣讲12场次']);
  });
  it('marks a rate granted with the subject before 虽, the opening giving another value', () => {
    expect(marked('全年行政执法案卷评查优良率为98%，', '（一）规范执法。完善执法程序。', '案卷评查优良率虽达到91%，但个别案卷说理不充分。')).toEqual(['案卷评查优良率虽达到91%']);
  });
  it('stays silent when the granted figure agrees, names a part or another period, or has no 但', () => {
    const body = '（一）强化执法监督。全年开展执法检查，评查执法案卷126卷，发现问题均已整改。';
    expect(marked('', body, '尽管全年评查执法案卷126卷，但案卷质量仍不均衡。')).toEqual([]);
    expect(marked('', body, '尽管上半年评查执法案卷62卷，但案卷质量仍不均衡。')).toEqual([]);
    expect(marked('', body, '尽管评查执法案卷中线上评查62卷，但案卷质量仍不均衡。')).toEqual([]);
    expect(marked('', body, '全年评查执法案卷162卷，案卷质量仍不均衡。')).toEqual([]);
    expect(marked('全年行政执法案卷评查优良率为98%，', '（一）规范执法。完善执法程序。', '案卷评查优良率虽较上年提高到91%，但个别案卷说理不充分。')).toEqual([]);
    expect(marked('全年行政执法案卷评查优良率为98%，', '（一）规范执法。完善执法程序。', '投诉处理满意率虽达到91%，但个别案件处理偏慢。')).toEqual([]);
  });
});

describe('a past count carried on in the plans, number first (round 55)', () => {
  const opening = '全年组织公职律师审核合同文本58份，';
  it('marks the count after 确保 whose noun and act are the earlier count\'s', () => {
    expect(marked(opening, '（一）依法决策。完善合同管理。', '', '发挥公职律师作用，确保85份合同文本审核经验形成制度。')).toEqual(['85份合同文本']);
  });
  it('stays silent on a target, the same number, another noun, or a plan without 确保/巩固/继续', () => {
    expect(marked(opening, '（一）依法决策。完善合同管理。', '', '发挥公职律师作用，确保58份合同文本审核经验形成制度。')).toEqual([]);
    expect(marked(opening, '（一）依法决策。完善合同管理。', '', '力争审核合同文本不少于85份。')).toEqual([]);
    expect(marked(opening, '（一）依法决策。完善合同管理。', '', '确保85份行政协议审核经验形成制度。')).toEqual([]);
    expect(marked(opening, '（一）依法决策。完善合同管理。', '', '计划审核85份合同文本。')).toEqual([]);
    expect(marked(opening, '（一）依法决策。完善合同管理。', '', '确保85份合同文本按时完成审核。')).toEqual([]);
  });
});

describe('a part of a named whole larger than the whole (round 55)', () => {
  const opening = '全年受理政府信息公开申请45件，';
  it('marks the part after …中， that exceeds the year\'s whole', () => {
    expect(marked(opening, '（一）推进政务公开。完善公开目录。', '受理的政府信息公开申请中，54件涉及征收补偿事项。')).toEqual(['54件']);
  });
  it('stays silent on a part smaller than the whole or of another whole', () => {
    expect(marked(opening, '（一）推进政务公开。完善公开目录。', '受理的政府信息公开申请中，15件涉及征收补偿事项。')).toEqual([]);
    expect(marked(opening, '（一）推进政务公开。完善公开目录。', '办理的行政复议案件中，54件涉及征收补偿事项。')).toEqual([]);
    expect(marked(opening, '（一）推进政务公开。完善公开目录。', '上半年受理的政府信息公开申请中，54件涉及征收补偿事项。')).toEqual([]);
  });
});

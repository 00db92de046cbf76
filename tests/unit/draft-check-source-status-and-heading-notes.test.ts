import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';

const compiled = loadCompiled();
const report = (title: string, heading: string, body: string) =>
  `${title}\n一、${heading}\n${body}\n二、存在的问题\n一是基层执法力量薄弱。\n三、2026年工作安排\n2026年，我局将持续规范执法。\n某县自然资源局\n2026年2月10日\n`;
const TITLE = '某县自然资源局关于2025年度法治政府建设情况的报告';
const notes = (title: string, heading: string, body = '全年办理行政许可860件。') =>
  checkDraft(report(title, heading, body), compiled, { year: 2025 })
    .findings.filter((f) => f.rule === 'outline-prompt' || f.merged?.includes('outline-prompt'))
    .map((f) => f.text);

describe('a bracket naming the source to write from (round 37)', () => {
  it('reads a verb of following, a source and a verb of writing or 的表述', () => {
    expect(notes(TITLE, '主要举措和成效（依照市政府督查通报第二条内容撰写）')).toEqual(['（依照市政府督查通报第二条内容撰写）']);
    expect(notes(TITLE, '主要举措和成效', '全年办理行政许可860件（请参照去年报告第一部分的写法）。')).toEqual(['（请参照去年报告第一部分的写法）']);
    expect(notes(TITLE, '主要举措和成效（对照评估细则第7条逐项填写落实情况）')).toEqual(['（对照评估细则第7条逐项填写落实情况）']);
  });
  it('stays silent on a report following a rule in its work, with no verb of writing', () => {
    expect(notes(TITLE, '主要举措和成效', '土地征收补偿标准（参照执行）。')).toEqual([]);
    expect(notes(TITLE, '主要举措和成效', '各乡镇执法记录仪配备（按上级要求执行）。')).toEqual([]);
    expect(notes(TITLE, '主要举措和成效', '年度自查共12项（对照考核指标，全部达标）。')).toEqual([]);
    expect(notes(TITLE, '主要举措和成效', '行政执法公示（参照省厅统一格式）。')).toEqual([]);
    expect(notes(TITLE, '主要举措和成效', '将合法性审查（按照上级要求写入）年度计划。')).toEqual([]);
  });
});

describe('a draft status with a request for material (round 37)', () => {
  it('reads 初稿, 讨论稿 or 送审稿 followed by a request to add or complete', () => {
    expect(notes(`${TITLE}（讨论稿，待政策法规股完善数据）`, '主要举措和成效')).toEqual(['（讨论稿，待政策法规股完善数据）']);
    expect(notes(`${TITLE}（送审稿，请执法大队补充典型案例）`, '主要举措和成效')).toEqual(['（送审稿，请执法大队补充典型案例）']);
  });
  it('stays silent on a draft sent out for comment', () => {
    expect(notes(`${TITLE}（征求意见稿）`, '主要举措和成效')).toEqual([]);
    expect(notes(`${TITLE}（征求意见稿，请于3月1日前反馈意见）`, '主要举措和成效')).toEqual([]);
  });
});

describe('a bracket telling the drafter to make up the heading (round 37)', () => {
  it('reads 标题自拟, 自拟标题, 小标题自定', () => {
    expect(notes(TITLE, '（自拟标题，概括全年主要成效）')).toEqual(['（自拟标题，概括全年主要成效）']);
    expect(notes(TITLE, '主要举措和成效（小标题自定）')).toEqual(['（小标题自定）']);
  });
  it('stays silent on the rules of an essay contest or writing the report tells of', () => {
    expect(notes(TITLE, '主要举措和成效', '开展“宪法在我心中”征文活动（题目自拟，字数不限）。')).toEqual([]);
    expect(notes(TITLE, '主要举措和成效', '组织青年干部撰写学法体会（标题自拟）。')).toEqual([]);
    expect(notes(TITLE, '主要举措和成效', '印发参考文献目录（参考文献）。')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';

const compiled = loadCompiled();
const report = (opening: string, body: string, problems: string) =>
  `某区农业农村局2025年度法治建设工作报告\n2025年，我局坚持依法行政，${opening}现报告如下。\n一、主要工作\n${body}\n二、存在的问题\n${problems}\n三、下一步打算\n继续抓好法治建设。\n`;
const summary = (opening: string, body: string, problems: string) =>
  checkDraft(report(opening, body, problems), compiled, { year: 2025 }).findings.filter((f) => f.rule === 'consistency-summary-total' || f.rule === 'consistency-parts-sum');

describe('one session count restated number-first in the problems section', () => {
  it('marks the same noun with another number (集中学法 … 全年N次集中学法中)', () => {
    const found = summary('', '（一）抓学习。我局把宪法和民法典列为中心组学习重点内容，全年组织集中学法14次。（二）抓执法。办理执法案件120件。', '一是学用结合不够，全年12次集中学法中案例教学偏少。');
    expect(found.map((f) => f.level)).toEqual(['hint']);
  });
  it('marks another qualifier of one head only when the digits are swapped (专题学法 27 … 72次会前学法)', () => {
    expect(summary('', '（一）抓学习。全年开展专题学法27次。（二）抓执法。办理执法案件120件。', '一是学习形式单一，本年度72次会前学法中互动研讨不多。')).toHaveLength(1);
  });
  it('stays silent on another qualifier whose number is simply different (a kind, maybe a part)', () => {
    expect(summary('', '（一）抓学习。全年开展专题学法27次。（二）抓执法。办理执法案件120件。', '一是学习形式单一，全年30次集中学法中互动研讨不多。')).toEqual([]);
  });
  it('stays silent when the count agrees, or when the measure is counted twice before', () => {
    expect(summary('', '（一）抓学习。全年组织集中学法14次。', '一是全年14次集中学法中案例教学偏少。')).toEqual([]);
    expect(summary('', '（一）抓学习。上半年组织集中学法6次，全年组织集中学法14次。', '一是全年41次集中学法中案例教学偏少。')).toEqual([]);
  });
});

describe('the year’s 法治建设 meetings said two ways', () => {
  it('marks the opening’s topics against the later meetings (研究法治建设事项 … N次法治建设专题会议均)', () => {
    const found = summary('党组全年研究法治建设事项6次，', '（一）压实责任。主要负责人全年召开的8次法治建设专题会议均印发会议纪要。', '一是基层力量不足。');
    expect(found).toHaveLength(1);
    expect(found[0]!.level).toBe('hint');
  });
  it('stays silent on reports heard, which are another measure', () => {
    expect(summary('主要负责人听取法治建设工作汇报6次，', '（一）压实责任。全年召开的8次法治建设专题会议均印发会议纪要。', '一是基层力量不足。')).toEqual([]);
  });
  it('stays silent when the numbers agree or the later count is not the year’s whole', () => {
    expect(summary('党组全年研究法治建设议题8次，', '（一）压实责任。全年召开的8次法治建设专题会议均印发会议纪要。', '一是基层力量不足。')).toEqual([]);
    expect(summary('党组全年研究法治建设议题8次，', '（一）压实责任。其中3次法治建设专题会议由主要负责人主持。', '一是基层力量不足。')).toEqual([]);
  });
});

describe('two outcomes of one review listed after 其中', () => {
  it('marks 提出修改意见 and 直接审核通过 that do not add up to the files reviewed', () => {
    expect(summary('', '（一）规范文件。全年审核行政规范性文件42件，其中提出修改意见11件、直接审核通过25件。', '一是基层力量不足。')).toHaveLength(1);
  });
  it('stays silent when they add up, or when 通过 is not said to be 直接 (the list may leave files out)', () => {
    expect(summary('', '（一）规范文件。全年审核行政规范性文件42件，其中提出修改意见11件、直接审核通过31件。', '一是基层力量不足。')).toEqual([]);
    expect(summary('', '（一）规范文件。全年审核行政规范性文件42件，其中提出修改意见11件、审核通过25件。', '一是基层力量不足。')).toEqual([]);
  });
});

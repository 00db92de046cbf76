/**
 * Round 31: instructions to the drafter about reworking the text (a part of the text told what to be, rework from an
 * earlier text, what to mind, how many points), 要点： with a verb of bringing out, and a sentence asking someone to act
 * on the draft before it is final — and the report's own brackets and requests that must stay silent.
 */
import { describe, expect, it } from 'vitest';
import { ofKind } from './helpers/draft-check.ts';

const REPORT = (line: string) => `某县司法局2026年度法治政府建设情况报告\n现将有关情况报告如下。\n一、主要举措和成效\n${line}\n二、存在的不足\n执法培训不够。\n某县司法局\n2027年1月10日`;
const prompts = (line: string) => ofKind('outline-prompt', REPORT(line)).map(([t]) => t);

describe('instructions to the drafter (round 31)', () => {
  it.each([
    ['全年审核文件18件。（题目请按“机关名称＋年度＋报告”的格式调整）', '（题目请按“机关名称＋年度＋报告”的格式调整）'],
    ['全年审核文件18件。（成效部分不少于四点，每点附数据）', '（成效部分不少于四点，每点附数据）'],
    ['全年审核文件18件。（不足要分主观和客观两方面）', '（不足要分主观和客观两方面）'],
    ['全年审核文件18件。（可参照去年总结第二部分修改，注意更新数据）', '（可参照去年总结第二部分修改，注意更新数据）'],
    ['全年审核文件18件。（署名用单位规范简称）', '（署名用单位规范简称）'],
    ['全年审核文件18件。（成文日期使用阿拉伯数字）', '（成文日期使用阿拉伯数字）'],
    ['全年审核文件18件。（要点：体现主要负责人亲自部署）', '（要点：体现主要负责人亲自部署）'],
    ['全年审核文件18件。（请按本年度实际更新数字）', '（请按本年度实际更新数字）'],
    ['全年审核文件18件。（此处举一至两个典型案例）', '（此处举一至两个典型案例）'],
    ['全年审核文件18件。（案例须为本年度办理的）', '（案例须为本年度办理的）'],
    ['本段请办公室复核统计数字后再定稿。', '本段请办公室复核统计数字后再定稿。'],
    ['全年审核文件18件。请政策法规股核实以上数字后定稿。', '请政策法规股核实以上数字后定稿。'],
  ])('flags %s', (line, span) => {
    expect(prompts(line)).toContain(span);
  });

  it.each([
    '制定《某县行政执法监督办法（试行）》，落实《法治政府建设实施纲要（2021—2025年）》。',
    '县司法局（以下简称“局”）全年办理复议案件12件（含不予受理2件）。',
    '要求各单位按统一格式修改执法文书，每季度检查不少于1次。',
    '建立重大事项请示报告制度，提请县政府常务会议审议草案3件。',
    '（要点：依法、规范、高效）',
    '请县委依法治县办对本报告予以审议。',
    '全年开展普法活动26场（见附件1）。',
    '推进数字政府建设（数字政府建设需求清单12项），执法数据实时更新（数据来源：县统计局），案例库收录典型案例12件（含行政复议案例3件）。',
    '严格落实落款日期审核制度，执法文书日期用阿拉伯数字填写率100%。',
  ])('leaves %s alone', (line) => {
    expect(prompts(line)).toEqual([]);
  });
});

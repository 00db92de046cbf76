// Round 44 of issue 25: an ended plan's own yardstick (验收标准, 考核细则) used for later work, a dated target still followed
// (仍按“到2025年…”的标准), and notes to the drafter that tell a part what to match (提示：此处问题应与…对照), glued to a heading
// (一、…情况注：…) or saying the part is still being put together (（以下内容由各科室提供后汇总）).
import { describe, expect, it } from 'vitest';
import { ofKind } from './helpers/draft-check.ts';

const kindTexts = (kind: string, text: string, year: number) => ofKind(kind, text, year).map(([t]) => t);

/** Each [year, line] in a report on that year gives no finding of `kind`. */
const expectSilent = (kind: string, cases: readonly (readonly [number, string])[]) => {
  for (const [year, line] of cases) expect(kindTexts(kind, report(year, line), year)).toEqual([]);
};

/** An annual report on `year` whose first section holds `line`. */
const report = (year: number, line: string) =>
  `某县司法局关于${year}年度法治政府建设情况的报告\n${year}年，我局深入学习贯彻习近平法治思想。现将有关情况报告如下。\n一、主要举措和成效\n${line}\n二、存在的问题\n基层执法力量不足。\n三、下一年度工作安排\n继续推进依法行政。\n某县司法局\n${year + 1}年2月1日`;

describe('expired-document-as-guidance: an ended plan’s own yardstick made the standard of later work', () => {
  it('catches the plan’s 验收标准, 考核细则 or 终期评估指标 after a verb of citing', () => {
    expect(kindTexts('expired-document-as-guidance', report(2024, '（一）深化普法。我局对照“七五”普法规划验收标准开展今年的普法自评。'), 2024)).toContain('对照“七五”普法规划验收标准');
    expect(kindTexts('expired-document-as-guidance', report(2023, '（一）深化普法。全区按“六五”普法规划考核细则组织本年度考评。'), 2023).join()).toContain('“六五”普法规划');
    expect(kindTexts('expired-document-as-guidance', report(2025, '（一）深化普法。参照“七五”普法规划终期评估指标，对各村普法阵地逐一打分。'), 2025).join()).toContain('“七五”普法规划终期评估指标');
  });
  it('stays silent on the plan’s acceptance in its own years or the year after, and on a plan told as closed', () => {
    expectSilent('expired-document-as-guidance', [
      [2026, '（一）深化普法。对照“八五”普法规划验收标准开展总结评估。'],
      [2021, '（一）深化普法。对照“七五”普法规划验收标准完成终期验收。'],
      [2022, '（一）深化普法。2020年，我县对照“七五”普法规划验收标准完成验收。'],
      [2024, '（一）深化普法。“七五”普法规划验收标准曾是我县普法考评的依据，现已改用“八五”普法规划的指标。'],
    ]);
  });
});

describe('expired-document-as-guidance: a dated target still followed after its year, after 按 alone', () => {
  it('catches 仍按 / 继续按 / 沿用 the target', () => {
    expect(kindTexts('expired-document-as-guidance', report(2026, '（一）队伍建设。今年仍按“到2025年每个行政村至少培养3名”的标准配备“法律明白人”。'), 2026).join()).toContain('到2025年每个行政村至少培养3名');
    expect(kindTexts('expired-document-as-guidance', report(2026, '（一）队伍建设。各村继续按到2025年每村培养3名法律明白人的要求开展培养。'), 2026)).toHaveLength(1);
    expect(kindTexts('expired-document-as-guidance', report(2026, '（一）队伍建设。镇里沿用到2025年每个行政村至少培养3名的标准开展遴选。'), 2026)).toHaveLength(1);
  });
  it('stays silent on the target met, on 按期, and in the target’s own year', () => {
    expectSilent('expired-document-as-guidance', [
      [2026, '（一）队伍建设。全县已按期完成到2025年每个行政村至少培养3名的目标。'],
      [2025, '（一）队伍建设。按到2025年每个行政村至少培养3名的目标，全县培养法律明白人1200名。'],
      [2026, '（一）队伍建设。到2025年每个行政村至少培养3名的目标按时实现，今年转入按上级新部署培训。'],
    ]);
  });
});

describe('outline-prompt: notes telling a part what to match, glued to a heading, or saying the part is being put together', () => {
  it('catches 提示：此处问题应与…对照 and the same in other words', () => {
    expect(kindTexts('outline-prompt', report(2024, '提示：此处问题应与上年度督察反馈意见对照。一是学法不够深入。'), 2024).join()).toContain('提示：此处问题应与上年度督察反馈意见对照。');
    expect(kindTexts('outline-prompt', report(2024, '注：整改措施要与问题逐条对应。'), 2024)).toEqual(['注：整改措施要与问题逐条对应。']);
    expect(kindTexts('outline-prompt', report(2024, '（一）规范执法。全年办理案件30件。本段举措须和年初工作要点相衔接。'), 2024)).toEqual(['本段举措须和年初工作要点相衔接。']);
  });
  it('catches a note’s label glued to a heading’s text', () => {
    expect(kindTexts('outline-prompt', report(2024, '（一）规范执法情况注：本部分应对照考核细则逐项撰写。'), 2024)).toEqual(['注：本部分应对照考核细则逐项撰写。']);
    expect(kindTexts('outline-prompt', report(2024, '（一）普法工作提示：本段措施要和问题一一对照。'), 2024)).toEqual([]);
    expect(kindTexts('outline-prompt', report(2024, '（一）普法宣传提示：本段措施要和问题一一对照。'), 2024)).toEqual(['提示：本段措施要和问题一一对照。']);
  });
  it('catches a bracket saying who supplies the part before it is put together', () => {
    expect(kindTexts('outline-prompt', report(2024, '（以下内容由各科室提供后汇总）'), 2024)).toEqual(['（以下内容由各科室提供后汇总）']);
    expect(kindTexts('outline-prompt', report(2024, '（一）规范执法。【本部分数据待办公室报送后补充】'), 2024)).toEqual(['【本部分数据待办公室报送后补充】']);
  });
  it('catches a bracket naming what is still to be added, standing alone after a sentence at the line’s end', () => {
    expect(kindTexts('outline-prompt', report(2024, '（一）规范执法。全年办理案件30件。（待补充典型事例）'), 2024)).toEqual(['（待补充典型事例）']);
    expect(kindTexts('outline-prompt', report(2024, '（一）规范执法。全年办理案件30件。【尚待补写整改案例】'), 2024)).toEqual(['【尚待补写整改案例】']);
  });
  it('leaves a slot inside a sentence to the placeholder rules, and a report’s own bracket silent', () => {
    expect(kindTexts('outline-prompt', report(2024, '（一）规范执法。全年办理案件（待补充）件。'), 2024)).toEqual([]);
    expect(kindTexts('outline-prompt', report(2024, '（一）规范执法。全年办理案件30件（待补充典型事例），结案率98%。'), 2024)).toEqual([]);
    expect(kindTexts('outline-prompt', report(2024, '（一）规范执法。对申请材料不全的，一次性告知。（需补充材料的限期补正）'), 2024)).toEqual([]);
  });
  it('stays silent on a report’s own 提示, a source note, a place called 此处 and a requirement on the units', () => {
    for (const line of [
      '（一）合同管理。法律顾问提示：此处合同内容应与招标文件对照。',
      '（一）合同管理。全年制发风险提示函12份，提示各单位措施应与问题对应。',
      '（一）合同管理风险提示：合同条款应与招标文件一致。',
      '（一）合同审查。法律顾问出具提示：合同条款应与招标文件一致，我局已采纳。',
      '（一）数据来源。（以下数据由县统计局提供）全年办理案件30件。',
      '（一）河道治理。此处河道应与上游堤防衔接，已完成整治。',
      '（一）督察整改。本局要求整改措施应与督察反馈问题一一对照，逐项销号。',
    ]) expect(kindTexts('outline-prompt', report(2024, line), 2024)).toEqual([]);
  });
});

describe('system-name: 述法 written 诉法 or merged into 述廉法', () => {
  it('catches 诉法 beside a word of the 述法 occasion, and 述廉法', () => {
    expect(kindTexts('system-name', report(2024, '（一）述法评议。组织下属单位主要负责人开展现场诉法，接受评议。'), 2024)).toEqual(['现场诉法']);
    expect(kindTexts('system-name', report(2024, '（一）述法评议。年终诉法评议结果纳入年度考核。'), 2024)).toEqual(['年终诉法']);
    expect(kindTexts('system-name', report(2024, '（一）述法评议。主要负责人在年终述职中同步述廉法。'), 2024)).toEqual(['述廉法']);
  });
  it('stays silent on 起诉法院, 申诉法律援助 and 述职述廉述法', () => {
    for (const line of ['（一）法律援助。为群众提供申诉法律援助32件，指导当事人依法起诉法院。', '（一）述法评议。领导班子成员带头述职述廉述法，在述职述廉会上述法。']) {
      expect(kindTexts('system-name', report(2024, line), 2024)).toEqual([]);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';

const compiled = loadCompiled();
const kinds = (text: string, year: number) =>
  checkDraft(text, compiled, { year }).findings.filter((f) => !f.rule.startsWith('structure') && f.rule !== 'numbering-skip').map((f) => [f.rule, f.text]);
const has = (text: string, year: number, rule: string) => kinds(text, year).some(([r]) => r === rule);
const annual = (year: number, body: string, plans = `四、下一步工作安排\n${year + 1}年，我局将持续推进依法行政。`) =>
  `某县水利局${year}年度法治政府建设工作报告\n${year}年，我局扎实推进法治政府建设，全年召开专题会议8次。现将有关情况报告如下。\n一、主要工作及成效\n${body}\n二、存在问题\n基层执法力量薄弱。\n${plans}\n某县水利局\n${year + 1}年2月3日\n`;

describe('a drafter note saying the part waits for material from another office (outline-prompt)', () => {
  it('flags the note under a label, whatever the material is called', () => {
    expect(has(annual(2024, '全年审核文件20件。\n说明：本段待办公室提供数据后补写。'), 2024, 'outline-prompt')).toBe(true);
    expect(has(annual(2024, '全年审核文件20件。\n备注：此部分内容待执法大队报送相关案例后再补充。'), 2024, 'outline-prompt')).toBe(true);
  });
  it('stays silent on a source note or a step that is no drafting', () => {
    expect(has(annual(2024, '全年审核文件20件。（以下数据由县统计局提供）'), 2024, 'outline-prompt')).toBe(false);
    expect(has(annual(2024, '本段数据由法制股提供后经局务会审定。'), 2024, 'outline-prompt')).toBe(false);
  });
});

describe('过去一年 is the reported year, not history (fazhi-fazhi, outdated wording)', () => {
  it('keeps the 法制 slip in a sentence opened by 过去一年', () => {
    expect(has(annual(2025, '过去一年，我局持续推进法制建设，审核文件20件。'), 2025, 'sub-fazhi-guannian')).toBe(true);
  });
  it('stays silent where the sentence recalls earlier years', () => {
    expect(has(annual(2025, '回顾过去五年的法制建设历程，我局审核文件逐年增加。'), 2025, 'sub-fazhi-guannian')).toBe(false);
  });
});

describe('a wording renamed by law is no dated target (具体行政行为)', () => {
  it('flags 具体行政行为 in this year\'s work even when the decisions are told as carried out', () => {
    expect(has(annual(2026, '对申请人不服的具体行政行为作出的复议决定均已执行到位。'), 2026, 'sub-juti-xingzheng-xingwei')).toBe(true);
  });
  it('stays silent on the current wording', () => {
    expect(has(annual(2026, '对申请人不服的行政行为作出的复议决定均已执行到位。'), 2026, 'sub-juti-xingzheng-xingwei')).toBe(false);
  });
});

describe('an ended target put to work as this year\'s yardstick (expired-document-as-guidance)', () => {
  it('flags the dated target made this year\'s standard', () => {
    expect(has(annual(2026, '我局把“到2025年每个行政村至少培养3名法律明白人”列入今年目标任务。'), 2026, 'phrase-meige-xingzhengcun-zhishao-3-ming')).toBe(true);
  });
  it('stays silent on the target told with its own year as reached', () => {
    expect(has(annual(2026, '到2025年每个行政村至少培养3名法律明白人的目标已经实现。'), 2026, 'phrase-meige-xingzhengcun-zhishao-3-ming')).toBe(false);
  });
});

describe('重大行政决策 procedures joined by 和 (system-name)', () => {
  it('flags 风险评价 beside 专家论证 or 合法性审查', () => {
    expect(has(annual(2025, '对重大行政决策事项组织专家论证及风险评价。'), 2025, 'system-juece-chengxu-near')).toBe(true);
    expect(has(annual(2025, '决策草案经风险评价与合法性审查后提交常务会议。'), 2025, 'system-juece-chengxu-near')).toBe(true);
  });
  it('stays silent on a safety 风险评价 or the statutory names', () => {
    expect(has(annual(2025, '对水库大坝开展安全风险评价。'), 2025, 'system-juece-chengxu-near')).toBe(false);
    expect(has(annual(2025, '对重大行政决策事项组织专家论证和风险评估。'), 2025, 'system-juece-chengxu-near')).toBe(false);
  });
});

describe('another year labelled as the one 今年以来 speaks of (year-contradiction)', () => {
  it('flags the label even after a long organ name or a school named 第一…', () => {
    expect(has(annual(2024, '全年审核文件20件。2023年是某县第二中学深化依法治校的重要一年，今年以来各项工作有序推进。'), 2024, 'consistency-current-year')).toBe(true);
    expect(has(annual(2024, '全年审核文件20件。2023年是某县水利局贯彻落实本轮法治政府建设实施方案的关键一年，今年以来各项任务扎实推进。'), 2024, 'consistency-current-year')).toBe(true);
  });
  it('stays silent on a history sentence naming another year', () => {
    expect(has(annual(2024, '2023年是全面贯彻党的二十大精神的开局之年，我局由此启动依法治局三年行动。'), 2024, 'consistency-current-year')).toBe(false);
    expect(has(annual(2024, '2023年是我局法治建设的起步之年，2021年以来累计出台制度12项。'), 2024, 'consistency-current-year')).toBe(false);
  });
});

describe('a plan dated in the reported year after a run-in 下一步 heading (year-contradiction)', () => {
  it('flags the year when the heading and the plan share a line', () => {
    expect(has(annual(2025, '全年审核文件20件。', '四、下一步打算。2025年，我局将重点推进执法规范化建设。'), 2025, 'consistency-current-year')).toBe(true);
  });
  it('stays silent on the next year, or on this year\'s work carried on', () => {
    expect(has(annual(2025, '全年审核文件20件。', '四、下一步打算。2026年，我局将重点推进执法规范化建设。'), 2025, 'consistency-current-year')).toBe(false);
    expect(has(annual(2025, '全年审核文件20件。', '四、下一步打算。2025年已启动的执法平台建设，2026年将全面投入使用。'), 2025, 'consistency-current-year')).toBe(false);
  });
});

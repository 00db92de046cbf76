import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';

const compiled = loadCompiled();
const shufa = (year: number, body: string) =>
  `某县市场监管局局长${year}年度述法报告\n${year}年，本人认真履行推进法治建设第一责任人职责，现报告如下。\n一、履行推进法治建设第一责任人职责情况\n${body}\n二、存在的问题\n学法用法还不够深入。\n三、下一步打算\n持续用力。\n`;
const of = (year: number, body: string, rule: string) =>
  checkDraft(shufa(year, body), compiled, { year, type: 'shufa-report' }).findings.filter((f) => f.rule === rule).map((f) => f.text);

describe('a recalled year given its own label is history, not the reported year', () => {
  it('stays silent on a look back to a labelled or base year', () => {
    expect(of(2025, '回顾2023年全面贯彻党的二十大精神开局之年的工作基础，全局执法水平逐年提升。', 'consistency-current-year')).toEqual([]);
    expect(of(2026, '回顾2021年“十四五”开局之年打下的基础，全县法治建设稳步推进。', 'consistency-current-year')).toEqual([]);
    expect(of(2025, '回顾2022年以来的工作，本局执法规范化水平不断提高。', 'consistency-current-year')).toEqual([]);
  });
  it('still flags a review of another year opening the summary', () => {
    expect(of(2025, '回顾2024年，全局办理行政处罚案件120件。', 'consistency-current-year')).toEqual(['2024']);
    expect(of(2025, '回顾2024年的工作，本人带头学法12次。', 'consistency-current-year')).toEqual(['2024']);
  });
});

describe('a law\'s first year in force counted from the year it took effect', () => {
  it('flags a year before the revised law was in force called its first year', () => {
    expect(of(2024, '2023年是新修订的行政复议法施行第一年，本局认真学习。', 'consistency-plan-year')).toHaveLength(1);
    expect(of(2025, '2026年是修订后的行政复议法实施的第一年。', 'consistency-plan-year')).toHaveLength(1);
  });
  it('stays silent on the right year, the next one (a first full year), or the second year', () => {
    expect(of(2024, '2024年是新修订的行政复议法施行第一年，本局认真学习。', 'consistency-plan-year')).toEqual([]);
    expect(of(2025, '2025年是新修订的行政复议法施行第二年，本局持续抓好落实。', 'consistency-plan-year')).toEqual([]);
  });
});

describe('notes naming what to write: item-by-item accounts, 要点 topics, material to add here', () => {
  const notes = (body: string) => of(2025, body, 'outline-prompt');
  it('flags a note telling the drafter to give the account item by item', () => {
    expect(notes('注：述职人应当对照责任清单逐项述法。\n本人带头学法。')).toEqual(['注：述职人应当对照责任清单逐项述法。']);
    expect(notes('提示：须按照职责清单逐条述职。\n本人带头学法。')).toEqual(['提示：须按照职责清单逐条述职。']);
  });
  it('flags a 要点 bracket naming the topic to cover', () => {
    expect(notes('（一）带头依法办事【要点：本人带头依法决策的具体做法】\n本人带头学法。')).toEqual(['【要点：本人带头依法决策的具体做法】']);
    expect(notes('【要点：整改措施落实情况】\n本人带头学法。')).toEqual(['【要点：整改措施落实情况】']);
  });
  it('flags a sentence offering material to add here', () => {
    expect(notes('全年化解纠纷320件。此处可引用两个典型案例加以佐证。')).toEqual(['此处可引用两个典型案例加以佐证。']);
    expect(notes('全年化解纠纷320件。本段宜穿插具体数据。')).toEqual(['本段宜穿插具体数据。']);
  });
  it('stays silent on look-alikes', () => {
    expect(notes('本人对照职责清单逐项述职，接受评议。')).toEqual([]);
    expect(notes('注：本人已对照职责清单逐项述法。')).toEqual([]);
    expect(notes('三、整改情况（要点：依法、规范、高效）')).toEqual([]);
    expect(notes('印发《2025年普法工作要点》，明确任务12项。')).toEqual([]);
    expect(notes('【2025年法治建设工作要点】')).toEqual([]);
    expect(notes('此处设立便民服务点3个。此处引用了行政复议法第一条。')).toEqual([]);
  });
});

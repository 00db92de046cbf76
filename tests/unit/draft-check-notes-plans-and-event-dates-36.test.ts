import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';

const compiled = loadCompiled();
const rulesAt = (text: string, year: number, rule: string) =>
  checkDraft(text, compiled, { year }).findings.filter((f) => f.rule === rule || f.merged?.includes(rule)).map((f) => f.text);

describe('a labelled writing note left after a sentence (round 36)', () => {
  const report = (body: string) => `某县市场监管局2024年度法治政府建设情况报告\n一、主要举措和成效\n${body}\n二、存在的问题\n一是基层执法力量薄弱。\n三、2025年工作安排\n2025年，我局将持续规范执法。\n某县市场监管局\n2025年2月10日\n`;
  const notes = (body: string) => rulesAt(report(body), 2024, 'outline-prompt');
  it('reads a part of the text told what to show, under a label or opening a sentence', () => {
    expect(notes('全年评查案卷40卷。提示：此处应突出评查发现问题的整改情况。')).toEqual(['提示：此处应突出评查发现问题的整改情况。']);
    expect(notes('全年办理许可1200件。本部分要反映“放管服”改革成效。')).toEqual(['本部分要反映“放管服”改革成效。']);
  });
  it('reads a template label for notes wherever the sentence or clause starts', () => {
    expect(notes('一是执法不规范；二是普法不深入。另外，填写说明：原因分析要具体，不要空喊口号。')).toEqual(['填写说明：原因分析要具体，不要空喊口号。']);
    expect(notes('全年开展培训6期。\n编写说明：本段需体现年度重点任务完成情况。')).toEqual(['编写说明：本段需体现年度重点任务完成情况。']);
  });
  it('stays silent on a unit’s own 提示 work and on a narrative 此处', () => {
    expect(notes('向企业发出合规提示函15份，风险提示：企业应当依法纳税申报。')).toEqual([]);
    expect(notes('在服务大厅入口处设立导办台，此处体现了便民服务的理念。')).toEqual([]);
    expect(notes('组织执法人员培训，提示：各执法单位应当落实“谁执法谁普法”要求。')).toEqual([]);
  });
});

describe('a plan sentence dated to the reported year (round 36)', () => {
  const report = (plans: string) => `某镇人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n全年办理行政处罚案件30件。\n二、存在的问题\n一是执法力量薄弱。\n三、2025年工作打算\n${plans}\n某镇人民政府\n2025年2月10日\n`;
  const years = (plans: string) => rulesAt(report(plans), 2024, 'consistency-current-year');
  // The plan reader's own finding (its message), not the current-year reader's other readings of the same rule.
  const planYears = (plans: string) =>
    checkDraft(report(plans), compiled, { year: 2024 }).findings.filter((f) => f.rule === 'consistency-current-year' && f.message.includes('不再是“将”做的事')).map((f) => f.text);
  it('flags the reported year opening a 将 sentence beside the next year’s', () => {
    expect(years('2025年，镇政府将深化普法宣传；2024年，镇政府将继续完善村级法律顾问制度。')).toEqual(['2024']);
    expect(years('2025年，镇党委将健全考核机制。2024年，我们将进一步规范涉企检查。')).toEqual(['2024']);
  });
  it('stays silent on a look back told with 将 as a disposal, and when the section never names the next year', () => {
    expect(planYears('2025年，镇政府将深化普法宣传。2024年，镇政府将法治建设纳入年度考核，取得较好效果。')).toEqual([]);
    expect(planYears('下一步，镇政府将深化普法宣传。2024年，镇政府将继续深化普法宣传。')).toEqual([]);
  });
});

describe('an event named in a report before it happened (round 36)', () => {
  const shufa = (body: string, signed: string, year = 2024) => `中共某县委书记${year}年度述法报告\n一、学习贯彻习近平法治思想情况\n${body}\n二、存在的不足\n学法不够深入。\n述法人：张某\n${signed}\n`;
  const events = (body: string, signed: string, year = 2024) => rulesAt(shufa(body, signed, year), year, 'consistency-event-before-held');
  it('flags a plenum held after the 落款 and after the reported year', () => {
    expect(events('本年度认真学习贯彻党的二十届四中全会精神，组织专题研讨。', '2025年3月24日')).toEqual(['党的二十届四中全会']);
    expect(events('深入贯彻二十届四中全会和中央全面依法治国工作会议精神。', '2025年1月15日')).toEqual(['二十届四中全会']);
  });
  it('stays silent when the event came before the 落款, in the reported year, or is looked forward to', () => {
    expect(events('认真学习贯彻党的二十届三中全会精神。', '2025年3月24日')).toEqual([]);
    expect(events('认真学习贯彻党的二十届四中全会精神。', '2026年1月20日', 2025)).toEqual([]);
    expect(events('认真学习贯彻党的二十大精神。', '2022年6月10日', 2022)).toEqual([]);
    expect(events('迎接党的二十届四中全会胜利召开，组织专题学习。', '2025年3月24日')).toEqual([]);
  });
});

describe('a 落款 before the meeting the body says adopted the report (round 36)', () => {
  const report = (opening: string, signed: string) => `某县司法局2025年度法治政府建设情况报告\n${opening}\n一、主要举措和成效\n全年办理行政复议案件20件。\n某县司法局\n${signed}\n`;
  const early = (opening: string, signed: string) => rulesAt(report(opening, signed), 2025, 'consistency-signoff-before-review');
  it('flags the 落款 dated before the adopting meeting', () => {
    expect(early('本报告已经2026年2月6日局党组会议审议。', '2026年1月20日')).toEqual(['2026年1月20日']);
    expect(early('本报告于2026年2月3日经县政府常务会议研究通过。', '2026年1月28日')).toEqual(['2026年1月28日']);
  });
  it('stays silent on a date of sending or publishing, a later 落款, and another text’s adoption', () => {
    expect(early('本报告经局党组会议审议后，于2026年2月10日报送县政府。', '2026年1月28日')).toEqual([]);
    expect(early('本报告将于2026年4月1日前通过政府网站向社会公开。', '2026年1月28日')).toEqual([]);
    expect(early('本报告已经2026年1月16日局党组会议审议。', '2026年1月20日')).toEqual([]);
    expect(early('县政府常务会议于2026年2月3日审议通过了年度普法计划。', '2026年1月28日')).toEqual([]);
  });
});

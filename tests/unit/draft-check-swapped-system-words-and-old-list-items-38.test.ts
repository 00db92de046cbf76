import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';
import { nextYearTaskAfter } from '../../src/shared/draft-check/expired-citations.ts';

const compiled = loadCompiled();
const findings = (text: string, year = 2025) => checkDraft(text, compiled, { year }).findings;
const ruleTexts = (text: string, rule: string, year = 2025) => findings(text, year).filter((f) => f.rule === rule || f.merged?.includes(rule)).map((f) => f.text);
const kindsOf = (text: string, year = 2025) => findings(text, year).map((f) => compiled.rules.find((r) => r.id === f.rule)?.kind);

describe('证明事项告知承诺制 with 事项 swapped for another word of paperwork', () => {
  const rule = 'system-zhengming-shixiang-gaozhi-chengnuo';
  it('flags 材料, 资料 and 文件 run into the name, whatever follows it', () => {
    expect(ruleTexts('市场监管局坚持便民导向，落实证明材料告知承诺制。', rule)).toEqual(['证明材料告知承诺']);
    expect(ruleTexts('在不动产登记中全面推行证明资料告知承诺制度。', rule)).toEqual(['证明资料告知承诺']);
    expect(ruleTexts('公安分局对户籍业务实行证明文件告知承诺，办件量明显上升。', rule)).toEqual(['证明文件告知承诺']);
  });
  it('leaves the right name and 证明材料 in its own clause alone', () => {
    expect(ruleTexts('教育局全面落实证明事项告知承诺制。', rule)).toEqual([]);
    expect(ruleTexts('人社局精简证明材料，推行告知承诺制。', rule)).toEqual([]);
    expect(ruleTexts('对办理社保业务需要的9项证明材料实行告知承诺。', rule)).toEqual([]);
  });
});

describe('政务服务“好差评” written with a middle grade or with 评 outside the quotes', () => {
  const rule = 'system-hao-cha-ping';
  it('flags the quoted grades followed by 评价 or 评议, and the name under 政务服务', () => {
    expect(ruleTexts('税务分局健全“好中差”评价制度，纳税人满意度提升。', rule)).toEqual(['“好中差”评价']);
    expect(ruleTexts('开展窗口服务“好中差”评议，差评件全部回访。', rule)).toEqual(['“好中差”评议']);
    expect(ruleTexts('医保大厅落实“好差”评价，按月通报。', rule)).toEqual(['“好差”评价']);
    expect(ruleTexts('完善政务服务“好中差”机制。', rule)).toEqual(['政务服务“好中差”']);
  });
  it('leaves the right name and 好中差 as an ordinary grading alone', () => {
    expect(ruleTexts('落实政务服务“好差评”制度，差评整改率100%。', rule)).toEqual([]);
    expect(ruleTexts('村（社区）法律顾问年度考核结果分为“好中差”三个等次。', rule)).toEqual([]);
    expect(ruleTexts('按好、中、差三档评定人民调解员履职情况。', rule)).toEqual([]);
  });
});

describe('an ended plan named as the source of a later year’s tasks through a verb (确定的2026年任务)', () => {
  it('reads the dated share after a verb of laying down, and the relative share after it', () => {
    expect(nextYearTaskAfter('确定的2026年任务分工，持续巩固。', 2025)).toEqual({ year: 2026, length: '确定的2026年任务'.length });
    expect(nextYearTaskAfter('中部署的2027年度重点任务', 2026)).toEqual({ year: 2027, length: '中部署的2027年度重点任务'.length });
    expect(nextYearTaskAfter('明确的明年工作任务', 2025)).toEqual({ year: 2026, length: '明确的明年工作任务'.length });
    expect(nextYearTaskAfter('确定的目标任务，2026年持续巩固', 2025)).toBeNull();
    expect(nextYearTaskAfter('，2026年确定的任务', 2025)).toBeNull();
  });
  it('flags the plan cited for a year after its period', () => {
    const text = '2026年，我局将对照《法治中国建设规划（2020—2025年）》确定的2026年任务分工，持续巩固工作成果。';
    expect(kindsOf(text)).toContain('expired-document-as-guidance');
    expect(kindsOf('下一步，严格落实《法治政府建设实施纲要（2021—2025年）》明确的2027年度工作要点。', 2026)).toContain('expired-document-as-guidance');
  });
  it('stays silent on a year within the period', () => {
    expect(kindsOf('《法治政府建设实施纲要（2021—2025年）》确定的2025年任务全部完成。')).not.toContain('expired-document-as-guidance');
    expect(kindsOf('《法治政府建设实施纲要（2021—2025年）》提出的2023年目标已如期实现。')).not.toContain('expired-document-as-guidance');
  });
});

describe('the 2018 十个坚持 quoted with its first two items (official-phrases.md C1 C2)', () => {
  it('gives one finding that covers both items, whatever separates them', () => {
    const text = '班子成员深入学习，把握坚持加强党对依法治国的领导，坚持人民主体地位的重大意义。';
    const out = findings(text).filter((f) => compiled.rules.find((r) => r.id === f.rule)?.kind === 'outdated-wording');
    expect(out.map((f) => [f.rule, f.text])).toEqual([['sub-shige-jianchi-first-two', '坚持加强党对依法治国的领导，坚持人民主体地位']]);
    expect(out[0]!.fix).toBe('改为：坚持党对全面依法治国的领导、坚持以人民为中心');
  });
  it('keeps one finding when the list is closed by 等核心要义', () => {
    const out = findings('深刻把握坚持加强党对依法治国的领导、坚持人民主体地位等核心要义。').filter((f) => f.level === 'error');
    expect(out).toHaveLength(1);
    expect(out[0]!.merged).toContain('sub-shige-jianchi-first-two');
  });
  it('still flags the first item alone, and leaves 坚持人民主体地位 alone as the 2014 principle', () => {
    expect(ruleTexts('乡党委始终坚持加强党对依法治国的领导。', 'phrase-jianchi-jiaqiang-dang-dui-yifa-zhiguo-de-lingdao')).toEqual(['坚持加强党对依法治国的领导']);
    expect(kindsOf('坚持人民主体地位，坚持法律面前人人平等。')).not.toContain('outdated-wording');
    expect(kindsOf('县政府坚持人民主体地位，把群众满意作为工作标准。')).not.toContain('outdated-wording');
  });
});

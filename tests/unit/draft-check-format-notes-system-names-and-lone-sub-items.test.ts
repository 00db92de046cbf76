import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';

const compiled = loadCompiled();
const TITLE = '东山县司法局2025年度法治政府建设情况报告';
const report = (title: string, body: string) =>
  `${title}\n2025年，我局扎实推进法治建设，现将有关情况报告如下。\n一、主要举措和成效\n${body}\n二、存在的不足\n基层执法力量薄弱。\n三、下一步打算\n加强执法监督。\n东山县司法局\n2026年1月20日\n`;
const findings = (text: string) => checkDraft(text, compiled, { year: 2025 }).findings;
const prompts = (body: string, title = TITLE) =>
  findings(report(title, body))
    .filter((f) => f.rule === 'outline-prompt' || f.merged?.includes('outline-prompt'))
    .map((f) => f.text);
const names = (body: string) =>
  findings(report(TITLE, body))
    .filter((f) => f.rule.startsWith('system-'))
    .map((f) => f.text);

describe('a template note on length or format left in brackets', () => {
  it('reports a title length limit, a word count under its label and a part format', () => {
    expect(prompts('全年办理复议案件12件。', `${TITLE}（题目不超过25字）`)).toEqual(['（题目不超过25字）']);
    expect(prompts('全年办理复议案件12件。（建议字数：800字）')).toEqual(['（建议字数：800字）']);
    expect(prompts('全年办理复议案件12件。', `${TITLE}（落款格式：单位全称＋成文日期）`)).toEqual(['（落款格式：单位全称＋成文日期）']);
  });
  it('leaves a report\'s own brackets alone', () => {
    expect(prompts('制定《东山县行政执法监督办法（试行）》（以下简称《办法》），全年办理案件（含简易程序）56件。')).toEqual([]);
    expect(prompts('落实《法治政府建设实施纲要（2021—2025年）》，执法案件统计如下（单位：件）。')).toEqual([]);
  });
});

describe('a list of topics to cover under 要点', () => {
  it('reports a list whose items each name what to tell', () => {
    expect(prompts('全年办理复议案件12件。（要点：复议案件数量、纠错情况、典型做法）')).toEqual(['（要点：复议案件数量、纠错情况、典型做法）']);
  });
  it('leaves a list of principles alone', () => {
    expect(prompts('坚持依法、规范、高效原则（要点：依法、规范、高效），全年办理复议案件12件。')).toEqual([]);
  });
});

describe('the text marked as an example to remove, and a note against copying', () => {
  it('reports the example notice after a sentence and the labelled warning', () => {
    expect(prompts('全年办理复议案件12件。本段系范例文字，定稿时替换为本单位内容。')).toEqual(['本段系范例文字，定稿时替换为本单位内容。']);
    expect(prompts('执法监督还不够有力。注：整改措施不要和去年报告重复。')).toEqual(['注：整改措施不要和去年报告重复。']);
  });
  it('leaves a warning to units, a risk notice and an example text handed out alone', () => {
    expect(prompts('发布风险提示：各经营主体不得虚假宣传。提示：各单位报送材料不得与上年雷同。')).toEqual([]);
    expect(prompts('编制合同示例文本供各乡镇参考。')).toEqual([]);
  });
});

describe('fixed names recalled wrong', () => {
  it('reports the committee, the duty, the list and the three systems in other words', () => {
    expect(names('按照市委依法治市工作委员会部署开展自查。')).toEqual(['依法治市工作委员会']);
    expect(names('及时向区委依法治区领导委员会报告工作。')).toEqual(['依法治区领导委员会']);
    expect(names('局长履行推进法治建设主体责任人职责。')).toEqual(['法治建设主体责任人职责']);
    expect(names('落实领导干部必知必会党内法规和国家法律清单制度。')).toEqual(['必知必会党内法规和国家法律']);
    expect(names('建立领导干部必知必会法律清单制度。')).toEqual(['必知必会法律清单制度']);
    expect(names('深化依法行政三项制度落实。')).toEqual(['依法行政三项制度']);
  });
  it('leaves the right names and local names alone', () => {
    expect(names('县委全面依法治县委员会办公室组织督察，县委依法治县办跟进。')).toEqual([]);
    // Round 52 reverses round 45 here: 依法治县工作领导小组 at work now is the former group, reported as 依法治县领导小组 always was;
    // the town's own group and the group recalled as renamed stay silent.
    expect(names('镇党委依法治镇工作领导小组召开会议，压实法治建设主体责任。')).toEqual([]);
    expect(names('2019年，原县委依法治县工作领导小组调整为县委全面依法治县委员会。')).toEqual([]);
    // A short name cut in one piece, as ruled since round 19.
    expect(names('落实领导干部应知应会国家法律清单制度。')).toEqual([]);
    // A unit's own list may be named as the unit likes.
    expect(names('编制本局必知必会法律清单，列明20部法律。')).toEqual([]);
    expect(names('落实领导干部应知应会党内法规和国家法律清单制度，推进依法行政，落实行政执法“三项制度”。')).toEqual([]);
  });
});

describe('a lone 1. shaped like the （一） above it', () => {
  const shufa = (part: string) =>
    `中共东山镇委员会书记2025年度述法报告\n一、学习贯彻习近平法治思想情况\n全年学法8次。\n二、履行推进法治建设第一责任人职责情况\n本人认真履职。\n${part}\n三、存在的问题\n一是普法针对性不强。\n`;
  const numbering = (part: string) =>
    findings(shufa(part))
      .filter((f) => /numbering/.test(f.rule))
      .map((f) => `${f.text} ${f.fix ?? ''}`);
  it('reports a title-only 1. after a title-only （一） as the list\'s next item', () => {
    expect(numbering('（一）强化依法决策\n全年审查合同31份。\n1.深化法治乡村建设\n培育法律明白人40名。')).toEqual(['1. 改为 （二）']);
  });
  it('leaves a one-sentence item, a proper sub-list and a differently shaped 1. alone', () => {
    expect(numbering('（一）强化依法决策\n1.审查合同31份，全部合法。')).toEqual([]);
    expect(numbering('（一）强化依法决策\n1.规范合同审查\n全年审查合同31份。\n2.规范文件备案\n全年备案文件5件。')).toEqual([]);
    expect(numbering('（一）强化依法决策\n全年审查合同31份。\n1.规范合同审查。全年审查合同31份。')).toEqual([]);
  });
});

describe('a decision\'s procedure and the third of the three systems named wrong outside their usual place', () => {
  it('reports 风险评价 done for a decision and 集体审议 as the third system', () => {
    expect(names('对重大决策事项开展风险评价，未引发群体性事件。')).toEqual(['决策事项开展风险评价']);
    expect(names('落实行政执法公示、执法全过程记录、重大执法决定集体审议。')).toEqual(['全过程记录、重大执法决定集体审议']);
  });
  it('leaves a safety risk evaluation and a case decided collectively alone', () => {
    expect(names('对危化品企业开展安全风险评价12次。')).toEqual([]);
    expect(names('对情节复杂的案件，重大执法决定经集体审议后作出。')).toEqual([]);
  });
});

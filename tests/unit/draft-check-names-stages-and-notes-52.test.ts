import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';

const compiled = loadCompiled();
const kindOf = new Map(compiled.rules.map((r) => [r.id, r.kind]));

/** A self-inspection report on `year`, signed early the next year, with `work` in its work section and `plans` in its plans. */
const report = (year: number, work: string, plans = '下一步，我局将持续用力。') =>
  `某县交通运输局关于${year}年度法治建设工作的自查报告\n${year}年，我局扎实推进法治建设。现将有关情况报告如下。\n一、主要做法\n${work}\n二、存在的问题\n基层执法力量薄弱。\n三、下一步打算\n${plans}\n某县交通运输局\n${year + 1}年1月20日\n`;

const found = (text: string, year: number) =>
  checkDraft(text, compiled, { year, type: 'self-inspection-report' }).findings.filter((f) => !f.rule.startsWith('structure-'));
const ofKind = (kind: string, text: string, year: number) => found(text, year).filter((f) => kindOf.get(f.rule) === kind).map((f) => f.text);

describe('system names: a word dropped, a wrong count after a verb, the old group with 工作', () => {
  it('flags 证明事项承诺制 with 告知 left out, and no other 承诺制', () => {
    expect(ofKind('system-name', report(2025, '深化改革，在窗口单位推行证明事项承诺制。'), 2025)).toEqual(['证明事项承诺制']);
    expect(ofKind('system-name', report(2025, '在窗口单位推行证明事项告知承诺制，推行企业信用承诺制。'), 2025)).toEqual([]);
  });
  it('flags a count of the decision procedures other than five, a verb between', () => {
    expect(ofKind('system-name', report(2025, '局党组的重大行政决策一律履行四项法定程序。'), 2025)).toEqual(['四项']);
    expect(ofKind('system-name', report(2025, '全年重大行政决策均遵循三项法定程序。'), 2025)).toEqual(['三项']);
    expect(ofKind('system-name', report(2025, '全年重大行政决策均遵循五项法定程序。'), 2025)).toEqual([]);
    expect(ofKind('system-name', report(2025, '重大行政决策履行听证等两项程序。'), 2025)).toEqual([]);
  });
  it('flags 依法治市工作领导小组 at work now, not recalled as the body that was renamed', () => {
    expect(ofKind('system-name', report(2025, '按照市委依法治市工作领导小组部署，开展专项检查2次。'), 2025)).toEqual(['依法治市工作领导小组']);
    expect(ofKind('system-name', report(2025, '2019年，原区委依法治区工作领导小组调整为区委全面依法治区委员会。'), 2025)).toEqual([]);
  });
});

describe('outdated wording: 行政复议 with the old order 保障和监督', () => {
  it('flags the old order named as the role of 行政复议', () => {
    expect(ofKind('outdated-wording', report(2025, '充分发挥行政复议的保障和监督职能，全年纠错3件。'), 2025)).toEqual(['行政复议的保障和监督职能']);
  });
  it('stays silent on the new order and on other bodies', () => {
    expect(ofKind('outdated-wording', report(2025, '充分发挥行政复议监督和保障作用，全年纠错3件。'), 2025)).toEqual([]);
    expect(ofKind('outdated-wording', report(2025, '强化人大对执法工作的保障和监督作用。'), 2025)).toEqual([]);
  });
});

describe('notes to the drafter: how much on each point, entries to add or cut', () => {
  it('flags a 要点 line telling how much to write on each point', () => {
    expect(ofKind('outline-prompt', report(2025, '要点：普法责任、以案释法、法治宣传三块各写一段。\n全年开展普法活动9场。'), 2025)).toEqual(['要点：普法责任、以案释法、法治宣传三块各写一段。']);
  });
  it('flags a template bracket offering its entries to be added or cut', () => {
    expect(ofKind('outline-prompt', report(2025, '一是加强学法。\n（可视本单位情况增减条目）'), 2025)).toEqual(['（可视本单位情况增减条目）']);
    expect(ofKind('outline-prompt', report(2025, '一是加强学法。\n（以上段落可酌情删减）'), 2025)).toEqual(['（以上段落可酌情删减）']);
  });
  it('stays silent on a report telling its units what to fill in and on counts that change', () => {
    expect(ofKind('outline-prompt', report(2025, '要求各单位据实填报统计表，各写一份自查材料。'), 2025)).toEqual([]);
    expect(ofKind('outline-prompt', report(2025, '执法检查频次根据实际情况增减，全年检查12次。'), 2025)).toEqual([]);
  });
});

describe('years: an earlier deadline met, a doubled 年 in the plans', () => {
  it('stays silent on a history sentence about an earlier deadline met', () => {
    expect(ofKind('year-contradiction', report(2024, '2021年底前，本局已建成行政执法监督平台，近年来不断完善，全年接入案件300件。'), 2024)).toEqual([]);
  });
  it('still flags a sentence of results opened by last year', () => {
    expect(ofKind('year-contradiction', report(2024, '2023年，我局办理行政复议案件12件，全部办结。'), 2024)).toEqual(['2023']);
  });
  it('flags a plan dated by the reported year with a doubled 年', () => {
    expect(ofKind('year-contradiction', report(2024, '全年办理行政复议案件12件。', '2024年年，我局将加强执法监督。'), 2024)).toEqual(['2024']);
  });
});

describe('an ended plan whose early stage places a later year', () => {
  it('reports the stage as the ended plan used to place the year, one finding', () => {
    const text = report(2026, '作为“八五”普法规划实施的第二年，全年开展普法活动12场。');
    expect(ofKind('expired-document-as-guidance', text, 2026)).toEqual(['“八五”普法规划实施的第二年']);
    expect(ofKind('year-contradiction', text, 2026)).toEqual([]);
  });
  it('leaves the last year one year late, and the 十N五 periods, to the plan-year reading', () => {
    expect(ofKind('year-contradiction', report(2026, '今年是“八五”普法收官之年，全年开展普法活动12场。'), 2026)).toHaveLength(1);
    expect(ofKind('year-contradiction', report(2026, '今年是“十四五”规划开局之年，全年开展普法活动12场。'), 2026)).toHaveLength(1);
    expect(ofKind('expired-document-as-guidance', report(2026, '今年是“十四五”规划开局之年，全年开展普法活动12场。'), 2026)).toEqual([]);
  });
  it('stays silent on the stage given its own year', () => {
    expect(found(report(2026, '2021年是“八五”普法开局之年，我局当年制定了普法规划。'), 2026).filter((f) => /八五/.test(f.text))).toEqual([]);
  });
});

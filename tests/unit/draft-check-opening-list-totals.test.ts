import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';

// Round 52: the opening lists a few of the year's totals in one clause (…、…); the body states one of them again with
// another number, in its own shape: number first with the review after the thing, a general measure said once, a rate.
const compiled = loadCompiled();
const draft = (opening: string, body: string) =>
  `某区市场监督管理局2025年法治政府建设年度报告\n2025年，我局认真贯彻落实上级部署，${opening}，现将有关情况报告如下。\n一、主要举措和成效\n${body}\n二、存在的不足和原因\n基层执法力量仍然薄弱。\n三、下一步工作打算\n下一步，我局将持续用力。\n某区市场监督管理局\n2026年2月1日\n`;
const numberRules = new Set(compiled.rules.filter((r) => r.kind === 'number-mismatch').map((r) => r.id));
const numbers = (text: string) =>
  checkDraft(text, compiled, { year: 2025 }).findings.filter((f) => numberRules.has(f.rule)).map((f) => f.text);

describe('a number-first count with the review after the thing (对N件…出具审核意见)', () => {
  it('reads it as the opening\'s review count told again', () => {
    expect(numbers(draft('全年审查行政合同38份、办理行政复议案件12件', '（一）严格合同管理。局法律顾问对41份行政合同出具审查意见，防范了履约风险。'))).toEqual(['41份']);
    expect(numbers(draft('组织执法培训6期、全年审核行政规范性文件14件', '（一）规范文件管理。区司法局对15件行政规范性文件逐件进行合法性审核，确保文件合法有效。'))).toEqual(['15件']);
  });
  it('stays silent for a part, the same number, or another act on the thing', () => {
    expect(numbers(draft('全年审查合同38份、办理行政复议案件12件', '（一）严格合同管理。其中对9份涉企合同出具审查意见，防范了履约风险。'))).toEqual([]);
    expect(numbers(draft('全年审查合同38份、办理行政复议案件12件', '（一）严格合同管理。局法律顾问对38份合同出具审查意见，防范了履约风险。'))).toEqual([]);
    expect(numbers(draft('全年审查合同38份、办理行政复议案件12件', '（一）严格合同管理。对31份合同提出修改建议，防范了履约风险。'))).toEqual([]);
    expect(numbers(draft('全年审查合同38份、办理行政复议案件12件', '（一）严格合同管理。全年新签订41份合同，防范了履约风险。'))).toEqual([]);
  });
  // At merge, round 52's two branches met here: suggestions on more contracts than the year's review covers cannot be
  // a part of it, so count-beyond-total reports them (a part never exceeds its whole).
  it('reports suggestions on more of the thing than the opening says were reviewed', () => {
    expect(numbers(draft('全年审查合同38份、办理行政复议案件12件', '（一）严格合同管理。对41份合同提出修改建议，防范了履约风险。'))).toEqual(['41份合同']);
  });
});

describe('a general measure the body states once in the opening\'s words', () => {
  it('pairs it with the opening, also after a manner naming every way (线上+线下)', () => {
    expect(numbers(draft('完成行政处罚案件评查3次、组织执法检查20次', '（一）加强监管执法。组织执法检查18次，发现问题隐患45处，均已督促整改。'))).toEqual(['18次']);
    expect(numbers(draft('完成行政处罚案件评查3次、开展普法活动30场', '（一）深化普法宣传。通过线上线下相结合的方式开展普法活动26场，覆盖群众9000余人次。'))).toEqual(['26场']);
  });
  it('stays silent where the body narrows the measure by kind or by one way', () => {
    expect(numbers(draft('完成行政处罚案件评查3次、组织执法检查20次', '（一）加强监管执法。组织食品安全专项执法检查8次，发现问题隐患45处。'))).toEqual([]);
    expect(numbers(draft('完成行政处罚案件评查3次、开展普法活动30场', '（一）深化普法宣传。通过线上方式开展普法活动12场，覆盖群众9000余人次。'))).toEqual([]);
  });
});

describe('a rate in the opening\'s list stated again with another value', () => {
  it('reads a rate after a count joined by 、 as its own measure', () => {
    expect(numbers(draft('办理行政复议案件40件、复议决定纠错率保持在8.5%', '（一）发挥复议监督作用。全年行政复议决定纠错率为9.5%，倒逼依法行政。'))).toEqual(['行政复议决定纠错率为9.5%']);
  });
  it('stays silent for a count\'s own rate after a comma, a change on last year, or the same value', () => {
    expect(numbers(draft('审结行政复议案件40件，结案率保持在98%', '（一）发挥复议监督作用。全年复议案件结案率为95%，倒逼依法行政。'))).toEqual([]);
    expect(numbers(draft('办理行政复议案件40件、复议决定纠错率保持在8.5%', '（一）发挥复议监督作用。复议决定纠错率较上年提高到9.5%，倒逼依法行政。'))).toEqual([]);
    expect(numbers(draft('办理行政复议案件40件、复议决定纠错率保持在8.5%', '（一）发挥复议监督作用。全年复议决定纠错率为8.5%，倒逼依法行政。'))).toEqual([]);
  });
});

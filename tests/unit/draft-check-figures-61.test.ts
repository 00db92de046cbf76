import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';

// Round 61 (v63): a rate over the whole rather than the part listed before it; last year's figure and a 重大事项 count
// that restate nothing; a number-first whole split into its kinds; an opening total whose sentence names a plan's period.
const compiled = loadCompiled();
// The consistency rules that report number-mismatch hints.
const NUMBER_RULES = /^consistency-(?:rate|parts-sum|summary-total)$/;
const report = (opening: string, body: string) =>
  `某县司法局2024年度法治政府建设情况报告\n2024年，我局${opening}，现将有关情况报告如下。\n一、主要举措和成效\n（一）依法履职\n${body}\n二、存在的不足\n执法力量不足。\n三、下一步工作打算\n继续用力。\n某县司法局\n2025年2月10日\n`;
const hints = (opening: string, body: string) =>
  checkDraft(report(opening, body), compiled, { year: 2024 }).findings.filter((f) => NUMBER_RULES.test(f.rule));
const rule = (opening: string, body: string, id: string) => hints(opening, body).filter((f) => f.rule === id).map((f) => f.text);
const places = (opening: string, body: string) =>
  hints(opening, body).flatMap((f) => (f.places ?? [f]).map((p: { start: number; end: number }) => report(opening, body).slice(p.start, p.end)));

describe('a rate over the whole, not over the part listed before it', () => {
  it('stays silent when the rate is the part over the whole', () => {
    expect(rule('扎实推进法治政府建设', '全年受理复议申请52件，其中维持38件、纠错6件、终止8件，纠错率11.5%。', 'consistency-rate')).toEqual([]);
    expect(rule('扎实推进法治政府建设', '审结行政复议案件80件，其中驳回60件、纠错12件，纠错率15%。', 'consistency-rate')).toEqual([]);
  });
  it('still flags a rate no count of the sentence gives', () => {
    expect(rule('扎实推进法治政府建设', '全年受理复议申请52件，其中维持38件、纠错6件、终止8件，纠错率14.5%。', 'consistency-rate')).toEqual(['纠错率14.5%']);
    expect(rule('扎实推进法治政府建设', '全年调处矛盾纠纷120起，调解成功100起，调解成功率95%。', 'consistency-rate')).toEqual(['调解成功率95%']);
  });
});

describe('last year\'s figure and another set are not this year\'s count restated', () => {
  it('stays silent on last year\'s figure with the rise', () => {
    expect(hints('扎实推进法治政府建设', '全年审核行政规范性文件31件。\n去年审核行政规范性文件26件，今年增加5件，主要是涉企文件增多。')).toEqual([]);
    expect(hints('扎实推进法治政府建设', '上年同期办理行政复议案件40件，本年度增加8件。全年办理行政复议案件48件。')).toEqual([]);
  });
  it('still flags this year\'s count restated with another number', () => {
    expect(rule('扎实推进法治政府建设', '全年审核行政规范性文件31件。\n坚持有件必审，全年审核行政规范性文件29件，清理文件8件。', 'consistency-summary-total')).not.toEqual([]);
  });
  it('still flags the size of one set stated twice', () => {
    expect(rule('扎实推进法治政府建设', '辖区共有社区14个，均建立调解组织。\n实现全部16个社区法律顾问全覆盖。', 'consistency-summary-total')).not.toEqual([]);
  });
  it('stays silent on 重大事项 under 三重一大 against 重大行政决策', () => {
    expect(hints('扎实推进法治政府建设', '全县司法行政系统5项重大行政决策均履行公众参与、专家论证、风险评估、合法性审查、集体讨论决定程序。全年应诉案件20件。\n坚持“三重一大”事项集体决策，全县司法行政系统全年提交集体讨论的重大事项58项均事先经过合法性审查。')).toEqual([]);
  });
});

describe('a number-first whole split into its kinds', () => {
  it('flags the kinds that do not add up to the whole, on the parts', () => {
    const body = '严格执行行政执法三项制度，512件行政执法案件中，行政处罚案件470件、行政检查案件40件，组织培训6期。';
    expect(rule('扎实推进法治政府建设', body, 'consistency-parts-sum')).toEqual(['512件']);
    expect(places('扎实推进法治政府建设', body)).toContain('40件');
    expect(rule('扎实推进法治政府建设', '受理的96件复议申请中，不动产登记申请51件、社会保障申请43件，均依法办结。', 'consistency-parts-sum')).toEqual(['96件']);
  });
  it('stays silent when the kinds add up, or when some of the whole are picked out', () => {
    expect(rule('扎实推进法治政府建设', '512件行政执法案件中，行政处罚案件472件、行政检查案件40件。', 'consistency-parts-sum')).toEqual([]);
    expect(rule('扎实推进法治政府建设', '42名执法人员中，持证的30名、新入职的10名，均参加培训。', 'consistency-parts-sum')).toEqual([]);
    expect(rule('扎实推进法治政府建设', '512件行政执法案件中，有12件存在文书不规范问题。', 'consistency-parts-sum')).toEqual([]);
  });
});

describe('an opening total in a sentence naming a plan\'s period', () => {
  const opening = '认真落实《法治政府建设实施纲要（2021—2025年）》，全年合法性审核行政规范性文件31件、办理行政执法案件512件';
  it('flags the body\'s count in other words, number first', () => {
    expect(rule(opening, '坚持有件必审，2024年对27件行政规范性文件开展合法性审核，纠正不当表述9处。', 'consistency-summary-total')).toEqual(['27件']);
  });
  it('stays silent when the body agrees, or counts another year', () => {
    expect(rule(opening, '坚持有件必审，2024年对31件行政规范性文件开展合法性审核，纠正不当表述9处。', 'consistency-summary-total')).toEqual([]);
    expect(rule(opening, '2023年对27件行政规范性文件开展合法性审核。', 'consistency-summary-total')).toEqual([]);
  });
});

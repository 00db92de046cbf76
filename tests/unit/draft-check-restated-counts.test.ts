// Round 40 of issue 25: a count or rate told twice with two numbers in shapes the restatement readers did not pair —
// a bare 前述/上述 count with no earlier count behind it, a named rate restated with another value, a body clause
// counting the opening's measure with words of place or manner and a larger number — and three look-alikes of
// breakdowns (a 其中 list that ran on past its total, a numbered line restating the total, two opening totals).
import { describe, expect, it } from 'vitest';
import { ofKind } from './helpers/draft-check.ts';

const numberTexts = (text: string) => ofKind('number-mismatch', text, 2025).map(([t]) => t);

/** An annual report on 2025 with an opening sentence and body lines. */
const report = (opening: string, body: string[], problems = '基层执法力量不足。') =>
  `某县人民政府关于2025年法治政府建设工作的报告\n2025年，某县人民政府深入学习贯彻习近平法治思想，${opening}现将有关情况报告如下。\n一、主要举措和成效\n${body.join('\n')}\n二、存在的不足和原因\n${problems}\n三、2026年主要安排\n一是加强执法队伍建设。\n某县人民政府\n2026年1月20日`;

describe('number-mismatch: a bare 前述/上述 count with no earlier count of that number', () => {
  it('catches the count pointed back at when nothing before carries it', () => {
    expect(numberTexts(report('全年办理行政处罚案件128件。', ['（一）严格执法。全年办理行政处罚案件128件，案卷全部归档。'], '一是执法监督不够经常；前述118件中仍有个别文书不规范。'))).toContain('118件');
    expect(numberTexts(report('全年培训执法人员432人次。', ['（一）加强培训。分批开展执法人员业务培训，全年培训432人次。'], '上述423人次中仍有少数人员考试成绩偏低。'))).toContain('423人次');
    expect(numberTexts(report('全年主动公开政府信息2310条。', ['（一）推进公开。主动公开政府信息2310条。'], '前述2130条均已归档，但个别信息公开不够及时。'))).toContain('2130条');
  });
  it('stays silent when an earlier count, or earlier counts added up, carry the number', () => {
    expect(numberTexts(report('全年办理行政处罚案件128件。', ['（一）严格执法。全年办理行政处罚案件128件。'], '前述128件中仍有个别文书不规范。'))).toEqual([]);
    expect(numberTexts(report('', ['（一）规范审核。审核县政府文件12件、部门文件9件。'], '上述21件均已按期报备。'))).toEqual([]);
    expect(numberTexts(report('', ['（一）规范审核。审核行政规范性文件6件。'], '上述6件均已按期报备。'))).toEqual([]);
  });
});

describe('number-mismatch: one named rate restated with another value', () => {
  it('catches the rate told again, with or without its leading words', () => {
    expect(numberTexts(report('', ['（一）规范执法。行政执法案卷评查合格率达到98.4%。'], '虽然案卷评查合格率为96.8%，但仍有少量文书不规范。'))).toContain('案卷评查合格率为96.8%');
    expect(numberTexts(report('', ['（一）支持审判。行政机关负责人出庭应诉率为92%。', '（二）化解争议。全年负责人出庭应诉率达到95%。'], '基层执法力量不足。'))).toContain('负责人出庭应诉率达到95%');
  });
  it('stays silent on changes, parts, other years, targets and other rates', () => {
    for (const [a, b] of [
      ['行政执法案卷评查合格率达到98.4%。', '案卷评查合格率较上年提高到96.8%。'],
      ['行政执法案卷评查合格率达到98.4%。', '其中行政处罚案卷评查合格率为96.8%。'],
      ['行政执法案卷评查合格率达到98.4%。', '2024年案卷评查合格率为96.8%。'],
      ['行政复议纠错率为12.5%。', '行政诉讼纠错率为8.3%。'],
    ]) expect(numberTexts(report('', [`（一）规范执法。${a}`, `（二）强化监督。${b}`]))).toEqual([]);
  });
});

describe('number-mismatch: a body clause counting the opening’s measure with added words and a larger number', () => {
  it('catches the larger body count of the very same measure', () => {
    expect(numberTexts(report('全年开展普法活动215场。', ['（一）深化普法。深入社区、企业、学校开展普法活动251场。']))).toContain('251场');
    expect(numberTexts(report('全年清理证明事项23项。', ['（一）优化服务。对照清单清理证明事项32项。']))).toContain('32项');
  });
  it('stays silent on a smaller count (a part), a wider scope and an accumulated count', () => {
    expect(numberTexts(report('全年开展普法活动215场。', ['（一）深化普法。深入社区、企业、学校开展普法活动120场。']))).toEqual([]);
    expect(numberTexts(report('本局全年开展普法活动215场。', ['（一）深化普法。全县各部门开展普法活动980场。']))).toEqual([]);
    expect(numberTexts(report('全年开展普法活动215场。', ['（一）深化普法。近三年累计开展普法活动690场。']))).toEqual([]);
  });
});

describe('number-mismatch: breakdown look-alikes', () => {
  it('stays silent on a 其中 list whose first parts make the total before another measure follows', () => {
    expect(numberTexts(report('', ['（一）规范审核。共审核规范性文件草案18件，其中县政府文件5件、部门文件13件，会同相关部门，办理行政复议案件63件。']))).toEqual([]);
  });
  it('stays silent on numbered lines one of which restates the opening total', () => {
    expect(numberTexts(report('全年受理信访事项287件。', ['（一）强化审查。法律顾问参与论证重大事项26件。', '（二）畅通渠道。会同相关部门，受理信访事项287件。']))).toEqual([]);
  });
  it('stays silent on a body total restating another of the opening’s totals', () => {
    expect(numberTexts(report('全年办理行政处罚案件186件、办理行政复议案件41件。', ['（一）严格执法。全年办理行政处罚案件186件。', '（二）化解争议。全年受理并审结行政复议案件41件。']))).toEqual([]);
  });
});

describe('number-mismatch: a short rate name after a count is that count’s rate', () => {
  it('stays silent on 按时办结率 of two different counts', () => {
    expect(numberTexts(report('', ['（一）畅通热线。全年受理群众诉求865件，按时办结率97%。', '（二）办理建议。办理人大代表建议52件，按时办结率100%。']))).toEqual([]);
  });
});

describe('number-mismatch: a total split with 分为, like 分别为', () => {
  it('catches parts that do not add up to the total', () => {
    expect(numberTexts(report('', ['（一）规范决策。全年审议重大行政决策事项11项，分为经济发展类6项和民生保障类3项，均经合法性审查。']))).toContain('11项');
  });
  it('stays silent when they add up, and on batches in another unit', () => {
    expect(numberTexts(report('', ['（一）规范决策。全年审议重大行政决策事项11项，分为经济发展类6项和民生保障类5项。']))).toEqual([]);
    expect(numberTexts(report('', ['（一）加强培训。培训执法人员320人次，分为4期举办。']))).toEqual([]);
  });
});

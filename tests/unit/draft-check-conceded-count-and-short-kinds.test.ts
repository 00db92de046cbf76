import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';

const compiled = loadCompiled();
const draft = (opening: string, body: string, problems = '基层力量薄弱。') =>
  `某县市场监督管理局2025年法治政府建设年度报告\n2025年，我局扎实推进法治政府建设，${opening}现将有关情况报告如下。\n一、主要举措和成效\n${body}\n二、存在的问题和不足\n${problems}\n三、下一年度主要安排\n下一步，我局将持续用力。\n某县市场监督管理局\n2026年2月1日\n`;
const findings = (opening: string, body: string, problems?: string) => checkDraft(draft(opening, body, problems), compiled, { year: 2025 }).findings;
const conceded = (opening: string, body: string, problems?: string) =>
  findings(opening, body, problems).filter((f) => f.message.includes('问题部分让步'));
const shortKinds = (body: string) => findings('', body).filter((f) => f.message.includes('可以忽略本提示'));

describe('a count granted in a concession restates the year count in other words (conceded-year-count.ts)', () => {
  it('flags a reworded event count against the opening', () => {
    const f = conceded('全年举办食品安全进校园活动48场，', '（一）强化宣传。深入学校宣讲。', '全年虽然组织普法宣传活动46场，但宣传形式仍较单一。');
    expect(f.map((x) => [x.text, x.level])).toEqual([['46场', 'hint']]);
  });
  it('flags 尽管 and a body count named as the year whole', () => {
    const f = conceded('', '（一）加强队伍。全年组织市场监管执法人员业务培训412人次。', '本年度尽管开展执法人员岗位练兵407人次，但实战能力仍有差距。');
    expect(f.map((x) => x.text)).toEqual(['407人次']);
  });
  it('flags a list of items restated with its noun reworded', () => {
    expect(conceded('全年公布涉企轻微违法免罚事项清单27项，', '（一）优化执法。推行包容审慎监管。', '全年虽然梳理实行免罚的轻微违法事项25项，但适用标准还需细化。')).toHaveLength(1);
  });
  it('stays silent when the numbers agree', () => {
    expect(conceded('全年举办食品安全进校园活动48场，', '（一）强化宣传。深入学校宣讲。', '全年虽然组织普法宣传活动48场，但宣传形式仍较单一。')).toHaveLength(0);
  });
  it('stays silent when two earlier counts of the unit could be the one granted', () => {
    expect(conceded('全年举办食品安全进校园活动48场，', '（一）强化宣传。全年开展“3·15”主题活动12场。', '全年虽然组织普法宣传活动46场，但宣传形式仍较单一。')).toHaveLength(0);
  });
  it('stays silent when the concession names a part or another body', () => {
    expect(conceded('全年举办食品安全进校园活动48场，', '（一）强化宣传。深入学校宣讲。', '全年虽然在农村开展普法宣传活动16场，但覆盖面仍不广。')).toHaveLength(0);
    expect(conceded('全年举办食品安全进校园活动48场，', '（一）强化宣传。深入学校宣讲。', '各市场监管所虽然开展普法宣传活动16场，但力量分散。')).toHaveLength(0);
  });
  it('stays silent when the earlier count is not the year whole', () => {
    expect(conceded('', '（一）强化宣传。在“宪法宣传周”期间开展普法宣传活动9场。', '全年虽然开展普法宣传活动30场，但宣传形式仍较单一。')).toHaveLength(0);
  });
  it('stays silent when nothing earlier shares a content word', () => {
    expect(conceded('全年查办价格违法案件48件，', '（一）强化执法。严查哄抬价格。', '全年虽然受理投诉举报45件，但处置时效仍待提高。')).toHaveLength(0);
  });
});

describe('three or more kinds of the total noun that fall short of it (named-breakdown.ts)', () => {
  it('flags kinds of disputes that add up to less than the total', () => {
    const f = shortKinds('（一）化解纠纷。全年受理消费纠纷86件，其中网购纠纷40件、预付卡纠纷21件、装修纠纷9件。');
    expect(f.map((x) => [x.text, x.level])).toEqual([['86件', 'hint']]);
  });
  it('flags a list whose last kind is worded otherwise', () => {
    expect(shortKinds('（一）化解纠纷。全年调处矛盾纠纷64件，其中物业纠纷30件、邻里纠纷12件、劳资争议6件。')).toHaveLength(1);
  });
  it('stays silent for a two-part list, which may be partial', () => {
    expect(shortKinds('（一）化解纠纷。全年受理消费纠纷86件，其中网购纠纷40件、预付卡纠纷21件。')).toHaveLength(0);
  });
  it('stays silent when the sentence admits a rest', () => {
    expect(shortKinds('（一）化解纠纷。全年受理消费纠纷86件，其中网购纠纷40件、预付卡纠纷21件、装修纠纷9件，其余为其他类型。')).toHaveLength(0);
  });
  it('stays silent when the parts are not kinds of the total noun', () => {
    expect(shortKinds('（一）规范执法。全年办理行政处罚案件86件，其中食品领域40件、药品领域21件、特种设备9件。')).toHaveLength(0);
  });
  it('stays silent when the kinds add up', () => {
    expect(shortKinds('（一）化解纠纷。全年受理消费纠纷70件，其中网购纠纷40件、预付卡纠纷21件、装修纠纷9件。')).toHaveLength(0);
  });
});

import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';

const compiled = loadCompiled();
const draft = (body: string) => `某县市场监督管理局2024年法治政府建设年度报告\n2024年，我局扎实推进法治政府建设。现将有关情况报告如下。\n一、主要举措和成效\n${body}\n二、存在的不足\n基层力量薄弱。\n三、下一年度主要安排\n下一步，我局将持续用力。\n某县市场监督管理局\n2025年2月1日\n`;
const found = (body: string, rule: string) =>
  checkDraft(draft(body), compiled, { year: 2024 }).findings.filter((f) => f.rule === rule).map((f) => [f.text, f.level]);
const sums = (body: string) => found(body, 'consistency-parts-sum');
const rates = (body: string) => found(body, 'consistency-rate');

describe('a stock that is not start + new − left', () => {
  it('flags the year-end figure', () => {
    expect(sums('年初在册法律顾问9名，全年新聘4名，年末共有14名。')).toEqual([['14名', 'hint']]);
    expect(sums('年初有持证执法人员80人，新增12人，调出5人，年末为90人。')).toEqual([['90人', 'hint']]);
  });
  it('stays silent when the stock adds up or nothing is added', () => {
    expect(sums('年初在册法律顾问9名，全年新聘4名，年末共有13名。')).toEqual([]);
    expect(sums('年初有持证执法人员80人，新增12人，调出5人，年末为87人。')).toEqual([]);
    expect(sums('年初制定计划12项，年末完成11项。')).toEqual([]);
  });
});

describe('an undone count that is not the whole less the done one', () => {
  it('flags it in one sentence and across sentences', () => {
    expect(sums('年度考核指标共40项，已达标35项，未达标6项。')).toEqual([['未达标6项', 'hint']]);
    // Read as outcomes against their total by an earlier reader: one mistake, one finding.
    expect(sums('年度任务清单共20项，已完成17项，未完成4项。')).toHaveLength(1);
    expect(sums('抽查行政许可案卷60卷，合格55卷。评查发现，仍有7卷不合格，已责令整改。')).toEqual([['7卷不合格', 'hint']]);
  });
  it('stays silent when it fits, or the done count is ambiguous', () => {
    expect(sums('任务清单共20项，已完成17项，未完成3项。')).toEqual([]);
    expect(sums('抽查案卷60卷，合格55卷。抽查合同30份，合格28份。另有5卷不合格。')).toEqual([]);
    expect(sums('抽查案卷60卷，合格55卷；抽查案卷40卷，合格38卷。有7卷不合格。')).toEqual([]);
    expect(sums('评查案卷240卷，其中优秀96卷、合格132卷、不合格12卷。不合格案卷集中在个别部门。')).toEqual([]);
  });
});

describe('a total after its listed parts', () => {
  it('flags a 共 total that the parts do not make', () => {
    expect(sums('清理涉企规章制度，废止4项、修订11项、继续有效30项，共清理44项。')).toEqual([['共清理44项', 'hint']]);
  });
  it('stays silent when they add up or the units differ', () => {
    expect(sums('清理涉企规章制度，废止4项、修订11项、继续有效30项，共清理45项。')).toEqual([]);
    expect(sums('举办讲座6场、培训班3期，共培训干部420人次。')).toEqual([]);
  });
});

describe('a breakdown that cannot leave anything out', () => {
  it('flags a whole that names its own categories', () => {
    expect(sums('全县11个乡（镇）均设立法律服务站，其中乡4个、镇8个。')).toEqual([['11个', 'hint']]);
  });
  it('flags an outcome list with its negation', () => {
    expect(sums('办理行政许可申请120件，已全部办结，其中准予许可101件、部分准予10件、不予许可8件。')).toEqual([['120件', 'hint']]);
  });
  it('flags a later split of an earlier count by a known pair', () => {
    expect(sums('全年新招录执法辅助人员30名。新招录的执法辅助人员中专职22名、兼职9名，均完成岗前培训。')).toEqual([['执法辅助人员30名', 'hint']]);
  });
  it('stays silent on lists that may leave parts out, or that add up', () => {
    expect(sums('办理行政许可申请120件，其中食品经营许可60件、药品经营许可30件。')).toEqual([]);
    expect(sums('办理行政许可申请120件，已全部办结，其中准予许可102件、部分准予10件、不予许可8件。')).toEqual([]);
    expect(sums('全年新招录执法辅助人员30名。新招录的执法辅助人员中党员12名、退役军人9名。')).toEqual([]);
  });
});

describe('a remainder that does not fit the whole and the named part', () => {
  it('flags 其余', () => {
    expect(sums('全镇共有20个行政村。指导16个行政村完成村规民约修订。明年推动其余5个行政村完成村规民约修订。')).toEqual([['其余5个行政村', 'hint']]);
  });
  it('stays silent when it fits or the part is about other work', () => {
    expect(sums('全镇共有20个行政村。指导16个行政村完成村规民约修订。明年推动其余4个行政村完成村规民约修订。')).toEqual([]);
    expect(sums('全镇共有20个行政村。为16个行政村配备法律顾问。明年推动其余5个行政村完成村规民约修订。')).toEqual([]);
  });
});

describe('a rate named by another word for the counted act', () => {
  it('flags 纠错率 over 纠正 and 出庭应诉率 over 出庭', () => {
    expect(rates('办理行政复议案件50件，撤销或变更后纠正12件，纠错率30%。')).toEqual([['纠错率30%', 'hint']]);
    expect(rates('发生行政诉讼案件20件，行政机关负责人出庭18件，负责人出庭应诉率为100%。')).toEqual([['负责人出庭应诉率为100%', 'hint']]);
  });
  it('stays silent when the rate fits or names another act', () => {
    expect(rates('办理行政复议案件50件，纠正12件，纠错率24%。')).toEqual([]);
    expect(rates('发生行政诉讼案件20件，行政机关负责人出庭18件，出庭应诉率为90%。')).toEqual([]);
    expect(rates('办理行政复议案件50件，纠正12件，结案率100%。')).toEqual([]);
  });
});

describe('a count said to be all of a body that is not its stated size', () => {
  it('flags it', () => {
    expect(sums('本所现有在编干警58名。组织全体干警参加宪法知识测试，参考60名，参考率100%。')).toEqual([['参考60名', 'hint']]);
  });
  it('stays silent when it matches, or no 100% is claimed', () => {
    expect(sums('本所现有在编干警58名。组织全体干警参加宪法知识测试，参考58名，参考率100%。')).toEqual([]);
    expect(sums('本所现有在编干警58名。组织全体干警参加宪法知识测试，参考55名。')).toEqual([]);
  });
});

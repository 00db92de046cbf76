import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';

// Round 38, number-mismatch families: a year's total against quarters and halves that make it up, a clean-up or 处罚
// split that names every outcome, and a series of sessions whose attendance is restated with another number.
const compiled = loadCompiled();
const draft = (opening: string, body: string) =>
  `某县市场监管局2025年法治政府建设年度报告\n2025年，我局扎实推进法治政府建设。${opening}现将有关情况报告如下。\n一、主要举措和成效\n${body}\n二、存在的不足和原因\n基层力量薄弱。\n三、下一步工作打算\n下一步，我局将持续用力。\n某县市场监管局\n2026年2月1日\n`;
const numberRules = new Set(compiled.rules.filter((r) => r.kind === 'number-mismatch').map((r) => r.id));
const numbers = (text: string) =>
  checkDraft(text, compiled, { year: 2025 }).findings.filter((f) => numberRules.has(f.rule)).map((f) => [f.text, f.level]);

describe('a year total against parts of the year', () => {
  it('adds up a half and two quarters, four quarters, or 前三季度 and the fourth, the year written before the first part or not', () => {
    expect(numbers(draft('', '全年受理投诉举报215件，其中2025年上半年98件、第三季度51件、第四季度40件。'))).toEqual([['215件', 'hint']]);
    expect(numbers(draft('', '全年开展“双随机”抽查88户次，其中一季度20户次、二季度22户次、三季度19户次、四季度21户次。'))).toEqual([['88户次', 'hint']]);
    expect(numbers(draft('', '全年办理行政许可1260件，其中前三季度930件、第四季度300件。'))).toEqual([['1260件', 'hint']]);
  });
  it('stays silent when the parts add up, leave a quarter out, or overlap', () => {
    expect(numbers(draft('', '全年受理投诉举报215件，其中上半年98件、第三季度61件、第四季度56件。'))).toEqual([]);
    expect(numbers(draft('', '全年受理投诉举报215件，其中上半年98件、第三季度51件。'))).toEqual([]);
    expect(numbers(draft('', '全年办理行政许可1260件，其中前三季度700件、下半年300件。'))).toEqual([]);
    // Quarters closed by their own total are read against that total, not an earlier count.
    expect(numbers(draft('全年开展送法进企业活动50场。', '第一季度12场、第二季度13场、第三季度12场、第四季度13场，全年共计50场。'))).toEqual([]);
  });
});

describe('a clean-up or 处罚 split that names every outcome', () => {
  it('compares a split naming kept files and two other decisions with its total, however far short', () => {
    expect(numbers(draft('', '开展规范性文件专项清理，共清理文件52件，其中废止6件、修订9件、继续有效30件。'))).toEqual([['52件', 'hint']]);
    expect(numbers(draft('', '全年查处行政处罚案件140件，其中适用简易程序案件60件、适用普通程序案件50件。'))).toEqual([['140件', 'hint']]);
  });
  it('stays silent for a split that leaves the kept files out, agrees, or stands in a later sentence', () => {
    expect(numbers(draft('', '开展规范性文件专项清理，共清理文件52件，其中废止6件、修订9件。'))).toEqual([]);
    expect(numbers(draft('', '开展规范性文件专项清理，共清理文件52件，其中继续有效30件、修订9件。'))).toEqual([]);
    expect(numbers(draft('', '开展规范性文件专项清理，共清理文件52件，其中废止6件、修订9件、继续有效37件。'))).toEqual([]);
    // A second round in a later sentence, with no total of its own, is not the first round's split.
    expect(numbers(draft('', '全年清理规范性文件52件，其中废止6件、修订9件、继续有效37件。开展专项清理，继续有效20件、修订3件、废止2件。'))).toEqual([]);
  });
});

describe('a series of sessions restated with another attendance', () => {
  it('marks the later attendance when the sessions agree and the event is the same', () => {
    expect(numbers(draft('全年组织食品安全培训8期、540人次。', '举办食品安全专题培训8期，累计参训505人次，考核合格率100%。'))).toEqual([['505人次', 'hint']]);
    expect(numbers(draft('全年开展法治讲座5场、受众900人次。', '邀请律师举办法治专题讲座5场，覆盖960人次。'))).toEqual([['960人次', 'hint']]);
  });
  it('stays silent for another event, another count after the sessions, a part of the year, or the same attendance', () => {
    expect(numbers(draft('全年组织食品安全培训8期、540人次。', '举办特种设备安全培训8期，参训505人次。'))).toEqual([]);
    expect(numbers(draft('全年组织食品安全培训8期、540人次。', '举办食品安全专题培训8期，考核合格505人次。'))).toEqual([]);
    expect(numbers(draft('上半年组织食品安全培训8期、240人次。', '全年举办食品安全专题培训8期，参训505人次。'))).toEqual([]);
    expect(numbers(draft('全年组织食品安全培训8期、540人次。', '举办食品安全专题培训8期，累计参训540人次。'))).toEqual([]);
  });
});

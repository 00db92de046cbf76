import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';

// Round 35, number-mismatch families: a rate restated with another value, a timeliness rate read against plain counts,
// 未完成整改 against 已整改, a light verb before an organ's meeting, a plan naming the team it uses, and 100% against M of N.
const compiled = loadCompiled();
const draft = (opening: string, body: string, problems = '基层力量薄弱。', plan = '下一步，我局将持续用力。') =>
  `某县司法局2024年法治政府建设年度报告\n2024年，我局扎实推进法治政府建设。${opening}现将有关情况报告如下。\n一、主要举措和成效\n${body}\n二、存在的不足和原因\n${problems}\n三、下一步工作打算\n${plan}\n某县司法局\n2025年2月1日\n`;
const numberRules = new Set(compiled.rules.filter((r) => r.kind === 'number-mismatch').map((r) => r.id));
const numbers = (text: string) =>
  checkDraft(text, compiled, { year: 2024 }).findings.filter((f) => numberRules.has(f.rule)).map((f) => [f.text, f.level]);

describe('a rate stated twice with two values', () => {
  it('reads a concession in the problems section (调解成功率虽达到…) as the rate restated', () => {
    expect(numbers(draft('', '全年化解矛盾纠纷312件，调解成功率达到97.4%。', '调解成功率虽达到95.1%，但部分纠纷反复出现。'))).toEqual([['调解成功率虽达到95.1%', 'hint']]);
    expect(numbers(draft('', '办理群众来信86件，按时办结率为100%。', '按时办结率虽然为96%，但个别来信答复不够及时。'))).toEqual([['按时办结率虽然为96%', 'hint']]);
  });
  it('takes a qualifier cut before a long name as the same rate (被诉…)', () => {
    expect(numbers(draft('', '（一）被诉行政机关负责人出庭应诉率达到100%。\n（二）在局长带动下，行政机关负责人出庭应诉率为96.4%。'))).toEqual([['行政机关负责人出庭应诉率为96.4%', 'hint']]);
  });
  it('stays silent for the same value, two named things, or a later rate after two earlier ones', () => {
    expect(numbers(draft('', '全年化解矛盾纠纷312件，调解成功率达到97.4%。', '调解成功率虽达到97.4%，但部分纠纷反复出现。'))).toEqual([]);
    expect(numbers(draft('', '办理人大代表建议21件，按时办结率100%。受理热线诉求340件，按时办结率96%。'))).toEqual([]);
    expect(numbers(draft('', '办理人大代表建议21件，按时办结率100%。受理热线诉求340件，按时办结率96%。', '按时办结率虽达到96%，但仍有差距。'))).toEqual([]);
    expect(numbers(draft('', '（一）乡镇行政执法案卷合格率为92%。\n（二）行政执法案卷优秀率为40%。'))).toEqual([]);
  });
});

describe('a timeliness rate read against counts received and closed', () => {
  it('does not recompute 按期办结率 from 受理 and 办结 counts', () => {
    expect(numbers(draft('', '受理投诉举报120件，办结96件，其余正在办理。认真办理政协委员提案，按期办结率100%。'))).toEqual([]);
    expect(numbers(draft('', '受理投诉举报120件，办结96件，其余正在办理。全年办理行政复议案件__件，按时办结率100%。'))).toEqual([]);
  });
  it('still recomputes a plain 办结率 from them', () => {
    expect(numbers(draft('', '受理投诉举报120件，办结96件。全年工作有序推进，办结率100%。'))).toEqual([['100%', 'hint']]);
  });
});

describe('problems still open against the found and the rectified', () => {
  it('reads 未完成整改 as the undone of 整改', () => {
    expect(numbers(draft('', '开展执法督察3轮，发现问题41个，已整改35个。', '督察发现的问题中尚有8个未完成整改。'))).toEqual([['8个未完成整改', 'hint']]);
    expect(numbers(draft('', '开展执法督察3轮，发现问题41个，已整改35个。', '仍有4项未完成整改。'))).toEqual([]);
  });
  it('stays silent when the remainder fits', () => {
    expect(numbers(draft('', '开展执法督察3轮，发现问题41个，已整改35个。', '督察发现的问题中尚有6个未完成整改。'))).toEqual([]);
  });
});

describe('a meeting count restated with another light verb before the meeting', () => {
  it('compares 开展…常务会议会前学法 with 坚持…常务会议会前学法', () => {
    const text = draft('全年开展县政府常务会议会前学法14次。', '坚持县政府常务会议会前学法11次，学习新修订的法律法规。');
    expect(numbers(text)).toEqual([['11次', 'hint']]);
  });
  it('stays silent for equal counts or another meeting', () => {
    expect(numbers(draft('全年开展县政府常务会议会前学法14次。', '坚持县政府常务会议会前学法14次。'))).toEqual([]);
    expect(numbers(draft('全年开展县政府常务会议会前学法14次。', '落实党组理论学习中心组学法11次。'))).toEqual([]);
  });
});

describe('a plan that names the team it will use', () => {
  it('compares 发挥…N名X with the count that took X on', () => {
    const text = draft('', '局机关共聘请公职律师4名，重大决定均经法制审核。', '基层力量薄弱。', '下一步，充分发挥局机关3名公职律师在合同审查中的作用。');
    expect(numbers(text)).toEqual([['3名', 'hint']]);
  });
  it('compares 在现有N名X基础上 with the stock stated in the body', () => {
    const text = draft('', '全局现有“法律明白人”218名，年内新培养26名。', '基层力量薄弱。', '下一步，在现有281名“法律明白人”基础上开展骨干培训。');
    expect(numbers(text)).toEqual([['281名', 'hint']]);
    expect(numbers(draft('', '全局现有“法律明白人”218名，年内新培养26名。', '基层力量薄弱。', '下一步，在现有218名“法律明白人”基础上开展骨干培训。'))).toEqual([]);
    expect(numbers(draft('', '年内新培养“法律明白人”26名。', '基层力量薄弱。', '下一步，在现有218名“法律明白人”基础上开展骨干培训。'))).toEqual([]);
  });
  it('stays silent for new hires, plans to hire, or the same number', () => {
    expect(numbers(draft('', '新聘请公职律师2名。', '基层力量薄弱。', '下一步，充分发挥局机关5名公职律师的作用。'))).toEqual([]);
    expect(numbers(draft('', '局机关共聘请公职律师4名。', '基层力量薄弱。', '下一步，计划再聘请公职律师6名。'))).toEqual([]);
    expect(numbers(draft('', '局机关共聘请公职律师4名。', '基层力量薄弱。', '下一步，充分发挥局机关4名公职律师的作用。'))).toEqual([]);
  });
});

describe('a rate of 100% beside a share of less than all', () => {
  it('flags M of N units said beside a full rate', () => {
    expect(numbers(draft('', '全镇村（社区）法律顾问覆盖率100%，19个村（社区）中已有17个配备法律顾问。'))).toEqual([['17个配备法律顾问', 'hint']]);
    expect(numbers(draft('', '执法人员持证率100%，全局52名执法人员中50名持证上岗。'))).toEqual([['50名持证上岗', 'hint']]);
  });
  it('stays silent when all are counted, the share is the undone, or the work differs', () => {
    expect(numbers(draft('', '全镇村（社区）法律顾问覆盖率100%，19个村（社区）中已有19个配备法律顾问。'))).toEqual([]);
    expect(numbers(draft('', '执法人员持证率100%，52名执法人员中有2名尚未参加年度培训。'))).toEqual([]);
    expect(numbers(draft('', '法律顾问覆盖率100%，19个村（社区）中有12个建成法治文化阵地。'))).toEqual([]);
    expect(numbers(draft('', '执法人员持证率100%，52名执法人员中50名参加了专题培训。'))).toEqual([]);
  });
});

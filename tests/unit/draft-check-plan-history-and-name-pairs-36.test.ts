// Round 36: an ended plan cited for the work of its own years (对照《…（2015—2020年）》，全区曾于2020年完成自评), the bare name
// of a plan read as the one in force (法治政府建设实施纲要 in 2024 beside the 2015—2020 one named in full), a plan's tasks put
// in the year's own list (把“七五”普法规划各项任务列入年度责任清单), a dated target told as met, one of a pair of name words
// left out (行政执法监督工作机制 from …体制机制), 录像 for 记录 in the 三项制度, and the scope word of the 第一责任人 duty.
import { describe, expect, it } from 'vitest';
import { ofKind } from './helpers/draft-check.ts';

/** A report on `year` around a body and a plans section, so a sentence reads in its usual place. */
const report = (body: string, plans = '下一步，我们将持续用力。', year = 2026) =>
  `某县人民政府${year}年法治政府建设年度报告\n${year}年，县政府扎实推进法治政府建设。\n一、主要举措和成效\n${body}\n二、存在的不足\n基层力量薄弱。\n三、${year + 1}年工作安排\n${plans}\n某县人民政府\n${year + 1}年2月1日\n`;
const expired = (body: string, year = 2026, plans?: string) => ofKind('expired-document-as-guidance', report(body, plans, year), year);
const names = (body: string, year = 2025) => ofKind('system-name', report(body, undefined, year), year);
/** The 2015—2020 plan named once as history, so a bare name later has an ended plan to be mistaken for. */
const HISTORY = '我局在2020年完成了《法治政府建设实施纲要（2015—2020年）》确定的目标任务。';

describe('an ended plan cited for the work of its own years', () => {
  it('stays silent where the clauses after the name tell past work', () => {
    expect(expired('对照《法治政府建设实施纲要（2015—2020年）》，全镇曾于2019年通过示范创建验收，此后不断巩固。', 2025)).toEqual([]);
    expect(expired('按照“七五”普法规划，全县于2018年底建成法治文化广场12个。', 2024)).toEqual([]);
    expect(expired('依据《法治政府建设实施纲要（2015—2020年）》，当时确定的执法体制改革任务均已落地。')).toEqual([]);
  });
  it('still finds the plan made this year\'s basis, whatever year is named after it', () => {
    expect(expired('对照《法治政府建设实施纲要（2015—2020年）》，对2025年度依法行政情况逐项自查。', 2025)).toHaveLength(1);
    expect(expired('按照“七五”普法规划要求，2024年组织普法活动30场。', 2024)).toHaveLength(1);
    expect(expired('对照《法治政府建设实施纲要（2015—2020年）》确定的到2020年基本建成法治政府的目标，持续推进依法行政。', 2024)).toHaveLength(1);
    expect(expired('全年按照提升行政执法质量三年行动计划（2023—2025年）要求开展执法人员轮训。')).toHaveLength(1);
  });
});

describe('a bare plan name in a year when a plan of that name is in force', () => {
  it('reads the bare name as the plan in force', () => {
    expect(expired(`${HISTORY}\n全年对照法治政府建设实施纲要年度任务推进工作。`, 2024)).toEqual([]);
    expect(expired(HISTORY, 2023, '2024年，我们将对照法治政府建设实施纲要确定的目标任务，重点做好三项工作。')).toEqual([]);
  });
  it('still finds the bare name once every plan of that name has ended', () => {
    expect(expired(`${HISTORY}\n全年对照法治政府建设实施纲要年度任务推进工作。`, 2026)).toHaveLength(1);
  });
});

describe('a plan\'s tasks put in the year\'s own list, and its share of a later year', () => {
  it('finds an ended plan\'s tasks listed for the year', () => {
    expect(expired('把“七五”普法规划各项任务列入年度责任清单。', 2023)).toHaveLength(1);
    expect(expired('将“八五”普法规划确定的重点任务纳入今年工作要点。')).toHaveLength(1);
    expect(expired('全面完成“八五”普法规划2026年度各项任务。')).toHaveLength(1);
  });
  it('stays silent while the plan runs, and for its own years', () => {
    expect(expired('把“八五”普法规划各项任务列入年度责任清单。', 2023)).toEqual([]);
    expect(expired('全面完成“八五”普法规划2025年度各项任务。', 2025)).toEqual([]);
  });
});

describe('a dated target told as its year\'s result', () => {
  it('stays silent on the target met, with or without its year after it', () => {
    expect(expired('落实“法律明白人”培养工程，每个行政村至少培养3名“法律明白人”的2025年目标已经实现。')).toEqual([]);
    expect(expired('全镇已实现每个行政村至少培养3名“法律明白人”。')).toEqual([]);
  });
  it('still finds it as this year\'s aim', () => {
    expect(expired('确保每个行政村至少培养3名“法律明白人”。')).toHaveLength(1);
    expect(expired('全镇每个行政村至少培养3名“法律明白人”，完成培训120人次。')).toHaveLength(1);
  });
});

describe('names near a fixed name', () => {
  it('leaves a pair of name words shortened to one alone', () => {
    expect(names('健全行政执法监督工作机制，开展案卷评查。')).toEqual([]);
    expect(names('完善行政执法监督工作制度机制。')).toEqual([]);
  });
  it('still finds a real slip inside the pair', () => {
    expect(names('健全行政执法监督工作体质机制。')).toHaveLength(1);
  });
  it('finds 录像 for 记录 in the 三项制度 name, not the verb phrase', () => {
    expect(names('全面落实执法全过程录像制度。')).toHaveLength(1);
    expect(names('对现场检查实行执法全过程录像，留存影像资料。')).toEqual([]);
  });
  it('finds another scope word in the 第一责任人 duty', () => {
    expect(names('本人切实履行推进依法治国第一责任人职责。')).toHaveLength(1);
    expect(names('认真履行推进依法行政第一责任人职责，带头学法。')).toHaveLength(1);
    expect(names('本人切实履行推进法治建设第一责任人职责。')).toEqual([]);
    expect(names('履行推进法治政府建设第一责任人职责。')).toEqual([]);
  });
});

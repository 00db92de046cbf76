// Round 34: an ended plan's share of the new year named after it (新一年度各项任务, 本年度任务), the issuer written before a
// central title's 《》 (国务院《关于…》), an old wording quoted in the change that replaced it (将“具体行政行为”调整为
// “行政行为”), and the judicial “三个规定” put where the enforcement “三项制度” belong.
import { describe, expect, it } from 'vitest';
import { ofKind } from './helpers/draft-check.ts';

/** A report on `year` around a body and a plans section, so a sentence reads in its usual place. */
const report = (body: string, plans = '下一步，我们将持续用力。', year = 2026) =>
  `某区人民政府${year}年法治政府建设年度报告\n${year}年，区政府扎实推进法治政府建设。\n一、主要举措和成效\n${body}\n二、存在的不足\n基层力量薄弱。\n三、${year + 1}年工作安排\n${plans}\n某区人民政府\n${year + 1}年2月1日\n`;
const kinds = (kind: string, body: string, plans?: string, year?: number) => ofKind(kind, report(body, plans, year), year ?? 2026);

describe('an ended plan with the new year\'s share named after it', () => {
  const expired = (body: string, plans?: string, year?: number) => kinds('expired-document-as-guidance', body, plans, year);
  it('finds the plan whatever the verb, its period in brackets after its short name', () => {
    expect(expired('全年办理案件10件。', '分解提升行政执法质量三年行动计划（2023—2025年）新一年度各项任务，压实到各执法单位。')).toHaveLength(1);
    expect(expired('全年办理案件10件。', '细化《法治社会建设实施纲要（2020—2025年）》新年度重点任务。')).toHaveLength(1);
    expect(expired('全年办理案件10件。', '梳理“八五”普法规划新一年工作要点。')).toHaveLength(1);
  });
  it('finds the report year\'s own share of a plan that ended before it', () => {
    expect(expired('印发《某区法治政府建设规划（2021—2025年）》今年工作要点，明确责任单位。')).toHaveLength(1);
    expect(expired('分解法治中国建设规划（2020—2025年）本年度任务。')).toHaveLength(1);
  });
  it('stays silent while the plan runs, and on the new year\'s own plans', () => {
    expect(expired('全年办理案件10件。', '细化《法治社会建设实施纲要（2020—2025年）》新年度重点任务。', 2024)).toEqual([]);
    expect(expired('全年办理案件10件。', '2027年，制定新一年度法治建设工作要点。')).toEqual([]);
    expect(expired('《法治政府建设实施纲要（2021—2025年）》各项任务已全部完成，为新一年度工作打下基础。')).toEqual([]);
  });
});

describe('the issuer written before a central title\'s marks', () => {
  const titles = (body: string) => kinds('document-title', body, undefined, 2024);
  it('reads 国务院《关于…》 and 国务院办公厅《关于…》 as the whole title', () => {
    expect(titles('认真落实2010年国务院《关于加强法治政府建设的意见》提出的各项要求。')).toEqual([]);
    expect(titles('认真落实国务院印发的《关于加强法治政府建设的意见》。')).toEqual([]);
    expect(titles('按照国务院办公厅《关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》推进三项制度。')).toEqual([]);
  });
  it('still finds the rest of the title misquoted, and the title cited with no issuer at all', () => {
    expect(titles('认真落实国务院《关于加强法治政府建没的意见》提出的各项要求。')).toHaveLength(1);
    expect(titles('按照国务院办公厅《关于全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度的指导意见》推进。')).toHaveLength(1);
    expect(titles('按照《关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》推进三项制度。')).toHaveLength(1);
  });
});

describe('an old wording quoted in the change that replaced it', () => {
  const old = (body: string) => kinds('outdated-wording', body);
  it('stays silent on the change told, in any change verb', () => {
    expect(old('新修订的行政复议法将“具体行政行为”修改为“行政行为”，我局更新了复议文书。')).toEqual([]);
    expect(old('新法用“行政行为”取代了“具体行政行为”，我局据此修订文书模板。')).toEqual([]);
    expect(old('行政复议法修订后不再使用“具体行政行为”的表述，统一为“行政行为”。')).toEqual([]);
  });
  it('still hints on the old wording used as the writer\'s own, quoted or not', () => {
    expect(old('对申请人不服的具体行政行为依法进行全面审查。')).toHaveLength(1);
    expect(old('行政机关对“具体行政行为”作出复议决定后统一为当事人送达。')).toHaveLength(1);
  });
});

describe('the judicial “三个规定” put for the enforcement “三项制度”', () => {
  const names = (body: string) => kinds('system-name', body);
  it('reports the slogan after 行政执法 or after the three systems listed', () => {
    expect(names('全面落实行政执法“三个规定”，推动执法全过程留痕。')).toEqual([['“三个规定”', 'error']]);
    expect(names('各执法单位严格执行执法三个规定。')).toHaveLength(1);
    expect(names('推行执法公示、执法全过程记录、重大执法决定法制审核等“三个规定”。')).toHaveLength(1);
  });
  it('hints on the reverse: the enforcement “三项制度” put after 干预司法', () => {
    expect(names('严格落实防止干预司法“三项制度”，全年记录报告0件。')).toEqual([['“三项制度”', 'hint']]);
  });
  it('stays silent on the judicial rules in their own place', () => {
    expect(names('严格落实防止干预司法“三个规定”，全年记录报告0件。')).toEqual([]);
    expect(names('政法干警执行“三个规定”情况纳入考核。')).toEqual([]);
    expect(names('执法司法人员严格落实“三个规定”。')).toEqual([]);
  });
});

// Round 33: a fixed system's name with one word swapped for a near word (hint), the 应知应会 list named without
// 党内法规 (a hint, as before: the bank's own note says so; the v32 audit and 18 earlier labels agree), and an ended
// plan's share of next year named right after it.
import { describe, expect, it } from 'vitest';
import { ofKind } from './helpers/draft-check.ts';

/** A 2026 annual report around a body, so a sentence reads in its usual place. */
const report = (body: string, plans = '下一步，我们将持续用力。') =>
  `某县人民政府2026年法治政府建设年度报告\n2026年，县政府扎实推进法治政府建设。\n一、主要举措和成效\n${body}\n二、存在的不足\n基层力量薄弱。\n三、2027年工作安排\n${plans}\n某县人民政府\n2027年2月1日\n`;
const names = (body: string) => ofKind('system-name', report(body));
/** Each sentence gets no system-name finding. */
const silent = (...bodies: string[]) => expect(bodies.flatMap(names)).toEqual([]);

describe('the 应知应会 list', () => {
  it('hints the plan\'s wording 应知应会法律法规清单制度 with the system\'s own name, and stays silent on a unit\'s own list', () => {
    expect(names('县委组织部落实领导干部应知应会法律法规清单制度，组织考试2次。')).toEqual([['应知应会法律法规清单制度', 'hint']]);
    silent('县委组织部落实领导干部应知应会党内法规和国家法律清单制度。', '编制本局领导干部应知应会法律法规清单，列明35部法律法规。');
  });
  it('still hints on other garbled names of the list', () => {
    expect(names('落实领导干部应知应会法律规章清单制度。')).toEqual([['应知应会法律规章清单制度', 'hint']]);
    expect(names('健全应知应会党内法规和国家法规清单制度。').length).toBe(1);
  });
});

describe('a fixed name with one word swapped', () => {
  it('reports the 三项制度 record system named with 全程 or 留痕 once, at the level of the 三项制度 names', () => {
    expect(names('全程录音录像，执法全程留痕制度得到落实。')).toEqual([['执法全程留痕制度', 'error']]);
    expect(names('农业执法大队严格执行执法全程留痕记录制度。')).toEqual([['执法全程留痕记录制度', 'error']]);
    expect(names('交通运输局推行行政执法全过程留痕记录制度。')).toHaveLength(1);
  });
  it('leaves 全程留痕 as a description of the practice alone', () => {
    silent('依托执法平台实行全程留痕，案卷可回溯。', '做到执法全程留痕、可追溯。', '落实执法全过程记录制度，配备执法记录仪40台。');
  });
  it('hints on 理论学习中心小组, not on a branch\'s own study group', () => {
    expect(names('局党组理论学习中心小组专题学习民法典。')).toEqual([['中心小组', 'hint']]);
    silent('局党组理论学习中心组专题学习民法典。', '各党支部理论学习小组每月学法一次。');
  });
  it('hints on 出庭应答 or 答诉 for 出庭应诉, not on answering the court in it', () => {
    expect(names('全年镇政府负责人出庭应答行政案件5件。')).toEqual([['负责人出庭应答', 'hint']]);
    expect(names('严格执行行政机关负责人出庭答诉制度。')).toEqual([['负责人出庭答诉', 'hint']]);
    silent('负责人出庭应诉并出庭应答法官提问，做到出庭出声。', '机关负责人出庭应答法官询问3次。');
  });
  it('hints on the 督察 of 法治政府建设与责任落实 called 巡察 or 巡视', () => {
    expect(names('主动配合市里开展的法治政府建设与责任落实巡察。')).toEqual([['巡察', 'hint']]);
    expect(names('迎接法治政府建设和责任落实巡视，问题即知即改。')).toEqual([['巡视', 'hint']]);
    silent('配合做好法治政府建设与责任落实督察。', '压实法治政府建设与责任落实，巡察发现问题3个。');
  });
});

describe('an ended plan\'s share of next year', () => {
  const expired = (body: string, plans?: string) => ofKind('expired-document-as-guidance', report(body, plans));
  it('flags the plan with 明年 or 下一年度 tasks after it in a report on a later year', () => {
    expect(expired('基层力量薄弱。', '扎实推进法治乡村建设，完成《法治社会建设实施纲要（2020—2025年）》明年各项任务。')).toEqual([['《法治社会建设实施纲要（2020—2025年）》明年各项任务', 'hint']]);
    expect(expired('基层力量薄弱。', '对标《法治政府建设实施纲要（2021—2025年）》下一年度重点任务，逐项分解。').length).toBe(1);
  });
  it('stays silent while next year is still inside the plan, and on next year\'s tasks of the unit itself', () => {
    const in2024 = `某县人民政府2024年法治政府建设年度报告\n一、主要举措\n推进依法行政。\n二、2025年工作安排\n完成《法治社会建设实施纲要（2020—2025年）》明年各项任务。\n`;
    expect(ofKind('expired-document-as-guidance', in2024, 2024)).toEqual([]);
    expect(expired('基层力量薄弱。', '谋划明年各项任务，制定年度工作要点。')).toEqual([]);
  });
});

/**
 * Round 53, parts and their total: a 其中 list stops before a clause that counts another thing with its own object
 * (纠正8件，审核行政规范性文件29件), and a leader's own count of what they did (主要负责人15次主持召开…, 班子成员7次领学)
 * is measured by the words after the number, not by the leader before it. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { checkWith, kindOf } from './helpers/draft-check.ts';

const report = (opening: string, body: string, closing = '') =>
  `某县司法局2024年法治政府建设年度报告\n2024年，某县司法局法治政府建设各项任务有序推进。${opening}现将有关情况报告如下。\n一、主要举措和成效\n（一）严格规范公正文明执法。${body}\n二、党政主要负责人履行推进法治建设第一责任人职责情况\n${closing || '带头尊法学法守法用法。'}\n三、存在的不足和原因\n学法形式较为单一。\n四、下一年度工作打算\n加强学习培训。`;
const numberHints = (text: string) =>
  checkWith(text, { year: 2024, type: 'law-based-government-annual-report' }).filter((f) => kindOf.get(f.rule) === 'number-mismatch').map((f) => f.text);

describe('a 其中 list stops before another measure', () => {
  const caught: [string, string][] = [
    ['全年办理行政复议案件30件，其中维持18件，撤销9件，确认违法5件。', '30件'],
    ['共开展普法活动20场，其中举办法治讲座12场，开展送法下乡10场。', '20场'],
    ['全年受理信访事项40件，其中网上信访26件、来信来访17件。', '40件'],
  ];
  for (const [body, span] of caught) it(`reports: ${body}`, () => expect(numberHints(report('', body))).toContain(span));

  const silent = [
    '全年受理行政复议申请30件，其中决定维持20件，审查行政规范性文件15件，均按期完成。',
    '共收到信访事项40件，其中网上信访25件，调处矛盾纠纷30件，调解成功率95%。',
    '全年行政应诉案件12件，其中败诉风险较高的已逐件研判，撤诉4件，提供法律咨询10件。',
  ];
  for (const body of silent) it(`stays silent: ${body}`, () => expect(numberHints(report('', body))).toEqual([]));
});

describe("a leader's count of their own acts", () => {
  const caught: [string, string, string, string][] = [
    ['主要负责人8次主持召开法治建设专题会议。', '开展普法活动12场。', '主要负责人先后6次主持召开法治建设专题会议，研究解决重点问题。', '6次'],
    ['本人12次带头领学习近平法治思想。', '开展普法活动12场。', '本人9次带头领学习近平法治思想。', '9次'],
  ];
  for (const [opening, body, closing, span] of caught) it(`reports: ${closing}`, () => expect(numberHints(report(opening, body, closing))).toContain(span));

  const silent: [string, string, string][] = [
    ['主要负责人19次主持召开法治建设专题会议。', '开展集中普法活动41场。', '主要负责人11次在会前学法中领学。'],
    ['班子成员9次带队开展执法检查。', '分管领导4次带队旁听庭审。', '班子成员7次在党组会前学法中领学。'],
    ['', '主要负责人6次在会前学法中领学。按照上级部署，主要负责人15次主持召开法治建设专题会议。', '分管领导3次带队督查法治建设工作。'],
  ];
  for (const [opening, body, closing] of silent) it(`stays silent: ${closing}`, () => expect(numberHints(report(opening, body, closing))).toEqual([]));
});

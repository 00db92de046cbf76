/**
 * Round 32, number-mismatch precision: two counts in like words that the text shows to be two occasions stay silent —
 * the audiences of two different events (参与人员 after a quiz and after a court visit; 带动干部职工 after a deputy's
 * lecture and after the chief's), an activity organised for others against the chief's own share (组织…旁听庭审 N场 …
 * 带头旁听庭审 M次), problems found by two inspections (审计 … 评查), an earlier year's review findings said all fixed
 * after this year's problems, and a stock built in an ended period against this year's new ones.
 * The same event, the same doer, the same inspection or the same year's findings told twice are still found.
 * Probes written for this round, in other words than the eval items.
 */
import { describe } from 'vitest';
import { numberProbes, report } from './helpers/number-probes.ts';

const positives: [string, string, string][] = [
  ['one event’s audience told twice',
    report('2026年，县文旅局推进普法。', '（一）举办法治讲座5场，覆盖群众1200人次。', '二、主要负责人履行职责情况', '举办法治讲座5场，覆盖群众1300人次。'), '1300人次'],
  ['the chief’s own court appearances told twice',
    report('2026年，县政府推进依法行政。', '（一）主要负责人带头出庭应诉6次。', '二、主要负责人履行职责情况', '主要负责人带头出庭应诉4次。'), '4次'],
  ['one inspection’s findings told twice',
    report('2026年，县政府压实责任。', '（一）组织开展专项督察3轮，发现问题21个。', '二、主要负责人履行职责情况', '组织开展专项督察3轮，发现问题12个，均已整改。'), '12个'],
  ['an earlier year’s findings counted and said all fixed under another number',
    report('2026年，县政府压实责任。', '（一）针对2025年度述法评议指出的6个问题逐项制定措施，5个问题已全部整改到位。'), '5个问题'],
  ['this year’s new sites told twice',
    report('2026年，县司法局推进普法阵地建设。', '（一）新建法治文化阵地8处。', '二、主要负责人履行职责情况', '新建法治文化阵地9处。'), '9处'],
];

const negatives: [string, string][] = [
  ['the audiences of two different events',
    report('2026年，县司法局推进干部学法。', '（一）组织干部参加宪法知识竞赛，参与人员320人次。组织干部参加旁听庭审活动4场，参与人员96人次。')],
  ['a deputy’s lecture audience and the chief’s',
    report('2026年，县司法局推进干部学法。', '（一）分管副局长讲授法治专题课2次，带动干部职工120人次参学。', '（二）主要负责同志带头讲授法治课2次，带动干部职工88人次参学。')],
  ['court visits organised for staff against the chief’s own',
    report('2026年，县司法局推进干部学法。', '（一）组织执法人员旁听庭审9场，参加人员210人次。', '（二）主要负责人带头出庭应诉2次，带头旁听庭审3次。')],
  ['problems found by an audit and by a file review',
    report('2026年，县司法局推进严格执法。', '（一）配合开展审计监督，整改审计发现问题17个。', '（二）组织开展执法案卷评查2轮，发现问题9个，均已整改。')],
  ['last year’s review findings fixed after this year’s problems',
    report('2026年，县司法局压实责任。', '（一）局党组主要负责人主持召开专题会议6次，研究解决法治建设问题14个。2025年度述法评议中指出的3个问题已全部整改到位。')],
  ['sites built in an ended plan period and this year’s new ones',
    report('2026年，县司法局推进普法阵地建设。', '（一）“七五”普法期间建成的12个法治宣传阵地已全部完成提档升级。新建法治文化公园、法治长廊等阵地5个。')],
  ['sites built in an earlier year and this year’s additions',
    report('2026年，县司法局推进普法阵地建设。', '（一）2022年建成的7处法治文化阵地本年度全部完成改造。新增法治宣传栏、法治长廊等阵地4处。')],
];

describe('number-mismatch precision (round 32): two occasions in like words', () => {
  numberProbes(positives, negatives);
});

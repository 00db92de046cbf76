/**
 * Round 31, number-mismatch precision: counts that share a unit and a noun but measure other things stay silent —
 * N items that all did one act against M items given another act (均完成合法性审查 … 对M项开展风险评估), two tasks in
 * the 一是…二是… items of one paragraph, and the reach of two different events (覆盖学生 after 宪法晨读 and after 模拟法庭), and two groups named by one example (河口镇等6个乡镇建成… … 河口镇等4个
 * 乡镇…不足).
 * The same act, the whole set by its scope, and one event's reach told twice are still found. Probes written for this
 * round, in other words than the eval items.
 */
import { describe } from 'vitest';
import { numberProbes, report } from './helpers/number-probes.ts';

const positives: [string, string, string][] = [
  ['one act on all of a set, said twice with two numbers',
    report('2026年，县政府扎实推进依法决策。', '（一）全年7项重大行政决策事项均履行了法定程序。', '（二）规范决策流程，9项重大行政决策事项均履行了法定程序。'), '9项'],
  ['a scoped whole set (全乡), then more members than it has',
    report('2026年，全乡9个行政村全部配备法律顾问。', '（一）依托12个行政村法律顾问开展法治体检。'), '12个'],
  ['one event’s reach told twice',
    report('2026年，县教育局推进青少年普法。', '（一）全年开展宪法晨读活动，覆盖学生1520人次。', '（二）加强阵地建设。全年开展宪法晨读活动，覆盖学生1250人次。'), '1250人次'],
  ['a count in a 一是 item restated in a later paragraph',
    report('2026年，县司法局扎实推进普法。', '（一）加强普法阵地建设，一是新建法治文化公园，全年新建法治文化公园6个；二是完善普法队伍。', '（二）拓展阵地，全年新建法治文化公园8个。'), '8个'],
  ['the jurisdiction’s set (辖区) by one act, then larger by another',
    report('2026年，街道辖区7个社区全部建成法治书屋。', '（一）辖区9个社区均开设“法律诊所”，每周接待居民。'), '9个'],
  ['a set the town says it has (我镇共有), then larger',
    report('2026年，我镇共有13个行政村全部完成村规民约修订。', '（一）全镇15个行政村全部完成村规民约修订。'), '15个'],
];

const negatives: [string, string][] = [
  ['all N decisions through legality review, then M given a risk assessment',
    report('2026年，县政府扎实推进依法决策。', '（一）全年5项重大行政决策事项均完成合法性审查。', '（二）对6项重大行政决策开展社会稳定风险评估，邀请专家21人次。')],
  ['two acts each done by all of its own set of decisions',
    report('2026年，镇政府扎实推进依法决策。', '（一）9项重大决策事项全部经过合法性审查后提交集体讨论。', '（二）主要负责人坚持依法决策，4项重大决策事项均经过专家论证和风险评估。')],
  ['all N officers passed an exam, then M officers at a hearing',
    report('2026年，区城管局推进严格执法。', '（一）8名执法人员均参加执法资格考试。', '（二）组织10名执法人员旁听庭审。')],
  ['two tasks in 二是 and 三是 of one paragraph',
    report('2026年，区应急管理局推进法治建设。', '（一）一是规范执法检查，年内开展6次专项检查；二是强化危化品执法，年内开展9次专项检查；三是加强执法培训。')],
  ['the reach of two different events',
    report('2026年，县教育局推进青少年普法。', '（一）推进青少年普法。全年开展宪法晨读活动，覆盖学生1520人次。组织模拟法庭进校园，覆盖学生410人次。')],
  ['two groups named by the same example, each by its own act',
    report('2026年，县司法局推进基层法治建设。', '（一）夯实基层基础，河口镇等6个乡镇建成公共法律服务工作站。', '二、存在的问题', '河口镇等4个乡镇专职调解员不足2人，调解力量薄弱。')],
];

describe('number-mismatch precision (round 31): counts of other acts', () => {
  numberProbes(positives, negatives);
});

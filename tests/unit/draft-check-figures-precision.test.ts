/**
 * Round 30, number-mismatch precision: counts that only look alike stay silent — two groups of people sharing a head
 * (领导班子成员 … 领导干部), a check and another act on one kind of case (审核 … 办理), an outcome-only rate (按时办结率) of
 * two different things — and a part over its whole in a 其中 list is one finding, the list's sum, not two.
 * Probes written for this round, in other words than the eval items.
 */
import { describe, expect, it } from 'vitest';
import { numberProbes, report } from './helpers/number-probes.ts';
import { ofKind } from './helpers/draft-check.ts';

const positives: [string, string, string][] = [
  ['the whole set said twice with two numbers', report('2026年，全镇11个村（社区）全部建立调解室。', '（一）依托13个村（社区）调解室化解纠纷。'), '13个'],
  ['one rate of one thing said twice', report('2026年，县政府办理人大代表建议52件，按时办结率100%。', '（一）全年办理人大代表建议52件，按时办结率96%。'), '按时办结率96%'],
];

const negatives: [string, string][] = [
  ['班子成员 all, then a larger group of cadres', report('2026年，县政府7名领导班子成员全部进行述法。', '（一）组织46名领导干部旁听庭审。')],
  ['legal advisers all, then 法律明白人', report('2026年，全镇5名法律顾问全部参与决策审查。', '（一）培养12名法律明白人开展普法。')],
  ['审核 then 办理 one kind of case', report('2026年，县农业农村局审核行政处罚案件120件。', '（一）全年办理行政处罚案件165件。')],
  ['评查 then 办理 one kind of case', report('2026年，区交通运输局评查行政许可案件48件。', '（一）全年办理行政许可案件390件。')],
  ['按时办结率 of proposals and of hotline calls', report('2026年，县政府受理热线涉法诉求830件，按时办结率97%。', '（一）办理政协委员提案39件，按时办结率100%。')],
  ['满意率 of two services', report('2026年，县公共法律服务中心接待群众咨询612人次，满意率98%。', '（一）办理法律援助案件87件，满意率100%。')],
];

describe('number-mismatch precision (round 30)', () => {
  numberProbes(positives, negatives);
  it('gives one finding for a 其中 list whose first part is over the whole', () => {
    const text = report('2026年，县政府扎实推进法治政府建设。', '（一）全年清理行政规范性文件28件，其中保留33件、修改9件、废止4件。');
    expect(ofKind('number-mismatch', text)).toHaveLength(1);
  });
});

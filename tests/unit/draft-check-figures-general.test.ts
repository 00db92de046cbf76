/**
 * Transposed figures (transposed-figures.ts): one measure written twice in one unit with its digits in another order
 * (980万元 … 890万元) is a typing slip whatever words each place uses. Probes written for this round; look-alikes that
 * share only an act, two digits by chance, or a pair the tuple reader tells apart (another stage, year or kind) stay silent.
 */
import { describe, expect, it } from 'vitest';
import { numberProbes, report } from './helpers/number-probes.ts';
import { ofKind } from './helpers/draft-check.ts';

const positives: [string, string, string][] = [
  ['a fine total worded twice, digits swapped', report('2026年，县市场监管局全年收缴罚款760万元。', '（一）查处违法案件后，罚款收缴入库670万元。'), '670万元'],
  ['an amount recovered in other words, digits swapped', report('2026年，全县为农民工追回工资2350万元。', '（一）根治欠薪专项行动中帮助农民工讨回欠薪2530万元。'), '2530万元'],
];

const negatives: [string, string][] = [
  ['two measures sharing only the act (办理…建议 … 办理…案件)', report('2026年，县政府办理人大代表建议和政协提案118件。', '（一）县法律援助中心办理法律援助案件181件。')],
  ['two digits sharing one word by chance', report('2026年，县政府审核行政规范性文件12件。', '（一）全年清理废止文件21件。')],
  ['two stages of one flow, digits swapped', report('2026年，县政府共收到行政复议申请152件。', '（一）全年审结行政复议案件125件。')],
  ['another year, digits swapped', report('2026年，县政府罚没款合计760万元。', '（一）2025年县政府罚没款合计670万元。')],
  ['a kind of the whole, digits swapped', report('2026年，全县共办理行政处罚案件1352件。', '（一）全年办理简易程序行政处罚案件1325件。')],
  ['two figures in one sentence', report('2026年，全县共调解纠纷213件，回访纠纷231件。', '（一）深化诉源治理。')],
];

describe('transposed figures (number-mismatch)', () => {
  numberProbes(positives, negatives);
  it('gives one finding for a pair another reader already marks', () => {
    const text = report('2026年，街道共排查化解矛盾纠纷312件。', '（一）全年共排查矛盾纠纷321件，其中邻里纠纷140件、物业纠纷96件、婚姻家庭纠纷85件。');
    expect(ofKind('number-mismatch', text)).toHaveLength(1);
  });
});

/**
 * Plain shapes of one count written twice that the readers missed: a count without a verb of its own (以县政府为被申请人的
 * 行政复议案件N件) against the year's 受理; 立案查处 read as a doer before 查处; a count named by its verb alone (受理N件，
 * 审结M件) restated with the digits in another order; the thing written after the number (在评查的N卷行政处罚案卷中); two
 * numbered items under two different headings; and 受理 totals split by outcome (审结, 纠错), which are not parts to add up.
 * Topics from the reference (行政复议, 政府信息公开, 行政许可, 案卷评查, 信访, 违法建设查处), not from the evaluation sets.
 */
import { describe } from 'vitest';
import { numberProbes, report } from './helpers/number-probes.ts';

const positives: [string, string, string][] = [
  ['a count without a verb after the year\'s 受理', report('2026年，县政府全年受理行政复议案件36件。', '（一）本年度以县政府为被申请人的行政复议案件38件，均依法审理。'), '38件'],
  ['立案查处 after 查处', report('2026年，我局共查处违法建设案件44件。', '（一）全年立案查处违法建设案件42件，均已结案。'), '42件'],
  ['a count named by its verb, digits permuted', report('2026年，全县受理行政复议案件260件，审结241件。', '（一）在全年审结214件的基础上，进一步提升办案质效。'), '214件'],
  ['a verb alone, then the verb with its thing, digits permuted', report('2026年，全县共收到政府信息公开申请530件，依法受理412件。', '（一）全县各级行政机关依法受理政府信息公开申请421件。'), '421件'],
  ['numbered items under two headings', report('2026年，县政府扎实推进法治政府建设。', '（一）全年共取消行政许可事项17项。', '二、深化放管服改革', '（一）全年取消的行政许可事项14项中，部分事项承接不到位。'), '14项'],
  ['the thing after the number, digits permuted', report('2026年，全县评查行政处罚案卷230卷。', '（一）在评查的203卷行政处罚案卷中，发现文书不规范问题。'), '203卷'],
  ['numbered 类 lines short of the total', report('2026年，全年列入目录管理的重大行政决策事项共6项。', '（一）生态环境类2项。', '（二）社会民生类3项。'), '6项'],
  ['closed and still open short of the accepted', report('2026年，全县受理信访事项50件，其中已办结30件、正在办理15件。'), '50件'],
];

const negatives: [string, string][] = [
  ['accepted cases split by outcome', report('2026年，全县行政复议机关收到行政复议申请820件，受理760件。', '（一）全县受理的760件案件中，审结700件，其中直接纠错90件。')],
  ['a verb alone against another thing under the verb', report('2026年，全县共收到政府信息公开申请530件，依法受理412件。', '（一）依法受理行政诉讼案件45件。')],
  ['the thing after the number, another kind', report('2026年，全县评查行政处罚案卷230卷。', '（一）在评查的203卷行政许可案卷中，发现文书不规范问题。')],
  ['立案查处 by a unit of its own', report('2026年，我局共查处违法建设案件44件。', '（一）县城管执法大队立案查处违法建设案件30件。')],
  ['numbered items under one heading', report('2026年，县政府扎实推进法治政府建设。', '（一）取消行政许可事项17项。', '（二）下放行政许可事项14项。')],
  ['numbered 类 lines adding up', report('2026年，全年列入目录管理的重大行政决策事项共6项。', '（一）生态环境类2项。', '（二）社会民生类4项。')],
  ['numbered 类 lines under a total with a verb', report('2026年，全县共办理行政复议案件60件。', '（一）治安管理类20件。', '（二）自然资源类35件。')],
  ['a count without a verb, another year', report('2026年，县政府全年受理行政复议案件36件。', '（一）2025年以县政府为被申请人的行政复议案件30件。')],
];

describe('round 19 numbers: plain shapes of one count written twice', () => {
  numberProbes(positives, negatives);
});

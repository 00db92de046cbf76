/**
 * Round 29 number-mismatch families, in probes written for this round: a rate whose part names who did the act
 * (负责人出庭应诉), an outcome list whose slip may be in any part, problems counted then said all done under another
 * number, and a count per member of a set against its total. Look-alikes that must stay silent: rates that agree,
 * parts that are only some, floors (至少), and totals of another thing.
 */
import { describe } from 'vitest';
import { numberProbes, report } from './helpers/number-probes.ts';

const positives: [string, string, string][] = [
  ['a rate of 100% when fewer heads appeared than cases', report('2026年，县政府依法推进各项工作。', '（一）全年共有行政诉讼案件24件，县政府负责人出庭应诉22件，出庭应诉率100%。'), '出庭应诉22件'],
  ['a rate counted per hearing (件次) against cases (件)', report('2026年，县政府依法推进各项工作。', '（一）办理一审行政应诉案件30件，区长和副区长出庭应诉27件次，出庭应诉率达100%。'), '出庭应诉率达100%'],
  ['an outcome list with a slip in one part', report('2026年，县政府依法推进各项工作。', '（一）全年审结行政复议案件64件，其中维持48件、撤销5件、责令履行3件、驳回10件。'), '驳回10件'],
  ['problems counted then all done under another number', report('2026年，县政府依法推进各项工作。', '（一）对督察组反馈的12个问题建立台账，明确责任单位，11个问题均已整改到位。'), '11个问题'],
  ['problems named after the number, then all done', report('2026年，县政府依法推进各项工作。', '（一）巡视反馈问题9项，县政府逐项研究，8项问题已全部整改完毕。'), '8项问题'],
  ['a per-village count against a bare total', report('2026年，县政府依法推进各项工作。', '（一）为全县23个社区各配备法律顾问2名，共计48名。'), '共计48名'],
  ['a rate named by the short act (出庭率)', report('2026年，县政府依法推进各项工作。', '（一）全年发生行政诉讼案件14件，副县长出庭应诉12件，出庭率100%。'), '出庭应诉12件'],
  ['settled disputes exceeding those taken up', report('2026年，县政府依法推进各项工作。', '（一）全年排查化解邻里纠纷318起，调解成功321起。'), '321起'],
  ['a total of two things counted just before', report('2026年，县政府依法推进各项工作。', '（一）县政府聘请法律顾问6名、选聘公职律师4名，参与审查合同80份。全年共11名法律顾问和公职律师列席常务会议。'), '共11名'],
  ['a per-village count spreading the figure before it', report('2026年，县政府依法推进各项工作。', '（一）选聘人民调解员40名。确保9个行政村每村5名全覆盖。'), '40名'],
];

const negatives: [string, string][] = [
  ['a rate that agrees (件次 and 件)', report('2026年，县政府依法推进各项工作。', '（一）办理一审行政应诉案件30件，区长和副区长出庭应诉30件次，出庭应诉率达100%。')],
  ['a rate of the heads that agrees with rounding', report('2026年，县政府依法推进各项工作。', '（一）全年共有行政诉讼案件24件，县政府负责人出庭应诉22件，出庭应诉率91.7%。')],
  ['an outcome list that adds up', report('2026年，县政府依法推进各项工作。', '（一）全年审结行政复议案件64件，其中维持48件、撤销5件、责令履行3件、驳回8件。')],
  ['problems of which only some are done', report('2026年，县政府依法推进各项工作。', '（一）对督察组反馈的12个问题建立台账，其中11个问题已整改到位，1个问题正在整改。')],
  ['two sets of problems summed in the claim', report('2026年，县政府依法推进各项工作。', '（一）督察反馈问题7个、自查发现问题5个，12个问题均已整改到位。')],
  ['problems still to be dealt with as a target', report('2026年，县政府依法推进各项工作。', '（一）对督察组反馈的12个问题建立台账，确保10个问题全部整改到位。')],
  ['a short-named rate that agrees', report('2026年，县政府依法推进各项工作。', '（一）全年发生行政诉讼案件14件，副县长出庭应诉14件，出庭率100%。')],
  ['settled disputes fewer than those taken up', report('2026年，县政府依法推进各项工作。', '（一）全年排查化解邻里纠纷318起，调解成功312起。')],
  ['an adviser\'s share against the organ\'s count in the same words', report('2026年，县政府依法推进各项工作。', '（一）全年审查合同64份，提出意见30条。', '（二）公职律师全年审查合同25份，出具意见12份。')],
  ['an audience\'s study sessions against the meeting\'s', report('2026年，县政府依法推进各项工作。', '（一）全年召开常务会议研究法治工作6次，组织会前学法6次。组织执法人员开展会前学法10次。')],
  ['a total of two things that adds up', report('2026年，县政府依法推进各项工作。', '（一）县政府聘请法律顾问6名、选聘公职律师4名，参与审查合同80份。全年共10名法律顾问和公职律师列席常务会议。')],
  ['a joined total of things not counted before', report('2026年，县政府依法推进各项工作。', '（一）县政府聘请法律顾问6名，参与审查合同80份。全年共11名律师和专家列席常务会议。')],
  ['a per-village floor', report('2026年，县政府依法推进各项工作。', '（一）为全县23个社区各配备法律顾问至少2名，共计50名。')],
  ['a per-village count whose product is the total', report('2026年，县政府依法推进各项工作。', '（一）为全县23个社区各配备法律顾问2名，共计46名。')],
  ['a per-village count after a total of another thing', report('2026年，县政府依法推进各项工作。', '（一）全县共聘请律师5名，为12个行政村各配备1名法律顾问。')],
  ['a per-village count that spreads the figure before it', report('2026年，县政府依法推进各项工作。', '（一）选聘人民调解员45名。确保9个行政村每村5名全覆盖。')],
];

describe('number-mismatch families of round 29', () => {
  numberProbes(positives, negatives);
});

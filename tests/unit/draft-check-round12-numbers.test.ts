/**
 * Round 12 (numbers): the families the first run on v10 missed, with probes invented for this round (not taken from
 * the evaluation sets): a year's total against its two halves (上半年…下半年…), a total in the opening against the
 * parts the body lists (其中… or one numbered line per part), one figure restated with its digits in another order
 * under other words (家次, 亩, 件), and a total restated as the set a breakdown is taken from (在审议的N项…中).
 * Look-alikes that must stay silent: halves that add up, parts that are only some of the total (部分, 抽查),
 * two different measures whose digits happen to be swapped, and a figure of last year.
 */
import { describe } from 'vitest';
import { numberProbes, report } from './helpers/number-probes.ts';

const positives: [string, string, string][] = [
  ['halves that add up to more than the year', report('2026年，县政府常务会议专题学法7次。', '（一）县政府常务会议专题学法，其中上半年3次、下半年5次。'), '下半年5次'],
  ['halves that add up to less than the year, in the set named again', report('2026年，县委常委会研究法治建设议题6次。', '（一）在6次常委会会议中，上半年研究2次、下半年研究3次。'), '下半年研究3次'],
  ['digits in another order, 家次, under other words', report('2026年，县应急管理局共开展安全生产执法检查2340家次。', '（一）检查工贸、危化等生产经营单位2430家次。'), '2430家次'],
  ['digits in another order, 亩, under other words', report('2026年，县自然资源局共拆除违法建筑复垦土地57亩。', '（一）督促当事人自行整改，复垦土地75亩。'), '复垦土地75亩'],
  ['digits in another order, 件, 立案 added', report('2026年，县交通运输局共查处超限运输违法案件63件。', '（一）立案查处超限运输案件36件，罚款42万元。'), '36件'],
  // Known misses of round 12, caught in round 13 (opening-breakdown.ts).
  ['an opening total against the parts on two numbered lines', report('2026年，县司法局共审核行政规范性文件24件。', '（一）审核县政府行政规范性文件15件。', '（二）审核县政府办公室行政规范性文件11件。'), '24件'],
  ['an opening total against a 其中 breakdown in the body', report('2026年，县市场监管局共办理投诉举报案件530件。', '（一）按照投诉、举报分类办理，其中投诉案件310件、举报案件240件，均按时办结。'), '530件'],
  ['a total restated as the set a breakdown is taken from', report('2026年，县政府常务会议审议重大行政决策事项18项。', '（一）在审议的16项重大行政决策事项中，经济发展类9项、社会民生类7项。'), '16项'],
];

const negatives: [string, string][] = [
  ['halves of one kind of study only (集中学法)', report('2026年，县政府常务会议全年学法12次。', '（一）上半年集中学法2次、下半年集中学法3次。')],
  ['halves that add up', report('2026年，县政府常务会议专题学法8次。', '（一）县政府常务会议专题学法，其中上半年3次、下半年5次。')],
  ['a 其中 breakdown that is only some of the total', report('2026年，县市场监管局共办理投诉举报案件530件。', '（一）其中涉及食品安全的投诉案件310件、涉及特种设备的举报案件40件。')],
  ['numbered lines that are parts of another measure', report('2026年，县司法局共审核行政规范性文件24件。', '（一）备案审查乡镇报送文件15件。', '（二）清理县政府办公室文件11件。')],
  ['two measures whose digits happen to be swapped', report('2026年，县交通运输局共开展路面执法检查63次。', '（一）查处超限运输违法案件36件，罚款42万元。')],
  ['a part with a modifier, digits in another order', report('2026年，县交通运输局共查处违法运输案件63件。', '（一）立案查处超限超载违法运输案件36件。')],
  ['two parts and their sum (合计) on their own lines', report('2026年，县商务局共办理行政许可事项412件。', '（一）日常检查经营单位260家次。', '（二）专项检查经营单位90家次。', '全年合计检查经营单位350家次。')],
  ['digits swapped against last year', report('2026年，县应急管理局开展执法检查2430家次。', '（一）较上年的2340家次有所增加。')],
  ['a set named again that is equal to the total', report('2026年，县政府常务会议审议重大行政决策事项16项。', '（一）在审议的16项重大行政决策事项中，经济发展类9项、社会民生类7项。')],
];

describe('round 12 number probes', () => {
  numberProbes(positives, negatives);
});

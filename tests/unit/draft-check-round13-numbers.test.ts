/**
 * Round 13 (numbers): an opening total against the body, in other sentences: numbered lines that are the whole run and
 * each repeat the total's measure, a 其中 / 分别为 list of kinds the total names with no total of its own, and the total
 * named again as a set (在…N项…中, 这N项…中). Probes invented for this round from the reference's measures (合法性审核,
 * 行政复议, 行政应诉, 普法), not taken from the evaluation sets. Look-alikes that must stay silent: lines that do not
 * repeat the measure or leave one line without a figure, a 其中 list that is only some of the total (far short, or 等),
 * a set named again that is a subset named just before, and a breakdown that adds up.
 */
import { describe } from 'vitest';
import { numberProbes, report } from './helpers/number-probes.ts';

const positives: [string, string, string][] = [
  ['numbered lines over the total, 合法性审核', report('2026年，区司法局共合法性审核重大行政决策事项32件。', '（一）合法性审核区政府重大行政决策事项20件。', '（二）合法性审核区政府办公室重大行政决策事项14件。'), '32件'],
  ['numbered lines one short of the total, 三条', report('2025年，县政府共办理行政复议案件41件。', '（一）办理涉及市场监管的行政复议案件12件。', '（二）办理涉及自然资源的行政复议案件15件。', '（三）办理涉及公安治安的行政复议案件13件。'), '41件'],
  ['a 分别为 list in the body over the opening total', report('2026年，全镇累计开展宪法和民法典宣传活动46场。', '（一）围绕两部法律，分别为宪法宣传活动20场、民法典宣传活动28场。'), '46场'],
  ['a 其中 list in the body just short of the opening total', report('2026年，县人民政府共办理行政复议和行政应诉案件60件。', '（一）依法办理，其中行政复议案件41件、行政应诉案件18件。'), '60件'],
  ['the total named again as 这N项…中', report('2026年，县政府共审议重大行政决策事项22项。', '（一）这20项重大行政决策事项中，经济类12项、民生类8项，均经合法性审查。'), '20项'],
  ['a body list closed by its own total, near the opening total (kinds)', report('2026年，县市场监管局共立案查处食品安全违法案件85件。', '（一）按类别统计，餐饮服务类案件40件、食品销售类案件28件、食品生产类案件13件，合计81件。'), '81件'],
  ['a body list closed by its own total, near the opening total (halves)', report('2025年，全镇共开展人民调解培训24期。', '（一）上半年培训14期、下半年培训12期，全年共计26期。'), '26期'],
];

const negatives: [string, string][] = [
  ['numbered lines that add up to the total', report('2026年，区司法局共合法性审核重大行政决策事项32件。', '（一）合法性审核区政府重大行政决策事项20件。', '（二）合法性审核区政府办公室重大行政决策事项12件。')],
  ['numbered lines, one of them without a figure', report('2025年，县政府共办理行政复议案件41件。', '（一）办理涉及市场监管的行政复议案件12件。', '（二）规范复议案件办理程序。', '（三）办理涉及公安治安的行政复议案件33件。')],
  ['numbered lines of another measure than the total', report('2025年，县政府共办理行政复议案件41件。', '（一）纠正违法或者不当行政行为案件12件。', '（二）调解和解案件35件。')],
  ['a 其中 list far short of the total', report('2026年，县人民政府共办理行政应诉案件60件。', '（一）依法应诉，其中一审案件21件、二审案件18件。')],
  ['a 其中 list closed with 等', report('2026年，县人民政府共办理行政应诉案件60件。', '（一）依法应诉，其中一审案件41件、二审案件18件等。')],
  ['a 其中 list of kinds the total does not name', report('2026年，全镇累计开展普法宣传活动46场。', '（一）其中进村入户活动30场、线上直播活动20场。')],
  ['a set named again after the subset it is', report('2026年，县政府共审议重大行政决策事项22项。', '（一）其中20项经过公众参与，这20项重大行政决策事项中，经济类12项、民生类8项。')],
  ['the set named again with another act', report('2026年，县政府共审议重大行政决策事项22项。', '（一）在已公开的20项重大行政决策事项中，经济类12项、民生类8项。')],
  ['a body list closed by its own total, far from the opening total (a subset)', report('2026年，县市场监管局共立案查处食品安全违法案件85件。', '（一）餐饮服务类案件20件、食品销售类案件18件，合计38件。')],
  ['a body list closed by its own total equal to the opening total', report('2026年，县市场监管局共立案查处食品安全违法案件85件。', '（一）餐饮服务类案件44件、食品销售类案件28件、食品生产类案件13件，合计85件。')],
  ['a body list of other things closed by a total', report('2025年，全镇共开展人民调解培训24期。', '（一）刊发调解简报14期、调解案例汇编12期，共计26期。')],
];

describe('round 13 number probes', () => {
  numberProbes(positives, negatives);
});

/**
 * Round 46, number-mismatch: the plans section standing on last year's count (its 上年 is the report year) under another
 * number than the body's, and more cases closed than handled. Look-alikes stay silent: a target, another year, a
 * cumulative total, another act on the same noun, cases taken in (受理) rather than handled, the cases still open, and the
 * people who all sat an exam or a course against the staff in post (现有…名).
 * Probes written for this round, in other words than the eval items.
 */
import { describe } from 'vitest';
import { numberProbes, report } from './helpers/number-probes.ts';

/** A 2026 report whose last section plans 2027. */
const withPlan = (body: string[], plan: string) =>
  ['某县人民政府2026年度法治政府建设情况报告', '2026年，县政府推进依法行政。', '一、主要举措和成效', ...body, '二、存在的不足', '基层执法力量不足。', '三、2027年工作安排', plan, '某县人民政府', '2027年1月20日'].join('\n');

const planPositives: [string, string, string][] = [
  ['last year’s count in the plan against the body’s, noun after the number there',
    withPlan(['（一）全年对52件重大执法决定开展法制审核，纠正不当决定3件。'], '2027年，我县将继续规范执法。在上年法制审核重大执法决定58件的基础上，进一步扩大审核范围。'), '58件'],
  ['去年 in the plan against a count with its words first',
    withPlan(['（一）全县各级调解组织全年调解矛盾纠纷312件。'], '明年，县司法局在去年调解矛盾纠纷321件的基础上，继续深化诉源治理。'), '321件'],
  ['上一年度 training of officers in the plan',
    withPlan(['（一）强化队伍建设，全年培训执法人员420人次。'], '2027年，在上一年度培训执法人员380人次的基础上，推动培训全覆盖。'), '380人次'],
];

const planNegatives: [string, string][] = [
  ['a target standing on last year',
    withPlan(['（一）全县各级调解组织全年调解矛盾纠纷312件。'], '2027年，力争在上年调解矛盾纠纷330件的基础上再有提升。')],
  ['another year named as the base',
    withPlan(['（一）全县各级调解组织全年调解矛盾纠纷312件。'], '2027年，在2024年调解矛盾纠纷280件的基础上，巩固诉源治理成效。')],
  ['a cumulative total as the base',
    withPlan(['（一）全年审核行政规范性文件52件。'], '2027年，在上年累计审核行政规范性文件300件的基础上，开展文件清理。')],
  ['another act on the same noun',
    withPlan(['（一）全年审核行政规范性文件52件。'], '2027年，在上年备案行政规范性文件40件的基础上，健全备案审查衔接机制。')],
  ['the same count restated',
    withPlan(['（一）全年审核行政规范性文件52件。'], '2027年，在上年审核行政规范性文件52件的基础上，继续把好审核关。')],
];

const closedPositives: [string, string, string][] = [
  ['more lawsuits closed than handled',
    report('2026年，县政府全年办理行政诉讼案件40件，推进依法行政。', '（一）依法审结行政诉讼案件43件，败诉率下降。'), '43件'],
  ['more petitions closed than handled',
    report('2026年，县信访局推进信访法治化。', '（一）共办理信访事项130件。', '（二）主要负责同志带头接访，办结信访事项134件，群众满意率提升。'), '134件'],
];

const closedNegatives: [string, string][] = [
  ['more cases closed than taken in, carried-over ones with them',
    report('2026年，县政府全年受理行政复议案件40件，推进依法行政。', '（一）审结行政复议案件43件，纠错5件。')],
  ['fewer closed than handled',
    report('2026年，县政府全年办理行政复议案件81件，推进依法行政。', '（一）办结行政复议案件80件，纠错5件。')],
  ['the cases still open against those closed',
    report('2026年，县政府推进依法行政。', '（一）正在办理行政复议案件5件。', '（二）办结行政复议案件30件，纠错5件。')],
  ['last year’s closed cases against this year’s handled',
    report('2026年，县政府全年办理行政复议案件81件，推进依法行政。', '（一）上年办结行政复议案件90件，本年质量进一步提升。')],
];

const staffPositives: [string, string, string][] = [
  ['the staff’s size told again under another number',
    report('2026年，县司法局推进严格执法。', '（一）全县现有行政执法人员210名，证件统一管理。', '（二）全县230名行政执法人员全部持证上岗，亮证执法。'), '230名'],
];

const staffNegatives: [string, string][] = [
  ['the staff against those who all passed an exam',
    report('2026年，县司法局推进严格执法。', '（一）全县现有行政执法人员210名，证件统一管理。', '（二）举办执法资格培训4期，195名行政执法人员全部通过年度考试。')],
  ['the staff against those who all took a course',
    report('2026年，县司法局推进严格执法。', '（一）全县现有行政执法人员210名，证件统一管理。', '（二）186名行政执法人员均参加了新法规专题轮训。')],
];

describe('staff against the people who took part', () => numberProbes(staffPositives, staffNegatives));
describe('plans standing on last year’s count', () => numberProbes(planPositives, planNegatives));
describe('more cases closed than handled', () => numberProbes(closedPositives, closedNegatives));

/**
 * Round 47, number-mismatch: totals against their listed parts. A 其中 list is the whole when its kinds cover every
 * item by meaning (专题课＋融合课, 维持＋纠错, 城区＋农村, 主动＋依申请公开, 民事＋刑事＋行政), when the total's own words
 * name each part across a 、 (法律顾问、公职律师共…), or in the units 课时, 节, 堂 that the reader now counts; one whole
 * named twice with one part each time must give that part one number. Look-alikes stay silent: a partial list of
 * kinds that do not cover the whole, a third kind listed, a list that adds up, another act on the whole.
 * Probes written for this round, in other words than the eval items.
 */
import { describe } from 'vitest';
import { numberProbes, report } from './helpers/number-probes.ts';

const opening = '2026年，县政府推进依法行政。';

const wholePositives: [string, string, string][] = [
  ['lessons taught alone or within subjects falling short',
    report(opening, '（一）全年讲授宪法教育课64堂，其中专题课40堂、融合课16堂，实现各年级全覆盖。'), '64堂'],
  ['class hours counted in 课时 that exceed the total',
    report(opening, '（一）开设法治课程52课时，其中专题教育课30课时、融合教育课26课时。'), '52课时'],
  ['review decisions upheld or corrected falling far short',
    report(opening, '（一）全年作出行政复议决定75件，其中维持52件、纠错11件。'), '75件'],
  ['town and countryside falling short',
    report(opening, '（一）新建公共法律服务工作室46个，其中城区12个、农村20个。'), '46个'],
  ['information published of its own accord or on request',
    report(opening, '（一）全年公开政府信息2310条，其中主动公开2010条、依申请公开150条。'), '2310条'],
  ['the three branches of law falling short',
    report(opening, '（一）县法律援助中心受理援助事项215件，其中民事案件150件、刑事案件30件、行政案件11件。'), '215件'],
  ['the total’s words naming each part across a 、',
    report(opening, '（一）聘请法律顾问、公职律师共16名，其中法律顾问5名、公职律师6名。'), '16名'],
];

const wholeNegatives: [string, string][] = [
  ['two kinds of contract that need not be all',
    report(opening, '（一）审查各类合同86份，其中工程合同40份、服务合同21份。')],
  ['two kinds of training that need not be all',
    report(opening, '（一）举办执法培训9期，其中集中轮训2期、网络培训3期。')],
  ['the three branches of law adding up',
    report(opening, '（一）受理法律援助事项215件，其中民事案件160件、刑事案件40件、行政案件15件。')],
  ['a third outcome listed beside upheld and corrected',
    report(opening, '（一）全年作出行政复议决定75件，其中维持52件、纠错11件、终止12件。')],
  ['lessons that add up',
    report(opening, '（一）全年讲授宪法教育课64堂，其中专题课40堂、融合课24堂。')],
  ['the total’s words naming two parts listed with only one',
    report(opening, '（一）聘请法律顾问、公职律师共16名，其中公职律师6名。')],
];

const restatedPartPositives: [string, string, string][] = [
  ['one review of files named twice with two counts of the flawed ones',
    report(opening, '（一）对96卷行政许可案卷开展交叉评查，发现不规范案卷11卷。', '（二）在交叉评查的96卷案卷中，有14卷不规范，已督促整改。'), '14卷'],
  ['one audit of documents named twice with two counts of those sent back',
    report(opening, '（一）全年对48件行政规范性文件开展合法性审核，退回修改的9件。', '（二）合法性审核的48件行政规范性文件中，退回修改的有7件。'), '7件'],
];

const restatedPartNegatives: [string, string][] = [
  ['the same part given the same number',
    report(opening, '（一）对96卷行政许可案卷开展交叉评查，发现不规范案卷11卷。', '（二）在交叉评查的96卷案卷中，有11卷不规范，已督促整改。')],
  ['another state of the same whole',
    report(opening, '（一）对96卷行政许可案卷开展交叉评查，发现不规范案卷11卷。', '（二）交叉评查的96卷案卷中，评为优秀的有30卷。')],
  ['another act on a whole of the same size',
    report(opening, '（一）对96卷行政许可案卷开展交叉评查，发现不规范案卷11卷。', '（二）全年归档行政处罚案卷96卷，电子化归档的有40卷。')],
];

describe('a 其中 list whole by meaning', () => numberProbes(wholePositives, wholeNegatives));
describe('one whole named twice with its part', () => numberProbes(restatedPartPositives, restatedPartNegatives));

import { describe, expect, it } from 'vitest';
import { byRule } from './helpers/draft-check.ts';

interface Parts { opening?: string; body: string; problems?: string; plans?: string }
/** A 2024 report of a county bureau of justice: opening, one body item, problems, plans for 2025. */
function draft({ opening = '', body, problems = '行政执法监督力量不足。', plans = '下一步，我局将持续发力。' }: Parts): string {
  const lines = ['某县司法局2024年度法治政府建设工作报告', `2024年，某县司法局认真落实法治政府建设各项部署，${opening}现报告如下。`,
    '一、主要工作及成效', body, '二、存在的问题', problems, '三、2025年工作安排', plans, '某县司法局', '2025年2月8日'];
  return lines.join('\n') + '\n';
}
/** Each hint of the summary-total rule, as the figure it sits on and its level. */
const mismatches = (parts: Parts) =>
  byRule('consistency-summary-total', draft(parts), 2024, 'law-based-government-annual-report').map((f) => [/\d+(?:万元|[\u3400-\u9fff])/u.exec(f.text)?.[0], f.level]);

/** One mistake per draft, by family, and the figure each must get one hint on. */
const FLAGGED: [string, Parts, string][] = [
  ['two digits transposed, one thing counted (opening against body)', { opening: '全年13项重大行政决策事项全部经过合法性审查，', body: '（一）规范决策。编制年度重大行政决策事项目录，共纳入决策事项31项。' }, '31项'],
  ['two digits transposed, one thing counted under two acts (受理 … 审结)', { body: '（一）规范执法。全年受理行政复议申请25件，依法作出决定。', problems: '一是在已审结的52件行政复议申请中，个别案件审理期限偏长。' }, '52件'],
  ['two digits transposed, the plans naming the stock already done (对已实行…的N项)', { body: '（一）优化营商环境。对46项涉企经营许可事项实行告知承诺制。', plans: '2025年，我局将对已实行告知承诺的64项涉企经营许可事项开展抽查。' }, '64项'],
  ['the plans standing on the current stock (在现有N个X基础上)', { body: '（一）完善公共法律服务。全县累计建成村级公共法律服务工作室212个。', plans: '2025年，将在现有230个村级公共法律服务工作室基础上推进提档升级。' }, '230个'],
  ['the plans standing on the current stock, quoted noun (在现有N名“X”的基础上)', { body: '（一）深化普法。我局共有“法治带头人”128名，覆盖各执法队。', plans: '明年将在现有140名“法治带头人”的基础上开展专题培训。' }, '140名'],
];

/** Legitimate look-alikes: two fields sharing 行政, another year, a target, a part, a year's intake, the same number. */
const SILENT: [string, Parts][] = [
  ['three digits transposed, two case types sharing only 行政', { body: '（一）审核文件。对135件行政规范性文件开展合法性审核。\n（二）化解争议。全年办理行政复议案件153件。' }],
  ['two digits transposed, two stages of one flow (收到申请 … 审结案件)', { body: '（一）化解争议。全年收到行政复议申请84件，依法及时审查。', problems: '一是审结的行政复议案件48件中，个别案件说理不充分。' }],
  ['two digits transposed, a part picked out by a modifier (涉企)', { body: '（一）推进公开。全年受理政府信息公开申请72件，均按期答复。\n（二）服务企业。办理涉企政府信息公开申请27件。' }],
  ['two digits transposed, another year', { body: '（一）推进公开。全年受理政府信息公开申请36件，2023年受理政府信息公开申请63件。' }],
  ['two digits transposed, a part of the whole', { body: '（一）推进公开。全年受理政府信息公开申请63件，其中依申请公开的政府信息公开申请36件。' }],
  ['two digits transposed, a target in the plans', { body: '（一）优化营商环境。对46项涉企经营许可事项实行告知承诺制。', plans: '2025年，力争对64项涉企经营许可事项实行告知承诺制。' }],
  ['the plans stock agreeing with the body', { body: '（一）完善公共法律服务。全县累计建成村级公共法律服务工作室212个。', plans: '2025年，将在现有212个村级公共法律服务工作室基础上推进提档升级。' }],
  ['the body giving only the year\'s intake', { body: '（一）深化普法。本年度新增“法治带头人”50名。', plans: '明年将在现有140名“法治带头人”的基础上开展专题培训。' }],
  ['the body giving two stock counts', { body: '（一）深化普法。城区累计培养“法治带头人”60名，乡镇累计培养“法治带头人”80名。', plans: '明年将在现有140名“法治带头人”的基础上开展专题培训。' }],
  ['a target standing on the stock', { body: '（一）完善公共法律服务。全县累计建成村级公共法律服务工作室212个。', plans: '2025年，力争在现有250个村级公共法律服务工作室基础上再建一批。' }],
];

describe('transposed counts of one thing, and the plans standing on the current stock', () => {
  it.each(FLAGGED)('%s', (_family, parts, figure) => {
    expect(mismatches(parts)).toEqual([[figure, 'hint']]);
  });
  it.each(SILENT)('stays silent: %s', (_family, parts) => {
    expect(mismatches(parts)).toEqual([]);
  });
});

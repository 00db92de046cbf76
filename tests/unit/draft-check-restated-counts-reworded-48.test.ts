import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';

const compiled = loadCompiled();
interface Parts { opening?: string; body: string; problems?: string; plans?: string }
const report = ({ opening = '', body, problems = '基层执法力量薄弱。', plans = '下一步，我局将持续用力。' }: Parts) =>
  `某县市场监督管理局2024年度法治政府建设情况报告\n2024年，我局扎实推进法治政府建设，${opening}现将有关情况报告如下。\n一、主要举措和成效\n${body}\n二、存在的不足和原因\n${problems}\n三、2025年工作安排\n${plans}\n某县市场监督管理局\n2025年2月1日\n`;
const mismatches = (parts: Parts) =>
  checkDraft(report(parts), compiled, { year: 2024 }).findings
    .filter((f) => f.rule === 'consistency-summary-total').map((f) => [/\d+(?:万元|[\u3400-\u9fff])/u.exec(f.text)?.[0], f.level]);

/** Restatements in other words, by family, and the figure each must get one hint on. */
const FLAGGED: [string, Parts, string][] = [
  ['a stock of staff (全年法律顾问N名 … 聘请法律顾问M名)', { opening: '全年公职律师5名，', body: '（一）强化法治保障。常年配备公职律师9名，参与重大决策合法性审查。' }, '9名'],
  ['a stock of staff (全年法律顾问N名 … 聘请法律顾问M名)', { opening: '全年人民调解员46名，', body: '（一）化解纠纷。选聘人民调解员52名，常驻调解室。' }, '52名'],
  ['a stock of staff (全年法律顾问N名 … 聘请法律顾问M名)', { body: '（一）强化法治保障。常年聘请法律顾问4名，为重大决策提供法律意见。', problems: '一是法治队伍建设有短板，全年法律顾问7名的作用发挥还不充分。' }, '7名'],
  ['a stock of staff (全年法律顾问N名 … 聘请法律顾问M名)', { opening: '全年法律顾问5名，', body: '（一）强化法治保障。常年聘请法律顾问5名，参与合同审查。', problems: '一是全年法律顾问10名的作用还需加强。' }, '10名'],
  ['act and noun reordered (对N项X实行Y … 实行Y的X达到M项)', { opening: '全年对23项涉企许可事项实行告知承诺制，', body: '（一）优化营商环境。实行告知承诺制的涉企许可事项达到28项，办事更加便利。' }, '28项'],
  ['act and noun reordered (对N项X实行Y … 实行Y的X达到M项)', { opening: '全年对12件规范性文件开展合法性审核，', body: '（一）加强文件管理。开展合法性审核的规范性文件共15件，均按期备案。' }, '15件'],
  ['number-first restatement, digits permuted', { body: '（一）深化普法。全县14个乡镇共培育“学法用法示范户”326户。\n（二）化解纠纷。362户“学法用法示范户”积极参与邻里纠纷调处。' }, '362户'],
  ['the plans citing the report year figure (不低于2024年的N)', { body: '（一）强化保障。全年投入普法宣传经费35万元，保障普法阵地建设。', plans: '一是加大投入，普法宣传经费不低于2024年的38万元。' }, '38万元'],
  ['the plans citing the report year figure (不低于2024年的N)', { body: '（一）抓学法。组织领导干部法治培训10次。', plans: '一是深化学法，领导干部法治培训不少于上年的12次。' }, '12次'],
];
/** Legitimate look-alikes of each family: a part, a kind, another act, another year, the same number. */
const SILENT: [string, Parts][] = [
  ['a stock of staff (全年法律顾问N名 … 聘请法律顾问M名)', { opening: '全年法律顾问5名，', body: '（一）强化法治保障。常年聘请法律顾问5名，参与合同审查。' }],
  ['a stock of staff (全年法律顾问N名 … 聘请法律顾问M名)', { body: '（一）强化法治保障。常年聘请法律顾问4名，参与合同审查；推动村级法律顾问12名下沉服务。' }],
  ['a stock of staff (全年法律顾问N名 … 聘请法律顾问M名)', { body: '（一）强化法治保障。推动村级法律顾问12名下沉服务；常年聘请法律顾问4名，参与合同审查。' }],
  ['a stock of staff (全年法律顾问N名 … 聘请法律顾问M名)', { opening: '全年人民调解员46名，', body: '（一）化解纠纷。选聘兼职人民调解员20名，常驻调解室。' }],
  ['a stock of staff (全年法律顾问N名 … 聘请法律顾问M名)', { body: '（一）规范执法。开展日常检查60家次、专项检查60家次，全年共检查120家次。' }],
  ['a stock of staff (全年法律顾问N名 … 聘请法律顾问M名)', { body: '（一）强化法治保障。法律顾问全年审查合同29份，出具法律意见12份。', problems: '一是合同管理不够规范，审查合同38份中仍有瑕疵。' }],
  ['act and noun reordered (对N项X实行Y … 实行Y的X达到M项)', { opening: '全年对23项证明事项实行告知承诺制，', body: '（一）优化营商环境。取消的证明事项达到12项，办事更加便利。' }],
  ['act and noun reordered (对N项X实行Y … 实行Y的X达到M项)', { opening: '全年对23项证明事项实行告知承诺制，', body: '（一）优化营商环境。实行告知承诺制的证明事项达到23项，办事更加便利。' }],
  ['number-first restatement, digits permuted', { body: '（一）深化普法。全县14个乡镇共培育“学法用法示范户”326户。\n（二）化解纠纷。120户“学法用法示范户”积极参与邻里纠纷调处。' }],
  ['the plans citing the report year figure (不低于2024年的N)', { body: '（一）强化保障。全年投入普法宣传经费35万元。', plans: '一是加大投入，普法宣传经费不低于2024年的35万元。' }],
  ['the plans citing the report year figure (不低于2024年的N)', { body: '（一）强化保障。全年投入普法宣传经费35万元。', plans: '一是加大投入，普法宣传经费不低于2023年的30万元。' }],
  ['the plans citing the report year figure (不低于2024年的N)', { body: '（一）强化保障。全年投入普法宣传经费35万元。', plans: '一是加大投入，确保普法宣传经费不低于40万元。' }],
];

describe('restated counts in other words (round 48)', () => {
  it.each(FLAGGED)('flags %s: %j', (_family, parts, figure) => {
    expect(mismatches(parts)).toEqual([[figure, 'hint']]);
  });
  it.each(SILENT)('stays silent on a look-alike of %s: %j', (_family, parts) => {
    expect(mismatches(parts)).toEqual([]);
  });
});

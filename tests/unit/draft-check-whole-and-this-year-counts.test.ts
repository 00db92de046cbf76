import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';

const compiled = loadCompiled();
const report = (opening: string, body: string, plans = '下一步，我局将持续用力。') =>
  `某县水利局2024年度法治政府建设情况报告\n2024年，我局扎实推进法治政府建设，${opening}现将有关情况报告如下。\n一、主要举措和成效\n${body}\n二、存在的不足\n基层执法力量薄弱。\n三、下一步工作打算\n${plans}\n某县水利局\n2025年2月1日\n`;
const totals = (opening: string, body: string, plans?: string) =>
  checkDraft(report(opening, body, plans), compiled, { year: 2024 }).findings
    .filter((f) => f.rule === 'consistency-summary-total').map((f) => [f.text, f.level]);

describe("this year's count pointed back at with its number before the noun", () => {
  it('flags a pointer whose number is not the earlier count of that act and noun', () => {
    expect(totals('', '全年新增培育“学法用法示范户”35户，累计达到410户。', '在今年培育的42户“学法用法示范户”基础上扩大示范范围。')).toEqual([['42户', 'hint']]);
    expect(totals('', '本年度选聘人民调解员26名，覆盖全部村居。', '要加强对本年度选聘的29名人民调解员的业务培训，提升调解水平。')).toEqual([['29名', 'hint']]);
  });
  it('stays silent when the numbers agree, the act differs, or the earlier count is a running total', () => {
    expect(totals('', '全年新增培育“学法用法示范户”35户，累计达到410户。', '在今年培育的35户“学法用法示范户”基础上扩大示范范围。')).toEqual([]);
    expect(totals('', '全年走访“学法用法示范户”35户。', '在今年认定的42户“学法用法示范户”基础上扩大示范范围。')).toEqual([]);
    expect(totals('', '累计培育“学法用法示范户”410户。', '在今年培育的42户“学法用法示范户”基础上扩大示范范围。')).toEqual([]);
  });
});

describe('one set counted twice as the whole, the number before its noun', () => {
  it('flags two counts of the year with the same noun', () => {
    expect(totals('全年11项重大执法决定均经法制审核，', '（一）严格执法。全年13项重大执法决定无一被复议纠错。')).toEqual([['13项', 'hint']]);
  });
  it('flags two claims of all of one group by the same act', () => {
    expect(totals('24名新任科级干部全部参加任前法律知识测试，', '（二）抓学法。34名新任科级干部均测试合格后任职。')).toEqual([['34名', 'hint']]);
  });
  it('stays silent on a part, a different act, another period or a plan', () => {
    expect(totals('全年11项重大执法决定均经法制审核，', '（一）严格执法。其中3项重大执法决定经集体讨论。')).toEqual([]);
    expect(totals('24名新任科级干部全部参加任前法律知识测试，', '（二）抓学法。30名新任科级干部均参加岗前培训。')).toEqual([]);
    expect(totals('全年11项重大执法决定均经法制审核，', '（一）严格执法。上年全年9项重大执法决定无一被复议纠错。')).toEqual([]);
    expect(totals('全年11项重大执法决定均经法制审核，', '（一）严格执法。', '力争全年15项重大执法决定无一被复议纠错。')).toEqual([]);
  });
});

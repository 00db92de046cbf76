import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';

const compiled = loadCompiled();
const findings = (text: string, year = 2025) => checkDraft(text, compiled, { year }).findings;
const of = (text: string, rule: string) => findings(text).filter((f) => f.rule === rule).map((f) => [f.text, f.level]);
const kindOf = new Map(compiled.rules.map((r) => [r.id, r.kind]));
const ofKind = (text: string, kind: string) => findings(text).filter((f) => kindOf.get(f.rule) === kind);
const kinds = (text: string, kind: string) => ofKind(text, kind).map((f) => f.text);
const ORDER = 'order-zunfa-xuefa-shoufa-yongfa';
const report = (sections: string) =>
  `某县2025年度法治政府建设情况的报告\n2025年，我县持续推进法治政府建设，现将有关情况报告如下。\n${sections}\n某县人民政府\n2026年1月10日\n`;

describe('an old order of 尊法学法守法用法 quoted as history (official-phrases.md D3)', () => {
  it('stays silent when attributed to an earlier text or set against the current form', () => {
    for (const s of [
      '2010年国务院文件曾提出“带头学法、尊法、守法、用法”，如今统一为“尊法学法守法用法”，我局据此修订学法制度。',
      '原提法“学法、尊法、守法、用法”已调整为“尊法学法守法用法”，宣传材料已按现行表述更新。',
      '过去的文件表述为“学法尊法守法用法”，现统一为“尊法学法守法用法”，全年组织学法12次。',
      '2010年《国务院关于加强法治政府建设的意见》要求领导干部“带头学法、尊法、守法、用法”，此后中央文件统一表述为“尊法学法守法用法”。',
    ]) expect(of(s, ORDER), s).toEqual([]);
  });
  it('still reports the old order used as the writer\'s own words, quoted or not', () => {
    for (const s of [
      '本人带头学法、尊法、守法、用法，全年参加学法12次。',
      '过去一年，我局干部带头学法、尊法、守法、用法，全年组织学法10次。',
      '坚持“学法、尊法、守法、用法”，全年组织学法10次。',
      '2024年12月，局党组要求全体干部“带头学法、尊法、守法、用法”。',
      '引导群众学法、尊法、守法、用法，如今全镇法治氛围明显提升。',
    ]) expect(of(s, ORDER), s).toEqual([['学法、尊法', 'error']]);
  });
});

describe('a fifth 亲自 item joined to the whole 四个亲自 (official-phrases.md B9)', () => {
  it('reports the added item', () => {
    expect(of('主要负责人对法治建设重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办、重大决策亲自把关，全年召开会议5次。', 'order-si-ge-qinzi')).toEqual([['、重大决策亲自把关', 'error']]);
    expect(of('本人坚持重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办、信访案件亲自接访。', 'order-si-ge-qinzi')).toEqual([['、信访案件亲自接访', 'error']]);
  });
  it('leaves the writer\'s own clause after the four, and other 亲自 phrases, alone', () => {
    for (const s of [
      '对法治建设重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办，重大决策亲自把关。',
      '对法治建设重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办。本人亲自带队开展执法检查2次。',
      '对法治建设重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办、推动法治建设各项任务落地见效。',
      '局主要负责人亲自部署、亲自推动执法规范化工作，亲自审核重大执法决定8件。',
    ]) expect(kinds(s, 'four-personally'), s).toEqual([]);
  });
});

describe('a sub-list opened with another level\'s mark before its （二）', () => {
  it('reports the odd first heading, not its correct neighbour', () => {
    const one = report('一、主要举措\n1.健全制度。完善规范性文件审核机制。\n（二）规范执法。开展案卷评查3次。\n（三）化解纠纷。调解纠纷20起。\n二、存在问题\n基层力量薄弱。\n三、下一步安排\n继续推进。');
    expect(ofKind(one, 'heading-numbering').map((f) => [f.text, f.fix])).toEqual([['1.', '改为 （一）']]);
    const paren = report('一、主要举措\n推进法治建设。\n二、履职情况\n（1）亲自部署。召开会议3次。\n（二）依法决策。审核文件8件。\n三、存在问题\n不足之处。');
    expect(kinds(paren, 'heading-numbering')).toEqual(['（1）']);
  });
  it('leaves proper sub-lists alone', () => {
    for (const s of [
      report('一、主要举措\n1.健全制度。\n2.规范执法。\n二、存在问题\n（一）基层力量薄弱。\n（二）信息化滞后。\n三、下一步安排\n继续推进。'),
      report('一、主要举措\n（一）健全制度。\n1.完善审核机制。\n2.开展清理。\n（二）规范执法。开展案卷评查3次。\n二、存在问题\n基层力量薄弱。\n三、下一步安排\n继续推进。'),
      report('一、主要举措\n1.健全制度。\n2.规范执法。\n3.化解纠纷。\n二、存在问题\n1.力量薄弱。\n2.信息滞后。\n三、下一步安排\n继续推进。'),
    ]) expect(kinds(s, 'heading-numbering'), s).toEqual([]);
  });
});

describe('a labelled note telling the drafter to state something in full, or after a heading number', () => {
  it('reports the note', () => {
    for (const [s, span] of [
      ['全年主持研究法治议题11次。注：述法内容应对照本部门职责清单逐项述明。', '注：述法内容应对照本部门职责清单逐项述明。'],
      ['提示：逐项列明整改责任单位和时限。', '提示：逐项列明整改责任单位和时限。'],
      ['全年主持研究法治议题11次。注：应逐条列明议题名称。', '注：应逐条列明议题名称。'],
      ['（一）要点：写清本人参加旁听庭审的次数。全面推行行政执法公示制度，录入执法记录300条。', '要点：写清本人参加旁听庭审的次数。'],
      ['2.提示：本部分应写明会前学法的次数。组织会前学法6次。', '提示：本部分应写明会前学法的次数。'],
    ]) expect(kinds(s!, 'outline-prompt'), s).toEqual([span]);
  });
  it('leaves a report\'s own notes alone', () => {
    for (const s of [
      '注：数据截至12月20日。',
      '注：本报告数据来源于统计年报。',
      '说明：本年度新增执法人员19名，均已取得执法证件。',
      '（一）说明：本年度新增执法人员19名。',
      '（二）注：数据截至12月20日。',
      '注：表中各项来源均已逐项列明。',
      '全年办理复议案件84件。注：其中3件已逐项写明理由。',
      '要点：依法、规范、高效。',
    ]) expect(kinds(s, 'outline-prompt'), s).toEqual([]);
  });
});

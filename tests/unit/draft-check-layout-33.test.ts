import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';

const compiled = loadCompiled();
const report = (review: string, plans: string, heading4 = '四、下一步工作打算') =>
  `某县自然资源局关于2024年法治建设工作的自查报告\n2024年，我局扎实推进法治建设，现将有关情况报告如下。\n一、基本情况和主要做法\n${review}\n二、存在的问题\n基层执法力量薄弱。\n三、整改措施\n${plans}\n${heading4}\n持续用力。\n某县自然资源局\n2025年1月20日\n`;
const findings = (text: string) => checkDraft(text, compiled, { year: 2024 }).findings;
const byRule = (text: string, rule: string) => findings(text).filter((f) => f.rule === rule || f.merged?.includes(rule)).map((f) => f.text);
const headingYears = (review: string, plans: string, heading4?: string) => byRule(report(review, plans, heading4), 'consistency-heading-year');
const prompts = (review: string) => byRule(report(review, '（一）加强执法监督。'), 'outline-prompt');
const placeholders = (review: string) => findings(report(review, '（一）加强执法监督。')).filter((f) => /^placeholder/.test(f.rule)).map((f) => f.text);

describe('heading year: a next-year plan written as a numbered paragraph', () => {
  it('stays silent on the next year leading a numbered sentence or a heading under the plans part', () => {
    expect(headingYears('（一）规范执法。', '（一）2025年，全面落实行政执法责任制，年底前通报履职情况，推动工作落地见效。')).toEqual([]);
    expect(headingYears('（一）规范执法。', '（一）2025年，压实第一责任人履行职责，确保各项整改任务按期完成。')).toEqual([]);
    expect(headingYears('（一）规范执法。', '（二）2025年工作情况通报')).toEqual([]);
  });
  it('still reports a heading naming the wrong year', () => {
    expect(headingYears('（一）规范执法。', '（一）加强监督。', '四、2023年法治建设主要举措和成效')).toEqual(['2023']);
    expect(headingYears('（一）2025年主要工作情况', '（一）加强监督。')).toEqual(['2025']);
  });
});

describe('outline prompts of round 33', () => {
  it('reports a note asking someone to supply the part’s material', () => {
    expect(prompts('（一）规范执法。全年审核文件8件。注：请法规股于1月5日前补充本节案例。')).toEqual(['注：请法规股于1月5日前补充本节案例。']);
    expect(prompts('（一）规范执法。注：请办公室更新本部分数据。')).toEqual(['注：请办公室更新本部分数据。']);
  });
  it('reports 此处 with a verb of writing down inside a sentence', () => {
    expect(prompts('（一）规范执法，此处写明全年执法检查次数；二是加强培训。')).toEqual(['此处写明全年执法检查次数']);
    expect(prompts('（一）完善制度，此处补充不少于3个典型案例。')).toEqual(['此处补充不少于3个典型案例']);
  });
  it('reports a bracket on how the text is set', () => {
    expect(prompts('（一）规范执法。（正文用3号仿宋，首行缩进2字）')).toEqual(['（正文用3号仿宋，首行缩进2字）']);
    expect(prompts('（一）规范执法。【一级标题用黑体】')).toEqual(['【一级标题用黑体】']);
  });
  it('reports a bracket on checking before sending as a note, in one finding', () => {
    const text = report('（一）规范执法，全年检查60次（数字待核实，上报前请办公室核对）。', '（一）加强执法监督。');
    const here = findings(text).filter((f) => f.text.includes('上报前'));
    expect(here).toHaveLength(1);
    expect([here[0]!.rule, ...(here[0]!.merged ?? [])]).toContain('outline-prompt');
  });
  it('stays silent on a report’s own notes, 此处 in a narrative and its own brackets', () => {
    expect(prompts('（一）规范执法。注：本表数据截至2024年12月20日。')).toEqual([]);
    expect(prompts('（一）规范执法。注：数据由各科室报送，办公室汇总。')).toEqual([]);
    expect(prompts('（一）完善设施，在此处设立便民服务点，方便群众办事。')).toEqual([]);
    expect(prompts('（一）化解纠纷，县人民调解委员会（以下简称县调委会）居中调解。')).toEqual([]);
    expect(prompts('（一）化解纠纷，由调解员（居中调解）促成和解。')).toEqual([]);
  });
});

describe('the same blank repeated in a list', () => {
  it('gives one finding', () => {
    expect(placeholders('（一）规范执法。XXX局、XXX局案卷评查得分偏低。')).toHaveLength(1);
    expect(placeholders('（一）规范执法。××所和××所执法不规范。')).toHaveLength(1);
  });
  it('still reports blanks apart from each other', () => {
    expect(placeholders('（一）规范执法。XX局案卷评查得分偏低，XX所执法不规范。')).toHaveLength(2);
  });
});

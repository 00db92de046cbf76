import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { layout } from '../../src/shared/draft-check/text.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';

const compiled = loadCompiled();
const report = (review: string, plans: string) =>
  `某县农业农村局2024年度法治政府建设情况报告\n2024年，我局扎实推进法治建设，现将有关情况报告如下。\n一、主要举措和成效\n${review}\n二、存在的不足\n基层执法力量薄弱。\n三、下一步打算\n${plans}\n某县农业农村局\n2025年1月20日\n`;
const findings = (text: string) => checkDraft(text, compiled, { year: 2024 }).findings;
const numbering = (plans: string) =>
  findings(report('（一）规范执法。全年检查60次。', plans))
    .filter((f) => /numbering/.test(f.rule))
    .map((f) => `${f.rule} ${f.text}`);
const prompts = (review: string) =>
  findings(report(`（一）规范执法。${review}`, '（一）加强执法监督。'))
    .filter((f) => f.rule === 'outline-prompt' || f.merged?.includes('outline-prompt'))
    .map((f) => f.text);

describe('a numbered item whose words open with a figure', () => {
  it('is read as the item it continues, so the next number is no skip', () => {
    expect(numbering('1.强化执法监督。\n2.2025年是规划起步之年，谋划新一轮规划。\n3.推进执法人员轮训。')).toEqual([]);
    expect(numbering('1.完善制度。\n2.11月底前完成规范性文件清理。\n3.推进轮训。')).toEqual([]);
    expect(numbering('1.完善制度。\n2.4个专项整治行动全部启动。\n3.推进轮训。')).toEqual([]);
    expect(numbering('1.2025年6月前完成清理。\n2.强化监督。\n3.推进轮训。')).toEqual([]);
    expect(numbering('（一）完善制度\n1.健全审查机制。\n2.2025年起推行合法性审查清单。\n3.推进轮训。')).toEqual([]);
  });
  it('still reports a real skip or repeat around it', () => {
    expect(numbering('1.强化执法监督。\n2.2025年完成清理。\n4.推进轮训。')).toEqual(['numbering-skip 4.']);
    expect(numbering('1.强化执法监督。\n2.2025年完成清理。\n2.推进轮训。')).toEqual(['numbering-repeat 2.']);
    expect(numbering('1.强化执法监督。\n3.推进轮训。')).toEqual(['numbering-skip 3.']);
  });
  it('leaves a figure opening a line outside a list as text', () => {
    const hs = (t: string) => layout(t).headings.map((h) => h.marker);
    expect(hs('全年罚没款\n2.5万元已全部上缴。')).toEqual([]);
    expect(hs('1、2月份完成清理。')).toEqual([]);
    expect(hs('一、主要举措\n1.3倍于上年的案件量。')).toEqual(['一、']);
    expect(hs('1.强化监督。\n2.2025年完成清理。')).toEqual(['1.', '2.']);
  });
});

describe('a bracket telling the drafter what to choose', () => {
  it('reports it, whatever is chosen and however counted', () => {
    expect(prompts('（根据本地实际选择2至3项重点工作）')).toEqual(['（根据本地实际选择2至3项重点工作）']);
    expect(prompts('（请结合本单位情况选取两项典型做法）')).toEqual(['（请结合本单位情况选取两项典型做法）']);
    expect(prompts('（可从以下方面中挑选1—2个方面展开）')).toEqual(['（可从以下方面中挑选1—2个方面展开）']);
    expect(prompts('（任选其一）')).toEqual(['（任选其一）']);
  });
  it('leaves a report’s own choosing silent', () => {
    expect(prompts('全年检查60次（每年选择2至3个村开展试点）。')).toEqual([]);
    expect(prompts('全年检查60次（从全县选取3个乡镇开展试点）。')).toEqual([]);
    expect(prompts('县综合行政执法局（以下简称县执法局）检查60次。')).toEqual([]);
  });
});

describe('a bracket limiting the length', () => {
  it('reports a limit in pages or words, in either kind of numeral', () => {
    expect(prompts('全年检查60次。（以上内容请控制在三页以内）')).toEqual(['（以上内容请控制在三页以内）']);
    expect(prompts('（全文不超过6000字）')).toEqual(['（全文不超过6000字）']);
    expect(prompts('（篇幅以两页为宜）')).toEqual(['（篇幅以两页为宜）']);
    expect(prompts('（字数压缩在两千字以内）')).toEqual(['（字数压缩在两千字以内）']);
  });
  it('leaves a page count, a period, a trial mark or an essay rule silent', () => {
    expect(prompts('印发检查通报（共3页）。')).toEqual([]);
    expect(prompts('落实三年行动计划（2023—2025年）。')).toEqual([]);
    expect(prompts('印发《执法公示办法（试行）》。')).toEqual([]);
    expect(prompts('全县（含乡镇）检查60次（截至12月20日）。')).toEqual([]);
    expect(prompts('开展法治征文活动（每篇不超过3000字），收到作品80篇。')).toEqual([]);
  });
});

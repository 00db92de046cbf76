import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';

const compiled = loadCompiled();
const check = (text: string, year: number) => checkDraft(text, compiled, { year }).findings;
const draft = (body: string, plans = '下一步，我局将持续用力。') =>
  `某县司法局2024年法治政府建设年度报告\n2024年，我局扎实推进法治政府建设。现将有关情况报告如下。\n一、主要举措和成效\n${body}\n二、存在的不足\n基层力量薄弱。\n三、下一步工作打算\n${plans}\n某县司法局\n2025年2月1日\n`;
const found = (text: string, rule: string, year = 2024) => check(text, year).filter((f) => f.rule === rule).map((f) => [f.text, f.level]);

describe('an outcome after a breakdown is not one of its parts', () => {
  const sums = (body: string) => found(draft(body), 'consistency-parts-sum');
  it('stays silent when the kinds add up and an outcome of the whole follows', () => {
    expect(sums('全年调处各类纠纷90件，其中土地纠纷40件、债务纠纷30件、其他纠纷20件，成功调解85件。')).toEqual([]);
    expect(sums('共收到行政复议申请52件，其中不服行政处罚31件、不服行政许可12件、其他9件，已办结50件。')).toEqual([]);
    expect(sums('排查安全隐患64个，其中消防隐患40个和交通隐患24个，已整改到位61个。')).toEqual([]);
  });
  it('still flags a breakdown that does not add up, whatever follows it', () => {
    expect(sums('全年调处各类纠纷90件，其中土地纠纷40件、债务纠纷30件、其他纠纷21件，成功调解85件。')).toEqual([['90件', 'hint']]);
    expect(sums('全年调处各类纠纷90件，其中土地纠纷40件、债务纠纷30件、其他纠纷20件、邻里纠纷5件。')).toEqual([['90件', 'hint']]);
  });
});

describe('a year called the first of carrying out a meeting it was held in', () => {
  const years = (sentence: string, year = 2023) => found(`某街道2023年度法治建设工作自查报告\n2023年，我街道扎实推进法治建设。${sentence}现将有关情况报告如下。\n一、主要做法\n全年学法12次。\n某街道\n2024年2月1日\n`, 'consistency-event-year', year);
  it('flags the meeting year itself', () => {
    expect(years('2022年是全面贯彻党的二十大精神的开局之年。')).toHaveLength(1);
    expect(years('2022年是学习贯彻党的二十大精神的第一年。')).toHaveLength(1);
  });
  it('stays silent on the right year and on the meeting told as held', () => {
    expect(years('2023年是全面贯彻党的二十大精神的开局之年。')).toEqual([]);
    expect(years('2024年是全面贯彻党的二十大精神的第二年。', 2024)).toEqual([]);
    expect(years('2022年党的二十大胜利召开。')).toEqual([]);
  });
});

describe('the report-announcing sentence naming another year', () => {
  const opening = (sentence: string) => found(`某县县长2025年度述法报告\n2025年，本人坚持把法治建设摆在重要位置。${sentence}\n一、学习情况\n全年学法12次。\n述法人：某县县长\n2026年1月8日\n`, 'consistency-opening-year', 2025);
  it('flags 述法如下 and 汇报如下 as 报告如下', () => {
    expect(opening('现将本人2024年度履行法治建设第一责任人职责情况述法如下。')).toEqual([['2024', 'error']]);
    expect(opening('现将本局2024年法治建设工作情况汇报如下。')).toEqual([['2024', 'error']]);
  });
  it('stays silent on the report year', () => {
    expect(opening('现将本人2025年度履行法治建设第一责任人职责情况述法如下。')).toEqual([]);
  });
});

describe('a plan year past the next one in a section on next year', () => {
  const plans = (text: string) => found(draft('全年办理复议案件12件。', text), 'consistency-current-year');
  it('flags a sentence opening on a later year once the section names next year', () => {
    expect(plans('2025年，我局将健全制度。2026年，我们将开展专项整治。')).toEqual([['2026', 'hint']]);
    expect(plans('2025年，本局将加强培训。\n2027年，全局将深化改革。')).toEqual([['2027', 'hint']]);
  });
  it('stays silent on targets over several years and on a section without next year', () => {
    expect(plans('2025年，我局将健全制度。到2026年，我们将基本建成法治政府。')).toEqual([]);
    expect(plans('2025年，我局将健全制度，力争2026年底前全面完成。')).toEqual([]);
    expect(plans('今后三年，我局将健全制度。2026年，我们将开展评估。')).toEqual([]);
  });
});

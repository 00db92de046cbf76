/**
 * Issue 25, round 4: the general changes made while studying the v1, v2 and v3 sets (all
 * development data now). Each case is a shape of text, not an item of any set.
 */
import { describe, expect, it } from 'vitest';
import { loadPhrases } from '../../scripts/lib/content-rules.ts';
import { OUTLINE_PROMPT_LABELS } from '../../src/shared/outline/markers.ts';
import { check, compiled, kindOf, rulesIn, rulesOf, textsByRule } from './helpers/draft-check.ts';

describe('outline prompts without brackets', () => {
  it('every prompt label of the outline opens a flagged line, of any length', () => {
    for (const label of OUTLINE_PROMPT_LABELS) {
      const note = '本年度主持学法的次数、主题，以及督促整改的具体事项和整改结果，不少于三条，每条都要有数字和会议名称';
      expect(textsByRule('outline-prompt', `一、带头学法\n${label}：${note}\n全年学法12次。`)).toEqual([`${label}：${note}`]);
      expect(textsByRule('outline-prompt', `一、带头学法\n${label}：短`)).toEqual([`${label}：短`]);
    }
  });
  it('a prompt label after the end of a sentence is flagged to the end of the line; other labels come from the rule data', () => {
    expect(textsByRule('outline-prompt', '全年开展专项执法检查6次。写作提示：补充一个典型案例')).toEqual(['写作提示：补充一个典型案例']);
    expect(textsByRule('outline-prompt', '［待写：普法宣传特色做法］')).toEqual(['［待写：普法宣传特色做法］']);
  });
  it('the same words inside a sentence, or a slot label outside brackets, are not prompts', () => {
    expect(rulesOf('重点要写实、写细，可用事实说话。')).not.toContain('outline-prompt');
    expect(rulesOf('主送机关：县委、县政府')).not.toContain('outline-prompt');
    expect(rulesOf('工作中注意：执法必须亮证。')).not.toContain('outline-prompt');
  });
  it('instructions in 【】 and （） are prompts; a note to fill something in stays a template placeholder', () => {
    expect(textsByRule('outline-prompt', '【此处插入执法检查典型案例】')).toEqual(['【此处插入执法检查典型案例】']);
    expect(textsByRule('outline-prompt', '（此处补充下一年度工作安排，不少于三点）')).toEqual(['（此处补充下一年度工作安排，不少于三点）']);
    expect(rulesOf('全年办理案件（此处填写数量）件。')).not.toContain('outline-prompt');
    expect(rulesOf('【典型案例】某村调解一起土地纠纷。（评查情况见附件1）')).not.toContain('outline-prompt');
  });
});

describe('a sentence that claims the report year with another year', () => {
  const year = (text: string, y = 2026) => textsByRule('consistency-current-year', text, y);
  it('全年（2025年1月至12月） in a report on 2026; not with the report year or after 上年', () => {
    expect(year('全年（2025年1月至12月）参加集中学法15次。')).toEqual(['2025']);
    expect(year('全年（2026年1月至12月）参加集中学法15次。')).toEqual([]);
    expect(year('上年全年（2025年1月至12月）参加集中学法15次，本年度增加到18次。')).toEqual([]);
  });
  it('截至2025年12月底 with 本年度 in the sentence; not when it is a baseline compared with another year', () => {
    expect(year('截至2025年12月底，累计培育“法律明白人”76名，本年度新增12名。')).toEqual(['2025']);
    expect(year('截至2026年12月底，累计培育“法律明白人”76名，本年度新增12名。')).toEqual([]);
    expect(year('截至2025年12月底，全县共有“法律明白人”64名。')).toEqual([]);
  });
  it('开展2025年度…考核 in a report on 2026; not for an earlier year’s feedback being rectified', () => {
    expect(year('根据县委依法治县办关于开展2025年度法治建设考核工作的通知要求，本局开展了自查。')).toEqual(['2025']);
    expect(year('根据县委依法治县办关于开展2026年度法治建设考核工作的通知要求，本局开展了自查。')).toEqual([]);
    expect(year('对开展2025年度述法评议反馈的问题逐项整改。')).toEqual([]);
  });
  it('回顾2025年， opening a summary of a report on 2026; not 回顾2021年以来', () => {
    expect(year('回顾2025年，我局坚持依法监管，全年立案查处违法行为73起。')).toEqual(['2025']);
    expect(year('回顾2021年以来，我局累计查处违法行为300起。')).toEqual([]);
  });
  it('2025年全年… that the same sentence calls 本年度', () => {
    expect(year('一、履职情况\n2025年全年，本人主持会前学法8次，以上即本年度主要履职情况。')).toEqual(['2025']);
    expect(year('一、履职情况\n2025年全年，本人主持会前学法8次，较上年增加2次。')).toEqual([]);
  });
  it('今年是“十四五”收官之年 in a report on 2026, but not in one on 2025', () => {
    expect(textsByRule('consistency-plan-year', '今年是“十四五”规划收官之年，各项法治任务更加繁重。', 2026)).toEqual(['今年是“十四五”规划收官']);
    expect(textsByRule('consistency-plan-year', '今年是“十四五”规划收官之年，各项法治任务更加繁重。', 2025)).toEqual([]);
    expect(textsByRule('consistency-plan-year', '今年是“十五五”开局之年。', 2026)).toEqual([]);
  });
});

describe('names of fixed systems', () => {
  it('each of the three enforcement systems by its name (记录, 法制审核), whatever word was swapped in', () => {
    expect(textsByRule('system-san-xiang-zhidu', '严格落实行政执法公示制度、执法全过程留痕制度、重大执法决定法制审核制度。')).toEqual(['执法全过程留痕制度']);
    expect(textsByRule('system-san-xiang-zhidu', '全面落实行政执法公示制度、执法全过程记录制度、重大执法决定合法性审查制度。')).toEqual(['重大执法决定合法性审查']);
    expect(textsByRule('system-san-xiang-zhidu', '落实行政执法公示、执法全过程记录、重大执法决定集体讨论三项制度。')).toHaveLength(1);
    expect(rulesOf('做到执法全过程留痕和可回溯管理；对情节复杂的案件，重大执法决定经集体讨论后作出。')).not.toContain('system-san-xiang-zhidu');
  });
  it('首要责任人 for 第一责任人', () => {
    expect(textsByRule('system-diyi-zerenren', '认真履行推进法治建设首要责任人职责。')).toEqual(['法治建设首要责任人']);
    expect(rulesOf('认真履行推进法治建设第一责任人职责。')).not.toContain('system-diyi-zerenren');
  });
  it('法治督察 and 实地督察 with 督查; other 督查 (政府督查室) left alone', () => {
    expect(textsByRule('system-fazhi-ducha', '配合市委依法治市办开展法治政府建设实地督查。')).toHaveLength(1);
    expect(textsByRule('system-fazhi-ducha', '对上级法治督查反馈的问题全部整改。')).toEqual(['法治督查']);
    expect(rulesOf('配合县政府督查室开展重点工作督查；对上级法治督察反馈的问题全部整改。')).not.toContain('system-fazhi-ducha');
  });
  it('谁主管谁普法 as the name of the 普法责任制 is a hint; listed beside 谁执法谁普法 it is silent', () => {
    const f = check('落实“谁主管谁普法”普法责任制，制定普法责任清单。').find((x) => x.rule === 'system-shui-zhuguan-shui-pufa');
    expect(f?.level).toBe('hint');
    expect(rulesOf('落实“谁执法谁普法”“谁主管谁普法”普法责任制。')).not.toContain('system-shui-zhuguan-shui-pufa');
  });
});

describe('documents that are no longer the basis', () => {
  it('a predecessor named in a source’s supersedes list, cited as the basis, with the source as the fix', () => {
    const f = check('继续按照国办发〔2017〕14号试点方案推行行政执法三项制度。', 2024).find((x) => x.rule === 'expired-document-predecessor');
    expect(f).toMatchObject({ level: 'hint' });
    expect(f!.fix).toContain('国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见');
    expect(rulesOf('国办发〔2017〕14号试点方案为三项制度全面推行积累了经验。', 2024)).not.toContain('expired-document-predecessor');
  });
  it('the predecessors are the sources’ data: no supersedes, no rule finding', () => {
    const rule = compiled.rules.find((r) => r.id === 'expired-document-predecessor');
    expect(rule?.type === 'consistency' && rule.resolved?.map((d) => d.title)).toEqual(['国办发〔2017〕14号']);
  });
  it('a current document with another 文号 of the same kind; its own 文号, or none, is fine', () => {
    expect(textsByRule('expired-document-number', '严格执行《中华人民共和国政府信息公开条例》（国务院令第492号），及时公开政府信息。')).toEqual(['国务院令第492号']);
    expect(textsByRule('expired-document-number', '严格执行《政府信息公开条例》（国务院令第711号）。')).toEqual([]);
    expect(textsByRule('expired-document-number', '严格执行《政府信息公开条例》，及时公开政府信息。')).toEqual([]);
    expect(textsByRule('expired-document-number', '落实《重大行政决策程序暂行条例》（国办发〔2019〕5号配套）。')).toEqual([]);
  });
});

describe('wordings the reference keeps current', () => {
  it('the 2016 《规定》’s own words are not flagged, in 2023 or 2026 (currency-2026.md §1; official-phrases.md B2, B8)', () => {
    for (const year of [2023, 2026]) {
      expect(check('坚持宪法法律至上，反对以言代法、以权压法、徇私枉法。', year)).toEqual([]);
      expect(check('自觉运用法治思维和法治方式深化改革、推动发展、化解矛盾、维护稳定。', year)).toEqual([]);
    }
  });
  it('an expired plan named for its article or as the structure a superior asked for is silent; cited as this year’s basis it is not', () => {
    expect(check('《法治中国建设规划（2020—2025年）》（三十）要求将履行第一责任人职责情况列入年终述职内容。')).toEqual([]);
    expect(check('在新一轮规划印发前，按上级通知，本报告继续参照《法治政府建设实施纲要（2021—2025年）》的体系编排。').filter((f) => f.rule.startsWith('phrase-'))).toEqual([]);
    expect(rulesOf('2026年，区政府深入贯彻落实《法治政府建设实施纲要（2021—2025年）》。')).toContain('expired-document-period-ended');
  });
  it('a clause dated within the plan’s period tells of those years', () => {
    expect(rulesOf('2016年起，县政府依照旧纲要启动建设；2021年起，转入落实《法治政府建设实施纲要（2021—2025年）》。')).not.toContain('expired-document-period-ended');
  });
  it('“十一个坚持” told as history (从…到…) is silent in 2026; on its own it is still a hint', () => {
    expect(rulesOf('从2018年提出“十个坚持”，到2020年系统阐述“十一个坚持”，本人系统梳理了形成脉络。')).not.toContain('sub-shiyi-ge-jianchi-2026');
    expect(rulesOf('全面贯彻习近平法治思想“十一个坚持”的核心要义。')).toContain('sub-shiyi-ge-jianchi-2026');
  });
});

describe('学法尊法守法用法, the 2010 order (official-phrases.md D3)', () => {
  it('is one finding that is both the outdated wording and the order slip, with the narrow fix', () => {
    for (const text of ['带头学法尊法守法用法。', '引导群众学法、尊法、守法、用法。']) {
      const fs = check(text);
      expect(fs).toHaveLength(1);
      const kinds = rulesIn(fs[0]!).map((id) => kindOf.get(id));
      expect(kinds).toEqual(expect.arrayContaining(['outdated-wording', 'series-order']));
      expect(fs[0]!.fix).toMatch(/^改为：尊法/);
    }
  });
  it('another permutation is an order slip only', () => {
    const [f] = check('带头尊法守法学法用法。');
    expect(rulesIn(f!).map((id) => kindOf.get(id))).toEqual(['series-order']);
  });
});

describe('outdated wordings the sets disagreed on, decided by the reference', () => {
  it('公民参与、专家咨询 (2011, official-phrases.md E1 旧措辞) is outdated wording; 专家咨询会 alone is not', () => {
    expect(textsByRule('sub-juece-chengxu-2011', '严格落实公民参与、专家咨询、风险评估、合法性审查和集体讨论决定程序。')).toHaveLength(1);
    expect(rulesOf('就规划调整召开专家咨询会2次。')).not.toContain('sub-juece-chengxu-2011');
    expect(rulesOf('履行公众参与、专家论证、风险评估、合法性审核、集体讨论决定程序。')).toContain('system-juece-chengxu');
  });
  it('坚持人民主体地位 listed among the 坚持 of 习近平法治思想 is an error; on its own it is the bank’s current wording', () => {
    expect(textsByRule('sub-renmin-zhuti-diwei-shige-jianchi', '重点领会坚持党对全面依法治国的领导、坚持人民主体地位、坚持中国特色社会主义法治道路等核心要义。')).toHaveLength(1);
    expect(rulesOf('坚持人民主体地位，坚持法律面前人人平等。')).not.toContain('sub-renmin-zhuti-diwei-shige-jianchi');
  });
  it('全面依法治国新理念新思想新战略 is a hint only, and the bank names 习近平法治思想 as its newer wording', () => {
    const [f] = check('深入学习贯彻习近平总书记全面依法治国新理念新思想新战略。');
    expect(f).toMatchObject({ rule: 'sub-xin-linian-xin-sixiang-xin-zhanlue', level: 'hint' });
    expect(loadPhrases().filter((p) => p.text.includes('新理念新思想新战略')).map((p) => (p as { newerWording?: string }).newerWording)).toEqual(['xi-jinping-fazhi-sixiang', 'xi-jinping-fazhi-sixiang']);
  });
  it('加快基本建成法治政府 after 2020 (A1, replaced by A2); the 2020 target recalled is fine', () => {
    expect(textsByRule('sub-jiben-jiancheng-fazhi-zhengfu', '县政府以加快基本建成法治政府为目标，扎实推进依法行政。', 2025)).toHaveLength(1);
    expect(textsByRule('sub-jiben-jiancheng-fazhi-zhengfu', '县政府以加快基本建成法治政府为目标，扎实推进依法行政。', 2019)).toEqual([]);
    expect(textsByRule('sub-jiben-jiancheng-fazhi-zhengfu', '对照到2020年基本建成法治政府的目标，回顾五年工作。', 2025)).toEqual([]);
  });
  it('a plan year claim is marked over the year and the plan’s words together', () => {
    expect(textsByRule('consistency-plan-year', '2026年是“十四五”收官之年，区政府统筹推进法治政府建设。')).toEqual(['2026年是“十四五”收官']);
  });
});

describe('a total and the parts it is made of', () => {
  const sums = (text: string) => textsByRule('consistency-parts-sum', text);
  it('共5人，由3名…和3名…组成: the members named are the whole (名 and 人 count the same people)', () => {
    expect(sums('团队共5人，由3名执业律师和3名高校法学教师组成，全年列席会议22次。')).toEqual(['5人']);
    expect(sums('团队共6人，由3名执业律师和3名高校法学教师组成。')).toEqual([]);
  });
  it('9名执法人员中，…的10名，…的1名: parts above the total; parts below it may leave some out', () => {
    expect(sums('全局9名执法人员中，持有行政执法证件的10名，正在申领证件的1名。')).toEqual(['9名']);
    expect(sums('全局12名执法人员中，持有行政执法证件的10名，正在申领证件的1名。')).toEqual([]);
  });
});

describe('四个亲自 written pair by pair or verb first', () => {
  const qinzi = (text: string) => check(text).filter((f) => f.rule === 'order-si-ge-qinzi').map((f) => `${f.text}→${f.fix}`);
  it('对…亲自…，对…亲自…: 对 opens the next pair', () => {
    expect(qinzi('对重要工作亲自部署，对重大问题亲自协调，对重点环节亲自过问，对重要任务亲自督办。')).toEqual(['重大问题亲自协调，对重点环节亲自过问→改为：重大问题亲自过问，对重点环节亲自协调']);
    expect(qinzi('对重要工作亲自部署，对重大问题亲自过问，对重点环节亲自协调，对重要任务亲自督办。')).toEqual([]);
  });
  it('亲自协调重大问题: the verb first, and the fix keeps the verb first', () => {
    expect(qinzi('坚持亲自部署重要工作、亲自协调重大问题、亲自过问重点环节、亲自督办重要任务。')).toEqual(['亲自协调重大问题、亲自过问重点环节→改为：亲自过问重大问题、亲自协调重点环节']);
    expect(qinzi('坚持亲自部署重要工作、亲自过问重大问题、亲自协调重点环节、亲自督办重要任务。')).toEqual([]);
  });
});

describe('a 期满 wording of the bank', () => {
  it('is the same kind of mistake as an expired plan cited as this year’s basis', () => {
    const expired = loadPhrases().filter((p) => p.status === 'expired').map((p) => `phrase-${p.id}`).filter((id) => kindOf.get(id));
    expect(expired.length).toBeGreaterThan(5);
    for (const id of expired) expect(kindOf.get(id), id).toBe(kindOf.get('expired-document-period-ended'));
    expect(kindOf.get('phrase-xuefa-zunfa-shoufa-yongfa-2010')).toBe('outdated-wording');
  });
});

describe('titles of the 行政应诉 documents the reference lists', () => {
  it('a word swapped in the title (完善 for 改进, 解释 for 规定, 问责 for 责任追究) is a misnamed title; the exact title is fine', () => {
    expect(rulesOf('贯彻《国务院办公厅关于加强和完善行政应诉工作的意见》。')).toContain('title-xingzheng-yingsu-yijian');
    expect(rulesOf('贯彻《国务院办公厅关于加强和改进行政应诉工作的意见》。')).not.toContain('title-xingzheng-yingsu-yijian');
    expect(rulesOf('执行《最高人民法院关于行政机关负责人出庭应诉若干问题的解释》。')).toContain('title-fuzeren-chuting-yingsu-guiding');
    expect(rulesOf('执行《最高人民法院关于行政机关负责人出庭应诉若干问题的规定》。')).not.toContain('title-fuzeren-chuting-yingsu-guiding');
    expect(rulesOf('执行《领导干部干预司法活动、插手具体案件处理的记录、通报和问责规定》。')).toContain('title-ganyu-sifa-guiding');
  });
});

describe('a heading year with 举措 alone', () => {
  it('主要举措 without 成效 may be the year reviewed or the next; another year is wrong', () => {
    expect(rulesOf('一、2026年推进法治政府建设的主要举措\n（一）甲。\n二、存在的不足\n乙。')).not.toContain('consistency-heading-year');
    expect(rulesOf('一、2027年推进法治政府建设的主要举措\n（一）甲。')).not.toContain('consistency-heading-year');
    expect(rulesOf('一、2024年推进法治政府建设的主要举措\n（一）甲。')).toContain('consistency-heading-year');
    expect(rulesOf('一、2026年主要举措和成效\n二、2026年工作打算\n甲。')).toContain('consistency-heading-year');
  });
});

describe('四个亲自 with another verb', () => {
  it('a pair of the series with a verb of its own (重大问题亲自研究) is flagged; the same words in prose are not', () => {
    expect(textsByRule('si-ge-qinzi-verb', '对法治建设重要工作亲自部署、重大问题亲自研究、重点环节亲自协调、重要任务亲自督办。')).toEqual(['重大问题亲自研究']);
    expect(textsByRule('si-ge-qinzi-verb', '对法治建设重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办。')).toEqual([]);
    expect(textsByRule('si-ge-qinzi-verb', '对重大问题亲自研究解决，全年召开专题会议3次。')).toEqual([]);
  });
});

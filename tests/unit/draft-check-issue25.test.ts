// Issue 25: the phrase bank as the checker's negative control, and every example the issue names.
import { describe, expect, it } from 'vitest';
import { loadPhrases } from '../../scripts/lib/content-rules.ts';
import { levelForms } from '../../src/shared/normalize.ts';
import type { Finding } from '../../src/shared/draft-check/types.ts';
import { checkWith, compiled, kindOf, rulesIn } from './helpers/draft-check.ts';

const find = (text: string, opts: { year?: number } = {}) => checkWith(text, { year: 2023, ...opts });
const rules = (text: string, opts: { year?: number } = {}) => find(text, opts).flatMap(rulesIn);

/**
 * The bank wordings the checker still hints at, each ruled in tests/eval/check/README.md (第二十轮的裁定（规范表述库与体检）):
 * both are right in different contexts, the bank's note says when, and the rule's message says the same. Every wording of
 * the entry gets exactly these hints in exactly these years; a new hint, or one of these no longer firing, fails.
 */
const RULED_EXCEPTIONS: { phrase: string; rule: string; years: number[]; why: string; ref: string }[] = [
  {
    phrase: 'xi-zongshuji-xin-linian-xin-sixiang-xin-zhanlue', rule: 'sub-xin-linian-xin-sixiang-xin-zhanlue', years: [2023, 2026],
    why: '较早的提法，地方职责清单还在用；条目以“习近平法治思想”为较新表述，新写的报告宜用它', ref: 'requirements.md 第101行（辽宁细则第四条）；official-phrases.md C7',
  },
  {
    phrase: 'jianchi-chulihao-quanmian-yifa-zhiguo-bianzheng-guanxi', rule: 'sub-bianzheng-guanxi-2018', years: [2023, 2026],
    why: '2018年“十个坚持”的一项，写2018—2020年的学习内容照录；列举核心要义按“十一个坚持”', ref: 'official-phrases.md C2（已被C1取代，删“处理好辩证关系”）',
  },
  ...['shen-ru-xue-xi-guan-che-dang-de-2', 'quan-mian-guan-che-luo-shi-dang-de-2', 'shen-ru-guan-che-dang-de-er-shi', 'quanmian-guanche-ershida-he-ershijie-erzhong-sanzhong-quanhui'].map((phrase) => ({
    phrase, rule: 'sub-ershi-jie-er-san-zhong-2026', years: [2026],
    why: '2024年度报告的写法；四中全会2025年10月召开，2025年度起写到四中全会或“二十届历次全会精神”（条目的较新表述）', ref: 'currency-2026.md 2.2、2.3',
  })),
  ...['shiyi-ge-jianchi-hexin-yaoyi', 'shi-yi-ge-jian-chi'].map((phrase) => ({
    phrase, rule: 'sub-shiyi-ge-jianchi-2026', years: [2026],
    why: '2020年的概括；2025年有报告写“十二个坚持”，中央完整列表未找到，写2026年的报告按上级学习材料选用', ref: 'currency-2026.md 2.3；official-phrases.md C1',
  })),
  {
    phrase: 'yingzhi-yinghui-falv-fagui-qingdan-zhidu', rule: 'yingzhi-yinghui-qingdan-zhidu', years: [2023, 2026],
    why: '《法治中国建设规划》第（二十八）项的写法，引用规划原文时照录；参考资料只以中办国办意见的名称记这项制度，条目以全称为较新表述，写制度本身宜用全称', ref: 'central-documents.md 第59、67行',
  },
  {
    phrase: 'dui-ju-ti-xing-zheng-xing-wei-ti', rule: 'sub-juti-xingzheng-xingwei', years: [2026],
    why: '2023年修订的行政复议法把“具体行政行为”改为“行政行为”（2024年1月1日施行）；写2024年以前的工作照录', ref: 'central-documents.md 第79行',
  },
];

/** Findings that speak about wording (names, titles, series, outdated and 法制 words), not structure or layout. */
const WORDING_TYPES = new Set(['substitution', 'existence', 'order', 'title']);
const typeOf = new Map(compiled.rules.map((r) => [r.id, r.type]));

describe('the phrase bank is the negative control', () => {
  const phrases = loadPhrases().filter((p) => p.status !== 'outdated');
  // Each level slot (〔县〕〔镇〕〔局〕) in every form it stands for, as the checker reads it; the other slots are filled
  // with their own words, as a writer would fill them.
  const fill = (s: string) => s.replace(/〔([^〕]*)〕/g, (_, x: string) => (x === '层级' ? '县' : x));
  const texts = phrases.flatMap((p) =>
    [p.text, ...(p.variants ?? [])].flatMap((t) => [...new Set(levelForms(t).map(fill))].map((form) => [p.id, form] as const)),
  );
  const byId = new Map(phrases.map((p) => [p.id, p]));
  const YEARS = [2023, 2026];
  const checked = new Map<string, Finding[]>();
  const find25 = (text: string, year: number) => {
    const key = `${year}:${text}`;
    if (!checked.has(key)) checked.set(key, find(text, { year }));
    return checked.get(key)!;
  };
  /** A 期满 wording checked as a report on a year after its period: the bank's own status, said by the checker. */
  const saysExpired = (id: string, year: number, f: Finding) => {
    const p = byId.get(id)!;
    return p.status === 'expired' && year > (p.period?.[1] ?? Infinity) && rulesIn(f).every((r) => kindOf.get(r) === 'expired-document-as-guidance');
  };

  it('has current and 期满 phrases to check', () => expect(texts.length).toBeGreaterThan(500));
  it.each(texts)('%s: no 错误 on %j', (_id, text) => {
    // Checked as a 2023 report and as a 2026 report: neither year makes a bank wording an error.
    for (const year of YEARS) expect(find25(text, year).filter((f) => f.level === 'error').map((f) => `${f.rule}:${f.text}`)).toEqual([]);
  });
  it.each(texts)('%s: no wording hint on %j but the ruled exceptions', (id, text) => {
    for (const year of YEARS) {
      const said = find25(text, year)
        .filter((f) => rulesIn(f).some((r) => WORDING_TYPES.has(typeOf.get(r) ?? '')) && !saysExpired(id, year, f))
        .map((f) => `${year} ${f.rule}:${f.text}`);
      const ruled = RULED_EXCEPTIONS.filter((e) => e.phrase === id && e.years.includes(year)).map((e) => `${year} ${e.rule}`);
      expect(said.map((s) => s.replace(/:.*/, ''))).toEqual(ruled);
    }
  });
  it('names only existing phrases and rules in the ruled exceptions, each with its reason and reference line', () => {
    for (const e of RULED_EXCEPTIONS) {
      expect(byId.has(e.phrase), e.phrase).toBe(true);
      expect(typeOf.has(e.rule), e.rule).toBe(true);
      expect(e.why.length).toBeGreaterThan(10);
      expect(e.ref).toMatch(/\.md/);
    }
  });
  it('calls 学法守法用法 现行, as the bank does', () => {
    expect(loadPhrases().find((p) => p.text === '学法守法用法')?.status ?? 'current').toBe('current');
    expect(find('推动区政府组成部门主要负责人带头学法守法用法，做到学法守法用法。')).toEqual([]);
  });
});

describe('issue 25: misses are caught', () => {
  it('四个亲自 in full form with two verbs swapped', () => {
    const [f] = find('对法治建设重要工作亲自部署、重大问题亲自协调、重点环节亲自过问、重要任务亲自督办。');
    expect(f).toMatchObject({ rule: 'order-si-ge-qinzi', text: '重大问题亲自协调、重点环节亲自过问', fix: '改为：重大问题亲自过问、重点环节亲自协调' });
  });
  it('〔要写：…〕 and 〔可用事实：…〕 prompts of any length, and the outline markers', () => {
    const long = `〔要写：${'本人主持政府常务会议研究法治政府建设的次数和议题'.repeat(3)}〕`;
    for (const t of [long, '〔可用事实：“民法典宣传月”活动场次、受众人数；社区“法律明白人”培训情况〕', '〔成文日期〕', '〔机关名称〕', '〔主送机关：上一级党委和政府〕：']) {
      expect(rules(t)).toContain('outline-prompt');
    }
  });
  it('an expired plan cited as guidance, with or without a hyphen; a historical mention is silent', () => {
    expect(rules('深入贯彻落实《法治政府建设实施纲要（2015—2020年）》。')).toContain('expired-document-superseded');
    const hyphen = find('深入贯彻落实《法治政府建设实施纲要(2015-2020年)》。');
    expect(hyphen).toHaveLength(1);
    expect(rulesIn(hyphen[0]!)).toEqual(expect.arrayContaining(['expired-document-superseded', 'title-fazhi-zhengfu-gangyao-2015']));
    for (const v of ['按照', '根据', '贯彻', '落实']) expect(rules(`${v}“八五”普法规划部署开展工作。`, { year: 2026 })).toContain('expired-document-period-ended');
    expect(rules('2025年“八五”普法规划顺利收官。', { year: 2026 })).not.toContain('expired-document-period-ended');
    expect(rules('《法治政府建设实施纲要（2015—2020年）》实施期间，我县被评为示范县；回顾这一历程。')).toEqual([]);
  });
  it('tells a 2026 writer not to cite the 八五 plan, which has expired too, for the 七五 plan', () => {
    const f = find('认真落实《中央宣传部、司法部关于在公民中开展法治宣传教育的第七个五年规划（2016—2020年）》。', { year: 2026 });
    expect(f.map((x) => x.fix).join()).not.toMatch(/改为.*第八个五年规划/);
  });
  it('ASCII and ‘’ quotes are folded before matching; the wrong style is flagged once per draft', () => {
    for (const q of ["深刻领会'两个确立'的决定性意义。", '深刻领会"两个确立"的决定性意义。', '深刻领会‘两个确立’的决定性意义。']) {
      expect(rules(q)).toContain('sub-shenke-linghui-liangge-queli');
    }
    const mixed = find('压实"谁执法谁普法"普法责任制，深化“放管服”改革，坚持"枫桥经验"。').filter((f) => f.rule === 'consistency-quote-style');
    expect(mixed).toHaveLength(1);
    expect(mixed[0]!.places).toHaveLength(2);
  });
  it('法制 where 法治 is meant; the legitimate 法制 compounds are silent', () => {
    expect(rules('将法制政府建设纳入总体布局。')).toContain('sub-fazhi-fazhi');
    expect(rules('重大执法决定均经法制审核，设立法制机构、法制科和法制工作机构，维护国家法制统一。')).toEqual([]);
  });
  it('wrong names of fixed systems', () => {
    expect(rules('全面推行行政执法公示制度、执法全过程记录制度、重大执法决定集体审议制度。')).toContain('system-san-xiang-zhidu');
    // The 2011 words (专家咨询) are outdated wording since round 4 (official-phrases.md E1 calls them 旧措辞).
    expect(rules('履行公众参与、专家咨询、风险评估、合法性审查、集体讨论决定等法定程序。')).toContain('sub-juece-chengxu-2011');
    expect(rules('全面落实证明事项承诺告知制。')).toContain('system-gaozhi-chengnuo');
    expect(rules('召开县委全面依法治国委员会会议。')).toContain('system-yifa-zhi-weiyuanhui');
    expect(rules('召开县委全面依法治县委员会会议，县委依法治县办组织督察。')).toEqual([]);
  });
});

describe('issue 25: false findings are silent', () => {
  it.each(['做到学法守法用法', '营造学法、用法、知法、守法的浓厚氛围', '知法守法学法用法', '懂法用法守法', '学法、用法、守法', '知法、用法、守法、敬法、护法'])('%s is another series', (t) => {
    expect(find(t).filter((f) => f.type === 'order' || f.level === 'error')).toEqual([]);
  });
  it('有待完善 is not a template leftover', () => expect(rules('村级合同管理制度有待完善。')).toEqual([]));
  it('坚持人民主体地位 is not 已过时', () => expect(rules('坚持人民主体地位。')).toEqual([]));
  it('a bare 《全面深化法治领域改革纲要》 is a 提示, like a bare 《法治政府建设实施纲要》', () => {
    expect(find('贯彻落实《全面深化法治领域改革纲要》。').map((f) => f.level)).toEqual(['hint']);
    expect(find('贯彻落实《法治政府建设实施纲要》。').map((f) => f.level)).toEqual(['hint']);
  });
  it('an order fix replaces only the words out of place', () => {
    const [f] = find('引导广大群众自觉学法、尊法、守法、用法。');
    expect(f).toMatchObject({ text: '学法、尊法', fix: '改为：尊法、学法' });
  });
  it('a mixed （1）（2）（三） list is renumbered, not sent back to （一）', () => {
    const f = find('一、总体\n（1）学习。\n（2）宣传。\n（三）执法。').find((x) => x.rule === 'numbering-skip')!;
    expect(f.fix).toMatch(/（3）/);
    expect(f.fix).not.toMatch(/应为 （一）/);
  });
});

describe('issue 25: one mistake, one finding', () => {
  it('深入实施“八五”普法规划 gives one finding', () => expect(find('深入实施“八五”普法规划。', { year: 2026 })).toHaveLength(1));
  it('调解纠纷**件 gives one finding', () => expect(find('调解纠纷**件。')).toHaveLength(1));
  it('half-width commas are one finding per draft, with the count and every place', () => {
    const text = Array.from({ length: 30 }, (_, i) => `开展活动${i + 1}次,`).join('') + '效果良好。';
    const f = find(text).filter((x) => x.rule === 'consistency-halfwidth-punct');
    expect(f).toHaveLength(1);
    expect(f[0]!.places).toHaveLength(30);
    expect(f[0]!.message).toMatch(/30 处/);
  });
});

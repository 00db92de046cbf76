// Round 9 (wording): near words in a slot of a fixed formulation, full-width blanks, and a prompt after a list number.
import { describe, expect, it } from 'vitest';
import { checkWith, kindOf } from './helpers/draft-check.ts';

// No report type: the checker guesses it from the text (check() would fix it to the government report).
const find = (text: string, year = 2025) => checkWith(text, { year });
const kinds = (text: string, year?: number) => find(text, year).map((f) => kindOf.get(f.rule));

describe('round 9: a slot of a fixed formulation filled with a near word', () => {
  it('五公开 with any word but 管理 in the third slot, compact and spelled out', () => {
    for (const w of ['监督', '监管', '执法', '审批']) {
      expect(kinds(`全面推进决策、执行、${w}、服务、结果公开。`)).toContain('system-name');
      expect(kinds(`推进决策公开、执行公开、${w}公开、服务公开、结果公开。`)).toContain('system-name');
    }
    expect(kinds('全面推进决策、执行、管理、服务、结果公开。')).not.toContain('system-name');
  });
  it('谁执法谁公示 before any 普法 name', () => {
    for (const tail of ['普法责任清单', '普法责任制', '普法工作机制']) {
      const [f] = find(`制定“谁执法谁公示”${tail}。`);
      expect(f).toMatchObject({ rule: 'system-shui-zhifa-shui-pufa' });
    }
    expect(find('按照“谁执法谁公示”的要求公开执法信息。')).toEqual([]);
  });
  it('公司律师 directly after 法律顾问, but not in the full triple nor for an enterprise', () => {
    expect(find('各部门普遍设立法律顾问、公司律师。').map((f) => f.rule)).toContain('gongsi-lvshi-for-gongzhi');
    expect(find('全面形成法律顾问、公职律师、公司律师制度体系。').map((f) => f.rule)).not.toContain('gongsi-lvshi-for-gongzhi');
    expect(find('健全企业法律顾问、公司律师制度。').map((f) => f.rule)).not.toContain('gongsi-lvshi-for-gongzhi');
  });
  it('the duty listed in 年终考核 instead of 年终述职; other assessments are silent', () => {
    expect(find('将第一责任人职责情况列入年终考核内容。').map((f) => f.rule)).toContain('nianzhong-shuzhi-wording');
    expect(find('将法治建设成效列入年终考核内容。').map((f) => f.rule)).not.toContain('nianzhong-shuzhi-wording');
  });
  it('守法诚信 in the 2021 government goal list, not in the 法治社会 list', () => {
    expect(kinds('建设职能科学、权责法定、执法严明、公开公正、智能高效、守法诚信、人民满意的法治政府。')).toContain('outdated-wording');
    expect(kinds('建设信仰法治、公平正义、保障权利、守法诚信、充满活力、和谐有序的社会主义法治社会。')).not.toContain('outdated-wording');
  });
});

describe('round 9: blanks and prompts', () => {
  it('full-width spaces left for a month, a day or a title are a placeholder, a paragraph indent is not', () => {
    for (const t of ['2027年　　月前完成整改。', '于2026年3月　　日召开会议。', '印发《　　　　　工作指引》。']) {
      expect(kinds(t)).toContain('placeholder');
    }
    expect(kinds('　　2027年6月前完成整改。')).not.toContain('placeholder');
  });
  it('a bare 可用事实： after a list number is an outline prompt, a numbered item of the report is not', () => {
    for (const t of ['（二）可用事实：全年督办问题整改情况', '3.要写：本单位开展合法性审查的做法', '二、可用事实：普法活动场次']) {
      expect(kinds(t)).toContain('outline-prompt');
    }
    expect(kinds('（二）可用事实证明，法治宣传成效明显。')).not.toContain('outline-prompt');
  });
});

describe('round 9: one word of a long source title swapped', () => {
  const titleFindings = (text: string) => find(text).filter((f) => kindOf.get(f.rule) === 'document-title');
  it('finds 领导干部 or 党员干部 for 国家工作人员 in the 学法用法 opinion, as a hint', () => {
    for (const w of ['领导干部', '党员干部', '公职人员']) {
      const [f] = titleFindings(`依据《关于完善${w}学法用法制度的意见》开展工作。`);
      expect(f).toMatchObject({ level: 'hint', fix: '写作《关于完善国家工作人员学法用法制度的意见》' });
    }
  });
  it('leaves the right title and a title of another frame alone', () => {
    expect(titleFindings('依据《关于完善国家工作人员学法用法制度的意见》开展工作。')).toEqual([]);
    expect(titleFindings('印发《关于加强本县行政执法工作的意见》。')).toEqual([]);
  });
});

describe('round 9: the 政府信息公开 principles in the order of the 条例 (official-phrases H1)', () => {
  const orderRules = (text: string) => find(text).filter((f) => kindOf.get(f.rule) === 'series-order').map((f) => f.rule);
  it('any order of the four but 公正、公平、合法、便民 is flagged', () => {
    for (const s of ['合法、公正、公平、便民', '公平、公正、合法、便民', '公正、合法、公平、便民', '便民、合法、公正、公平']) {
      expect(orderRules(`遵循${s}的原则。`)).toContain('order-xinxi-gongkai-yuanze');
    }
  });
  it('the right order and the 行政复议 principles are left to themselves', () => {
    expect(orderRules('遵循公正、公平、合法、便民的原则。')).toEqual([]);
    expect(orderRules('坚持合法、公正、公开、高效、便民、为民的原则。')).toEqual([]);
  });
});

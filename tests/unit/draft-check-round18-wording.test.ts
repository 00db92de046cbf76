// Probes written from ../shared/reference alone (not from the evaluation sets), each one sentence or heading inside a
// short whole report (title, opening, 一、二、三、 sections, 落款), in the plainest shapes of six families:
// a fixed name with its words reordered or one word changed (requirements.md 二's 督察 title, central-documents.md §3's
// 法律顾问、公职律师、公司律师, official-phrases.md F6's 非诉讼纠纷解决机制); one item of the 2015 法治政府 goal list
// used alone in a list closed by 的法治政府 (A1→A2), the 1996 重要干部任免 in the 2010 三重一大 list (E3); 法制 before a
// place or unit built up as a goal (B3, D6); a 四个亲自 pair with another pair's verb, standing alone (B9); two prompt
// labels joined by a slash; a heading number written twice (gbt9704-layout.md). Silent ones: the right forms, the
// plain-speech and local forms, offices that keep 法制, the pairs as 第四条 writes them.
import { describe, expect, it } from 'vitest';
import { annual, kindProbes, shortReport, shufa, self, type KindProbes, type Probe } from './helpers/kind-probes.ts';
import { check, kindOf, rulesIn } from './helpers/draft-check.ts';

const wrap = shortReport({
  title: (year, type) => (type === shufa ? `县交通运输局局长${year}年度述法报告` : type === self ? `县交通运输局${year}年度法治建设自查报告` : `某区人民政府${year}年法治政府建设年度报告`),
  opening: (year) => `${year}年，我们坚持以习近平法治思想为指导，扎实推进法治建设。现将有关情况报告如下。`,
  plans: () => '下一步工作安排\n持续加强执法监督。',
  signoff: (year, type) => (type === shufa ? `述法人：县交通运输局局长 李华\n${year + 1}年1月16日` : `某区人民政府\n${year + 1}年1月22日`),
});
const r = (text: string, year = 2025, type: Probe['type'] = annual): Probe => ({ text, year, type });

/** A whole report whose headings are given, for the probes that are headings themselves. */
const headed = (year: number, type: Probe['type'], ...headings: string[]): Probe => ({
  year,
  type,
  text: `${type === shufa ? `区长${year}年度述法报告` : `某区人民政府${year}年法治政府建设年度报告`}\n${year}年，我们坚持以习近平法治思想为指导，扎实推进法治建设。\n${headings.map((h) => `${h}\n全年召开专题会议3次。`).join('\n')}\n${type === shufa ? `述法人：区长 周强\n${year + 1}年1月26日` : `某区人民政府\n${year + 1}年1月22日`}`,
});

export const PROBES: KindProbes = {
  'system-name': {
    found: [
      r('县委及各部门普遍建立政府法律顾问、公益律师制度。', 2025, shufa),
      r('推行法律顾问和公益律师制度，会前听取法律意见。'),
      r('全县党政机关公益律师、公司律师队伍不断壮大。'),
      r('建立健全法律顾问、公共律师制度。'),
      r('全面推行公益律师制度，党政机关设立公益律师12名。'),
      r('局党组落实法治政府建设督察与责任落实要求，每半年专题研究法治工作1次。', 2024, self),
      r('迎接市委依法治市办法治政府建设督察和责任落实检查。'),
      r('按照法治政府建设与督察责任落实的要求开展自查。', 2024, self),
      r('坚持把非诉讼纠纷化解机制挺在前面，建立“调解优先”工作流程。', 2026, shufa),
      r('完善非诉讼纠纷处理机制，推动矛盾纠纷源头化解。'),
      r('健全非诉讼纠纷调处机制，诉前化解纠纷126件。'),
      r('坚持把非诉讼纠纷处置机制挺在前面。'),
    ],
    silent: [
      r('县委及各部门普遍建立政府法律顾问、公职律师制度。', 2025, shufa),
      r('组织公益律师为困难群众提供法律援助。'),
      r('法律援助中心联系公益律师12名，开展公益法律服务36场。'),
      r('全面推行法律顾问制度和公职律师公司律师制度。'),
      r('局党组落实法治政府建设与责任落实督察要求，每半年专题研究法治工作1次。', 2024, self),
      r('配合做好法治政府建设督察，督察反馈问题全部整改。'),
      r('全面落实法治政府建设责任，配合上级督察工作。'),
      r('依据《法治政府建设与责任落实督察工作规定》开展年度自查。', 2024, self),
      r('坚持把非诉讼纠纷解决机制挺在前面。', 2026, shufa),
      r('健全矛盾纠纷多元化解机制，化解纠纷356件。'),
      r('通过非诉讼方式化解纠纷36件。'),
      r('完善诉源治理机制，推动从源头上减少诉讼增量。'),
    ],
  },
  'outdated-wording': {
    found: [
      r('市政府围绕建设廉洁高效、人民满意的法治政府，组织开展示范创建。', 2026),
      r('加快建设职能科学、权责法定、廉洁高效的法治政府。'),
      r('努力建设执法严明、公开公正、智能高效、廉洁高效的法治政府。'),
      r('着力打造廉洁高效、守法诚信的法治政府。'),
      r('全力建设廉洁高效的法治政府。'),
      r('推进权责法定、廉洁高效、人民满意的法治政府建设。'),
      r('凡重大决策、重要干部任免、重大项目安排和大额度资金运作事项均集体研究决定。', 2024, shufa),
      r('严格执行“三重一大”决策制度，重大决策、重要干部任免等事项均经集体讨论。'),
      r('对重大决策，重要干部任免、重大项目安排和大额度资金运作实行集体决策。'),
      r('落实重大决策重要干部任免重大项目安排和大额度资金运作集体决策制度。'),
    ],
    silent: [
      r('全面建设职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意的法治政府。'),
      r('建设廉洁高效的服务型政府，政务服务满意度98%。'),
      r('打造廉洁高效的干部队伍。'),
      r('对照《法治政府建设实施纲要（2015—2020年）》提出的廉洁高效、人民满意的法治政府目标，回顾五年来的工作。'),
      r('机关作风廉洁高效，群众满意度持续提升。'),
      r('凡属重大决策、重要人事任免、重大项目安排和大额度资金运作事项，均集体讨论决定。'),
      r('凡属重大事项决策、重要干部任免、重大项目安排和大额资金使用，均由领导班子集体决定。'),
      r('全年研究重要干部任免事项12项。'),
      r('加强干部任免前的廉政审查。'),
      r('重大事项决策、重要干部任免、大额资金使用等均通过集体研究。'),
    ],
  },
  'fazhi-fazhi': {
    found: [
      r('今年以来，镇政府围绕建设法制乡镇目标，推进依法行政。', 2026),
      r('扎实开展法制县创建，对照指标逐项落实。'),
      r('推进法制社区建设，培育“法律明白人”45名。'),
      r('争创省级法制城市，完善创建工作台账。'),
      r('深化法制校园建设，配备法治副校长32名。'),
      r('开展法制街道创建活动。'),
      r('推动法制村建设，修订村规民约21份。'),
      r('将法制医院建设纳入年度考核。'),
      r('打造法制园区，为入园企业提供法律服务。'),
      r('建设法制市、法制县、法制乡镇三级联创体系。'),
    ],
    silent: [
      r('今年以来，镇政府围绕建设法治乡镇目标，推进依法行政。', 2026),
      r('县政府法制办公室审核规范性文件16件。'),
      r('镇司法所承担镇政府法制审核工作。'),
      r('市法制机构共审查合同78份。'),
      r('维护国家法制统一。'),
      r('规范法制市场主体行为的文件已清理。'),
      r('推进法治社区建设，培育“法律明白人”45名。'),
      r('区法制科审核重大执法决定35件。'),
      r('配齐县级法制审核人员。'),
      r('深化法治校园建设，配备法治副校长32名。'),
    ],
  },
  'four-personally': {
    found: [
      headed(2025, shufa, '一、重要工作亲自部署', '二、重大问题亲自过问', '三、重点环节亲自过问', '四、重要任务亲自督办'),
      headed(2025, shufa, '一、重要工作亲自部署', '二、重大问题亲自督办', '三、重点环节亲自协调', '四、重要任务亲自督办'),
      headed(2025, shufa, '一、重要工作亲自协调', '二、重大问题亲自过问'),
      headed(2025, shufa, '一、重点环节亲自部署'),
      r('对征地拆迁中的重大问题亲自协调，先后召开专题会议3次。', 2025, shufa),
      r('本人对法治督察反馈问题整改等重要任务亲自过问，逐项销号。', 2025, shufa),
      r('对年度法治建设重要工作亲自督办，专题研究4次。', 2025, shufa),
      r('对合法性审查等重点环节亲自部署。', 2025, shufa),
      r('对复议应诉中的重大问题亲自部署，推动化解行政争议。', 2025, shufa),
      r('对执法监督重点环节亲自督办，全年督办案卷80卷。', 2025, shufa),
      r('对规划编制重要任务亲自协调。', 2025, shufa),
    ],
    silent: [
      headed(2025, shufa, '一、重要工作亲自部署', '二、重大问题亲自过问', '三、重点环节亲自协调', '四、重要任务亲自督办'),
      r('对征地拆迁中的重大问题亲自过问，先后召开专题会议3次。', 2025, shufa),
      r('对法治督察反馈问题整改等重要任务亲自督办，逐项销号。', 2025, shufa),
      r('对年度法治建设重要工作亲自部署，专题研究4次。', 2025, shufa),
      r('对合法性审查等重点环节亲自协调。', 2025, shufa),
      r('局主要负责人亲自部署、亲自推动执法规范化工作。', 2025, shufa),
      r('坚持亲自部署、亲自过问、亲自协调、亲自督办。', 2025, shufa),
      r('对重要工作亲自部署，对重大问题亲自过问，对重点环节亲自协调，对重要任务亲自督办。', 2025, shufa),
      r('本人亲自协调解决执法难题5个。', 2025, shufa),
      r('对重大问题及时研究，对重点环节加强督办。', 2025, shufa),
    ],
  },
  'outline-prompt': {
    found: [
      r('可用事实/要写：提升行政执法质量三年行动收官；执法监督体系建设'),
      r('要写/可用事实：全年办理行政复议案件数量'),
      r('可用事实／要写：法律顾问审查合同份数'),
      r('要写、可用事实：本单位落实合法性审查的做法'),
      r('可用表述/要写：坚持把法治政府建设放在全局中统筹谋划'),
      r('（可用事实/要写：全年普法活动场次）'),
      r('【要写/可用事实：典型案例一个】'),
      r('全年审查合同45份。可用事实/要写：合同审查的典型案例'),
      r('（二）要写/可用事实：行政执法“三项制度”落实情况'),
      r('★可用事实 / 要写：重大行政决策目录公布情况'),
    ],
    silent: [
      r('依法决策/依法行政：两项工作均纳入年度考核。'),
      r('全年办理行政复议案件42件，纠错率8%。'),
      r('执法检查/督察反馈：问题全部整改到位。'),
      r('要写实、写细，是本年度总结工作的体会。'),
      r('“可用”与“管用”并重，执法记录仪配备率100%。'),
      r('学法/用法两手抓，全年学法6次。'),
      r('整改事项/责任单位/完成时限均已明确。'),
      r('事实清楚、证据确凿，复议决定维持原行政行为。'),
      r('（含乡镇/街道）'),
      r('案卷评查/执法监督：全年评查案卷120卷。'),
    ],
  },
  'heading-numbering': {
    found: [
      headed(2025, shufa, '一、主要工作', '二、存在问题', '三、三、下一步打算'),
      headed(2025, annual, '一、一、主要举措和成效', '二、存在的不足'),
      headed(2025, annual, '一、主要举措和成效', '二、二、存在的不足', '三、下一步工作安排'),
      headed(2025, annual, '一、主要举措和成效', '（一）（一）加强组织领导', '（二）完善制度', '二、存在的不足'),
      headed(2025, annual, '一、主要举措和成效', '（一）加强组织领导', '（二） （二）完善制度', '二、存在的不足'),
      headed(2025, annual, '一、主要举措和成效', '（一）加强组织领导', '1.健全制度', '（1）（1）修订学法制度'),
      headed(2025, shufa, '一、主要工作', '二、存在问题', '三、　三、下一步打算'),
      headed(2025, shufa, '一、主要工作', '二、二、存在问题', '三、下一步打算'),
      headed(2025, annual, '一、主要举措和成效', '二、存在的不足', '三、下一步工作安排', '四、四、其他需要报告的事项'),
      headed(2025, annual, '一、主要举措和成效', '(一)(一)加强组织领导', '二、存在的不足'),
    ],
    silent: [
      headed(2025, shufa, '一、主要工作', '二、存在问题', '三、下一步打算'),
      headed(2025, annual, '一、主要举措和成效', '二、二级以上执法人员培训全覆盖'),
      headed(2025, annual, '一、主要举措和成效', '（一）加强组织领导', '（二）完善制度', '二、存在的不足'),
      headed(2025, annual, '一、主要举措和成效', '二、存在的不足', '三、下一步工作安排'),
      headed(2025, annual, '一、主要举措和成效', '（一）加强组织领导', '1.健全制度', '（1）修订学法制度', '（2）落实述法制度'),
      headed(2025, annual, '一、主要举措和成效', '二、“一、二、三”工作法成效明显'),
      headed(2025, annual, '一、主要举措和成效', '（一）“三、三、制”调解工作法'),
      headed(2025, annual, '一、主要举措和成效', '（一）一、二级执法人员培训'),
      headed(2025, shufa, '一、主要工作', '二、存在问题', '三、下一步打算', '四、其他事项'),
      headed(2025, annual, '一、主要举措和成效', '（一）加强组织领导', '（二）完善制度', '（三）规范执法'),
    ],
  },
};

const draftOf = (p: Probe) => (/^[^\n]*报告\n/.test(p.text) ? p.text : wrap(p));
kindProbes('round 18 (wording)', PROBES, draftOf);

describe('round 18 (wording): one mistake, one finding', () => {
  const count = (kind: string, p: Probe) => check(draftOf(p), p.year, p.type).filter((f) => rulesIn(f).some((x) => kindOf.get(x) === kind)).length;
  it('a swapped pair inside a list of the four is the order rule’s one finding', () => {
    expect(count('four-personally', r('对法治建设重要工作亲自部署、重大问题亲自协调、重点环节亲自过问、重要任务亲自督办。', 2025, shufa))).toBe(1);
  });
  it('the whole 2015 pair 廉洁高效、守法诚信 gives one finding', () => {
    expect(count('outdated-wording', r('着力打造权责法定、执法严明、公开公正、廉洁高效、守法诚信的法治政府。'))).toBe(1);
  });
  it('三、三、 gives one heading-numbering finding', () => {
    expect(count('heading-numbering', headed(2025, shufa, '一、主要工作', '二、存在问题', '三、三、下一步打算'))).toBe(1);
  });
  it('公益律师 in the triple gives one system-name finding', () => {
    expect(count('system-name', r('普遍建立法律顾问、公益律师、公司律师制度。'))).toBe(1);
  });
});

/**
 * The checker's probes for wording, ended documents and leftovers planted in a whole short report (title, opening,
 * 一、二、三、 sections, 落款): the shapes a writer who read only the reference would write, each found as its kind, and
 * the legitimate look-alikes of the same shape, each silent for it; and the checks that one mistake gives one
 * finding. Sentences checked on their own are in draft-check-probes-wording.test.ts. One describe per family; the
 * comment above each says why its probes exist.
 */
import { describe, expect, it } from 'vitest';
import { annual, annualReport, countyReport, inReport, kindProbes, type KindProbes, type Probe, self, shortReport, shufa, unlessTitled } from './helpers/kind-probes.ts';
import { check, kindOf, rulesIn } from './helpers/draft-check.ts';

/**
 * Probes written from ../shared/reference alone (not from the evaluation sets), each one sentence or heading inside a
 * short whole report (title, opening, 一、二、三、 sections, 落款), in the plainest shapes of six families:
 * a fixed name with its words reordered or one word changed (requirements.md 二's 督察 title, central-documents.md §3's
 * 法律顾问、公职律师、公司律师, official-phrases.md F6's 非诉讼纠纷解决机制); one item of the 2015 法治政府 goal list
 * used alone in a list closed by 的法治政府 (A1→A2), the 1996 重要干部任免 in the 2010 三重一大 list (E3); 法制 before a
 * place or unit built up as a goal (B3, D6); a 四个亲自 pair with another pair's verb, standing alone (B9); two prompt
 * labels joined by a slash; a heading number written twice (gbt9704-layout.md). Silent ones: the right forms, the
 * plain-speech and local forms, offices that keep 法制, the pairs as 第四条 writes them.
 */
describe('reordered names, the 2015 goal list, 法制 as a goal, 四个亲自 pairs, joined prompts', () => {
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

  const PROBES: KindProbes = {
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

  const draftOf = unlessTitled(wrap);
  kindProbes('wording', PROBES, draftOf);

  /**
   * A second batch, written after the first passed and before any change for it: other plain shapes of the same six
   * families and of the names nearby (official-phrases.md A–F, requirements.md, central-documents.md).
   */
  const SECOND: KindProbes = {
    'system-name': {
      found: [
        r('全面推行法律顾问制度和公证律师制度。'),
        r('县直部门普遍设立法律顾问、政务律师。'),
        r('落实法治政府建设督察与责任落实工作要求，对照督察反馈问题抓整改。'),
        r('坚持把非诉讼纠纷化解挺在前面，诉前调解成功率65%。'),
        r('坚持把非诉纠纷化解机制挺在前面。'),
        r('全面推行行政执法公示制度、执法全过程记载制度、重大执法决定法制审核制度。'),
        r('重大行政决策严格履行公众参与、专家论证、风险评估、合法性审核、集体讨论决定程序。'),
        r('实行国家机关“谁执法谁宣传”的普法责任制。'),
        r('实施乡村“法律明白人”培训工程。'),
        r('2个村被命名为全国民主法治模范村。'),
      ],
      silent: [
        r('全面推行法律顾问制度和公职律师公司律师制度。'),
        r('办理公证事项1200件，公证员12名。'),
        r('坚持把非诉讼纠纷解决机制挺在前面，诉前调解成功率65%。'),
        r('重大行政决策严格履行公众参与、专家论证、风险评估、合法性审查、集体讨论决定程序。'),
        r('实行国家机关“谁执法谁普法”的普法责任制。'),
        r('配合开展法治政府建设督察，督察反馈问题全部整改。'),
        r('健全党组织领导的自治、法治、德治相结合的城乡基层治理体系。'),
        r('组织律师参与公益法律服务120人次。'),
        r('及时把矛盾纠纷化解在基层、化解在萌芽状态。'),
        r('聘请律师事务所担任政府法律顾问。'),
      ],
    },
    'outdated-wording': {
      found: [
        r('着力建设职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信的法治政府。'),
        r('朝着建设执法严明、廉洁高效的法治政府目标迈进。'),
        r('加快建设公开公正、廉洁高效、守法诚信、人民满意的法治政府。'),
        r('以建设守法诚信、人民满意的法治政府为目标。'),
        r('努力建设智能高效、守法诚信的法治政府。'),
        r('坚持有法可依、有法必依、执法必严、违法必究。'),
        r('推动全社会学法遵法守法用法。'),
        r('按照“重大决策、重要干部任免、重大项目安排、大额度资金运作”事项集体决策要求，召开党组会12次。'),
        r('“三重一大”即重大决策、重要干部任免、重大项目安排和大额度资金运作。'),
        r('县政府以加快基本建成法治政府为目标。'),
      ],
      silent: [
        r('全面建设职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意的法治政府。'),
        r('建设信仰法治、公平正义、保障权利、守法诚信、充满活力、和谐有序的社会主义法治社会。'),
        r('深入开展法治宣传教育，全年开展活动36场。'),
        r('推动全社会尊法学法守法用法。'),
        r('凡属重大决策、重要人事任免、重大项目安排和大额度资金运作事项，均集体讨论决定。'),
        r('建设廉洁高效的机关作风。'),
        r('打造廉洁高效、服务优良的政务环境。'),
        r('“三重一大”事项（重大事项决策、重要干部任免、重大项目安排、大额资金使用）均经集体研究。'),
        r('为到2035年基本建成法治国家、法治政府、法治社会奠定基础。'),
        r('推进守法诚信建设，褒扬诚信行为。'),
      ],
    },
    'fazhi-fazhi': {
      found: [
        r('大力推进法制政府建设。'),
        r('开展法制乡镇创建活动，3个乡镇通过验收。'),
        r('运用法制思维和法制方式化解矛盾。'),
        r('营造良好法制环境。'),
        r('建设法制县区，推进依法治县。'),
        r('推进法制机关建设，机关干部学法考试参考率100%。'),
        r('聘任法制副校长32名。'),
        r('建设法制文化阵地12处。'),
        r('推进法制化营商环境建设。'),
        r('建设法制企业，指导企业依法经营。'),
        r('深入开展法制宣传教育，全年开展活动36场。'),
      ],
      silent: [
        r('县司法局法制科审核合同12份。'),
        r('设立法制审核岗位。'),
        r('聘任法治副校长32名。'),
        r('建设法治文化阵地12处。'),
        r('推进法治化营商环境建设。'),
        r('市政府法制办公室更名为市司法局。'),
        r('维护社会主义法制统一、尊严、权威。'),
        r('县公安局法制大队审核案件380件。'),
        r('推进法治机关建设。'),
        r('建设法治企业，指导企业依法经营。'),
      ],
    },
    'four-personally': {
      found: [
        r('对重要工作亲自部署、重大问题亲自协调、重点环节亲自过问、重要任务亲自督办。', 2025, shufa),
        r('坚持重要工作亲自部署、重大问题亲自过问、重点环节亲自督办、重要任务亲自协调。', 2025, shufa),
        r('对重要工作亲自过问，对重大问题亲自部署。', 2025, shufa),
        headed(2025, shufa, '一、重要工作亲自部署', '二、重大问题亲自协调', '三、重点环节亲自过问', '四、重要任务亲自督办'),
        headed(2025, shufa, '（一）重要任务亲自部署'),
        r('履行“四个亲自”职责，重大问题亲自督办。', 2025, shufa),
        r('对法治建设重要工作亲自部署，重大问题亲自督办，重点环节亲自协调，重要任务亲自过问。', 2025, shufa),
        r('坚持亲自部署重要工作、亲自协调重大问题、亲自过问重点环节、亲自督办重要任务。', 2025, shufa),
        r('对重大复议案件等重大问题亲自协调解决。', 2025, shufa),
        r('坚持重大问题亲自协调，推动化解行政争议12件。', 2025, shufa),
      ],
      silent: [
        r('对重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办。', 2025, shufa),
        r('坚持亲自部署重要工作、亲自过问重大问题、亲自协调重点环节、亲自督办重要任务。', 2025, shufa),
        headed(2025, shufa, '一、重要工作亲自部署', '二、重大问题亲自过问', '三、重点环节亲自协调'),
        r('对重大问题及时过问，对重点环节协调推进。', 2025, shufa),
        r('本人亲自督办信访积案3件。', 2025, shufa),
        r('主持召开常务会议研究重大问题6次，亲自协调解决执法难题。', 2025, shufa),
        r('重要工作亲自部署。', 2025, shufa),
        r('全年亲自过问重大案件4件。', 2025, shufa),
        r('把重点环节亲自协调落到实处，协调解决问题8个。', 2025, shufa),
        r('带头履行“四个亲自”职责。', 2025, shufa),
      ],
    },
    'outline-prompt': {
      found: [
        r('要写|可用事实：全年出庭应诉情况'),
        r('可用事实/可用表述：法律顾问审查合同份数'),
        r('〔要写/可用事实：执法监督情况〕'),
        r('要写 / 可用事实：本年度主要举措'),
        r('可用事实/要写——规范性文件备案审查情况'),
        r('（要写、可用事实：复议纠错情况）'),
        r('要写：本单位落实合法性审查的做法'),
        r('〔可用事实：全年普法活动场次〕'),
        r('写作提示/要写：对照问题写整改措施'),
        r('待补充/可用事实：典型案例'),
      ],
      silent: [
        r('事实清楚、证据确凿、适用依据正确。'),
        r('要把事实写清楚，是本年度总结的体会。'),
        r('依法行政/依法决策：两项考核均为优秀。'),
        r('可用于执法的记录仪配备率100%。'),
        r('“要写实”“要管用”是群众的要求。'),
        r('执法人员持证率/培训率均达到100%。'),
        r('重要工作/重大问题：均由主要负责人亲自部署。'),
        r('（以下简称“纲要”）'),
        r('（含街道/社区）'),
        r('全年审查合同45份（事实已核实）。'),
      ],
    },
    'heading-numbering': {
      found: [
        headed(2025, annual, '一、主要举措和成效', '二、存在的不足', '二、下一步工作安排'),
        headed(2025, annual, '一、主要举措和成效', '三、存在的不足', '四、下一步工作安排'),
        headed(2025, annual, '一、主要举措和成效', '（一）加强组织领导', '（三）完善制度', '二、存在的不足'),
        headed(2025, annual, '一、一、主要举措和成效', '二、存在的不足'),
        headed(2025, shufa, '一、主要工作', '二、存在问题', '三、 三、下一步打算'),
        headed(2025, annual, '一、主要举措和成效', '（一）加强组织领导', '（一）完善制度', '二、存在的不足'),
        headed(2025, annual, '一.主要举措和成效', '二.存在的不足'),
        headed(2025, annual, '一、主要举措和成效', '（二）（二）完善制度', '二、存在的不足'),
        headed(2025, annual, '一、主要举措和成效', '（一）加强组织领导', '1.健全制度', '1.落实制度'),
        headed(2025, annual, '一、主要举措和成效', '二、存在的不足', '三、三、下一步工作安排', '四、其他事项'),
      ],
      silent: [
        headed(2025, annual, '一、主要举措和成效', '二、存在的不足', '三、下一步工作安排'),
        headed(2025, annual, '一、主要举措和成效', '（一）加强组织领导', '（二）完善制度', '二、存在的不足'),
        headed(2025, annual, '一、主要举措和成效', '（一）加强组织领导', '1.健全制度', '2.落实制度'),
        headed(2025, annual, '一、主要举措和成效', '二、三级联动机制全面建立'),
        headed(2025, annual, '一、主要举措和成效', '二、“三、三、四”工作法'),
        headed(2025, annual, '一、主要举措和成效', '二、二审案件全部胜诉'),
        headed(2025, annual, '一、主要举措和成效', '（一）一、二审案件情况'),
        headed(2025, shufa, '一、主要工作', '二、存在问题', '三、下一步打算'),
        headed(2025, annual, '一、主要举措和成效', '（一）加强组织领导', '（1）健全制度', '（2）落实制度'),
        headed(2025, annual, '一、主要举措和成效', '（一）加强组织领导', '（二）完善制度', '（三）规范执法', '二、存在的不足'),
      ],
    },
  };
  kindProbes('wording, second batch', SECOND, draftOf);

  /** A third batch, written after the second passed and before any change for it: names and wordings from other lines of the reference. */
  const THIRD: KindProbes = {
    'system-name': {
      found: [
        r('建立领导干部应知应会党内法规和国家法律目录制度。'),
        r('全面落实行政执法公示制度、执法全过程记录制度、重大执法决定合法性审核制度。'),
        r('推进政务服务“好差评”评价制度。'),
        r('持续推进“高效办好一件事”。'),
        r('建立领导干部应知应会党内法规和国家法律名录制度。'),
        r('发挥法律顾问、公益律师在重大决策中的作用。'),
        r('法治政府建设督察与责任落实工作有序推进。'),
        r('完善非诉讼纠纷调解机制。'),
        r('落实法律顾问制度和公共律师制度。'),
        r('配合做好法治政府建设与责任落实督查。'),
      ],
      silent: [
        r('建立领导干部应知应会党内法规和国家法律清单制度。'),
        r('全面落实行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度。'),
        r('推进政务服务“好差评”制度。'),
        r('持续推进“高效办成一件事”。'),
        r('发挥法律顾问、公职律师在重大决策中的作用。'),
        r('法治政府建设与责任落实督察工作有序推进。'),
        r('完善非诉讼纠纷解决机制。'),
        r('组织公益律师开展法律援助值班。'),
        r('法律援助中心共指派律师办理案件86件。'),
        r('落实法律顾问制度和公职律师公司律师制度。'),
        r('健全党组织领导的自治、法治、德治相结合的城乡基层治理机制。'),
      ],
    },
    'outdated-wording': {
      found: [
        r('努力建设廉洁高效、智能高效、人民满意的法治政府。'),
        r('坚持以建设职能科学、廉洁高效的法治政府为目标。'),
        r('加快建成守法诚信的法治政府。'),
        r('推进全社会学法、尊法、守法、用法。'),
        r('坚持有法必依、执法必严、违法必究。'),
        r('凡属重大决策、重要干部任免、重大项目安排和大额度资金运作事项，均由班子集体讨论决定。'),
        r('全面建设职能科学、权责法定、执法严明、公开公正、廉洁高效、人民满意的法治政府。'),
        r('保障和监督行政机关依法行使职权，全年办理复议案件46件。', 2025),
        r('推进职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信的法治政府建设。'),
        r('朝着基本建成法治政府的目标扎实推进。'),
      ],
      silent: [
        r('全面建设职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意的法治政府。'),
        r('推动全社会尊法学法守法用法。'),
        r('全面推进科学立法、严格执法、公正司法、全民守法。'),
        r('监督和保障行政机关依法行使职权，全年办理复议案件46件。', 2025),
        r('建设廉洁高效的政务服务体系。'),
        r('凡属重大事项决策、重要干部任免、重大项目安排和大额资金使用，均由领导班子集体决定。'),
        r('坚持廉洁高效，压减会议文件。'),
        r('建设守法诚信的社会环境。'),
        r('到2035年基本建成法治国家、法治政府、法治社会。'),
        r('重要干部任免事项均经党组会研究。'),
      ],
    },
  };
  kindProbes('wording, third batch', THIRD, draftOf);

  describe('wording: one mistake, one finding', () => {
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
});

/**
 * Probes written from ../shared/reference alone (not from the evaluation sets), each one sentence inside a short whole
 * report (title, opening, 一、二、三、 sections, 落款) or a whole report where the signature is what is probed:
 * 以下率上 for B5's 以上率下; the first-responsible-person duty put into a year-end event other than 述职 (A6);
 * a short title with a word put inside (central-documents.md §1's 优化营商环境条例); the 2018 人民主体地位 built into a
 * longer wording beside 习近平法治思想 (C1, C2). Silent ones, the look-alikes: 执法制度建设 and 依法制定 (法 and 制 in two
 * words), a signature spacing a title or organ from a name whose surname is a measure word, the short name
 * 应知应会法律清单制度 (central-documents.md line 59 gives the name only in a title), place-prefixed and 实施细则 titles.
 */
describe('以下率上, duties in other events, words put into short titles, signatures', () => {
  const wrap = shortReport({
    title: (year, type) => (type === shufa ? `县水利局局长${year}年度述法报告` : type === self ? `县水利局${year}年度法治建设自查报告` : `某县人民政府${year}年法治政府建设年度报告`),
    opening: (year) => `${year}年，我们坚持以习近平法治思想为指导，扎实推进法治建设。现将有关情况报告如下。`,
    plans: () => '下一步工作安排\n持续加强执法监督。',
    signoff: (year, type) => (type === shufa ? `述法人：县水利局局长 李华\n${year + 1}年1月16日` : `某县人民政府\n${year + 1}年1月22日`),
  });
  const r = (text: string, year = 2025, type: Probe['type'] = annual): Probe => ({ text, year, type });

  /** A whole report signed by the given line, for the signature probes. */
  const signed = (signature: string, year = 2025): Probe => ({
    year,
    type: shufa,
    text: `区教育局局长${year}年度述法报告\n一、学法用法\n组织局班子成员学习教育法、教师法。\n二、存在的不足\n执法检查覆盖面不够。\n三、下一步打算\n开展联合执法检查。\n${signature}\n${year + 1}年1月8日`,
  });

  const PROBES: KindProbes = {
    'series-order': {
      found: [
        r('坚持以身作则、以下率上，带头尊法学法守法用法。', 2025, shufa),
        r('班子成员以下率上，带头参加旁听庭审。', 2024, self),
      ],
      silent: [
        r('坚持以身作则、以上率下，带头尊法学法守法用法。', 2025, shufa),
        r('上下联动，全县执法案卷评查全覆盖。'),
      ],
    },
    'system-name': {
      found: [
        r('将履行推进法治建设第一责任人职责情况列入年终述廉内容。', 2025, shufa),
        r('把第一责任人职责情况纳入年终总结内容。', 2025, shufa),
        r('完善领导干部应知应会法规清单制度。', 2024, self),
        // the 法治中国建设规划's wording of 2021, listed in the bank; the hint gives the name of the system's own opinion
        r('落实领导干部应知应会法律法规清单制度。'),
        r('全面落实行政执法公示制度、执法过程记录制度、重大执法决定法制审核制度。'),
      ],
      silent: [
        r('将履行推进法治建设第一责任人职责情况列入年终述职内容。', 2025, shufa),
        r('把法治建设成效列入年终考核内容。'),
        r('带头落实领导干部应知应会党内法规和国家法律清单制度。', 2025, shufa),
        r('落实应知应会法律清单制度，组织班子成员学习民法典。', 2025, shufa),
        r('落实应知应会国家法律清单制度。', 2024, self),
        r('落实领导干部应知应会法律清单制度，组织学法考试1次。'),
        r('落实领导干部应知应会党内法规清单制度。', 2024, self),
      ],
    },
    'document-title': {
      found: [
        r('全面落实《优化营商环境实施条例》，建立涉企政策清单。'),
        r('对照《优化营商环境服务条例》开展自查。', 2024, self),
      ],
      silent: [
        r('全面落实《优化营商环境条例》，建立涉企政策清单。'),
        r('贯彻《江苏省优化营商环境条例》。'),
        r('制定《优化营商环境条例实施细则》。'),
      ],
    },
    'outdated-wording': {
      found: [
        r('贯彻习近平法治思想，坚持以人民主体地位为出发点，推进法治政府建设。'),
      ],
      silent: [
        r('坚持以人民主体地位为出发点，深化诉源治理。', 2024, self),
        r('学习习近平法治思想，坚持以人民为中心。'),
      ],
    },
    'fazhi-fazhi': {
      found: [
        r('推进法制机关建设，机关干部学法考试参考率100%。'),
      ],
      silent: [
        r('一、执法制度建设\n修订完善行政处罚裁量基准。'),
        r('加强司法制度建设宣传。'),
        r('依法制定法治建设规划。'),
        r('重大执法决定法制审核全覆盖。'),
      ],
    },
    placeholder: {
      found: [
        signed('区教育局局长 项丽\n全年办理案件  件。'),
        r('全年受理案件 件，办结 件。'),
        r('全县共有　　个乡镇完成改革。'),
      ],
      silent: [
        signed('松阳区教育局局长 项丽'),
        signed('区教育局局长　万明'),
        signed('县司法局 宗伟'),
        signed('中共长乐镇委员会书记　项国强'),
        signed('述法人：区教育局局长 项丽'),
      ],
    },
  };

  const draftOf = unlessTitled(wrap);
  kindProbes('wording', PROBES, draftOf);

  describe('wording: one mistake, one finding, and the levels', () => {
    const of = (kind: string, p: Probe) => check(draftOf(p), p.year, p.type).filter((f) => rulesIn(f).some((x) => kindOf.get(x) === kind));
    it('以下率上 is one 错误 (B5 writes 以上率下 verbatim)', () => {
      const found = of('series-order', r('坚持以身作则、以下率上，带头尊法学法守法用法。', 2025, shufa));
      expect(found.map((f) => f.level)).toEqual(['error']);
    });
    it('a word put inside a short title is one 提示: a local text may bear that title', () => {
      const found = of('document-title', r('全面落实《优化营商环境实施条例》。'));
      expect(found.map((f) => f.level)).toEqual(['hint']);
    });
    it('年终述廉 gives one system-name finding', () => {
      expect(of('system-name', r('将履行推进法治建设第一责任人职责情况列入年终述廉内容。', 2025, shufa))).toHaveLength(1);
    });
  });
});

/**
 * Years, dates, expired targets and old wording, in shapes the readers did not know: a dated target (到2025年…) kept
 * as the standard of a later year's work; the collective name “一规划两纲要” with a wrong closing year; a 落款 date
 * with a label and no day; the old 十六字方针 named as the era a story begins in. Each has look-alikes that must stay
 * silent. Facts from the reference: the 法律明白人 target “到2025年…每个行政村至少培养3名” and the three plans ending
 * in 2025 (currency-2026.md §1); “一规划两纲要” (requirements.md 四); the old and the current 方针 (official-phrases.md A4).
 */
describe('dated targets kept as a later year\'s standard, 一规划两纲要, 落款 labels, the old 方针', () => {
  /** A whole annual report on a year: title, opening, one section of work with the given lines, problems, plans, 落款. */
  const whole = (year: number, lines: string[], signoff?: string): Probe => annualReport(year, lines, { signoff });

  /** A 述法 report on a year with the given closing lines (the 落款). */
  const shufaReport = (year: number, signoff: string[]): Probe => ({
    text: [`某县司法局局长${year}年度述法报告`, `${year}年，本人认真履行推进法治建设第一责任人职责。`, '一、主要工作', '全年组织局党组会前学法8次。',
      '二、存在问题', '普法针对性不强。', '三、下一步打算', `${year + 1}年，健全学法制度。`, ...signoff].join('\n'),
    year,
    type: shufa,
  });

  kindProbes('misc', {
    'expired-document-as-guidance': {
      found: [
        whole(2026, ['（一）对照“到2025年每个行政村至少培养3名法律明白人”的要求，2026年继续按此标准培养法律明白人180名。']),
        whole(2026, ['（一）按照到2025年每个行政村至少培养3名“法律明白人”的目标，今年新培养“法律明白人”96名。']),
        whole(2027, ['（一）对照“到2025年每个行政村至少培养3名法律明白人”的要求，本年度仍按这一标准开展培养。']),
      ],
      silent: [
        // The target in its own year, and the target told as reached or reviewed.
        whole(2025, ['（一）对照“到2025年每个行政村至少培养3名法律明白人”的要求，新培养法律明白人215名。']),
        whole(2026, ['（一）“到2025年每个行政村至少培养3名法律明白人”的目标已全部完成，2026年开展法律明白人积分管理。']),
        whole(2026, ['（一）对照“到2025年每个行政村至少培养3名法律明白人”的要求进行总结评估，全县平均每村4.2名。']),
        whole(2026, ['（一）全县各村均已按照到2025年每村至少培养3名“法律明白人”的目标完成培养，2026年开展能力提升培训。']),
        // 继续 without a dated target is ordinary work.
        whole(2026, ['（一）2026年继续按照县委要求培养法律明白人180名。']),
      ],
    },
    'year-contradiction': {
      found: [
        whole(2026, ['（一）今年是“一规划两纲要”的收官之年，县政府全面完成各项任务。']),
        whole(2024, ['（一）2024年是一规划两纲要收官之年，全县对标推进。']),
      ],
      silent: [
        whole(2025, ['（一）今年是“一规划两纲要”的收官之年，县政府全面完成各项任务。']),
        whole(2026, ['（一）在“一规划两纲要”圆满收官的基础上，2026年全县法治建设开局良好。']),
      ],
    },
    'signing-date': {
      found: [
        shufaReport(2026, ['本人签字：王某', '日期：2026年10月']),
        shufaReport(2026, ['述法人：王某', '落款日期：2026年6月']),
      ],
      silent: [
        shufaReport(2026, ['本人签字：王某', '日期：2027年1月']),
        // 11月、12月 of a 述法 year stay a hint of their own rule, no 错误 (round 5).
        shufaReport(2026, ['述法人：王某', '2027年1月15日']),
      ],
    },
    'outdated-wording': {
      found: [
        whole(2025, ['（一）坚持有法可依、有法必依、执法必严、违法必究，全面推进依法行政。']),
        whole(2025, ['（一）我县牢记有法可依、有法必依、执法必严、违法必究的方针，严格执法。']),
      ],
      silent: [
        whole(2025, ['（一）我县法治建设起步于“有法可依、有法必依、执法必严、违法必究”方针提出的年代，如今全面推进科学立法、严格执法、公正司法、全民守法。']),
        whole(2025, ['（一）上世纪八十年代，我县贯彻有法可依、有法必依、执法必严、违法必究的方针，开展法制宣传。']),
      ],
    },
  });

  describe('misc: one mistake, one finding', () => {
    it('a 述法 report signed in October of its year with a bare year and month is one signing-date 错误', () => {
      const p = shufaReport(2026, ['本人签字：王某', '日期：2026年10月']);
      const found = check(p.text, p.year, p.type).filter((f) => rulesIn(f).includes('consistency-signoff-year'));
      expect(found).toHaveLength(1);
      expect(found[0]!.level).toBe('error');
    });
    it('a body line with a year and month but more words is no 落款', () => {
      const p = shufaReport(2026, ['本人签字：王某', '全年学法安排在2026年10月完成']);
      expect(check(p.text, p.year, p.type).flatMap(rulesIn)).not.toContain('consistency-signoff-year');
    });
    it('a target kept as the standard is one hint, at the words that keep it', () => {
      const p = whole(2026, ['（一）对照“到2025年每个行政村至少培养3名法律明白人”的要求，2026年继续按此标准培养法律明白人180名。']);
      const found = check(p.text, p.year, p.type).filter((f) => rulesIn(f).includes('expired-document-period-ended'));
      expect(found).toHaveLength(1);
      expect(found[0]!.level).toBe('hint');
      expect(p.text.slice(found[0]!.start, found[0]!.end)).toBe('2026年继续按此标准');
    });
  });
});

/**
 * Wording, marks and leftovers in shapes the readers did not know: an ended or replaced plan named inside its own
 * period (“七五”普法期间, “十三五”时期, 2016年至2020年) is history, not this year's basis; a dated target cited with who it is
 * for between the verb and its year; the report's own year told as 一年来 or 过去一年; 参照 as a verb of citing; 法制 in
 * the school's lesson and the model village; the 四个亲自 quoted with one item left out; a bracketed note on where the
 * seal or signature goes; single quotes inside a book title. Facts from the reference: the plans and periods of
 * currency-2026.md §1 and official-phrases.md A1, A2, D1, D2; the 法律明白人 target (currency-2026.md §1); the four
 * duties of 第四条 (official-phrases.md B9); 民主法治示范村 (D7).
 */
describe('ended plans named inside their period, 一年来, 参照, 法制 in names, quotes in titles', () => {
  const SEVENTH = '《中央宣传部、司法部关于在公民中开展法治宣传教育的第七个五年规划（2016—2020年）》';
  const EIGHTH = '《中央宣传部、司法部关于开展法治宣传教育的第八个五年规划（2021—2025年）》';

  kindProbes(
    'misc',
    {
      'outdated-wording': {
        // The 七五 plan's title is its correct name, not a replaced wording: cited as this year's basis it is an
        // ended plan used as guidance (below); named as history it is silent for both kinds.
        found: [],
        silent: [
          inReport(`全区依据${SEVENTH}开展送法下乡活动45场。`, 2024),
          inReport(`2024年，我县依据${SEVENTH}开展普法。`, 2024),
          // The replaced plan's full title inside its own period, in several shapes.
          inReport(`“七五”普法期间，全区依据${SEVENTH}完成了普法阵地建设。`, 2024),
          inReport(`“七五”普法时期，我县按照${SEVENTH}建成法治文化阵地20个。`, 2023),
          inReport(`2016年至2020年，全镇对照${SEVENTH}建成普法宣传栏38块。`, 2024),
          inReport(`2018年，全区依据${SEVENTH}建成普法阵地35个。`, 2024),
          inReport(`“十三五”期间，全县贯彻${SEVENTH}，群众法治意识明显增强。`, 2025),
        ],
      },
      'expired-document-as-guidance': {
        found: [
          inReport(`全区依据${SEVENTH}开展送法下乡活动45场。`, 2024),
          inReport(`2024年，我县依据${SEVENTH}开展普法。`, 2024),
          // The report's own year told as a span is no past period.
          inReport('一年来，我县按照《法治政府建设实施纲要（2021—2025年）》的部署推进依法行政。', 2026),
          inReport('过去一年，我局依据《法治社会建设实施纲要（2020—2025年）》开展普法。', 2026),
          inReport('这一年，本人对照《法治中国建设规划（2020—2025年）》部署全年法治建设。', 2026, shufa),
          // 参照 cites as the other verbs do.
          inReport('我县参照中发〔2021〕33号文件要求推进依法行政。', 2026),
          inReport('我县参照“六五”普法规划开展法治宣传。', 2024),
          // A dated target with who it is for between the verb and its year.
          inReport('全县对照每村到2025年至少培养3名“法律明白人”的目标，新培养法律明白人96名。', 2026),
          inReport('我镇依据各行政村到2025年至少培养3名法律明白人的要求开展培养。', 2026),
          // A period that has not ended, or a period named as a thing, frames nothing.
          inReport('“十五五”期间，我县将继续贯彻《法治政府建设实施纲要（2021—2025年）》。', 2026),
          inReport('全区在“八五”普法期间建成的阵地基础上，按照“八五”普法规划开展今年的普法活动。', 2026),
          inReport('“十三五”期间建成的示范点，今年继续按照《法治政府建设实施纲要（2015—2020年）》管理。', 2025),
        ],
        silent: [
          inReport(`“八五”普法期间，全区依据${EIGHTH}建成普法阵地120个。`, 2026),
          inReport('“八五”普法期间，全区依据中发〔2021〕26号文件建成普法阵地120个。', 2026),
          inReport('“十四五”以来，我县贯彻落实《法治中国建设规划（2020—2025年）》，法治建设取得明显成效。', 2026),
          inReport('2021—2025年间，全县依据《法治社会建设实施纲要（2020—2025年）》创建民主法治示范村45个。', 2026),
          inReport('2023—2025年期间，我局落实国办发〔2023〕27号文件，执法质量明显提升。', 2026),
          inReport(`“七五”普法期间，全区依据${SEVENTH}完成了普法阵地建设。`, 2024),
          inReport('五年来，我县按照《法治政府建设实施纲要（2021—2025年）》完成了各项目标任务。', 2026),
          // The target in its own year; kept on a superior's notice until the next plan comes out (currency-2026.md §1).
          inReport('我镇按照每个行政村到2025年至少培养3名“法律明白人”的标准，新培养法律明白人96名。', 2025),
          inReport('在新一轮法治社会建设规划出台前，我县根据《法治社会建设实施纲要（2020—2025年）》的任务分工开展工作。', 2026),
          inReport('按照市司法局的通知，本报告仍参照《法治政府建设实施纲要（2021—2025年）》的体系编排。', 2026),
        ],
      },
      'fazhi-fazhi': {
        found: [
          inReport('全县新建成法制示范村12个。', 2024),
          inReport('新增法制示范社区5个。', 2025),
          inReport('全县中小学均开设法制课，每学期安排6课时。', 2025, self),
          inReport('局长带头讲法制课2次。', 2025, shufa),
          inReport('组建法制讲师团，深入村居宣讲民法典。', 2025),
          inReport('组织中小学生开展法制主题班会80场。', 2025),
        ],
        silent: [
          inReport('重大执法决定均经法制审核，县直部门均设立法制机构。', 2025),
          inReport('聘请法治副校长86名，讲授法治课30堂。', 2025),
          inReport('创建全国民主法治示范村1个。', 2025),
          inReport('承担省级法制课题1项。', 2025),
          inReport('“六五”普法期间建成的法制宣传栏已全部更新。', 2025),
        ],
      },
      'four-personally': {
        found: [
          inReport('县长对法治政府建设亲自部署、亲自过问、亲自督办。', 2025),
          inReport('书记做到亲自过问、亲自协调、亲自督办。', 2025, shufa),
          inReport('坚持亲自部署、亲自过问和亲自协调。', 2025),
          inReport('做到重要工作亲自部署、重大问题亲自过问、重要任务亲自督办。', 2025, shufa),
          inReport('坚持重要工作亲自部署，重点环节亲自协调，重要任务亲自督办。', 2025),
        ],
        silent: [
          inReport('坚持亲自部署、亲自过问、亲自协调、亲自督办。', 2025),
          inReport('对法治建设重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办。', 2025),
          inReport('书记亲自过问、亲自督办信访积案。', 2025),
          inReport('局长亲自部署、亲自推动、亲自督办执法规范化工作。', 2025),
        ],
      },
      placeholder: {
        // Round 29: a bare （盖章） left after the organ is the template's note too (placeholder-seal-note, a hint).
        found: ['金沙县自然资源局\n（此处加盖公章）', '金沙县自然资源局【此处盖章】', '述法人：王某（此处签名）', '金沙县自然资源局（盖章处）', '〔请加盖单位公章〕', '白沙镇人民政府（盖章）'].map(
          (signoff) => inReport(withSignoff(signoff), 2026),
        ),
        silent: [inReport(withSignoff('白沙镇人民政府'), 2026)],
      },
      'quotation-marks': {
        found: [
          inReport('坚持和发展新时代‘枫桥经验’。', 2026),
          inReport('编印《医疗纠纷"以案说法"手册》。', 2026),
          inReport('编印《以案说法手册》，开展‘法律进乡村’活动。', 2026),
        ],
        silent: [
          inReport('编印《医疗纠纷‘以案说法’手册》。', 2026),
          inReport('印发《关于开展‘法律进乡村’活动的通知》。', 2026),
          inReport('开展“‘法’润万家”系列普法活动。', 2026),
        ],
      },
    },
    (p) => (p.text.includes('\n一、') ? p.text : countyReport(p)),
  );

  /** A short annual report whose 落款 holds the given lines before its date. */
  function withSignoff(signoff: string): string {
    return `某县人民政府2026年法治政府建设年度报告\n一、主要工作\n全年审查规范性文件18件。\n二、存在的不足\n执法力量薄弱。\n三、下一步工作安排\n加强执法培训。\n${signoff}\n2027年1月20日`;
  }

  describe('misc: one mistake, one finding', () => {
    it('a seal note is one placeholder 错误, not an outline prompt', () => {
      const found = check(withSignoff('某县人民政府\n（此处加盖公章）'), 2026).filter((f) => f.text === '（此处加盖公章）');
      expect(found).toHaveLength(1);
      expect(kindOf.get(found[0]!.rule)).toBe('placeholder');
      expect(found[0]!.level).toBe('error');
    });
    it('a note on what to write in the same shape stays an outline prompt', () => {
      const kinds = check(withSignoff('某县人民政府\n（此处补充典型案例）'), 2026).flatMap(rulesIn).map((r) => kindOf.get(r));
      expect(kinds).toContain('outline-prompt');
      expect(kinds).not.toContain('placeholder');
    });
    it('the 四个亲自 with one verb changed is one finding, the changed verb, not also a dropped item', () => {
      const found = check(countyReport(inReport('坚持亲自部署、亲自过问、亲自协调、亲自督促。')), 2025).filter((f) => rulesIn(f).some((r) => kindOf.get(r) === 'four-personally'));
      expect(found.map((f) => f.text)).toEqual(['亲自督促']);
    });
    it('three of the four is a hint: the writer may mean only the duties named', () => {
      const found = check(countyReport(inReport('县长对法治政府建设亲自部署、亲自过问、亲自督办。')), 2025).filter((f) => rulesIn(f).includes('order-si-ge-qinzi-item-dropped'));
      expect(found.map((f) => [f.text, f.level])).toEqual([['亲自部署、亲自过问、亲自督办', 'hint']]);
    });
    it('a replaced plan cited as this year\'s basis is still one 错误', () => {
      const found = check(countyReport(inReport(`全区依据${SEVENTH}开展送法下乡活动45场。`, 2024)), 2024).filter((f) => f.level === 'error' && !/^structure/.test(f.rule));
      expect(found).toHaveLength(1);
    });
    it('a dated target cited with who it is for is marked from the verb', () => {
      const text = countyReport(inReport('我镇依据各行政村到2025年至少培养3名法律明白人的要求开展培养。', 2026));
      const found = check(text, 2026).filter((f) => rulesIn(f).includes('expired-document-period-ended'));
      expect(found.map((f) => f.text)).toEqual(['依据各行政村到2025年至少培养3名法律明白人的要求']);
    });
  });
});

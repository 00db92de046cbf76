/**
 * Round 14 probes for the wording kinds, invented from ../shared/reference (official-phrases.md's rows and their
 * “新旧” notes, central-documents.md's titles, currency-2026.md §1), not copied from the evaluation sets: each family
 * of slip in a form the earlier rounds did not list (a year range moved by one, a word put into a title, one old
 * item of a changed series among the current ones, 法制 before a word the draft itself writes with 法治, an expired
 * plan named by its issuer and year), with legitimate look-alikes that must stay silent.
 */
import { kindProbes, type KindProbes } from './helpers/kind-probes.ts';

export const PROBES: KindProbes = {
  'document-title': {
    found: [
      // A year range moved (法治社会建设实施纲要 is 2020—2025).
      { text: '认真对照《法治社会建设实施纲要（2020—2024年）》查找差距。', year: 2024 },
      { text: '以《法治中国建设规划（2021—2025年）》为遵循推进各项工作。', year: 2024 },
      // A word put in (暂行), a word changed (办法 for 规定), a word dropped (制度).
      { text: '对照《党政主要负责人履行推进法治建设第一责任人职责暂行规定》逐条自查。', year: 2025 },
      { text: '严格执行《领导干部干预司法活动、插手具体案件处理的记录、通报和责任追究办法》。', year: 2025 },
      { text: '制定本单位落实《关于建立领导干部应知应会党内法规和国家法律清单的意见》的措施。', year: 2025 },
      { text: '贯彻《国务院办公厅关于全面推行行政规范性文件合法性审查机制的指导意见》，规范发文程序。', year: 2025 },
      { text: '认真执行《中华人民共和国政府信息公开办法》，主动公开政府信息。', year: 2025 },
      { text: '对照《关于实行国家机关“谁执法谁普法”普法工作责任制的意见》落实普法责任。', year: 2025 },
      { text: '对照《全面深化法治领域改革纲要（2023—2028年）》推进执法改革。', year: 2025 },
      { text: '严格执行《司法机关内部人员过问案件记录和责任追究规定》。', year: 2025 },
      { text: '学习《关于进一步规范司法人员与当事人、律师、特殊关系人、中介组织接触交往行为的规定》。', year: 2025 },
      { text: '落实《国务院关于进一步优化政务服务提升行政效能推进“高效办成一件事”的指导意见》。', year: 2025 },
      { text: '落实《国务院办公厅关于建立政务服务“好差评”制度提升政务服务水平的意见》。', year: 2025 },
      { text: '贯彻《关于进一步推动国有企业贯彻落实“三重一大”决策制度的意见》。', year: 2025 },
      { text: '依据《中华人民共和国行政复议法（2023年修正）》办理复议案件。', year: 2025 },
      { text: '组织学习《关于加强社会主义法治文化建设的实施意见》。'.replace('的实施意见', '工作的意见'), year: 2025 },
      // A document known only inside the 通知 that issued it, with its years moved.
      { text: '对照《提升行政执法质量三年行动计划（2022—2025年）》开展执法人员轮训。', year: 2025 },
      // The plan a 通知 passes on, misquoted inside 〈〉.
      { text: '贯彻《中共中央、国务院转发〈中央宣传部、司法部关于在公民中开展法治宣传教育的第八个五年规划（2021—2025年）〉的通知》。', year: 2025 },
      // A law's version note with the other word.
      { text: '依据《中华人民共和国行政处罚法（2021年修正）》办理案件。', year: 2025 },
      { text: '依据《中华人民共和国行政复议法》（2023年修正）办理复议案件。', year: 2025 },
    ],
    silent: [
      { text: '认真对照《法治社会建设实施纲要（2020—2025年）》查找差距。', year: 2025 },
      { text: '严格执行《湖南省行政程序规定》，规范行政行为。', year: 2025 },
      { text: '制定《县人民政府重大行政决策程序规定》，明确决策事项目录。', year: 2025 },
      { text: '依法适用《中华人民共和国行政诉讼法》《中华人民共和国行政复议法》办理案件。', year: 2025 },
      { text: '印发《关于全面推进政务公开工作的实施方案》，细化公开清单。', year: 2025 },
      { text: '对照《法治政府建设与责任落实督察工作规定》按时报送年度报告。', year: 2025 },
      { text: '转发《市法治政府建设示范创建工作方案（2024—2026年）》，抓好落实。', year: 2025 },
      { text: '对照《提升行政执法质量三年行动计划（2023—2025年）》开展执法人员轮训。', year: 2025 },
      { text: '贯彻《中共中央、国务院转发〈中央宣传部、司法部关于开展法治宣传教育的第八个五年规划（2021—2025年）〉的通知》。', year: 2025 },
      { text: '落实《〈关于全面推进政务公开工作的意见〉实施细则》。', year: 2025 },
      { text: '依据《中华人民共和国行政处罚法（2021年修订）》办理案件。', year: 2025 },
      { text: '依据《中华人民共和国行政复议法》（2023年修订）办理复议案件。', year: 2025 },
      { text: '制定《县提升行政执法质量三年行动计划实施方案》。', year: 2025 },
      // Local texts that carry a central one out: a place before the title, a 方案 or 清单 for the 纲要 or 计划.
      { text: '印发《县提升行政执法质量三年行动计划（2023—2025年）》。', year: 2025 },
      { text: '制定《提升行政执法质量三年行动实施方案（2023—2025年）》。', year: 2025 },
      { text: '制定《法治政府建设实施方案（2021—2025年）》，分解年度任务。', year: 2025 },
      { text: '制定《法治社会建设实施纲要（2020—2025年）任务清单》。', year: 2025 },
    ],
  },
  'outdated-wording': {
    found: [
      // One old item of A1 among A2's items (守法诚信 where A2 writes 廉洁诚信).
      { text: '加快建设职能科学、权责法定、执法严明、公开公正、智能高效、守法诚信、人民满意的法治政府。', year: 2025 },
      // A1's verb 基本建成 with A2's target.
      { text: '力争基本建成职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意的法治政府。', year: 2025 },
      // A4: two items of the old 十六字 that are not neighbours.
      { text: '坚持有法必依、违法必究，严格规范公正文明执法。', year: 2025 },
      // C2: the old first item on its own.
      { text: '坚持加强党对依法治国的领导，把党的领导贯穿法治建设全过程。', year: 2025 },
      // F3 → F4: the 乡村 wording without 党组织领导 and 城乡基层.
      { text: '健全自治、法治、德治相结合的乡村治理体系，打造枫桥式司法所。', year: 2025 },
      // D3: the 2012 order 学法遵法守法用法.
      { text: '引导全体干部职工学法遵法守法用法。', year: 2025 },
      { text: '领导干部带头学法、尊法、守法、用法。', year: 2025 },
      { text: '努力建设职能科学、权责法定、执法严明、公开公正、廉洁高效、人民满意的法治政府。', year: 2025 },
      { text: '坚持有法可依、违法必究。', year: 2025 },
      { text: '努力建设信仰法治、公平正义、保障权利、守法光荣、和谐有序的法治社会。', year: 2025 },
      { text: '建立健全公众参与、专家咨询、风险评估、合法性审查、集体讨论决定的决策程序。', year: 2025 },
      // A1's goal with its words the other way round; B3's 一体 as 一体化 with another verb; A10's 守法光荣 closing A9's list.
      { text: '到2025年，全县法治政府基本建成。', year: 2025 },
      { text: '坚持法治国家、法治政府、法治社会一体化发展。', year: 2025 },
      { text: '努力建设信仰法治、守法光荣的法治社会。', year: 2025 },
    ],
    silent: [
      { text: '全面建设职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意的法治政府。', year: 2025 },
      { text: '《法治政府建设实施纲要（2015—2020年）》曾提出到2020年基本建成法治政府的目标。', year: 2025 },
      { text: '健全党组织领导的自治、法治、德治相结合的城乡基层治理体系。', year: 2025 },
      { text: '坚持党对全面依法治国的领导，坚持以人民为中心。', year: 2025 },
      { text: '推动全社会尊法学法守法用法。', year: 2025 },
      { text: '为到2035年基本建成法治国家、法治政府、法治社会奠定基础。', year: 2025 },
      { text: '形成守法光荣、违法可耻的社会氛围。', year: 2025 },
      { text: '建立健全党组织领导的自治、法治、德治相结合的乡村治理体系。', year: 2025 },
      { text: '坚持全面推进科学立法、严格执法、公正司法、全民守法。', year: 2025 },
      // currency-2026.md 2.3: 十一个坚持 is the 2020 formulation, the twelve's central list was not found; not outdated.
      { text: '参加理论学习中心组集体学习，学习习近平法治思想“十一个坚持”。', year: 2026 },
      { text: '回顾过去，我们从“有法可依、有法必依、执法必严、违法必究”走向“科学立法、严格执法、公正司法、全民守法”。', year: 2025 },
    ],
  },
  'expired-document-as-guidance': {
    found: [
      // An expired plan named by issuer and year, without 《》, as this year's basis.
      { text: '2026年，我局按照中共中央、国务院2021年印发的法治政府建设实施纲要部署，推进严格规范公正文明执法。', year: 2026 },
      { text: '全年对标2021—2025纲要各项指标，推动法治政府建设提质增效。', year: 2026 },
      { text: '今年，我们以“八五”普法规划为指引，组织开展宪法宣传周活动。', year: 2026 },
      { text: '严格遵循中发〔2021〕33号文件要求，推进行政执法规范化。', year: 2026 },
      // The bare name of a plan whose period has ended.
      { text: '全面落实法治社会建设实施纲要，推进社会诚信建设。', year: 2026 },
      // A dated target (currency-2026.md §1) written as this year's standing rule.
      { text: '今年继续按照每个行政村至少培养3名的标准培育“法律明白人”。', year: 2026 },
    ],
    silent: [
      { text: '《法治政府建设实施纲要（2021—2025年）》已于2025年收官，我县各项任务全部完成。', year: 2026 },
      { text: '回顾“八五”普法五年，全县普法工作取得明显成效。', year: 2026 },
      { text: '2025年，我局按照《法治政府建设实施纲要（2021—2025年）》部署，推进严格规范公正文明执法。', year: 2025 },
      { text: '对照《全面深化法治领域改革纲要（2023—2027年）》，推进执法改革。', year: 2026 },
      // In 2025 the bare name may be the 2021 纲要, still in its period; a closing told is history.
      { text: '按照法治政府建设实施纲要要求，推进依法行政。', year: 2025 },
      { text: '法治社会建设实施纲要收官后，我县谋划新的工作。', year: 2026 },
      { text: '对照法治中国建设规划，完善制度。', year: 2024 },
      // The same target written as the target of its own year.
      { text: '全镇提前实现到2025年每个行政村至少培养3名“法律明白人”的要求，今年重在提升能力。', year: 2026 },
    ],
  },
  'fazhi-fazhi': {
    found: [
      // 法制 before a word the same draft writes with 法治 (its title says 法治交通).
      { text: '市交通运输局2025年法治交通建设自查报告\n一、主要工作\n全面推进法制交通建设，开展执法检查46次。', year: 2025, type: 'self-inspection-report' },
      { text: '县卫生健康局2025年法治卫健建设工作报告\n一、主要做法\n围绕法制卫健目标，完善执法制度。', year: 2025 },
      // A 法治 compound the bank holds, in its 法制 form.
      { text: '配合上级开展法制督察，反馈问题全部整改。', year: 2025 },
      { text: '把法制素养纳入干部考核。', year: 2025 },
      // A year after 法制 gave way to 法治 (official-phrases.md D2) dates the slip, not the old word.
      { text: '针对2025年省委依法治省办法制督察指出的问题，逐项整改销号。', year: 2026 },
    ],
    silent: [
      { text: '市交通运输局2025年法治交通建设自查报告\n一、主要工作\n重大执法决定全部经法制审核，法制机构审核合同52份。', year: 2025, type: 'self-inspection-report' },
      { text: '县司法局法制科负责规范性文件合法性审核。', year: 2025 },
      { text: '“六五”法制宣传教育规划期间，全县普法覆盖率显著提高。', year: 2025 },
      { text: '订阅《法制日报》，开展法治宣传。', year: 2025 },
      { text: '2013年，我县被评为全省法制宣传教育先进县。', year: 2025 },
    ],
  },
  'series-order': {
    found: [
      { text: '推进科学立法、公正司法、严格执法、全民守法。', year: 2025 },
      { text: '做到依法执政、依法治国、依法行政共同推进。', year: 2025 },
      { text: '坚持法治国家、法治社会、法治政府一体建设。', year: 2025 },
    ],
    silent: [
      { text: '推进科学立法、严格执法、公正司法、全民守法。', year: 2025 },
      { text: '坚持法治国家、法治政府、法治社会一体建设。', year: 2025 },
      { text: '严格执法、公正司法是两个重点。', year: 2025 },
    ],
  },
  'four-personally': {
    found: [
      { text: '对法治建设重要工作亲自部署、重大问题亲自协调、重点环节亲自过问、重要任务亲自督办。', year: 2025 },
      { text: '做到亲自部署、亲自督办、亲自过问、亲自协调。', year: 2025 },
    ],
    silent: [
      { text: '对法治建设重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办。', year: 2025 },
      { text: '主要负责同志亲自部署年度普法工作。', year: 2025 },
    ],
  },
};

kindProbes('round 14 (wording)', PROBES);

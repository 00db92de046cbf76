// Round 11: the reference, row by row. For every row of ../shared/reference/official-phrases.md (and the names in
// requirements.md and central-documents.md) whose wording a writer can get wrong in a checkable way, one or more
// wrong forms a writer would write (an old or replaced wording, one item of an old series, a near word, a dropped
// word), each with the kind the checker must report. The sentences are invented from the rows, not taken from the
// evaluation sets.
//
// Rows with nothing checkable (not asserted):
// - A3 (法治政府建设是…重点任务和主体工程), A8 word order is covered below, A11 (尊法学法守法用法: see D3).
// - B2, B4, B5, B8: the 2016 规定's own text is current (currency-2026.md line 21); its shorter lists are not wrong.
// - B6: 法治建设重要组织者 is a local rule's wording (the note); the central wording is preferred, not required.
// - C3, C4, C6, C7: sayings and titles of speeches with no wrong form the reference names (C7: 新提法须跟踪).
// - D4, D7, D8, E2, F2, F5, F6, G2, H2: marked N, or a text with no fixed name a writer would alter.
// - D6 培育工程: a city's published report uses it (round 9 decision); only 培训工程 is reported.
// - A10 守法光荣、违法可耻: current in its own source; only 守法光荣 inside A9's six items is reported.
// - F4 三治融合: the reference calls it 桐乡's local wording, not wrong; only its 乡村 form (F3) is old.
import { describe, expect, it } from 'vitest';
import { kindsOf } from './helpers/draft-check.ts';

interface Covered { row: string; wrong: string; kind: string; year?: number }

export const COVERAGE: Covered[] = [
  // 一、法治政府／法治中国／法治社会
  { row: 'A1', wrong: '到2026年基本建成职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信的法治政府。', kind: 'outdated-wording' },
  { row: 'A1', wrong: '着力建设廉洁高效、守法诚信的法治政府。', kind: 'outdated-wording' },
  { row: 'A2', wrong: '加快建设职能科学、权责法定、执法严明、公开公正、智能高效、守法诚信、人民满意的法治政府。', kind: 'outdated-wording' },
  { row: 'A4', wrong: '坚持有法可依、有法必依、执法必严、违法必究。', kind: 'outdated-wording' },
  { row: 'A4', wrong: '始终做到有法必依、执法必严。', kind: 'outdated-wording' },
  { row: 'A4', wrong: '坚持执法必严、违法必究，严查违法行为。', kind: 'outdated-wording' },
  { row: 'A4', wrong: '全面推进科学立法、公正执法、严格司法、全民守法。', kind: 'series-order' },
  { row: 'A5', wrong: '将法治建设与经济社会发展同部署、同督促、同推进、同考核、同奖惩。', kind: 'series-order' },
  { row: 'A6', wrong: '履行推进法治建设第一负责人职责。', kind: 'system-name' },
  { row: 'A6', wrong: '作为法制第一责任人，带头学法。', kind: 'fazhi-fazhi' },
  { row: 'A6', wrong: '认真履行法制建设第一责任人职责。', kind: 'fazhi-fazhi' },
  { row: 'A7', wrong: '绝不允许以权压法、以言代法、逐利违法、徇私枉法。', kind: 'series-order' },
  { row: 'A8', wrong: '更好发挥法治稳预期、固根本、利长远的保障作用。', kind: 'series-order' },
  { row: 'A9', wrong: '建设信仰法治、公平正义、保障权利、守法光荣、充满活力、和谐有序的社会主义法治社会。', kind: 'outdated-wording' },
  { row: 'A2 A4 A9', wrong: '加快推进法制政府建设。', kind: 'fazhi-fazhi' },
  { row: 'A4', wrong: '扎实推进法制中国建设。', kind: 'fazhi-fazhi' },
  // 二、《规定》
  { row: 'B1', wrong: '坚持党的领导、人民当家做主、依法治国有机统一。', kind: 'outdated-wording' },
  { row: 'B3', wrong: '统筹推进法治国家、法治政府、法治社会一体化建设。', kind: 'outdated-wording' },
  { row: 'B9', wrong: '对法治建设重要工作亲自部署、重大问题亲自过问、重点环节亲自督办、重要任务亲自协调。', kind: 'four-personally' },
  { row: 'B9', wrong: '做到重要工作亲自部署、重大问题亲自研究、重点环节亲自协调、重要任务亲自督办。', kind: 'four-personally' },
  // 三、习近平法治思想
  { row: 'C1 C2', wrong: '深入学习习近平法治思想“十个坚持”。', kind: 'outdated-wording' },
  { row: 'C2', wrong: '坚持加强党对依法治国的领导，把党的领导贯彻到法治建设全过程。', kind: 'outdated-wording' },
  { row: 'C1', wrong: '坚定不移走中国特色社会主义法制道路。', kind: 'fazhi-fazhi' },
  { row: 'C5', wrong: '推动形成办事依法、遇事找法、解决问题靠法、化解矛盾用法的良好环境。', kind: 'series-order' },
  { row: 'C5', wrong: '营造良好的法制环境。', kind: 'fazhi-fazhi' },
  // 四、普法
  { row: 'D1', wrong: '贯彻《中央宣传部、司法部关于在公民中开展法治宣传教育的第八个五年规划（2021—2025年）》。', kind: 'document-title' },
  { row: 'D2', wrong: '深入开展法制宣传教育。', kind: 'fazhi-fazhi' },
  { row: 'D3', wrong: '带头学法尊法守法用法。', kind: 'series-order' },
  { row: 'D3', wrong: '带头学法遵法守法用法，做到心中有法。', kind: 'outdated-wording' },
  { row: 'D5', wrong: '落实“谁主管谁普法”普法责任制。', kind: 'system-name' },
  { row: 'D6', wrong: '实施乡村“法律明白人”培训工程。', kind: 'system-name' },
  { row: 'D6 D8', wrong: '建设法制文化阵地5处。', kind: 'fazhi-fazhi' },
  // 五、依法决策与行政执法
  { row: 'E1', wrong: '健全公民参与、专家咨询、风险评估、合法性审查和集体讨论的决策程序。', kind: 'outdated-wording' },
  { row: 'E1', wrong: '决策前严格履行公民参与、风险评估、合法性审查等程序。', kind: 'outdated-wording' },
  { row: 'E1', wrong: '落实重大行政决策专家咨询制度。', kind: 'outdated-wording' },
  { row: 'E1', wrong: '履行公众参与、专家论证、风险评估、合法性审核、集体讨论决定程序。', kind: 'system-name' },
  { row: 'E1', wrong: '履行公众参与、专家论证、合法性审查、集体讨论决定五项法定程序。', kind: 'system-name' },
  { row: 'E3', wrong: '凡属重大决策、重要人事任免、重要项目安排和大额度资金运作事项，均集体讨论决定。', kind: 'system-name' },
  { row: 'E3', wrong: '凡属重要人事任免、重大决策、重大项目安排和大额度资金运作事项，均集体讨论决定。', kind: 'series-order' },
  { row: 'E4', wrong: '全面推行行政执法公示制度、执法全过程纪实制度、重大执法决定法制审核制度。', kind: 'system-name' },
  { row: 'E4', wrong: '继续推进行政执法“三项制度”试点。', kind: 'outdated-wording' },
  { row: 'E4', wrong: '落实《国务院办公厅关于全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度的指导意见》。', kind: 'document-title' },
  // 六、基层治理
  { row: 'F1', wrong: '坚持和发展新时期“枫桥经验”。', kind: 'system-name' },
  { row: 'F3 F4', wrong: '健全自治、法治、德治相结合的乡村治理体系。', kind: 'outdated-wording' },
  // 七、防止干预司法
  { row: 'G1', wrong: '严格执行《领导干部干预司法活动、插手具体案件处理的记录、通报和责任追究办法》。', kind: 'document-title' },
  { row: 'G4', wrong: '落实领导干部干预司法活动、插手具体案件处理的记录、通报和问责制度。', kind: 'system-name' },
  // 八、政务公开
  { row: 'H1', wrong: '遵循公平、公正、合法、便民的原则公开政府信息。', kind: 'series-order' },
  { row: 'H3', wrong: '全面推进决策、执行、管理、服务、监督公开。', kind: 'system-name' },
  { row: 'H3', wrong: '推进决策、执行、管理、服务、成果公开。', kind: 'system-name' },
  // requirements.md 二 and central-documents.md: fixed names.
  { row: 'requirements 二（委员会）', wrong: '主持召开县委依法治县委员会会议。', kind: 'system-name' },
  { row: 'requirements 二（委员会）', wrong: '主持召开县委全面依法治国委员会会议。', kind: 'system-name' },
  { row: 'requirements 二（督察）', wrong: '开展法治政府建设与责任落实督查。', kind: 'system-name' },
  { row: 'central-documents 行政机关负责人出庭应诉', wrong: '全年行政首长出庭应诉率达100%。', kind: 'system-name' },
  { row: 'central-documents 告知承诺制', wrong: '全面落实证明事项承诺告知制。', kind: 'system-name' },
  { row: 'central-documents 法律顾问意见', wrong: '建立法律顾问、公司律师制度。', kind: 'system-name' },
  // Round 12: near words inside the names central-documents.md 3 and 4 and requirements.md 二 fix.
  { row: 'central-documents 法律顾问意见', wrong: '党政机关普遍设立政府律师。', kind: 'system-name' },
  { row: 'central-documents 合法性审核机制', wrong: '健全行政规范性文件合法性审定机制。', kind: 'system-name' },
  { row: 'central-documents 学法用法意见', wrong: '完善国家工作人员学法守法制度。', kind: 'system-name' },
  { row: 'central-documents 应知应会清单', wrong: '推行领导干部应知应会国家法律和党内法规清单制度。', kind: 'system-name' },
  { row: 'requirements 二（委员会）', wrong: '区委全面依法治理区委员会召开会议。', kind: 'system-name' },
  { row: 'C5', wrong: '“八五”普法收官之际，全区法制环境明显改善。', kind: 'fazhi-fazhi' },
];

describe('the reference, row by row', () => {
  it.each(COVERAGE.map((c) => [c.row, c.wrong, c.kind, c.year ?? 2026] as const))('%s: %s → %s', (_row, wrong, kind, year) => {
    expect(kindsOf(wrong, year)).toContain(kind);
  });
});

// Round 11 (wording): probes invented from ../shared/reference (official-phrases.md rows and notes, requirements.md,
// central-documents.md), not copied from the evaluation sets v1–v9. Each kind has the ways a writer who read only the
// reference may get a wording wrong (one item of an old series, a near word, a dropped word) and legitimate look-alikes.
import { describe, expect, it } from 'vitest';
import { kindsOf, ofKind } from './helpers/draft-check.ts';

export const PROBES: Record<string, { found: string[]; silent: string[] }> = {
  'outdated-wording': {
    found: [
      // E1 旧措辞 (十二五规划纲要): one old word inside the list of procedures, or as the name of a system.
      '决策前严格履行公民参与、风险评估、合法性审查等程序。',
      '落实重大行政决策专家咨询制度，全年论证事项12项。',
      '健全重大决策公民参与和专家咨询机制。',
      '重大行政决策均经公众参与、专家咨询和合法性审查。',
      '完善重大行政决策公民参与程序。',
      // A4 旧十六字方针, written in part.
      '始终坚持有法必依、执法必严，规范执法行为。',
      '做到有法可依、有法必依。',
      '坚持执法必严、违法必究，查处违法案件56件。',
      // A9: 守法光荣 (A10's words) inside the six items of 法治社会.
      '建设信仰法治、公平正义、保障权利、守法光荣、充满活力、和谐有序的法治社会。',
      '坚持有法必依，执法必严，违法必究。',
    ],
    silent: [
      '严格履行公众参与、专家论证、风险评估、合法性审查、集体讨论决定等法定程序。',
      '就规划调整召开专家咨询会2次。',
      '聘请专家组成法律咨询委员会。',
      '拓宽公民参与社会治理的渠道。',
      '形成守法光荣、违法可耻的社会氛围。',
      '全面推进科学立法、严格执法、公正司法、全民守法。',
      '从“有法可依、有法必依、执法必严、违法必究”发展为“科学立法、严格执法、公正司法、全民守法”。',
    ],
  },
  'fazhi-fazhi': {
    found: [
      // A6: 法治建设第一责任人, 法治 written 法制 or with 建设 dropped.
      '认真履行法制建设第一责任人职责。',
      '作为本单位法制第一责任人，带头学法。',
      // Compounds the bank writes with 法治.
      '组织班子成员开展法制专题学习4次。',
      '举办法制专题讲座3场。',
      '提升干部法制素养。',
      '推进法制乡村建设。',
    ],
    silent: [
      '重大执法决定均经法制审核。',
      '局法制科负责合法性审核。',
      '各执法单位配备法制员。',
      '订阅《民主与法制》杂志。',
      '县司法局（原县政府法制办公室）承担复议工作。',
      '维护国家法制统一。',
      '局法制工作机构审核规范性文件8件。',
    ],
  },
  'system-name': {
    found: [
      // requirements.md 二: the committee is 全面依法治〔县〕委员会.
      '主持召开县委依法治县委员会第三次会议。',
      '向市委依法治市委员会办公室报送述法报告。',
      '区委依法治区委员会审议通过年度工作要点。',
      // F1: 新时代“枫桥经验”.
      '坚持和发展新时期“枫桥经验”。',
      '推广新时期枫桥经验，化解矛盾纠纷。',
      // central-documents.md 行政机关负责人出庭应诉.
      '全年行政首长出庭应诉率达100%。',
      '落实行政机关首长出庭应诉制度。',
      '推动行政一把手出庭应诉。',
      // E3 三重一大: 重大项目安排, 大额度资金运作.
      '凡属重大决策、重要人事任免、重要项目安排和大额度资金运作事项，均集体讨论决定。',
      // A6: 列入年终述职内容.
      '将履行推进法治建设第一负责人职责情况列入年终述职内容。',
    ],
    silent: [
      '主持召开县委全面依法治县委员会第三次会议。',
      '县委依法治县办组织专项督察。',
      '镇党委调整充实依法治镇领导小组。',
      '成立依法治镇委员会，委员会设办公室。',
      '坚持和发展新时代“枫桥经验”。',
      '新时期以来，全县法治建设稳步推进。',
      '全年行政机关负责人出庭应诉率达100%。',
      '县长带头出庭应诉1次。',
    ],
  },
  'series-order': {
    found: [
      // D3: the current order is 尊法学法守法用法.
      '带头学法尊法守法用法。',
      // H1: 公正、公平、合法、便民.
      '遵循公平、公正、合法、便民的原则公开政府信息。',
      // A8: 固根本、稳预期、利长远.
      '更好发挥法治稳预期、固根本、利长远的保障作用。',
      // A5: 同部署、同推进、同督促、同考核、同奖惩.
      '将法治建设与经济社会发展同部署、同督促、同推进、同考核、同奖惩。',
      // A4: two neighbouring items trading a word.
      '全面推进科学立法、公正执法、严格司法、全民守法。',
    ],
    silent: [
      '带头尊法学法守法用法。',
      '遵循公正、公平、合法、便民的原则。',
      '更好发挥法治固根本、稳预期、利长远的保障作用。',
      '全面推进科学立法、严格执法、公正司法、全民守法。',
      '坚持严格规范公正文明执法。',
    ],
  },
  'four-personally': {
    found: [
      '对法治建设重要工作亲自部署、重大问题亲自过问、重点环节亲自督办、重要任务亲自协调。',
      '做到重要工作亲自部署、重大问题亲自研究、重点环节亲自协调、重要任务亲自督办。',
    ],
    silent: ['对法治建设重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办。'],
  },
  'document-title': {
    found: [
      // D1: the 八五 plan's title has no 在公民中.
      '贯彻《中央宣传部、司法部关于在公民中开展法治宣传教育的第八个五年规划（2021—2025年）》。',
      // E4: the 三项制度 guideline's title.
      '落实《国务院办公厅关于全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度的指导意见》。',
      // G1.
      '严格执行《领导干部干预司法活动、插手具体案件处理的记录、通报和责任追究办法》。',
    ],
    silent: ['严格执行《领导干部干预司法活动、插手具体案件处理的记录、通报和责任追究规定》。'],
  },
};

for (const [kind, { found, silent }] of Object.entries(PROBES)) {
  describe(`round 11 probes: ${kind}`, () => {
    it.each(found)('finds %s', (text) => {
      expect(kindsOf(text, 2026)).toContain(kind);
    });
    it.each(silent)('stays silent on %s', (text) => {
      expect(ofKind(kind, text, 2026)).toEqual([]);
    });
  });
}

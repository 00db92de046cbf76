/**
 * Fixed names, round 26: a fixed name's key word swapped for a near word (应知应会 → 应学应会, “枫桥经验” → “枫桥模式”,
 * 民主法治示范社区 → 模范社区, 法治政府建设示范 → 模范, 督察 → 督导检查 in the 督察 name), and the lawyers' names in each
 * other's slot (an organ sets up 公司律师, an enterprise 公职律师); with
 * the look-alikes that must stay silent: the right names, local lists, 督导检查 as an activity of its own, an
 * enterprise's 公司律师, and the committee's names the rulings keep. Written from ../shared/reference
 * (central-documents.md 3, 4 and line 51; requirements.md 二 and line 86; official-phrases.md D7, F1) and the phrase
 * bank, not from the evaluation sets.
 */
import { describe, expect, it } from 'vitest';
import { check, rulesIn } from './helpers/draft-check.ts';
import { kindProbes, plain, self, shufa } from './helpers/kind-probes.ts';

kindProbes('round 26 (names)', {
  'system-name': {
    found: [
      // the list's head word recalled with a near verb, whoever writes and wherever in the report
      plain(2025, '严格执行领导干部应学应会党内法规和国家法律清单制度，组织班子成员逐项学习。', shufa),
      plain(2026, '市委宣传部印发本部门应知应学国家法律清单。'),
      plain(2025, '下一步，将把应学应知党内法规清单纳入党组理论学习中心组学习计划。', self),
      // the quoted experience recalled as a model or a way of working
      plain(2025, '坚持和发展新时代“枫桥模式”，全年调处矛盾纠纷412件。', self),
      plain(2026, '镇党委学习推广“枫桥做法”，推动矛盾纠纷就地化解。', self),
      plain(2025, '街道党工委坚持和发展新时代枫桥模式，建成矛盾纠纷调处化解中心。', self),
      // the named model village or community with a near word
      plain(2025, '全县新创建民主法治模范社区2个、民主法治示范村5个。'),
      plain(2026, '3个社区获评省级民主法治先进社区。'),
      plain(2025, '成功创建全国法治政府建设模范市，形成一批可复制的经验。'),
      // the 督察 name's last word recalled as another word of oversight
      plain(2025, '认真迎接市委依法治市办法治政府建设与责任落实督导，对反馈问题建立清单。'),
      plain(2026, '根据法治政府建设和责任落实检查发现的问题，逐项制定整改措施。'),
      plain(2025, '针对法治政府建设责任落实督导检查指出的3个问题完成整改。', self),
      // the enterprise's lawyer set up by an organ
      plain(2025, '局机关聘请常年法律顾问1名，设立公司律师2名，参与合同审查。'),
      plain(2026, '县政府各部门普遍配备公司律师，参与重大行政决策合法性审核。'),
      plain(2025, '本单位选聘公司律师1名，负责规范性文件审核。', shufa),
      // and the organ's lawyer set up by an enterprise
      plain(2025, '全市国有企业普遍设立公职律师，参与企业合规管理。'),
    ],
    silent: [
      // the right names
      plain(2025, '严格执行领导干部应知应会党内法规和国家法律清单制度。', shufa),
      plain(2025, '坚持和发展新时代“枫桥经验”，完善正确处理新形势下人民内部矛盾机制。', self),
      plain(2026, '全区创建民主法治示范社区4个，2个村被命名为全国民主法治示范村。'),
      plain(2025, '配合开展法治政府建设与责任落实督察，抓好反馈问题整改。'),
      plain(2025, '局机关设立公职律师3名，聘请法律顾问2名。'),
      // ordinary prose and local lists near the names
      plain(2025, '梳理领导干部应学应会的法律知识要点，编印学习手册。', shufa),
      plain(2025, '编印本系统必知必会法律清单，发放至执法人员。'),
      plain(2026, '开展法治政府建设督导检查3次，督导检查发现问题12个。'),
      plain(2025, '压实法治政府建设与责任落实，检查发现的问题已全部整改。'),
      plain(2025, '对各乡镇法治建设责任落实情况开展督导检查。', self),
      plain(2025, '镇党委推广“枫桥式”工作法，建成“枫桥式”人民调解室3个。', self),
      plain(2025, '推广矛盾纠纷多元化解的好做法，形成可复制的工作模式。', self),
      // an enterprise's 公司律师, and figures a 司法局 administers
      plain(2025, '市国资委指导国有企业设立公司律师，机关各部门设立公职律师。'),
      plain(2025, '全市新增公职律师41名、公司律师26名。'),
      plain(2026, '市司法局指导集团公司设立公司律师，全年办理公司律师证52件。'),
      plain(2025, '党政机关普遍设立法律顾问、公职律师，国有企业深入推进法律顾问、公司律师制度。'),
      plain(2025, '国有企业设立公司律师，机关各部门设立公职律师。'),
      plain(2026, '组织公职律师为民营企业提供法治体检服务。'),
      plain(2025, '成功创建全国法治政府建设示范市，获评省级法治建设先进单位。'),
      // the committee's own names and the short forms the bank records
      plain(2025, '县委全面依法治县委员会召开会议2次，县委依法治县办组织专项督察。'),
      plain(2025, '镇党委调整充实依法治镇委员会，召开会议2次。', self),
    ],
  },
});

describe('round 26 (names): one mistake, one finding', () => {
  // A near word in the 督察 name is one slip: the near-word reading and the 督查 rule must not both speak for it.
  it.each([
    ['开展法治政府建设与责任落实督导检查。', 'system-ducha-name-near-word'],
    ['开展法治政府建设与责任落实督查。', 'system-ducha-duzha'],
    ['全区创建民主法治模范社区4个。', 'system-minzhu-fazhi-shifan'],
  ])('%s gives one finding', (text, rule) => {
    const found = check(text, 2025).filter((f) => rulesIn(f).some((r) => r.startsWith('system-')));
    expect(found.map((f) => f.rule)).toEqual([rule]);
  });

  // The 示范 title is one for villages and communities alike: the fix names both, never a village for a community.
  it('fixes a model community to 示范社区', () => {
    const [f] = check('全区创建民主法治模范社区4个。', 2025).filter((x) => x.rule === 'system-minzhu-fazhi-shifan');
    expect(f?.fix).toContain('民主法治示范社区');
    expect(f?.level).toBe('error');
  });

  // Ruled in round 26: the committee of a county or above carries 全面; written without it the name stays a hint.
  it('keeps the committee without 全面 a hint, never an error', () => {
    const found = check('起草市委依法治市委员会年度工作要点。', 2025).filter((f) => rulesIn(f).includes('system-yifa-zhi-weiyuanhui'));
    expect(found.map((f) => f.level)).toEqual(['hint']);
  });
});

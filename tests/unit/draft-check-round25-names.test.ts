/**
 * Fixed names, round 25: the lawyers' names of the 法律顾问 opinion run together or recalled by the enterprise
 * (公职法律顾问, 公职律师企业律师制度), the 督察 name's three words in another order, a title cited with one phrase
 * left out, and the look-alikes that must stay silent: a short name of a 三项制度 item inside the list, a clause after
 * a comma that shares a word with a list's last item, and a local system named with another short term of the bank
 * (学法考法). Written from ../shared/reference (central-documents.md 3; requirements.md 二; official-phrases.md E4, G1)
 * and the phrase bank, not from the evaluation sets.
 */
import { describe, expect, it } from 'vitest';
import { check, compiled, kindOf, rulesIn } from './helpers/draft-check.ts';
import { kindProbes, plain, self, shufa } from './helpers/kind-probes.ts';

kindProbes('round 25 (names)', {
  'system-name': {
    found: [
      // the two names of the opinion run together, or its last lawyer recalled by the enterprise served
      plain(2025, '区政府各部门普遍设立公职法律顾问，参与合同审查。'),
      plain(2025, '聘请公职律师顾问参与重大合同审查。', self),
      plain(2026, '积极推动公职律师企业律师制度落地。'),
      plain(2025, '全面形成法律顾问、公职律师、企业律师制度体系。'),
      plain(2025, '落实法律顾问制度和公职律师、国企律师制度。', self),
      plain(2025, '普遍建立法律顾问、公职律师，企业律师制度。'),
      // the 督察 name with its words in another order, or 与 dropped or written 和、及
      plain(2026, '配合做好法治政府建设责任落实督察工作。'),
      plain(2026, '开展法治政府建设及责任落实督察。'),
      plain(2025, '迎接省委依法治省办法治政府建设责任落实和督察。', self),
      // a name an official title spells (《关于完善国家工作人员学法用法制度的意见》) is fixed by the title, whatever term the bank writes
      plain(2025, '落实国家工作人员学法考法制度，组织机关干部参加网上学法考试。', self),
      // a 三项制度 item changed, with other separators
      plain(2025, '执法公示、全过程纪实和法制审核制度均已落实。', self),
    ],
    silent: [
      // the right names, and ordinary words near them
      plain(2025, '局机关设立公职律师2名，聘请常年法律顾问1名。', shufa),
      plain(2025, '国有企业法律顾问、公司律师参与合同审查，集团设立企业律师12名。'),
      plain(2026, '配合开展法治政府建设与责任落实督察，压实法治政府建设责任。'),
      plain(2025, '法治政府建设责任落实情况纳入督察内容。'),
      plain(2025, '开展法治政府建设与责任落实专项督察。'),
      plain(2025, '推行公职律师制度，全县公职律师增至42名，企业律师队伍同步壮大。'),
      plain(2025, '推动党政机关公职律师和国有企业公司律师工作。'),
      // a short name of a 三项制度 item inside the list, and the list with other separators
      plain(2025, '执法公示、全过程记录和法制审核制度全面落实。', self),
      plain(2025, '落实行政执法公示、全过程记录、法制审核制度。', self),
      plain(2025, '全面推行行政执法公示制度；执法全过程记录制度；重大执法决定法制审核制度。'),
      plain(2025, '行政执法公示、执法全过程记录、法制审核三项制度落实到位。', self),
      // a clause after a comma that shares a word with the list's last item
      plain(2025, '各部门普遍设立法律顾问、公职律师，全年出具法律意见书96份。'),
      plain(2025, '各部门普遍设立法律顾问、公职律师，律师参与信访接待60次。'),
      plain(2025, '推进决策公开、执行公开、管理公开、服务公开，公开信息3.2万条。'),
      // local systems named with another short term the bank writes (学法考法, 会前学法, 任前考法)
      plain(2025, '健全领导干部学法考法制度。', shufa),
      plain(2025, '健全党委（党组）理论学习中心组学法制度和领导干部会前学法制度。', shufa),
      plain(2025, '完善领导干部任前考法制度。', shufa),
    ],
  },
  'document-title': {
    found: [
      // a long title cited with one phrase of it left out
      plain(2024, '严格执行《领导干部干预司法活动的记录、通报和责任追究规定》。', shufa),
      plain(2024, '严格执行《领导干部插手具体案件处理的记录、通报和责任追究规定》。', shufa),
      plain(2025, '认真贯彻《党政主要负责人履行第一责任人职责规定》。', shufa),
    ],
    silent: [
      plain(2024, '严格执行《领导干部干预司法活动、插手具体案件处理的记录、通报和责任追究规定》。', shufa),
      plain(2025, '严格执行《司法机关内部人员过问案件的记录和责任追究规定》。', shufa),
      plain(2025, '贯彻《关于推行法律顾问制度和公职律师公司律师制度的意见》。'),
    ],
  },
});

describe('round 25 (names): a title left shorter is never another known title', () => {
  // Every title the rules know, cited right, must stay silent under every other title rule: the reading of a phrase
  // left out must not take one known text for another.
  const exacts = compiled.rules.filter((r) => r.type === 'title').map((r) => (r as { exact: string }).exact);
  it('finds no document-title in any known title cited as it is', () => {
    const noisy = exacts.filter((t) =>
      check(`认真贯彻《${t}》。`, 2025).some((f) => rulesIn(f).some((r) => kindOf.get(r) === 'document-title')),
    );
    expect(noisy).toEqual([]);
  });
});

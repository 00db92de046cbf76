/**
 * The checker's probes for fixed names (system-name, with the document titles they carry): one short change inside
 * a name, a key word swapped for a near word, a count word in a name of counted parts changed, the lawyers' names run
 * together or in each other's slot, a group or a time of year changed, and one wrong name written twice as one
 * finding. Written from ../shared/reference and the phrase bank, not from the evaluation sets; the look-alikes (the
 * right names, local lists and systems, the bank's forms) must stay silent. The sweeps of every name, title and
 * wording by kind are in draft-check-probes-names-sweeps.test.ts. One describe per family; the comment above each says
 * why its probes exist.
 */
import { describe, expect, it } from 'vitest';
import { check, compiled, kindOf, rulesIn } from './helpers/draft-check.ts';
import { kindProbes, type KindProbes, plain, self, shufa } from './helpers/kind-probes.ts';
import { fixedNameList, indexNames, nearNameSpans } from '../../src/shared/draft-check/fixed-names.ts';

// Round 14 (names): probes invented from ../shared/reference, not copied from the evaluation sets. Each positive is a
// fixed name (official-phrases.md D4 D5 D6, E4; requirements.md's 委员会 and its office; the bank's 互联网+ and
// 高效办成一件事 names) written with one short change a writer might make: a character changed or added inside the
// quotation marks, a short word dropped or changed between a long head and a long tail. The silent ones are the legitimate
// look-alikes: the writer's own level or organ, forms the bank writes, short quoted slogans, local names with a word
// added or changed outside quotation marks.
describe('one short change inside a fixed name, and the likeness matcher', () => {
  const y = (text: string) => ({ text, year: 2026 });

  const PROBES: KindProbes = {
    'system-name': {
      found: [
        y('全面落实国家机关“谁执法谁普及”普法责任制，制定年度普法责任清单。'),
        y('各执法部门认真落实“谁执法谁讲法”普法责任制。'),
        y('实施乡村（社区）“法律明白员”培养工程，每个行政村培养3名。'),
        y('深入实施“法律明白人士”培养工程，全年培训骨干420人次。'),
        y('在更多领域更大范围实现“高效办成一桩事”，全年办理1.2万件。'),
        y('深入推进“互联网+政府服务”，网上可办率达到98%。'),
        y('主持召开市委全面依法治市委员会会议2次，听取市委全面依法治市办公室工作汇报。'),
        y('严格执行重大执法决定审核制度，全年审核重大执法决定56件。'),
        y('按照中央全面依法治国办公室部署，开展法治督察。'),
        y('建立重大行政决策过程记录和材料存档制度，决策档案全部归档。'),
        y('严格落实执法过程记录制度，配备执法记录仪120台。'),
        y('每个行政村培养“法律明白者”3名。'),
        // Round 15 re-ruled 培育工程 (official-phrases.md D6 and the work norm's title spell 培养): a hint now.
        y('推进“法律明白人”培育工程，全年培训骨干420人次。'),
      ],
      silent: [
        y('主持召开市委全面依法治市委员会会议2次，听取市委全面依法治市委员会办公室工作汇报。'),
        y('区委依法治区办公室牵头制定年度工作要点。'),
        y('落实国家机关“谁执法谁普法”普法责任制，制定年度普法责任清单。'),
        y('实施乡村（社区）“法律明白人”培养工程，每个行政村培养3名。'),
        y('市行政复议办公室全年受理复议案件86件。'),
        y('落实党组理论学习中心组学法制度，全年集体学法6次。'),
        y('建立意见采纳情况公开反馈机制，回应企业诉求。'),
        y('严格执行规范性文件合法性审查制度。'),
        y('开展执法案卷“一案一评”，评查案卷120卷。'),
        y('依托全国一体化政务服务平台，实现高频事项“一网通办”。'),
        y('聘任行政执法监督员，完善行政执法监督员制度。'),
        y('完善法治政府建设考核评价机制。'),
        y('中央依法治国办部署开展法治督察。'),
        y('坚持“谁主管谁负责”原则，压实各方责任。'),
        y('开展“互联网+普法”行动，推送普法信息1.2万条。'),
        y('建立重大行政决策过程记录和材料归档制度。'),
        y('严格落实执法全过程记录制度，配备执法记录仪120台。'),
        y('坚持和发展新时代“枫桥经验”，推广“枫桥式”工作法。'),
        y('全面落实行政执法“三项制度”，公示执法信息2300条。'),
        y('完善群众意见的采纳情况反馈机制。'),
        y('开展“送法进牧区”活动12场。'),
        y('组织“国家宪法日”主题活动。'),
        y('按照“谁执法谁公示”的要求公开执法信息。'),
        y('健全行政执法监督体制机制，开展执法案卷评查。'),
        y('县委依法治县委办公室负责统筹协调，县委全面依法治县委办公室印发工作要点。'),
        y('中央全面依法治国委员会办公室印发通知，省委全面依法治省委员会办公室组织督察。'),
        y('每个行政村培养“法律明白人”3名，按照“谁执法谁普法”的要求落实责任。'),
        y('严格执行重大执法决定法制审核制度，全年审核重大执法决定56件。'),
      ],
    },
  };

  kindProbes('names', PROBES);

  describe('names: the likeness matcher', () => {
    const names = fixedNameList(['全面依法治〔县〕委员会', '实行国家机关“谁执法谁普法”的普法责任制', '乡村（社区）“法律明白人”培养工程'], []);
    const index = indexNames(names);
    it('reads the fixed names from the wordings, each level form apart, with the 委员会 office', () => {
      expect(names).toContain('全面依法治县委员会办公室');
      expect(names).toContain('全面依法治市委员会');
      expect(names).toContain('"法律明白人"培养工程');
    });
    it('finds a span one short change away from a name, and not the name itself', () => {
      const text = '听取全面依法治县办公室汇报，全面依法治县委员会办公室牵头。';
      expect(nearNameSpans(text, index).map((s) => text.slice(s.start, s.end))).toEqual(['全面依法治县办公室']);
    });
    it('reports the fixed name as the fix, replacing only the span, as a hint of the system-name kind', () => {
      const found = check('实施“法律明白员”培养工程。').filter((f) => kindOf.get(f.rule) === 'system-name');
      expect(found.map((f) => [f.text, f.level, f.fix])).toEqual([['“法律明白员”培养工程', 'hint', '改为：“法律明白人”培养工程']]);
    });
  });
});

/**
 * Names and wording: the 2015 纲要's dropped goal words applied to one organ (法治机关, 法治政府部门), and a list of named
 * systems followed by a new clause that names one of its items again. Plain variants that must be found and
 * legitimate look-alikes that must stay silent, written from ../shared/reference (official-phrases.md A1, A2, A9;
 * central-documents.md 3 on 法律顾问、公职律师、公司律师), not taken from the evaluation sets.
 */
describe('the 2015 纲要 goal words on one organ, a list item named again', () => {
  kindProbes('names', {
    'outdated-wording': {
      found: [
        plain(2025, '县司法局以建设守法诚信的法治机关为目标，全面推进依法行政。', self),
        plain(2026, '厅党组坚持建设权责法定、执法严明、守法诚信的法治政府部门。', self),
        plain(2025, '我局着力打造公开公正、守法诚信的法治机关。', shufa),
        plain(2024, '局党委提出建设廉洁高效的法治机关，推动各项工作依法开展。', self),
      ],
      silent: [
        plain(2025, '县司法局以建设廉洁诚信、人民满意的法治机关为目标，全面推进依法行政。', self),
        plain(2025, '建设信仰法治、公平正义、保障权利、守法诚信、充满活力、和谐有序的社会主义法治社会。'),
        plain(2025, '引导企业和群众守法诚信，营造良好法治环境。', self),
        plain(2025, '对照2015年纲要“守法诚信的法治政府”目标，回顾我局法治机关建设历程。', self),
        plain(2025, '机关作风廉洁高效，推进法治机关建设取得新成效。', self),
      ],
    },
    'system-name': {
      found: [
        // the last item of the list changed, with a plain separator
        plain(2025, '全面形成法律顾问、公职律师、公职顾问制度体系。'),
        plain(2025, '推进法律顾问、公职律师、公司法务制度建设。', self),
      ],
      silent: [
        // a new clause after the list names an item already in it
        plain(2025, '市县党政机关普遍设立法律顾问、公职律师，全县公职律师共有36名。'),
        plain(2025, '各部门聘请法律顾问、公职律师，全市法律顾问参与审核合同120份。', self),
        plain(2025, '全面形成法律顾问、公职律师、公司律师制度体系。'),
      ],
    },
  });
});

/**
 * Fixed names: a word of a name swapped for a near word (告知承诺制 → 告知备案制; 集体讨论决定 → 集体研究决定 away from
 * the list of procedures; 记录和责任追究规定 → 记录和问责规定), a count in a name of counted parts changed (“一规划两纲要”
 * → “一规划三纲要”), and one wrong name written twice (one mistake, one finding, every place listed). Plain variants
 * that must be found and legitimate look-alikes that must stay silent, written from ../shared/reference
 * (central-documents.md 1 and 3; official-phrases.md E1, E3, G1, G3; requirements.md 四), not from the evaluation sets.
 */
describe('a near word, a count word in a name, one wrong name written twice', () => {
  kindProbes('names', {
    'system-name': {
      found: [
        // 承诺 swapped for a word of filing or a near word
        plain(2025, '县市场监管局全面实行涉企经营许可事项告知备案制。', self),
        plain(2026, '推行证明事项告知报备制，梳理可承诺事项31项。'),
        plain(2025, '扎实推进证明事项告知许诺制。'),
        // the fifth decision procedure, away from the other four or only beside 重大行政决策
        plain(2025, '决策草案经公众参与、专家论证、风险评估和合法性审查后，由县政府常务会议集体研究确定。'),
        plain(2026, '重大行政决策事项均提交区政府常务会议集体审议决定。'),
        plain(2025, '严格履行重大行政决策法定程序，所有决策事项均经集体研究讨论。', shufa),
        // 责任追究 in the names of the 干预司法 规定 and 制度
        plain(2025, '严格执行司法机关内部人员过问案件的记录和追责规定。', shufa),
        plain(2025, '落实领导干部干预司法活动、插手具体案件处理的记录、通报和追究责任制度。', self),
        // a count of a name of counted parts changed, quoted or not, or 二 for 两
        plain(2024, '对照“两规划两纲要”做好年度任务分解。'),
        plain(2024, '县政府统筹推进一规划三纲要落地见效。'),
        plain(2025, '认真对标“一规划二纲要”开展自查。', self),
        plain(2025, '村级重大事项全面推行“五议两公开”。', self),
        plain(2025, '严格落实“三会两课”制度。', self),
        // the count written right after the procedures or systems listed in full
        plain(2025, '重大行政决策严格履行公众参与、专家论证、风险评估、合法性审查、集体讨论决定六项法定程序。'),
        plain(2026, '全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度等四项制度。', self),
      ],
      silent: [
        // the right names
        plain(2025, '全面推行证明事项和涉企经营许可事项告知承诺制，办理承诺件3160件。'),
        plain(2025, '严格执行司法机关内部人员过问案件的记录和责任追究规定。', shufa),
        plain(2024, '统筹推进“一规划两纲要”在本地贯彻落实。'),
        plain(2025, '村级重大事项全面推行“四议两公开”。', self),
        plain(2025, '对调价方案依次开展公众参与、专家论证、风险评估、合法性审查，再提交县政府常务会议集体讨论决定。'),
        // 集体研究 of other matters, or in another sentence
        plain(2025, '重大事项决策、重要干部任免等“三重一大”事项均经党组会议集体研究决定。', self),
        plain(2025, '全年作出重大行政决策3项。干部任免事项经局党组集体研究决定。', self),
        // 问责 and 备案 as ordinary words, or in another system's name
        plain(2025, '对违规过问案件的人员严肃问责。', shufa),
        plain(2025, '落实执法全过程记录和问责制度。', self),
        plain(2025, '规范性文件全部按时报送备案，备案审查纠错2件。'),
        plain(2025, '企业投资项目实行备案制管理。'),
        plain(2025, '重大行政决策严格履行公众参与、专家论证、风险评估、合法性审查、集体讨论决定五项法定程序。'),
        plain(2025, '全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度“三项制度”。', self),
        plain(2025, '全年重大执法决定法制审核5项。', self),
      ],
    },
    'document-title': {
      found: [
        // a word of a cited title swapped, the title's opening kept and its document word (规定) closing it
        plain(2025, '严格执行《司法机关内部人员过问案件的记录和问责规定》。', shufa),
      ],
      silent: [
        plain(2025, '严格执行《司法机关内部人员过问案件的记录和责任追究规定》。', shufa),
        plain(2025, '认真落实《党政主要负责人履行推进法治建设第一责任人职责规定》。', shufa),
      ],
    },
  });

  describe('names: one wrong name written twice is one finding', () => {
    const names = (text: string) =>
      check(text, 2025).filter((f) => rulesIn(f).some((r) => kindOf.get(r) === 'system-name'));

    it('lists every place of the same wrong name in one finding at the first', () => {
      const text = '落实法律顾问、公务律师制度，局机关设立公务律师3名。';
      const found = names(text);
      expect(found).toHaveLength(1);
      expect(found[0]!.start).toBe(text.indexOf('公务律师'));
      expect(found[0]!.places?.map((p) => text.slice(p.start, p.end))).toEqual(['公务律师', '公务律师']);
      expect(found[0]!.message).toContain('全文共 2 处');
    });

    it('keeps two different wrong names apart', () => {
      const text = '落实法律顾问、公务律师制度，全面推行证明事项告知备案制。';
      expect(names(text)).toHaveLength(2);
    });

    it('keeps a name written once as it was, with no places', () => {
      const found = names('落实法律顾问、公务律师制度。');
      expect(found).toHaveLength(1);
      expect(found[0]!.places).toBeUndefined();
    });
  });
});

/**
 * Fixed names, round 25: the lawyers' names of the 法律顾问 opinion run together or recalled by the enterprise
 * (公职法律顾问, 公职律师企业律师制度), the 督察 name's three words in another order, a title cited with one phrase
 * left out, and the look-alikes that must stay silent: a short name of a 三项制度 item inside the list, a clause after
 * a comma that shares a word with a list's last item, and a local system named with another short term of the bank
 * (学法考法). Written from ../shared/reference (central-documents.md 3; requirements.md 二; official-phrases.md E4, G1)
 * and the phrase bank, not from the evaluation sets.
 */
describe('the lawyers names run together, the 督察 name reordered, a title left shorter', () => {
  kindProbes('names', {
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

  describe('names: a title left shorter is never another known title', () => {
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
});

/**
 * Fixed names, round 26: a fixed name's key word swapped for a near word (应知应会 → 应学应会, “枫桥经验” → “枫桥模式”,
 * 民主法治示范社区 → 模范社区, 法治政府建设示范 → 模范, 督察 → 督导检查 in the 督察 name), and the lawyers' names in each
 * other's slot (an organ sets up 公司律师, an enterprise 公职律师); with
 * the look-alikes that must stay silent: the right names, local lists, 督导检查 as an activity of its own, an
 * enterprise's 公司律师, and the committee's names the rulings keep. Written from ../shared/reference
 * (central-documents.md 3, 4 and line 51; requirements.md 二 and line 86; official-phrases.md D7, F1) and the phrase
 * bank, not from the evaluation sets.
 */
describe('a key word swapped for a near word, the lawyers names in each other slot', () => {
  kindProbes('names', {
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

  describe('names: one mistake, one finding', () => {
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
});

/**
 * Fixed names, round 27: a name with another group in place of 国家工作人员 (学法用法制度, central-documents.md 4),
 * 述职 at another time of the year than 年终 (official-phrases.md A6), and 出庭答辩 for 出庭应诉 (行政诉讼法第三条第三款,
 * 法释〔2020〕3号, central-documents.md). Each with the look-alikes that must stay silent: a unit's own system, the
 * bank's 领导干部学法用法制度, 年度述职, 述职 held mid-year, and 答辩 as the part of 应诉 it is. Written from the
 * reference, not from the evaluation sets.
 */
describe('another group, another time of the year, 出庭答辩 for 出庭应诉', () => {
  kindProbes('names', {
    'system-name': {
      found: [
        plain(2025, '认真落实国家机关工作人员学法用法制度，组织干部参加年度学法考试。', self),
        plain(2026, '进一步完善国家公职人员学法用法制度。'),
        plain(2024, '将履行推进法治建设第一责任人职责情况列入年中述职内容。', shufa),
        plain(2025, '把第一责任人职责情况纳入半年述职，推动部门负责人述法。', shufa),
        plain(2026, '全面落实行政机关负责人出庭答辩制度。'),
        plain(2025, '全市行政机关负责人出庭答辩率达到98.5%。'),
      ],
      silent: [
        plain(2025, '进一步落实国家工作人员学法用法制度，组织干部参加年度学法考试。', self),
        plain(2025, '健全落实领导干部学法用法制度。', shufa),
        plain(2025, '制定本局机关工作人员学法用法制度，明确每月学法内容。', self),
        plain(2024, '将履行推进法治建设第一责任人职责情况列入年终述职内容。', shufa),
        plain(2024, '把第一责任人职责情况列入年度述职内容。', shufa),
        plain(2025, '年中述职时一并报告推进法治建设情况。', shufa),
        plain(2026, '全面落实行政机关负责人出庭应诉制度，负责人出庭应诉率100%。'),
        plain(2026, '负责人出庭应诉并当庭答辩，实现出庭出声。'),
        plain(2026, '认真做好答辩举证工作，按时提交答辩状。'),
      ],
    },
  });
});

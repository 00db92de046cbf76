/**
 * A sweep of ../shared/reference for the leftovers, series and layout kinds: every fixed series a writer could plant a
 * permutation in (official-phrases.md A–H, requirements.md 第一、四部分, central-documents.md 命名项, currency-2026.md 2.1),
 * every blank and drafting-note shape, heading lists at each level, quotation marks and half-width punctuation. Each
 * look-alike is a correct form, a shorter or different legitimate series that shares items, or ordinary text of the
 * same shape, and must stay silent for the kind. Probes are new sentences, not taken from the evaluation sets.
 */
import { describe, expect, it } from 'vitest';
import { kindProbes, plain, shortReport, shufa, self, annual } from './helpers/kind-probes.ts';
import { ofKind } from './helpers/draft-check.ts';

const wrap = shortReport({
  title: (year, type) => (type === shufa ? `东川区委书记${year}年度述法报告` : type === self ? `某县市场监管局${year}年度法治建设自查报告` : `某市人民政府${year}年度法治政府建设情况报告`),
  opening: (year, type) => (type === shufa ? '本人认真履行推进法治建设第一责任人职责，现将述法情况报告如下。' : `${year}年，我们深入学习贯彻习近平法治思想，现将有关情况报告如下。`),
  plans: () => '下一步工作安排\n加强执法队伍建设。',
  signoff: (year, type) => (type === shufa ? `述法人：东川区委书记 李平\n${year + 1}年1月15日` : `某市人民政府\n${year + 1}年2月20日`),
});

kindProbes('round 20 (series from the reference)', {
  'series-order': {
    found: [
      // A11、B5、C3、D3: 尊法学法守法用法
      plain(2026, '推动领导干部做尊法守法学法用法的模范。', shufa),
      plain(2026, '带头尊法、用法、学法、守法。', shufa),
      // A4、B7: 科学立法、严格执法、公正司法、全民守法
      plain(2026, '全面推进科学立法、公正司法、严格执法、全民守法。'),
      plain(2026, '统筹推进严格执法、公正司法、科学立法、全民守法。', shufa),
      // B3: 共同推进 / 一体建设
      plain(2026, '坚持依法行政、依法执政、依法治国共同推进。'),
      plain(2026, '坚持法治国家、法治社会、法治政府一体建设。', shufa),
      // A2: 法治政府目标
      plain(2026, '加快建设职能科学、执法严明、权责法定、公开公正、智能高效、廉洁诚信、人民满意的法治政府。'),
      plain(2026, '建设职能科学、权责法定、执法严明、智能高效、公开公正、廉洁诚信、人民满意的法治政府。'),
      // A9: 法治社会目标
      plain(2026, '建设信仰法治、公平正义、守法诚信、保障权利、充满活力、和谐有序的社会主义法治社会。'),
      // requirements.md 第三部分深圳指引、三年行动计划: 严格规范公正文明执法
      plain(2026, '全面推进严格公正规范文明执法。'),
      plain(2026, '坚持规范严格公正文明执法。', self),
      // A7、B2: 以言代法、以权压法、逐利违法、徇私枉法
      plain(2026, '绝不允许以言代法、以权压法、徇私枉法、逐利违法。', shufa),
      plain(2026, '坚决反对以权压法、以言代法、徇私枉法。', shufa),
      // A7、B8: 深化改革、推动发展、化解矛盾、维护稳定、应对风险
      plain(2026, '提高运用法治思维和法治方式推动发展、深化改革、化解矛盾、维护稳定、应对风险能力。', shufa),
      // B4: 有权必有责、有责要担当、失责必追究
      plain(2026, '确保有权必有责、失责必追究、有责要担当。', shufa),
      // A5: 五同
      plain(2026, '将法治建设与经济社会发展同部署、同推进、同考核、同督促、同奖惩。', shufa),
      // A8
      plain(2026, '更好发挥法治稳预期、固根本、利长远的保障作用。'),
      // C5
      plain(2026, '推动形成遇事找法、办事依法、解决问题用法、化解矛盾靠法的法治环境。'),
      // F3、F4
      plain(2026, '健全党组织领导的法治、德治、自治相结合的城乡基层治理体系。'),
      // B6
      plain(2026, '切实履行依法治国重要组织者、实践者和推动者的职责。', shufa),
      // H3: 五公开
      plain(2026, '推进决策、执行、管理、结果、服务公开。'),
      // E1: 五项程序
      plain(2026, '严格落实公众参与、专家论证、合法性审查、风险评估、集体讨论决定等法定程序。'),
      // E4: 三项制度
      plain(2026, '全面推行行政执法公示制度、重大执法决定法制审核制度、执法全过程记录制度。'),
      // H1: 公正、公平、合法、便民
      plain(2026, '遵循合法、公正、公平、便民的原则公开政府信息。'),
      // B1
      plain(2026, '坚持人民当家作主、党的领导、依法治国有机统一。', shufa),
      // currency-2026.md 2.1、2.2
      plain(2026, '建设更高水平的社会主义法治国家、建设更加完善的中国特色社会主义法治体系。'),
      plain(2026, '抓好法治领域重要任务、重大部署、重点工作落实。', shufa),
      // central-documents.md 命名项
      plain(2026, '确保行政检查严格规范、于法有据、公正文明、精准高效。'),
      plain(2026, '发挥行政执法监督的规范管理、统筹协调、指导监督、激励保障作用。'),
      plain(2026, '实现对行政执法工作的全流程、全方位、常态化、长效化监督。'),
      plain(2026, '整治“一刀切”执法、运动式执法、简单粗暴执法等问题。'),
      // F5
      plain(2026, '实现大事不出镇、小事不出村、矛盾不上交。', self),
      // G1、G4
      plain(2026, '落实领导干部干预司法活动、插手具体案件处理的通报、记录和责任追究制度。'),
    ],
    silent: [
      plain(2026, '推动领导干部做尊法学法守法用法的模范。', shufa),
      plain(2026, '全面推进科学立法、严格执法、公正司法、全民守法。'),
      plain(2026, '坚持依法治国、依法执政、依法行政共同推进，法治国家、法治政府、法治社会一体建设。', shufa),
      plain(2026, '加快建设职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意的法治政府。'),
      plain(2026, '全面推进严格规范公正文明执法。'),
      plain(2026, '绝不允许以言代法、以权压法、逐利违法、徇私枉法。', shufa),
      plain(2026, '更好发挥法治固根本、稳预期、利长远的保障作用。'),
      plain(2026, '推动形成办事依法、遇事找法、解决问题用法、化解矛盾靠法的法治环境。'),
      plain(2026, '推进决策、执行、管理、服务、结果公开。'),
      plain(2026, '遵循公正、公平、合法、便民的原则公开政府信息。'),
      plain(2026, '实现小事不出村、大事不出镇、矛盾不上交。', self),
      // Shorter series that share items, in an order of their own.
      plain(2026, '严格执法、公正司法水平不断提升。'),
      plain(2026, '坚持公开、公平、公正原则开展招标。'),
      plain(2026, '依法行政、依法决策能力明显增强。'),
      plain(2026, '执法人员做到公正文明执法。'),
      plain(2026, '推进法治政府、法治社会建设迈上新台阶。'),
      plain(2026, '推动发展、维护稳定的任务依然繁重。', shufa),
      plain(2026, '做到学法、懂法、守法、用法。', shufa),
      plain(2026, '坚持合法、公正、公开、高效、便民、为民原则办理行政复议案件。'),
      plain(2026, '统筹发展和安全，促进改革、发展、稳定。'),
      plain(2026, '开展执法监督检查，规范管理执法案卷。'),
      plain(2026, '落实行政执法公示制度，推行执法全过程记录。'),
      plain(2026, '建立健全矛盾纠纷排查、调处、化解机制。', self),
      plain(2026, '坚持以身作则、以上率下，带头尊法学法守法用法。', shufa),
    ],
  },
  'four-personally': {
    found: [
      plain(2026, '对法治建设重要工作亲自部署、重大问题亲自协调、重点环节亲自过问、重要任务亲自督办。', shufa),
      plain(2026, '对法治建设重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自推动。', shufa),
      plain(2026, '做到重要工作亲自部署、重要问题亲自过问、重点环节亲自协调、重要任务亲自督办。', shufa),
      plain(2026, '做到重要工作亲自部署、重大问题亲自过问、重大环节亲自协调、重要任务亲自督办。', shufa),
      plain(2026, '做到重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重点任务亲自督办。', shufa),
      plain(2026, '坚持亲自部署、亲自过问、亲自督办、亲自协调。', shufa),
      plain(2026, '坚持亲自部署、亲自研究、亲自协调、亲自督办。', shufa),
      plain(2026, '对重点环节亲自过问、重大问题亲自协调。', shufa),
    ],
    silent: [
      plain(2026, '对法治建设重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办。', shufa),
      plain(2026, '坚持亲自部署、亲自过问、亲自协调、亲自督办。', shufa),
      plain(2026, '认真落实“四个亲自”要求，全年主持专题会议4次。', shufa),
      plain(2026, '主要负责人亲自出庭应诉行政诉讼案件2件。', shufa),
      plain(2026, '本人亲自审定重大行政决策事项3项。', shufa),
      plain(2026, '亲自带队开展执法检查，亲自讲授法治课。', shufa),
      plain(2026, '对信访积案亲自过问、亲自督办。', shufa),
    ],
  },
}, wrap);

kindProbes('round 20 (blanks and notes to the drafter)', {
  placeholder: {
    found: [
      plain(2026, '计划于2027年××月××日前完成整改销号。', self),
      plain(2026, '于XX月XX日召开政府常务会议专题学法。'),
      plain(2026, '力争X月中旬前完成执法证件换发。', self),
      plain(2026, '全年办理行政复议案件X起，纠错X起。'),
      plain(2026, '全年培训执法人员×名。'),
      plain(2026, '罚没款XX万元已全部上缴。'),
      plain(2026, '全年减免罚款〇〇万元。'),
      plain(2026, '全年审查合同____份。'),
      plain(2026, '由×××同志牵头负责专项整治。'),
      plain(2026, 'XXX局牵头开展执法检查。'),
      plain(2026, '某某县全面完成行政执法“三项制度”评估。'),
      plain(2026, '依据国办发〔20XX〕X号文件开展清理。'),
      plain(2026, '印发《关于××的实施方案》。'),
      plain(2026, '行政复议纠错率为××%。'),
      plain(2026, '全年办理案件〔 〕件。'),
      plain(2026, '全年受理申请［ ］件。'),
      plain(2026, '全年接待群众来访XX人次。'),
      // Only ellipsis inside the quotation marks: the quoted words were never written (round 17 ruling).
      plain(2026, '坚持“……”的要求，落实各项任务。'),
    ],
    silent: [
      plain(2026, '推行7×24小时不打烊自助服务。'),
      plain(2026, '制作3米×2米法治宣传牌16块。'),
      plain(2026, '依法对李某某作出行政拘留5日的决定。'),
      plain(2026, '某公司未按规定公示年度报告，依法责令改正。', self),
      plain(2026, '在某种程度上，基层执法力量仍显不足。'),
      plain(2026, '二〇二六年，全县新建法治文化阵地12个。'),
      plain(2026, '配备X射线安检设备3台。'),
      plain(2026, '某村成功调解一起土地承包纠纷。'),
      plain(2026, '对王某某等3人涉嫌非法采砂行为立案查处。'),
      plain(2026, '于2026年9月底前完成规范性文件清理。'),
    ],
  },
  'outline-prompt': {
    found: [
      plain(2026, '〔要写：本单位全年推进严格规范公正文明执法的主要举措、取得的成效以及在行政执法“三项制度”落实方面的典型做法和具体数据〕'),
      plain(2026, '可用事实：全年办理行政复议案件46件，纠错率8.7%。'),
      plain(2026, '要写:本人全年学法次数和旁听庭审情况。', shufa),
      plain(2026, '【要写】全年审查规范性文件的件数和备案情况。'),
      plain(2026, '【可用事实】全年出庭应诉率100%。'),
      plain(2026, '［要写：行政机关负责人出庭应诉情况］'),
      plain(2026, '【要写：存在的不足和原因〕'),
      plain(2026, '（要写：下一年度推进法治政府建设的主要安排）'),
      plain(2026, '〔可用事实：全年培训执法人员860人次；要写：培训覆盖率〕'),
      plain(2026, '全年办理行政复议案件46件〔要写：纠错率〕。'),
      plain(2026, '【填写全年召开专题会议的次数和研究的主要议题】'),
      plain(2026, '〔提示：此处写本单位的特色做法〕'),
    ],
    silent: [
      plain(2026, '要写好述法报告，必须坚持实事求是。', shufa),
      plain(2026, '坚持用事实说话，做到数据准确。'),
      plain(2026, '要写实、写细、写准整改台账。', self),
      plain(2026, '按要求填写行政执法统计年报。'),
      plain(2026, '【典型案例】某镇司法所成功调解一起邻里纠纷。'),
      plain(2026, '依据某政发〔2026〕12号文件开展评估。'),
      plain(2026, '可用于执法办案的经费全部到位。'),
      plain(2026, '（以上数据截至2026年12月31日）'),
    ],
  },
}, wrap);

kindProbes('round 20 (quotation marks and half-width punctuation)', {
  'quotation-marks': {
    found: [
      plain(2026, '落实‘谁执法谁普法’普法责任制。'),
      plain(2026, '抓住领导干部这个‘关键少数’。', shufa),
      plain(2026, '开展"法律明白人"培养工程。'),
      plain(2026, "推行'首违不罚'清单。"),
      plain(2026, '落实“谁执法谁普法”普法责任制，开展"宪法宣传周"活动。'),
      plain(2026, '推进政务服务“一网通办’。'),
    ],
    silent: [
      plain(2026, '开展“‘八五’普法成果展”活动。'),
      plain(2026, '更换21.5"显示器12台。'),
      plain(2026, '落实“谁执法谁普法”普法责任制。'),
      plain(2026, '深化“放管服”改革，推行“高效办成一件事”。'),
      plain(2026, '转载People\'s Daily英文报道2篇。'),
    ],
  },
  'half-width-punctuation': {
    found: [
      plain(2026, '坚持依法决策,规范行政执法。'),
      plain(2026, '落实“谁执法谁普法”,开展普法活动36场。'),
      plain(2026, '全年办理行政复议案件46件;纠错4件。'),
      plain(2026, '存在问题:执法力量不足。', self),
      plain(2026, '全年开展普法活动120场!'),
      plain(2026, '聘请法律顾问(含公职律师)12名。'),
      plain(2026, '全年审查合同126份.'),
    ],
    silent: [
      plain(2026, '每周一9:30召开局务会。'),
      plain(2026, '罚没款3.6万元。'),
      plain(2026, '政务公开网址为http://www.example.gov.cn/zwgk/。'),
      plain(2026, '依据GB/T 9704-2012排版。'),
      plain(2026, '咨询邮箱fzb@example.gov.cn。'),
      plain(2026, '按1:1比例配套资金。'),
      plain(2026, '依据某政办发〔2026〕3号文件。'),
    ],
  },
}, wrap);

// A second batch, written after the first passed: two-item formulations from the reference, a blank alone in
// brackets, symbol runs, a full-width bracket closed half-width, a quotation with one mark typed twice.
kindProbes('round 20 (second batch)', {
  'series-order': {
    found: [
      plain(2026, '坚持以上率下、以身作则，带头尊法学法守法用法。', shufa), // B5
      plain(2026, '坚持依宪执政、依宪治国。'), // C1
      plain(2026, '统筹推进涉外法治和国内法治。'), // C1
      plain(2026, '推进国家治理能力和治理体系现代化。'), // C1
      plain(2026, '自觉运用法治方式和法治思维化解矛盾。', shufa), // B8
      plain(2026, '坚持以不公开为例外、公开为常态。'), // H1、H2
      plain(2026, '推动形成违法可耻、守法光荣的社会氛围。'), // A10
      plain(2026, '司法人员应当全面、如实记录，做到有据可查、全程留痕。'), // G2
      plain(2026, '为全面推进民族复兴、强国建设伟业提供有力法治保障。'), // currency-2026.md 2.1
    ],
    silent: [
      plain(2026, '坚持以身作则、以上率下，带头尊法学法守法用法。', shufa),
      plain(2026, '发挥领导干部以上率下作用。', shufa),
      plain(2026, '坚持依宪治国、依宪执政。'),
      plain(2026, '统筹推进国内法治和涉外法治，加强涉外法治人才培养。'),
      plain(2026, '推进国家治理体系和治理能力现代化。'),
      plain(2026, '完善乡村治理体系，提升基层治理能力。'),
      plain(2026, '以法治方式化解矛盾纠纷，增强法治思维。', shufa),
      plain(2026, '坚持以公开为常态、不公开为例外。'),
      plain(2026, '推动形成守法光荣、违法可耻的社会氛围。'),
      plain(2026, '做到执法全过程有据可查。'),
      plain(2026, '为实现中华民族伟大复兴提供法治保障。'),
      plain(2026, '以中国式现代化全面推进强国建设、民族复兴伟业。'),
    ],
  },
  placeholder: {
    found: [
      plain(2026, '全年受理行政复议申请（X）件。'),
      plain(2026, '全年办理案件※※件。'),
      plain(2026, '全年培训【X】人次。'),
      plain(2026, '行政复议纠错率同比下降×.×个百分点。'),
    ],
    silent: [
      plain(2026, '※ 本表数据来源于县统计局。'),
      plain(2026, '采购X光机（X射线）2台。'),
    ],
  },
  'half-width-punctuation': {
    found: [
      plain(2026, '全年办理案件46件（同比增长12%)。'),
      plain(2026, '全年受理申请36件(含转办件）。'),
    ],
    silent: [
      plain(2026, '全年办理案件46件（同比增长12%）。'),
    ],
  },
  'outline-prompt': {
    found: [
      // A note broken over two lines: its bracket closes on the next line.
      plain(2026, '〔要写：本年度推进依法决策的主要举措，\n包括合法性审查和集体讨论决定的件数〕'),
      plain(2026, '【可用事实：全年审查规范性文件18件，\n备案率100%】'),
    ],
    silent: [
      plain(2026, '全年办理行政复议案件46件（其中纠错4件，\n维持42件）。'),
      plain(2026, '印发《关于加强行政执法监督的通知》（要求各单位写明整改时限，\n按期报送）。'),
    ],
  },
  'quotation-marks': {
    found: [
      plain(2026, '推行“首违不罚“清单制度。'),
      plain(2026, '推行”首违不罚”清单制度。'),
    ],
    silent: [
      plain(2026, '推行“首违不罚”清单制度，落实“谁执法谁普法”。'),
    ],
  },
}, wrap);

/** A short whole report with the headings given (each with a line of text under it) and a 落款. */
const withHeadings = (...headings: string[]) =>
  `某市司法局2026年度法治政府建设情况报告\n2026年，我局坚持依法行政，现将有关情况报告如下。\n${headings.map((h) => `${h}\n全年推进相关工作。`).join('\n')}\n某市司法局\n2027年2月20日`;
const heading = (...headings: string[]) => ({ text: withHeadings(...headings), year: 2026, type: annual });

kindProbes('round 20 (heading numbering at each level)', {
  'heading-numbering': {
    found: [
      heading('一、主要举措和成效', '二、存在的不足和原因', '三、第一责任人履职情况', '三、下一年度主要安排'),
      heading('一、主要举措和成效', '二、存在的不足和原因', '四、下一年度主要安排'),
      heading('一、主要举措和成效', '（一）组织领导', '（二）依法决策', '（四）规范执法', '二、存在的不足和原因'),
      heading('一、主要举措和成效', '（一）组织领导', '（一）依法决策', '二、存在的不足和原因'),
      heading('一、主要举措和成效', '（一）组织领导', '1.健全制度', '2.落实责任', '2.强化考核', '二、存在的不足和原因'),
      heading('一、主要举措和成效', '（一）组织领导', '1.健全制度', '3.强化考核', '二、存在的不足和原因'),
      heading('一、主要举措和成效', '（一）组织领导', '1.健全制度', '（1）制定清单', '（3）落实清单', '二、存在的不足和原因'),
      heading('一、主要举措和成效', '（一）组织领导', '1.健全制度', '（1）制定清单', '（1）落实清单', '二、存在的不足和原因'),
      heading('一、主要举措和成效', '二、存在的不足和原因', '（二）执法力量不足', '三、下一年度主要安排'),
    ],
    silent: [
      heading('一、主要举措和成效', '（一）组织领导', '（二）依法决策', '二、存在的不足和原因', '（一）执法力量不足', '（二）监督不够有力', '三、下一年度主要安排'),
      heading('一、主要举措和成效', '（一）组织领导', '1.健全制度', '2.落实责任', '（二）依法决策', '1.合法性审查', '2.集体讨论', '二、存在的不足和原因'),
      heading('一、主要举措和成效', '（一）组织领导', '1.健全制度', '（1）制定清单', '（2）落实清单', '2.落实责任', '（1）签订责任书', '二、存在的不足和原因'),
      heading('一、主要举措和成效', '主要做法：1.健全制度；2.落实责任；3.强化考核。', '二、存在的不足和原因'),
      heading('一、主要举措和成效', '第一，加强组织领导。第二，推进依法决策。', '二、存在的不足和原因'),
      heading('一、主要举措和成效', '一是加强组织领导，二是推进依法决策。', '二、存在的不足和原因', '三、下一年度主要安排'),
    ],
  },
});

describe('round 20: one finding per draft for the marks reported once', () => {
  const count = (kind: string, line: string) => ofKind(kind, wrap(plain(2026, line)), 2026, annual).length;
  it('several half-width marks in one draft are one finding', () => {
    expect(count('half-width-punctuation', '坚持依法决策,规范行政执法;全年办理案件46件,纠错4件.')).toBe(1);
  });
  it('several ASCII quotation marks in one draft are one finding', () => {
    expect(count('quotation-marks', '开展"法律进乡村"活动，落实"谁执法谁普法"责任制，推行"首违不罚"。')).toBe(1);
  });
});

describe('round 20: one mistake, one finding', () => {
  const kinds = (line: string) => ofKind('quotation-marks', wrap(plain(2026, line)), 2026, annual);
  it('a quotation whose closing mark is typed as an opening one is one finding over the quotation', () => {
    expect(kinds('推行“首违不罚“清单制度。')).toEqual([['“首违不罚“', 'error']]);
    expect(kinds('推行”首违不罚”清单制度。')).toEqual([['”首违不罚”', 'error']]);
  });
  it('a full-width bracket closed half-width is one half-width mark, not also an unpaired bracket', () => {
    const text = wrap(plain(2026, '全年办理案件46件（同比增长12%)。'));
    expect(ofKind('half-width-punctuation', text, 2026, annual).length).toBe(1);
    expect(ofKind('half-width-punctuation', text, 2026, annual)[0]![0]).toContain(')');
  });
  it('a 落款 date left blank in the year, the month and the day is one blank date', () => {
    for (const date of ['20XX年XX月XX日', '××××年××月××日']) {
      const text = `某市人民政府2026年度法治政府建设情况报告\n2026年，我们坚持依法行政，现将有关情况报告如下。\n一、主要工作\n全年审查规范性文件18件。\n某市人民政府\n${date}`;
      expect(ofKind('placeholder', text, 2026, annual).length).toBe(1);
    }
  });
  it('a blank decimal is one blank figure', () => {
    expect(ofKind('placeholder', wrap(plain(2026, '行政复议纠错率同比增长X.X个百分点。')), 2026, annual).length).toBe(1);
  });
});

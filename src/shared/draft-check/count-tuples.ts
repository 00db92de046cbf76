/**
 * The tuple reader of counts: every count in a draft is read once into who did what to which thing, in what unit, in
 * which part of the year and where in the report (doer, act, thing, unit, number, scope, place), and two counts are
 * compared by a weighted likeness of those parts instead of by one written shape. The word-for-word readers each know
 * one shape (the noun before the number, a shared ending, a restated sentence); fresh writers restate a figure in a
 * shape none of them has seen (清理行政规范性文件42件 … 共清理文件47件; 工作室共计186个 … 对全县168个村（社区）…工作室;
 * 主要负责人出庭应诉9件 … 县长出庭应诉11件). Here a shape only decides where the thing is read from; whether two counts
 * are one figure is decided by the same score for every shape, with vetoes for what makes them two figures: one is a part
 * of the other (其中, 分别, sibling numbered items), another period or year, another doer, another kind of case, another
 * stage of the work, a change or a rate, a multiplier (每村). The reference says nothing on figures agreeing inside
 * one report, so the finding is a 提示 only (consistency-summary-total).
 */
import { bodyEnd, type Ctx, type Mark } from './context.ts';
import { figures } from './checks/figures.ts';
import { pairMark } from './pair-mark.ts';
import { startBefore } from './sentence.ts';
import { leavesOut, sameDigits, NARROWED, OCCASION, ownYearSince, STOCK } from './measures.ts';
import { listDisagrees } from './list-count.ts';
import { joinsMore } from './measure-ledger.ts';
import { SOME_KIND } from './same-measure.ts';
import { transposedFigures } from './transposed-figures.ts';
import { onUnmarkedPlaces } from './unmarked-places.ts';
import { LEADER_ONLY } from './leader-count.ts';

/** Counting verbs, longer first: the words after the last one (or after the number) are the counted thing. */
export const ACTS = ['不予受理', '出庭应诉', '调解成功', '合法性审核', '合法性审查', '公平竞争审查', '立案查处', '开展', '组织', '举办', '办理', '受理', '办结', '审结', '查处',
  '查办', '立案', '调解', '调处', '化解', '聘请', '聘任', '配备', '推行', '实行', '实施', '作出', '做出', '审议', '审查', '审核', '研究', '召开',
  '收到', '新收', '接收', '收集', '新建', '取消', '下放', '清理', '制定', '出台', '印发', '报备', '备案', '评查', '抽查', '检查', '培训', '举行', '设立', '建立', '建成', '公开',
  '答复', '下达', '发放', '拆除', '接待', '提供', '解答', '纠正', '撤销', '维持', '确认', '列入', '纳入', '培养', '选聘', '培育', '审签', '签订', '废止', '修改', '发布'];
const ACT = new RegExp(ACTS.join('|'), 'gu');

/** Acts that are one act in other words (作出 and 做出 a decision; 查处 and 立案查处 a case). */
const SAME_ACT: string[][] = [['作出', '做出', '下达', '列入', '纳入'], ['查处', '查办', '立案查处'], ['开展', '组织', '举办', '举行'], ['审核', '审查', '合法性审核', '合法性审查'],
  ['聘请', '聘任', '配备', '选聘'], ['培养', '培育'], ['调解', '调处'], ['推行', '实行', '实施'], ['设立', '建立', '建成', '新建'],
  // 报备 is 报送备案 said short (round 55, v56c-number-mismatch-11): unread, it left 报备规范性文件 without an act, alike to
  // 清理规范性文件 by its thing alone.
  ['备案', '报备']];
const actGroup = (a: string): string => SAME_ACT.find((g) => g.includes(a))?.[0] ?? a;
/** 办理 names the year's caseload without a stage: writers give it for the cases taken in (受理, 新收), never for the
 * cases closed, so it is the intake written loosely and no other stage. */
const INTAKE = new Set(['受理', '新收']);
const handledAsIntake = (a: string, b: string): boolean => (a === '办理' && INTAKE.has(b)) || (b === '办理' && INTAKE.has(a));
/** Acts naming one stage of a case's course: two different ones count two different sets (受理45件, 办结41件). */
const STAGE = new Set(['不予受理', '受理', '办结', '审结', '立案', '结案', '调解成功', '化解', '收到', '新收', '接收', '答复', '清理', '印发', '备案', '报备', '出台', '取消',
  '下放', '废止', '修改', '纠正', '撤销', '维持', '确认', '审核', '查处', '办理']);

/** Words before the number in its sentence that make it a part, another period, a change, a rate base or a plan. */
export const NOT_THE_WHOLE = /上述|以上两|其中|分别|(?<!调解)成功|新增|同比|环比|较上年|比上年|上年|去年|上半年|下半年|季度|\d+月|[一二三四五六七八九十]+月|月份|平均|人均|每|(?<!侵)占(?!道|用|地|压)|累计|(?<!今年|本年|本年度|年初)以来|至今|历年|近[两二三四五几]年|[两二三四五几]年来|以上|以下|增加|减少|增长|下降|提高|计划|力争|确保|目标|明年|下一步|预计|争取|剩余|其余|(?<!及)其他|尚未|另有|包括|含|超过|不少于/u;
/** Time, scope and total words: they say when or how much, not what was counted. */
const FRAME = /共有|现有|拥有|今年以来|今年|全年|本年度|本年|年内|一年来|\d{4}年度?|共计|(?<!公)共(?!同|建|享|治|识|产)|累计|合计|总计|先后|积极|深入|广泛|扎实|持续|主动|集中|依法|带头|亲自|全部|均|已|达到|达|(?<![行作认成])为|等|各类|各项|各种|有关|相关|只有|仅有|仅|全[镇乡县区市局委院所]|[我本][镇乡县区市局委院办所]|本单位|全系统/gu;
/** Who did it: the chief (本人, 主要负责人, 县长…), the heads of all organs, the organ reporting, or a unit of its own. */
const CHIEF = /本人|主要负责人|党政主要负责人|[县区市镇乡]长|局长|书记|主任|院长|厅长/u;
const HEADS = /(?:行政机关)?负责人|领导干部/u;
const ORGAN = /[县区市镇乡]政府|[县区市镇乡]委|党委|党组|党工委|我局|本局|本机关|县|区|市/u;
const OWN_UNIT = /(?<![我本])[\u3400-\u9fff]{1,8}(?:所|(?<![带领])队|科|站|中心|法庭|支部|部门|办公室|委员会|调委会|法院|检察院|局|乡镇|街道)|(?<![我本全])[\u3400-\u9fff]{2,6}[镇乡](?![村镇])|本级/u;
/** Kinds of work that are never one another: a count of one is never a count of the other. */
const KINDS = ['复议', '诉讼', '处罚', '许可', '强制', '信访', '仲裁', '刑事', '民事', '援助', '公证', '调解', '信息公开', '征收', '简易', '普通', '涉企', '联合', '专项',
  '线上', '线下', '网上', '现场', '重大', '一般', '规范性文件', '合同', '决策', '执法', '普法', '培训', '检查', '评查', '纠纷', '案卷', '律师', '顾问', '明白人', '工作室'];
/** Things any event or meeting is: by themselves they do not say which. */
const GENERAL = /^(?:会议|活动|工作|检查|培训|学习|任务|问题|事项|议题|案件|人员|人|次|场)$/u;
/** A meeting or event of four characters or fewer (专题会议, 普法活动): the topic it served is named elsewhere in the sentence. */
const ANY_OCCASION = /^[\u3400-\u9fff]{0,2}(?:会议|活动|工作|检查|培训|学习|任务)$/u;
/** Kinds listed as examples before the thing (采购、租赁等合同, 宪法、民法典等法律). */
const EXAMPLES = /、[^、，,；;]*等/u;
/** Words right before an act that make it another act (主动公开, 依申请公开, 不予受理); 参与调解 and 协助办理 are a share
 * in another's act, not the doer's own count of it. */
const ACT_KIND = /(?:主动|依申请|联合|集中|参与|协助|配合)$/u;

export interface CountTuple {
  start: number;
  end: number;
  value: number;
  unit: string;
  doer: string;
  act: string;
  /** The act with the acts written right before it (制定出台 for 出台): either names the count's act. */
  actRun: string;
  thing: string;
  /** '' for the whole year's count, 部分 for a part named as such, × for another period, a change, a plan …: never compared. */
  scope: string;
  opening: boolean;
  /** The start of the level-1 heading above, and whether the count stands on a numbered item line. */
  section: number;
  item: boolean;
  sentenceStart: number;
  /** The sentence before the number. */
  sentence: string;
  /** For a part, the thing of the whole it is a part of (行政复议案件 for 其中涉企案件31件). */
  partOf: string;
  /** The scope the words name (县 for 全县, 局 for 我局), or '': 全县 and 我局 are two counts. */
  reach: string;
  /** Whether the clause calls the count the year's total (全年, 共计 …): an event of a named kind of work (普法活动) so
   * counted twice is every one of them both times; a bare 专题会议 still needs its topic. */
  whole: boolean;
  /** On an item line, the words before the act (县直部门, 乡镇): who or where the line's share of the work was done. */
  lead: string;
  /** Whether the thing is named by examples (审查采购、租赁等合同4份) in a count that does not call itself the year's whole. */
  byExamples: boolean;
}

/** A field or campaign of the work named in the count's own clause (专项检查, 试点, 交通运输领域). */
const FIELD = new RegExp(NARROWED.source.replace(/\|?(?:其中|部分|重点)/gu, ''), 'u');
/** Units a figure may carry, for taking figures out of a whole's words. */
const UNITS = '人次|件次|家次|户次|[件项个名次场起份条卷家户人期篇类]';
function sameWhole(a: string, b: string): boolean {
  if (a === b) return true;
  const ka = kindsOf(a).join();
  return ka === kindsOf(b).join() && (leavesOut(a, b) || leavesOut(b, a));
}

/** Doers that are the organ reporting, which a count may also leave unnamed. */
const ORGAN_DOERS = new Set(['政府', '党委', '党组', '党工委']);
const UNIT_FAMILY: Record<string, string> = { 名: '人', 人: '人', 起: '件', 件: '件' };
export const unitOf = (u: string): string => UNIT_FAMILY[u] ?? u;
/** A figure's counting unit without its qualifier (件·次 → 件), in its family (名 → 人): counts in one unit family can be summed. */
export const figureUnit = (f: { unit: string }): string => unitOf(f.unit.split('·')[0]!);
/** A restated count's unit without qualifier, 人 read as 名; unlike figureUnit it keeps 起 and 件 apart. */
/** A counting unit without its qualifier (件·次 → 件), keeping 人 and 名 apart: for readers that read them as other counts. */
export const bareUnit = (unit: string): string => unit.split('·')[0]!;
export const restatedUnit = (unit: string): string => unit.split('·')[0]!.replace(/^人$/u, '名');
/** A year written in digits (2026年, 2026年度): a date, not a figure of the count. */
export const YEAR = /(?:19|20)\d{2}年度?/gu;
const ITEM = /^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、])/u;

/** The counts of a draft's body as tuples, read once per draft. */
const readTuples = new WeakMap<Ctx, CountTuple[]>();
export function countTuples(ctx: Ctx): CountTuple[] {
  let all = readTuples.get(ctx);
  if (!all) readTuples.set(ctx, (all = figures(ctx, 0, bodyEnd(ctx)).map((f) => tupleOf(ctx, f)).filter((t): t is CountTuple => !!t)));
  return all;
}

type Figure = ReturnType<typeof figures>[number];

function tupleOf(ctx: Ctx, f: Figure): CountTuple | null {
  if (f.approx || /元$/.test(f.unit.split('·')[0]!)) return null;
  const text = ctx.text;
  const sentenceStart = startBefore(text, f.start, /[。；;！？!?\n]/);
  const sentence = text.slice(sentenceStart, f.start);
  const clauseRaw = sentence.slice(Math.max(...[...'，,；;：:、'].map((c) => sentence.lastIndexOf(c))) + 1);
  const clause = clauseRaw.replace(/[（(][^（()）]*[）)]/gu, '');
  const unit = f.unit.split('·')[0]!;
  // The words after the number up to the clause's end, brackets dropped: 168个村（社区）公共法律服务工作室开展….
  const afterRaw = /^[^，,。；;：:、\n]*/u.exec(text.slice(f.end, f.end + 40))![0].replace(/[（(][^（()）]*[）)]/gu, '');
  // 全镇3个村（社区）聘请…5名: a number before the count in its clause names the part of the whole it counts; a year
  // (2026年共开展…) only dates it.
  const scope = /\d/u.test(clauseRaw.replace(YEAR, '')) ? '×' : scopeOf(ctx, sentence, afterRaw);
  let act = '';
  let doer = '';
  let thing = '';
  const acts = [...clause.matchAll(ACT)];
  let last: RegExpExecArray | RegExpMatchArray | undefined = acts.at(-1);
  // 审核重大行政决策9项、行政规范性文件23件: an item of a list after 、 counts under the list's act.
  const listAct = !last && /、[^、，,；;]*$/u.test(sentence) ? [...sentence.slice(0, sentence.length - clauseRaw.length).matchAll(ACT)].at(-1) : undefined;
  // 先后5次专题研究法治建设工作: times counted before the act; the act and what it was about follow the number.
  const timesFirst = unit === '次' && !last ? new RegExp(`^(?:专题|专门|集中)?(${ACTS.join('|')})`, 'u').exec(afterRaw) : null;
  const actAt = last?.index ?? 0;
  const beforeAct = last ? clause.slice(0, actAt) : clause;
  const afterAct = last ? clause.slice(actAt + last[0].length) : clause;
  // 合同协议及其他涉法事项, 规范性文件、重大行政决策等涉法事项: what is counted is the head noun after 等 or 及其他.
  // 区政府将8项重大行政决策事项纳入目录管理: after 将 or 把 the thing follows the number and the act follows the thing.
  const ba = !last && /[将把]$/u.test(clause);
  const thingBefore = ba || ownPlace(ctx, afterAct) ? '' : afterAct.replace(/^.*(?:(?<![平均高初中优相对])等(?!级|次)|及其他)(?=[\u3400-\u9fff]{2})/u, '').replace(FRAME, '').replace(/的$/u, '');
  // The thing after the number (的27件案件, 对全县168个村…工作室开展, 在抽查的301卷行政案卷中): the clause before it holds no noun.
  // The noun may carry a quoted name (1420名“法律明白人”) and ends where its own act or a total word begins (30项重大事项提交…审议).
  const nounAfter = new RegExp(`^((?:[“”‘’]|[\\u3400-\\u9fff]){2,16}?)(?=中|已|均|全部|都|共计|共有|累计|合计|(?<!公)共(?=[\\u3400-\\u9fff]{2})(?!同|建|享|治|识|产)|基础上|提交|开展|进行|实现|完成|建立|配备|落实|${ACTS.join('|')}|$)`, 'u').exec(afterRaw)?.[1] ?? '';
  // 县政府新增上线…事项18项: with no act in the clause, the organ reporting opens it and is the doer, not the thing.
  // 列入目录的9项重大行政决策事项: words after the act ending in 的 only qualify the noun after the number.
  const qualifiesAfter = !!last && /的$/u.test(afterAct) && nounAfter.replace(FRAME, '').length >= 4;
  if (timesFirst) thing = afterRaw.slice(timesFirst[0].length).replace(FRAME, '');
  // 主要负责人15次主持召开…会议, 班子成员7次领学: only the leader stands before the number; what they did follows it.
  else if (!last && LEADER_ONLY.test(clause.trim())) thing = afterRaw.replace(FRAME, '');
  else if (thingBefore.length >= 2 && !qualifiesAfter) thing = last ? thingBefore : thingBefore.replace(/^[县区市镇乡]?(?:人民)?政府/u, '');
  // 报备行政规范性文件备案19件: the act closes the clause, and the thing stands before it, after the organs.
  else if (last && !afterAct && (!doerOf(beforeAct) || ORGAN_DOERS.has(doerOf(beforeAct)))) {
    const named = beforeAct.replace(/^.*(?:政府|部门|机关|[局委办])/u, '').replace(FRAME, '');
    if (named.length >= 4) thing = named;
    // 组织6次执法专项监督: nothing named before the act, the thing follows the number (round 56, v57a-clean-30,
    // v57a-outline-prompt-02: read bare, 组织 alone was taken for any earlier 组织…学法).
    // Times only (次, 场): 组织24名班子成员…旁听 sends people, whose act follows them.
    else if (!named && /^(?:次|场|期|轮)$/u.test(unit) && nounAfter && /^[\u3400-\u9fff“]/u.test(afterRaw)) thing = nounAfter.replace(FRAME, '');
  }
  else if (nounAfter && !/^(?:的|中)/u.test(afterRaw)) {
    // 32个行政执法主体完成公示 names some of them; 全县64个…全部 or 对全县168个… names them all, and so does the year's
    // count named as the set a remark picks from (全年52件一审行政诉讼案件中，…).
    const yearsSet = /全年|本年度?|今年/u.test(clause) && afterRaw.slice(nounAfter.length).startsWith('中');
    if (!ba && !yearsSet && !/[的了]$/u.test(clause) && !/全[县市区镇乡]|全部|所有|各|共计|合计|总计|共/u.test(clause + afterRaw)) return null;
    thing = nounAfter.replace(FRAME, '');
  }
  // 30项重大事项提交主任办公会审议: with no act before the number, the act after the noun is the count's own, unless the
  // clause goes on to count something else (31个行政执法单位共办理…2860件: the units are those who act, not what is done)
  // or the act has its own object (168个村（社区）全部建成公共法律服务工作室: the villages are where, not what was built).
  const tail = afterRaw.slice(nounAfter.length);
  const closing = [...tail.matchAll(ACT)].at(-1);
  const actAfter = ba ? [...tail.matchAll(ACT)][0] : !last && !listAct && thing === nounAfter.replace(FRAME, '') && !/\d/u.test(afterRaw) && closing && closing.index + closing[0].length === tail.length ? closing : undefined;
  act = last?.[0] ?? listAct?.[0] ?? timesFirst?.[1] ?? actAfter?.[0] ?? '';
  let actRun = act;
  for (let k = acts.length - 1; last && k > 0 && acts[k - 1]!.index! + acts[k - 1]![0].length === acts[k]!.index; k--) actRun = acts[k - 1]![0] + actRun;
  const qualifier = last ? ACT_KIND.exec(clause.slice(0, actAt))?.[0] : undefined;
  if (qualifier) act = qualifier + act;
  // 为8个社区各聘请1名法律顾问，共8名: a clause of nothing but a total word totals what the clause before it counted,
  // so it takes that clause's act and thing (the figures there dropped).
  if (!thing && !act && /共|合计|总计/u.test(clauseRaw) && !clause.replace(FRAME, '').trim()) {
    const clauses = sentence.slice(0, sentence.length - clauseRaw.length).split(/[，,]/u).filter((c) => c.trim());
    const its = [...(clauses.at(-1) ?? '').matchAll(ACT)].at(-1);
    // 上半年开展专项执法检查4次，下半年开展6次，全年共10次: the clause before names the act only; the thing is the one an
    // earlier clause of the sentence gave that act (round 59, v61c-system-name-10, v61c-clean-55: read bare, 开展 alone was
    // taken for any other 开展…).
    const named = (c: string) => {
      const a = [...c.matchAll(ACT)].at(-1);
      return a && a[0] === its?.[0] ? c.slice(a.index + a[0].length).replace(new RegExp(`\\d+(?:\\.\\d+)?(?:${UNITS})`, 'gu'), '').replace(FRAME, '') : '';
    };
    if (its) {
      act = actRun = its[0];
      thing = [...clauses].reverse().map(named).find((t) => t) ?? '';
      // The clause before gives a count after its act and nothing else (下半年开展6次), and no clause names the thing:
      // what is totalled is unknown, so the count is not read.
      const last = clauses.at(-1)!;
      if (!thing && new RegExp(`^\\d+(?:\\.\\d+)?(?:${UNITS})$`, 'u').test(last.slice(its.index! + its[0].length).trim())) return null;
    }
  }
  // 行政诉讼案件：受理56件: the topic before the colon is what the line counts.
  if (!thing) thing = (/([\u3400-\u9fff]{2,12})：[^：]*$/u.exec(sentence)?.[1] ?? '').replace(FRAME, '');
  // 在委员会会议上研究…: a place where the act was done, not who did it.
  doer = doerOf(beforeAct.replace(/^对.*/u, '').replace(/在[^，,在]*?(?:上|中|期间)/u, ''));
  // 全市行政机关负责人出庭应诉率达到100%，共出庭应诉214件: the doer named once for the whole sentence.
  if (!doer && last && clauseRaw !== sentence) {
    for (const c of sentence.slice(0, sentence.length - clauseRaw.length).split(/[，,]/u)) {
      const at = c.search(/率|出庭|开展|办理|受理|审核|作出|查处/u);
      if ((doer = doerOf(at < 0 ? '' : c.slice(0, at)))) break;
    }
  }
  // 鹤鸣市司法局…的报告: the organ the title names is the organ reporting, which its counts may also leave unnamed
  // (县司法局共办理… … 全年受理…). Not in a 述法 report, where an unnamed count is the chief's and the organ's is not.
  if (doer && doer.length >= 3 && !isShufa(ctx) && titleOf(ctx).includes(doer)) doer = '';
  // A 述法 report is the chief's own account: a count with no doer named is the writer's (本人出庭应诉2次 … 出庭应诉3次).
  if (!doer && isShufa(ctx)) doer = '主要负责人';
  // 事项 is dropped (决策事项 … 决策) but kept after a word that only qualifies it (重大事项, 涉法事项): that word names nothing.
  // 列入目录的重大行政决策事项: after the act, the words before 的 only say where the act put the thing, unless they name a
  // kind (适用简易程序的行政处罚案件 is a part). Before any act they may pick some out (听证的重大行政决策事项), and stay;
  // but a government is the defendant or respondent of all its own cases (作为被告的行政诉讼案件 are its cases).
  const modifier = /^(.*)的(?=[\u3400-\u9fff“]{4})/u.exec(thing);
  if (modifier && last && !kindsOf(modifier[1]!).length && !/[“”]/u.test(modifier[1]!)) thing = thing.slice(modifier[0].length);
  thing = thing.replace(/^作为?(?:被告|被申请人)的/u, '');
  // 组织领导班子集体学法11次 … 全年集体学法10次: a 班子's study is what 集体学法 means, so naming the 班子 adds nothing.
  thing = thing.replace(/^(?:领导|党委|党组)?班子(?:成员)?(?=(?:集体|集中)?学法)/u, '');
  thing = thing.replace(/^(?:对|在|的|其中)/u, '').replace(/(?<=..)(?<!^(?:重大|一般|涉法|主要|重点|相关|有关))事项$/u, '');
  const line = text.slice(text.lastIndexOf('\n', f.start - 1) + 1, f.start);
  let section = -1;
  for (const h of ctx.layout.headings) if (h.level === 1 && h.start <= f.start) section = h.start;
  const reach = /[全我本]([镇乡县区市局委院办所])/u.exec(sentence)?.[1] ?? '';
  const whole = /全年|本年度?|共计|合计|总计|(?<!公)共(?!同|建|享|治|识|产)/u.test(clauseRaw);
  // The whole a part belongs to: the sentence's words before 其中 or …中，, without figures and frame words.
  // The year and the item number only place the whole (2026年，我局共办理… and （一）全年办理… name one whole).
  const partOf = scope === '部分' ? (/^(.*?)(?:[，,]?其中|中[，,])/u.exec(sentence.replace(ITEM, '').replace(YEAR, ''))?.[1] ?? '').replace(new RegExp(`\\d+(?:\\.\\d+)?(?:${UNITS})`, 'gu'), '').replace(/[^\u3400-\u9fff]/gu, '').replace(FRAME, '').replace(ACT, '') : '';
  // 采购、租赁等合同: kinds given as examples may be those kinds only; 各类 or a year's total (全年, 共) claims them all.
  // The list's 、 splits the clause as read above, so the examples are read in the words since the last comma.
  const sinceComma = /[^，,；;：:]*$/u.exec(sentence)![0];
  const byExamples = EXAMPLES.test(sinceComma) && !/各类|各项|全部|所有/u.test(sinceComma) && !/全年|本年度?|共计|合计|总计|(?<!公)共(?!同|建|享|治|识|产)/u.test(sinceComma);
  return {
    start: f.start, end: f.end, value: f.value, unit, doer, act, actRun, thing, scope, reach, partOf, whole, byExamples,
    lead: last ? beforeAct.replace(FRAME, '') : '',
    opening: f.start >= ctx.layout.opening[0] && f.start < ctx.layout.opening[1],
    section, item: ITEM.test(line), sentenceStart, sentence,
  };
}

const titleOf = (ctx: Ctx): string => ctx.layout.lines[Math.max(0, ctx.layout.titleLine)]?.text ?? '';
/** 组织云渡市10名下属单位负责人: the place the title names, between the act and the number, says where, not what was counted. */
const ownPlace = (ctx: Ctx, words: string): boolean => /^[\u3400-\u9fff]{1,6}[省市县区镇乡]$/u.test(words) && titleOf(ctx).includes(words);
const isShufa = (ctx: Ctx): boolean => ctx.type === 'shufa-report' || /述法/u.test(titleOf(ctx));

function doerOf(words: string): string {
  // 本人主持召开县委常委会会议专题研究…: the chief chairs, the meeting does the work, as a count of the meeting's says.
  const chaired = /主持(?:召开)?(?=[\u3400-\u9fff]*会议)/u.exec(words);
  const w = (chaired ? words.slice(chaired.index + chaired[0].length) : words).replace(FRAME, '');
  if (CHIEF.test(w)) return '主要负责人';
  if (HEADS.test(w)) return '负责人';
  const own = OWN_UNIT.exec(w);
  if (own && !/^(?:组织|邀请|带领)/u.test(w)) return own[0].replace(/^(?:县|区|市|镇|乡)/u, '');
  // 全市各级行政复议机构, 各部门: every organ, not the one reporting.
  if (/各级|各部门|各单位|各乡镇|各地/u.test(w)) return '各级';
  // 镇人大主席团, 县政协: another body than the party committee or government reporting.
  const body = /人大|政协|主席团|常委会/u.exec(w);
  if (body) return body[0];
  const organ = /[县区市镇乡]?(政府|党委|党组|党工委)/u.exec(w);
  if (organ) return organ[1]!;
  return '';
}

/**
 * The sentence as read for scope: a cited title's period (对照《法治中国建设规划（2020—2025年）》部署) names the plan, not
 * the count's year, and the report's own year counted from its start (2026年以来 in a 2026 report) is the year itself.
 */
function scopeWords(ctx: Ctx, sentence: string): string {
  const titlesOut = sentence.replace(/《[^《》]*》/gu, '《》');
  return ownYearSince(titlesOut, ctx.year);
}

function scopeOf(ctx: Ctx, whole: string, after: string): string {
  const sentence = scopeWords(ctx, whole);
  // A part named as such (其中网上可办1720项 … 1850项事项中，网上可办1702项) is compared only with a part.
  if (/其中|[项件个]中[，,]/u.test(sentence) && !/其中|[项件个]中[，,]/u.test(sentence.replace(/其中|[项件个]中[，,]/u, '')) && !NOT_THE_WHOLE.test(sentence.replace(/其中/u, ''))) return '部分';
  // 截至年底现行有效文件64件, 现有执法人员312名: what is on hand at a date, compared only with another such count.
  if (STOCK.test(sentence)) return '存量';
  // 每村培养3名、乡直单位培养9名，共计42名: a clause opening with 共计 totals the parts before it, a whole again.
  const clause = /[^，,；;]*$/u.exec(sentence)![0];
  const totals = /^\s*(?:共计|合计|总计|共)/u.test(clause) && !NOT_THE_WHOLE.test(clause);
  // 新增上线集成服务事项18项: what the year added is the year's own figure, compared only with another count of what was added.
  if (!totals && /新增/u.test(clause) && !NOT_THE_WHOLE.test(sentence.replace(/新增/gu, ''))) return '新增';
  // …，把法治建设与中心工作同部署、同推进，全年集体学法4次: a clause calling its count the year's own is read by itself;
  // the framing clauses before it (确定的目标任务) say nothing of the count.
  const ownYear = /^\s*(?:全年|本年度?)/u.test(clause) && !NOT_THE_WHOLE.test(clause);
  if (!totals && !ownYear && NOT_THE_WHOLE.test(sentence)) return '×';
  if (/^(?:[，,]?\s*(?:占|其中))|^[（(](?:含|其中)/u.test(after)) return '×';
  // 围绕“宪法宣传周”, 在交通运输领域, 开展…专项整治: one occasion or field of the year's work, a part only sums may use.
  // 结合宪法宣传周、民法典宣传月等节点，全年组织…: the occasions say how, the clause's 全年 says the count is the year's.
  if ((OCCASION.test(sentence) && !/全年|本年度?/u.test(clause)) || /在[^，,]{1,12}(?:领域|行业|方面)/u.test(sentence) || FIELD.test(clause)) return '范围';
  // Another year named in the sentence: that year's count.
  for (const m of sentence.matchAll(/((?:19|20)\d{2})年/gu)) if (ctx.year && Number(m[1]) !== ctx.year) return '×';
  return '';
}

/** Characters of a in b, over the longer's length: 行政规范性文件 and 规范性文件 share five of seven. */
function overlap(a: string, b: string): number {
  const bs = [...b];
  let n = 0;
  for (const c of a) {
    const i = bs.indexOf(c);
    if (i >= 0) { n++; bs.splice(i, 1); }
  }
  return n / Math.max(a.length, b.length);
}

const kindsOf = (thing: string): string[] => KINDS.filter((k) => thing.includes(k));

/** How alike two things are (0 … 1); the later one naming a kind the earlier does not have is a part and scores 0. */
function thingLikeness(earlier: CountTuple, later: CountTuple): number {
  const a = earlier.thing;
  const b = later.thing;
  // Neither names a thing: an act as particular as 出庭应诉 or 合法性审核 is its own thing.
  if (!a && !b) return earlier.act === later.act && later.act.length >= 4 ? 0.8 : 0;
  // One names no thing under the same act: the thing is the other's when the act is particular (出庭应诉) or the doer named.
  // A general noun under the act (立案的27件案件) names no more than the bare act (立案21件).
  // A count named by its act alone counts what its sentence named (收到行政复议申请…，审结110件): not another kind.
  const [bare, named0] = a ? [later, earlier] : [earlier, later];
  // An act as particular as 出庭应诉 says the kind itself (行政诉讼).
  // The later count naming a kind its bare earlier one did not (本人出庭应诉3次 … 出庭应诉涉企行政诉讼案件2次) is a part.
  const implied = (k: string) => bare.act.length >= 4 && bare === later ? true : bare.act === '出庭应诉' && k === '诉讼';
  if (!a !== !b && kindsOf(named0.thing).some((k) => !bare.sentence.includes(k) && !implied(k))) return 0;
  // 共清理文件137件，保留100件、修改16件、废止21件: a later bare act in a sentence that counts the other's head noun
  // (文件137件) counts that noun too.
  const headInSentence = bare === later && named0.thing.length >= 4 && new RegExp(`${named0.thing.slice(-2)}\\d`, 'u').test(bare.sentence);
  if (!a || !b) return !!later.act && earlier.act === later.act && (later.act.length >= 4 || !!later.doer || GENERAL.test(a || b) || headInSentence) ? 0.8 : 0.5;
  // A quoted name or a title (“法律明白人”, 《民法典》) names its own thing: two names are two things.
  const named = (t: string) => /[“‘《]([^”’》]*)[”’》]/u.exec(t)?.[1] ?? '';
  // The name may be written once with its quotation marks and once without (“法律明白人” … 法律明白人).
  // The same long name written once with a quoted name inside (新增上线集成服务 … 新增上线“高效办成一件事”集成服务).
  const unnamed = (t: string) => t.replace(/[“‘《][^”’》]*[”’》]/gu, '');
  if (!named(a) !== !named(b) && unnamed(a) === unnamed(b) && unnamed(a).length >= 4 && !GENERAL.test(unnamed(a)) && !ANY_OCCASION.test(unnamed(a))) return 0.9;
  if (named(a) !== named(b) && !(named(a) && !named(b) && b.includes(named(a))) && !(named(b) && !named(a) && a.includes(named(b)))) return 0;
  // One quoted name in both (“宪法进万家”活动 … “宪法进万家”宣传活动): the name says which, the words around it only how.
  if (named(a) && named(a) === named(b) && !kindsOf(b).some((k) => !kindsOf(a).includes(k) && !named(a).includes(k))) return 0.9;
  if ((named(a) || named(b)) && a.replace(/[“”‘’]/gu, '') === b.replace(/[“”‘’]/gu, '')) return 1;
  // Two characters (纠纷, 文件) alike say little by themselves.
  if (a === b) return GENERAL.test(a) || a.length < 4 ? 0.5 : ANY_OCCASION.test(a) ? (earlier.whole && later.whole && kindsOf(a.slice(0, -2)).length ? 0.9 : 0.6) : 1;
  // 行政复议案件和行政诉讼案件 … 行政复议案件: the head noun named twice is two things joined, their sum.
  if (joinsMore(a, b) || joinsMore(b, a)) return 0;
  // 研究法治建设议题 … 研究法治建设工作: one topic with another general head word, under one act.
  const topic = (t: string) => t.replace(/(?:工作|议题|事项|问题)$/u, '');
  if (topic(a) === topic(b) && topic(a).length >= 4 && earlier.act && actGroup(earlier.act) === actGroup(later.act)) return 0.9;
  // A general word under one act (目录共列入事项7项) counts what its own sentence named (重大行政决策事项目录),
  // kinds and all.
  const namedBy = (general: CountTuple, other: string) => GENERAL.test(general.thing) && other.length >= 4 && general.sentence.includes(other);
  if ((namedBy(earlier, b) || namedBy(later, a)) && earlier.act && actGroup(earlier.act) === actGroup(later.act)) return 0.8;
  const ka = kindsOf(a);
  const kb = kindsOf(b);
  // 行政复议 and 行政诉讼, 线上 and 线下: two kinds; the later adding a kind (简易程序行政处罚案件 after 行政处罚案件) is a part.
  if (kb.some((k) => !ka.includes(k) && !ka.some((x) => x.includes(k)))) return 0;
  // The later naming more than the earlier (违法用地 … 违法用地整改到位): a part or a state of it.
  if (b.length > a.length) return 0;
  // The later naming the earlier's head without its words of place (城市管理行政处罚决定 … 行政处罚决定): the same thing.
  // Words ending in 的 before it (听证的重大行政决策) may pick some out: not this.
  if (a.endsWith(b) && b.length >= 4 && !GENERAL.test(b) && kindsOf(a).join() === kb.join() && !a.slice(0, -b.length).includes('的')) return 0.95;
  if (GENERAL.test(b)) return 0.4;
  // A short name kept in order out of the long one (文件 in 行政规范性文件, 决策 in 重大行政决策): the same thing abbreviated,
  // but only under one act (清理…文件, 作出…决策); without acts (完成审计整改 … 完成整改) the short one may be any of several.
  // A word naming a kind right before the short name (专题学法 … 学法, 专项执法检查 … 执法检查) makes the short one the
  // broader count; words of place further before it (村（社区）法律顾问服务点 … 服务点) only say where.
  if (leavesOut(a, b) && earlier.act && later.act && actGroup(earlier.act) === actGroup(later.act) && !SOME_KIND.test(kindBefore(a, b))) return 0.9;
  return overlap(a, b) * 0.7;
}

/** The two characters of long right before where short begins in it (专题学法, 学法 → 专题; 村法律顾问服务点, 服务点 → 顾问). */
const kindBefore = (long: string, short: string): string => long.slice(0, Math.max(0, long.indexOf(short[0]!))).slice(-2);

/** 立案查处 and 查处, 受理并审结 and 审结: one act written with another beside it; 不予受理 is not 受理. */
function oneAct(a: string, b: string): boolean {
  return !/^不/u.test(a) && !/^不/u.test(b) && (a.includes(b) || b.includes(a));
}

function actLikeness(a: CountTuple, b: CountTuple): number {
  if (a.act === b.act) return 1;
  if (!a.act || !b.act) return 0.5;
  if (actGroup(a.act) === actGroup(b.act) || handledAsIntake(a.act, b.act)) return 0.9;
  // 立案查处 and 查处, 受理并审结 and 审结: one act written with another beside it.
  if (oneAct(a.act, b.act)) return 0.9;
  // 制定出台政府规章 … 制定…政府规章: one count written once with two acts side by side names either.
  if (a.actRun.includes(b.act) || b.actRun.includes(a.act)) return 0.9;
  return 0.2;
}

/** A count led by 主持 with no meeting named (主持研究法治建设事项): the chief's own acts, not a body's meetings. */
const chairedAlone = (t: CountTuple): boolean => /主持/u.test(t.lead) && !/会议/u.test(t.lead + t.thing);
/** A count led by a meeting and no 主持 (县政府常务会议专题研究…): the meetings the body held. */
const meetingOnly = (t: CountTuple): boolean => /会议/u.test(t.lead) && !/主持/u.test(t.lead);

/** The weighted likeness of two tuples, or 0 when something says they are two different counts. */
export function likeness(a: CountTuple, b: CountTuple, asParts = false): number {
  // A count of one field or campaign (专项检查中…120家次) is never the year's figure restated, but may be a part of it.
  const scopeA = asParts && a.scope === '范围' ? '' : a.scope;
  const scopeB = asParts && b.scope === '范围' ? '' : b.scope;
  if (scopeA !== scopeB || scopeA === '×' || scopeA === '范围') return 0;
  // Parts are one part only of one whole (其中涉企案件 of 行政复议 and of 行政诉讼 are two).
  if (a.scope === '部分' && !sameWhole(a.partOf, b.partOf)) return 0;
  if (a.reach && b.reach && a.reach !== b.reach) return 0;
  if (unitOf(a.unit) !== unitOf(b.unit)) return 0;
  if (a.sentenceStart === b.sentenceStart) return 0;
  // Two numbered items under one heading count two parts of one list.
  if (a.item && b.item && a.section === b.section) return 0;
  // The organ reporting may be named or not (县政府…, 全年…); any other doer, or two organs, are two counts.
  // One unit named fully and shortly (我分管的县直部门 … 分管部门) is one doer.
  const oneDoer = (x: string, y: string) => y.length >= 4 && x.length > y.length && leavesOut(x, y);
  if (a.doer !== b.doer && !oneDoer(a.doer, b.doer) && !oneDoer(b.doer, a.doer) && !(ORGAN_DOERS.has(a.doer) && !b.doer) && !(ORGAN_DOERS.has(b.doer) && !a.doer)) return 0;
  // A meeting's count (县政府常务会议专题研究法治建设工作3次) and the chief's own chairing (四个亲自…，全年主持研究法治建设
  // 事项2次) are two measures (round 56, blind audit of v57: v57c-impossible-date-02, v57c-signing-date-06/08, v57c-clean-42 …).
  if ((chairedAlone(a) && meetingOnly(b)) || (chairedAlone(b) && meetingOnly(a))) return 0;
  // Two stages of a case's course (受理, 办结) count two sets.
  if (a.act && b.act && actGroup(a.act) !== actGroup(b.act) && STAGE.has(a.act) && STAGE.has(b.act) && !oneAct(a.act, b.act) && !handledAsIntake(a.act, b.act)) return 0;
  // A share in the act (参与调解纠纷93件) is a part of whoever did it, never the whole act restated.
  const share = (t: CountTuple) => /^(?:参与|协助|配合)/u.test(t.act);
  if (share(a) !== share(b)) return 0;
  // A count named by examples against one that is not: likely some of it, one figure only if its digits are a slip.
  const thing = a.byExamples !== b.byExamples ? Math.min(thingLikeness(a, b), 0.5) : thingLikeness(a, b);
  if (thing === 0) return 0;
  return 0.55 * thing + 0.3 * actLikeness(a, b) + 0.15;
}

/** Above this the two counts are one figure. */
const SAME = 0.8;
/** A figure with the same digits in another order (312, 321) is a typing slip: a looser likeness is enough. */
const SAME_IF_PERMUTED = 0.7;

/** Two counts read as one figure with two numbers: a 提示 on the later one. */
export function tupleMismatches(ctx: Ctx): Mark[] {
  const all = countTuples(ctx);
  const out: Mark[] = [];
  for (let j = 1; j < all.length; j++) {
    const later = all[j]!;
    let best: { t: CountTuple; score: number } | null = null;
    let agrees = false;
    const alike: number[] = [];
    for (let i = j - 1; i >= 0; i--) {
      const earlier = all[i]!;
      const score = likeness(earlier, later);
      const permuted = sameDigits(earlier.value, later.value);
      if (score < (permuted ? SAME_IF_PERMUTED : SAME)) continue;
      if (earlier.value === later.value) { agrees = true; break; }
      alike.push(earlier.value);
      if (!best || score > best.score) best = { t: earlier, score };
    }
    // 新收580件，上年结转32件，全年共办理612件: the earlier figure restated under its own act in the later count's sentence
    // makes the later one a part of it, not the same count with another number.
    const restatedBeside = !!best && all.some((t) => t !== later && t.sentenceStart === later.sentenceStart && t.value === best!.t.value && unitOf(t.unit) === unitOf(best!.t.unit) && !!t.act && actGroup(t.act) === actGroup(best!.t.act));
    if (agrees || !best || restatedBeside || sumsTo(alike, later.value) || totalOfEarlierParts(ctx, later.start) || inUnitSplit(ctx, later.start)) continue;
    const e = best.t;
    out.push(pairMark(e, later, `前文“${ctx.text.slice(e.start, e.end)}”与此处“${ctx.text.slice(later.start, later.end)}”说的是同一项（${later.doer ? `${later.doer}` : ''}${later.act}${later.thing || e.thing}），数字不同，请按台账核对。`, `与前文统一为${ctx.text.slice(e.start, e.end)}，或核对后改正前文`));
  }
  // A transposed pair (210件 … 201件) is a slip whatever its words: it speaks where no pair above touches either place.
  return [...out, ...onUnmarkedPlaces(transposedFigures(ctx), out)];
}

/** Whether the later count is the sum of earlier ones alike (380家次 and 120家次 … 全年500家次): a total of parts, not a restatement. */
function sumsTo(values: number[], total: number): boolean {
  if (values.length < 2) return false;
  if (values.reduce((x, y) => x + y, 0) === total) return true;
  return values.some((x, i) => values.some((y, k) => k > i && x + y === total));
}

/** Whether the count at a place adds up earlier counts alike (日常检查380家次、专项检查120家次 … 全年共500家次): a total of parts. */
export function totalOfEarlierParts(ctx: Ctx, at: number): boolean {
  const all = countTuples(ctx);
  const j = all.findIndex((t) => t.start === at);
  if (j < 0) return false;
  const later = all[j]!;
  // Parts are named less fully than a restatement (检查企业 in each), so the looser likeness of a typing slip is enough.
  const alike = all.slice(0, j).filter((t) => likeness(t, later, true) >= SAME_IF_PERMUTED && t.value !== later.value);
  // One figure told twice (opening 全年法律顾问8名, body 常年聘请法律顾问8名) is one part, not two that add up to 16.
  const once = alike.filter((t, i) => !alike.slice(0, i).some((e) => e.value === t.value && likeness(e, t) >= SAME));
  return sumsTo(once.map((t) => t.value), later.value);
}

/** A count with no doer but the organ reporting or, in a 述法 report, the chief: any such count is the organ's own. */
const ownDoer = (d: string): boolean => !d || ORGAN_DOERS.has(d) || d === '主要负责人';
/** The unit an item line names and nothing else (（一）区城管执法局1420件): a share of a total by who did the work. */
const UNIT_ONLY = /(?:局|委|办|单位|部门|[镇乡]|街道|所|队|中心|站)$/u;

/** An item's scope fits a split: none, or 其他/其余 opening the line (其他执法单位920件 is the split's rest). */
function splitScope(ctx: Ctx, t: CountTuple): boolean {
  if (!t.scope) return true;
  const line = ctx.text.slice(ctx.text.lastIndexOf('\n', t.start - 1) + 1, t.start).replace(ITEM, '');
  return t.scope === '×' && /^(?:其他|其余)/u.test(line) && !/\d/u.test(line);
}

/** Items counting one act and thing, each line naming its own unit or place (县直部门…, 乡镇…): a split by who did it. */
function byUnits(items: CountTuple[]): boolean {
  const first = items[0]!;
  return !!first.act && items.every((t) => t.act === first.act && t.thing === first.thing && t.unit === first.unit && t.lead.length >= 2) &&
    new Set(items.map((t) => t.lead)).size === items.length;
}

/** Whether a count stands in a split by units (its item line and the next or previous one, as byUnits reads them). */
export function inUnitSplit(ctx: Ctx, at: number): boolean {
  const all = countTuples(ctx);
  const j = all.findIndex((t) => t.start === at);
  const t = all[j];
  if (!t?.item) return false;
  const lineOf = (x: CountTuple) => ctx.layout.lines.findIndex((l) => l.start <= x.start && x.start < l.end);
  return [all[j - 1], all[j + 1]].some((n) => !!n && n.item && n.section === t.section && Math.abs(lineOf(n) - lineOf(t)) === 1 && byUnits([t, n]));
}

/**
 * Whether numbered items split a total: each counts with the total's act one thing that is the total's or a general
 * word for it (案件 for 违法案件), or a kind of it (非法营运行为 of 违法行为, the total's head word kept), or one topic of
 * a total of topics (研究…事项 under 研究法治议题); or the items name only the units that did the total's work.
 */
function splitOf(total: CountTuple, items: CountTuple[]): boolean {
  const first = items[0]!;
  if (byUnits(items)) return total.act === first.act && total.thing === first.thing;
  if (items.every((t) => !t.act && UNIT_ONLY.test(t.thing) && (t.doer || t.scope))) return !!total.act && !!total.thing;
  // Items that name no doer of their own count under the total's, whoever it names.
  const sameDoer = items.every((t) => t.doer === total.doer || ownDoer(t.doer));
  const sameAct = !!first.act && (total.act === first.act || total.act.endsWith(first.act) || actGroup(total.act) === actGroup(first.act));
  if (!sameDoer || !sameAct || !first.thing) return false;
  if (items.every((t) => t.thing === first.thing)) return total.thing.endsWith(first.thing) && total.thing !== first.thing;
  const distinct = new Set(items.map((t) => t.thing)).size === items.length;
  const head = total.thing.slice(-2);
  if (distinct && head.length === 2 && !/事项|议题|问题|工作/u.test(head) && items.every((t) => t.thing.length > head.length + 1 && t.thing.endsWith(head))) return true;
  return distinct && /(?:议题|事项|问题)$/u.test(total.thing) && items.every((t) => t.act === total.act);
}

/**
 * A total split over numbered items (立案查处违法案件58件 … （一）…查处案件19件（二）…21件（三）…16件): the items of one
 * heading, each counting with the total's act in its unit, and a thing that is the total's or a general word for it
 * (案件 for 违法案件). Their sum is compared with the total as listDisagrees compares a listed total: more than it, or short
 * of it by a tenth or one: a list much shorter is more likely a selection than a slip. A line of the group
 * without a count, or with two, leaves the group alone.
 */
export function itemSums(ctx: Ctx): Mark[] {
  const all = countTuples(ctx);
  const out: Mark[] = [];
  const lines = ctx.layout.lines;
  let i = 0;
  while (i < all.length) {
    const first = all[i]!;
    if (!first.item || !splitScope(ctx, first)) { i++; continue; }
    // The items of one heading with the same unit and act, one count to a line.
    const group = [first];
    let k = i + 1;
    for (; k < all.length; k++) {
      const t = all[k]!;
      if (t.section !== first.section || !t.item || !splitScope(ctx, t) || t.unit !== first.unit || actGroup(t.act) !== actGroup(first.act)) break;
      group.push(t);
    }
    i = Math.max(k, i + 1);
    if (group.length < 2) continue;
    const lineOf = (t: CountTuple) => lines.findIndex((l) => l.start <= t.start && t.start < l.end);
    const at = group.map(lineOf);
    if (new Set(at).size !== group.length || at.some((n, x) => x > 0 && n !== at[x - 1]! + 1)) continue;
    const sum = group.reduce((x, t) => x + t.value, 0);
    const total = all.slice(0, i - group.length).reverse().find((t) => !t.item && !t.scope && t.unit === first.unit && splitOf(t, group));
    if (!total || !listDisagrees(total.value, sum)) continue;
    out.push({
      start: total.start, end: total.end,
      places: [total, ...group].map((t) => ({ start: t.start, end: t.end })),
      message: `下列各项合计${sum}，与总数“${ctx.text.slice(total.start, total.end)}”不符，请按台账核对。`,
      fix: `核对总数与各项，使各项之和等于总数`,
    });
  }
  return out;
}

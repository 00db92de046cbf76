/**
 * Whether the parts listed after 其中 are the whole of their total, by what the words say rather than by how
 * close the sum comes (round 42). A 其中 list is read as a selection (其中婚姻家庭纠纷20件、邻里纠纷18件 may leave
 * kinds out) unless:
 * - the parts are the states of one act, done and not yet done (已整改18个、正在整改5个; 已办结…、尚未办结…):
 *   every item is in one state or the other;
 * - the total's own words name each part (法律顾问和公职律师共19名，其中外聘法律顾问10名、公职律师7名);
 * - the parts are every member of a closed set (一审、二审、再审; 市级、县级、乡级; 上半年、下半年).
 */

/** Done, and not (yet) done: 已整改 against 正在整改, 尚未整改, 未整改, 整改中. */
const DONE = /^(?:均已|全部|已经|已)/u;
const NOT_DONE = /^(?:正在|尚未|仍在|未|待|在)|中$/u;

/** The act a state word is of: 已整改到位 and 正在整改 are both 整改; 已办结 and 正在办理 both 办理 (审结, 审理 likewise). */
const actOf = (label: string) =>
  label.replace(DONE, '').replace(NOT_DONE, '').replace(/^完成(?=..)/u, '').replace(/(?:到位|完毕|完成)$/u, '').replace(/^([办审])结$/u, '$1理');

function statesOfOneAct(labels: readonly string[]): boolean {
  const done = labels.filter((l) => DONE.test(l));
  const notDone = labels.filter((l) => !DONE.test(l) && NOT_DONE.test(l));
  if (!done.length || !notDone.length || done.length + notDone.length !== labels.length) return false;
  const acts = new Set(labels.map(actOf));
  const [act] = acts;
  return acts.size === 1 && act!.length >= 2;
}

/** The nouns a total's words join (法律顾问和公职律师 → 法律顾问, 公职律师), each of two characters or more. */
function joinedNouns(totalLabel: string): string[] {
  const m = /([\u3400-\u9fff]{2,10})(?:和|与|及|、)([\u3400-\u9fff]{2,10}?)(?:共计|合计|总计|共)?$/u.exec(totalLabel);
  if (!m) return [];
  return [m[1]!, m[2]!];
}

function totalNamesEachPart(totalLabel: string, labels: readonly string[]): boolean {
  const nouns = joinedNouns(totalLabel);
  if (nouns.length < 2 || labels.length !== nouns.length) return false;
  // Each part ends with the end of its own joined noun (外聘法律顾问 ends with 配备法律顾问's 法律顾问: the verb 配备 is not part of it).
  const nounOf = (label: string) => nouns.findIndex((n) => [...Array(n.length - 1).keys()].some((k) => label.endsWith(n.slice(k)) && n.length - k >= 2));
  const named = labels.map(nounOf);
  return named.every((k) => k >= 0) && new Set(named).size === nouns.length;
}

/**
 * Sets whose members, all listed, are everything: pairs that split every member of a whole in two (a file reviewed
 * passes either as drafted or after the changes asked for), court instances, the three levels of government, a year's halves.
 */
const CLOSED_SETS: readonly (readonly RegExp[])[] = [
  [/专职$/u, /兼职$/u], [/男$/u, /女$/u], [/城镇$/u, /农村$/u], [/线上$/u, /线下$/u],
  // Round 51: 直接（审查）通过 against 提出修改意见 — the review's two outcomes; 直接 says the other part is the files changed.
  [/直接(?:审查|审核)?(?:通过|出台|印发|发布|采纳)$/u, /修改(?:意见)?(?:完善)?后(?:通过|出台|印发|发布|采纳)$|^(?:提出|出具)(?:书面)?修改(?:意见|建议)$/u],
  [/一审$/u, /二审$/u, /再审$/u],
  [/^市级?$|^市本级$/u, /^县(?:区|市区)?级?$|^区级$/u, /^乡镇?(?:（街道）|街道)?级?$/u],
  [/上半年$/u, /下半年$/u],
  // Round 47 (local practice, a hint the user may dismiss): pairs whose two halves cover every item by meaning.
  // A course is taught on its own or folded into another subject; a review decision upholds or corrects;
  // a place is in town or in the countryside; information is published of the organ's own accord or on request.
  [/专题(?:课|课程|教育课)?$/u, /融合(?:课|课程|教育课)?$/u],
  [/维持$/u, /纠错$/u],
  [/城区$|城市$/u, /农村$/u],
  [/主动公开$/u, /依申请公开$/u],
  // Legal aid and litigation come in three branches of law; all three listed are the whole.
  [/民事(?:类|案件)?$/u, /刑事(?:类|案件)?$/u, /行政(?:类|案件)?$/u],
];

/** Whether the labels are every member of one closed set, each once. */
export function closedSetInFull(labels: readonly string[]): boolean {
  return CLOSED_SETS.some((set) => labels.length === set.length && set.every((member) => labels.filter((l) => member.test(l)).length === 1));
}

/** Whether the listed parts (their words without 其中) are the whole of the total named by totalLabel. */
export function partsNameTheWhole(totalLabel: string, labels: readonly string[]): boolean {
  if (labels.length < 2) return false;
  return statesOfOneAct(labels) || totalNamesEachPart(totalLabel, labels) || closedSetInFull(labels);
}

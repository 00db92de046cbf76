/**
 * A body's old name told as the former one, in the change that replaced it (2019年，原县委依法治县领导小组调整为县委全面依法
 * 治县委员会; 此前的市政府法制办并入市司法局; 依法治区领导小组更名为…): the writer recalls the body's history and does not
 * use the old name for a body at work now. Only in the name's own comma clause: 县委依法治县领导小组组织召开会议，把…调整为…
 * uses the old name and is still reported.
 */

/**
 * Words right before the name that make it the former body: 原, 原来的, 此前的, 曾设的, 前身为, with the organ between (原县委)
 * or the bare place (由原栎冈区依法治区领导小组调整组建, round 57, v58d clean items).
 */
const FORMER_BEFORE = /(?:(?<![草平高还复中])原(?:来的?|先的?)?|此前的?|之前的?|以前的?|曾经?设立?的?|曾成立的?|前身(?:是|为))[ \u3000]*(?:中共)?(?:[^\s，,。；、：:则告因本件始]{0,4}?(?:[省市县区州旗]委|[镇乡街]?党委|党工委|政府)|[^\s，,。；、：:则告因本件始]{1,4}?[省市县区州旗]|中央)?$/u;

/** A verb of change after the name in its clause: the name is what was changed, renamed, merged or abolished. */
const CHANGED_AFTER = /^[^，,。；;]{0,30}?(?:调整为|调整组建为?|调整设立为|组建为|更名为|改名为|改称|改设为|改组为|改建为|升格为|整合为|合并为|并入|撤销|撤并|不再保留|改为)/u;

/** Whether the name at [start, end) of `clause` (its comma clause, as the words before and after) is told as a former body. */
export function toldAsFormerBody(clause: { before: string; after: string }): boolean {
  return FORMER_BEFORE.test(clause.before) || CHANGED_AFTER.test(clause.after);
}

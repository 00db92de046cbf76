/**
 * The size of a named list restated by a back-reference (对照职责清单11项内容逐项履职 … 清单所列6项职责均已落实): 清单所列
 * and 清单中的 point back to the list named before, so their count is its item count, and two numbers are one slip. Only
 * when the draft names one list before the back-reference (权责清单 and 负面清单 are two lists: which one is meant is
 * unsure). Nothing in the reference governs figures agreeing within one report: a 提示 (consistency-summary-total).
 */
import { bodyEnd, type Ctx, type Mark } from './context.ts';
import { pairMark } from './pair-mark.ts';

/** A list named with its size: 职责清单11项, 责任清单共12项, 清单包括9项. */
const NAMED_LIST = /([\u3400-\u9fff]{2,10}清单)(?:[^\d，。；;,\n]{0,4}?)(\d+)项/gu;
/** A back-reference to the list and its size: 清单所列6项, 清单中的6项, 清单列明的6项. */
const BACK_REFERENCE = /(?<![\u3400-\u9fff])清单(?:所列|中的?|列明的|确定的)(?:的)?(\d+)项/gu;

export function listSizeRestated(ctx: Ctx): Mark[] {
  const text = ctx.text.slice(0, bodyEnd(ctx));
  const named = [...text.matchAll(NAMED_LIST)];
  const marks: Mark[] = [];
  for (const back of text.matchAll(BACK_REFERENCE)) {
    const before = named.filter((n) => n.index! < back.index!);
    const lists = new Set(before.map((n) => n[1]!.replace(/^.*?([\u3400-\u9fff]{0,4}清单)$/u, '$1')));
    if (lists.size !== 1) continue;
    const list = before.at(-1)!;
    if (list[2] === back[1]) continue;
    const first = { start: list.index! + list[0].length - list[2]!.length - 1, end: list.index! + list[0].length };
    const later = { start: back.index! + back[0].length - back[1]!.length - 1, end: back.index! + back[0].length };
    marks.push(pairMark(first, later, `前文“${list[1]}${list[2]}项”与此处“清单所列${back[1]}项”说的是同一份清单的项数，数字不同，请核对。`, `与前文统一为${list[2]}项，或核对后改正前文`));
  }
  return marks;
}

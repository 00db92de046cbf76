/**
 * Structure: required sections found by their keywords in headings and paragraph openings,
 * and heading numbering (一、（一）1.（1）, the order GB/T 9704 gives) that skips, repeats,
 * jumps a level or uses another form.
 */
import { bodyEnd, type Ctx, type Mark } from '../context.ts';
import type { Heading, Layout } from '../text.ts';
import type { StructureRule } from '../types.ts';
import { asSiblings, figureLedLastPart, oddHeadings, partsNumberedBelow, type OddHeading } from '../heading-level.ts';
import { seriesSlips } from '../is-series.ts';

/** Headings and each paragraph's first sentence: where a section announces itself. */
export function sectionProbes(ctx: Ctx): string[] {
  const probes: string[] = ctx.layout.headings.map((h) => h.title);
  for (const l of ctx.layout.lines) {
    const t = l.text.trim();
    if (!t) continue;
    const stop = t.search(/[。；]/);
    probes.push(stop === -1 ? t.slice(0, 60) : t.slice(0, stop));
  }
  return probes;
}

function missingSection(rule: StructureRule, ctx: Ctx): Mark[] {
  if (!rule.sectionSpec || !rule.reportType || ctx.type !== rule.reportType) return [];
  // A paragraph or a part of a report (no title, fewer than two 一、 headings) is not missing anything.
  if (ctx.layout.titleLine < 0 && ctx.layout.headings.filter((h) => h.level === 1).length < 2) return [];
  const probes = sectionProbes(ctx);
  const found = rule.sectionSpec.keywords.some((k) => probes.some((p) => p.includes(k)));
  if (found) return [];
  const tl = ctx.layout.titleLine >= 0 ? ctx.layout.lines[ctx.layout.titleLine]! : null;
  return [{ start: tl ? tl.start : 0, end: tl ? tl.end : 0 }];
}

type Issue = 'skip' | 'repeat' | 'back' | 'level';

/**
 * Whether the draft is a whole report rather than a passage from one: a title line (not marked 节选,
 * 摘录, 摘要) followed by an opening paragraph before the first heading. Only a whole report is expected
 * to start its top-level headings at 一、.
 */
export function wholeReport(layout: Layout): boolean {
  if (layout.titleLine < 0) return false;
  if (/(节选|摘录|摘编|摘要|片段|（部分）|\(部分\))/.test(layout.lines[layout.titleLine]!.text)) return false;
  // A 落款 closes a whole report too, when the title runs straight into 二、 (round 7).
  if (layout.signoff.length) return true;
  const first = layout.headings[0];
  const upTo = first ? first.line : layout.lines.length;
  return layout.lines.slice(layout.titleLine + 1, upTo).some((l) => l.text.trim().length > 0);
}

/**
 * Walk the headings once, with a counter per level that resets under a new parent.
 * A draft that begins part-way through a report (（三） with no 一、 above it, or 二、 first in a passage
 * without a title and an opening) is an excerpt for that level: its first number is not a skip.
 */
export function numberingIssues(headings: Heading[], whole = true): { h: Heading; issue: Issue; expected?: number }[] {
  const out: { h: Heading; issue: Issue; expected?: number }[] = [];
  const last: (number | null)[] = [null, null, null, null, null];
  const repeated: boolean[] = [false, false, false, false, false];
  // One mistake, one finding: once a list of siblings has broken (a skip, a repeat, a step back), the numbers after it
  // follow the broken one (一、一、四、; 一、三、四、; （一）（二）（3）（4）) and are not new mistakes. A new parent starts a new list.
  const broken: boolean[] = [false, false, false, false, false];
  let deepest = 0;
  headings.forEach((h, i) => {
    // A short sub-list straight under a heading (（1） or 1. under 一、) is common and was judged
    // legitimate by every evaluation writer (round 8). A jump is a mistake only when the same parent
    // section uses the skipped level too: 1. under 一、 and then （一） beside it.
    const jump = deepest >= 1 ? h.level - deepest : 0;
    if (jump >= 2 && skippedLevelUsedInSection(headings, i, deepest)) out.push({ h, issue: 'level' });
    const prev = last[h.level];
    const before = out.length;
    if (prev === null || prev === undefined) {
      // No heading of a higher level above this one: the draft starts here, maybe part-way through.
      const parentless = !headings.some((p) => p.level < h.level && p.start < h.start);
      const excerpt = parentless && (h.level > 1 || !whole);
      if (h.num !== 1 && !excerpt) out.push({ h, issue: 'skip', expected: 1 });
    } else if (broken[h.level]) {
      // Already reported for this list.
    } else if (h.num === prev) out.push({ h, issue: 'repeat' });
    // （一）（二）（一） under one parent: the number runs back. Only 一、 and （一）, which a report never uses
    // for a passing list; two short 1. lists in one section are common.
    else if (h.num < prev && h.level <= 2) out.push({ h, issue: 'back', expected: prev + 1 });
    // 二、二、四、: the repeated number was meant as 三; the 四 after it is one mistake, not two.
    else if (h.num > prev + 1 && !(repeated[h.level] && h.num === prev + 2)) out.push({ h, issue: 'skip', expected: prev + 1 });
    if (out.length > before) broken[h.level] = true;
    repeated[h.level] = prev !== null && prev !== undefined && h.num === prev;
    last[h.level] = h.num;
    for (let l = h.level + 1; l <= 4; l++) {
      last[l] = null;
      repeated[l] = false;
      broken[l] = false;
    }
    deepest = h.level;
  });
  return out;
}

/** Whether a heading one level below `parent` appears among the siblings of headings[i] (up to the next heading of level ≤ parent). */
function skippedLevelUsedInSection(headings: Heading[], i: number, parent: number): boolean {
  for (let j = i + 1; j < headings.length && headings[j]!.level > parent; j++) {
    if (headings[j]!.level === parent + 1) return true;
  }
  return false;
}

/** The headings just before h, of another level, numbered 1 … h.num − 1: the same list in another form. */
function mixedGroup(hs: Heading[], h: Heading): Heading[] | null {
  const i = hs.indexOf(h);
  const group: Heading[] = [];
  for (let j = i - 1; j >= 0 && hs[j]!.level !== h.level && hs[j]!.level === hs[i - 1]!.level; j--) group.unshift(hs[j]!);
  if (!group.length || group.length !== h.num - 1 || group.some((g, k) => g.num !== k + 1)) return null;
  // The other form sits at a deeper level than the parent of h's level, i.e. both are children of one heading.
  return group;
}

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function numeral(h: Heading, n: number): string {
  if (h.level === 1) return `${CN[n] ?? n}、`;
  if (h.level === 2) return `（${CN[n] ?? n}）`;
  if (h.level === 3) return `${n}.`;
  return `（${n}）`;
}

/**
 * A line the layout reads as a heading that opens with a list of numbers instead: 二、三季度开展检查,
 * 1、2月份完成清理 (the second and third quarters, January and February). The marker is the first number.
 */
const NUMBERS_NOT_HEADING = /^(?:[一二三四五六七八九十]+|\d+)(?:、|季度|月|年级|等奖|个月)/;
// 1. before a figure is read as a heading only where it carries on a list (text.ts, figureLedItem): 2.12月底前完成 is item 2.
const isNumberingHeading = (h: Heading) => h.level === 2 || h.level === 4 || (h.level === 3 && /^\d{1,2}[.．]$/.test(h.marker) && /^\d/.test(h.title)) || !NUMBERS_NOT_HEADING.test(h.title);

/**
 * The 附件 line (附件：1.…, or 附件 heading an attachment) ends the body: the 附件说明 lists its attachments as 1. 2. after
 * 附件：, and each attachment numbers its own headings from 一、 again (gbt9704-layout.md, 附件说明).
 */
const ATTACHMENTS = /^[ \u3000]*附件[ \u3000]*[\d一二三四五六七八九十]{0,2}[ \u3000]*(?:[：:]|$)/;

function bodyHeadings(layout: Layout): Heading[] {
  const attachments = layout.lines.find((l) => ATTACHMENTS.test(l.text));
  return layout.headings.filter((h) => isNumberingHeading(h) && (!attachments || h.start < attachments.start));
}

export function checkStructure(rule: StructureRule, ctx: Ctx): Mark[] {
  const body = bodyHeadings(ctx.layout);
  // Round 48: the last part written with a figure-led lower mark (三、 … 4、2026年度…安排), unread by the layout.
  const figureLed = figureLedLastPart(ctx.layout.lines, body, bodyEnd(ctx));
  const written = figureLed ? [...body, figureLed].sort((a, b) => a.start - b.start) : body;
  // A heading with the other level's mark is one mistake, reported at it; the walk reads it as the sibling it was meant to be.
  // A heading whose line runs on past its first sentence carries its body with it: a measure, not a part title.
  const inline = (h: Heading) => (ctx.layout.lines[h.line]?.text.trim().length ?? 0) > h.marker.length + h.title.length + 1;
  const odd = oddHeadings(written, inline);
  const hs = asSiblings(written, odd);
  const at = (h: Heading, fix?: string): Mark => ({ start: h.start, end: h.markerEnd, fix });
  const oddMark = (o: OddHeading): Mark => {
    const right = numeral({ ...o.h, level: o.as }, o.num);
    return { ...at(o.h, `改为 ${right}`), message: `标题序号“${o.h.marker.trim()}”用了另一层的形式，与前后同级的标题不一致，此处应为“${right}”。` };
  };
  const skips = () =>
    numberingIssues(hs, wholeReport(ctx.layout))
      .filter((i) => i.issue === 'skip')
      .map((i) => {
        // （1）（2）（三）: one list written in two forms. Renumber it in one form, not back to （一）.
        const group = mixedGroup(hs, i.h);
        if (group) {
          const other = group[0]!;
          const as = (h: Heading, n: number) => numeral(h, n);
          return at(i.h, `这一组标题前面用的是 ${group.map((g) => g.marker.trim()).join('')}，序号形式不一致：此处改为 ${as(other, i.h.num)}，或把整组统一为 ${group.map((g) => as(i.h, g.num)).join('')}${as(i.h, i.h.num)}`);
        }
        return at(i.h, `此处应为 ${numeral(i.h, i.expected!)}，或补上缺少的标题`);
      });
  switch (rule.check) {
    case 'missing-section':
      return missingSection(rule, ctx);
    case 'numbering-skip':
      return [...odd.map((o) => oddMark(o)), ...skips()];
    case 'numbering-repeat':
      return numberingIssues(hs)
        .filter((i) => i.issue === 'repeat' || i.issue === 'back')
        .map((i) => at(i.h, `改为 ${numeral(i.h, i.expected ?? i.h.num + 1)} 并顺延后面的序号`));
    case 'numbering-level':
      return [
        // A level skipped as written (（1） under 二、 beside a （三）): the odd heading's own form still counts here.
        ...numberingIssues(written).filter((i) => i.issue === 'level').map((i) => at(i.h)),
        ...partsNumberedBelow(hs).map((h) => ({ ...at(h, '这是报告的一个部分，应与其他部分同级，用“一、”这一层的序号'), message: `“${h.title}”是报告的一个部分，却编成了上一部分下的“${h.marker.trim()}”。` })),
      ];
    case 'numbering-dot':
      // 一. or 一． where GB/T 9704 has 一、
      return written.filter((h) => h.level === 1 && h.style === 'dot').map((h) => at(h, `改为 ${numeral(h, h.num)}`));
    case 'numbering-dun':
      // 1、 where GB/T 9704 has 1.; common in practice, so a hint.
      return written.filter((h) => h.level === 3 && h.style === 'dun').map((h) => at(h, `改为 ${numeral(h, h.num)}`));
    case 'numbering-series':
      return seriesSlips(ctx.layout).map((s) => {
        const numeral = CN[s.expected] ?? s.expected;
        // The slip's own style: 第三， for 第二，, 三是 for 四是.
        const as = ctx.text.startsWith('第', s.mark.start) ? `第${numeral}` : `${numeral}是`;
        return { ...s.mark, fix: `改为 ${as} 并顺延后面的序号` };
      });
    case 'numbering-halfwidth':
      return written.filter((h) => h.style === 'halfwidth').map((h) => at(h, `改为全角括号 ${numeral(h, h.num)}`));
  }
}

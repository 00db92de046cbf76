/**
 * The level a heading really stands at, where its mark says another: the one place that decides it.
 *
 * A part numbered one level down: （一）下一步打算 as the first sub-heading under 二、存在的不足, where the
 * report's parts stand at 一、 (gbt9704-layout.md line 19, heading levels 一、 then （一）; requirements.md lists the parts).
 * A part's name alone makes the heading a part; a parent that names the same part (二、存在的不足及下一步打算) holds it
 * as a point and is left alone.
 *
 * An odd mark: one heading written with another level's mark among its siblings: （一）, 2.坚持依法决策, （三） (the 2. meant as （二）), or
 * （二）党政主要负责人履职 between （三） and 三、 (meant as 二、), or （一） opening the body before 二、 (meant as 一、), or 1. opening
 * the sub-list under 二、 before （二） (meant as （一）). Its number
 * fits the siblings' list exactly, so it is the one mistake: reported there with the siblings' mark, and read as one of them
 * when the numbering is walked, so its neighbours (（三） after the 2., 三、 after the （二）) are not reported as skips or repeats.
 */
import { H3_BEFORE_FIGURE, type Heading, type Line } from './text.ts';

/** The parts every report type has, each by the words that name it whole (an optional year before). */
const PARTS: RegExp[] = [
  /^(?:\d{4}年度?)?(?:下一步|下步|下一年度?|今后)?(?:的)?(?:工作)?(?:打算|安排|计划|思路)(?:和(?:打算|安排|计划|措施))?$/u,
  /^存在的?(?:主要)?(?:不足|问题)(?:和不足)?$/u,
  /^(?:\d{4}年度?)?(?:推进法治政府建设的)?主要举措和成效$/u,
];
export const partOf = (title: string) => PARTS.findIndex((p) => p.test(title.replace(/[：:。\s]+$/u, '')));

/** Level-2 headings that name a main part, first under a level-1 parent naming another part. */
export function partsNumberedBelow(headings: Heading[]): Heading[] {
  if (headings.filter((h) => h.level === 1).length < 2) return [];
  const out: Heading[] = [];
  let parent: Heading | null = null;
  for (const h of headings) {
    if (h.level === 1) { parent = h; continue; }
    if (h.level !== 2 || h.num !== 1 || !parent) continue;
    const own = partOf(h.title);
    const parents = partOf(parent.title);
    if (own !== -1 && parents !== -1 && own !== parents) out.push(h);
  }
  return out;
}

export interface OddHeading { h: Heading; as: Heading['level']; num: number }

/** The heading before index i at level `level`, with no heading of a higher level (smaller number) between. */
function siblingBefore(hs: Heading[], i: number, level: number): Heading | null {
  for (let j = i - 1; j >= 0; j--) {
    if (hs[j]!.level === level) return hs[j]!;
    if (hs[j]!.level < level) return null;
  }
  return null;
}

/** The next heading at `level` or higher after index i, if it is at `level`. */
function siblingAfter(hs: Heading[], i: number, level: number): Heading | null {
  for (let j = i + 1; j < hs.length; j++) {
    if (hs[j]!.level <= level) return hs[j]!.level === level ? hs[j]! : null;
  }
  return null;
}

/** The first heading of `level` in the whole list. */
const firstAt = (hs: Heading[], level: number) => hs.find((h) => h.level === level) ?? null;

/**
 * A sub-item written with its parent's mark: 一、 （一） 二、加强监督。… （三） 二、职责情况 — the first 二、 is repeated by the
 * next part heading, and either stands among （一） and （三） or carries its body on its own line (a measure, not a part title).
 */
function parentMarkAmongChildren(hs: Heading[], i: number, inline: (h: Heading) => boolean): OddHeading | null {
  const h = hs[i]!;
  if (h.level !== 1) return null;
  const next = hs.slice(i + 1).find((x) => x.level === 1);
  if (!next || next.num !== h.num) return null;
  const prev = siblingBefore(hs, i, 1);
  if (!prev || prev.num !== h.num - 1) return null;
  const children = hs.slice(hs.indexOf(prev) + 1, i);
  const before = children.filter((x) => x.level === 2).at(-1);
  const after = hs[i + 1];
  // The child list runs on through it: a （三） right after it. A （二） before it alone is an ordinary sub-list ending.
  const flanked = before?.num === h.num - 1 && after?.level === 2 && after.num === h.num + 1;
  // A measure with its body on its line, right before the part 二、 whose title stands alone; after sub-items （一）… too,
  // unless it names a part itself (二、存在的问题。一是… then 二、下一步打算: there the second 二、 is the slip).
  const measure = after === next && inline(h) && !inline(next) && (children.every((x) => x.level > 2) || partOf(h.title) === -1);
  if (!flanked && !measure) return null;
  return { h, as: 2, num: flanked ? h.num : (before ? before.num + 1 : 1) };
}

/**
 * Round 39: the first sub-heading written with its parent's mark: 一、基本情况 一、强化统筹部署 （二）… or 二、组织领导 一、压实责任
 * （二）…, and one level down （一） （一） 2. …. Numbered 1, straight after a heading of its own level with nothing under that
 * yet, and followed by the next level's 2: it opens the sub-list, meant as （一） (or 1.). Read so, its parent's list and the
 * sub-list both run on, and the （二） after it is no skip.
 */
function parentMarkOpeningSubList(hs: Heading[], i: number): OddHeading | null {
  const h = hs[i]!;
  if (h.level > 2 || h.num !== 1 || i === 0) return null;
  const parent = hs[i - 1]!;
  const after = hs[i + 1];
  if (parent.level !== h.level || !after || after.level !== h.level + 1 || after.num !== 2) return null;
  return { h, as: (h.level + 1) as Heading['level'], num: 1 };
}

/**
 * Round 43: a lone 1. straight after a measure （一）…。 with its body on its line, and the next part 二、 right after it:
 * （一）加强审核。全年审核22件。 1.完善公共法律服务。全年咨询495人次。 二、… — a sub-list of one item under a measure that
 * already carries its own body is no sub-list; the 1. is the measure list's next item, meant as （二）. A 1. followed by
 * a 2. is a proper sub-list.
 */
function loneItemAfterMeasure(hs: Heading[], i: number, inline: (h: Heading) => boolean): OddHeading | null {
  const h = hs[i]!;
  const parent = hs[i - 1];
  // Round 46: a lone （1） (level 4) laid out so is the same slip: （一）…。 （1）依法化解…。 二、 — meant as （二）.
  if (h.level < 3 || h.num !== 1 || !parent || parent.level !== 2 || hs[i + 1]?.level !== 1) return null;
  // Round 45: a title-only （一） with its body below and a title-only lone 1. shaped the same way (（一）规范执法 ⏎ … ⏎
  // 1.推动守法 ⏎ … ⏎ 三、): the 1. is written as its parent's sibling, not its child — no set holds a one-item sub-list
  // laid out so. A 1. whose shape differs from its parent's (a title-only （一） over a 1. with its body on its line, or
  // over a 1. that is one sentence, 1.审查合同31份，全部合法。) stays silent.
  const bare = (x: Heading) => !inline(x) && !CLAUSE_MARK.test(x.title);
  if (!(inline(parent) && inline(h)) && !(bare(parent) && bare(h))) return null;
  return { h, as: 2, num: parent.num + 1 };
}

/**
 * Round 48: the last part numbered in a lower level's mark: 一、 二、 三、存在的不足 4、2026年度的主要安排 — after the top list's
 * last heading, with no top heading after it, a title-only heading whose number is that list's next (三、 then 4、 or （四）)
 * and no sibling of its own mark before it under 三、: it is the fourth part, meant as 四、. A proper sub-list item (三、 then
 * 1、2、3、4、) has siblings before it; an item carrying its body on its line is a measure, not a part.
 */
function lastPartInLowerMark(hs: Heading[], i: number, inline: (h: Heading) => boolean): OddHeading | null {
  const h = hs[i]!;
  if (h.level === 1 || inline(h) || CLAUSE_MARK.test(h.title)) return null;
  const prev = siblingBefore(hs, i, 1);
  if (!prev || prev.num < 2 || h.num !== prev.num + 1) return null;
  const between = hs.slice(hs.indexOf(prev) + 1, i);
  if (between.some((x) => x.level === h.level)) return null;
  // Nothing after it at its own level or above: it closes the report, no sibling list runs on below it.
  if (hs.slice(i + 1).some((x) => x.level <= h.level)) return null;
  return { h, as: 1, num: h.num };
}

/** A clause's or sentence's mark inside a heading's title: the line is an item's whole text, not a title. */
const CLAUSE_MARK = /[，。；,;]/u;

export function oddHeadings(hs: Heading[], inline: (h: Heading) => boolean = () => false): OddHeading[] {
  // A sub-list's opener in its parent's mark is read at its meant level first, so the （二） after it is not taken for
  // the parent list's missing number (二、 一、 （二） 三、).
  const opening = hs.map((_, i) => parentMarkOpeningSubList(hs, i));
  const read = hs.map((h, i) => (opening[i] ? { ...h, level: opening[i].as, num: opening[i].num } : h));
  const others = oddAmong(read, inline).map((o) => ({ ...o, h: hs[read.indexOf(o.h)]! })).filter((o) => !opening[hs.indexOf(o.h)]);
  const lone = hs.map((_, i) => loneItemAfterMeasure(hs, i, inline)).filter((o): o is OddHeading => !!o && !opening.some((x) => x?.h === o.h) && !others.some((x) => x.h === o.h));
  const found = [...opening.filter((o): o is OddHeading => !!o), ...others, ...lone];
  const last = hs.map((_, i) => lastPartInLowerMark(hs, i, inline)).filter((o): o is OddHeading => !!o && !found.some((x) => x.h === o.h));
  return [...found, ...last].sort((a, b) => a.h.start - b.h.start);
}

function oddAmong(hs: Heading[], inline: (h: Heading) => boolean): OddHeading[] {
  const odd: OddHeading[] = [];
  hs.forEach((h, i) => {
    const sub = parentMarkAmongChildren(hs, i, inline);
    if (sub) {
      odd.push(sub);
      return;
    }
    // A lower-level mark between two siblings of a higher level: 一、 （二） 三、 or （一） 2. （三）.
    for (const level of [1, 2] as const) {
      if (h.level <= level) continue;
      const next = siblingAfter(hs, i, level);
      if (!next) continue;
      const prev = siblingBefore(hs, i, level);
      // The gap it stands in: （一） 1.依法行政 （三） — the list lacks （二） and this is the only heading there, whatever its number.
      const between = hs.slice(i + 1, hs.indexOf(next));
      // Or a part's name numbered on from the sub-list before it: 二、 （一）（二）（三）存在的不足 四、.
      const alone = hs.slice(hs.indexOf(prev ?? h) + 1, i).length === 0 || (level === 1 && h.level === 2 && partOf(h.title) !== -1);
      const fillsGap = !!prev && next.num === prev.num + 2 && alone && between.every((x) => x.level > h.level);
      if (fillsGap) {
        odd.push({ h, as: level, num: prev.num + 1 });
        return;
      }
      if (next.num !== h.num + 1) continue;
      // The first of its list: the top level opened with （一） before 二、 with no 一、 anywhere.
      const opens = !prev && h.num === 1 && level === 1 && firstAt(hs, 1) === next && hs.slice(0, i).every((x) => x.level > 1);
      // Or the first sub-heading straight under its parent: 二、 1.履行职责 （二） — the 1. stands where （一） belongs.
      const opensSubList = !prev && h.num === 1 && level > 1 && i > 0 && hs[i - 1]!.level === level - 1;
      if (!(prev && prev.num === h.num - 1) && !opens && !opensSubList) continue;
      // Its own level's list must not run through it: （一）（二）（三）（二）三、 breaks there; a proper sub-item 2. after 1. does not.
      const own = siblingBefore(hs, i, h.level);
      if (own && own.num === h.num - 1 && own.start > (prev?.start ?? -1)) continue;
      // Below it, its own level starts a new list (its children) or is absent before the next sibling: an excerpt's
      // （一）（二） 二、 runs on as one list and is left alone.
      const under = hs.slice(i + 1, hs.indexOf(next)).find((x) => x.level === h.level);
      if (under && under.num !== 1) continue;
      odd.push({ h, as: level, num: h.num });
      return;
    }
  });
  return odd;
}

/** The headings with each odd one read at the level its number belongs to. */
export function asSiblings(hs: Heading[], odd: OddHeading[]): Heading[] {
  return hs.map((h) => {
    const o = odd.find((x) => x.h === h);
    return o ? { ...h, level: o.as, num: o.num } : h;
  });
}

/**
 * Round 48: a title line opening with a figure-led mark (4、2026年度推进法治政府建设的主要安排) after the top list's last
 * heading, numbered that list's next: text.ts reads such a line as a heading only inside a list of its own, so the last
 * part written in the lower mark goes unread. Read here as the level-3 heading it is written as, for
 * lastPartInLowerMark to place. A line with a sentence's mark (4、2026年完成清理。) is an item's text and stays unread.
 */
export function figureLedLastPart(lines: Line[], hs: Heading[], bodyEnd: number): Heading | null {
  const lastTop = hs.filter((h) => h.level === 1).at(-1);
  if (!lastTop) return null;
  for (let i = lastTop.line + 1; i < lines.length && lines[i]!.start < bodyEnd; i++) {
    if (hs.some((h) => h.line === i)) continue;
    const line = lines[i]!;
    const indent = line.text.length - line.text.trimStart().length;
    const m = H3_BEFORE_FIGURE.exec(line.text.slice(indent));
    if (!m || Number(m[1]) !== lastTop.num + 1) continue;
    const title = line.text.slice(indent + m[0].length).trimEnd();
    if (!title || CLAUSE_MARK.test(title) || title.length > 40) continue;
    const start = line.start + indent;
    return { level: 3, num: Number(m[1]), marker: m[0], start, markerEnd: start + m[0].length, title, style: m[2] === '、' ? 'dun' : 'standard', line: i };
  }
  return null;
}

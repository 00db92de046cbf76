/**
 * A fixed list of named systems with one item changed (行政执法公示制度、执法全过程纪实制度、重大执法决定法制审核制度;
 * 决策、执行、管理、服务、成果公开; 重大决策、重大人事任免、…): derived at build time from the order rules that say what
 * kind a changed item is (`changedItem`), so every item of every such list is covered, whatever word the writer puts in.
 *
 * Precision first: every other item of the list must stand in its place, in order, with only a separator between
 * them. An item in the middle is bounded by two right items, so any word there is a changed item; the first or the
 * last item is bounded on one side only, so the word there must share a character with the item it replaces
 * (成果公开 for 结果公开, not 数据开放 added after the list). A word that is another item, one of the rule's `others`,
 * or a form the rule accepts is never a changed item. A hint: the reference fixes the list, a local text may extend it.
 */
import { escapeRegExp } from '../escape-regexp.ts';
import type { ExistenceRule, OrderRule } from './types.ts';

const CJK = '\\u4e00-\\u9fff';
/** What stands between two items of a list (、 ， 和 及 与 以及), with the 对 that opens each item in 对重要工作亲自部署，对…. */
const SEP = '[ \\u3000]*(?:[、，,；;]|以及|和|及|与)[ \\u3000]*对?';
const alt = (forms: readonly string[]) => `(?:${[...forms].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})`;

/** The lengths a changed item may have: its forms' lengths, one or two characters either way. */
function span(forms: readonly string[]): [number, number] {
  const lengths = forms.map((f) => f.length);
  return [Math.max(2, Math.min(...lengths) - 2), Math.max(...lengths) + 2];
}

/** The characters of an item's forms, for the likeness an end item needs. */
const charsOf = (forms: readonly string[]) => escapeRegExp([...new Set(forms.join(''))].join('')).replace(/-/g, '\\-');

/**
 * An item with a few characters put in (行政执法全过程记录 for 执法全过程记录, 重大行政执法决定法制审核制度): the writer's
 * fuller wording of the same item, not another item. Every form with up to four characters at any one place.
 * Not when what is put in after the item's opening turns that opening into another item's (重大决策 → 重大项目决策, the
 * opening of 重大项目安排): the two items are mixed up, which is a changed item, not a fuller one.
 */
const PUT_IN = 4;
function withWordsPutIn(forms: readonly string[], otherForms: readonly string[] = []): string {
  const borrowed = (f: string, i: number) => {
    const opening = f.slice(0, i);
    const next = otherForms
      .filter((o) => i > 0 && o.startsWith(opening) && o.length >= i + 2 && o.slice(i, i + 2) !== f.slice(i, i + 2))
      .map((o) => o.slice(i, i + 2));
    return next.length ? `(?!${alt(next)})` : '';
  };
  return `(?:${forms.flatMap((f) => Array.from({ length: f.length + 1 }, (_, i) => `${escapeRegExp(f.slice(0, i))}${borrowed(f, i)}[${CJK}]{0,${PUT_IN}}${escapeRegExp(f.slice(i))}`)).join('|')})`;
}

/**
 * A named system's item written shorter, as a piece of one of its forms (全过程记录 for 执法全过程记录, 公示制度 for
 * 行政执法公示制度): the writer's short name of the same item, not another item. Pieces of four characters or more, so a
 * piece is still a name and not one common word.
 */
const MIN_PIECE = 4;
function shorterForms(forms: readonly string[]): string[] {
  const out = new Set<string>();
  for (const f of forms) for (let i = 0; i < f.length; i++) for (let j = i + MIN_PIECE; j <= f.length; j++) if (j - i < f.length) out.add(f.slice(i, j));
  return [...out].filter((p) => !forms.includes(p));
}

/**
 * The likeness a last item needs after a comma, where a new clause may open: it ends as one of the item's forms ends
 * (企业律师 for 公司律师, 法制审查制度), and the name ends there (制度 or nothing after it), not a clause going on from a
 * shared word (律师参与信访).
 */
const endingsOf = (forms: readonly string[]) => [...new Set(forms.filter((f) => f.length >= 3).map((f) => f.slice(-2)))];
const NAME_AFTER = `(?=制度|机制|体系|等|[^${CJK}]|$)`;

/** The separators of a list proper, and those that may as well open a new clause (，；). */
const LIST_SEP = '[ \\u3000]*(?:、|以及|和|及|与)[ \\u3000]*对?';
const CLAUSE_SEP = '[ \\u3000]*[，,；;][ \\u3000]*对?';

/** The regular expression finding item `slot` changed, the rest of the list right; the match is the changed word. */
function slotRegex(rule: OrderRule, slot: number, keeps?: readonly string[]): string {
  const items = rule.items;
  // Only for lists of named systems: a short name of an item, and a clause after a comma, are read more strictly there.
  const names = rule.changedItem?.kind === 'system-name';
  const shorter = names ? shorterForms(items[slot]!) : [];
  const every = alt([...items.flat(), ...(rule.others ?? []), ...shorter]);
  const fuller = withWordsPutIn(items[slot]!, items.filter((_, i) => i !== slot).flat());
  const [min, max] = span(items[slot]!);
  const word = `[${CJK}]{${min},${max}}`;
  const before = items.slice(0, slot).map(alt).join(SEP);
  const after = items.slice(slot + 1).map(alt).join(SEP);
  // An item that pairs an object with a verb (重要任务亲自督办) changed keeps one of the two (重要任务亲自督促,
  // 关键环节亲自协调); a clause after the list that only shares a character (确保法治政府建设任务落实) is a new clause.
  const like = keeps ? `(?=[${CJK}]{0,${max - 2}}${alt(keeps)})` : `(?=[${CJK}]{0,${max - 1}}[${charsOf(items[slot]!)}])`;
  const end = `(?:${SEP}|$|[^${CJK}])`;
  if (slot === 0) {
    // The text before the separator must not end in the item (履行公众参与: a verb before the right item).
    // First a cheap look for the separator and the second item ahead, so most places fail at once.
    return `(?=${word}${SEP}${alt(items[1]!)})(?!${every}${end})${like}${word}(?<!${every}|${fuller})(?=${SEP}${after})`;
  }
  if (slot === items.length - 1) {
    // After the last separator a new clause may open that names an item already in the list (法律顾问、公职律师，全市
    // 公职律师达到412名): a word holding another item whole repeats that item, it does not change this one.
    const others = alt(items.filter((_, i) => i !== slot).flat());
    // After a comma a new clause may open that shares a character with the item by chance (法律顾问、公职律师，全年出具
    // 法律意见书): there a changed item must keep the item's ending, as a name (企业律师 for 公司律师).
    const endings = endingsOf(items[slot]!);
    const opening = names
      ? `(?:(?<=${before}${LIST_SEP})${like}${endings.length ? `|(?<=${before}${CLAUSE_SEP})(?=[${CJK}]{0,${max - 2}}${alt(endings)}${NAME_AFTER})` : ''})`
      : `(?<=${before}${SEP})${like}`;
    return `${opening}(?!${every}|${fuller})(?![${CJK}]{0,${max - 2}}${others})${word}`;
  }
  // Between two right items any word is a changed item, unless it is the item or another item written out more fully.
  return `(?<=${before}${SEP})(?!(?:${every}|${fuller})${end})${word}(?=${SEP}${after})`;
}

/** The example a generated rule is tested on: the list with its middle item's characters replaced. */
const exampleWith = (rule: OrderRule, slot: number, word: string) => rule.items.map((forms, i) => (i === slot ? word : forms[0]!)).join('、');

/** The lists a rule fixes: its items, and with objects (四个亲自) each object with its item (重点环节亲自协调). */
const listsOf = (r: OrderRule): string[][][] => [r.items, ...(r.objects ? [r.items.map((forms, i) => forms.map((f) => r.objects![i] + f))] : [])];

export function seriesSlotRules(orderRules: readonly OrderRule[]): ExistenceRule[] {
  return orderRules
    .filter((r) => r.changedItem && r.items.length >= 3)
    .map((r) => {
      const middle = Math.floor(r.items.length / 2);
      // The list as the reference writes it: with its objects where it has them (重要工作亲自部署、…).
      const right = listsOf(r).at(-1)!.map((f) => f[0]!).join('、');
      return {
        id: `${r.id}-item-changed`,
        type: 'existence' as const,
        kind: r.changedItem!.kind,
        level: r.changedItem!.level,
        message: `这一组固定名称中有一项与原文不同，原文是“${right}”。照原文写；确是本地另加的内容，可以保留。`,
        fix: `改为：${right}`,
        source: r.source,
        patterns: [],
        // Not inside a 《》 title: a list changed there is the title's mistake, which the title rules report.
        // Checked at the match's end, where it costs nothing on the rest of the text.
        regex: listsOf(r).flatMap((items, paired) =>
          items.map((_, slot) => `${slotRegex({ ...r, items }, slot, paired ? [r.objects![slot]!, ...r.items[slot]!] : undefined)}(?<!《[^《》\\n]*)`),
        ),
        except: [],
        // One of the first two items stands in every list this rule finds (only one item is changed).
        requires: [...new Set(listsOf(r).flatMap((items) => [...items[0]!, ...items[1]!]))],
        examples: { bad: [exampleWith(r, middle, '甲'.repeat(r.items[middle]![0]!.length))], good: [right] },
      };
    });
}

/**
 * A list of four or more quoted with one item left out, the others in order and joined (亲自部署、亲自协调、亲自督办 for the
 * 四个亲自): derived from the order rules that say what kind a dropped item is (`droppedItem`). Only a run of all the
 * others, with no item of the list just before or after it, so the full list and a pair in prose (亲自过问、亲自督办) stay
 * silent. A hint: the reference fixes the whole formulation, but a writer may mean only the duties named.
 */
function droppedRegex(items: readonly (readonly string[])[], slot: number, elsewhere: readonly string[]): string {
  // A neighbour opening as the items do (亲自…, 重…) is an item too, perhaps changed (亲自督促): the list is whole, and a
  // changed item is the changed-item rule's finding.
  const forms = items.flat();
  const opening = `[${escapeRegExp([...new Set(forms.map((f) => f[0]!))].join(''))}]`;
  const longest = Math.max(...forms.map((f) => f.length));
  const kept = items.filter((_, i) => i !== slot);
  const rest = kept.map(alt).join(SEP);
  // The item left out written nearby on its own, right or changed (（一）…重点环节亲自协调。（二）对重要任务亲自督办…): the
  // writer split the list, nothing is missing, and a changed fourth item is the other rules' one finding.
  const near = `[\\s\\S]{0,${NEARBY}}${alt(elsewhere)}`;
  // The first kept item looked for first, so most places fail before the look behind.
  return `(?=${alt(kept[0]!)})(?<!${opening}[${CJK}]{1,${longest - 1}}${SEP})(?<!${alt(elsewhere)}[\\s\\S]{0,${NEARBY}})${rest}(?!${SEP}${opening})(?!${near})`;
}

/** How far from a shortened list the item left out may stand and still count as written (a paragraph or two). */
const NEARBY = 120;

/**
 * Round 49: the lists a dropped item is looked for in, with the verb-first form too (亲自部署重要工作、亲自过问重大问题、
 * 亲自协调重点环节): the changed-item readings of that form are the existence rules', so it is added here only.
 */
const listsForDropped = (r: OrderRule): string[][][] => [...listsOf(r), ...(r.objects ? [r.items.map((forms, i) => forms.map((f) => f + r.objects![i]))] : [])];

export function droppedItemRules(orderRules: readonly OrderRule[]): ExistenceRule[] {
  return orderRules
    .filter((r) => r.droppedItem && r.items.length >= 4)
    .map((r) => {
      const right = listsOf(r).at(-1)!.map((f) => f[0]!).join('、');
      const dropped = (items: string[][]) => items.filter((_, i) => i !== 1).map((f) => f[0]!).join('、');
      return {
        id: `${r.id}-item-dropped`,
        type: 'existence' as const,
        kind: r.droppedItem!.kind,
        level: r.droppedItem!.level,
        message: `这一组固定表述少了一项，原文是“${right}”。引用时写全；只写其中几项的，不要写成并列的固定表述。`,
        fix: `改为：${right}`,
        source: r.source,
        patterns: [],
        // The item left out is there when its verb is, or its object before 亲自 (重要任务亲自部署督办).
        regex: listsForDropped(r).flatMap((items) =>
          items.map((_, slot) => `${droppedRegex(items, slot, [...r.items[slot]!, ...(r.objects ? [`${r.objects[slot]!}亲自`] : [])])}(?<!《[^《》\\n]*)`),
        ),
        except: [],
        requires: [...new Set(listsForDropped(r).flatMap((items) => [...items[0]!, ...items[1]!]))],
        examples: { bad: [dropped(listsOf(r).at(-1)!)], good: [right] },
      };
    });
}

/**
 * A fixed series with one item's two words swapped (执法严明、公正公开 for 执法严明、公开公正; 科学立法、执法严格):
 * derived at build time from the order rules' items, so every series the reference fixes is covered without a
 * rule typed per slip. Only next to a neighbour of the series (the item before or after it, as the series
 * writes them), where the swap cannot be the writer's own phrase; and never a form the phrase bank writes.
 * Also two neighbouring items that trade a word (公正执法、严格司法).
 * A hint: the reference fixes the series' order, it does not rule on the words inside an item.
 */
import { normalisePattern } from './normalize.ts';
import { hintFromFixTable } from './substitution-rules.ts';
import type { OrderRule, SubstitutionRule } from './types.ts';

/** An item of two two-character words (公开公正), with its words swapped; other items have no such slip. */
function swapped(item: string): string | undefined {
  if (!/^[\u4e00-\u9fff]{4}$/.test(item)) return undefined;
  const other = item.slice(2) + item.slice(0, 2);
  return other === item ? undefined : other;
}

export function seriesSwapRule(orderRules: readonly OrderRule[], bankText: string, kind: string | undefined): SubstitutionRule | null {
  const fixFor: Record<string, string> = {};
  const add = (wrong: string, right: string) => {
    const key = normalisePattern(wrong);
    if (bankText.includes(key)) return;
    if (fixFor[key] === undefined || right < fixFor[key]) fixFor[key] = right;
  };
  for (const rule of orderRules) {
    // The series' own forms, first of each item: the neighbours a swapped item is read next to.
    const items = rule.items.map((forms) => forms[0]!).filter(Boolean);
    const all = new Set(rule.items.flat());
    items.forEach((item, i) => {
      for (const form of rule.items[i]!) {
        const wrong = swapped(form);
        if (!wrong || all.has(wrong)) continue;
        if (i > 0) add(`${items[i - 1]}、${wrong}`, `${items[i - 1]}、${form}`);
        if (i + 1 < items.length) add(`${wrong}、${items[i + 1]}`, `${form}、${items[i + 1]}`);
      }
      // two neighbouring items trading their first or last words (公正执法、严格司法 for 严格执法、公正司法),
      // as 解决问题靠法、化解矛盾用法 does in C5: the words are the series' own, only their places are wrong.
      const next = items[i + 1];
      if (!next || !/^[\u4e00-\u9fff]{4}$/.test(item) || !/^[\u4e00-\u9fff]{4}$/.test(next)) return;
      const right = `${item}、${next}`;
      for (const [a, b] of [[next.slice(0, 2) + item.slice(2), item.slice(0, 2) + next.slice(2)], [item.slice(0, 2) + next.slice(2), next.slice(0, 2) + item.slice(2)]] as const) {
        if (!all.has(a) && !all.has(b) && a !== b) add(`${a}、${b}`, right);
      }
    });
  }
  return hintFromFixTable(fixFor, {
    id: 'series-item-swapped',
    ...(kind ? { kind } : {}),
    message: '固定提法中的一项前后两个词写反了（如“公开公正”写成“公正公开”）。照原文的写法写。',
    source: { kind: 'practice', note: '由各条语序规则的固定提法推出：某一项的两个词对调，且紧挨着这组提法的另一项。' },
  });
}

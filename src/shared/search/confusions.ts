/**
 * Known confusions for “您是不是要找：…”. Data, each backed by the fact base
 * (/work/shared/reference/official-phrases.md): the hint is offered only when the query as typed
 * has no exact result and the corrected query has (src/browser/search/page.ts); the query is
 * never rewritten silently, because 法制审核, 法制机构 and the like are correct words.
 */
import { fold } from './fold.ts';

export interface Confusion {
  /** What is often typed. */
  typed: string;
  /** What the documents write. */
  meant: string;
  /** Why, for the source reader. */
  basis: string;
}

export const CONFUSIONS: readonly Confusion[] = [
  { typed: '法制', meant: '法治', basis: 'official-phrases.md D2：“六五”普法称“法制宣传教育”，此后的文件写“法治”（法治政府、法治建设、法治宣传教育）' },
  { typed: '做主', meant: '作主', basis: 'official-phrases.md B1：“人民当家作主”，是“作主”不是“做主”' },
];

/**
 * The query with every known confusion corrected, or null when none occurs in it. Works on the
 * query text (spaces kept, so the terms stay as typed); a confusion is matched on folded text, so
 * 法\u200b制政府 (with a zero-width space) still counts.
 */
export function correctedQuery(text: string, confusions: readonly Confusion[] = CONFUSIONS): string | null {
  let out = text
    .split(' ')
    .map((word) => {
      let w = fold(word);
      for (const c of confusions) w = w.split(fold(c.typed)).join(fold(c.meant));
      return w === fold(word) ? word : w;
    })
    .join(' ');
  out = out.trim();
  return out === text.trim() ? null : out;
}

/**
 * Title rules for the reference's central texts that no typed title rule names: every such title
 * (src/content/sources) becomes a rule that finds it misquoted in 《》 (a word dropped, 若干 left out, one
 * character changed), so a source added to the collection is covered without a rule being typed.
 *
 * Only central titles (国务院…, 中共中央…, 关于…), and only long ones: a short title (a law's name) is one or
 * two characters from another text's, which is not a misquotation. A hint: the check is by likeness, and
 * the writer may mean a text the reference does not hold.
 */
import type { TitleRule } from './types.ts';
import { titleKey } from './checks/title.ts';

/** The fields of a source entry this module reads. */
interface TitledSource { key: string; title: string }

/** How a central title opens; speeches, local texts and reports open otherwise. */
const CENTRAL_TITLE = /^(?:国务院|中共中央|中央|关于|全国人民代表大会|最高人民)/;
/** Shorter titles are too close to other texts' for a likeness check. */
const MIN_TITLE = 14;

/** The title with one character dropped from its middle: a misquotation the rule must find. */
function dropOne(title: string): string {
  const at = title.lastIndexOf('的') > 0 ? title.lastIndexOf('的') : Math.floor(title.length / 2);
  return title.slice(0, at) + title.slice(at + 1);
}

/** kind: the typed title rules' kind, so the generated rules are graded with them. */
export function sourceTitleRules(sources: readonly TitledSource[], typedExacts: readonly string[], kind: TitleRule['kind']): TitleRule[] {
  const typed = new Set(typedExacts.map(titleKey));
  return sources
    // A title with 《》 inside or a 二手 note is an entry about sources, not a title.
    .filter((s) => CENTRAL_TITLE.test(s.title) && !/[《》]|二手/.test(s.title) && s.title.length >= MIN_TITLE && !typed.has(titleKey(s.title)))
    .sort((a, b) => a.key.localeCompare(b.key))
    .map((s): TitleRule => ({
      id: `title-source-${s.key}`,
      type: 'title',
      ...(kind ? { kind } : {}),
      level: 'hint',
      message: `文件名称与依据文件的正式名称不一致（漏字、改字或少了“若干”等）。正式名称是《${s.title}》。`,
      fix: `写作《${s.title}》`,
      source: { kind: 'source', key: s.key },
      exact: s.title,
      nearMisses: [],
      formVariants: true,
      examples: { bad: [`依据《${dropOne(s.title)}》开展工作。`], good: [`依据《${s.title}》开展工作。`] },
    }));
}

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

/** How the name of a law, regulation or central text ends; a speech, a report or a local list ends otherwise. */
const NORMATIVE_END = /(?:法|条例|规定|办法|意见|纲要|规划|细则|决定)$/;

/** The source's title without the note on its version (中华人民共和国行政处罚法（2021年修订）). */
const withoutVersion = (title: string) => title.replace(/（[^（）]*(?:修订|修正)）$/, '');

/** The title with one character changed: the misquotation a one-character rule must find. */
function changeOne(title: string): string {
  const at = Math.floor(title.length / 2);
  return title.slice(0, at) + (title[at] === '法' ? '律' : '法') + title.slice(at + 1);
}

/**
 * the other titles of laws and regulations in the sources (优化营商环境条例, 中华人民共和国行政诉讼法), short
 * or not central, found only with one character changed in place (坏境 for 环境): two characters off is often
 * another law (行政复议法, 行政诉讼法), one is a slip.
 */
function oneCharRules(sources: readonly TitledSource[], covered: ReadonlySet<string>, kind: TitleRule['kind']): TitleRule[] {
  return sources
    .map((s) => ({ key: s.key, title: withoutVersion(s.title) }))
    .filter((s) => NORMATIVE_END.test(s.title) && s.title.length >= 6 && !/[《》“”]|二手/.test(s.title) && !covered.has(titleKey(s.title)))
    .filter((s, i, all) => all.findIndex((x) => x.title === s.title) === i)
    .sort((a, b) => a.key.localeCompare(b.key))
    .map((s) => sourceTitleRule(s, kind, {
      message: `文件名称与依据文件的正式名称差一个字。正式名称是《${s.title}》。`,
      formVariants: false,
      oneCharOff: true,
      wrong: changeOne(s.title),
    }));
}

/** kind: the typed title rules' kind, so the generated rules are graded with them. */
export function sourceTitleRules(sources: readonly TitledSource[], typedExacts: readonly string[], kind: TitleRule['kind']): TitleRule[] {
  const typed = new Set(typedExacts.map(titleKey));
  const central = centralTitleRules(sources, typed, kind);
  const covered = new Set([...typed, ...central.map((r) => titleKey(r.exact))]);
  const embedded = embeddedTitleRules(sources, covered, kind);
  return [...central, ...oneCharRules(sources, covered, kind), ...versionNoteRules(sources, kind), ...embedded];
}

/** The 文件 a 通知 issues or passes on: 国务院办公厅关于印发X的通知, 中共中央、国务院转发〈X〉的通知. */
const ISSUED_IN_NOTICE = /(?:关于印发|转发)[〈《]?(.+?)[〉》]?的通知$/;

/** The title with its period moved by a year (2023—2025 as 2022—2025): the misquotation the example shows. */
const yearMoved = (title: string) => title.replace(/(\d{4})(?=\s*[—–\-－~～至])/, (y) => String(Number(y) - 1));

/**
 * A 文件 known to the reference only inside the 通知 that issued it (提升行政执法质量三年行动计划（2023—2025年）):
 * reports cite the 文件 itself, not the 通知, so its title is compared as any central title is (years moved, a word
 * dropped or changed). A hint, as the other likeness rules.
 */
function embeddedTitleRules(sources: readonly TitledSource[], covered: ReadonlySet<string>, kind: TitleRule['kind']): TitleRule[] {
  return sources
    .map((s) => ({ key: s.key, title: ISSUED_IN_NOTICE.exec(s.title)?.[1] ?? '' }))
    .filter((s) => s.title.length >= 10 && !/[《》〈〉]/.test(s.title) && !covered.has(titleKey(s.title)))
    .sort((a, b) => a.key.localeCompare(b.key))
    .map((s) => ({
      ...sourceTitleRule(s, kind, {
        message: `文件名称与依据文件的正式名称不一致（年份、漏字或改字）。正式名称是《${s.title}》。`,
        formVariants: true,
        wrong: yearMoved(s.title) === s.title ? dropOne(s.title) : yearMoved(s.title),
      }),
      id: `title-issued-${s.key}`,
    }));
}

/** The note on a law's version at the end of its title: （2023年修订）. */
const VERSION_NOTE = /（(\d{4})年(修订|修正)）$/;

/**
 * A law's version note with the other word (（2023年修正） where the reference gives （2023年修订）): 修订 rewrites a law,
 * 修正 amends articles, and the year names the same text, so the writer means this law and misnames its version.
 */
function versionNoteRules(sources: readonly TitledSource[], kind: TitleRule['kind']): TitleRule[] {
  return sources
    .filter((s) => VERSION_NOTE.test(s.title))
    .sort((a, b) => a.key.localeCompare(b.key))
    .map((s) => {
      const wrong = s.title.replace(VERSION_NOTE, (_, year, word) => `（${year}年${word === '修订' ? '修正' : '修订'}）`);
      return {
        ...sourceTitleRule(s, kind, { message: `文件名称里的版本说明与依据文件不一致。正式名称是《${s.title}》。`, formVariants: false, wrong }),
        id: `title-version-${s.key}`,
        nearMisses: [wrong],
      };
    });
}

function centralTitleRules(sources: readonly TitledSource[], typed: ReadonlySet<string>, kind: TitleRule['kind']): TitleRule[] {
  return sources
    // A title with 《》 inside or a 二手 note is an entry about sources, not a title.
    .filter((s) => CENTRAL_TITLE.test(s.title) && !/[《》]|二手/.test(s.title) && s.title.length >= MIN_TITLE && !typed.has(titleKey(s.title)))
    .sort((a, b) => a.key.localeCompare(b.key))
    .map((s) => sourceTitleRule(s, kind, {
      message: `文件名称与依据文件的正式名称不一致（漏字、改字或少了“若干”等）。正式名称是《${s.title}》。`,
      formVariants: true,
      wrong: dropOne(s.title),
    }));
}

/** A hint rule for one source's title; `wrong` is the misquotation its example shows. */
function sourceTitleRule(s: TitledSource, kind: TitleRule['kind'], o: { message: string; formVariants: boolean; oneCharOff?: boolean; wrong: string }): TitleRule {
  return {
    id: `title-source-${s.key}`,
    type: 'title',
    ...(kind ? { kind } : {}),
    level: 'hint',
    message: o.message,
    fix: `写作《${s.title}》`,
    source: { kind: 'source', key: s.key },
    exact: s.title,
    nearMisses: [],
    formVariants: o.formVariants,
    ...(o.oneCharOff ? { oneCharOff: true } : {}),
    examples: { bad: [`依据《${o.wrong}》开展工作。`], good: [`依据《${s.title}》开展工作。`] },
  };
}

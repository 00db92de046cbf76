/**
 * A report year called the year a current law was adopted or took effect (今年是行政复议法修订通过之年, 2025年是新修订的
 * 行政复议法施行之年). The years come from the source as lawYear's counts do (central-documents.md: 行政复议法 2023-09-01
 * 修订, 2024-01-01 施行): 通过, 颁布, 印发, 公布 name the year adopted; 施行, 实施 the year in force. A revised text is
 * named only with 修订 (or 新修订, 修订后, 新) beside it, since the bare name may mean its first text; an unrevised one
 * only without it.
 *
 * Round 40: the same for a count of years from the milestone (2023年是新修订的行政复议法施行第一年, …实施后的第二年).
 *
 * Round 40: a count of years from the milestone (2023年是新修订的行政复议法施行第一年, …实施后的第二年) names its year too.
 *
 * Round 39: the same year put before the law (今年施行的新修订《行政复议法》, 2025年起施行的新修订行政复议法 in a 2025
 * report; v38d): the year written, or the report's for 今年, 本年度, is the year it names for the milestone.
 */
import { escapeRegExp } from '../escape-regexp.ts';
import type { Ctx, Mark } from './context.ts';
import type { ConsistencyRule } from './types.ts';
import { foldDraft } from './date-reader.ts';
import { clauseSubjectYear } from './clause-subject-year.ts';

const ADOPTED = /通过|颁布|印发|出台|发布|公布/;
/** 施行第一年, 实施第二年: the count of years from the milestone (round 40). */
const ORDINAL = '一二三四五';

export function lawMilestoneYears(rule: ConsistencyRule, ctx: Ctx): Mark[] {
  const texts = (rule.numbered ?? []).filter((s) => s.since !== undefined);
  if (!texts.length || !ctx.year) return [];
  const text = foldDraft(ctx);
  const marks: Mark[] = [];
  for (const doc of texts) {
    const { revised, name } = lawName(doc);
    const re = new RegExp(`(新修订|修订后|新修正|修正后|新)?的?[《“]?(?:中华人民共和国)?${name}[》”]?(?:的)?(?:正式)?(修订|修正)?((?:通过|颁布|印发|出台|发布|公布|施行|实施))(?:的)?(?:之年|(?:后的?)?(?:第([一二三四五\\d])年|(首)年))`, 'gu');
    for (const m of text.matchAll(re)) {
      const namesRevision = m[1] !== undefined || m[2] !== undefined;
      if (namesRevision !== revised) continue;
      const subject = clauseSubjectYear(text, m.index, ctx.year ?? undefined);
      if (!subject) continue;
      const milestone = ADOPTED.test(m[3]!) ? doc.adopted ?? doc.since! : doc.since!;
      const nth = m[4] ? ORDINAL.indexOf(m[4]) + 1 || Number(m[4]) : m[5] ? 1 : 0;
      const meant = milestone + Math.max(nth - 1, 0);
      if (subject.year === meant) continue;
      // Round 40: 施行第一年 of a law in force from mid-year may mean its first full year, the next one: only a year
      // outside both is a contradiction (2023年是新修订的行政复议法施行第一年, in force 2024-01-01).
      if (nth && subject.year === meant + 1) continue;
      const plain = name.replace(/\\/g, '');
      const verbAt = m.index + m[0].lastIndexOf(m[3]!) - (m[2]?.length ?? 0);
      const fact = `${plain}${revised ? '（修订）' : ''}${doc.adopted ?? doc.since}年${revised ? '修订' : ''}通过，${doc.since}年施行`;
      marks.push({
        start: subject.at,
        end: m.index + m[0].length,
        fix: `${m[0].slice(verbAt - m.index)}是${meant}年，核对年份`,
        message: `${fact}；这里把${subject.year}年（“${subject.words}”）说成${text.slice(verbAt, m.index + m[0].length)}。`,
      });
    }
  }
  return [...marks, ...yearBeforeLaw(texts, text, ctx.year)];
}

type Source = NonNullable<ConsistencyRule['numbered']>[number];

/** A source's name as drafts write it (no 中华人民共和国, no trailing note such as （2021—2025年）), escaped, and that note. */
function lawName(doc: Source): { revised: boolean; name: string; note: string } {
  const note = /[（(][^（）()]*[）)]$/.exec(doc.title)?.[0] ?? '';
  return {
    revised: /修订|修正/.test(doc.title),
    name: escapeRegExp(doc.title.slice(0, doc.title.length - note.length).replace(/^中华人民共和国/, '')),
    note: note.replace(/\(/g, '（').replace(/\)/g, '）'),
  };
}

/** The year that dates a milestone: 今年, 本年度 (the report's) or a year written, with its month and day if given. */
const MILESTONE_DATE = '(?<![\\d年])(?<when>今年|本年度?|(?<year>\\d{4})\\s*年)(?:\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?)?(?:起)?';
const REVISION_PREFIX = '(?<prefix>新修订|修订后|新修正|修正后|新)?的?[《“]?(?:中华人民共和国)?';

/**
 * 今年施行的新修订《行政复议法》, 2025年1月1日起实施的新修订的行政复议法: a milestone dated before the law's name. Round 42:
 * the date may open the clause with the law and its verb after it (今年1月1日，新修订的行政复议法正式施行，…): the clause
 * must end on the verb, so 施行以来 or 施行一周年 (another count) is left to the readers of those. So may the law come
 * first with the date after 于 or 自 (新修订的行政复议法于今年1月1日起施行).
 */
function yearBeforeLaw(texts: Source[], text: string, reportYear: number): Mark[] {
  const marks: Mark[] = [];
  for (const doc of texts) {
    const { revised, name, note } = lawName(doc);
    const dateThenVerb = new RegExp(`${MILESTONE_DATE}(?:正式|新)?(?<revision>修订|修正)?(?<verb>通过|颁布|印发|出台|发布|公布|施行|实施)的${REVISION_PREFIX}${name}[》”]?`, 'gu');
    const dateThenLaw = new RegExp(`${MILESTONE_DATE}[，,]\\s*${REVISION_PREFIX}${name}[》”]?(?:正式)?(?<revision>修订|修正)?(?<verb>通过|颁布|公布|施行|实施)(?=[，,。；;\\n]|$)`, 'gu');
    // 新修订的行政复议法于今年1月1日起施行: the date between the law and its verb.
    const lawThenDate = new RegExp(`${REVISION_PREFIX}${name}[》”]?(?:已|已经)?(?:于|自)${MILESTONE_DATE}(?:正式)?(?<revision>修订|修正)?(?<verb>通过|颁布|公布|施行|实施)(?=[，,。；;\\n]|$)`, 'gu');
    for (const m of [...text.matchAll(dateThenVerb), ...text.matchAll(dateThenLaw), ...text.matchAll(lawThenDate)]) {
      const g = m.groups!;
      if ((g.revision !== undefined || g.prefix !== undefined) !== revised) continue;
      // 《法治政府建设实施纲要（2015—2020年）》 is another text than the (2021—2025年) one of the same name.
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
      if (/^[（(]/.test(after) && !after.startsWith(note)) continue;
      const year = g.year !== undefined ? Number(g.year) : reportYear;
      const verb = g.verb!;
      const meant = ADOPTED.test(verb) ? doc.adopted ?? doc.since! : doc.since!;
      if (year === meant) continue;
      const plain = name.replace(/\\/g, '');
      // The clause that ends on its verb has it last; otherwise the verb is the first after the date (a name may hold 实施).
      const verbAt = m.index + (m[0].endsWith(verb) ? m[0].length - verb.length : m[0].indexOf(verb, g.when!.length));
      marks.push({
        start: m.index,
        end: verbAt + verb.length,
        fix: `${verb}是${meant}年，核对年份`,
        message: `${plain}${revised ? '（修订）' : ''}${doc.adopted ?? doc.since}年${revised ? '修订' : ''}通过，${doc.since}年施行；这里写成${year}年${verb}。`,
      });
    }
  }
  return marks;
}

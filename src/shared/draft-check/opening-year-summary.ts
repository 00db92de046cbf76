/**
 * The opening's summary of the year led by another year: 2026年是…开局之年。2025年，全局在区委的坚强领导下，坚持以…为指导，
 * …全年共作出… in a report on 2026; 根据…开展2023年度…自查的通知要求，…开展自查。2022年，我县坚持以…为指导，… in a report on
 * 2023 (round 61: v63c-year-contradiction-02, -04, -09, -14; v63d-year-contradiction-05, -11). The sentence is the
 * year's summary (在…领导下, 坚持以…, 以…为指导, 深入贯彻): a report is on one year (requirements.md 二), so its year is the
 * report's. Years told as background (2023年以来, 自2022年起, 较2022年), history and milestones, plans for a later year,
 * and an opening that also sums up the report's year under its own number stay silent.
 */
import type { Ctx } from './context.ts';
import { HISTORY } from './context.ts';
import { sentenceAround } from './sentence.ts';
import { foldDraft } from './date-reader.ts';

/** A sentence of the opening led by a year. */
const LED_BY_YEAR = /(?:^|[。！？\n])[^\S\n]*((?:19|20)\d{2})\s*年度?[，,]/gu;
/** The words of a year's summary: the leadership it worked under and the guidance it followed. */
const SUMMARY = /(?:坚强|正确|统一)领导下|坚持以|以习近平[^。\n]{0,24}(?:为指导|为引领)|(?:深入|全面)(?:学习)?贯彻/u;
/** Background: a span, a comparison, a milestone of that year. */
const BACKGROUND = /以来|至今|[自从](?:19|20)\d{2}|(?:19|20)\d{2}\s*年起|较|同比|比上年|相比|上年|去年|获评|荣获|被评|评为|授予|命名|印发|出台|颁布|成立|组建|挂牌|首次|启动|试点|到任|担任/u;
/** A plan: a later year told as what will be done. */
const PLAN = /(?<!现)将|拟|计划|力争|预计|争取|打算|目标/u;

/** Read once per draft: checks/dates.ts reports these years, and checks/consistency.ts asks of a cited plan's clause. */
const readByDraft = new WeakMap<Ctx, number[]>();

/** Offsets (in the folded draft) of the years leading the opening's summary sentence when they are not the report's year. */
export function openingYearSummaries(ctx: Ctx): number[] {
  let at = readByDraft.get(ctx);
  if (at === undefined) {
    at = readOpeningYearSummaries(ctx, foldDraft(ctx));
    readByDraft.set(ctx, at);
  }
  return at;
}

function readOpeningYearSummaries(ctx: Ctx, text: string): number[] {
  const year = ctx.year;
  if (!year) return [];
  const [from, to] = ctx.layout.opening;
  const opening = text.slice(from, to);
  const leads = [...opening.matchAll(LED_BY_YEAR)].map((m) => {
    const at = from + m.index + m[0].indexOf(m[1]!);
    return { y: Number(m[1]), at, sentence: sentenceAround(text, at, { stops: /[。！？\n]/ }).text };
  });
  // The report's own year summed up in the opening as well: the other year is the scene set before it.
  if (leads.some((l) => l.y === year && SUMMARY.test(l.sentence))) return [];
  const found: number[] = [];
  for (const { y, at, sentence } of leads) {
    if (y === year || y < year - 2 || y > year + 1) continue;
    // Years inside a cited title (《…规划（2020—2025年）》) are the title's, not the sentence's.
    const bare = sentence.replace(/《[^》]*》/gu, '');
    if ([...bare.matchAll(/(?<!\d)((?:19|20)\d{2})\s*年/gu)].some((o) => Number(o[1]) !== y)) continue;
    if (!SUMMARY.test(bare) || BACKGROUND.test(bare) || HISTORY.test(bare) || (y > year && PLAN.test(bare))) continue;
    found.push(at);
  }
  return found;
}

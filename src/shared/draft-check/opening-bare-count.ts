/**
 * An opening total that names only the thing, no act (全年合同129份, 年内规范性文件19件), against the one count of that
 * thing in the body (本年度审核行政协议及合同121份). The opening sums up what the body tells, so when the body counts the
 * thing only once, in the same unit, that count is the opening's told again; another number is a slip. The ledger's
 * readers compare measures verb first and leave a verbless total alone, which is why this reader exists.
 *
 * It stays silent where the pairing is not sure: the body counts the thing twice or more (签订合同… 审核合同…), names a
 * kind of it (采购合同, 涉企合同, 行政复议案件 under 案件), a part, a scope or a plan.
 */
import type { Ctx, Mark } from './context.ts';
import { ledger, thisYearsFigure, VERB, type Entry } from './measure-ledger.ts';
import { pairMark } from './pair-mark.ts';
import { inPlanSection } from './plan-section.ts';

/** Words before the thing that name no kind of it: every one of it, or (for contracts) the government's own. */
const ALL_OF = '(?:各类|各项|全部)?';
/** Other things joined before it (行政协议及合同): the count covers them too, so the thing is not narrowed. */
const JOINED = '(?:[\\u3400-\\u9fff]{2,8}(?:及|和|与|、))*';

/** Words saying the count is the year's, like 全年. */
const YEAR_SCOPE = /^(?:今年以来|今年|本年度|年内|一年来)/u;
/**
 * The draft's own organ as a whole, before a listed stock (全单位法律顾问25名, 带领班子重大行政决策事项26项): the scope the
 * body has too. 全县 is wider than the organ and stays out.
 */
const OWN_SCOPE = /^(?:[全本](?:单位|局|委|办|院|厅|署|系统|机关|部门)|带领班子|领导班子)/u;
/** Whether a figure stands in a 、 list of the year's figures (…法律顾问25名、开展普法活动11场): each item is a year total. */
// An item after an act in its clause shares that act (共审核重大行政决策9项、行政规范性文件23件): not a stock.
const listed = (ctx: Ctx, e: Entry) => (ctx.text[e.end] === '、' || /、[^、，。；;\n]*$/u.test(ctx.text.slice(e.sentenceStart, e.start))) && !VERB.test(ctx.text.slice(e.sentenceStart, e.start).split(/[，,]/).pop()!);
/**
 * A body count of people written number first that is the whole team (依托26名法律顾问审查合同, 9名法律顾问全程参与):
 * the team relied on, or all of it taking part. 组织5名法律顾问参加培训 may be some of them and stays out.
 */
const TEAM_RELIED_ON = /(?:依托|依靠|借助|发挥)$/u;
const TEAM_ALL_IN = /^[\u3400-\u9fff]{2,8}?(?:全程|全部|均|全员)/u;
/** Verbs of a stock of people (聘请法律顾问10名): the number is the team's size. */
const STOCK_VERB = /^(?:聘请|聘任|配备)/u;
/** A 目录 of the thing, then the count it lists (公开发布重大行政决策事项目录，共列入24项): the year's decisions. */
const LISTED_IN = /^(?:共|共计|全年)?(?:列入|纳入|确定)$/u;

/** Whether an entry counts the thing: its words end with it, or the number comes first (对78份合同进行…). */
function countsThing(ctx: Ctx, e: Entry, thing: string): boolean {
  return e.words.endsWith(thing) || numberFirst(ctx, e, thing) || inCatalogue(ctx, e, thing);
}
const numberFirst = (ctx: Ctx, e: Entry, thing: string) => new RegExp(`^[\\u3400-\\u9fff]{0,6}${thing}`, 'u').test(ctx.text.slice(e.end, e.end + thing.length + 6));
const inCatalogue = (ctx: Ctx, e: Entry, thing: string) => LISTED_IN.test(e.figure.clause.replace(/\d.*$/u, '')) && ctx.text.slice(e.sentenceStart, e.start).includes(`${thing}目录`);

/** How the body's one count of the thing counts it: an act on it, the whole team relied on, or a catalogue's size. */
function countedWhole(ctx: Ctx, body: Entry, thing: string, act: RegExp): boolean {
  if (act.test(body.before) || act.test(body.words)) return VERB.exec(body.measure)?.index === 0;
  if (body.unit === '人' && numberFirst(ctx, body, thing)) {
    return TEAM_RELIED_ON.test(body.before) || TEAM_ALL_IN.test(ctx.text.slice(body.end, body.end + 16));
  }
  return inCatalogue(ctx, body, thing);
}

export function bareOpeningTotals(ctx: Ctx): Mark[] {
  const entries = ledger(ctx);
  const current = thisYearsFigure(ctx);
  const marks: Mark[] = [];
  for (const sum of entries) {
    // Only the body's count is read for another year: an opening sentence often cites the 纲要（2021—2025年）.
    if (!sum.summary || sum.figure.approx || sum.part || sum.scoped) continue;
    // 全年 reads as a total word; 年内, 本年度 say the same of the year and stay in the words.
    // The organ's scope is read off only a listed stock with no 共 (a 共 total keeps its words, as before round 53).
    const year = YEAR_SCOPE.exec(sum.words)?.[0] ?? (!sum.total && listed(ctx, sum) ? OWN_SCOPE.exec(sum.words)?.[0] : undefined) ?? '';
    // A stock listed among the year's figures is one of them (全单位法律顾问25名、开展普法活动11场).
    if (!sum.total && !year && !listed(ctx, sum)) continue;
    // 聘请法律顾问10名: a stock of people taken on; the people are the thing the body counts.
    const thing = sum.words.slice(year.length).replace(sum.unit === '人' ? STOCK_VERB : /^$/u, '');
    if (!/^[\u3400-\u9fff]{2,10}$/u.test(thing) || VERB.test(thing)) continue;
    const counts = entries.filter((e) => !e.summary && e.unit === sum.unit && !inPlanSection(ctx, e.start) && countsThing(ctx, e, thing));
    if (counts.length !== 1) continue;
    const body = counts[0]!;
    if (body.value === sum.value || !current(body) || body.part || body.scoped) continue;
    // The act, then the thing alone, with every one of it, or with other things joined before it.
    const act = new RegExp(`(?:${VERB.source})${ALL_OF}${JOINED}(?:涉政府)?${thing}$`, 'u');
    // The words as read (对规范性文件逐件进行合法性审核 reads 合法性审核规范性文件) or as written (行政协议及合同).
    if (!countedWhole(ctx, body, thing, act)) continue;
    // A stock taken on (聘请…10名) is compared only with the whole team written number first (9名法律顾问全程参与).
    if (STOCK_VERB.test(sum.words.slice(year.length)) && !numberFirst(ctx, body, thing)) continue;
    marks.push(pairMark(sum, body, `开头写“${sum.figure.clause}”，正文唯一一处同类数字写“${body.figure.clause}”：数字前后不一致。`, '核对这项数字，开头的总数和正文改成一致'));
  }
  return marks;
}

/**
 * Two counts in like words that the text itself shows to be two occasions, not one measure restated:
 * - the audiences of two different events (参加宪法晨读活动，参与学生47人次 … 参加模拟法庭活动3场，参与学生287人次;
 *   结合分管工作讲授专题课2次，带动干部职工98人次 … 主要负责同志带头讲授法治课2次，带动干部职工51人次);
 * - an activity the organ organised for others against the chief's own share (组织领导干部旁听庭审11场 … 主要负责人带头旁听庭审8次);
 * - problems found by two different inspections (整改审计发现问题38个 … 专项督察3轮，发现问题26个; 自查梳理问题2个 … 开展
 *   行政执法监督…对发现的7个问题);
 * - a stock built in an earlier period against this year's new ones (“七五”普法期间建成的9处阵地 … 新建阵地8处).
 * The same event, the same doer or the same inspection told twice with two numbers stays a restatement.
 */
import { CLAUSE_BREAK } from './checks/figures.ts';
import { startBefore } from './sentence.ts';

/** Things built in an ended period or an earlier year (“七五”普法期间建成的, 2022年建成的, 此前建成的). */
const BUILT_EARLIER = /(?:五[”"’」]?(?:普法)?(?:规划)?(?:期间|时期)|此前|以往|往年|历年|((?:19|20)\d{2})\s*年)[\u3400-\u9fff]{0,3}(?:建成|建设|设立|创建|命名)的/u;
/** This year's additions. */
const NEW_ONES = /新建|新增|新设|新创建/u;

type Place = { start: number; end: number };

/** A clause that counts the people reached by an event told just before it (带动干部职工, 参与学生, 覆盖群众). */
const AUDIENCE = /(?:带动|覆盖|参与|参加|惠及|吸引)[\u3400-\u9fff]{0,6}$/u;
/** A count closing the event clause (3场, 2次), dropped before the events are compared. */
const EVENT_COUNT = /\d+(?:\.\d+)?\s*[\u3400-\u9fff]{0,2}$/u;
/** The chief's own share (带头, 亲自) against an activity organised for others (组织…). */
const OWN_SHARE = /带头|亲自/u;
const ORGANISED = /组织/u;
/** Who found problems: the inspection nearest before the count. */
const FINDER = /审计|督察|巡察|巡视|执法检查|执法监督|评查|评议|督导|自查|信访/gu;

function clauseBefore(text: string, at: number): { start: number; text: string } {
  const start = startBefore(text, at, CLAUSE_BREAK);
  return { start, text: text.slice(start, at) };
}

/** The event an audience count belongs to: the last four characters of the clause before, its own count dropped. */
function eventOf(text: string, p: Place): string | null {
  const own = clauseBefore(text, p.start);
  if (!AUDIENCE.test(own.text) || own.start < 2) return null;
  const event = clauseBefore(text, own.start - 1).text.replace(EVENT_COUNT, '');
  return event.slice(-4) || null;
}

const lastFinder = (text: string, p: Place): string => {
  const sentence = text.slice(startBefore(text, p.start), p.start);
  return [...sentence.matchAll(FINDER)].at(-1)?.[0] ?? '';
};

function builtEarlier(text: string, p: Place, year: number | null): boolean {
  const m = BUILT_EARLIER.exec(text.slice(startBefore(text, p.start), p.start));
  return !!m && (!m[1] || (year !== null && Number(m[1]) < year));
}

/** One count the stock of an earlier period, the other this year's new ones (and not also called earlier). */
function stockAndNew(text: string, a: Place, b: Place, year: number | null): boolean {
  const isNew = (p: Place) => NEW_ONES.test(text.slice(startBefore(text, p.start), p.start));
  return (builtEarlier(text, a, year) && isNew(b) && !builtEarlier(text, b, year)) || (builtEarlier(text, b, year) && isNew(a) && !builtEarlier(text, a, year));
}

export function twoOccasions(text: string, a: Place, b: Place, year: number | null = null): boolean {
  if (stockAndNew(text, a, b, year)) return true;
  const [ea, eb] = [eventOf(text, a), eventOf(text, b)];
  if (ea && eb && ea !== eb) return true;
  const [ca, cb] = [clauseBefore(text, a.start).text, clauseBefore(text, b.start).text];
  if ((OWN_SHARE.test(ca) && ORGANISED.test(cb) && !OWN_SHARE.test(cb)) || (OWN_SHARE.test(cb) && ORGANISED.test(ca) && !OWN_SHARE.test(ca))) return true;
  const [fa, fb] = [lastFinder(text, a), lastFinder(text, b)];
  return !!fa && !!fb && fa !== fb;
}

/**
 * Document titles in 《》 that nearly match a known title. The comparison key drops the
 * marks writers vary (dashes, brackets, 年, spaces, quotation marks, 顿号) but keeps the
 * years' digits, so 2015—2020 and 2021—2025 stay different plans.
 */
import { foldChar } from '../normalize.ts';
import type { Ctx, Mark } from '../context.ts';
import type { TitleRule } from '../types.ts';
import { withIssuerBefore } from '../issuer-before-title.ts';

export function titleKey(t: string): string {
  let out = '';
  for (const c of t) out += foldChar(c);
  return out.replace(/[\s（）()〔〕[\]【】—–\-－~～〜至年“”"‘’'「」、·〈〉<>]/g, '');
}

export interface QuotedTitle { inner: string; start: number; end: number }

/** Every 《…》 in the draft, with the offsets of the whole bracketed title. */
export function quotedTitles(text: string): QuotedTitle[] {
  const out: QuotedTitle[] = [];
  for (const m of text.matchAll(/《([^《》\n]{2,100})》/g)) out.push({ inner: m[1]!, start: m.index, end: m.index + m[0].length });
  return out;
}

const VERSION_AFTER = /^[（(](\d{4})年(修订|修正)[）)]/;

/**
 * The titles a title rule compares: every 《…》, and every 〈…〉 inside one (《中共中央、国务院转发〈…规划〉的通知》,
 * 《〈…意见〉实施细则》), where the 文件 the 通知 passes on is named and may be misquoted.
 */
export function titlesToCompare(text: string): QuotedTitle[] {
  const out: QuotedTitle[] = [];
  for (const t of quotedTitles(text)) {
    out.push(t);
    // A version note after the marks (《中华人民共和国行政处罚法》（2021年修正）) belongs to the title as the reference writes it.
    const note = VERSION_AFTER.exec(text.slice(t.end, t.end + 12));
    if (note) out.push({ inner: `${t.inner}（${note[1]}年${note[2]}）`, start: t.start, end: t.end + note[0].length });
    const open = t.start + 1;
    for (const m of t.inner.matchAll(/〈([^〈〉]{2,100})〉/g)) out.push({ inner: m[1]!, start: open + m.index, end: open + m.index + m[0].length });
  }
  return out;
}

const digitsOf = (k: string) => k.replace(/\D/g, '');
const wordsOf = (k: string) => k.replace(/\d/g, '');
const years = (k: string) => (k.match(/\d{4}/g) ?? []).map(Number);
/** How far apart two titles' years are (2020—2025 against 2021—2025: 1). */
const yearGap = (a: string, b: string) => {
  const [x, y] = [years(a), years(b)];
  return x.length !== y.length ? Infinity : x.reduce((n, v, i) => n + Math.abs(v - y[i]!), 0);
};

/** Whether every character of a appears in b, in order. */
function isSubsequence(a: string, b: string): boolean {
  let i = 0;
  for (const c of b) if (c === a[i]) i++;
  return i === a.length;
}

/** Edit distance, giving up above max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]!);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * A title in 《》 is this plan misnamed when it is a listed near miss, or (formVariants) when it
 * differs only in dashes, brackets and spaces, only in its years (and no other known plan has
 * those years: 2020—2025 for the 2021—2025 纲要), or by at most two characters with the same years
 * (督查 for 督察, a dropped 通报), with up to four characters left out of a long title or put in before its end, or with its words in
 * another order (党内法规和国家法律 as 国家法律和党内法规), or (round 8, any length) with one character changed in place
 * (坏境 for 环境; a digit changed is a year, left to the rules above). A title
 * that is another known plan is never this one misnamed.
 */
/** Same length, one character changed, and not a digit or numeral (a year or a number is another text's, or the dates check's). */
function oneCharApart(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].map((c, i) => (c === b[i] ? -1 : i)).filter((i) => i !== -1);
  // A numeral changed names another text (第十三个五年规划纲要), not a slip in this one.
  const letter = (c: string) => /[\u4e00-\u9fff]/.test(c) && !/[一二三四五六七八九十百零〇两]/.test(c);
  return diff.length === 1 && letter(a[diff[0]!]!) && letter(b[diff[0]!]!);
}

/**
 * one word of a long title swapped for another (领导干部 for 国家工作人员): the same opening and the same
 * ending, which together keep most of the title, and one short word between them that differs, with the same
 * years. Reported as 提示 whatever the rule's level: the likeness is a guess.
 */
const MIN_KEPT = 12;
const MAX_SWAPPED = 6;
const MAX_SWAPPED_LONG = 10;
const LONG_HEAD = 8;
const LONG_TAIL = 5;
function oneWordSwapped(k: string, key: string): boolean {
  if (digitsOf(k) !== digitsOf(key) || k === key) return false;
  let head = 0;
  while (head < k.length && head < key.length && k[head] === key[head]) head++;
  let tail = 0;
  while (tail < k.length - head && tail < key.length - head && k[k.length - 1 - tail] === key[key.length - 1 - tail]) tail++;
  const [mine, theirs] = [k.slice(head, k.length - tail), key.slice(head, key.length - tail)];
  const kept = head + tail;
  // A longer phrase replaced (法律法规 for 党内法规和国家法律) only between a long head and a long tail.
  const longest = head >= LONG_HEAD && tail >= LONG_TAIL ? MAX_SWAPPED_LONG : MAX_SWAPPED;
  // The tail may be the title's last word alone (规定 in 记录和问责规定 for 记录和责任追究规定) where the head kept is long enough to fix the title.
  return head >= 2 && (tail >= 3 || (tail >= 2 && head >= MIN_KEPT)) && kept >= MIN_KEPT && kept * 3 >= key.length * 2 && mine.length >= 2 && theirs.length >= 2 && mine.length <= longest && theirs.length <= longest && /^[\u4e00-\u9fff]+$/.test(mine + theirs);
}

/**
 * The quoted slogan inside a title replaced by another (推动“一件事一次办”的指导意见 for 推动“高效办成一件事”的…):
 * everything around the quotation marks kept word for word, and a long kept part, so the cited title is this one
 * with its slogan misremembered, whatever the length of the slogan written in its place.
 */
const MAX_SLOGAN = 16;
const sameQuotes = (t: string) => t.replace(/[“”"＂「」]/g, '"');
function quotedSloganSwapped(cited: string, exact: string): boolean {
  const m = /^([^"]*)"([^"]+)"([^"]*)$/.exec(sameQuotes(exact));
  if (!m) return false;
  const [, head, slogan, tail] = m as unknown as [string, string, string, string];
  const c = sameQuotes(cited);
  if (head.length + tail.length < MIN_KEPT || !c.startsWith(`${head}"`) || !c.endsWith(`"${tail}`)) return false;
  const theirs = c.slice(head.length + 1, c.length - tail.length - 1);
  return theirs !== slogan && theirs.length >= 1 && theirs.length <= MAX_SLOGAN && !theirs.includes('"');
}

/**
 * A short title with one word put inside it (优化营商环境实施条例 for 优化营商环境条例): the longer-title reading above
 * needs twelve characters, but a short law or regulation keeps its words as plainly. The word must stand inside, with
 * the title's opening and closing words kept around it: before the title a place names a local text (江苏省优化营商环境条例),
 * after it another text (…条例实施细则). A likeness only: always 提示.
 */
const MIN_SHORT_TITLE = 6;
const MAX_PUT_IN = 2;
function wordPutIn(k: string, key: string): boolean {
  const extra = k.length - key.length;
  if (extra < 1 || extra > MAX_PUT_IN || key.length < MIN_SHORT_TITLE || digitsOf(k) !== digitsOf(key)) return false;
  let head = 0;
  while (head < key.length && k[head] === key[head]) head++;
  const tail = key.length - head;
  const put = k.slice(head, head + extra);
  return head >= 3 && tail >= 2 && k.endsWith(key.slice(head)) && /^[\u4e00-\u9fff]+$/.test(put) && !LOCAL_TEXT.test(put);
}

/**
 * A long title with one phrase of it left out in one piece (领导干部干预司法活动的记录、通报和责任追究规定 without its
 * 、插手具体案件处理): a writer who recalls the title by its opening and its ending. The opening and the ending kept
 * word for word must be long enough that no other text bears them both, and must keep most of the title. The readings
 * above take a few characters left out only of titles read as plans; this one takes a longer phrase, of any title, so it
 * is a likeness only: always 提示.
 */
const MIN_LEFT_OUT = 2;
function phraseLeftOut(k: string, key: string): boolean {
  if (k.length >= key.length || digitsOf(k) !== digitsOf(key)) return false;
  let head = 0;
  while (head < k.length && k[head] === key[head]) head++;
  const tail = k.length - head;
  const dropped = key.slice(head, key.length - tail);
  // A short opening (领导干部) is enough where the ending kept is as long as a whole title is kept elsewhere.
  return ((head >= LONG_HEAD && tail >= LONG_TAIL) || (head >= 4 && tail >= MIN_KEPT)) && k.length >= MIN_KEPT && k.length * 3 >= key.length * 2 && key.endsWith(k.slice(head)) && dropped.length >= MIN_LEFT_OUT && dropped.length <= MAX_SWAPPED_LONG && /^[\u4e00-\u9fff]+$/.test(dropped);
}

/**
 * A long title recalled with two of its words left out in two places (法律顾问和公职律师制度 for 法律顾问制度和公职律师
 * 公司律师制度): the draft's title is the known one with two short pieces missing, its opening and its ending kept word for
 * word and most of it kept. Each piece short (a word, not a clause), so a local text on part of the subject (《关于推行法律
 * 顾问制度的意见》) keeps too little of the title to be read as it. A likeness only: always 提示.
 */
const MAX_PIECE = 6;
const MIN_END_KEPT = 4;
function twoPiecesLeftOut(k: string, key: string): boolean {
  if (k.length >= key.length || k.length < MIN_KEPT || k.length * 3 < key.length * 2 || digitsOf(k) !== digitsOf(key)) return false;
  // The pieces left out, reading the draft's title against the known one from the start.
  const pieces: string[] = [];
  let i = 0;
  let gap = '';
  for (const c of key) {
    if (c === k[i]) {
      if (gap) pieces.push(gap);
      gap = '';
      i++;
    } else gap += c;
  }
  if (gap) pieces.push(gap);
  if (i !== k.length || pieces.length !== 2) return false;
  const head = key.indexOf(pieces[0]!);
  return head >= MIN_END_KEPT && key.endsWith(k.slice(-MIN_END_KEPT)) && !key.endsWith(pieces[1]!) && pieces.every((p) => p.length <= MAX_PIECE && /^[\u4e00-\u9fff]+$/.test(p)) && pieces.join('').length <= MAX_SWAPPED_LONG;
}

/** How the local texts that carry a central one out are named. */
const LOCAL_TEXT = /(?:方案|清单|要点)/;

export function checkTitle(rule: TitleRule, titles: QuotedTitle[], ctx: Ctx): Mark[] {
  const key = titleKey(rule.exact);
  const misses = new Set(rule.nearMisses);
  const siblings = (rule.siblings ?? []).map(titleKey);
  const marks: Mark[] = [];
  for (const t of titles) {
    // 国务院《关于…的意见》: the issuer before the marks is part of the title cited.
    const inner = withIssuerBefore(ctx.text, t.start, t.inner.trim(), rule.exact) ?? t.inner.trim();
    // Right but for half-width brackets: the half-width punctuation finding (one per draft) covers it.
    if (inner === rule.exact || inner.replace(/\(/g, '（').replace(/\)/g, '）') === rule.exact) continue;
    const k = titleKey(inner);
    let wrong = misses.has(inner) || (rule.formVariants && k === key);
    if (!wrong && rule.formVariants && k !== key && !siblings.includes(k)) {
      const sameWords = wordsOf(k) === wordsOf(key) && digitsOf(k) !== '';
      // Wrong years: only the known plan whose years are nearest claims the title.
      const nearest = sameWords && siblings.filter((s) => wordsOf(s) === wordsOf(key)).every((s) => yearGap(k, key) <= yearGap(k, s));
      // Not with words put before the whole title (县, 某市): a place names a local text, as for `lengthened` below.
      const misspelt = digitsOf(k) === digitsOf(key) && key.length >= 10 && !(k.length > key.length && k.endsWith(key)) && editDistance(k, key, 2) <= 2;
      // A long title with a few of its words left out (公职律师公司律师 → 公职律师).
      const shortened = digitsOf(k) === digitsOf(key) && k.length >= 12 && key.length - k.length <= 4 && isSubsequence(k, key);
      // A long title with a few words put in (国务院办公厅 for 国务院, 工作): not at its end, where 实施条例, 实施细则 name another
      // text, nor before it, where a place (某省, 某市) names a local one.
      const lengthened = digitsOf(k) === digitsOf(key) && key.length >= 12 && k.length > key.length && k.length - key.length <= 4 && isSubsequence(key, k) && !k.startsWith(key) && !k.endsWith(key);
      // The same characters in another order (国家法律和党内法规 for 党内法规和国家法律, 追究责任 for 责任追究).
      const reordered = key.length >= 10 && k.length === key.length && [...k].sort().join('') === [...key].sort().join('');
      wrong = (sameWords && nearest) || misspelt || shortened || lengthened || reordered;
    }
    // A 方案, 清单 or 要点 where the known title has none is the local text that carries the plan out (法治政府建设实施方案
    // （2021—2025年） for the 纲要): another text, not the known one misquoted. Only a listed near miss names it.
    if (wrong && !misses.has(inner) && LOCAL_TEXT.test(wordsOf(k)) && !LOCAL_TEXT.test(wordsOf(key))) wrong = false;
    if (!wrong && (rule.oneCharOff || rule.formVariants) && !siblings.includes(k)) wrong = oneCharApart(inner, rule.exact);
    // A word swapped is a likeness only (a local text may bear that title): always 提示.
    const swapped = !wrong && !siblings.includes(k) && ((rule.formVariants && !(LOCAL_TEXT.test(wordsOf(k)) && !LOCAL_TEXT.test(wordsOf(key))) && oneWordSwapped(k, key)) || quotedSloganSwapped(inner, rule.exact) || wordPutIn(k, key) || phraseLeftOut(k, key) || twoPiecesLeftOut(k, key));
    if (wrong || swapped) marks.push({ start: t.start, end: t.end, fix: rule.fix ?? `写作《${rule.exact}》`, ...(swapped ? { hintOnly: true, message: `文件名称与依据文件的正式名称有一个词不同，可能写错了；如果指的是本地另发的文件，可以不改。正式名称是《${rule.exact}》。` } : {}) });
  }
  return marks;
}

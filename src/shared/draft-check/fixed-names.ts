/**
 * Near misses of fixed names, found by likeness rather than from a list of wrong forms. Writers who misremember a
 * name keep its head and its tail and change what lies between: one word swapped (“谁执法谁负责”普法责任制), one
 * character changed or added (“法律明白者”), a short word dropped (全面依法治县办公室 for 全面依法治县委员会办公室).
 * Every such slip is a draft span P+Y+S where the fixed name is P+X+S, P and S are kept verbatim and X, Y are short.
 *
 * The names come from the phrase bank's current wordings and the titles of the reference's papers (compile time); the
 * forms the bank itself writes near a name are found by running the same matcher over the bank, and are never
 * reported. A place or level changed (全面依法治市委员会 for 全面依法治县委员会) is the writer's own level, not a slip.
 */
import { levelForms } from '../normalize.ts';
import { normalisePattern } from './normalize.ts';
import { toOriginal } from './normalize.ts';
import type { Ctx, Mark } from './context.ts';

/** The word that makes a wording the name of a system, a body or a project. */
const NAME_END = /(?:制度|责任制|体系|平台|机制|委员会|办公室|工程|清单|中心)$/;
/** Shorter names are ordinary words (监督制度, 权责清单): a one-word change makes another ordinary word. */
const MIN_NAME = 6;
const MAX_NAME = 18;
/** At most this many characters changed on either side: a word, not a clause. */
const MAX_CHANGE = 3;
/** The kept head and tail: enough of the name on both sides that the span is that name and not another. */
const MIN_HEAD = 2;
const MIN_TAIL = 2;

/** Pieces of a phrase: split at punctuation, and at 和/及/与 right after a quoted name. */
const PIECE_SPLIT = /[、，,；;。：:（）()《》]|(?<=")[和及与]/;
/**
 * The verbs in front of a name (建立健全…机制): the name is what follows them. 纳入, 列入… put a thing into a system
 * (纳入政绩考核指标体系): left on the name, a two-character verb would serve as its kept head, and any real modifier put
 * after it (纳入综合考核指标体系, 列入年度绩效考核体系) would read as a slip of the bank's one modifier.
 */
const LEADING_VERBS = /^(?:纳入|列入|融入|写入|作为|加快|全面推行|全面落实|持续|进一步|深入|建立健全|建立|健全|完善|推行|落实|加强|推进|构建|建设|形成|深化|实行|实施|严格执行|严格|执行|积极|探索|创新|推动|坚持|认真|切实|着力|不断|紧扣|实现)+/;
/** A quoted name (“互联网+政务服务” too) and the name word after it (“谁执法谁普法”普法责任制, “法律明白人”培养工程). */
const QUOTED_NAME = /"[\u4e00-\u9fff+]{2,10}"(?:[\u4e00-\u9fff]{0,6}?(?:制度|责任制|体系|平台|机制|委员会|工程|清单|改革|行动))?/g;

/**
 * A piece with a verb, a slot or a list's 等 in it is a clause or a template, not a name (…平台由国家政务服务平台,
 * 〔工作〕制度, 限时办结等制度), and so is one that opens with a function word (和完善…体系, 的党内法规体系).
 */
const CLAUSE = /[是由为将把了等〔〕]|^[和的在未及与]/;
/** Words a writer leaves out of a name without changing it (行政执法监督体制机制 for …监督工作体制机制). */
const FILLER = /^(?:工作|相关|有关|各项|的|和|及|与)$/;

/** Level words: one swapped for another is the writer's own level (市委全面依法治市委员会), not a slip. */
const LEVEL = /^[国省市县区州盟旗镇乡村街道]*$/;
const CJK_RUN = /^[\u4e00-\u9fff]*$/;

/** The fixed names of the bank's current wordings and the papers' titles, normalised, each level form apart. */
export function fixedNameList(wordings: readonly string[], titleNames: readonly string[]): string[] {
  const names = new Set<string>();
  const add = (raw: string) => {
    for (const form of levelForms(raw)) {
      const n = normalisePattern(form).replace(LEADING_VERBS, '');
      // A piece with 的 is a description the writer words as they like (自治、法治、德治相结合的基层治理体系, 权威高效的
      // 执法体系), not a name; cut at the 的, its tail would be a short ordinary word (合法性审核制度 beside 合法性审查制度).
      if (/的/.test(n.replace(/"[^"]*"/g, ''))) continue;
      if (n.length >= MIN_NAME && n.length <= MAX_NAME && (n.match(/"/g) ?? []).length % 2 === 0 && !CLAUSE.test(n)) names.add(n);
    }
  };
  for (const w of wordings) {
    const text = normalisePattern(w);
    for (const piece of text.split(PIECE_SPLIT)) {
      const name = piece.trim();
      if (!NAME_END.test(name)) continue;
      add(name);
      // A 委员会's working office is named after it (全面依法治〔县〕委员会办公室).
      if (name.endsWith('委员会')) add(`${name}办公室`);
    }
    // The quoted words are a name of their own too (“谁执法谁普法” without 普法责任制).
    for (const m of text.matchAll(QUOTED_NAME)) for (const n of new Set([m[0], m[0].replace(/(?<=^"[^"]*").*$/, '')])) add(n);
  }
  for (const t of titleNames) add(t);
  return [...names].sort();
}

interface NearSpan { start: number; end: number; name: string }
/**
 * A whole wording that is a short slogan (谁执法谁公示) is quoted in drafts. Its quoted form is not a name to match
 * (a one-word change of a local slogan is another slogan), but it is a sibling of the names of its head: “谁执法谁公示”
 * shows that the last word after 谁执法谁 is not fixed.
 */
export function quotedSlogans(wordings: readonly string[]): string[] {
  return [...new Set(wordings.map(normalisePattern).filter((w) => /^[\u4e00-\u9fff]{5,10}$/.test(w)).map((w) => `"${w}"`))].sort();
}

export interface NameIndex { byHead: Map<string, string[]>; siblingsByHead: Map<string, string[]> }

const byHeadOf = (names: readonly string[]) => {
  const byHead = new Map<string, string[]>();
  for (const n of names) {
    const head = n.slice(0, MIN_HEAD);
    const list = byHead.get(head);
    if (list) list.push(n);
    else byHead.set(head, [n]);
  }
  return byHead;
};

export function indexNames(names: readonly string[], slogans: readonly string[] = []): NameIndex {
  return { byHead: byHeadOf(names), siblingsByHead: byHeadOf([...names, ...slogans]) };
}

/**
 * The spans of `text` (normalised) that are one short change away from a fixed name: the name's head kept up to the
 * change, the rest of the name kept verbatim after it. A span that is itself a fixed name, or the start of one, is not
 * a near miss of another.
 */
export function nearNameSpans(text: string, index: NameIndex): NearSpan[] {
  const out: NearSpan[] = [];
  for (let s = 0; s + MIN_NAME <= text.length; s++) {
    const candidates = index.byHead.get(text.slice(s, s + MIN_HEAD));
    if (!candidates) continue;
    // A span that opens with a fixed name is that name, unless a longer name goes on from it (“法律明白人” then 培育工程
    // beside “法律明白人”培养工程): only those longer names are tried there.
    const opening = candidates.filter((n) => text.startsWith(n, s));
    let best: NearSpan | null = null;
    let bestCost = Infinity;
    for (const name of candidates) {
      if (opening.length && !opening.every((e) => name.length > e.length && name.startsWith(e))) continue;
      let k = MIN_HEAD;
      while (k < name.length && text[s + k] === name[k]) k++;
      if (!endsNear(text, s, name)) continue;
      // The cheapest change wins; at the same cost the longer name (“法律明白人”培养工程 over “法律明白人”).
      for (let cost = 1; cost <= 2 * MAX_CHANGE && cost <= bestCost; cost++) {
        for (let x = Math.max(0, cost - MAX_CHANGE); x <= Math.min(cost, MAX_CHANGE); x++) {
          const y = cost - x;
          // The tail kept verbatim is the rarest condition: tested first, before the slices and patterns below.
          if (!text.startsWith(name.slice(k + x), s + k + y)) continue;
          const tail = name.slice(k + x);
          if ((tail.length < MIN_TAIL && !(tail === '"' && lastWordFixed(index.siblingsByHead.get(name.slice(0, MIN_HEAD)) ?? [], name, k, y))) || k + tail.length < name.length - MAX_CHANGE || k + tail.length < 4) continue;
          const dropped = name.slice(k, k + x);
          const added = text.slice(s + k, s + k + y);
          if (added.length !== y || !CJK_RUN.test(added) || !CJK_RUN.test(dropped)) continue;
          // A change that ends on the same character as the name is a smaller change spelt long (乡委 for 国委 is 乡 for 国).
          if (x > 0 && y > 0 && dropped.at(-1) === added.at(-1)) continue;
          if ((LEVEL.test(dropped) && LEVEL.test(added)) || (y === 0 && FILLER.test(dropped)) || (x === 0 && FILLER.test(added))) continue;
          // One of a pair of name words left out or swapped (行政执法监督工作机制 from …工作体制机制, 制度体系 → 体系): the pair
          // is a general phrase (体制机制), so what is left is the writer's own ordinary name, not the fixed one misremembered.
          if (pairedNameWord(dropped, added, tail)) continue;
          // A 委员会 shortened to 委 is the bank's own short form (〔县〕委依法治〔县〕委, local habit), not a slip.
          if (y === 0 && dropped === '员会' && name[k - 1] === '委') continue;
          // A shorter word in place of a longer one with no character of it (前置审核 for 合法性审核) is another kind of the
          // thing named, not a slip; a slip keeps something of the word it replaces (统一 for 一体化).
          if (y > 0 && y < x && ![...added].some((c) => dropped.includes(c))) continue;
          // After a fixed name the span opens with (“三重一大” in “三重一大”集体决策制度), only a word changed for one of
          // the same length is a slip: a word added or dropped there is the writer's own wording of the longer name.
          if (opening.length && x !== y) continue;
          if (!fits(name, k, x, y, tail.length)) continue;
          const end = s + k + y + tail.length;
          if (cost === bestCost && best && end <= best.end) continue;
          best = { start: s, end, name };
          bestCost = cost;
          break;
        }
        if (best?.name === name && bestCost === cost) break;
      }
    }
    if (best) out.push(best);
  }
  return out;
}

/** The words that name a kind of system, of which a name may end in two (体制机制, 制度体系). */
const NAME_WORD_ONLY = /^(?:体制|机制|制度|体系)$/;
/** Whether the change drops or swaps one name word right before another that ends the name. */
function pairedNameWord(dropped: string, added: string, tail: string): boolean {
  return NAME_WORD_ONLY.test(dropped) && (added === '' || NAME_WORD_ONLY.test(added)) && NAME_WORD_ONLY.test(tail);
}

/**
 * A quoted name whose last word is changed (“谁执法谁负责”, “法律明白者”) keeps only its closing quotation mark as a
 * tail. That is a slip only where the words kept are followed by one word in every name (法律明白 by 人) and a word
 * stands in place of the one changed: where the bank's names go on in two ways (送法进村, 送法进校园) the last word
 * is the writer's own (“送法进牧区”), and a word merely dropped at the end is a shorter name (“国家宪法日”).
 */
function lastWordFixed(siblings: readonly string[], name: string, k: number, y: number): boolean {
  if (y === 0) return false;
  const head = name.slice(0, k);
  const next = new Set(siblings.filter((n) => n.length > k && n.startsWith(head)).map((n) => n[k]));
  return next.size === 1;
}

/** The name's last two characters (a closing quotation mark alone) where its end would stand give or take a short word: a cheap test before the rest. */
function endsNear(text: string, s: number, name: string): boolean {
  const last = name.endsWith('"') ? '"' : name.slice(-MIN_TAIL);
  const at = s + name.length - MIN_TAIL;
  for (let p = Math.max(s + MIN_HEAD, at - MAX_CHANGE); p <= at + MAX_CHANGE; p++) if (text.startsWith(last, p)) return true;
  return false;
}

/**
 * Which changes read as a slip rather than another name. Inside a quoted name of five characters or more (“法律明白人”,
 * “谁执法谁普法”) the words are fixed: any change of one or two characters is a slip. Outside quotation marks a short
 * head or tail makes another ordinary name (合法性审查制度 beside 合法性审核制度, 考核机制 beside 考核评价机制), and a
 * word added is the writer's own detail (意见采纳情况公开反馈机制): only a short word dropped or changed between a
 * long head and a long tail is a slip (全面依法治县办公室 for 全面依法治县委员会办公室); a word changed for one of the
 * same length, for a longer one is a word added (意见的采纳情况反馈机制).
 */
const QUOTED_MIN_INNER = 5;
const QUOTED_MAX_CHANGE = 2;
/** A long head and a tail of a few characters, or a short head and a long tail (执法过程记录制度 for 执法全过程记录制度). */
const ONE_CHAR_HEAD = 8;
/** The longest name word after a quoted name (培养工程, 普法责任制). */
const AFTER_QUOTE_WORD = 5;
const AFTER_QUOTE_MIN_INNER = 4;
const UNQUOTED_ANCHORS: readonly [head: number, tail: number][] = [[5, 3], [2, 5]];
function fits(name: string, k: number, x: number, y: number, tailLength: number): boolean {
  const open = name.indexOf('"');
  const close = open === -1 ? -1 : name.indexOf('"', open + 1);
  // After a + the field is the writer's own (“互联网+执法”, “互联网+普法”): one of its characters is kept first.
  const plus = name.lastIndexOf('+', k - 1);
  // One character kept is enough where a two-character word is swapped and the rest of a long slogan is kept after it
  // (“谁管理谁普法” for “谁执法谁普法”): the slogan's own tail fixes which one it is.
  const keptInside = k - open - 1;
  const kept = (keptInside >= 2 || (keptInside >= 1 && x === 2 && y === 2 && close - (k + x) >= 3)) && (plus <= open || k - plus - 1 >= 1);
  const inner = close - open - 1;
  if (open !== -1 && open < k && k + x <= close) {
    if (inner >= QUOTED_MIN_INNER) return kept && x <= QUOTED_MAX_CHANGE && y <= QUOTED_MAX_CHANGE;
    // A short slogan changed by one character is often another local slogan (“一案一评”), but not where the name
    // around it is kept on both sides (政务服务“好评差评”制度 for 政务服务“好差评”制度): the words outside fix the name.
    // A slogan of four followed by its name word (“减证便民”行动 → “减证利民”行动) is fixed the same way once its own
    // first two characters are kept: one character changed for one is a slip, not another slogan.
    const tailWord = name.length - close - 1 >= MIN_TAIL;
    return tailWord && ((open >= MIN_HEAD && x <= 1 && y <= 1) || (inner >= AFTER_QUOTE_MIN_INNER && k - open - 1 >= 2 && x === 1 && y === 1));
  }
  // A 中心 is a local body each place names for itself (“一站式”矛盾纠纷调处化解中心 beside the bank's …多元化解中心).
  if (name.endsWith('中心')) return false;
  // The name word right after a long quoted name (“法律明白人”培养工程 → 培育工程): the quotation fixes which name is
  // meant, so a word of the same length changed in its short name word is a slip.
  // A quoted count slogan of four (“三重一大”决策制度 → 决议制度) fixes it as well as a longer one does.
  if (close !== -1 && close < k && inner >= AFTER_QUOTE_MIN_INNER && name.length - close - 1 <= AFTER_QUOTE_WORD && x === y && x <= QUOTED_MAX_CHANGE) return true;
  // A word of one or two characters changed or dropped between a head of eight and the name word (法制审察制度 for 法制审核
  // 制度, 示范评价体系 for 示范指标体系, 在线政务平台 for 在线政务服务平台): after so long a head the name is fixed, and
  // the name word kept says which name it is.
  if (x >= 1 && x <= 2 && (y === x || y === 0) && k >= ONE_CHAR_HEAD && tailLength >= MIN_TAIL) return true;
  // A word put in place of a longer one (全国统一在线政务服务平台 for 全国一体化…) is a slip like a word dropped: only a
  // word longer than the one it replaces reads as the writer's own detail.
  return (y === 0 || (x === y && x <= 2) || y < x) && UNQUOTED_ANCHORS.some(([head, tail]) => k >= head && tailLength >= tail);
}

/** The near misses the bank writes itself (a near name that is another wording of the bank): never reported. */
export function attestedNearForms(wordings: readonly string[], names: readonly string[], slogans: readonly string[] = []): string[] {
  const index = indexNames(names, slogans);
  const found = new Set<string>();
  for (const w of wordings) {
    for (const form of levelForms(w)) {
      const text = normalisePattern(form);
      for (const span of nearNameSpans(text, index)) found.add(text.slice(span.start, span.end));
    }
  }
  return [...found].sort();
}

/**
 * The bank's near forms that a paper's title overrules: the title spells the name up to and including the word the
 * form changed (《乡村“法律明白人”培养工作规范（试行）》 spells “法律明白人”培养, so the bank's one local “法律明白人”培育工程
 * is a slip to point out, not a second name). Titles are the reference's; a local wording in the bank does not outrank one.
 */
export function overruledByTitles(forms: readonly string[], names: readonly string[], titles: readonly string[]): Set<string> {
  const titleText = titles.map(normalisePattern).join('\n');
  const out = new Set<string>();
  for (const form of forms) {
    // Not the names the form opens with (“法律明白人” in “法律明白人”培育工程): the matcher skips a span that starts one.
    const index = indexNames(names.filter((n) => !form.startsWith(n)));
    for (const span of nearNameSpans(form, index)) {
      if (span.start !== 0 || span.end !== form.length) continue;
      let p = 0;
      while (p < form.length && form[p] === span.name[p]) p++;
      if (p >= 6 && titleText.includes(span.name.slice(0, p + 1))) out.add(form);
    }
  }
  return out;
}

/** What the compiled near-miss rule carries for this matcher. */
export interface FixedNameData { fixedNames?: string[]; slogans?: string[]; attestedNear?: string[]; titleTexts?: string[]; shortWordings?: string[]; titleSpelt?: string[] }

/** The bank's short wordings that are a term of their own (学法考法, 会前学法, 任前考法), folded and unquoted. */
const SHORT_WORDING = /^"?([\u4e00-\u9fff]{4,8})"?$/;
export function shortWordingsOf(wordings: readonly string[]): string[] {
  return [...new Set(wordings.map(normalisePattern).map((w) => SHORT_WORDING.exec(w)?.[1]).filter((w): w is string => !!w))].sort();
}

/**
 * Whether the characters a span changes from its name stand inside a short term the bank writes on its own (学法考法 in
 * 领导干部学法考法制度 beside 领导干部学法用法制度): the writer built a local name from another term the bank gives, one
 * more system of the same kind, not the fixed name misremembered. Not for a name an official title spells
 * (国家工作人员学法用法制度, central-documents.md 4): the title fixes that name, the bank's term does not outrank it.
 */
/** Where a span departs from its name: the kept head's length and the kept tail's. */
function keptEnds(span: string, name: string): { head: number; tail: number } {
  let head = 0;
  while (head < span.length && head < name.length && span[head] === name[head]) head++;
  let tail = 0;
  while (tail < span.length - head && tail < name.length - head && span[span.length - 1 - tail] === name[name.length - 1 - tail]) tail++;
  return { head, tail };
}

function changedInsideTerm(span: string, name: string, terms: readonly string[]): boolean {
  const { head, tail } = keptEnds(span, name);
  const [from, to] = [head, span.length - tail];
  return terms.some((t) => {
    for (let i = span.indexOf(t); i >= 0; i = span.indexOf(t, i + 1)) if (i <= from && i + t.length >= to && (to > from || (i < from && from < i + t.length))) return true;
    return false;
  });
}

/**
 * The scope of the work a name is about (法治政府建设 beside 法治建设, 法治社会建设; 全面依法治县 beside 依法治县; 党委,
 * 党政): a writer who drops it or puts another in its place names the same mechanism for their own scope (a 党委 reports on
 * 法治建设, not only on 法治政府建设), a phrase in its own right, not a slip. Only for a name no official title spells: a
 * title (市县法治政府建设示范指标体系) fixes its scope.
 */
const SCOPE = /^(?:政府|社会|国家|党委|党政|党组|全面)*$/;
function scopeChanged(span: string, name: string): boolean {
  const { head, tail } = keptEnds(span, name);
  const [dropped, added] = [name.slice(head, name.length - tail), span.slice(head, span.length - tail)];
  return dropped !== added && SCOPE.test(dropped) && SCOPE.test(added);
}

/**
 * A span that keeps the opening and the last word of a name an official title or the bank spells and leaves out a whole
 * phrase in one piece between them (领导干部应知应会法律清单制度 from the bank's 领导干部应知应会党内法规和国家法律清单) is a short name of
 * that system, as writers use one in running text: the reference gives the name only inside the title
 * (central-documents.md line 59; the 意见's text is not found, line 67), so nothing says the short one is wrong. A slip leaves out one or two characters (执法过程记录制度 for 执法全过程记录制度) and is still reported.
 */
const MIN_LEFT_OUT = 4;
const NAME_WORD = /(?:制度|体系|机制|平台)$/;
function shortNameOfTitle(span: string, titles: readonly string[]): boolean {
  // The name word may follow the bank's wording of the name (…国家法律清单 with 制度 after it in the draft).
  const stem = span.replace(NAME_WORD, '');
  const [head, end] = [stem.slice(0, 4), stem.slice(-2)];
  return titles.some((t) => {
    const i = t.indexOf(head);
    const j = i < 0 ? -1 : t.indexOf(end, i + head.length);
    if (j < 0) return false;
    const full = t.slice(i, j + end.length);
    if (full.length - stem.length < MIN_LEFT_OUT) return false;
    // One phrase left out in one piece; characters left out here and there (法规清单 from 党内法规和国家法律清单) reword it.
    for (let p = head.length; p <= stem.length; p++) if (full.startsWith(stem.slice(0, p)) && full.endsWith(stem.slice(p))) return true;
    return false;
  });
}

/**
 * A name with its level and its organ folded (市委 and 县委, 党组 and 党委 alike): a span that folds to a fixed name
 * or to a form the bank writes is that name at the writer's own level or organ (党组理论学习中心组学法制度).
 */
const fold = (s: string) => s.replace(/党组|党工委/g, '党委').replace(/[省市县区州盟旗镇乡]/g, '县');

const indexCache = new WeakMap<object, { index: NameIndex; attested: Set<string> }>();

/** The near misses of the rule's fixed names in the draft, each with the fixed name as its fix. */
export function nearFixedNameMarks(compiledRule: object, ctx: Ctx): Mark[] {
  // Only the near-miss names rule carries the names; every other rule passes through with nothing found.
  const rule = compiledRule as FixedNameData;
  if (!rule.fixedNames?.length) return [];
  let cached = indexCache.get(rule);
  if (!cached) {
    cached = { index: indexNames(rule.fixedNames, rule.slogans), attested: new Set([...rule.fixedNames, ...(rule.attestedNear ?? [])].map(fold)) };
    indexCache.set(rule, cached);
  }
  const { index, attested } = cached;
  const text = ctx.norm.text;
  return [...nearNameSpans(text, index), ...otherNameWordAfterSlogan(text, rule.fixedNames, attested)]
    .filter((span) => !attested.has(fold(text.slice(span.start, span.end))))
    // Right after another quoted name (“法治带头人”“法律明白人”培育工程) the span names a joint project of both, which
    // is not the one name the reference fixes (official-phrases.md D6 names “法律明白人” alone).
    .filter((span) => !(span.name.startsWith('"') && text[span.start - 1] === '"'))
    .filter((span) => !shortNameOfTitle(text.slice(span.start, span.end), rule.titleTexts ?? []))
    .filter((span) => rule.titleSpelt?.includes(span.name) || !scopeChanged(text.slice(span.start, span.end), span.name))
    .filter((span) => rule.titleSpelt?.includes(span.name) || !changedInsideTerm(text.slice(span.start, span.end), span.name, rule.shortWordings ?? []))
    .map((span) => {
      const [start, end] = toOriginal(ctx.norm, span.start, span.end);
      const quoted = ctx.text.slice(start, end);
      return {
        start,
        end,
        fix: `改为：${restoreQuotes(span.name)}`,
        // No quotation marks around the names: a quoted name inside them would read ““法律明白人”培养工程”.
        message: `这个名称与固定名称只差一两个字。规范写法：${restoreQuotes(span.name)}；这里写作：${quoted}。名称照规范写法写；确是本地另行命名的，可以保留。`,
        hintOnly: true,
      };
    });
}

/**
 * Round 58 (v60d-system-name-15): after a quoted slogan the reference names with one 制 word (“谁执法谁普法”普法责任制,
 * official-phrases.md D4 D5), another 制 word of two to four characters (责任追究制, 考核问责制): the slogan fixes which
 * system is meant, so its name word is fixed too. Not a 机制 or 体制 (“谁执法谁普法”工作机制 is the writer's own mechanism), not the name word's own tail (“谁执法谁普法”责任制, a short form), not
 * 制度 (普法责任制度 is the same system), and never a form the bank writes.
 */
const AFTER_SLOGAN_WORD = /^[\u4e00-\u9fff]{2,4}?制(?!度)/;
function otherNameWordAfterSlogan(text: string, names: readonly string[], attested: ReadonlySet<string>): NearSpan[] {
  const out: NearSpan[] = [];
  for (const name of names) {
    const m = /^("[\u4e00-\u9fff]{4,10}")([\u4e00-\u9fff]{2,4}[^度体机]制)$/.exec(name);
    if (!m) continue;
    const [, slogan, word] = m as unknown as [string, string, string];
    for (let at = text.indexOf(slogan); at >= 0; at = text.indexOf(slogan, at + 1)) {
      const after = AFTER_SLOGAN_WORD.exec(text.slice(at + slogan.length));
      if (!after || /[机体]制$/.test(after[0]) || after[0] === word || word.endsWith(after[0]) || after[0].startsWith(word.slice(0, -1))) continue;
      const end = at + slogan.length + after[0].length;
      if (attested.has(fold(text.slice(at, end)))) continue;
      out.push({ start: at, end, name });
    }
  }
  return out;
}

/** The fixed name with curly quotation marks, as a draft writes them. */
function restoreQuotes(name: string): string {
  let open = true;
  return name.replace(/"/g, () => ((open = !open) ? '”' : '“'));
}

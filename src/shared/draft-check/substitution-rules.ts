/**
 * Substitution rules generated from the phrase bank, so an outdated wording is typed once:
 * in the phrase entry, with its replacement (replacedBy) and note.
 * - 已过时 (status outdated): 错误, fix = the replacement phrase's text.
 * - 期满 (status expired, issue 13: the plan's period has ended): 提示, with the entry's note;
 *   it only applies to reports on years after the period: the entry's `period` field where it
 *   has one, else a period named in the wording.
 * A wording with a level slot (全面依法治〔县〕…, src/shared/normalize.ts) becomes one pattern per form.
 */
import { normalisePattern } from './normalize.ts';
import type { SubstitutionRule } from './types.ts';
import { levelForms } from '../normalize.ts';

/** The fields of a phrase entry this module reads (src/schemas/phrase.ts). */
export interface PhraseLike {
  id: string;
  text: string;
  variants?: string[];
  note: string;
  status?: string;
  replacedBy?: string;
  /** For 期满 phrases: the plan period, first and last year. */
  period?: [number, number];
  /** 句式类型: term, fixed, series, template. */
  pattern?: string;
}

/**
 * The five-year 普法 plans up to the 六五 one (2011—2015) were called 法制宣传教育 (official-phrases.md D2): their
 * names, bare or quoted. 法制 there is the plan's own name; citing that plan today is the expired-plan mistake,
 * which its own rule reports.
 */
export const FAZHI_PLAN_PERIODS: readonly string[] = ['一五', '二五', '三五', '四五', '五五', '六五'];
export const FAZHI_PLAN_NAMES: readonly string[] = FAZHI_PLAN_PERIODS.flatMap((n) => [`“${n}”法制宣传教育`, `"${n}"法制宣传教育`, `${n}法制宣传教育`, `“${n}”法制宣传`, `${n}法制宣传`]);

/** The longest current term or short fixed wording whose 法制 form is flagged (民主法治示范村, 法治副校长). */
const FAZHI_TERM_MAX = 8;

/**
 * 法制 where the phrase bank's current term says 法治: for every current term (and short fixed
 * wording) with 法治 in it, its 法制 form, with the term as the fix. A hint: the bank attests the
 * 法治 form in use, the reference does not say the 法制 form is wrong. Derived at build time, so a
 * term added to the bank is covered without a rule being typed.
 */
/**
 * 法制 compounds that are current names in their own right (official-phrases.md D2 keeps 法制 for the 法制审核 of E4;
 * the 法制机构, 法制科 and 法制工作机构 of every department): a two-character compound the bank writes with 法治 is not
 * turned into one of these.
 */
export const LEGIT_FAZHI_COMPOUNDS: readonly string[] = ['法制工作', '法制审核', '法制机构', '法制部门', '法制监督', '法制业务', '法制统一', '法制日报', '法制大队', '法制办公', '法制经济', '法制责任', '法制问题', '法制实施'];

/** A character that ends a word or starts a clause (的, 是, 和…): 法治的根本 gives no compound 法制的根. */
const NOT_IN_A_COMPOUND = /[的是和与为成作必兴强最一了之而在以及或等对把被将]/;

/**
 * The two-character compounds the bank writes after 法治 (法治素养, 法治专题, 法治建设…), in their 法制 form, minus
 * the legitimate 法制 names: Round 11, so 法制素养 or 法制专题 is found without a list of words.
 */
export function fazhiCompounds(phrases: readonly PhraseLike[]): string[] {
  const found = new Set<string>();
  for (const p of phrases) {
    if ((p.status ?? 'current') !== 'current') continue;
    for (const text of [p.text, ...(p.variants ?? [])]) {
      for (const m of text.matchAll(/(?<!依)法治([\u4e00-\u9fa5]{2})/g)) {
        const tail = m[1]!;
        const wrong = `法制${tail}`;
        if (NOT_IN_A_COMPOUND.test(tail) || LEGIT_FAZHI_COMPOUNDS.some((w) => wrong.startsWith(w))) continue;
        found.add(wrong);
      }
    }
  }
  return [...found].sort();
}

export function fazhiTermRule(phrases: readonly PhraseLike[]): SubstitutionRule | null {
  // Status defaults to current: the build's entries carry it, the raw files (the CLI) may not.
  const current = phrases.filter((p) => (p.status ?? 'current') === 'current' && (p.pattern === 'term' || p.pattern === 'fixed'));
  const known = new Set(phrases.flatMap((p) => [p.text, ...(p.variants ?? [])]));
  const fixFor: Record<string, string> = {};
  for (const p of current) {
    for (const form of [p.text, ...(p.variants ?? [])].flatMap(levelForms)) {
      // 法治 as a word, not the tail of 依法治 (全面依法治县).
      const wrong = form.replace(/(?<!依)法治/g, '法制');
      if (form.length > FAZHI_TERM_MAX || wrong === form) continue;
      const key = normalisePattern(wrong);
      // The same whatever order the phrases come in (the build and the CLI read them differently).
      if (!known.has(wrong) && (fixFor[key] === undefined || form < fixFor[key])) fixFor[key] = form;
    }
  }
  return fazhiHint(
    fixFor,
    'phrase-fazhi-terms',
    '规范表述库收录的现行写法是“法治”（如法治副校长、民主法治示范村、法治督察），这里写成了“法制”。引用旧时的正式名称时可以保留。',
    '由规范表述库中现行的术语和短固定提法推出：库中写“法治”，各地报告也这样用。',
  );
}

/** A 法制→法治 hint derived from the bank; an old name quoted as history stays silent. */
const fazhiHint = (fixFor: Record<string, string>, id: string, message: string, note: string) =>
  hintFromFixTable(fixFor, { id, kind: 'fazhi-fazhi', message, source: { kind: 'practice', note }, history: true });

/**
 * the bank's two-character 法治 compounds in their 法制 form (法制专题, 法制素养…), as a hint of their own.
 * A compound that another 法制 rule already covers, as a word or as the start of one (法制化 for 法制化水), or that
 * a bank term holds (法制副校 in 法制副校长), is left to that rule, so one slip gives one finding with the best fix.
 */
export function fazhiCompoundRule(phrases: readonly PhraseLike[], typed: Iterable<string>, terms: readonly string[]): SubstitutionRule | null {
  const known = [...typed].filter((t) => t.startsWith('法制'));
  const fixFor: Record<string, string> = {};
  for (const wrong of fazhiCompounds(phrases)) {
    const key = normalisePattern(wrong);
    // A bank term holding the compound (民主法制示范村 for 法制示范) names it better, with its own fix.
    if (!known.some((t) => key.startsWith(t) || t.startsWith(key)) && !terms.some((t) => t.includes(key))) fixFor[key] = wrong.replace('法制', '法治');
  }
  return fazhiHint(
    fixFor,
    'phrase-fazhi-compounds',
    '规范表述库里这个词写作“法治”（如法治素养、法治专题、法治思想），这里写成了“法制”。法制审核、法制机构、法制科等正式名称不在此列；引用旧时的正式名称时可以保留。',
    '由规范表述库中“法治”后面的两字词推出，除去法制审核、法制机构、法制工作机构等现行的“法制”名称。',
  );
}

/**
 * A hint rule from a table of wrong forms (normalised) to the bank's form: its patterns are the table's
 * keys in a stable order, the first of them its example, so it reads the same whatever order the bank came in.
 */
export function hintFromFixTable(fixFor: Record<string, string>, rule: Pick<SubstitutionRule, 'id' | 'kind' | 'message' | 'source' | 'history'>): SubstitutionRule | null {
  const patterns = Object.keys(fixFor).sort();
  if (!patterns.length) return null;
  const sortedFix = Object.fromEntries(patterns.map((k) => [k, fixFor[k]!]));
  const first = patterns[0]!;
  return { ...rule, type: 'substitution', level: 'hint', patterns, fixFor: sortedFix, examples: { bad: [first], good: [sortedFix[first]!] } };
}

/** The last year of a period written in the wording, e.g. 2025 in （2021—2025年）. */
export function periodEnd(text: string): number | undefined {
  const m = /(?:19|20)\d{2}\s*[—–\-－~～至到]\s*((?:19|20)\d{2})/.exec(text);
  return m ? Number(m[1]) : undefined;
}

const commonPrefix = (a: string, b: string) => {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
};

/**
 * A series of two-character words is written with 顿号 and without (the bank's 2010 entry has both 学法、尊法、守法、用法
 * and 学法尊法守法用法): an old series typed one way is found the other way too (学法、遵法、守法、用法).
 */
const BARE_SERIES = /^(?:[\u4e00-\u9fff]{2}){3,5}$/;
const LISTED_SERIES = /^(?:[\u4e00-\u9fff]{2}、){2,4}[\u4e00-\u9fff]{2}$/;
function seriesForms(p: PhraseLike, form: string): string[] {
  if (p.pattern !== 'series') return [form];
  if (BARE_SERIES.test(form)) return [form, form.match(/../g)!.join('、')];
  if (LISTED_SERIES.test(form)) return [form, form.replace(/、/g, '')];
  return [form];
}

export function substitutionRules(phrases: readonly PhraseLike[]): SubstitutionRule[] {
  const byId = new Map(phrases.map((p) => [p.id, p]));
  const rules: SubstitutionRule[] = [];
  for (const p of phrases) {
    if (p.status !== 'outdated' && p.status !== 'expired') continue;
    const next = p.replacedBy ? byId.get(p.replacedBy) : undefined;
    const replacement = next?.text;
    // The replacement may itself have expired (七五 → 八五, which ended in 2025): after its period, advise instead.
    const nextEnd = next?.status === 'expired' ? (next.period?.[1] ?? periodEnd(next.text)) : undefined;
    // A level slot (〔县〕) stands for each of its forms: one literal pattern per form.
    const patterns = [...new Set([p.text, ...(p.variants ?? [])].flatMap(levelForms).flatMap((f) => seriesForms(p, f)))].filter((s) => s.length >= 2);
    const expired = p.status === 'expired';
    const end = expired ? (p.period?.[1] ?? periodEnd(p.text)) : undefined;
    const good = replacement && !patterns.some((x) => replacement.includes(x)) ? replacement : '本年度法治建设工作取得新进展。';
    // A fix replaces only the words found: for each pattern, the replacement's wording (text or variant) of the same shape.
    const shapes = next ? [next.text, ...(next.variants ?? [])] : [];
    const fixFor: Record<string, string> = {};
    for (const x of patterns) {
      const best = [...shapes].sort((a, b) => commonPrefix(b, x) - commonPrefix(a, x) || Math.abs(a.length - x.length) - Math.abs(b.length - x.length))[0];
      if (best && best !== replacement) fixFor[normalisePattern(x)] = best;
    }
    rules.push({
      id: `phrase-${p.id}`,
      ...(Object.keys(fixFor).length ? { fixFor } : {}),
      type: 'substitution',
      level: expired ? 'hint' : 'error',
      message: expired ? `期满表述：${p.note}` : `已过时的表述。${p.note}`,
      ...(replacement ? { fix: `改为：${replacement}`, replacement } : {}),
      ...(nextEnd ? { laterFix: { fromYear: nextEnd + 1, fix: `替代它的“${replacement}”也已于${nextEnd}年期满。写${nextEnd + 1}年以后的工作，按“${nextEnd + 1}年度报告写作须知”处理：不写成现行依据，不自拟接续文件的名称` } } : {}),
      source: { kind: 'phrase', phrase: p.id },
      // A 期满 wording takes the kind of the rules for expired plans cited as guidance (compileRules).
      kind: 'outdated-wording',
      // A plan that has ended may be named when it is closed or recalled (“八五”普法规划顺利收官); an old wording
      // when the sentence tells how it changed (党的十九大报告提出…，此后中央提出…).
      history: true,
      ...(end ? { fromYear: end + 1 } : {}),
      patterns,
      examples: { bad: [patterns[0]!], good: [good], ...(end ? { year: end + 1 } : {}) },
    });
  }
  return rules;
}

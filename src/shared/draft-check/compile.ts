/**
 * compileRules: rule entries (validated YAML), the phrase bank and the guides in; one
 * JSON-serialisable object out. The build writes it once (rules.json) and both the page
 * and the CLI load it, so neither needs astro:content.
 */
import { normalisePattern } from './normalize.ts';
import { levelForms } from '../normalize.ts';
import { FAZHI_PLAN_NAMES, fazhiCompoundRule, fazhiTermRule, substitutionRules, type PhraseLike } from './substitution-rules.ts';
import { nearMissNameRule } from './near-miss-names.ts';
import { seriesSwapRule } from './series-swaps.ts';
import { droppedItemRules, seriesSlotRules } from './series-slots.ts';
import { sourceTitleRules } from './source-titles.ts';
import { OUTLINE_MARKER_LABELS, OUTLINE_PROMPT_LABELS, markerSlot } from '../outline/markers.ts';
import { titleKey } from './checks/title.ts';
import { planPeriod } from './plan-period.ts';
import { describedNames } from './expired-citations.ts';
import type { CompiledRules, DictEntry, ExpiredPlan, OrderRule, ReportKind, Rule, TitleRule } from './types.ts';

/** The fields of a guide this module reads (src/schemas/guide.ts). */
export interface GuideLike {
  slug: string;
  title: string;
  reportTypes: string[];
  sections: { id: string; title: string }[];
}

/** The fields of a source entry this module reads (src/shared/schemas/source.ts). */
export interface SourceLike {
  key: string;
  title: string;
  status?: string;
  period?: [number, number];
  /** 文号, when the reference gives one. */
  docNumber?: string;
  /** Date (YYYY-MM-DD), as the reference gives it. */
  date?: string;
  /** Date it took effect (施行, YYYY-MM-DD), when the reference records it. */
  effective?: string;
  /** Earlier documents it replaced, by 文号. */
  supersedes?: { docNumber: string; what: string }[];
}


const yearOf = (date: string | undefined): number | undefined => Number(String(date ?? '').slice(0, 4)) || undefined;

/** Words in a title that name each report type (a 履行……第一责任人职责 report is a 述法报告, issue 29). */
const TYPE_HINTS: Record<ReportKind, string[]> = {
  'self-inspection-report': ['自查'],
  'shufa-report': ['述法', '述职', '第一责任人职责'],
  'law-based-government-annual-report': ['法治政府建设'],
};

/**
 * A wording that lists with 顿号 is also written run together (自治法治德治相结合), and a list of three or more with
 * commas (自治，法治，德治): each is the same wording. With one 顿号 a comma form is two clauses (记录，报告和…),
 * unless both are clauses already.
 */
const listForms = (p: string): string[] => {
  const pieces = p.split('、');
  const marks = pieces.length - 1;
  if (!marks) return [p];
  // pieces of four characters or more are clauses of their own (坚持党对全面依法治国的领导、坚持人民主体地位),
  // written with a comma or a semicolon as often as with a 顿号, whatever their number.
  const clauses = pieces.every((x) => x.length >= 4);
  return [...new Set([p, p.replace(/、/g, ''), ...(marks >= 2 || clauses ? [p.replace(/、/g, '，')] : []), ...(clauses ? [p.replace(/、/g, '；')] : [])])];
};

export function compileRules(entries: readonly Rule[], phrases: readonly PhraseLike[], guides: readonly GuideLike[] = [], sources: readonly SourceLike[] = []): CompiledRules {
  const typed = entries.map((r) => JSON.parse(JSON.stringify(r)) as Rule);
  const overridden = new Set(typed.flatMap((r) => (r.type === 'substitution' && r.overridesPhrase ? [r.overridesPhrase] : [])));
  const sourceByKey = new Map(sources.map((s) => [s.key, s]));
  // An expired plan's name (法治政府建设实施纲要（2021—2025年）) may still be cited for the years it covered, for its
  // articles, or as history (currency-2026.md §1): whether it is cited as this year's basis is the expired-guidance
  // rules' call, which read the verbs around it. The bank's 期满 entry for the same name adds no rule of its own.
  const guidedNames = new Set(
    typed.flatMap((r) => (r.type === 'consistency' && r.check === 'expired-guidance' ? (r.plans ?? []).flatMap((d) => [sourceByKey.get(d.source)?.title ?? '', ...d.aliases]) : [])).filter(Boolean).map(titleKey),
  );
  const expiredPhrase = new Set(phrases.filter((p) => p.status === 'expired').map((p) => p.id));
  const leftToGuidance = (r: Rule) => r.type === 'substitution' && r.source.kind === 'phrase' && expiredPhrase.has(r.source.phrase) && r.patterns.every((p) => guidedNames.has(titleKey(p)));
  const generated = substitutionRules(phrases).filter((r) => !overridden.has(r.source.kind === 'phrase' ? r.source.phrase : '') && !leftToGuidance(r));
  // A 期满 wording (a plan's target or slogan, its period over) written as still in force is the same mistake as
  // the expired plan cited as this year's basis: it takes that rule's kind.
  const expiredKind = typed.find((r) => r.type === 'consistency' && r.check === 'expired-guidance' && r.statuses?.includes('expired'))?.kind;
  if (expiredKind) for (const r of generated) if (r.source.kind === 'phrase' && expiredPhrase.has(r.source.phrase)) r.kind = expiredKind;
  // A near miss a typed rule already names (高效办好一件事, an error there) is left to that rule.
  const typedPatterns = new Set(typed.flatMap((r) => (r.type === 'substitution' ? r.patterns.map(normalisePattern) : [])));
  const fazhi = fazhiTermRule(phrases);
  const fazhiCompounds = fazhiCompoundRule(phrases, typedPatterns, fazhi?.patterns ?? []);
  // Names an official title spells are near-missed too (sources: the reference's documents).
  const nearMiss = nearMissNameRule(phrases, typedPatterns, sources.map((s) => s.title));
  // The reference's central documents that no typed title rule names: a misquoted title is found by likeness.
  const typedTitles = typed.filter((r): r is TitleRule => r.type === 'title');
  const titled = sourceTitleRules(sources, typedTitles.map((r) => r.exact), typedTitles[0]?.kind);
  // A fixed series with one item's words swapped (执法严明、公正公开), from the order rules' items.
  const orderRules = typed.filter((r): r is OrderRule => r.type === 'order');
  const bankText = phrases.flatMap((p) => [p.text, ...(p.variants ?? [])]).map(normalisePattern).join('\n');
  const swaps = seriesSwapRule(orderRules, bankText, orderRules.find((r) => r.kind === 'series-order')?.kind);
  // A list of named systems with one item changed (执法全过程纪实制度 among the 三项制度), from the order rules that say so.
  const slots = [...seriesSlotRules(orderRules), ...droppedItemRules(orderRules)];
  const rules: Rule[] = [...typed, ...generated, ...(fazhi ? [fazhi] : []), ...(fazhiCompounds ? [fazhiCompounds] : []), ...(nearMiss ? [nearMiss] : []), ...(swaps ? [swaps] : []), ...slots, ...titled];
  // The names of the plans that were still 法制宣传教育 are that plan's mistake when cited, not a 法制 slip (D2).
  for (const r of rules) if (r.type === 'substitution' && r.kind === 'fazhi-fazhi') r.except = [...new Set([...(r.except ?? []), ...FAZHI_PLAN_NAMES])];
  const ids = new Set<string>();
  for (const r of rules) {
    if (ids.has(r.id)) throw new Error(`规则 id 重复：${r.id}`);
    ids.add(r.id);
  }
  const guideBySlug = new Map(guides.map((g) => [g.slug, g]));
  for (const r of rules) {
    if (r.type === 'structure' && r.check === 'missing-section' && r.reportType && r.sectionSpec) {
      const g = guideBySlug.get(r.reportType);
      const s = g?.sections.find((x) => x.id === r.sectionSpec!.section);
      if (guides.length && !s) throw new Error(`规则 ${r.id} 指向的指引章节不存在：${r.reportType}#${r.sectionSpec.section}`);
      r.guide = { slug: r.reportType, section: r.sectionSpec.section, ...(s ? { title: s.title } : {}) };
    }
  }
  const exactTitles = rules.flatMap((r) => (r.type === 'title' ? [r.exact] : []));
  // Sorted, so the compiled rules are the same whatever order the rule files are read in.
  for (const r of rules) if (r.type === 'title') r.siblings = [...new Set(exactTitles.filter((t) => t !== r.exact))].sort();
  for (const r of rules) {
    if (r.type !== 'consistency' || r.check !== 'expired-guidance') continue;
    const resolved: ExpiredPlan[] = [];
    for (const d of r.plans ?? []) {
      const s = sourceByKey.get(d.source);
      if (!s) {
        if (sources.length) throw new Error(`规则 ${r.id} 引用的依据文件不存在：${d.source}`);
        continue;
      }
      if (!s.period || (s.status !== 'expired' && s.status !== 'superseded')) throw new Error(`规则 ${r.id}：依据文件 ${d.source} 不是期满或已被取代的文件（status、period）`);
      if (r.statuses && !r.statuses.includes(s.status)) continue;
      const next = d.successor ? sourceByKey.get(d.successor) : undefined;
      if (d.successor && sources.length && !next) throw new Error(`规则 ${r.id} 的接续文件不存在：${d.successor}`);
      resolved.push({
        title: s.title,
        aliases: d.aliases,
        status: s.status,
        end: s.period[1],
        ...(s.docNumber ? { docNumber: s.docNumber } : {}),
        ...(next ? { successor: { title: next.title, ...(next.period ? { end: next.period[1] } : {}) } } : {}),
      });
    }
    // A source's predecessors (国办发〔2017〕14号 before 国办发〔2018〕118号): replaced in the year the source is dated.
    if (r.predecessors) {
      for (const s of [...sources].sort((a, b) => a.key.localeCompare(b.key))) {
        const year = Number(String(s.date ?? '').slice(0, 4)) || NaN;
        for (const p of s.supersedes ?? []) {
          if (!Number.isFinite(year)) throw new Error(`规则 ${r.id}：依据文件 ${s.key} 写了 supersedes，但没有 date`);
          resolved.push({ title: p.docNumber, aliases: [p.docNumber, ...describedNames(p.what)], status: 'superseded', end: year, successor: { title: s.title } });
        }
      }
    }
    r.resolved = resolved;
  }
  // The 文号 of each current source, so a citation with another number (an earlier text's) is found.
  for (const r of rules) {
    // plan-year reads the same list: a revised law's year of force counts its 施行的第N年.
    if (r.type !== 'consistency' || (r.check !== 'doc-number' && r.check !== 'plan-year')) continue;
    r.numbered = sources
      // A current law known by the day it took effect but not by its 文号 (行政处罚法 2021, central-documents.md) still dates its earlier texts.
      // plan-year counts anniversaries too (印发十周年), so any current text with a date will do there.
      .filter((s) => (s.status ?? 'current') === 'current' && (s.docNumber || s.effective || (r.check === 'plan-year' && s.date)))
      // The years the current text was adopted and took effect (施行, else its date): an earlier text named by its year is found too.
      .map((s) => ({ title: s.title, ...(s.docNumber ? { docNumber: s.docNumber } : {}), ...(yearOf(s.date) ? { adopted: yearOf(s.date)!, since: yearOf(s.effective ?? s.date)! } : {}) }))
      .sort((a, b) => a.title.localeCompare(b.title));
    // A plan's period from its title (法治政府建设实施纲要（2021—2025年）), named as writers shorten it: without the
    // issuers' 关于印发 and without the period.
    if (r.check === 'plan-year') {
      r.periods = sources.flatMap((s) => {
        const p = planPeriod(s.title);
        // The name right before the bracket, after the last 、，《》 (中央宣传部、司法部关于开展…规划 gives 开展…规划).
        const name = p?.before.split(/[、，（）《》]/).at(-1)!.replace(/^.*关于(?:印发)?/, '');
        return p && name && name.length >= 6 ? [{ name, start: p.from, end: p.to }] : [];
      });
      // A collective name (一规划两纲要) spans its plans' periods: its 收官之年 is the last plan's last year.
      for (const c of r.collectives ?? []) {
        const spans = c.sources.map((key) => {
          const p = planPeriod(sourceByKey.get(key)?.title ?? '');
          if (!p && sources.length) throw new Error(`规则 ${r.id}：${c.name} 的依据文件 ${key} 不存在或标题没有期限`);
          return p;
        }).filter((p) => p !== null);
        if (spans.length) r.periods.push({ name: c.name, start: Math.min(...spans.map((p) => p.from)), end: Math.max(...spans.map((p) => p.to)) });
      }
      r.periods.sort((a, b) => a.name.localeCompare(b.name) || a.start - b.start);
    }
  }
  // The years of each dated event, from its sources: a text dated in December (三项制度指导意见 2018-12-05, published
  // 2019-01-03, official-phrases.md E4) counts from the next year too, when it came out and took effect.
  for (const r of rules) {
    if (r.type !== 'consistency' || (r.check !== 'event-year' && r.check !== 'event-before-held')) continue;
    for (const e of r.events ?? []) {
      const years = new Set(e.year ? [e.year] : []);
      const dates: string[] = [];
      for (const key of e.sources ?? []) {
        const s = sourceByKey.get(key);
        if (!s) {
          if (sources.length) throw new Error(`规则 ${r.id} 引用的依据文件不存在：${key}`);
          continue;
        }
        const y = yearOf(s.date);
        if (!y) throw new Error(`规则 ${r.id}：依据文件 ${key} 没有 date`);
        years.add(y);
        dates.push(String(s.date));
        if (/^\d{4}-12/.test(String(s.date))) years.add(y + 1);
      }
      e.years = [...years].sort((a, b) => a - b);
      if (dates.length) e.dates = dates.sort();
    }
  }
  // The outline's markers, from the one list the outline writes them from.
  const labels = OUTLINE_MARKER_LABELS.join('|');
  for (const r of rules) {
    if (r.type !== 'existence' || !r.outlineMarkers) continue;
    const slots = OUTLINE_MARKER_LABELS.map(markerSlot);
    if (r.outlineMarkers === 'flag') {
      const promptLabels = [...OUTLINE_PROMPT_LABELS, ...(r.promptLabels ?? [])];
      const prompts = promptLabels.join('|');
      const standalone = promptLabels.filter((l) => !/^[待填请此]/.test(l)).join('|');
      r.patterns = [...new Set([...r.patterns, ...slots])];
      r.regex = [
        ...r.regex,
        `〔(?:${labels})[：:][^〔〕\\n]*〕`,
        // A prompt in any other bracket (【待写：…】［要写：…］（可用事实：…）): a label and a colon, which an aside in a report never opens with.
        `[［【〖〈<｛{\\[（(](?:${prompts})(?:[/／|｜、](?:${prompts}))*[：:][^［］【】〖〗〈〉<>｛｝{}\\[\\]（）()\\n]*[］】〗〉>｝}\\]）)]`,
        // a bracket holding the label alone (【要写】, 〖可用事实〗) opens a prompt that runs to the line's end;
        // not a note to fill in (（待补充）, 【填写】: template-fill-instruction's placeholders).
        `[［【〖〔〈<｛{\\[（(]\\s*(?:${standalone})\\s*[：:]?\\s*[］】〗〕〉>｝}\\]）)][^\\n]*`,
        // A prompt copied out of a Word comment has no bracket: a line or clause that opens with its label, to the line's end.
        // after a bullet (★ ※ ●) too, and with a dash for the colon (要写——…).
        // after an arrow, a tick, a box or a dash bullet too (→要写：…, - 可用事实：…).
        // after a list number too ((二)可用事实：…, 2.要写：…), where a clause of the report would start.
        // with a bracketed remark between the label and its colon (要写（与存在问题对应）：…).
        // Two labels joined by a slash or a 顿号 (可用事实/要写：…) are one prompt: a heading of the report never pairs them.
        `(?<=^[ \\u3000]*(?:[★☆※●○◆◇■▲•·→➤►▶▷➢◎□☐√✓✔＞>*\\-]{1,3}[ \\u3000]*|(?:[（(][一二三四五六七八九十\\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\\d{1,2}[.．、])[ \\u3000]*)?|[。；;！][ \\u3000]*)(?:${prompts})(?:[ \\u3000]*[/／|｜、][ \\u3000]*(?:${prompts}))*[ \\u3000]*(?:[（(【〔［][^（）()【】〔〕［］\\n]{1,40}[）)】〕］][ \\u3000]*)?(?:[：:]|——)[^\\n]*`,
      ];
    } else r.except = [...new Set([...r.except, ...slots])];
  }
  const dictionary: DictEntry[] = [];
  rules.forEach((r, i) => {
    // A level slot (〔县〕, src/shared/normalize.ts) in a typed rule's pattern stands for each of its forms.
    if (r.type === 'existence') {
      for (const p of r.patterns.flatMap(levelForms)) dictionary.push({ pattern: normalisePattern(p), rule: i });
    } else if (r.type === 'substitution') {
      for (const p of r.patterns.flatMap(levelForms).flatMap(listForms)) dictionary.push({ pattern: normalisePattern(p), rule: i });
      if (r.except) r.except = r.except.flatMap(levelForms);
    } else if (r.type === 'order') {
      r.items.forEach((forms, item) => {
        for (const f of forms.flatMap(levelForms)) {
          dictionary.push({ pattern: normalisePattern(f), rule: i, item });
          // Every object with every item: a swapped pair (重大问题亲自协调) is found as object 1 with item 2.
          r.objects?.forEach((o, obj) => dictionary.push({ pattern: normalisePattern(o + f), rule: i, item, obj }));
          // The verb first (亲自协调重大问题) pairs them the same way.
          r.objects?.forEach((o, obj) => dictionary.push({ pattern: normalisePattern(f + o), rule: i, item, obj, verbFirst: true }));
        }
      });
      for (const o of r.others ?? []) dictionary.push({ pattern: normalisePattern(o), rule: i, item: -1 });
    }
  });
  return { version: 1, rules, dictionary, typeHints: TYPE_HINTS };
}

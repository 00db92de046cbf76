/**
 * DOM for the results of 报告体检: the findings grouped by section or by level, the draft with marks,
 * and the plain-text list that 复制结果清单 copies. Everything is built with DOM calls and text nodes,
 * never innerHTML, so draft text cannot inject markup. The list and the copied text show at most
 * SHOWN_PER_RULE findings of a rule and count the rest, as `npm run check` does
 * (src/shared/check-view.ts); the draft marks every finding. Each step is linear in the findings.
 */
import type { CheckResult, Finding, RulesFile } from '../../shared/draft-check/types.ts';
import { LEVEL_LABELS as LEVEL_LABEL, REPORT_KIND_LABELS } from '../../shared/draft-check/labels.ts';
import { capPerRule, positionFinder, restLine, SHOWN_PER_RULE, type Rest } from '../../shared/check-view.ts';

export type View = 'section' | 'level';

/** Findings on a section missing from the whole draft are listed first, under this name. */
const WHOLE = '全篇结构';
const OPENING = '标题和开头';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

/** 1-based line of each offset. */
export function lineFinder(text: string): (offset: number) => number {
  const at = positionFinder(text);
  return (offset) => at(offset).line;
}

const short = (s: string, n = 40) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n)}……` : one;
};

/** The rules whose findings are about the draft as a whole (a required section missing). */
const wholeRules = (rules: RulesFile) => new Set(rules.rules.filter((r) => r.type === 'structure' && r.check === 'missing-section').map((r) => r.id));

interface Group { title: string; items: { f: Finding; i: number }[] }

/** The findings listed (at most SHOWN_PER_RULE of a rule), grouped; and per rule, how many were not listed. */
export function groupFindings(result: CheckResult, rules: RulesFile, view: View): { groups: Group[]; rest: Rest[] } {
  const { shown, rest } = capPerRule(
    result.findings.map((f, i) => ({ f, i })),
    (x) => x.f.rule,
  );
  if (view === 'level') {
    const groups = (['error', 'hint'] as const)
      .map((level) => ({ title: `${LEVEL_LABEL[level]}（${result.findings.filter((f) => f.level === level).length} 条）`, items: shown.filter((x) => x.f.level === level) }))
      .filter((g) => g.items.length);
    return { groups, rest };
  }
  const whole = wholeRules(rules);
  const groups = new Map<string, Group['items']>();
  groups.set(WHOLE, []);
  for (const x of shown) {
    const key = whole.has(x.f.rule) ? WHOLE : !x.f.section || x.f.section === '开头' ? OPENING : x.f.section;
    const items = groups.get(key);
    if (items) items.push(x);
    else groups.set(key, [x]);
  }
  const byLevel = (a: { f: Finding }, b: { f: Finding }) => (a.f.level === b.f.level ? 0 : a.f.level === 'error' ? -1 : 1);
  return { groups: [...groups].filter(([, items]) => items.length).map(([title, items]) => ({ title, items: items.sort(byLevel) })), rest };
}

/** The findings list: one <h3> per group, one <li> per finding listed, then a line per rule with findings not listed. */
export function renderFindings(container: HTMLElement, result: CheckResult, rules: RulesFile, view: View, lineOf: (o: number) => number): void {
  container.replaceChildren();
  if (!result.findings.length) {
    container.append(el('p', { class: 'check-none' }, '没有发现规则所列的问题。体检只检查“体检规则”中列出的问题，不能代替通读和审核。'));
    return;
  }
  const { groups, rest } = groupFindings(result, rules, view);
  for (const [gi, g] of groups.entries()) {
    const id = `check-group-${gi}`;
    const list = el('ol', { class: 'findings', 'aria-labelledby': id });
    for (const { f, i } of g.items) list.append(renderFinding(f, i, rules, lineOf));
    container.append(el('h3', { id }, g.title), list);
  }
  if (rest.length) {
    const list = el('ul', { class: 'check-rest', 'aria-labelledby': 'check-group-rest' });
    for (const x of rest) list.append(el('li', { 'data-rest-rule': x.rule, 'data-rest-count': String(x.count) }, `${restLine(x)}。`));
    container.append(el('h3', { id: 'check-group-rest' }, `未列出的同类问题（每条规则最多列出 ${SHOWN_PER_RULE} 处，下方草稿中全部标出）`), list);
  }
}

function renderFinding(f: Finding, i: number, rules: RulesFile, lineOf: (o: number) => number): HTMLLIElement {
  const links = rules.links[f.rule];
  const li = el('li', { class: `finding finding--${f.level}`, 'data-finding': String(i), 'data-rule': f.rule, 'data-level': f.level, 'data-start': String(f.start), 'data-end': String(f.end) });
  li.append(el('p', { class: 'finding__head' }, el('span', { class: `level level--${f.level}` }, LEVEL_LABEL[f.level]), ' ', f.message));
  if (f.end > f.start) {
    // 定位 is for the screen; on paper the button reads as the quoted text (public/print.css).
    const locate = el('button', { type: 'button', class: 'finding__locate', 'data-locate': String(i) }, el('span', { class: 'finding__verb' }, '定位'), `原文“${short(f.text)}”`);
    li.append(el('p', { class: 'finding__where' }, locate, el('span', { class: 'muted' }, `（第 ${lineOf(f.start)} 行${f.section && f.section !== '开头' ? `，${f.section}` : ''}）`)));
  }
  if (f.fix) li.append(el('p', { class: 'finding__fix' }, el('strong', {}, '改法：'), f.fix));
  const refs: (Node | string)[] = [];
  const add = (href: string, label: string) => {
    if (refs.length) refs.push(' · ');
    refs.push(el('a', { href }, label));
  };
  if (links) {
    add(links.rule, `规则说明（${f.rule}）`);
    if (links.phrase) add(links.phrase.href, links.phrase.label);
    if (links.guide) add(links.guide.href, links.guide.label);
    if (links.source.href && links.source.href !== links.phrase?.href) add(links.source.href, `依据：${links.source.label}`);
  }
  if (refs.length) li.append(el('p', { class: 'finding__links' }, ...refs));
  return li;
}

/** The draft with a <mark> over every finding's span; the first mark of finding i has id check-mark-i. */
export function renderDraft(container: HTMLElement, text: string, findings: Finding[]): void {
  container.replaceChildren();
  const cuts = new Set([0, text.length]);
  for (const f of findings) if (f.end > f.start) cuts.add(f.start).add(f.end);
  const points = [...cuts].sort((a, b) => a - b);
  // One sweep over the cut points: the findings open over each piece, added at their start and dropped at their end.
  const starting = new Map<number, number[]>();
  findings.forEach((f, i) => {
    if (f.end <= f.start) return;
    const list = starting.get(f.start);
    if (list) list.push(i);
    else starting.set(f.start, [i]);
  });
  const open = new Set<number>();
  const placed = new Set<number>();
  const frag = document.createDocumentFragment();
  for (let k = 0; k + 1 < points.length; k++) {
    const [a, b] = [points[k]!, points[k + 1]!];
    for (const i of open) if (findings[i]!.end <= a) open.delete(i);
    for (const i of starting.get(a) ?? []) open.add(i);
    const covering = [...open].sort((x, y) => x - y);
    const chunk = text.slice(a, b);
    if (!covering.length) {
      frag.append(chunk);
      continue;
    }
    const level = covering.some((i) => findings[i]!.level === 'error') ? 'error' : 'hint';
    const mark = el('mark', { class: `draft-mark draft-mark--${level}`, 'data-findings': covering.join(' ') }, chunk);
    const first = covering.find((i) => !placed.has(i));
    if (first !== undefined) {
      mark.id = `check-mark-${first}`;
      mark.tabIndex = -1;
      for (const i of covering) placed.add(i);
    }
    frag.append(mark);
  }
  container.append(frag);
}

/** Scrolls to finding i's marked text, outlines all its marks and moves focus there. */
export function locate(draft: HTMLElement, i: number): void {
  for (const m of draft.querySelectorAll('.draft-mark--current')) m.classList.remove('draft-mark--current');
  const marks = [...draft.querySelectorAll<HTMLElement>('mark[data-findings]')].filter((m) => m.dataset.findings!.split(' ').includes(String(i)));
  for (const m of marks) m.classList.add('draft-mark--current');
  const target = marks[0];
  if (!target) return;
  target.tabIndex = -1;
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
}

/** The one-line description of what was checked: type (given or guessed) and year. */
export function describe(result: CheckResult, typeGiven: boolean, yearGiven: boolean): string {
  const type = result.type
    ? `按“${REPORT_KIND_LABELS[result.type]}”检查${typeGiven ? '（您选择的类型）' : '（根据标题和各部分标题自动判断；不对的话请在上方选择报告类型后重新体检）'}。`
    : '没有判断出报告类型，所以没有检查必备部分；请在上方选择报告类型后重新体检。';
  const year = result.year
    ? `报告年度：${result.year} 年${yearGiven ? '（您填写的年度）' : '（从标题或开头读出）'}。`
    : '没有读出报告年度，与年度有关的规则没有运行；可以在上方填写后重新体检。';
  return `${type}${year}`;
}

export const counts = (findings: Finding[]) => ({
  error: findings.filter((f) => f.level === 'error').length,
  hint: findings.filter((f) => f.level === 'hint').length,
});

/** The plain-text list that 复制结果清单 copies: one block per finding listed, in the order of the draft, then the counts of the rest. */
export function plainList(result: CheckResult, description: string, lineOf: (o: number) => number): string {
  const c = counts(result.findings);
  const head = [`报告体检结果：错误 ${c.error} 条，提示 ${c.hint} 条`, description];
  const { shown, rest } = capPerRule(result.findings, (f) => f.rule);
  const items = shown.map((f, n) => {
    const where = f.end > f.start ? `第 ${lineOf(f.start)} 行${f.section && f.section !== '开头' ? `（${f.section}）` : ''}：“${short(f.text, 60)}”` : '全篇';
    return [`${n + 1}. 【${LEVEL_LABEL[f.level]}】${f.message}`, `   位置：${where}`, ...(f.fix ? [`   改法：${f.fix}`] : []), `   规则：${f.rule}`].join('\n');
  });
  return [...head, '', ...items, ...(rest.length ? ['', ...rest.map((x) => `${restLine(x)}。`)] : [])].join('\n');
}

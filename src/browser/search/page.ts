/**
 * The /search/ page: reads the query and filters from the URL, runs the exact passage search,
 * renders results, keeps the URL in step (pushState) and follows back/forward (popstate).
 *
 * How many results are shown and where the page was scrolled live in history.state, so coming
 * back from a result (or reloading) shows the same results at the same place.
 */
import { exactSearch, PAGE_SIZE, type ExactResults, type PagefindApi } from '../../shared/search/engine.ts';
import { FILTER_KEYS, MAX_QUERY_CHARS, MAX_TERMS, pagefindFilters, parseQuery, readState, stateToSearch, type SearchState } from '../../shared/search/query.ts';
import { httpStore } from './http-store.ts';
import { ensureT2S, mayNeedT2S } from './t2s.ts';
import { BASE, renderHit, renderNear } from './render.ts';

const $ = <T extends Element>(sel: string) => document.querySelector<T>(sel);

const form = $<HTMLFormElement>('[data-search-form]')!;
const input = $<HTMLInputElement>('[data-search-input]')!;
const status = $<HTMLElement>('[data-search-count]')!;
const notice = $<HTMLElement>('[data-search-notice]')!;
const hint = $<HTMLElement>('[data-search-hint]')!;
const list = $<HTMLOListElement>('[data-search-results]')!;
const more = $<HTMLButtonElement>('[data-search-more]')!;
const near = $<HTMLElement>('[data-search-near]')!;
const nearList = near.querySelector('ol')!;
const filterBox = $<HTMLDetailsElement>('[data-search-filters]')!;
const filterSummary = $<HTMLElement>('[data-search-filter-summary]')!;
const selects = new Map(FILTER_KEYS.map((k) => [k, form.querySelector<HTMLSelectElement>(`select[name="${k}"]`)]));

for (const el of document.querySelectorAll<HTMLElement>('[data-search-nojs]')) el.hidden = true;
for (const el of document.querySelectorAll<HTMLElement>('[data-search-js]')) el.hidden = false;

// The page restores its own scroll position once the results are back (see restore below).
if ('scrollRestoration' in history) history.scrollRestoration = 'manual';

let passageIndex: Promise<PagefindApi> | undefined;
/**
 * One Pagefind instance, without Pagefind's Web Worker: the index chunks are what a query costs,
 * and the worker script (12 KB) bought nothing for a site this size.
 */
async function load(dir: string): Promise<PagefindApi> {
  const url = `${BASE}${dir}/pagefind.js`;
  const mod = (await import(/* @vite-ignore */ url)) as { createInstance(o: Record<string, unknown>): PagefindApi };
  const pf = mod.createInstance({ basePath: `${BASE}${dir}/`, baseUrl: BASE, excerptLength: 40, noWorker: true });
  await pf.init();
  return pf;
}
const passages = () => (passageIndex ??= load('pagefind'));
const store = httpStore(BASE, ensureT2S);
/** Index words searched during this visit: their chunks are loaded, so the 相近结果 reuse them. */
const looked = new Set<string>();

function setOptions(select: HTMLSelectElement, values: string[], selected: string | undefined) {
  const keep = new Set(values);
  if (selected) keep.add(selected);
  const first = select.options[0];
  select.replaceChildren(first);
  for (const v of [...keep].sort((a, b) => a.localeCompare(b, 'zh-CN'))) {
    const o = document.createElement('option');
    o.value = v;
    o.textContent = v;
    select.append(o);
  }
  select.value = selected ?? '';
}

let filtersFilled = false;
/** The filter values come from the index's filter chunks: loaded when the filter row is opened, not for every query. */
async function fillFilters(state: SearchState) {
  if (filtersFilled) return;
  filtersFilled = true;
  try {
    const counts = await (await passages()).filters();
    for (const [key, select] of selects) {
      if (!select) continue;
      const values = Object.keys(counts[key] ?? {});
      setOptions(select, values, state.filters[key]);
      select.closest<HTMLElement>('[data-filter]')!.hidden = values.length === 0 && !state.filters[key];
    }
  } catch {
    /* the search itself reports index errors */
  }
}

/** The filter row says what is selected, and is open whenever a filter is set. */
function showFilters(state: SearchState) {
  const chosen = Object.values(state.filters).filter(Boolean);
  filterSummary.textContent = chosen.length ? `：${chosen.join('、')}` : '';
  if (chosen.length) filterBox.open = true;
  if (filterBox.open) void fillFilters(state);
}
filterBox.addEventListener('toggle', () => {
  if (filterBox.open) void fillFilters(readState(location.search));
});

function currentFormState(): SearchState {
  const filters: SearchState['filters'] = {};
  for (const [key, select] of selects) if (select?.value) filters[key] = select.value;
  return { q: input.value, filters };
}

/** What history.state keeps for this page. */
interface Saved {
  shown: number;
  scrollY: number;
}
const saved = (): Saved | undefined => {
  const s = history.state as Partial<Saved> | null;
  return s && typeof s.shown === 'number' && typeof s.scrollY === 'number' ? (s as Saved) : undefined;
};
function save() {
  history.replaceState({ shown: current?.shown ?? 0, scrollY: Math.round(window.scrollY) } satisfies Saved, '');
}
let saveTimer: number | undefined;
window.addEventListener('scroll', () => {
  clearTimeout(saveTimer);
  saveTimer = window.setTimeout(save, 150);
});
// Before leaving for a result, record where the page is.
window.addEventListener('pagehide', save);
list.addEventListener('click', (e) => {
  if ((e.target as Element).closest('a')) save();
});

let generation = 0;
let current: { results: ExactResults; shown: number; terms: string[]; text: string } | undefined;

async function showMore(gen: number, count = PAGE_SIZE) {
  if (!current) return;
  more.disabled = true;
  const hits = await current.results.load(current.shown, count);
  if (gen !== generation) return;
  for (const hit of hits) list.append(renderHit(document, hit, current.terms, current.text));
  current.shown += hits.length;
  more.hidden = current.shown >= current.results.total;
  more.disabled = false;
  return hits.length;
}

/** “您是不是要找”: only when the query has no exact result and its corrected form has. */
async function offerCorrection(pf: PagefindApi, text: string, state: SearchState, filters: Record<string, string>, gen: number) {
  const { correctedQuery } = await import('./no-match.ts');
  const corrected = correctedQuery(text);
  if (!corrected) return;
  const { terms } = parseQuery(corrected);
  const results = await exactSearch(pf, store, terms, filters, looked);
  if (gen !== generation || results.total === 0) return;
  const a = document.createElement('a');
  a.href = `${location.pathname}${stateToSearch({ ...state, q: corrected })}`;
  a.textContent = corrected;
  a.setAttribute('data-search-hint-link', '');
  a.addEventListener('click', (e) => {
    e.preventDefault();
    navigate({ ...state, q: corrected });
  });
  hint.replaceChildren('您是不是要找：', a, `？（${results.total} 段）`);
  hint.hidden = false;
}

async function run(state: SearchState, restore?: Saved) {
  const gen = ++generation;
  let query = parseQuery(state.q);
  input.value = query.text || state.q.slice(0, MAX_QUERY_CHARS);
  for (const [key, select] of selects) if (select && select.value !== (state.filters[key] ?? '')) select.value = state.filters[key] ?? '';
  showFilters(state);
  document.title = query.text ? `搜索：${query.text} - 述法参考` : '搜索 - 述法参考';
  list.replaceChildren();
  nearList.replaceChildren();
  near.hidden = true;
  delete near.dataset.searchNearState;
  hint.hidden = true;
  hint.replaceChildren();
  more.hidden = true;
  current = undefined;
  notice.hidden = !query.truncated;
  notice.textContent = query.truncated ? shortened(state.q) : '';
  // A link may carry a longer query than is used: keep only the used part in the address.
  const used = stateToSearch({ ...state, q: query.text });
  if (query.truncated && location.search !== used) history.replaceState(history.state, '', `${location.pathname}${used}${location.hash}`);
  if (query.terms.length === 0) {
    status.dataset.searchCount = '0';
    status.textContent = state.q.trim() ? '检索词中没有可检索的文字（标点、符号和表情不参与检索）。' : '请输入要查找的表述，例如：亲自督办。';
    list.dataset.searchState = 'done';
    return;
  }
  list.dataset.searchState = 'loading';
  list.setAttribute('aria-busy', 'true');
  status.textContent = '正在检索……';
  try {
    const filters = pagefindFilters(state);
    const pf = await passages();
    let results = await exactSearch(pf, store, query.terms, filters, looked);
    // The index holds no traditional character, so a query with one finds nothing: then install
    // the fold table and search again if the query folds differently with it.
    if (results.total === 0 && mayNeedT2S(query.text)) {
      await ensureT2S();
      const refolded = parseQuery(state.q);
      if (refolded.terms.join(' ') !== query.terms.join(' ')) {
        query = refolded;
        results = await exactSearch(pf, store, query.terms, filters, looked);
      }
    }
    if (gen !== generation) return;
    current = { results, shown: 0, terms: query.terms, text: query.text };
    await showMore(gen, Math.max(PAGE_SIZE, restore?.shown ?? 0));
    if (gen !== generation) return;
    status.dataset.searchCount = String(results.total);
    const scope = Object.values(filters).length ? `（筛选：${Object.values(filters).join('、')}）` : '';
    status.textContent = results.total
      ? `找到 ${results.total} 段包含“${query.text}”的原文${scope}。`
      : `没有段落包含“${query.text}”${scope}。`;
    if (results.total === 0) {
      // Announce the 相近结果 state too, so that a failure to load them is visible rather than
      // looking like "no near results".
      near.dataset.searchNearState = 'loading';
      await offerCorrection(pf, query.text, state, filters, gen);
      const terms = query.terms;
      const hits = await import('./no-match.ts')
        .then(({ nearSearch }) => nearSearch(pf, store, terms, filters, looked))
        .catch((err) => {
          console.error(err);
          return undefined;
        });
      if (gen !== generation) return;
      for (const h of hits ?? []) nearList.append(renderNear(document, h));
      near.hidden = !hits?.length;
      near.dataset.searchNearState = hits ? 'done' : 'error';
    }
    if (restore) window.scrollTo(0, restore.scrollY);
    save();
    list.dataset.searchState = 'done';
  } catch (err) {
    if (gen !== generation) return;
    console.error(err);
    status.dataset.searchCount = '0';
    status.textContent = '搜索索引加载失败，请稍后重试。';
    list.dataset.searchState = 'error';
  } finally {
    if (gen === generation) list.removeAttribute('aria-busy');
  }
}

/** What the notice says when a query was cut: to how many characters (also in the address) or terms. */
function shortened(q: string): string {
  const chars = Array.from(q.replace(/\s+/g, ' ').trim()).length;
  return chars > MAX_QUERY_CHARS
    ? `检索词有 ${chars} 个字，超过 ${MAX_QUERY_CHARS} 个字的上限，只按前 ${MAX_QUERY_CHARS} 个字检索，网址中也只保留这些字。`
    : `检索词超过 ${MAX_TERMS} 个，只按前 ${MAX_TERMS} 个词检索。`;
}

function navigate(state: SearchState) {
  // Only the part of the query that is searched goes into the address (a 10,000-character paste would make it too long to reload).
  const url = `${location.pathname}${stateToSearch({ ...state, q: parseQuery(state.q).text })}`;
  if (url !== `${location.pathname}${location.search}`) history.pushState({ shown: 0, scrollY: 0 } satisfies Saved, '', url);
  window.scrollTo(0, 0);
  void run(state);
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  navigate(currentFormState());
});
for (const select of selects.values()) select?.addEventListener('change', () => navigate(currentFormState()));
more.addEventListener('click', async () => {
  const first = list.children.length;
  const added = await showMore(generation);
  save();
  // Move focus to the first newly shown result, so keyboard users continue from there.
  if (added) list.children[first]?.querySelector<HTMLElement>('a')?.focus();
});
// 复制 on a 规范表述 result: the phrase text exactly; the button says when it is done.
list.addEventListener('click', async (e) => {
  const button = (e.target as Element).closest<HTMLButtonElement>('[data-search-copy]');
  if (!button) return;
  try {
    await navigator.clipboard.writeText(button.dataset.searchCopy ?? '');
    button.textContent = '已复制';
    button.dataset.searchCopyState = 'done';
  } catch {
    button.textContent = '复制失败';
    button.dataset.searchCopyState = 'error';
  }
});
window.addEventListener('popstate', () => {
  void run(readState(location.search), saved());
});

const initial = readState(location.search);
for (const [key, select] of selects) if (select) setOptions(select, [], initial.filters[key]);
void run(initial, saved());

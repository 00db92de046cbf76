/**
 * The /search/ page: reads the query and filters from the URL, runs the exact passage search,
 * renders results, keeps the URL in step (pushState) and follows back/forward (popstate).
 */
import { exactSearch, nearSearch, PAGE_SIZE, type ExactResults, type PagefindApi } from '../../shared/search/engine.ts';
import { FILTER_KEYS, MAX_QUERY_CHARS, pagefindFilters, parseQuery, readState, stateToSearch, type SearchState } from '../../shared/search/query.ts';
import { httpStore } from './http-store.ts';
import { BASE, renderHit, renderNear } from './render.ts';

const $ = <T extends Element>(sel: string) => document.querySelector<T>(sel);

const form = $<HTMLFormElement>('[data-search-form]')!;
const input = $<HTMLInputElement>('[data-search-input]')!;
const status = $<HTMLElement>('[data-search-count]')!;
const notice = $<HTMLElement>('[data-search-notice]')!;
const list = $<HTMLOListElement>('[data-search-results]')!;
const more = $<HTMLButtonElement>('[data-search-more]')!;
const near = $<HTMLElement>('[data-search-near]')!;
const nearList = near.querySelector('ol')!;
const selects = new Map(FILTER_KEYS.map((k) => [k, form.querySelector<HTMLSelectElement>(`select[name="${k}"]`)]));

for (const el of document.querySelectorAll<HTMLElement>('[data-search-nojs]')) el.hidden = true;
for (const el of document.querySelectorAll<HTMLElement>('[data-search-js]')) el.hidden = false;

let passageIndex: Promise<PagefindApi> | undefined;
let plainIndex: Promise<PagefindApi> | undefined;
async function load(dir: string): Promise<PagefindApi> {
  const url = `${BASE}${dir}/pagefind.js`;
  const pf = (await import(/* @vite-ignore */ url)) as PagefindApi;
  await pf.options({ baseUrl: BASE, excerptLength: 40 });
  await pf.init();
  return pf;
}
const passages = () => (passageIndex ??= load('pagefind'));
const plain = () => (plainIndex ??= load('pagefind-plain'));
const store = httpStore(BASE);

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

async function fillFilters(state: SearchState) {
  for (const [key, select] of selects) if (select) setOptions(select, [], state.filters[key]);
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

function currentFormState(): SearchState {
  const filters: SearchState['filters'] = {};
  for (const [key, select] of selects) if (select?.value) filters[key] = select.value;
  return { q: input.value, filters };
}

let generation = 0;
let current: { results: ExactResults; shown: number; terms: string[]; text: string } | undefined;

async function showMore(gen: number) {
  if (!current) return;
  more.disabled = true;
  const hits = await current.results.load(current.shown, PAGE_SIZE);
  if (gen !== generation) return;
  for (const hit of hits) list.append(renderHit(document, hit, current.terms, current.text));
  current.shown += hits.length;
  more.hidden = current.shown >= current.results.total;
  more.disabled = false;
  return hits.length;
}

async function run(state: SearchState) {
  const gen = ++generation;
  const query = parseQuery(state.q);
  input.value = query.text || state.q.slice(0, MAX_QUERY_CHARS);
  for (const [key, select] of selects) if (select && select.value !== (state.filters[key] ?? '')) select.value = state.filters[key] ?? '';
  document.title = query.text ? `搜索：${query.text} - 述法参考` : '搜索 - 述法参考';
  list.replaceChildren();
  nearList.replaceChildren();
  near.hidden = true;
  delete near.dataset.searchNearState;
  more.hidden = true;
  current = undefined;
  notice.hidden = !query.truncated;
  notice.textContent = query.truncated ? `检索词过长，只按前 ${MAX_QUERY_CHARS} 个字、最多 10 个词检索。` : '';
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
    const results = await exactSearch(await passages(), store, query.terms, filters);
    if (gen !== generation) return;
    current = { results, shown: 0, terms: query.terms, text: query.text };
    await showMore(gen);
    if (gen !== generation) return;
    status.dataset.searchCount = String(results.total);
    const scope = Object.values(filters).length ? `（筛选：${Object.values(filters).join('、')}）` : '';
    status.textContent = results.total
      ? `找到 ${results.total} 段包含“${query.text}”的原文${scope}。`
      : `没有段落包含“${query.text}”${scope}。`;
    if (results.total === 0) {
      // The 相近结果 index is a second Pagefind instance, loaded only now: announce its state too,
      // so that a failure to load it is visible rather than looking like "no near results".
      near.dataset.searchNearState = 'loading';
      const hits = await nearSearch(await plain(), query.text, filters).catch((err) => {
        console.error(err);
        return undefined;
      });
      if (gen !== generation) return;
      for (const h of hits ?? []) nearList.append(renderNear(document, h));
      near.hidden = !hits?.length;
      near.dataset.searchNearState = hits ? 'done' : 'error';
    }
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

function navigate(state: SearchState) {
  const url = `${location.pathname}${stateToSearch(state)}`;
  if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
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
  // Move focus to the first newly shown result, so keyboard users continue from there.
  if (added) list.children[first]?.querySelector<HTMLElement>('a')?.focus();
});
window.addEventListener('popstate', () => {
  const state = readState(location.search);
  void run(state);
});

const initial = readState(location.search);
void fillFilters(initial);
void run(initial);

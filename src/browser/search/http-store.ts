/**
 * The passage store of a deployed site, over HTTP (browser glue for the shared search engine).
 */
import { CHUNKS_FILE, PAGE_FILES, PASSAGES_DIR, TABLE_FILE, readTable, type PageFile, type PassageStore, type RecordInfo, type TableFile } from '../../shared/search/passage-table.ts';
import { mayContain, probes } from '../../shared/search/word-filter.ts';

async function fetchOk(url: string, init?: RequestInit): Promise<Response> {
  const res = await fetch(url, init);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res;
}
const getJson = async <T>(url: string, init?: RequestInit): Promise<T> => (await (await fetchOk(url, init)).json()) as T;

/** A cache of promises that forgets a failed load, so the next search tries again. */
function memo<T>(load: (key: string) => Promise<T>) {
  const cache = new Map<string, Promise<T>>();
  return (key: string) => {
    let p = cache.get(key);
    if (!p) {
      p = load(key).catch((err) => {
        cache.delete(key);
        throw err;
      });
      cache.set(key, p);
    }
    return p;
  };
}

/**
 * The store of a deployed site; `base` ends in '/'. The table is fetched once, revalidated (its
 * name is fixed). `beforeTraditional` runs before a page file flagged t2s is handed out (the
 * search page installs the fold table there).
 */
export function httpStore(base: string, beforeTraditional?: () => Promise<void>): PassageStore {
  const dir = `${base}${PASSAGES_DIR}/`;
  const table = memo(() => getJson<TableFile>(`${dir}${TABLE_FILE}`, { cache: 'no-cache' }));
  const records = memo(async () => readTable((await table('')).records));
  const page = memo(async (file) => {
    const p = await getJson<PageFile>(`${dir}${PAGE_FILES}/${file}.json`);
    if (p.t2s) await beforeTraditional?.();
    return p;
  });
  // Partitions and chunks.json sit in a folder named by the filter's hash: never stale.
  const partition = memo(async (url) => new Uint8Array(await (await fetchOk(url)).arrayBuffer()));
  const chunks = memo((url) => getJson<string[]>(url));
  return {
    records: () => records(''),
    page,
    mayHave: async (words) => {
      const { dir: filter, partitions } = (await table('')).words;
      return Promise.all(
        words.map(async (w) => mayContain(await partition(`${dir}${filter}/${probes(w, partitions).partition}.bin`), w, partitions)),
      );
    },
    chunks: async () => chunks(`${dir}${(await table('')).words.dir}/${CHUNKS_FILE}`),
  };
}

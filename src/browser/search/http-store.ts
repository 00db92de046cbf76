/**
 * The passage store of a deployed site, over HTTP (browser glue for the shared search engine).
 */
import { PAGE_FILES, PASSAGES_DIR, TABLE_FILE, readTable, type PageFile, type PassageStore, type PassageTable, type RecordInfo } from '../../shared/search/passage-table.ts';

async function getJson<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, init);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

/** The store of a deployed site; `base` ends in '/'. The table is fetched once, revalidated (its name is fixed). */
export function httpStore(base: string): PassageStore {
  let records: Promise<Map<string, RecordInfo>> | undefined;
  const pages = new Map<string, Promise<PageFile>>();
  return {
    records: () =>
      (records ??= getJson<PassageTable>(`${base}${PASSAGES_DIR}/${TABLE_FILE}`, { cache: 'no-cache' })
        .then(readTable)
        .catch((err) => {
          // Forget a failed load, so the next search tries again.
          records = undefined;
          throw err;
        })),
    page: (file) => {
      let p = pages.get(file);
      if (!p) {
        p = getJson<PageFile>(`${base}${PASSAGES_DIR}/${PAGE_FILES}/${file}.json`).catch((err) => {
          pages.delete(file);
          throw err;
        });
        pages.set(file, p);
      }
      return p;
    },
  };
}

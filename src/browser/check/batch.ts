/**
 * 批量体检 on /check/: several files chosen or dropped at once are read and checked one after another
 * in a worker (./worker.ts), so the page stays responsive; a progress line (已检查 7/23) and 取消 show
 * while it runs. The summary table (one row per file, unreadable files included with their reason)
 * sorts by any column from the buttons in its header (aria-sort on the sorted column); a file's name
 * opens its findings in the single-draft results below. The table downloads as .csv and .xlsx, built
 * here from the rows, and every checked file as a Word file with its findings as comments, all in one
 * .zip made in the worker (src/shared/annotate); nothing is sent anywhere. [data-batch-state] on the section announces
 * running → done | cancelled | failed, for tests and assistive code.
 */
import { batchCells, batchCsv, batchXlsx, problemRow, sortRows, BATCH_COLUMNS, type BatchColumn, type BatchRow } from '../../shared/draft-check/batch-summary.ts';
import type { CheckResult } from '../../shared/draft-check/types.ts';
import type { CheckOptionsGiven, FromWorker, ToWorker } from './batch-protocol.ts';
import { saveFile } from '../download.ts';

/** A file of the batch: its row, and its text and findings when it could be checked. */
export interface BatchEntry { file: File; row: BatchRow; text?: string; result?: CheckResult }

export interface BatchHost {
  rulesUrl: string;
  /** Opens a checked file's findings in the single-draft results. */
  show(entry: Required<Pick<BatchEntry, 'file' | 'text' | 'result'>> & { name: string }, options: CheckOptionsGiven): void | Promise<void>;
}

type State = 'running' | 'done' | 'cancelled' | 'failed';

const CANCELLED = '已取消，没有检查。';

export function initBatch(app: HTMLElement, host: BatchHost) {
  const section = app.querySelector<HTMLElement>('[data-check-batch]')!;
  const $ = <T extends HTMLElement>(sel: string) => section.querySelector<T>(sel)!;
  const progress = $<HTMLElement>('[data-batch-progress]');
  const cancel = $<HTMLButtonElement>('[data-batch-cancel]');
  const downloads = $<HTMLElement>('[data-batch-downloads]');
  const tbody = $<HTMLTableSectionElement>('[data-batch-rows]');
  const heading = $<HTMLElement>('[data-batch-title]');

  let entries: BatchEntry[] = [];
  let options: CheckOptionsGiven = {};
  let sort: { column: BatchColumn; direction: 'ascending' | 'descending' } | undefined;
  let run = 0;
  let current: string | undefined;

  // The worker, started on the first batch and kept for the next; 取消 ends it, the next batch starts a new one.
  type Reply = Extract<FromWorker, { id: number }>;
  type Ask = ToWorker extends infer M ? (M extends { id: number } ? Omit<M, 'id'> : never) : never;
  let worker: Promise<Worker> | undefined;
  let nextId = 0;
  const waiting = new Map<number, (m: Reply | undefined) => void>();
  function startWorker(): Promise<Worker> {
    worker ??= new Promise<Worker>((resolve, reject) => {
      const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: '批量体检' });
      w.addEventListener('message', (e: MessageEvent<FromWorker>) => {
        const m = e.data;
        if (m.kind === 'ready') resolve(w);
        else if (m.kind === 'failed') {
          reject(new Error(m.message));
          stopWorker();
        } else {
          waiting.get(m.id)?.(m);
          waiting.delete(m.id);
        }
      });
      // A crash (a file too big for the browser's memory, say): this file gets a row saying so, the rest go on in a new worker.
      w.addEventListener('error', (e) => {
        e.preventDefault();
        reject(new Error(e.message || '体检程序载入失败'));
        stopWorker();
      });
      w.postMessage({ kind: 'init', rulesUrl: host.rulesUrl } satisfies ToWorker);
    });
    return worker;
  }
  /** Sends a request to the worker; undefined when the worker was stopped (取消) or crashed first. */
  async function ask(message: Ask): Promise<Reply | undefined> {
    const w = await startWorker();
    const id = ++nextId;
    return new Promise((resolve) => {
      waiting.set(id, resolve);
      w.postMessage({ ...message, id } as ToWorker);
    });
  }
  function stopWorker() {
    void worker?.then((w) => w.terminate(), () => undefined);
    worker = undefined;
    for (const resolve of waiting.values()) resolve(undefined);
    waiting.clear();
  }

  const setState = (s: State, message: string) => {
    section.dataset.batchState = s;
    progress.textContent = message;
    cancel.hidden = s !== 'running';
    downloads.hidden = s === 'running' || !entries.length;
  };

  async function start(files: File[], given: CheckOptionsGiven) {
    const mine = ++run;
    entries = [];
    options = given;
    current = undefined;
    section.hidden = false;
    setState('running', `已检查 0/${files.length}`);
    render();
    heading.focus();
    for (const file of files) {
      let reply: Reply | undefined;
      try {
        reply = await ask({ kind: 'check', file, options: given });
      } catch (e) {
        if (mine !== run) return;
        if (!entries.length) {
          setState('failed', `体检程序载入失败（${(e as Error).message}），请刷新页面重试。`);
          return;
        }
      }
      if (mine !== run) return;
      entries.push(reply?.kind === 'checked' ? { file, row: reply.row, ...(reply.text !== undefined ? { text: reply.text, result: reply.result } : {}) } : { file, row: problemRow(file.name, '检查这份文件时浏览器出错（可能是文件太大）。请单独打开这份文件体检。') });
      setState('running', `已检查 ${entries.length}/${files.length}`);
      // Unsorted, the new row goes at the end: one row laid out, not the whole table again.
      if (sort) render();
      else tbody.append(renderRow(entries.at(-1)!));
    }
    const unreadable = entries.filter((e) => e.row.problem).length;
    setState('done', `批量体检完成：已检查 ${files.length}/${files.length}${unreadable ? `，其中 ${unreadable} 个文件无法读取，原因见表中“说明”` : ''}。`);
  }

  cancel.addEventListener('click', () => {
    if (section.dataset.batchState !== 'running') return;
    const files = [...pendingFiles()];
    run++;
    stopWorker();
    for (const file of files) entries.push({ file, row: problemRow(file.name, CANCELLED) });
    const checked = entries.length - files.length;
    setState('cancelled', `已取消：检查了 ${checked}/${entries.length} 个文件，其余 ${files.length} 个没有检查。`);
    render();
  });
  // The files of the running batch not yet in the table, kept for the cancelled rows.
  let queued: File[] = [];
  const pendingFiles = () => queued.slice(entries.length);

  function render() {
    const rows = sort ? sortRows(entries.map((e) => e.row), sort.column, sort.direction) : entries.map((e) => e.row);
    const byRow = new Map(entries.map((e) => [e.row, e]));
    tbody.replaceChildren(...rows.map((row) => renderRow(byRow.get(row)!)));
    for (const th of section.querySelectorAll<HTMLElement>('th[data-batch-col]')) {
      if (sort && th.dataset.batchCol === sort.column) th.setAttribute('aria-sort', sort.direction);
      else th.removeAttribute('aria-sort');
    }
  }

  function renderRow(entry: BatchEntry): HTMLTableRowElement {
    const tr = document.createElement('tr');
    tr.dataset.batchRow = entry.row.problem ? 'problem' : 'checked';
    const cells = batchCells(entry.row);
    for (const c of BATCH_COLUMNS) {
      const value = cells[c.key];
      if (c.key === 'file') {
        const th = document.createElement('th');
        th.scope = 'row';
        if (entry.text !== undefined) {
          const b = document.createElement('button');
          b.type = 'button';
          b.className = 'check-batch__open';
          b.dataset.batchOpen = String(entries.indexOf(entry));
          b.textContent = entry.row.file;
          if (current === entry.row.file) b.setAttribute('aria-current', 'true');
          th.append(b);
        } else th.textContent = entry.row.file;
        tr.append(th);
        continue;
      }
      const td = document.createElement('td');
      td.dataset.col = c.key;
      td.textContent = value === null ? '' : String(value);
      if (typeof value === 'number') td.className = 'num';
      tr.append(td);
    }
    return tr;
  }

  section.addEventListener('click', (e) => {
    const target = e.target as Element;
    const sortButton = target.closest<HTMLElement>('[data-batch-sort]');
    if (sortButton) {
      const column = sortButton.dataset.batchSort as BatchColumn;
      sort = { column, direction: sort?.column === column && sort.direction === 'ascending' ? 'descending' : 'ascending' };
      render();
      return;
    }
    const open = target.closest<HTMLElement>('[data-batch-open]');
    if (open) {
      const entry = entries[Number(open.dataset.batchOpen)];
      if (!entry?.text || !entry.result) return;
      current = entry.row.file;
      for (const b of section.querySelectorAll('[data-batch-open][aria-current]')) b.removeAttribute('aria-current');
      open.setAttribute('aria-current', 'true');
      void host.show({ name: entry.row.file, file: entry.file, text: entry.text, result: entry.result }, options);
    }
  });

  const stamp = () => new Date().toLocaleDateString('sv-SE'); // 2027-01-15, the machine's own date
  const shown = () => (sort ? sortRows(entries.map((e) => e.row), sort.column, sort.direction) : entries.map((e) => e.row));
  $<HTMLButtonElement>('[data-batch-csv]').addEventListener('click', () => {
    saveFile(new Blob([batchCsv(shown())], { type: 'text/csv;charset=utf-8' }), `批量体检汇总-${stamp()}.csv`);
  });
  $<HTMLButtonElement>('[data-batch-xlsx]').addEventListener('click', () => {
    saveFile(new Blob([batchXlsx(shown()) as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), `批量体检汇总-${stamp()}.xlsx`);
  });

  const zipButton = $<HTMLButtonElement>('[data-batch-zip]');
  const zipStatus = $<HTMLElement>('[data-batch-zip-status]');
  zipButton.addEventListener('click', async () => {
    const items = entries.flatMap((e) => (e.text !== undefined && e.result ? [{ file: e.file, text: e.text, findings: e.result.findings }] : []));
    if (!items.length) return;
    zipButton.disabled = true;
    zipStatus.textContent = `正在生成 ${items.length} 个带批注的 Word 文件……`;
    let reply: Reply | undefined;
    try {
      reply = await ask({ kind: 'annotate', items });
    } catch (e) {
      zipStatus.textContent = `生成失败（${(e as Error).message}），请刷新页面重试。`;
      return;
    } finally {
      zipButton.disabled = false;
    }
    if (reply?.kind !== 'annotated') {
      zipStatus.textContent = '没有生成批注文件（浏览器出错或开始了新的体检），请再试一次。';
      return;
    }
    saveFile(new Blob([reply.zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), `批量体检批注-${stamp()}.zip`);
    const done = items.length - reply.failed.length;
    zipStatus.textContent = `已下载 ${done} 个带批注的 Word 文件（.zip）。${reply.failed.map((f) => `${f.file} 没有生成：${f.problem}`).join('；')}`;
  });

  return {
    start(files: File[], given: CheckOptionsGiven) {
      queued = files;
      void start(files, given);
    },
  };
}

/**
 * Files dragged onto `zone` (the whole 报告体检 form) are taken like files chosen in the picker; while
 * files are over it the zone is outlined. Text dragged into the draft box is left to the browser.
 */
export function dropFiles(zone: HTMLElement, take: (files: File[]) => void) {
  const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');
  zone.addEventListener('dragover', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    e.dataTransfer!.dropEffect = 'copy';
    zone.classList.add('check-drop');
  });
  zone.addEventListener('dragleave', (e) => {
    if (!zone.contains(e.relatedTarget as Node | null)) zone.classList.remove('check-drop');
  });
  zone.addEventListener('drop', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    zone.classList.remove('check-drop');
    take([...e.dataTransfer!.files]);
  });
}

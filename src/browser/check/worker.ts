/**
 * The 批量体检 worker: reads and checks one file at a time off the page's main thread, with the same
 * reader (./read-file.ts) and checker (src/shared/draft-check) as a single draft, so a file gives the
 * same findings in a batch as on its own. Served from this site like the page scripts (the CSP's
 * worker-src 'self'); it fetches only the rules file, and nothing it reads leaves the browser.
 */
import { checkDraft } from '../../shared/draft-check/index.ts';
import { annotatedFileName, batchRow, isDocx, problemRow, uniqueName } from '../../shared/draft-check/batch-summary.ts';
import { zipSync } from 'fflate';
import type { RulesFile } from '../../shared/draft-check/types.ts';
import { ReadError, readDraftFile } from './read-file.ts';
import type { CheckOptionsGiven, FromWorker, ToWorker } from './batch-protocol.ts';

const post = (m: FromWorker) => (self as unknown as Worker).postMessage(m);
let rules: Promise<RulesFile> | undefined;

self.addEventListener('message', (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  if (m.kind === 'init') {
    rules = fetch(m.rulesUrl)
      .then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return r.json() as Promise<RulesFile>;
      })
      .then((data) => {
        checkDraft('预热', data); // builds the matcher once
        post({ kind: 'ready' });
        return data;
      });
    rules.catch((err: Error) => post({ kind: 'failed', message: err.message }));
  } else if (m.kind === 'check') {
    void check(m.id, m.file, m.options);
  } else if (m.kind === 'annotate') {
    void annotate(m.id, m.items);
  }
});

async function check(id: number, file: File, options: CheckOptionsGiven) {
  const data = await rules!;
  let text: string;
  try {
    text = await readDraftFile(file);
  } catch (err) {
    // The table names the file in its own column, so a reason that starts with the name drops it.
    const named = `${file.name}：`;
    const why = err instanceof ReadError ? (err.message.startsWith(named) ? err.message.slice(named.length) : err.message) : '读取时程序出错，没有读出文字。请用 Word/WPS 打开确认文件未损坏，另存为 .docx 或 .txt 后再试。';
    if (!(err instanceof ReadError)) console.error(err);
    post({ kind: 'checked', id, row: problemRow(file.name, why) });
    return;
  }
  try {
    const result = checkDraft(text, data, options);
    post({ kind: 'checked', id, row: batchRow(file.name, result, data), text, result });
  } catch (err) {
    // A defect of the checker: its message (from the engine, in English) would tell the writer nothing.
    console.error(err);
    post({ kind: 'checked', id, row: problemRow(file.name, '检查这份文件时程序出错，没有得到结果。请把它另存为 .txt 后单独体检；仍不行的话请把文件交给网站维护者。') });
  }
}

/**
 * The annotated files in one .zip (stored, not deflated again: a .docx is already compressed). A .docx
 * comes back as the user's own document with comments; a .txt as a new document in the 公文 layout.
 * The annotating code and the `docx` package load from this site only when the .zip is asked for.
 */
async function annotate(id: number, items: Extract<ToWorker, { kind: 'annotate' }>['items']) {
  const { annotateDocx, annotatedDocxFromText } = await import('../../shared/annotate/index.ts');
  const files: Record<string, Uint8Array> = {};
  const failed: { file: string; problem: string }[] = [];
  const date = new Date();
  for (const { file, text, findings } of items) {
    try {
      const bytes = isDocx(file.name)
        ? annotateDocx(new Uint8Array(await file.arrayBuffer()), findings, { date })
        : await annotatedDocxFromText(text, findings, { date });
      files[uniqueName(annotatedFileName(file.name), files)] = bytes;
    } catch (err) {
      failed.push({ file: file.name, problem: (err as Error).message });
    }
  }
  const zip = zipSync(files, { level: 0 });
  (self as unknown as Worker).postMessage({ kind: 'annotated', id, zip, failed } satisfies FromWorker, [zip.buffer]);
}

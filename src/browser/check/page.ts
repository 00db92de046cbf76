/**
 * 报告体检 page (src/pages/check/index.astro). Loads the compiled rules once (/check/rules.json),
 * then checks the pasted or opened draft with src/shared/draft-check, the same module as
 * `npm run check`. 下载带批注的 Word 文件 is ./annotate.ts. The draft is never sent or stored: no fetch carries it, nothing is written to
 * localStorage, sessionStorage, cookies or the URL. [data-check-state] on the app announces
 * loading → idle → reading → checking → done | error, for tests and assistive code.
 */
import { checkDraft } from '../../shared/draft-check/index.ts';
import type { CheckResult, ReportKind, RulesFile } from '../../shared/draft-check/types.ts';
import { REPORT_KINDS } from '../../shared/draft-check/labels.ts';
import { counts, describe, lineFinder, locate, plainList, renderDraft, renderFindings, type View } from './render.ts';
import { openDraftFile, ReadError } from './read-file.ts';
import { downloadAnnotated, type DocxSource } from './annotate.ts';
import { dropFiles, initBatch } from './batch.ts';
import type { CheckOptionsGiven } from './batch-protocol.ts';
import { isDocx } from '../../shared/draft-check/batch-summary.ts';
import { textSizeRefusal } from '../../shared/limits.ts';

type State = 'loading' | 'idle' | 'reading' | 'checking' | 'done' | 'error';

const app = document.querySelector<HTMLElement>('[data-check-app]');
if (app) init(app);

function init(app: HTMLElement) {
  const $ = <T extends HTMLElement>(sel: string) => app.querySelector<T>(sel)!;
  const submit = $<HTMLButtonElement>('[data-check-submit]');
  const textarea = $<HTMLTextAreaElement>('[data-check-text]');
  const fileInput = $<HTMLInputElement>('[data-check-file]');
  const typeSelect = $<HTMLSelectElement>('[data-check-type]');
  const yearInput = $<HTMLInputElement>('[data-check-year]');
  const status = $<HTMLElement>('[data-check-status]');
  const results = $<HTMLElement>('[data-check-results]');
  const summary = $<HTMLElement>('[data-check-summary]');
  const meta = $<HTMLElement>('[data-check-meta]');
  const list = $<HTMLElement>('[data-check-findings]');
  const draft = $<HTMLElement>('[data-check-draft]');
  const copyText = $<HTMLElement>('[data-check-copy-text]');
  const annotate = $<HTMLButtonElement>('[data-check-annotate]');
  const annotateStatus = $<HTMLElement>('[data-check-annotate-status]');

  // A guide links here with its report type chosen (?type=<guide slug>); the draft never goes in the URL.
  const preset = new URLSearchParams(location.search).get('type');
  if (preset && (REPORT_KINDS as readonly string[]).includes(preset)) typeSelect.value = preset;

  let rules: RulesFile | undefined;
  let last: { text: string; result: CheckResult; lineOf: (o: number) => number } | undefined;
  /** The .docx last opened, kept in memory only, so its annotated copy can be made on request. */
  let source: DocxSource | undefined;
  const setState = (s: State, message: string) => {
    app.dataset.checkState = s;
    status.textContent = message;
  };

  const rulesReady = fetch(app.dataset.rulesUrl!)
    .then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.json() as Promise<RulesFile>;
    })
    .then((data) => {
      rules = data;
      checkDraft('预热', data); // builds the matcher once, so the first check is as fast as the rest
      setState('idle', `体检规则已载入（${data.rules.length} 条）。粘贴草稿或打开文件后点“开始体检”。`);
    })
    .catch((e: Error) => setState('error', `体检规则载入失败（${e.message}），请刷新页面重试。`));

  const view = (): View => (app.querySelector<HTMLInputElement>('[data-check-view]:checked')?.value === 'level' ? 'level' : 'section');

  /** The chosen type and year, or undefined (with the reason shown) when the year is not a year. */
  function readOptions(): CheckOptionsGiven | undefined {
    const yearRaw = yearInput.value.trim();
    if (yearRaw && !/^20\d{2}$/.test(yearRaw)) {
      setState('error', '报告年度请写四位数字，如 2025；不填则自动读出。');
      yearInput.focus();
      return undefined;
    }
    const type = (REPORT_KINDS as readonly string[]).includes(typeSelect.value) ? (typeSelect.value as ReportKind) : undefined;
    return { ...(type ? { type } : {}), ...(yearRaw ? { year: Number(yearRaw) } : {}) };
  }

  function run() {
    if (!rules) return;
    const text = textarea.value;
    if (!text.trim()) {
      setState('error', '请先粘贴草稿，或打开一个 .docx、.txt 文件。');
      textarea.focus();
      return;
    }
    // The same bound as on an opened file and in npm run check (src/shared/limits.ts).
    const tooLong = textSizeRefusal(text);
    if (tooLong) {
      setState('error', `草稿的${tooLong.problem}。${tooLong.fix}。`);
      textarea.focus();
      return;
    }
    const options = readOptions();
    if (!options) return;
    setState('checking', '正在检查……');
    let result: CheckResult;
    try {
      result = checkDraft(text, rules, options);
    } catch (e) {
      // A defect of the checker: its message (English, from the engine) would tell the writer nothing.
      console.error(e);
      setState('error', '检查这份草稿时程序出错，没有得到结果。请把草稿另存为 .txt 后重试；仍不行的话请把文件交给网站维护者。');
      return;
    }
    show(text, result, options);
  }

  /** Shows a checked draft's findings; `name` is the file's, for a file opened from the 批量体检 table. */
  function show(text: string, result: CheckResult, options: CheckOptionsGiven, name?: string) {
    if (!rules) return;
    const lineOf = lineFinder(text);
    last = { text, result, lineOf };
    const c = counts(result.findings);
    const description = describe(result, !!options.type, !!options.year);
    summary.textContent = `${name ? `${name} 的` : ''}体检结果：错误 ${c.error} 条，提示 ${c.hint} 条`;
    meta.textContent = description;
    renderFindings(list, result, rules, view(), lineOf);
    renderDraft(draft, text, result.findings);
    copyText.textContent = plainList(result, description, lineOf);
    results.hidden = false;
    annotateStatus.textContent = '';
    setState('done', `体检完成：错误 ${c.error} 条，提示 ${c.hint} 条。`);
    summary.focus();
  }

  // The fields are not in a <form> (see the page), so the button and Enter in the year field start a check here.
  submit.addEventListener('click', () => void rulesReady.then(run));
  yearInput.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') void rulesReady.then(run);
  });

  const batch = initBatch(app, {
    rulesUrl: app.dataset.rulesUrl!,
    show: async (entry, options) => {
      textarea.value = entry.text;
      // 下载带批注的 Word 文件 then gives this .docx back with comments, as for a file opened alone.
      source = isDocx(entry.file.name) ? { name: entry.file.name, bytes: new Uint8Array(await entry.file.arrayBuffer()), text: entry.text } : undefined;
      show(entry.text, entry.result, options, entry.name);
    },
  });

  /** One file opens in the box and is checked; several are checked as a batch (./batch.ts). */
  async function openFiles(files: File[]) {
    if (files.length > 1) {
      const options = readOptions();
      if (!options) return;
      results.hidden = true;
      setState('idle', `正在批量体检 ${files.length} 个文件，结果见下方汇总表。`);
      batch.start(files, options);
      return;
    }
    const file = files[0];
    if (!file) return;
    setState('reading', `正在读取 ${file.name}……`);
    try {
      const { text, bytes } = await openDraftFile(file);
      textarea.value = text;
      source = isDocx(file.name) ? { name: file.name, bytes, text } : undefined;
    } catch (e) {
      if (!(e instanceof ReadError)) console.error(e);
      setState('error', e instanceof ReadError ? e.message : `${file.name}：读取时程序出错，没有读出文字。请用 Word/WPS 打开确认文件未损坏，另存为 .docx 或 .txt 后再试。`);
      return;
    }
    await rulesReady;
    run();
  }

  fileInput.addEventListener('change', () => {
    const files = [...(fileInput.files ?? [])];
    // Let the same files be opened again after an edit on disk.
    fileInput.value = '';
    void openFiles(files);
  });
  dropFiles(app, (files) => void openFiles(files));

  textarea.addEventListener('input', () => {
    if (app.dataset.checkState === 'done') status.textContent = '草稿已修改，点“开始体检”重新检查。';
  });

  for (const radio of app.querySelectorAll<HTMLInputElement>('[data-check-view]')) {
    radio.addEventListener('change', () => {
      if (last && rules) renderFindings(list, last.result, rules, view(), last.lineOf);
    });
  }

  annotate.addEventListener('click', async () => {
    if (!last) return;
    annotate.disabled = true;
    annotateStatus.textContent = '正在生成带批注的 Word 文件……';
    try {
      annotateStatus.textContent = await downloadAnnotated(last.text, last.result.findings, source);
    } catch (e) {
      annotateStatus.textContent = `生成 Word 文件失败（${(e as Error).message}）。`;
    } finally {
      annotate.disabled = false;
    }
  });

  list.addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLElement>('[data-locate]');
    if (button) locate(draft, Number(button.dataset.locate));
  });
}

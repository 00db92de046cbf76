/**
 * /draft/ (起草提纲): reads the choices from the URL, builds the outline from /draft/data.json
 * with the shared modules, keeps the URL in step (history.replaceState), and on 下载 loads the
 * docx package with import() and saves the outline as a .docx (Packer.toBlob). Nothing leaves
 * the browser. The root announces its state in data-draft-state: loading → ready, building →
 * ready after a download (downloaded once a file was saved), error.
 */
import { REPORT_TYPES, REPORT_TYPE_SLUGS } from '../../shared/schemas/vocab.ts';
import { ORGAN_MAX, OUTLINE_LEVELS, OUTLINE_LEVEL_SLUGS, OUTLINE_YEARS, buildOutline, organName, choicesToQuery, outlineToDocument, queryToChoices, type Outline, type OutlineChoices, type OutlineData } from '../../shared/outline/outline.ts';
import { outlineFileName } from '../../shared/outline/outline-data.ts';
import { REPORT_YEAR } from '../../shared/currency.ts';
import { modelStartFor, type ModelStarts } from '../../shared/outline/model-start.ts';
import { renderOutline } from './render.ts';
import { saveFile } from '../download.ts';

const root = document.querySelector<HTMLElement>('[data-draft]')!;
const form = root.querySelector<HTMLFormElement>('[data-draft-form]')!;
const typeSel = form.querySelector<HTMLSelectElement>('#draft-type')!;
const levelSel = form.querySelector<HTMLSelectElement>('#draft-level')!;
const yearInput = form.querySelector<HTMLInputElement>('#draft-year')!;
const organInput = form.querySelector<HTMLInputElement>('#draft-organ')!;
const button = root.querySelector<HTMLButtonElement>('[data-draft-download]')!;
const status = root.querySelector<HTMLElement>('[data-draft-status]')!;
const container = root.querySelector<HTMLElement>('[data-draft-outline]')!;
const model = root.querySelector<HTMLElement>('[data-draft-model]')!;
/** The 示范稿 of each report type, written into the page at build time. */
const starts = JSON.parse(root.dataset.draftModels ?? '{}') as ModelStarts;

/** “从示范稿开始”: the draft of the chosen type and level, or the nearest level's; hidden when the type has none. */
function showModelStart() {
  const found = modelStartFor(starts, choices.type, choices.level);
  model.hidden = !found;
  if (!found) return;
  const { start, sameLevel } = found;
  model.querySelector<HTMLAnchorElement>('[data-draft-model-link]')!.href = start.href;
  model.querySelector<HTMLAnchorElement>('[data-draft-model-docx]')!.href = start.docx;
  model.querySelector('[data-draft-model-title]')!.textContent = `《${start.title}》`;
  const notes = [sameLevel ? `${start.levelLabel}的示范稿` : `还没有${choices.level}的示范稿，这是同类报告中${start.levelLabel}的一篇`];
  if (start.reportType !== choices.type) notes.push(`${choices.type}与${start.reportType}用同一份撰写指引`);
  model.querySelector('[data-draft-model-note]')!.textContent = `（${notes.join('；')}，虚构单位）`;
}

/** Shows (or, with no text, hides) the note under a field, and marks the field invalid while an error is shown. */
function note(field: 'year' | 'organ', text: string, invalid = false) {
  const el = root.querySelector<HTMLElement>(`[data-draft-note="${field}"]`)!;
  el.textContent = text;
  el.hidden = !text;
  const input = field === 'year' ? yearInput : organInput;
  if (invalid) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

type State = 'loading' | 'ready' | 'building' | 'downloaded' | 'error';
const setState = (state: State, message: string) => {
  root.dataset.draftState = state;
  status.textContent = message;
  button.disabled = state === 'loading' || state === 'building' || state === 'error';
};

let data: OutlineData;
let choices: OutlineChoices;
let outline: Outline;
/** The 更多 folds the reader opened, kept open across redraws. */
const openMoves = new Set<string>();

/** Rebuilds and redraws the outline, keeps the URL in step and the focus where it was. */
function update() {
  outline = buildOutline(choices, data);
  showModelStart();
  const focused = document.activeElement?.id;
  renderOutline(container, outline, openMoves);
  if (focused && container.contains(document.getElementById(focused))) document.getElementById(focused)!.focus();
  history.replaceState(history.state, '', `${location.pathname}?${choicesToQuery(choices)}${location.hash}`);
}

function fillForm() {
  typeSel.value = REPORT_TYPE_SLUGS[choices.type];
  levelSel.value = OUTLINE_LEVEL_SLUGS[choices.level];
  yearInput.value = String(choices.year);
  organInput.value = choices.organ;
}

const ticked = () => outline.sections.flatMap((s) => s.moves.flatMap((m) => m.phrases.filter((p) => p.ticked).map((p) => p.id)));

/**
 * The last report type and level chosen, kept in this browser (localStorage: two short keys, no
 * draft text), so the next visit opens on them. A link's own choices always win.
 */
const LAST_KEY = 'shufa-draft-last';
function lastChoice(): { type?: OutlineChoices['type']; level?: OutlineChoices['level'] } {
  try {
    const saved = JSON.parse(localStorage.getItem(LAST_KEY) ?? '{}') as { t?: string; l?: string };
    return {
      type: REPORT_TYPES.find((t) => REPORT_TYPE_SLUGS[t] === saved.t),
      level: OUTLINE_LEVELS.find((l) => OUTLINE_LEVEL_SLUGS[l] === saved.l),
    };
  } catch {
    return {};
  }
}
function rememberChoice() {
  try {
    localStorage.setItem(LAST_KEY, JSON.stringify({ t: REPORT_TYPE_SLUGS[choices.type], l: OUTLINE_LEVEL_SLUGS[choices.level] }));
  } catch {
    // Storage may be off (private mode, policy): the choice is simply not kept.
  }
}

function onFormChange(e: Event) {
  const target = e.target as HTMLElement;
  if (target === typeSel) {
    choices = { ...choices, type: REPORT_TYPES.find((t) => REPORT_TYPE_SLUGS[t] === typeSel.value) ?? choices.type, off: undefined, phrases: undefined };
    rememberChoice();
  } else if (target === levelSel) {
    choices = { ...choices, level: OUTLINE_LEVELS.find((l) => OUTLINE_LEVEL_SLUGS[l] === levelSel.value) ?? choices.level };
    rememberChoice();
  } else if (target === yearInput) {
    const y = Number(yearInput.value);
    const valid = yearInput.value !== '' && Number.isInteger(y) && y >= OUTLINE_YEARS.min && y <= OUTLINE_YEARS.max;
    // While typing (input), a partial year is no error yet; once the field is left (change), it is.
    if (!valid) {
      if (e.type === 'change') note('year', `报告年度应为 ${OUTLINE_YEARS.min} 到 ${OUTLINE_YEARS.max} 之间的四位数，“${yearInput.value || '空'}”不行。提纲仍按 ${choices.year} 年生成。`, true);
      return;
    }
    note('year', '');
    choices = { ...choices, year: y };
  } else if (target === organInput) {
    note('organ', '');
    choices = { ...choices, organ: organName(organInput.value) };
  } else return;
  update();
}

function onOutlineChange(e: Event) {
  const box = e.target as HTMLInputElement;
  if (box.dataset.draftPhrase) {
    const ids = new Set(ticked());
    if (box.checked) ids.add(box.dataset.draftPhrase);
    else ids.delete(box.dataset.draftPhrase);
    choices = { ...choices, phrases: [...ids] };
  } else if (box.dataset.draftSection) {
    const off = new Set(choices.off ?? []);
    if (box.checked) off.delete(box.dataset.draftSection);
    else off.add(box.dataset.draftSection);
    choices = { ...choices, off: [...off] };
  } else return;
  update();
}

async function download() {
  setState('building', '正在生成 Word 文件……');
  try {
    const [{ Packer }, { gongwenDocument }] = await Promise.all([import('docx'), import('../../shared/outline/gongwen-docx.ts')]);
    const blob = await Packer.toBlob(gongwenDocument(outlineToDocument(outline)));
    const name = outlineFileName(choices);
    saveFile(blob, name);
    setState('downloaded', `已生成“${name}”。`);
  } catch (e) {
    setState('ready', `生成 Word 文件失败：${(e as Error).message}`);
  }
}

async function start() {
  try {
    const res = await fetch(root.dataset.draftData!);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    data = (await res.json()) as OutlineData;
  } catch (e) {
    setState('error', `读取撰写指引和表述库失败（${(e as Error).message}），请刷新重试。`);
    return;
  }
  // The site is framed around reports on REPORT_YEAR (written early the next year), whatever the clock says.
  choices = queryToChoices(location.search, { year: REPORT_YEAR, ...lastChoice() });
  fillForm();
  // A link may carry a longer name than the field takes: say it was shortened.
  const asked = [...(new URLSearchParams(location.search).get('o') ?? '').trim()].length;
  if (asked > ORGAN_MAX) note('organ', `网址中的机关名称有 ${asked} 个字，超过 ${ORGAN_MAX} 个字的上限，只取了前 ${ORGAN_MAX} 个字。`);
  update();
  form.addEventListener('change', onFormChange);
  organInput.addEventListener('input', onFormChange);
  yearInput.addEventListener('input', onFormChange);
  form.addEventListener('submit', (e) => e.preventDefault());
  container.addEventListener('change', onOutlineChange);
  // toggle does not bubble; listen in the capture phase.
  container.addEventListener(
    'toggle',
    (e) => {
      const d = e.target as HTMLDetailsElement;
      if (!d.dataset?.draftMore) return;
      if (d.open) openMoves.add(d.dataset.draftMore);
      else openMoves.delete(d.dataset.draftMore);
    },
    true,
  );
  button.addEventListener('click', download);
  setState('ready', '提纲已按当前选择生成，可以下载。');
}

start();

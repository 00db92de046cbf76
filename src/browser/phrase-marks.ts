/**
 * 标出规范表述 on report pages. The marks come from the build (src/build/phrase-marks.ts) as
 * [passage id, start, end, phrase index, matched text]; offsets count the passage's text
 * without the .para-link / .anchor-tools controls, as src/shared/blocks.ts extracts it (trimmed).
 * Marking wraps text-node ranges in <a class="phrase-mark">; unmarking unwraps them and
 * merges the split text nodes again, so the text of the report never changes. Copying marked
 * text gives the text alone, as any copy on the site does (clean-copy.ts). The choice is
 * remembered in localStorage (a preference only; no report text or draft is stored).
 */
interface MarkData {
  phrases: { id: string; href: string; text: string; status: 'current' | 'expired' | 'outdated'; label: string; note?: string }[];
  marks: [string, number, number, number, string][];
}

const CONTROLS = '.para-link, .anchor-tools';

/** Text nodes of a passage in document order, skipping the anchor controls. */
function textNodes(el: Element): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.nodeType === Node.TEXT_NODE ? NodeFilter.FILTER_ACCEPT : (n as Element).matches(CONTROLS) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP,
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

function markPassage(el: Element, marks: MarkData['marks'], data: MarkData): number {
  const nodes = textNodes(el);
  const starts: number[] = [];
  let full = '';
  for (const n of nodes) {
    starts.push(full.length);
    full += n.data;
  }
  const lead = full.length - full.trimStart().length;
  let count = 0;
  // Last mark first: splitting a text node then never moves the offsets of earlier ranges.
  for (const [, start, end, index, expected] of [...marks].sort((a, b) => b[1] - a[1])) {
    const key = `${el.id}:${start}`;
    const s = lead + start;
    const e = lead + end;
    if (full.slice(s, e) !== expected) continue; // the page and the build disagree: leave it unmarked
    const phrase = data.phrases[index];
    for (let i = nodes.length - 1; i >= 0; i--) {
      const node = nodes[i];
      const ns = starts[i];
      const from = Math.max(s, ns) - ns;
      const to = Math.min(e, ns + node.data.length) - ns;
      if (from >= to) continue;
      if (to < node.data.length) node.splitText(to);
      const target = from > 0 ? node.splitText(from) : node;
      const a = document.createElement('a');
      a.className = phrase.status === 'current' ? 'phrase-mark' : 'phrase-mark phrase-mark--dated';
      a.href = phrase.href;
      a.dataset.phraseId = phrase.id;
      a.dataset.phraseStatus = phrase.status;
      // One mark may need several <a> when it runs across inline elements: they share data-mark.
      a.dataset.mark = key;
      a.title = phrase.note ? `${phrase.label}：${phrase.text}。${phrase.note}` : `规范表述：${phrase.text}`;
      target.parentNode!.insertBefore(a, target);
      a.append(target);
    }
    count++;
  }
  return count;
}

function mark(root: Element, data: MarkData): number {
  const byPassage = new Map<string, MarkData['marks']>();
  for (const m of data.marks) byPassage.set(m[0], [...(byPassage.get(m[0]) ?? []), m]);
  let count = 0;
  for (const [id, marks] of byPassage) {
    const el = document.getElementById(id);
    if (el && root.contains(el)) count += markPassage(el, marks, data);
  }
  return count;
}

function unmark(root: Element) {
  const parents = new Set<Node>();
  for (const a of root.querySelectorAll('a.phrase-mark')) {
    const parent = a.parentNode;
    if (!parent) continue;
    a.replaceWith(...a.childNodes);
    parents.add(parent);
  }
  for (const p of parents) p.normalize();
}

/** The reader's choice is remembered on this machine (localStorage), so the next report opens marked too. */
const STORAGE_KEY = 'shufa:phrase-marks';

function remembered(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'on';
  } catch {
    return false; // storage disabled: the toggle still works, it is just not remembered
  }
}

function remember(on: boolean) {
  try {
    if (on) localStorage.setItem(STORAGE_KEY, 'on');
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // storage disabled or full: nothing to remember
  }
}

function init() {
  const button = document.querySelector<HTMLButtonElement>('button[data-phrase-marks-toggle]');
  const source = document.getElementById('phrase-marks-data');
  const root = document.querySelector('.report-body');
  if (!button || !source || !root) return;
  const data = JSON.parse(source.textContent ?? '{}') as MarkData;
  const box = button.closest<HTMLElement>('.phrase-marks');
  const status = document.querySelector<HTMLElement>('[data-phrase-marks-status]');
  const legend = document.querySelector<HTMLElement>('[data-phrase-marks-legend]');
  const set = (on: boolean) => {
    if (on) {
      const n = mark(root, data);
      const dated = new Set([...root.querySelectorAll<HTMLElement>('a.phrase-mark--dated')].map((a) => a.dataset.mark)).size;
      if (status) status.textContent = `已标出 ${n} 处${dated ? `，其中期满或已过时的 ${dated} 处（虚线）` : ''}。点标出的文字，可查看这条表述的用法。`;
    } else {
      unmark(root);
      if (status) status.textContent = '';
    }
    if (legend) legend.hidden = !on;
    button.setAttribute('aria-pressed', String(on));
    // Announces the state for tests and styles: on or off once the marks are in place.
    if (box) box.dataset.phraseMarksState = on ? 'on' : 'off';
  };
  button.hidden = false;
  button.addEventListener('click', () => {
    const on = button.getAttribute('aria-pressed') !== 'true';
    set(on);
    remember(on);
  });
  set(remembered());
}

init();

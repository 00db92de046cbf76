/**
 * Copy buttons:
 *  - data-copy-link="<anchor>": the full URL of that anchor on this page (复制链接);
 *  - data-copy-url="<root-relative path#anchor>": the full URL of that path (a phrase card's home entry);
 *  - data-copy-text="<element id>": the text of that element (复制).
 * The buttons ship hidden, so without JavaScript only the plain # links show.
 * Buttons inside a passage carry their label in data-label (shown by CSS generated content,
 * named by aria-label) so that copying the passage never copies the label; the confirmation
 * swaps both. Other buttons show their label as text.
 */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older browsers on office intranets (no async clipboard, or not a secure context).
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'copy-buffer';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

const timers = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();

function showLabel(button: HTMLElement, label: string) {
  if (button.dataset.label !== undefined) {
    button.dataset.label = label;
    button.setAttribute('aria-label', label);
  } else {
    button.textContent = label;
  }
}

function flash(button: HTMLElement, message: string) {
  const original = button.dataset.originalLabel ?? button.dataset.label ?? button.textContent ?? '';
  button.dataset.originalLabel = original;
  showLabel(button, message);
  clearTimeout(timers.get(button));
  timers.set(button, setTimeout(() => showLabel(button, original), 1500));
}

function target(button: HTMLButtonElement): string {
  const base = location.href.split('#')[0];
  const { copyLink, copyUrl, copyText: id } = button.dataset;
  if (copyLink !== undefined) return new URL(`#${copyLink}`, base).href;
  if (copyUrl !== undefined) return new URL(copyUrl, base).href;
  return document.getElementById(id!)?.textContent ?? '';
}

export function enableCopyButtons(root: ParentNode = document) {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-link], button[data-copy-url], button[data-copy-text]')) {
    button.hidden = false;
    if (button.dataset.bound) continue;
    button.dataset.bound = '1';
    button.addEventListener('click', async () => flash(button, (await copyText(target(button))) ? '已复制' : '复制失败'));
  }
}

enableCopyButtons();

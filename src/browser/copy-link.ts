/**
 * 复制链接: every button with data-copy-link="<anchor>" copies the full URL of that anchor.
 * The buttons ship hidden, so without JavaScript only the plain # links show.
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
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

function flash(button: HTMLElement, message: string) {
  const original = button.dataset.label ?? button.textContent ?? '';
  button.dataset.label = original;
  button.textContent = message;
  setTimeout(() => (button.textContent = original), 1500);
}

export function enableCopyButtons(root: ParentNode = document) {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-link], button[data-copy-text]')) {
    button.hidden = false;
    if (button.dataset.bound) continue;
    button.dataset.bound = '1';
    button.addEventListener('click', async () => {
      const text = button.dataset.copyLink !== undefined
        ? new URL(`#${button.dataset.copyLink}`, location.href.split('#')[0]).href
        : (document.getElementById(button.dataset.copyText!)?.textContent ?? '');
      flash(button, (await copyText(text)) ? '已复制' : '复制失败');
    });
  }
}

enableCopyButtons();

import { expect, test, type Page } from '@playwright/test';

/**
 * Issue 14: selecting report, guide or phrase text and pressing Ctrl+C copies only the text —
 * nothing from the anchor links and copy buttons (#, ¶, 本节链接, 复制链接, 本段链接, 复制), neither
 * as text/plain nor in the text/html that Word pastes. The selections are real (a Range in the
 * document, or a mouse drag) and the copy is the browser's own (keyboard Ctrl+C).
 */
const CONTROL_TEXT = /[#¶]|本节链接|复制链接|本段链接|复制|已复制/;
const CONTROLS = '.anchor-tools, .para-link, .copy-phrase, .copy-card-link, button';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Copies the current selection with Ctrl+C and reads both clipboard formats. */
async function copySelection(page: Page): Promise<{ plain: string; html: string }> {
  await page.keyboard.press('Control+C');
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const read = async (type: string) => (item.types.includes(type) ? (await item.getType(type)).text() : '');
    return { plain: await read('text/plain'), html: await read('text/html') };
  });
}

/** Selects from the start of the first element to the very end of the last (controls included in the range). */
async function selectElements(page: Page, first: string, last: string) {
  await page.evaluate(([a, b]) => {
    const start = document.querySelector(a)!;
    const end = document.querySelector(b)!;
    const range = document.createRange();
    range.setStart(start, 0);
    range.setEnd(end, end.childNodes.length);
    const sel = getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
  }, [first, last]);
}

/** The reader's text of an element: its text without the controls. */
function passageText(page: Page, selector: string): Promise<string> {
  return page.evaluate(([sel, controls]) => {
    const clone = document.querySelector(sel)!.cloneNode(true) as Element;
    for (const c of clone.querySelectorAll(controls)) c.remove();
    return (clone.textContent ?? '').trim();
  }, [selector, CONTROLS]);
}

/** What the pasted HTML holds: its text, and any links to anchors, buttons or labelled controls. */
function inspectHtml(page: Page, html: string) {
  return page.evaluate((h) => {
    const doc = new DOMParser().parseFromString(h, 'text/html');
    return {
      text: (doc.body.textContent ?? '').replace(/\s+/g, ''),
      controls: doc.querySelectorAll('a[href*="#"], button, [aria-label], .anchor-tools, .para-link').length,
    };
  }, html);
}

const squash = (s: string) => s.replace(/\s+/g, '');

test('copying a report heading and its paragraph gives only their text, as plain text and HTML', async ({ page }) => {
  await page.goto('/reports/jiangwan-town-mayor-2023/');
  // The first heading directly followed by a paragraph.
  const ids = await page.evaluate(() => {
    const h = [...document.querySelectorAll('.report-body > :is(h2,h3,h4,h5)')].find((e) => e.nextElementSibling?.tagName === 'P')!;
    return [h.id, h.nextElementSibling!.id];
  });
  const [h, p] = [`[id="${ids[0]}"]`, `[id="${ids[1]}"]`];
  // The controls are there: the test would fail if they were copied.
  await expect(page.locator(`${h} .anchor-link`)).toHaveCount(1);
  await expect(page.locator(`${p} .para-link`)).toHaveCount(1);
  await selectElements(page, h, p);
  const { plain, html } = await copySelection(page);
  const heading = await passageText(page, h);
  const para = await passageText(page, p);
  expect(heading.length).toBeGreaterThan(2);
  expect(plain).not.toMatch(CONTROL_TEXT);
  expect(plain.split(/\n+/).map((l) => l.trim()).filter(Boolean)).toEqual([heading, para]);
  expect(html).not.toMatch(CONTROL_TEXT);
  const pasted = await inspectHtml(page, html);
  expect(pasted.controls).toBe(0);
  expect(pasted.text).toBe(squash(heading + para));
});

test('dragging the mouse over one paragraph copies that paragraph without ¶', async ({ page }) => {
  await page.goto('/reports/jiangwan-town-mayor-2023/');
  const para = page.locator('.report-body p', { hasText: '三是着力打造和谐立镇品牌' });
  const id = await para.getAttribute('id');
  await para.scrollIntoViewIfNeeded();
  // From the first character to just past the ¶ link that ends the paragraph.
  const { x0, y0, x1, y1 } = await para.evaluate((p) => {
    const text = [...p.childNodes].find((n) => n.nodeType === Node.TEXT_NODE) as Text;
    const first = document.createRange();
    first.setStart(text, 0);
    first.setEnd(text, 1);
    const a = first.getBoundingClientRect();
    const b = p.querySelector('.para-link')!.getBoundingClientRect();
    return { x0: a.left + 1, y0: a.top + a.height / 2, x1: b.right + 2, y1: b.top + b.height / 2 };
  });
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  await page.mouse.move(x1, y1, { steps: 8 });
  await page.mouse.up();
  // The drag passed over the ¶ link (it shows on hover).
  await expect(page.locator(`[id="${id}"] .para-link`)).toHaveCSS('opacity', '1');
  const { plain, html } = await copySelection(page);
  const text = await passageText(page, `[id="${id}"]`);
  expect(plain).not.toMatch(CONTROL_TEXT);
  expect(plain.trim()).toBe(text);
  expect(html).not.toMatch(CONTROL_TEXT);
  expect((await inspectHtml(page, html)).controls).toBe(0);
});

test('copying a guide heading and its list gives only their text', async ({ page }) => {
  await page.goto('/guides/shufa-report/');
  const part = '#problems-weaknesses';
  await expect(page.locator(`${part} h3 .copy-link`)).toBeAttached();
  await selectElements(page, `${part} h3`, `${part} ul`);
  const { plain, html } = await copySelection(page);
  const items = await page.locator(`${part} ul li`).allTextContents();
  expect(plain).not.toMatch(CONTROL_TEXT);
  expect(plain.split(/\n+/).map((l) => l.trim()).filter(Boolean)).toEqual(['常见毛病', ...items]);
  expect(html).not.toMatch(CONTROL_TEXT);
  const pasted = await inspectHtml(page, html);
  expect(pasted.controls).toBe(0);
  expect(pasted.text).toBe(squash(['常见毛病', ...items].join('')));
});

test('copying a phrase card’s text leaves out its 复制 and 复制链接 buttons', async ({ page }) => {
  await page.goto('/phrases/');
  await page.locator('.bank-list a').first().click();
  await page.locator('.phrase-group__more a').first().click();
  const entry = page.locator('li.phrase--full').first();
  const id = await entry.getAttribute('id');
  await expect(entry.locator('.copy-phrase').first()).toBeVisible();
  await selectElements(page, `[id="${id}"] .phrase__head`, `[id="${id}"] .phrase__head`);
  const { plain, html } = await copySelection(page);
  const text = await entry.locator('[data-phrase-text]').textContent();
  expect(plain.trim()).toBe(text);
  expect(html).not.toMatch(/复制/);
  expect((await inspectHtml(page, html)).controls).toBe(0);
});

test('with 标出规范表述 on, copying marked text gives what the browser copies unmarked: no links, no controls', async ({ page }) => {
  await page.goto('/reports/township-party-secretary-2023/');
  const toggle = page.getByRole('button', { name: '标出规范表述' });
  const marks = page.locator('.report-body a.phrase-mark');
  // The paragraph holding the first mark.
  await toggle.click();
  const passage = await marks.first().evaluate((a) => a.closest('[data-passage]')!.id);
  const select = () => selectElements(page, `[id="${passage}"]`, `[id="${passage}"]`);

  // Unmarked: the browser's own copy.
  await toggle.click();
  await expect(marks).toHaveCount(0);
  await select();
  const native = await copySelection(page);
  await toggle.click();
  await expect(page.locator(`[id="${passage}"] a.phrase-mark`).first()).toBeVisible();
  await select();
  const withMarks = await copySelection(page);

  expect(withMarks.plain.trim()).toBe(native.plain.trim());
  expect(withMarks.plain).not.toMatch(CONTROL_TEXT);
  const inspected = await inspectHtml(page, withMarks.html);
  expect(inspected.text).toBe(squash(native.plain));
  expect(inspected.controls).toBe(0);
  const links = await page.evaluate((h) => new DOMParser().parseFromString(h, 'text/html').querySelectorAll('a, .phrase-mark').length, withMarks.html);
  expect(links).toBe(0);
});

/**
 * Issue 29, item 4: the HTML Word pastes is semantic only: no style attribute (the browser's own
 * copy inlines fonts and backgrounds), no class, no <ins> (a restored name pastes as plain text),
 * no link; headings, paragraphs and lists stay what they are.
 */
async function semanticCopy(page: Page) {
  const { plain, html } = await copySelection(page);
  const shape = await page.evaluate((h) => {
    const doc = new DOMParser().parseFromString(h, 'text/html');
    const all = [...doc.body.querySelectorAll('*')];
    return {
      tags: [...new Set(all.map((e) => e.localName))].sort(),
      attributes: all.flatMap((e) => e.getAttributeNames()),
      text: (doc.body.textContent ?? '').replace(/\s+/g, ''),
    };
  }, html);
  expect(html).not.toMatch(/\sstyle=|<ins\b|<font\b|<a\b|class=/i);
  expect(shape.attributes).toEqual([]);
  expect(shape.tags.every((t) => ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'br', 'strong', 'em'].includes(t))).toBe(true);
  return { plain, html, shape };
}

test('copying a report paragraph with a restored name gives semantic HTML: no styles, the name as plain text', async ({ page }) => {
  await page.goto('/reports/city-peoples-congress-office-2023/', { waitUntil: 'load' });
  const id = await page.locator('.report-body [data-passage]:has(ins.restored)').first().getAttribute('id');
  const restored = (await page.locator(`[id="${id}"] ins.restored`).first().textContent())!;
  await selectElements(page, `[id="${id}"]`, `[id="${id}"]`);
  const { plain, shape } = await semanticCopy(page);
  const text = await passageText(page, `[id="${id}"]`);
  expect(plain.trim()).toBe(text);
  expect(plain).toContain(restored);
  expect(shape.text).toBe(squash(text));
});

test('copying a phrase entry gives semantic HTML only', async ({ page }) => {
  await page.goto('/phrases/');
  await page.locator('.bank-list a').first().click();
  await page.locator('.phrase-group__more a').first().click();
  // The page's scripts have run (the copy handler among them).
  await page.waitForLoadState('load');
  const entry = page.locator('li.phrase--full').first();
  const id = await entry.getAttribute('id');
  await selectElements(page, `[id="${id}"] .phrase__head`, `[id="${id}"] .phrase__note`);
  const { plain, shape } = await semanticCopy(page);
  const phrase = (await entry.locator('[data-phrase-text]').textContent())!;
  expect(plain.startsWith(phrase)).toBe(true);
  expect(shape.text.startsWith(squash(phrase))).toBe(true);
  expect(shape.tags).toContain('p');
});

test('copying a guide section keeps its heading and list as such, with no styles', async ({ page }) => {
  await page.goto('/guides/shufa-report/', { waitUntil: 'load' });
  const part = '#problems-weaknesses';
  await selectElements(page, `${part} h3`, `${part} ul`);
  const { shape } = await semanticCopy(page);
  expect(shape.tags).toEqual(expect.arrayContaining(['h3', 'li', 'ul']));
  const items = await page.locator(`${part} ul li`).allTextContents();
  expect(shape.text).toBe(squash(['常见毛病', ...items].join('')));
});

/**
 * Intact text (issue 14): every sample report page shows exactly the source's text after the
 * importer's documented cleaning, redaction marks included — no * lost to emphasis, no ~ to
 * strikethrough, no （） emptied of its mark. The expected text is computed from the raw seed with
 * the importer's own pure functions (cleanReport, restorePlain), not copied.
 */
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { loadSeedManifest, seedsDir } from '../../scripts/lib/seed-manifest.ts';
import { readReportSource } from '../../src/build/importer/read.ts';
import { cleanReport, restorePlain } from '../../src/shared/importer/index.ts';

const seeds = await loadSeedManifest();
/** Whitespace carries no text in Chinese prose; line breaks and indentation differ between source and page. */
const normalise = (s: string) => s.replace(/\s+/g, '');

/** Elements that are page controls, not report text: anchor links, copy buttons, screen-reader labels, editorial notes. */
const CONTROLS = '[data-pagefind-ignore], [data-anchor-tools], .anchor-tools, .para-link, button, [aria-hidden="true"], .sr-only, script, style, template';

for (const seed of seeds) {
  test(`report ${seed.slug}: the page shows the cleaned source text, redaction marks included`, async ({ page }) => {
    const source = await readReportSource(path.join(seedsDir(), seed.file));
    const { title, blocks } = cleanReport(source);
    const expected = normalise(blocks.map((b) => restorePlain(b.text)).join(''));

    await page.goto(`/reports/${seed.slug}/`);
    await expect(page.locator('h1')).toHaveText(restorePlain(title));
    const shown = await page.locator('.report-body').evaluate((body, controls) => {
      const out: string[] = [];
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT, {
        acceptNode: (node) => (node.parentElement?.closest(controls) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      });
      for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n.nodeValue ?? '');
      return out.join('');
    }, CONTROLS);
    expect(normalise(shown)).toBe(expected);

    // Each redaction the importer marked shows its mark as written (*, X, （）), not an empty span.
    const redactions = await page.locator('.report-body > :not(.editorial-notes) .redaction').allTextContents();
    expect(redactions.every((t) => /^(?:[*＊XＸ]|（）|【】|〔〕)$/u.test(t))).toBe(true);
    const masks = blocks.map((b) => b.text).join('').match(/[*＊]|[XＸ](?=[省市县区乡镇村街社])|（）/gu) ?? [];
    expect(redactions).toHaveLength(masks.length);
    // Nothing the source wrote was turned into emphasis, strikethrough or code.
    await expect(page.locator('.report-body :is(em, strong, del, s, code)')).toHaveCount(0);
  });
}

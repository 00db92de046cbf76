/**
 * bench:check, 批量体检 line: 50 drafts of 8,000 characters each (half .txt, half Word .docx) chosen at
 * once on the built /check/ page in Chromium. Measures, in the page's own clock, the time from the
 * file input's change event to the full table (data-batch-state="done"), for the first batch (the
 * worker starts and loads the rules) and a second one, then the time to the .zip of annotated files;
 * and the longest main-thread block while these run, from a PerformanceObserver of long tasks (every
 * task over 50 ms; target: none over 200 ms). Prints one line and writes bench/results/check-batch.md.
 * Needs a built site (npm run build); without one it says so and measures nothing.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { config } from '../../src/build/config.ts';
import { sampleText, SAMPLE_SLUGS } from '../lib/content-rules.ts';
import { launch } from './browser.ts';
import { serveDist } from './serve-dist.ts';

const FILES = 50;
const CHARS = 8_000;
const TARGET_MS = 200;

/** Draft i: sample reports run together from sample i mod 5 (its title first), cut to 8,000 characters. */
function draft(i: number): string {
  let text = '';
  for (let k = 0; text.length < CHARS; k++) text += `${sampleText(SAMPLE_SLUGS[(i + k) % SAMPLE_SLUGS.length]!)}\n第${i + 1}份。\n`;
  return text.slice(0, CHARS);
}

/**
 * The drafts as files in a temporary folder, handed to the page by path as a file picker does (given
 * as buffers, Playwright would decode them in the page's main thread, a long task that is not the page's).
 */
async function files(): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'shufa-bench-batch-'));
  const out: string[] = [];
  for (let i = 0; i < FILES; i++) {
    const text = draft(i);
    const name = path.join(dir, `报告${String(i + 1).padStart(2, '0')}`);
    if (i % 2) {
      writeFileSync(`${name}.docx`, await Packer.toBuffer(new Document({ sections: [{ children: text.split('\n').map((l) => new Paragraph(l)) }] })));
      out.push(`${name}.docx`);
    } else {
      writeFileSync(`${name}.txt`, text);
      out.push(`${name}.txt`);
    }
  }
  return out;
}

declare global {
  interface Window { benchLong: { start: number; duration: number }[]; benchMarks: Record<string, number> }
}

async function measure(): Promise<string> {
  const rulesFile = path.join(config.outDir, 'check', 'rules.json');
  if (!existsSync(rulesFile)) return `批量体检: not measured, no built site (${rulesFile} missing; run npm run build first)`;
  const uploads = await files();
  const server = await serveDist(config.outDir);
  const browser = await launch();
  try {
    const page = await browser.newPage({ acceptDownloads: true });
    await page.goto(`${server.base}/check/`);
    await page.waitForSelector('[data-check-app][data-check-state="idle"]');
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => {
      window.benchLong = [];
      window.benchMarks = {};
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.benchLong.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
      document.querySelector('#check-file')!.addEventListener('change', () => (window.benchMarks.change = performance.now()), { capture: true });
      const section = document.querySelector<HTMLElement>('[data-check-batch]')!;
      new MutationObserver(() => {
        if (section.dataset.batchState === 'done') window.benchMarks.done = performance.now();
      }).observe(section, { attributes: true, attributeFilter: ['data-batch-state'] });
      const zip = section.querySelector<HTMLElement>('[data-batch-zip]')!;
      zip.addEventListener('click', () => (window.benchMarks.zipFrom = performance.now()), { capture: true });
      const zipStatus = section.querySelector<HTMLElement>('[data-batch-zip-status]')!;
      new MutationObserver(() => {
        if (zipStatus.textContent?.startsWith('已下载')) window.benchMarks.zipTo = performance.now();
      }).observe(zipStatus, { childList: true, characterData: true, subtree: true });
    });
    const batch = async () => {
      await page.evaluate(() => delete window.benchMarks.done);
      await page.setInputFiles('#check-file', uploads);
      await page.waitForSelector('[data-check-batch][data-batch-state="done"]', { timeout: 600_000 });
      const rows = await page.locator('[data-check-batch] tbody tr').count();
      if (rows !== FILES) throw new Error(`the table has ${rows} rows, not ${FILES}`);
      return page.evaluate(() => ({ from: window.benchMarks.change!, to: window.benchMarks.done! }));
    };
    const first = await batch();
    const second = await batch();
    await Promise.all([page.waitForEvent('download', { timeout: 600_000 }), page.click('[data-batch-zip]')]);
    await page.waitForFunction(() => window.benchMarks.zipTo !== undefined);
    const { zipFrom, zipTo } = await page.evaluate(() => window.benchMarks as { zipFrom: number; zipTo: number });
    const long = await page.evaluate(() => window.benchLong);
    // The longest task that overlaps each phase, from its change event or click to its end.
    const phases = [first, second, { from: zipFrom, to: zipTo }];
    const longest = phases.map((p) => Math.max(0, ...long.filter((l) => l.start < p.to && l.start + l.duration > p.from).map((l) => l.duration)));
    const worst = Math.max(...longest);
    const ms = (x: number) => `${Math.round(x).toLocaleString('en-US')} ms`;
    const block = (x: number) => (x ? ms(x) : 'none over 50 ms');
    return `批量体检 in Chromium: ${FILES} drafts of ${CHARS.toLocaleString('en-US')} characters (${FILES / 2} .txt, ${FILES / 2} .docx): full table in ${ms(first.to - first.from)} (first batch: the worker starts and loads the rules) and ${ms(second.to - second.from)} (second batch); annotated .zip of ${FILES} files in ${ms(zipTo - zipFrom)}. Longest main-thread block (long tasks): ${block(longest[0]!)}, ${block(longest[1]!)} and ${block(longest[2]!)} respectively; target under ${TARGET_MS} ms: ${worst < TARGET_MS ? 'met' : 'NOT met'}.`;
  } finally {
    await browser.close();
    server.stop();
    rmSync(path.dirname(uploads[0]!), { recursive: true, force: true });
  }
}

const line = await measure();
mkdirSync(path.join(import.meta.dirname, '../../bench/results'), { recursive: true });
writeFileSync(path.join(import.meta.dirname, '../../bench/results/check-batch.md'), `# bench:check — 批量体检\n\n${line}\n\nMachine: ${process.platform}, Node ${process.version}; scripts/bench/check-batch.ts.\n`);
console.log(line);

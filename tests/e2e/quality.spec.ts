/**
 * Built-site quality gates: no broken internal links or anchors, valid HTML (Nu Html Checker),
 * no serious or critical accessibility violations (axe-core, WCAG 2.2 AA), no request to any
 * other origin, and no Content-Security-Policy violation under the strict policy of scripts/serve.ts.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { LinkChecker } from 'linkinator';
import { PAGE_TYPES } from '../../scripts/lib/page-types.ts';
import { config } from '../../src/build/config.ts';

const DIST = config.e2eDist;

test('zero broken internal links across dist/ (linkinator)', async () => {
  test.setTimeout(600_000);
  // Links to other origins are citations of public reports (checked below); the site never loads them.
  // About 1,400 pages (the catalogue's filter pages): on a loaded machine linkinator's own server
  // sometimes drops a connection (status 0), so such a request is tried again; a missing page is still a 404.
  const result = await new LinkChecker().check({
    path: `${DIST}/`, recurse: true, concurrency: 20, retryErrors: true, retryErrorsCount: 3, retryErrorsJitter: 1000,
    linksToSkip: ['^https?://(?!localhost[:/]|127\\.0\\.0\\.1[:/])'],
  });
  // A request its server timed out (408) or dropped (0) says nothing about the link: such a link is
  // broken only if the file it names is missing from dist/. Every other failure (404…) stays broken.
  const unanswered = (status: number | undefined) => status === 408 || status === 0 || status === undefined;
  const missing = (url: string) => {
    const rel = decodeURI(url.replace(/^https?:\/\/[^/]+/, '').replace(/[?#].*$/, '')).replace(/^\/?(dist\/)?/, '');
    const file = path.join(DIST, rel.endsWith('/') || rel === '' ? path.join(rel, 'index.html') : rel);
    return !existsSync(file);
  };
  const broken = result.links
    .filter((l) => l.state === 'BROKEN' && (!unanswered(l.status) || missing(l.url)))
    .map((l) => `${l.status} ${l.url} (on ${l.parent})`);
  expect(broken, broken.join('\n')).toEqual([]);
  expect(result.links.length).toBeGreaterThan(60);
});

test('every link to another origin is an explicit citation of a catalogued public report', async () => {
  // External links appear only as citations: in a catalogue entry, marked rel="noopener external",
  // pointing at a government site. Anywhere else, the intranet site must not link out.
  const files = (await readdir(DIST, { recursive: true })).filter((f) => f.endsWith('.html'));
  const stray: string[] = [];
  let citations = 0;
  for (const f of files) {
    const html = await readFile(path.join(DIST, f), 'utf8');
    for (const m of html.matchAll(/<a\s[^>]*href="(https?:[^"]*)"[^>]*>/g)) {
      const before = html.slice(Math.max(0, m.index! - 400), m.index);
      const inEntry = /<li id="[a-z0-9-]+" data-catalogue-entry[^>]*>\s*<h2>\s*$/.test(before);
      const ok = inEntry && /\brel="noopener external"/.test(m[0]) && /^https?:\/\/[^/:]+\.gov\.cn(:\d+)?\//.test(m[1]);
      if (ok) citations++;
      else stray.push(`${f}: ${m[0]}`);
    }
  }
  expect(stray, stray.slice(0, 20).join('\n')).toEqual([]);
  expect(citations).toBeGreaterThan(150);
});

test('zero broken anchors across dist/: every #fragment of an internal link exists on its page', async () => {
  // linkinator does not check fragments of local files, so this small crawler does.
  const files = (await readdir(DIST, { recursive: true })).filter((f) => f.endsWith('.html'));
  const pages = new Map<string, { ids: Set<string>; html: string }>();
  for (const f of files) {
    const html = await readFile(path.join(DIST, f), 'utf8');
    const url = '/' + f.replace(/index\.html$/, '').replace(/\\/g, '/');
    pages.set(url, { html, ids: new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])) });
  }
  const broken: string[] = [];
  let checked = 0;
  for (const [url, { html }] of pages) {
    for (const [, raw] of html.matchAll(/<a\s[^>]*href="([^"]+)"/g)) {
      const href = raw.replace(/&amp;/g, '&');
      if (/^(https?:|mailto:|tel:|data:)/.test(href)) continue;
      const target = new URL(href, `http://site${url}`);
      if (!target.hash) continue;
      const page = pages.get(decodeURIComponent(target.pathname));
      const id = decodeURIComponent(target.hash.slice(1));
      checked++;
      if (!page?.ids.has(id)) broken.push(`${url} → ${href}`);
    }
  }
  expect(broken, broken.join('\n')).toEqual([]);
  expect(checked).toBeGreaterThan(100);
});

test('zero errors from the Nu Html Checker on each page type', async ({ request }) => {
  test.setTimeout(180_000);
  const dir = await mkdtemp(path.join(tmpdir(), 'shufa-vnu-'));
  const files: string[] = [];
  for (const [name, url] of Object.entries(PAGE_TYPES)) {
    const res = await request.get(url);
    const file = path.join(dir, `${name.replace(/\s+/g, '-')}.html`);
    await writeFile(file, await res.text());
    files.push(file);
  }
  const jar = path.resolve('node_modules/vnu-jar/build/dist/vnu.jar');
  const out = await promisify(execFile)('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files]).catch((e) => e);
  const messages = JSON.parse(out.stderr || '{"messages":[]}').messages as { type: string; url: string; message: string; extract?: string }[];
  const errors = messages.filter((m) => m.type === 'error').map((m) => `${path.basename(m.url)}: ${m.message} ${m.extract ?? ''}`);
  expect(errors, errors.join('\n')).toEqual([]);
});

for (const [name, url] of Object.entries(PAGE_TYPES)) {
  test(`${name}: no serious accessibility violations, no other origin, no CSP violation`, async ({ page, baseURL }) => {
    test.setTimeout(180_000); // axe on the full catalogue (250+ entries) is slow on a loaded machine
    const foreign: string[] = [];
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== new URL(baseURL!).origin) foreign.push(r.url());
    });
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    expect(foreign, 'requests to other origins').toEqual([]);
    expect(violations, 'CSP violations').toEqual([]);
    expect(errors, 'page errors').toEqual([]);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target}`);
    expect(serious, serious.join('\n')).toEqual([]);
  });
}

/**
 * Broken content never produces a site, end to end, and never destroys the last good one: each
 * fixture in tests/fixtures/broken-content is laid over a copy of src/content and the site is
 * built from the copy with `npm run build`; the build must fail with a message naming the file,
 * the field and the fix. These are smoke tests of the whole path (pre-validation, Astro's loaders,
 * rendered Markdown, grounding, the atomic swap); each check itself is tested in-process in
 * tests/unit/content-checks*.test.ts and tests/unit/content-schemas.test.ts.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWithOverlay, layOverlay, makeRoot, runBuild } from './test-utils.ts';

const FIXTURES = 'tests/fixtures/broken-content';
/** The fixture built over a good build of the same root (the atomic build test below). */
const OVER_GOOD_BUILD = 'unsafe-body';
const cases = (await readdir(FIXTURES, { withFileTypes: true })).filter((d) => d.isDirectory() && d.name !== OVER_GOOD_BUILD).map((d) => d.name);
const patterns = async (name: string): Promise<string[]> => JSON.parse(await readFile(path.join(FIXTURES, name, 'expect.json'), 'utf8'));

/** sha256 of every file under `dir`, by relative path. */
async function hashes(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, file)] = createHash('sha256').update(await readFile(file)).digest('hex');
  }
  return out;
}

describe.concurrent('broken content', () => {
  it.each(cases)('%s: fails the build with a message naming the file, the field and the fix', async (name) => {
    const { code, output, dist } = await buildWithOverlay(path.join(FIXTURES, name));
    expect(code, output.slice(-2000)).toBe(1);
    expect(dist).toBe(false);
    for (const pattern of await patterns(name)) expect(output, output.slice(-3000)).toContain(pattern);
    // Files broken in ways the pre-validation sees are all listed before Astro starts.
    if (output.includes('没有开始构建网站')) expect(output).not.toMatch(/\[build\]|\[content\]/);
  }, 300_000);

  it(`${OVER_GOOD_BUILD}: a failed build leaves the previous dist/ byte-identical and says so`, async () => {
    const root = await makeRoot();
    try {
      const good = await runBuild(root);
      expect(good.code, good.output.slice(-2000)).toBe(0);
      const before = await hashes(path.join(root, 'dist'));
      expect(Object.keys(before)).toContain('index.html');
      expect(Object.keys(before)).toContain(path.join('pagefind', 'pagefind.js'));

      await layOverlay(root, path.join(FIXTURES, OVER_GOOD_BUILD));
      // A build killed by SIGKILL left its staging folder: the next build removes it.
      const killed = spawnSync(process.execPath, ['-e', '']).pid!;
      await mkdir(path.join(root, `.dist.building-${killed}`));
      const broken = await runBuild(root);
      expect(broken.output).toContain(`清理了被中断的构建留下的临时目录：.dist.building-${killed}`);
      expect(broken.code, broken.output.slice(-2000)).toBe(1);
      for (const pattern of await patterns(OVER_GOOD_BUILD)) expect(broken.output, broken.output.slice(-3000)).toContain(pattern);
      // The output ends with the problem list (once, out of Astro's error frames) and what happened to dist/.
      expect(broken.output.trimEnd()).toMatch(/\n内容检查发现问题（\d+ 个问题）：\n(?: {2}- [^\n]+\n)+构建失败，dist\/ 保留上一次成功构建的网站，未改动$/);
      // …and only there: no Astro error frame, stack trace or earlier copy of the list.
      expect(broken.output.split('内容检查发现问题（').length - 1, broken.output.slice(-3000)).toBe(1);
      expect(broken.output).not.toMatch(/\[ERROR\]|Stack trace|ProblemError|\n\s+at /);
      expect(await hashes(path.join(root, 'dist'))).toEqual(before);
      // No staging folder is left beside dist/.
      expect((await readdir(root)).filter((f) => f.startsWith('.dist'))).toEqual([]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }, 600_000);
});

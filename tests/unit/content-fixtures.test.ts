/**
 * Broken content never produces a site: each fixture in tests/fixtures/broken-content is laid over
 * a copy of src/content, the site is built from the copy, and the build must fail with a message
 * naming the file, the field and the fix.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const FIXTURES = 'tests/fixtures/broken-content';
const cases = (await readdir(FIXTURES, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);

/** Builds the site from src/content with `overlay` laid over it; resolves with exit code and output. */
export async function buildWithOverlay(overlay: string) {
  const work = await mkdtemp(path.join(tmpdir(), 'shufa-fixture-'));
  const content = path.join(work, 'content');
  await cp('src/content', content, { recursive: true });
  await cp(overlay, content, { recursive: true, filter: (src) => !/expect\.json$/.test(src) });
  const env = { ...process.env, SHUFA_CONTENT_DIR: content, SHUFA_OUT_DIR: path.join(work, 'dist'), SHUFA_CACHE_DIR: path.join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' };
  const astro = path.resolve('node_modules/astro/bin/astro.mjs');
  return new Promise<{ code: number; output: string; dist: boolean }>((resolve) => {
    const child = spawn(process.execPath, [astro, 'build'], { env });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', async (code) => {
      const dist = existsSync(path.join(work, 'dist', 'index.html'));
      await rm(work, { recursive: true, force: true });
      resolve({ code: code ?? 1, output, dist });
    });
  });
}

describe.concurrent.each(cases)('broken content: %s', (name) => {
  it('fails the build with a message naming the file, the field and the fix', async () => {
    const expected: string[] = JSON.parse(await readFile(path.join(FIXTURES, name, 'expect.json'), 'utf8'));
    const { code, output, dist } = await buildWithOverlay(path.join(FIXTURES, name));
    expect(code, output.slice(-2000)).not.toBe(0);
    expect(dist).toBe(false);
    for (const pattern of expected) expect(output).toContain(pattern);
  }, 180_000);
});

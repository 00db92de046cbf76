/**
 * Helpers for tests that spawn a build.
 *
 * Every fixture build runs in a project root of its own (a temporary copy of the config, src/ and
 * public/, with each package linked), so its .astro/, caches and output never touch the project's
 * or another fixture's: the builds run concurrently, and Astro writes .astro/ through a .tmp file
 * and a rename that two builds sharing one root can race on.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** What a site build needs from the project; the packages are linked, not copied. */
const PROJECT_FILES = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public'];

/**
 * Builds the site in a fresh project root with `overlay` (if any) laid over src/content; resolves
 * with exit code and output. With `keepDist`, the built site is copied there before the root goes.
 */
export async function buildWithOverlay(overlay?: string, keepDist?: string) {
  const root = await mkdtemp(path.join(tmpdir(), 'shufa-fixture-'));
  for (const f of PROJECT_FILES) await cp(f, path.join(root, f), { recursive: true });
  // node_modules holds the caches too (.astro, .vite): link each package, so the caches stay the root's own.
  await mkdir(path.join(root, 'node_modules'));
  for (const entry of await readdir('node_modules')) {
    if (!entry.startsWith('.')) await symlink(path.resolve('node_modules', entry), path.join(root, 'node_modules', entry));
  }
  if (overlay) await cp(overlay, path.join(root, 'src/content'), { recursive: true, filter: (src) => !/expect\.json$/.test(src) });
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  // The fixture's own root decides every path: no inherited override may point back at the project.
  for (const k of ['SHUFA_CONTENT_DIR', 'SHUFA_OUT_DIR', 'SHUFA_CACHE_DIR']) delete env[k];
  const astro = path.resolve('node_modules/astro/bin/astro.mjs');
  return new Promise<{ code: number; output: string; dist: boolean }>((resolve) => {
    const child = spawn(process.execPath, [astro, 'build', '--root', root], { cwd: root, env });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', async (code) => {
      const dist = existsSync(path.join(root, 'dist', 'index.html'));
      if (keepDist && dist) await cp(path.join(root, 'dist'), keepDist, { recursive: true });
      await rm(root, { recursive: true, force: true });
      resolve({ code: code ?? 1, output, dist });
    });
  });
}


/** Builds the site from the project's own content into `dir` (in a root of its own); fails with the build's output. */
export async function buildSiteInto(dir: string): Promise<void> {
  const { code, output } = await buildWithOverlay(undefined, dir);
  if (code !== 0) throw new Error(`site build failed:\n${output.slice(-3000)}`);
}

/**
 * Helpers for tests that spawn a build.
 *
 * Every fixture build runs in a project root of its own (a temporary copy of the config, src/,
 * scripts/ and public/, with each package linked), so its .astro/, caches and output never touch
 * the project's or another fixture's: the builds run concurrently, and Astro writes .astro/
 * through a .tmp file and a rename that two builds sharing one root can race on. A build is the
 * project's own `npm run build` (scripts/build.ts): pre-validation, Astro, search index, swap.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** What a site build needs from the project; the packages are linked, not copied. */
const PROJECT_FILES = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'scripts', 'public'];

/** A fresh project root: a copy of the project's files, each package linked. */
export async function makeRoot(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'shufa-fixture-'));
  for (const f of PROJECT_FILES) await cp(f, path.join(root, f), { recursive: true });
  // node_modules holds the caches too (.astro, .vite): link each package, so the caches stay the root's own.
  await mkdir(path.join(root, 'node_modules'));
  for (const entry of await readdir('node_modules')) {
    if (!entry.startsWith('.')) await symlink(path.resolve('node_modules', entry), path.join(root, 'node_modules', entry));
  }
  return root;
}

/** Lays the files of `overlay` (a folder shaped like src/content) over the root's src/content. */
export async function layOverlay(root: string, overlay: string): Promise<void> {
  await cp(overlay, path.join(root, 'src/content'), { recursive: true, filter: (src) => !/expect\.json$/.test(src) });
}

/** Runs the build CLI (scripts/build.ts) in `root`; resolves with its exit code and output. */
export function runBuild(root: string): Promise<{ code: number; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  // The fixture's own root decides every path: no inherited override may point back at the project.
  for (const k of ['SHUFA_CONTENT_DIR', 'SHUFA_OUT_DIR', 'SHUFA_CACHE_DIR']) delete env[k];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/build.ts'], { cwd: root, env });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/**
 * Builds the site in a fresh project root with `overlay` (if any) laid over src/content; resolves
 * with exit code and output. With `keepDist`, the built site is copied there before the root goes.
 */
export async function buildWithOverlay(overlay?: string, keepDist?: string) {
  const root = await makeRoot();
  try {
    if (overlay) await layOverlay(root, overlay);
    const { code, output } = await runBuild(root);
    const dist = existsSync(path.join(root, 'dist', 'index.html'));
    if (keepDist && dist) await cp(path.join(root, 'dist'), keepDist, { recursive: true });
    return { code, output, dist };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** Builds the site from the project's own content into `dir` (in a root of its own); fails with the build's output. */
export async function buildSiteInto(dir: string): Promise<void> {
  const { code, output } = await buildWithOverlay(undefined, dir);
  if (code !== 0) throw new Error(`site build failed:\n${output.slice(-3000)}`);
}

/** Converts `docx` to PDF with LibreOffice; true when the PDF was written. */
export function opensInLibreOffice(docx: string): boolean {
  const dir = path.dirname(docx);
  spawnSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { encoding: 'utf8', timeout: 120_000 });
  return existsSync(docx.replace(/\.docx$/, '.pdf'));
}

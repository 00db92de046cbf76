/**
 * npm test: the src/shared and whole-project type checks, unit and build tests (vitest), then a fresh build of the site and its search index, then the
 * end-to-end tests (Playwright, Chromium) against the built site. Ends with the name and first
 * error lines of every failed test, so a failed CI run explains itself, then one summary line,
 * "N passed, N failed", and exits non-zero if any step fails.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { failuresFromPlaywright, failuresFromVitest, type Failure } from './lib/test-report.ts';

mkdirSync('test-results', { recursive: true });
// A report left by an earlier run must never be read as this run's.
for (const f of ['test-results/unit.json', 'test-results/e2e.json']) rmSync(f, { force: true });
const step = (name: string, cmd: string, args: string[]) => {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  return spawnSync(cmd, args, { stdio: 'inherit', env: process.env }).status === 0;
};
const read = (file: string) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);

let passed = 0;
let failed = 0;
const failures: Failure[] = [];

// src/shared must type-check without DOM or Node types: it runs in the browser and in Node alike.
const sharedOk = step('src/shared type check', 'npx', ['tsc', '-p', 'src/shared']);
if (!sharedOk) {
  failed++;
  failures.push({ name: 'tsc -p src/shared', lines: ['src/shared 用到了 DOM 或 Node 的接口，或有类型错误：见上方输出'] });
}

// The whole project (pages, scripts, tests) type-checks too: a test that calls a helper with the wrong shape fails here, not later.
// astro sync first: on a clean clone .astro/types.d.ts (astro:content and the collections' types) does not exist yet.
const projectOk = step('astro sync', 'npx', ['astro', 'sync']) && step('project type check', 'npx', ['tsc', '--noEmit', '-p', '.']);
if (!projectOk) {
  failed++;
  failures.push({ name: 'tsc --noEmit -p .', lines: ['项目（页面、脚本、测试）有类型错误：见上方输出'] });
}

const unitOk = step('unit and build tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json']);
const unit = read('test-results/unit.json');
passed += unit?.numPassedTests ?? 0;
// A file that fails in beforeAll or on load has no failed test of its own (its tests are skipped), so count failures, not failed tests.
const unitFailures = failuresFromVitest(unit);
failed += unit ? Math.max(unit.numFailedTests ?? 0, unitFailures.length) : unitOk ? 0 : 1;
failures.push(...unitFailures);
if (!unitOk && !unit) failures.push({ name: 'unit tests', lines: ['vitest 没有写出结果文件（test-results/unit.json）：见上方输出'] });

const buildOk = step('build', 'npm', ['run', 'build']);
if (!buildOk) {
  failed++;
  failures.push({ name: 'build (npm run build)', lines: ['构建失败：见上方输出'] });
}

let e2eOk = false;
if (buildOk) {
  e2eOk = step('end-to-end tests', 'npx', ['playwright', 'test']);
  const e2e = read('test-results/e2e.json');
  passed += e2e?.stats?.expected ?? 0;
  failed += (e2e?.stats?.unexpected ?? 0) + (e2e?.stats?.flaky ?? 0) || (e2eOk ? 0 : 1);
  failures.push(...failuresFromPlaywright(e2e));
  if (!e2eOk && !e2e) failures.push({ name: 'end-to-end tests', lines: ['Playwright 没有写出结果文件（test-results/e2e.json）：见上方输出'] });
}

if (failures.length) {
  console.log(`\n=== 失败的测试（${failures.length}）`);
  for (const f of failures) {
    console.log(`\n✗ ${f.name}`);
    for (const line of f.lines) console.log(`    ${line}`);
  }
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(sharedOk && projectOk && unitOk && buildOk && e2eOk && failed === 0 ? 0 : 1);

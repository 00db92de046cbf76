/**
 * npm test: unit tests (vitest), then a fresh build of the site and its search index, then the
 * end-to-end tests (Playwright, Chromium) against the built site. Ends with one summary line,
 * "N passed, N failed", and exits non-zero if any step fails.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
const step = (name: string, cmd: string, args: string[]) => {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  return spawnSync(cmd, args, { stdio: 'inherit', env: process.env }).status === 0;
};
const read = (file: string) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);

let passed = 0;
let failed = 0;

const unitOk = step('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json']);
const unit = read('test-results/unit.json');
passed += unit?.numPassedTests ?? 0;
failed += unit?.numFailedTests ?? (unitOk ? 0 : 1);

const buildOk = step('build', 'npm', ['run', 'build']);
if (!buildOk) failed++;

let e2eOk = false;
if (buildOk) {
  e2eOk = step('end-to-end tests', 'npx', ['playwright', 'test']);
  const e2e = read('test-results/e2e.json');
  passed += e2e?.stats?.expected ?? 0;
  failed += (e2e?.stats?.unexpected ?? 0) + (e2e?.stats?.flaky ?? 0) || (e2eOk ? 0 : 1);
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(unitOk && buildOk && e2eOk && failed === 0 ? 0 : 1);

/**
 * Reads the JSON reports of vitest and Playwright and lists each failed test with the first lines
 * of its error, for the end of `npm test`.
 */
export interface Failure {
  name: string;
  lines: string[];
}

/** Terminal colour codes would show as noise in a CI log read as text. */
const ANSI = /\u001b\[[0-9;]*m/g;
const firstLines = (message: string | undefined, n = 6) =>
  (message ?? '(没有错误信息)').replace(ANSI, '').split('\n').map((l) => l.trimEnd()).filter(Boolean).slice(0, n);

interface VitestReport {
  testResults?: { name: string; message?: string; status?: string; assertionResults?: { fullName: string; status: string; failureMessages?: string[] }[] }[];
}

export function failuresFromVitest(report: VitestReport | undefined): Failure[] {
  const out: Failure[] = [];
  for (const file of report?.testResults ?? []) {
    const failedTests = (file.assertionResults ?? []).filter((t) => t.status === 'failed');
    for (const t of failedTests) out.push({ name: `${relative(file.name)} › ${t.fullName}`, lines: firstLines(t.failureMessages?.[0]) });
    // A file that fails to load has no test results, only a message.
    if (!failedTests.length && file.status === 'failed') out.push({ name: relative(file.name), lines: firstLines(file.message) });
  }
  return out;
}

interface PwSuite {
  title: string;
  file?: string;
  specs?: { title: string; line?: number; tests: { status: string; results: { status: string; error?: { message?: string } }[] }[] }[];
  suites?: PwSuite[];
}

export function failuresFromPlaywright(report: { suites?: PwSuite[] } | undefined): Failure[] {
  const out: Failure[] = [];
  const walk = (suite: PwSuite, titles: string[], file: string | undefined) => {
    const here = suite.file && !file ? [] : [...titles, suite.title];
    const f = file ?? suite.file;
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests) {
        if (t.status === 'expected' || t.status === 'skipped') continue;
        // A flaky test's last run passed: show the run that failed.
        const last = t.results.findLast((r) => r.error) ?? t.results.at(-1);
        const status = t.status === 'flaky' ? '（重试后通过，仍算失败）' : '';
        out.push({ name: `${f}:${spec.line ?? ''} › ${[...here, spec.title].filter(Boolean).join(' › ')}${status}`, lines: firstLines(last?.error?.message) });
      }
    }
    for (const s of suite.suites ?? []) walk(s, here, f);
  };
  for (const s of report?.suites ?? []) walk(s, [], undefined);
  return out;
}

const relative = (file: string) => file.replace(`${process.cwd()}/`, '');
